/**
 * A shortcut past zod for stored scores, the review queue's other record by the thousand (one
 * per measure submission, every one of them read): {@link acceptStoredScore} returns exactly
 * what `StoredScoreSchema` outputs for a score of the usual shape, or `undefined` for anything
 * else, which the caller then parses with the schema as before. Like the submission shortcut
 * (`submission-fast-path.ts`) it never rejects, so every error and quarantine still comes from
 * the schema; a test checks both on generated values and fingerprints the schema.
 *
 * @module
 */
import { UNSCORABLE_REASONS } from '@interlude/core';
import { isDefinitionId, isPlain, isRecordId, isVersion, plainRecordOf } from './fast-path-checks.js';
import type { StoredScore } from './repository.js';

const FIELDS: ReadonlySet<string> = new Set([
  'id',
  'submissionId',
  'measure',
  'total',
  'band',
  'prorated',
  'unscorableReason',
  'missingItemIds',
  'riskItemIds',
  'unansweredRiskItemIds',
  'percentage',
  'flags',
]);
const REASONS: ReadonlySet<unknown> = new Set(UNSCORABLE_REASONS);

/**
 * `StoredScoreSchema`'s output for `raw` when `raw` is a stored score of the usual shape (known
 * fields only, plain arrays of text, the score's own consistency rules met), else `undefined`:
 * parse it with the schema then.
 */
export function acceptStoredScore(raw: unknown): StoredScore | undefined {
  if (!isPlain(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  for (const key in value) if (!FIELDS.has(key)) return undefined;
  const { id, submissionId, total, band, prorated, unscorableReason, percentage } = value;
  // The id refinement: `score:` and the submission id (see `scoreId`).
  if (!isRecordId(submissionId) || id !== `score:${submissionId}`) return undefined;
  const measure = measureOf(value['measure']);
  if (measure === undefined) return undefined;
  if (!(total === null || isFiniteNumber(total))) return undefined;
  if (!(band === null || (typeof band === 'string' && band.length >= 1))) return undefined;
  if (typeof prorated !== 'boolean') return undefined;
  if (!(unscorableReason === null || REASONS.has(unscorableReason))) return undefined;
  const missingItemIds = textsOf(value['missingItemIds']);
  const riskItemIds = textsOf(value['riskItemIds']);
  const unansweredRiskItemIds = textsOf(value['unansweredRiskItemIds']);
  if (missingItemIds === undefined || riskItemIds === undefined || unansweredRiskItemIds === undefined)
    return undefined;
  const hasPercentage = 'percentage' in value;
  if (hasPercentage && !(percentage === null || isFiniteNumber(percentage))) return undefined;
  const flags = plainRecordOf(value['flags'], anyKey, isBoolean);
  if (flags === undefined) return undefined;
  // The schema's refinement: null total, band and reason together; never prorated or a percentage.
  const unscorable = total === null;
  if ((band === null) !== unscorable || (unscorableReason === null) === unscorable) return undefined;
  if (unscorable && (prorated || typeof percentage === 'number')) return undefined;
  // The schema's output: a fresh object, the stored id's fields first, then the score's in order.
  const score: Record<string, unknown> = {
    id,
    submissionId,
    measure,
    total,
    band,
    prorated,
    unscorableReason,
    missingItemIds,
    riskItemIds,
    unansweredRiskItemIds,
  };
  if (hasPercentage) score['percentage'] = percentage;
  score['flags'] = flags;
  return score as StoredScore;
}

function measureOf(raw: unknown): StoredScore['measure'] | undefined {
  if (!isPlain(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  let count = 0;
  for (const key in value) {
    if (key !== 'id' && key !== 'version') return undefined;
    count += 1;
  }
  const { id, version } = value;
  return count === 2 && isDefinitionId(id) && isVersion(version) ? { id, version } : undefined;
}

/** A fresh copy of a plain array of strings (no holes), else `undefined`. */
function textsOf(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || Object.getPrototypeOf(raw) !== Array.prototype) return undefined;
  const texts: string[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    const text: unknown = raw[index];
    if (typeof text !== 'string') return undefined;
    texts.push(text);
  }
  return texts;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function anyKey(): boolean {
  return true;
}
