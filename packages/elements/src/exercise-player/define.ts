import { IlExercisePlayer } from './exercise-player.js';

export { IlExercisePlayer };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-exercise-player')) customElements.define('il-exercise-player', IlExercisePlayer);

declare global {
  interface HTMLElementTagNameMap {
    'il-exercise-player': IlExercisePlayer;
  }
}
