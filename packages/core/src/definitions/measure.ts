/**
 * Outcome measures (PHQ-9, GAD-7, WHO-5, …) as data: items with their response values, the
 * scoring rules, and where the instrument comes from and under which licence it may be used.
 * The scoring engine (`scoreMeasure`) reads every rule from here; nothing is instrument-specific code.
 *
 * @module
 */
import * as z from 'zod/mini';
import { LocalizedTextSchema, SLUG_PATTERN, activityBaseShape } from './common.js';
import { measureTotalRange } from './measure-range.js';

// Import these from measure-range.js inside core: a module that imports this one keeps every schema in esbuild bundles.
export { measureTotalRange, countedValue } from './measure-range.js';

/** An item id, unique within its definition, e.g. `phq9-9`. Ids are what answers are keyed by. */
export const MeasureItemIdSchema = z
  .string()
  .check(z.regex(SLUG_PATTERN, 'must be lower-case words joined by - or .'));

/** @internal The shape of a LOINC code (its check digit aside). */
export const LOINC_PATTERN = /^\d{1,7}-\d$/;

/** A LOINC code such as `44261-6`: digits, a hyphen and the check digit (verified, see {@link isValidLoincCode}). */
export const LoincCodeSchema = z.string().check(
  z.regex(LOINC_PATTERN, 'must look like a LOINC code, e.g. 44261-6'),
  z.refine((code) => isValidLoincCode(code), 'has a wrong LOINC check digit'),
);

/** One answer a client can choose: the number that is scored and the words shown. */
export const ResponseOptionSchema = z.object({
  /** What the answer counts for (before any reversal). Whole numbers, so totals and bands stay integral. */
  value: z.int(),
  label: LocalizedTextSchema,
});

/** One response option of a measure item. */
export type ResponseOption = z.output<typeof ResponseOptionSchema>;

/** Schema for {@link MeasureItem}. */
export const MeasureItemSchema = z
  .object({
    id: MeasureItemIdSchema,
    text: LocalizedTextSchema,
    /** The allowed answers; any other value is rejected when scoring. */
    options: z.array(ResponseOptionSchema).check(z.minLength(2)),
    /** Whether the item counts towards the total. Unscored items are recorded and shown, never summed. */
    scored: z.boolean(),
    /** Reverse-scored item: it counts `max − value` (e.g. CORE-10 items 2 and 3, `max: 4`). */
    reverse: z.optional(z.object({ max: z.int() })),
  })
  .check(
    z.superRefine((item, ctx) =>
      checkMeasureItem(item, (message, path) => ctx.addIssue({ code: 'custom', message, path })),
    ),
  );

/** A question of a measure with its allowed answers and how it counts. */
export type MeasureItem = z.output<typeof MeasureItemSchema>;

/** Reports a broken cross-field rule: its message (never a value) and the path below the checked object. */
export type RuleReport = (message: string, path: (string | number)[]) => void;

/**
 * Cross-field rules of one well-formed item (`MeasureItemSchema`'s refinement, shared with
 * the hand-written check in `measure-fast-path.ts`).
 *
 * @internal
 */
export function checkMeasureItem(item: MeasureItem, report: RuleReport): void {
  const values = item.options.map((option) => option.value);
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index)
      report('repeats the value of an earlier option', ['options', index, 'value']);
  });
  if (item.reverse && values.some((value) => value > (item.reverse?.max ?? 0))) {
    report('must be at least the highest option value', ['reverse', 'max']);
  }
  if (item.reverse && !item.scored) report('only scored items can be reverse-scored', ['reverse']);
}

/** A severity band; `min` and `max` are inclusive bounds on the (rounded) total. */
export const SeverityBandSchema = z.object({
  /** Stable id reported by the engine, e.g. `'moderately-severe'`. */
  id: MeasureItemIdSchema,
  min: z.int(),
  max: z.int(),
  label: LocalizedTextSchema,
});

/** One severity band of a measure. */
export type SeverityBand = z.output<typeof SeverityBandSchema>;

/**
 * Scored items that apply to some respondents only and may be left unanswered then (PHQ-15 item 4,
 * "women only"). Unanswered, such an item is left out: it is neither missing nor counted, so the total
 * is the sum of the other items. Answered, it counts like any other item.
 */
const notApplicableItemIds = z.optional(z.array(MeasureItemIdSchema).check(z.minLength(1)));

/**
 * The instrument's official rule for unanswered scored items:
 * `prorate` scales the answered items' sum up to all items (mean of answered × item count) while at most
 * `maxMissing` are missing, and makes the response unscorable beyond that; `unscorable` allows none missing.
 * `notApplicableItemIds` (either kind) lists items that may be skipped when they do not apply.
 */
