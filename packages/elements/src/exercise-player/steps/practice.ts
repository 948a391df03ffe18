/**
 * Practices that run in time: a timer (with guidance as timed text), guided audio with its
 * transcript and captions, and a breathing pacer. Each can be paused and resumed; none needs
 * sound, and under reduced motion the pacer stops animating and stays usable as timed text.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { classNames } from '../../shared/internal/class-names.js';
import { styleProperties } from '../../shared/internal/style-properties.js';
import {
  activeCueIndex,
  breathingSeconds,
  breathingState,
  localizedText,
  type ExerciseStep,
} from '@interlude/core';
import type { PracticeClock } from '../../shared/internal/practice-clock.js';
import type { Localizer } from '../../shared/internal/localize.js';
import type { ExercisePlayerStrings } from '../../shared/locales/exercise-player.js';
import type { StepContext } from './context.js';
import { formatted } from './text.js';

type Step<K extends ExerciseStep['kind']> = Extract<ExerciseStep, { kind: K }>;

/** `m:ss`, e.g. `4:05`. */
function clockText(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Start, pause, resume and start-again buttons for a practice of `seconds`. */
function controls(localize: Localizer<ExercisePlayerStrings>, clock: PracticeClock, seconds: number) {
  const button = (label: string, action: () => void, name: string) =>
    html`<button type="button" class="practice-button ${name}" @click=${action}>${label}</button>`;
  switch (clock.state) {
    case 'idle':
      return button(localize.term('practiceStart'), () => clock.start(seconds), 'start');
    case 'running':
      return button(localize.term('practicePause'), () => clock.pause(), 'pause');
    case 'paused':
      return html`${button(localize.term('practiceResume'), () => clock.resume(), 'resume')}
      ${button(localize.term('practiceRestart'), () => clock.start(seconds), 'restart')}`;
    case 'done':
      return button(localize.term('practiceRestart'), () => clock.start(seconds), 'restart');
  }
}

/** The text a timer or pacer wants announced now (a new cue, a new phase), for the player's live region. */
export function practiceAnnouncement(
  step: ExerciseStep,
  clock: PracticeClock,
  localize: Localizer<ExercisePlayerStrings>,
): string | undefined {
  if (clock.state !== 'running' && clock.state !== 'done') return undefined;
  if (step.kind === 'timer') {
    if (clock.state === 'done') return localize.term('timerDone');
    const cue = step.cues?.[activeCueIndex(step, clock.elapsed)];
    return cue ? localizedText(cue.text, localize.lang) : undefined;
  }
  if (step.kind === 'breathing') {
    const state = breathingState(step, clock.elapsed);
    return state.done ? localize.term('breathingDone') : localize.term(PHASE_TERMS[state.phase]);
  }
  return undefined;
}

export function timerStep(context: StepContext<Step<'timer'>>, clock: PracticeClock) {
  const { step, localize, text } = context;
  const elapsed = clock.elapsed;
  const cueIndex = activeCueIndex(step, elapsed);
  const cue = step.cues?.[cueIndex];
  return html`<div class="prose">${formatted(text(step.instructions))}</div>
    <div part="timer" class="timer">
      <p class="time" role="timer" aria-live="off">
        ${localize.term('timerRemaining', clockText(step.seconds - elapsed))}
      </p>
      <progress
        class="time-progress"
        max=${step.seconds}
        .value=${elapsed}
        aria-label=${localize.term('timerProgress')}
      ></progress>
      <div class="practice-controls">${controls(localize, clock, step.seconds)}</div>
      ${clock.state === 'done' ? html`<p class="done-note">${localize.term('timerDone')}</p>` : nothing}
      ${
        cue && clock.state !== 'idle'
          ? html`<blockquote part="cue" class="cue">${text(cue.text)}</blockquote>`
          : nothing
      }
    </div>
    ${
      step.cues
        ? html`<details part="transcript" class="transcript">
            <summary>${localize.term('timerAllGuidance')}</summary>
            <ol>
              ${step.cues.map(
                (entry, index) =>
                  html`<li class=${classNames({ current: index === cueIndex && clock.state !== 'idle' })}>
                    <span class="cue-time">${clockText(entry.atSeconds)}</span> ${text(entry.text)}
                  </li>`,
              )}
            </ol>
          </details>`
        : nothing
    }`;
}

/** The caption track to use for `lang`: its own language, else English, else the first. */
export function captionTrack(step: Step<'audio'>, lang: string) {
  const tracks = step.captions ?? [];
  const language = lang.split('-')[0];
  return (
    tracks.find((track) => track.locale === lang) ??
    tracks.find((track) => track.locale.split('-')[0] === language) ??
    tracks.find((track) => track.locale.split('-')[0] === 'en') ??
    tracks[0]
  );
}

export function audioStep(
  context: StepContext<Step<'audio'>>,
  caption: string,
  onCueChange: (event: Event) => void,
) {
  const { step, localize, text } = context;
  const track = captionTrack(step, localize.lang);
  return html`<div class="audio-layout">
    <div class="audio-media">
      <audio
        part="audio"
        class="audio"
        controls
        preload="metadata"
        src=${step.src}
        aria-labelledby=${context.labelId}
      >
        ${
          track
            ? html`<track
                kind="captions"
                src=${track.src}
                srclang=${track.locale}
                label=${track.label ?? track.locale}
                @cuechange=${onCueChange}
              />`
            : nothing
        }
      </audio>
      ${
        track
          ? // For people who see but cannot hear; a screen reader has the recording and the transcript.
            html`<p part="caption" class="caption" aria-hidden="true">${caption}</p>`
          : nothing
      }
    </div>
    <section part="transcript" class="audio-transcript" aria-labelledby="transcript-heading">
      <div
        id="transcript-heading"
        class="transcript-heading"
        role="heading"
        aria-level=${context.subheadingLevel}
      >
        ${localize.term('audioTranscript')}
      </div>
      <div class="prose">${formatted(text(step.transcript))}</div>
    </section>
  </div>`;
}

const PHASE_TERMS = {
  inhale: 'breathingIn',
  hold: 'breathingHold',
  exhale: 'breathingOut',
  rest: 'breathingRest',
} as const;

export function breathingStep(context: StepContext<Step<'breathing'>>, clock: PracticeClock) {
  const { step, localize, text } = context;
  const total = breathingSeconds(step);
  const state = clock.state === 'idle' ? undefined : breathingState(step, clock.elapsed);
  const phase = state && !state.done ? state : undefined;
  return html`${step.instructions ? html`<div class="prose">${formatted(text(step.instructions))}</div>` : nothing}
    <p class="hint breathing-plan">
      ${localize.term(
        'breathingPlan',
        step.inhaleSeconds,
        step.holdSeconds,
        step.exhaleSeconds,
        step.holdAfterExhaleSeconds ?? 0,
        step.cycles,
      )}
    </p>
    <div part="pacer" class="pacer">
      <div
        class=${classNames({ circle: true, [`phase-${phase?.phase ?? 'idle'}`]: true, paused: clock.state === 'paused' })}
        ${styleProperties({ '--_il-phase-seconds': `${phase?.phaseSeconds ?? 0}s` })}
        aria-hidden="true"
      ></div>
      <p class="phase" role="timer" aria-live="off">
        ${
          phase
            ? html`<span class="phase-name">${localize.term(PHASE_TERMS[phase.phase])}</span>
                <span class="phase-count">${localize.number(phase.secondsLeft)}</span>`
            : state?.done
              ? localize.term('breathingDone')
              : localize.term('breathingReady')
        }
      </p>
      ${phase ? html`<p class="hint">${localize.term('breathingCycle', phase.cycle, step.cycles)}</p>` : nothing}
    </div>
    <div class="practice-controls">${controls(localize, clock, total)}</div>`;
}
