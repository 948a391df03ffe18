/**
 * Every string group at once, for what needs the whole table: the barrel's `en` and `Messages`
 * (a vendor's complete translation for {@link registerMessages}) and the locale tests. An
 * element never imports this module: it names its own groups (see README.md).
 *
 * @module
 */
import { adherenceChartStrings } from './adherence-chart.js';
import { assignmentComposerStrings } from './assignment-composer.js';
import { chartStrings } from './chart.js';
import { checkInStrings } from './check-in.js';
import { clinicOverviewStrings } from './clinic-overview.js';
import { clinicianStrings } from './clinician.js';
import { commonStrings } from './common.js';
import { crisisStrings } from './crisis.js';
import { exercisePlayerStrings } from './exercise-player.js';
import { inputStrings } from './input.js';
import { measureFormStrings } from './measure-form.js';
import { moodChartStrings } from './mood-chart.js';
import { outcomeChartStrings } from './outcome-chart.js';
import { progressStrings } from './progress.js';
import { providerStrings } from './provider.js';
import { ratingScaleStrings } from './rating-scale.js';
import { reminderSettingsStrings } from './reminder-settings.js';
import { reviewQueueStrings } from './review-queue.js';
import { runStrings } from './run.js';
import { sessionPrepStrings } from './session-prep.js';
import { sliderStrings } from './slider.js';
import { todayStrings } from './today.js';

/** Every group by its file name. */
export const STRING_GROUPS = {
  common: commonStrings,
  provider: providerStrings,
  input: inputStrings,
  run: runStrings,
  crisis: crisisStrings,
  'rating-scale': ratingScaleStrings,
  slider: sliderStrings,
  'measure-form': measureFormStrings,
  'check-in': checkInStrings,
  today: todayStrings,
  'reminder-settings': reminderSettingsStrings,
  chart: chartStrings,
  'mood-chart': moodChartStrings,
  'outcome-chart': outcomeChartStrings,
  'adherence-chart': adherenceChartStrings,
  progress: progressStrings,
  'exercise-player': exercisePlayerStrings,
  clinician: clinicianStrings,
  'review-queue': reviewQueueStrings,
  'session-prep': sessionPrepStrings,
  'assignment-composer': assignmentComposerStrings,
  'clinic-overview': clinicOverviewStrings,
} as const;

/** English, every group in one object. */
export const en = {
  ...commonStrings.en,
  ...providerStrings.en,
  ...inputStrings.en,
  ...runStrings.en,
  ...crisisStrings.en,
  ...ratingScaleStrings.en,
  ...sliderStrings.en,
  ...measureFormStrings.en,
  ...checkInStrings.en,
  ...todayStrings.en,
  ...reminderSettingsStrings.en,
  ...chartStrings.en,
  ...moodChartStrings.en,
  ...outcomeChartStrings.en,
  ...adherenceChartStrings.en,
  ...progressStrings.en,
  ...exercisePlayerStrings.en,
  ...clinicianStrings.en,
  ...reviewQueueStrings.en,
  ...sessionPrepStrings.en,
  ...assignmentComposerStrings.en,
  ...clinicOverviewStrings.en,
};

/** Every string Interlude shows: the same keys as English, each a string or a formatter. */
export type Messages = typeof en;
