/**
 * LOINC answer codes (`LA…`) for the answer texts of the LOINC-coded instruments Interlude ships.
 *
 * A LOINC answer code names an answer text, so the table is keyed by the English label (case and
 * spacing ignored): a measure whose option says "Several days" answers `LA6569-3`, whatever its
 * value. That keeps the mapping generic: any measure with a LOINC panel code whose labels are in
 * the table gets the codes; labels not in it keep Interlude's own answer code only.
 *
 * Sources: LOINC's own forms as LHC-Forms exports them: the PHQ-9 (44249-1) export kept in
 * `packages/fhir/test-data/foreign/` for the frequency and difficulty answers, an LHC-Forms 34.3
 * GAD-7 (69737-5) export whose item 2 answers "More days than not" (`LA18938-3`), and the
 * LHC-Forms PHQ-15 (69728-4) export in glow-mdsol/vulcan-soa-connectathon-37 for "Not bothered …
 * Bothered a lot".
 *
 * @module
 */

const ANSWERS: readonly (readonly [code: string, display: string])[] = [
  ['LA6568-5', 'Not at all'],
  ['LA6569-3', 'Several days'],
  ['LA6570-1', 'More than half the days'],
  ['LA6571-9', 'Nearly every day'],
  ['LA18938-3', 'More days than not'],
  ['LA6572-7', 'Not difficult at all'],
  ['LA6573-5', 'Somewhat difficult'],
  ['LA6575-0', 'Very difficult'],
  ['LA6574-3', 'Extremely difficult'],
  ['LA18334-5', 'Not bothered'],
  ['LA18335-2', 'Bothered a little'],
  ['LA18336-0', 'Bothered a lot'],
];

const normalise = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

const BY_LABEL = new Map(ANSWERS.map(([code, display]) => [normalise(display), { code, display }]));
const BY_CODE = new Map(ANSWERS.map(([code, display]) => [code, display]));

/** The LOINC answer code of an English answer text, if LOINC has one Interlude knows. */
export function loincAnswerFor(label: string | undefined): { code: string; display: string } | undefined {
  return label === undefined ? undefined : BY_LABEL.get(normalise(label));
}

/** The answer text of a LOINC answer code Interlude knows. */
export function loincAnswerText(code: string | undefined): string | undefined {
  return code === undefined ? undefined : BY_CODE.get(code);
}

/** Whether `code` looks like a LOINC answer code (`LA` + digits + check digit). */
export function isLoincAnswerCode(code: string | undefined): boolean {
  return code !== undefined && /^LA\d{1,8}-\d$/.test(code);
}

/** Whether `text` is the same answer text as `other` (case and spacing ignored). */
export function sameAnswerText(text: string | undefined, other: string | undefined): boolean {
  return text !== undefined && other !== undefined && normalise(text) === normalise(other);
}