export const MissingItemRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('prorate'),
    maxMissing: z.int().check(z.positive()),
    notApplicableItemIds,
    source: z.optional(z.string()),
  }),
  z.object({ kind: z.literal('unscorable'), notApplicableItemIds, source: z.optional(z.string()) }),
]);

/** How a measure treats unanswered scored items. */
export type MissingItemRule = z.output<typeof MissingItemRuleSchema>;

/** An item whose answer at or above `threshold` is a risk finding (e.g. PHQ-9 item 9 ≥ 1), scored or not. */
export const RiskItemSchema = z.object({
  itemId: MeasureItemIdSchema,
  /** Compared with the answer as given, before any reversal. */
  threshold: z.int(),
});

/** One risk item rule. */
export type RiskItem = z.output<typeof RiskItemSchema>;

/** @internal How a flag compares. */
export const FLAG_COMPARISONS = ['at-most', 'at-least'] as const;
/** @internal What a `score` flag compares. */
export const SCORE_FLAG_OF = ['total', 'percentage'] as const;
/** @internal When a total is a case. */
export const CASE_WHEN = ['at-or-above', 'below'] as const;

/** Which side of the scale means "worse". */
export const MEASURE_DIRECTIONS = ['higher-is-worse', 'higher-is-better'] as const;

/** `'higher-is-worse' | 'higher-is-better'`. */
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];

/**
 * The smallest change in the total that is reliable, i.e. unlikely to be measurement error (a reliable
 * change index, Jacobson & Truax 1991, or the owner's published reliable-change figure), with its source.
 */
export const ReliableChangeSchema = z.object({
  /** A change of at least this many points on the raw total is reliable. */
  threshold: z.number().check(z.positive()),
  source: z.string().check(z.minLength(1)),
});

/**
 * The smallest change in the total that is clinically meaningful (a minimal important or clinically
 * significant difference, e.g. WHO-5's 10 percentage points). It is not a reliable-change index and is
 * never reported as one: `classifyChange` words it as a meaningful change.
 */
export const MeaningfulChangeSchema = z.object({
  /** A change of at least this many points on the raw total is clinically meaningful. */
  threshold: z.number().check(z.positive()),
  source: z.string().check(z.minLength(1)),
});

/** When a total counts as a clinical case: at or above `threshold`, or below it (higher-is-better scales). */
export const CasenessSchema = z.object({
  threshold: z.number(),
  caseWhen: z.enum(CASE_WHEN),
  source: z.string().check(z.minLength(1)),
});

/** @internal A flag id; it becomes a key of the engine's `flags` object, so it is a camelCase identifier. */
export const FLAG_ID_PATTERN = /^[a-z][A-Za-z0-9]*$/;
const FlagIdSchema = z.string().check(z.regex(FLAG_ID_PATTERN, 'must be a camelCase identifier'));

const comparisonSchema = z.enum(FLAG_COMPARISONS);

/**
 * Extra yes/no findings besides the band, e.g. WHO-5's "percentage ≤ 28: likely depression" (`score`) and
 * "any item answered 0 or 1" (`any-item`, over the answered scored items, so it is evaluated even when the
 * total is unscorable), and PHQ-4's subscale screens (`subscale`, the sum of the listed items). A `score`
 * flag is `false` while the total is unscorable.
 */
export const MeasureFlagRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('score'),
    id: FlagIdSchema,
    of: z.enum(SCORE_FLAG_OF),
    comparison: comparisonSchema,
    value: z.number(),
    label: LocalizedTextSchema,
  }),
  z.object({
    kind: z.literal('any-item'),
    id: FlagIdSchema,
    comparison: comparisonSchema,
    value: z.number(),
    label: LocalizedTextSchema,
  }),
  z.object({
    /** The sum (after reversal) of some scored items, e.g. PHQ-4's anxiety subscale (items 1–2) ≥ 3; `false` unless all are answered. */
    kind: z.literal('subscale'),
    id: FlagIdSchema,
    itemIds: z.array(MeasureItemIdSchema).check(z.minLength(1)),
    comparison: comparisonSchema,
    value: z.number(),
    label: LocalizedTextSchema,
  }),
]);

/** One extra flag rule of a measure. */
export type MeasureFlagRule = z.output<typeof MeasureFlagRuleSchema>;

/** How a measure is scored; every rule is data read by the generic engine. */
export const MeasureScoringSchema = z.object({
  /** The total is the sum of the scored items (after reversal). */
  method: z.literal('sum'),
  direction: z.enum(MEASURE_DIRECTIONS),
  /** A derived percentage, `total × multiplier` (WHO-5: × 4); must map the highest total to 100. */
  percentage: z.optional(z.object({ multiplier: z.number().check(z.positive()) })),
  /** Ascending, contiguous, inclusive bands that together cover every possible total. */
  bands: z.array(SeverityBandSchema).check(z.minLength(1)),
  missingItems: MissingItemRuleSchema,
  riskItems: z.optional(z.array(RiskItemSchema)),
  /** Absent when no threshold is published (e.g. PHQ-8): change is then never classified as reliable. */
  reliableChange: z.optional(ReliableChangeSchema),
  /** A clinically meaningful change, where one is published (WHO-5, PCL-5); beside, never instead of, `reliableChange`. */
  meaningfulChange: z.optional(MeaningfulChangeSchema),
  caseness: z.optional(CasenessSchema),
  flags: z.optional(z.array(MeasureFlagRuleSchema)),
});

