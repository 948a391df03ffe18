/**
 * `@interlude/elements`: web components for blended therapy. Importing this module
 * defines every element; import `@interlude/elements/<name>.js` to define only one.
 *
 * @packageDocumentation
 */
export { IlProvider } from './provider/define.js';
export { PROVIDER_STATES, type ProviderState } from './provider/provider.types.js';
export { interludeClientContext } from './context.js';
export { ClientController, isStoreClient, type ClientHost } from './shared/internal/client-controller.js';
export { DataController, type DataSource, type DataState } from './shared/internal/data-controller.js';
export {
  ActivityRunController,
  unassignedId,
  type ActivityRunOptions,
  type RunStatus,
  type DraftStatus,
  type SubmitRunOptions,
} from './shared/internal/activity-run.js';
export * from './shared/events/index.js';
export { LocalizeController, registerMessages, availableLocales } from './shared/internal/localize.js';
export { en, type Messages } from './shared/locales/en.js';
export { IlRatingScale } from './rating-scale/define.js';
export {
  RATING_SCALE_MAX_OPTIONS,
  RATING_SCALE_MAX_LABEL_LENGTH,
  type RatingScaleLabels,
  type RatingScaleValueLabel,
} from './rating-scale/rating-scale.types.js';
export type { FormAssociatedElement } from './shared/internal/form-associated.js';
export { IlReviewQueue } from './review-queue/define.js';
export {
  REVIEW_QUEUE_VIEWS,
  REVIEW_QUEUE_KINDS,
  REVIEW_QUEUE_COLUMNS,
  type ReviewQueueView,
  type ReviewQueueKind,
  type DisplayNames,
} from './review-queue/review-queue.types.js';
