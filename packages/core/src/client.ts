/**
 * The shape elements and vendors program against. `@interlude/store` implements it
 * (`createInterlude`); tests and Storybook may hand elements any object of this shape.
 *
 * @module
 */
import type { User } from './user.js';

/**
 * What every Interlude client offers. Later capabilities (assignments, submissions,
 * drafts, flags, sync) extend this interface; nothing here performs I/O by itself.
 */
export interface InterludeClient {
  /** The signed-in person this client reads and writes for. */
  readonly user: User;
}
