/**
 * `client.definitions`: the catalogue of activity definitions (measures, check-in templates,
 * exercises) stored in the partition. Elements find what an assignment refers to here, and a
 * clinician's composer lists what can be assigned.
 *
 * @module
 */
import {
  CheckInTemplateSchema,
  ExerciseDefinitionSchema,
  MeasureDefinitionSchema,
  safeParse,
  safeParseMeasureDefinition,
  type ActivityDefinition,
  type ActivityKind,
  type ActivityRef,
  type Modality,
  type ParseResult,
} from '@interlude/core';
import { createOutboxEntry, outboxPut } from '../sync/outbox.js';
import { definitionKey, type Repository } from '../repository.js';
import type { ClientContext } from './context.js';

/** Filters of {@link ClientDefinitions.list}. */
export interface DefinitionQuery {
  /** Only definitions of this kind (or these kinds). */
  readonly kind?: ActivityKind | readonly ActivityKind[];
  /** Only definitions of this modality (or these). */
  readonly modality?: Modality | readonly Modality[];
  /** Every stored version instead of only the newest of each definition. Default `false`. */
  readonly allVersions?: boolean;
}

/** The definitions stored in the signed-in user's partition. */
export interface ClientDefinitions {
  /**
   * Stored definitions, the newest version of each (unless `allVersions`), ordered by kind,
   * then id. Unreadable records are reported through `onProblem` and left out.
   */
  list(query?: DefinitionQuery): Promise<ActivityDefinition[]>;
  /**
   * One definition: the exact version `ref` names, or (without `version`) the newest stored
   * version of that kind and id. `undefined` when absent or unreadable.
   */
  get(
    ref: Pick<ActivityRef, 'kind' | 'id'> & { readonly version?: string },
  ): Promise<ActivityDefinition | undefined>;
  /**
   * Validates and stores definitions, e.g. the shipped content a vendor offers, in one
   * transaction. A clinician's definitions are also queued for the server (so their clients
   * receive them); a client's stay on the device. Storing a version that exists replaces it.
   *
   * @throws ValidationError (nothing stored) when any definition is invalid, naming its path.
   */
  put(...definitions: readonly ActivityDefinition[]): Promise<ActivityDefinition[]>;
  /**
   * Checks a definition of one kind without storing it, with core's schema for that kind
   * (what an element does before it shows a definition it was given). Never throws: an invalid
   * one comes back as a `ValidationError` naming `label` and every wrong path, never a value.
   * Elements call this instead of bundling the schemas, which the client already carries.
   * Works on a closed client too (it reads nothing).
   */
  validate<Kind extends ActivityKind>(
    kind: Kind,
    input: unknown,
    label: string,
  ): ParseResult<Extract<ActivityDefinition, { kind: Kind }>>;
}

const SCHEMA_OF_KIND = {
  measure: MeasureDefinitionSchema,
  'check-in': CheckInTemplateSchema,
  exercise: ExerciseDefinitionSchema,
} as const;

/** @internal {@link ClientDefinitions.validate}, outside the closed-client guard (it is synchronous). */
export function validateDefinition<Kind extends ActivityKind>(
  kind: Kind,
  input: unknown,
  label: string,
): ParseResult<Extract<ActivityDefinition, { kind: Kind }>> {
  // A measure takes core's hand-written check first: a form's first render waits for it.
  const result =
    kind === 'measure'
      ? safeParseMeasureDefinition(input, label)
      : safeParse(SCHEMA_OF_KIND[kind], input, label);
  return result as ParseResult<Extract<ActivityDefinition, { kind: Kind }>>;
}

/** @internal */
export function clientDefinitions(context: ClientContext): Omit<ClientDefinitions, 'validate'> {
  const all = (): Promise<ActivityDefinition[]> =>
    context.read('definitions.list', [], async ({ repository }) =>
      (await repository.definitions.list()).map((stored) => stored.definition),
    );
  return {
    async list(query = {}) {
      const kinds = query.kind === undefined ? undefined : new Set<string>([query.kind].flat());
      const modalities = query.modality === undefined ? undefined : new Set<string>([query.modality].flat());
      const chosen = (await all()).filter(
        (definition) =>
          (!kinds || kinds.has(definition.kind)) && (!modalities || modalities.has(definition.modality)),
      );
      const listed = query.allVersions ? chosen : newestOfEach(chosen);
      return listed.sort(
        (a, b) => compare(a.kind, b.kind) || compare(a.id, b.id) || compareVersions(a.version, b.version),
      );
    },
    async get(ref) {
      if (ref.version !== undefined) {
        return context.read('definitions.get', undefined, async ({ repository }) => {
          const stored = await repository.definitions.get(definitionKey({ ...ref, version: ref.version! }));
          return stored?.definition;
        });
      }
      return newestOfEach((await all()).filter((item) => item.kind === ref.kind && item.id === ref.id))[0];
    },
    async put(...definitions) {
      const { repository } = await context.session();
      const sync = context.user.role === 'clinician';
      const ops = definitions.flatMap((definition) => putOps(repository, definition, sync, context.now()));
      const stored = definitions.map(
        (definition) =>
          repository.definitions.validate({ id: definitionKey(definition), definition }).definition,
      );
      if (ops.length === 0) return [];
      await repository.write(ops);
      context.written(sync ? ['definitions', 'outbox'] : ['definitions'], sync ? definitions.length : 0);
      return stored;
    },
  };
}

function putOps(repository: Repository, definition: ActivityDefinition, sync: boolean, now: string) {
  const id = definitionKey(definition);
  const op = repository.definitions.putOp({ id, definition });
  return sync
    ? [op, outboxPut(createOutboxEntry({ id, collection: 'definitions', now: new Date(now) }))]
    : [op];
}

/** The newest version of each kind + id. */
function newestOfEach(definitions: readonly ActivityDefinition[]): ActivityDefinition[] {
  const newest = new Map<string, ActivityDefinition>();
  for (const definition of definitions) {
    const key = `${definition.kind}:${definition.id}`;
    const current = newest.get(key);
    if (!current || compareVersions(definition.version, current.version) > 0) newest.set(key, definition);
  }
  return [...newest.values()];
}

/** Compares `1.10.0` and `1.9.2` as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