/** The scoring rules of a measure. */
export type MeasureScoring = z.output<typeof MeasureScoringSchema>;

/** LOINC codes where they exist; leave a code out rather than guess it. */
export const MeasureLoincSchema = z.object({
  panel: z.optional(LoincCodeSchema),
  total: z.optional(LoincCodeSchema),
  /** Per-item codes keyed by item id. */
  items: z.optional(z.record(MeasureItemIdSchema, LoincCodeSchema)),
});

/** Whether the instrument may be used in a commercial product without asking its owner. */
export const COMMERCIAL_USE = ['free', 'permission-required', 'forbidden'] as const;

/** Terms under which an instrument's text may be used. */
export const MeasureLicenceSchema = z.object({
  /** SPDX id, or a `LicenseRef-…` id for instrument-specific terms. */
  id: z.string().check(z.minLength(1)),
  /** The finding in plain words: what may be done with the text, and what not. */
  note: z.string().check(z.minLength(1)),
  /** The copyright line to show with the instrument. */
  copyright: z.string().check(z.minLength(1)),
  commercialUse: z.enum(COMMERCIAL_USE),
  /** Whether Interlude (or a vendor) may translate the text; if `false`, ship only the owner's wording. */
  translationAllowed: z.boolean(),
  url: z.optional(z.url()),
});

/** Licence terms of a measure. */
export type MeasureLicence = z.output<typeof MeasureLicenceSchema>;

const citationShape = { citation: z.string().check(z.minLength(1)), url: z.optional(z.url()) };

/**
 * Where the instrument, its wording and its scoring rules come from, and what a reviewer found.
 * `form` names the owner's form the wording was checked against item by item; `changes` says where
 * the shipped wording departs from it (licences such as WHO-5's ask for changes to be marked);
 * `notes` records what was left out and why (unverified codes, unpublished thresholds), recall-period
 * differences and the risk review.
 */
export const MeasureSourceSchema = z.object({
  ...citationShape,
  form: z.optional(z.object(citationShape)),
  changes: z.optional(z.string().check(z.minLength(1))),
  notes: z.optional(z.array(z.string().check(z.minLength(1)))),
});

/** The source of a measure. */
export type MeasureSource = z.output<typeof MeasureSourceSchema>;

/** Schema for {@link MeasureDefinition}, with cross-field checks whose messages never contain values. */
export const MeasureDefinitionSchema = z
  .object({
    kind: z.literal('measure'),
    ...activityBaseShape,
    /** The stem shown above the items, e.g. "Over the last 2 weeks, how often …". */
    instructions: z.optional(LocalizedTextSchema),
    /** The items in form order. Array answers are given in this order. */
    items: z.array(MeasureItemSchema).check(z.minLength(1)),
    /** Questions that are recorded but never scored and not part of `items` (e.g. PHQ-9's difficulty question). */
    supplementaryItems: z.optional(z.array(MeasureItemSchema)),
    scoring: MeasureScoringSchema,
    loinc: z.optional(MeasureLoincSchema),
    source: MeasureSourceSchema,
    licence: MeasureLicenceSchema,
  })
  .check(
    z.superRefine((definition, ctx) =>
      checkMeasureDefinition(definition, (message, path) => ctx.addIssue({ code: 'custom', message, path })),
    ),
  );

/** An outcome measure: items, scoring rules, codes, source and licence. */
export type MeasureDefinition = z.output<typeof MeasureDefinitionSchema>;

/**
 * Whether a LOINC code's check digit is right (LOINC's mod-10 algorithm, the same as Luhn's).
 * It catches typos; it cannot tell whether a well-formed code means what we think.
 */
