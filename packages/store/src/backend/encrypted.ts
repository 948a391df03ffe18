/**
 * Encryption at rest for any backend: AES-GCM with a key the host supplies.
 *
 * What is protected: every field of every record except its `id`. Ids stay readable because
 * the backend needs them as keys; they are UUIDs made on the device or opaque identifiers
 * from the vendor, never names, emails or answers (core's `RecordIdSchema` asks hosts for
 * exactly that). Collection names and record counts are visible too.
 *
 * Each stored value is `{ id, iv, ciphertext }` (base64 strings, so any backend that stores
 * JSON can hold them): a fresh random 12-byte IV per write, and the collection and id bound as
 * additional authenticated data, so a ciphertext copied onto another record or collection
 * fails to decrypt instead of showing one client's answers as another record.
 *
 * A put the repository marks as validated (`WriteOp.validated`, the record format its schemas
 * checked) is stored with that format in `validated` and bound into the additional data too,
 * so the mark is as authentic as the ciphertext: changing, adding or removing it makes the
 * record fail to decrypt. The repository then trusts such a record without parsing it again
 * (see docs/storage-and-sync.md, "Validation of encrypted records"); everything else (pulled
 * from a server, written before marks existed, written by another record format) is parsed.
 *
 * @module
 */
import { StorageError, toStorageError } from './errors.js';
import type {
  CollectionName,
  DurabilityReport,
  PartitionKey,
  StorageBackend,
  StoreFactory,
  StoredRecord,
  WriteOp,
} from './types.js';

/**
 * The key: one `CryptoKey` for every partition, or a callback that derives one per partition
 * (e.g. unwrapped from a key your server hands out after sign-in). The key must be AES-GCM,
 * 256 bits, with `encrypt` and `decrypt` usages; keep it non-extractable.
 */
export type EncryptionOptions =
  { readonly key: CryptoKey } | { readonly deriveKey: (partition: PartitionKey) => Promise<CryptoKey> };

/** What an encrypted record looks like in the wrapped backend. */
export type EncryptedRecord = {
  readonly id: string;
  /** Base64 of the 12-byte AES-GCM IV. */
  readonly iv: string;
  /** Base64 of the AES-GCM ciphertext (with its 16-byte tag) of the record's JSON. */
  readonly ciphertext: string;
  /** The record format the value was validated under before it was written, if it was. */
  readonly validated?: string;
};

const IV_BYTES = 12;

/**
 * Wraps a {@link StoreFactory} so every record is encrypted before it reaches storage and
 * authenticated when read back. Reading with the wrong key, or a record whose ciphertext was
 * altered or moved, fails with `StorageError('decryption-failed')`; it never returns garbage.
 * Values must be JSON (which every Interlude record is).
 *
 * @example
 * ```ts
 * const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
 * const store = encrypted(idbStore({ name: 'my-portal' }), { key });
 * // or derive one key per user:
 * const perUser = encrypted(memoryStore(), { deriveKey: (partition) => keyFor(partition.userId) });
 * ```
 */
export function encrypted(factory: StoreFactory, options: EncryptionOptions): StoreFactory {
  return {
    kind: factory.kind,
    async open(partition: PartitionKey): Promise<StorageBackend> {
      if (typeof crypto === 'undefined' || !crypto.subtle) {
        throw new StorageError(
          'unavailable',
          'WebCrypto is not available (encryption needs a secure context).',
        );
      }
      let key: CryptoKey;
      try {
        key = 'key' in options ? options.key : await options.deriveKey(partition);
      } catch (error) {
        throw new StorageError('invalid-key', 'The encryption key callback failed.', {
          detail: error instanceof Error ? error.name : undefined,
        });
      }
      checkKey(key);
      return new EncryptedBackend(await factory.open(partition), key);
    },
  };
}

function checkKey(key: unknown): asserts key is CryptoKey {
  const usable =
    typeof CryptoKey !== 'undefined' &&
    key instanceof CryptoKey &&
    key.algorithm.name === 'AES-GCM' &&
    (key.algorithm as AesKeyAlgorithm).length === 256 &&
    key.usages.includes('encrypt') &&
    key.usages.includes('decrypt');
  if (!usable) {
    throw new StorageError(
      'invalid-key',
      'The encryption key must be an AES-GCM 256-bit CryptoKey that can encrypt and decrypt.',
    );
  }
}

class EncryptedBackend implements StorageBackend {
  readonly kind: StorageBackend['kind'];
  readonly encryptedAtRest = true;

