/**
 * The journal's file format: a sequence of frames, each `[length: u32][crc32: u32][JSON]`
 * (little-endian). Appending a frame never rewrites earlier bytes, and a reader stops at the
 * first frame that is incomplete or fails its checksum, so a write cut short by a kill or a
 * power cut loses at most that frame, never the ones before it.
 *
 * @module
 */

const HEADER_BYTES = 8;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** CRC-32 (IEEE 802.3, the one zlib and PNG use), table-driven. */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One frame holding `value` as JSON. */
export function encodeFrame(value: unknown): Uint8Array<ArrayBuffer> {
  const payload = encoder.encode(JSON.stringify(value));
  const frame = new Uint8Array(HEADER_BYTES + payload.length);
  const view = new DataView(frame.buffer);
  view.setUint32(0, payload.length, true);
  view.setUint32(4, crc32(payload), true);
  frame.set(payload, HEADER_BYTES);
  return frame;
}

/** The parts one after another, in one buffer. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/**
 * Every intact frame from the start of `bytes`, parsed. `validBytes` is where the intact part
 * ends: anything after it is a torn or corrupt tail, which the next append overwrites.
 */
export function decodeFrames(bytes: Uint8Array): { values: unknown[]; validBytes: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values: unknown[] = [];
  let at = 0;
  while (at + HEADER_BYTES <= bytes.length) {
    const length = view.getUint32(at, true);
    const end = at + HEADER_BYTES + length;
    if (length === 0 || end > bytes.length) break;
    const payload = bytes.subarray(at + HEADER_BYTES, end);
    if (crc32(payload) !== view.getUint32(at + 4, true)) break;
    try {
      values.push(JSON.parse(decoder.decode(payload)) as unknown);
    } catch {
      break;
    }
    at = end;
  }
  return { values, validBytes: at };
}
