/**
 * The shape elements and vendors program against. `@interlude/store` implements it
 * (`createInterlude`); tests and Storybook may hand elements any object of this shape.
 *
 * @module
 */
import type { Licensing } from './licensing/licensing.js';
import type { User } from './user.js';

/**
 * What every Interlude client offers. Later capabilities (assignments, submissions,
 * drafts, flags, sync) extend this interface; nothing here performs I/O by itself.
 */
export interface InterludeClient {
  /** The signed-in person this client reads and writes for. */
  readonly user: User;
  /**
   * The vendor's declared use and the instruments it holds permission for. Elements pass it to
   * `checkLicence(definition, client.licensing)` before offering or rendering a definition; absent
   * means `DEFAULT_LICENSING` (commercial, no permissions).
   */
  readonly licensing?: Licensing;
}
