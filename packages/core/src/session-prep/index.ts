/**
 * Session prep: what happened since the last session, as data and as plain text.
 *
 * @module
 */
export {
  PrepCompletedItemSchema,
  PrepMissedItemSchema,
  PrepScorePointSchema,
  PrepScoreChangeSchema,
  PrepEventSchema,
  PrepNoteSchema,
  SuggestedOpeningSchema,
  PrepFlagSchema,
  SessionPrepSchema,
  parseSessionPrep,
  type PrepCompletedItem,
  type PrepMissedItem,
  type PrepScorePoint,
  type PrepScoreChange,
  type PrepEvent,
  type PrepNote,
  type SuggestedOpening,
  type PrepFlag,
  type SessionPrep,
} from './session-prep.js';
export {
  prepareSession,
  prepareSessions,
  type SessionPrepRequest,
  SessionPrepOptionsSchema,
  DEFAULT_SESSION_PREP_OPTIONS,
  type SessionPrepInput,
  type SessionPrepOptions,
} from './prepare-session.js';
export { SESSION_PREP_MESSAGES_EN, type SessionPrepMessages } from './messages.js';
export {
  renderSessionPrepText,
  sessionPrepSections,
  SESSION_PREP_SECTIONS,
  type RenderSessionPrepOptions,
  type SessionPrepSections,
  type SessionPrepSectionId,
} from './render.js';
