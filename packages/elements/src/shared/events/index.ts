/**
 * Every Interlude domain event, one typed class per module. Add a new event as its own module
 * (a class extending {@link InterludeEvent}, its detail interface, and its entry in
 * `GlobalEventHandlersEventMap`) and re-export it here.
 *
 * @module
 */
export { InterludeEvent } from './interlude-event.js';
export { IlAnswerChangeEvent, type AnswerChangeDetail } from './answer-change.js';
export { IlDraftSavedEvent, type DraftSavedDetail } from './draft-saved.js';
export { IlStepChangeEvent, type StepChangeDetail } from './step-change.js';
export { IlSubmitEvent, type SubmitDetail } from './submit.js';
export { IlClientOpenEvent, type ClientOpenDetail } from './client-open.js';
export { IlFlagAcknowledgeEvent, type FlagAcknowledgeDetail } from './flag-acknowledge.js';
export { IlFlagSnoozeEvent, type FlagSnoozeDetail } from './flag-snooze.js';
export { IlAssignmentSaveEvent, type AssignmentSaveDetail } from './assignment-save.js';
export { IlSessionPrepCopyEvent, type SessionPrepCopyDetail } from './session-prep-copy.js';
export { IlClinicExportEvent, type ClinicExportDetail } from './clinic-export.js';
export { IlPointFocusEvent, type PointFocusDetail } from './point-focus.js';
export { IlCrisisShownEvent, type CrisisShownDetail } from './crisis-shown.js';
export { IlActivityOpenEvent, type ActivityOpenDetail } from './activity-open.js';
export { IlPreferencesChangeEvent, type PreferencesChangeDetail } from './preferences-change.js';
