/**
 * Options of `<il-choice-group>`.
 *
 * @module
 */

/** The most options one group may offer. */
export const CHOICE_GROUP_MAX_OPTIONS = 20;

/** One option: the `id` is what is recorded and submitted, the `label` what the person reads. */
export interface ChoiceGroupOption {
  readonly id: string;
  readonly label: string;
}
