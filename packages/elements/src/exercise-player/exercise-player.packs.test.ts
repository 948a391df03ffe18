// Every shipped exercise, played to the end by keyboard only, with axe on every step.
import { expect, html } from '@open-wc/testing';
import { listExercises } from '@interlude/content';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import './define.js';
import type { IlExercisePlayer } from './exercise-player.js';
import { completeByKeyboard, expectAccessible } from './player.test-suite.js';

describe('il-exercise-player: every shipped exercise', () => {
  for (const definition of listExercises()) {
    it(`${definition.id}: completes by keyboard, axe-clean on every step, and is saved`, async function () {
      this.timeout(60000);
      const client = testClient();
      const player = await mountWithClient<IlExercisePlayer>(
        html`<il-exercise-player .definition=${definition}></il-exercise-player>`,
        client,
      );
      await expectAccessible(player);
      const seen = await completeByKeyboard(player, definition, async () => {
        await expectAccessible(player);
      });
      expect(seen.length).to.be.at.least(3);
      await player.updateComplete;
      await expectAccessible(player);
      const [saved] = await client.submissions.list({ activityId: definition.id });
      expect(saved?.status).to.equal('completed');
      expect(saved?.activity).to.deep.equal({
        kind: 'exercise',
        id: definition.id,
        version: definition.version,
      });
      expect(Object.keys(saved!.answers).length).to.be.at.least(1);
      await client.close();
    });
  }
});
