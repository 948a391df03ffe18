/**
 * The {@link TransportState} the engine hands to its transport: records `transport:<key>` in the
 * partition's `meta` collection, so they live and die with the partition (sign-out wipes them).
 *
 * @module
 */
import type { StorageBackend, WriteOp } from '../backend/types.js';
import type { TransportState } from './transport.js';

/** Prefix of the `meta` records that hold transport state. */
export const TRANSPORT_STATE_PREFIX = 'transport:';

/** A {@link TransportState} kept in `backend`'s `meta` collection. */
export function metaTransportState(backend: StorageBackend): TransportState {
  return {
    async get(key) {
      const record = await backend.get('meta', `${TRANSPORT_STATE_PREFIX}${key}`);
      return (record as { value?: unknown } | undefined)?.value;
    },
    async set(entries) {
      const ops: WriteOp[] = entries.map(({ key, value }) =>
        value === undefined
          ? { type: 'delete', collection: 'meta', id: `${TRANSPORT_STATE_PREFIX}${key}` }
          : { type: 'put', collection: 'meta', value: { id: `${TRANSPORT_STATE_PREFIX}${key}`, value } },
      );
      if (ops.length > 0) await backend.write(ops);
    },
  };
}