export function isValidLoincCode(code: string): boolean {
  const match = /^(\d{1,7})-(\d)$/.exec(code);
  if (!match) return false;
  const digits = (match[1] ?? '').split('').map(Number).reverse();
  let sum = 0;
  digits.forEach((digit, index) => {
    const doubled = index % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return (10 - (sum % 10)) % 10 === Number(match[2]);
}

/**
 * Cross-field rules a well-formed definition must also meet (`MeasureDefinitionSchema`'s
 * refinement, shared with `measure-fast-path.ts`). Messages name the rule, never a value.
 *
 * @internal
 */
export function checkMeasureDefinition(
  definition: Omit<MeasureDefinition, 'kind'>,
  report: RuleReport,
): void {
  const { items, scoring } = definition;
  const supplementary = definition.supplementaryItems ?? [];

  const seen = new Set<string>();
  [
    ...items.map((item, index) => ['items', index, item.id] as const),
    ...supplementary.map((item, index) => ['supplementaryItems', index, item.id] as const),
  ].forEach(([list, index, id]) => {
    if (seen.has(id)) report('repeats the id of an earlier item', [list, index, 'id']);
    seen.add(id);
  });
  supplementary.forEach((item, index) => {
    if (item.scored) report('supplementary items are never scored', ['supplementaryItems', index, 'scored']);
  });

  const scoredIds = new Set(items.filter((item) => item.scored).map((item) => item.id));
  const scoredCount = items.filter((item) => item.scored).length;
  if (scoredCount === 0) report('must contain at least one scored item', ['items']);

  // Bands: ascending, contiguous and covering exactly the possible totals, so every total has one band.
  const range = measureTotalRange(definition);
  const bandIds = new Set<string>();
  scoring.bands.forEach((band, index) => {
    if (bandIds.has(band.id)) report('repeats the id of an earlier band', ['scoring', 'bands', index, 'id']);
    bandIds.add(band.id);
    if (band.min > band.max) report('must not be above the band maximum', ['scoring', 'bands', index, 'min']);
    const previous = scoring.bands[index - 1];
    if (previous && band.min !== previous.max + 1) {
      report('must start right after the previous band (ascending, no gap or overlap)', [
        'scoring',
        'bands',
        index,
        'min',
      ]);
    }
  });
  const first = scoring.bands[0];
  const last = scoring.bands[scoring.bands.length - 1];
  if (first && first.min !== range.min)
    report('must start at the lowest possible total', ['scoring', 'bands', 0, 'min']);
  if (last && last.max !== range.max) {
    report('must end at the highest possible total', ['scoring', 'bands', scoring.bands.length - 1, 'max']);
  }

  if (scoring.missingItems.kind === 'prorate' && scoring.missingItems.maxMissing >= scoredCount) {
    report('must leave at least one scored item answered', ['scoring', 'missingItems', 'maxMissing']);
  }

  const riskIds = new Set<string>();
  (scoring.riskItems ?? []).forEach((risk, index) => {
    const item = items.find((candidate) => candidate.id === risk.itemId);
    if (!item) report('must name an item of this measure', ['scoring', 'riskItems', index, 'itemId']);
    else if (!item.options.some((option) => option.value >= risk.threshold)) {
      report('must be reachable by at least one option of its item', [
        'scoring',
        'riskItems',
        index,
        'threshold',
      ]);
    }
    if (riskIds.has(risk.itemId))
      report('repeats an earlier risk item', ['scoring', 'riskItems', index, 'itemId']);
    riskIds.add(risk.itemId);
  });

  if (scoring.percentage && Math.abs(range.max * scoring.percentage.multiplier - 100) > 1e-9) {
    report('must map the highest possible total to 100', ['scoring', 'percentage', 'multiplier']);
  }
  for (const key of ['reliableChange', 'meaningfulChange'] as const) {
    const threshold = scoring[key]?.threshold;
    if (threshold !== undefined && threshold > range.max - range.min) {
      report('must not exceed the range of possible totals', ['scoring', key, 'threshold']);
    }
  }
  if (
    scoring.caseness &&
    (scoring.caseness.threshold < range.min || scoring.caseness.threshold > range.max)
  ) {
    report('must lie within the possible totals', ['scoring', 'caseness', 'threshold']);
  }

  const flagIds = new Set<string>();
  (scoring.flags ?? []).forEach((flag, index) => {
    if (flagIds.has(flag.id)) report('repeats the id of an earlier flag', ['scoring', 'flags', index, 'id']);
    flagIds.add(flag.id);
    if (flag.kind === 'score' && flag.of === 'percentage' && !scoring.percentage) {
      report('needs scoring.percentage to be defined', ['scoring', 'flags', index, 'of']);
    }
    if (flag.kind === 'subscale') {
      flag.itemIds.forEach((id, itemIndex) => {
        if (!scoredIds.has(id)) {
          report('must name a scored item of this measure', [
            'scoring',
            'flags',
            index,
            'itemIds',
            itemIndex,
          ]);
        }
      });
    }
  });

  (scoring.missingItems.notApplicableItemIds ?? []).forEach((id, index) => {
    if (!scoredIds.has(id)) {
      report('must name a scored item of this measure', [
        'scoring',
        'missingItems',
        'notApplicableItemIds',
        index,
      ]);
    }
  });

  Object.keys(definition.loinc?.items ?? {}).forEach((id) => {
    if (!seen.has(id)) report('must be the id of an item of this measure', ['loinc', 'items', id]);
  });
}