  constructor(
    private readonly inner: StorageBackend,
    private readonly key: CryptoKey,
  ) {
    this.kind = inner.kind;
  }

  get durability(): DurabilityReport | undefined {
    return this.inner.durability;
  }

  async get(collection: CollectionName, id: string): Promise<unknown> {
    const stored = await this.inner.get(collection, id);
    return stored === undefined ? undefined : this.#decrypt(collection, stored);
  }

  async getAll(collection: CollectionName): Promise<unknown[]> {
    const stored = await this.inner.getAll(collection);
    return Promise.all(stored.map((value) => this.#decrypt(collection, value)));
  }

  /** The authenticated `validated` mark of a value this backend decrypted. */
  validatedFormat(value: unknown): string | undefined {
    return typeof value === 'object' && value !== null ? this.#validated.get(value) : undefined;
  }

  /** Decrypted values whose record carried an authenticated `validated` mark, with that mark. */
  readonly #validated = new WeakMap<object, string>();

  async write(ops: readonly WriteOp[]): Promise<void> {
    // Encrypt the whole batch first; the inner backend then writes it in one transaction
    // (IndexedDB transactions cannot wait for WebCrypto, so this must happen before).
    const sealed = await Promise.all(
      ops.map(async (op): Promise<WriteOp> => {
        if (op?.type !== 'put') return op;
        const id: unknown = (op.value as { id?: unknown } | null | undefined)?.id;
        // Leave malformed ops as they are: the inner backend rejects the batch with the
        // same error it would give without encryption.
        if (typeof id !== 'string' || typeof op.value !== 'object') return op;
        const { validated, ...put } = op;
        return { ...put, value: await this.#encrypt(op.collection, id, op.value, validated) };
      }),
    );
    await this.inner.write(sealed);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }

  close(): void {
    this.inner.close();
  }

  async #encrypt(
    collection: CollectionName,
    id: string,
    value: StoredRecord,
    validated: string | undefined,
  ): Promise<EncryptedRecord> {
    let plaintext: string;
    try {
      plaintext = JSON.stringify(value);
    } catch {
      throw new StorageError('invalid-write', `A value for ${collection} is not JSON-serialisable.`);
    }
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    try {
      const ciphertext = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: associatedData(collection, id, validated) },
        this.key,
        new TextEncoder().encode(plaintext),
      );
      const sealed = { id, iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
      return typeof validated === 'string' ? { ...sealed, validated } : sealed;
    } catch (error) {
      throw toStorageError(error, `encryption for ${collection}`);
    }
  }

  async #decrypt(collection: CollectionName, stored: unknown): Promise<unknown> {
    const record = stored as Partial<EncryptedRecord> | null;
    if (
      typeof record !== 'object' ||
      record === null ||
      typeof record.id !== 'string' ||
      typeof record.iv !== 'string' ||
      typeof record.ciphertext !== 'string' ||
      (record.validated !== undefined && typeof record.validated !== 'string')
    ) {
      throw new StorageError('decryption-failed', `A record in ${collection} is not an encrypted record.`);
    }
    try {
      const plaintext = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: fromBase64(record.iv),
          additionalData: associatedData(collection, record.id, record.validated),
        },
        this.key,
        fromBase64(record.ciphertext),
      );
      const value = JSON.parse(new TextDecoder().decode(plaintext)) as unknown;
      // Authentic: only a holder of the key could have sealed this mark with this record.
      if (record.validated !== undefined && typeof value === 'object' && value !== null)
        this.#validated.set(value, record.validated);
      return value;
    } catch {
      throw new StorageError(
        'decryption-failed',
        `A record in ${collection} could not be decrypted (wrong key, or the record was altered).`,
      );
    }
  }
}

/**
 * Binds a ciphertext to its place (`collection`, a NUL, then the id) and, when it carries one,
 * to its validation mark, so the mark cannot be added, changed or removed without the key. A
 * marked record's data starts with `validated`, which no collection is named, so it never
 * equals an unmarked record's (whatever its id); records without a mark keep the original data.
 */
function associatedData(
  collection: CollectionName,
  id: string,
  validated: string | undefined,
): Uint8Array<ArrayBuffer> {
  const place = `${collection}\u0000${id}`;
  return new TextEncoder().encode(
    validated === undefined ? place : `validated\u0000${validated}\u0000${place}`,
  );
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a huge spread overflows the call stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
