import { expect } from '@open-wc/testing';
import { concatBytes, crc32, decodeFrames, encodeFrame } from './frames.js';

describe('journal frames', () => {
  it('computes the standard CRC-32', () => {
    // The check value of CRC-32/ISO-HDLC (zlib, PNG) for "123456789".
    expect(crc32(new TextEncoder().encode('123456789'))).to.equal(0xcbf43926);
  });

  it('reads back every frame, and stops at a torn or corrupt tail', () => {
    const frames = [encodeFrame({ e: 1 }), encodeFrame({ e: 2, text: 'ü' }), encodeFrame({ e: 3 })];
    const whole = concatBytes(frames);
    expect(decodeFrames(whole)).to.deep.equal({
      values: [{ e: 1 }, { e: 2, text: 'ü' }, { e: 3 }],
      validBytes: whole.length,
    });

    // Cut inside the last frame (a write that never finished).
    const torn = whole.subarray(0, whole.length - 3);
    expect(decodeFrames(torn).values).to.deep.equal([{ e: 1 }, { e: 2, text: 'ü' }]);
    expect(decodeFrames(torn).validBytes).to.equal((frames[0]?.length ?? 0) + (frames[1]?.length ?? 0));

    // One flipped bit in the second frame's payload: it and everything after are ignored.
    const flipped = whole.slice();
    const at = (frames[0]?.length ?? 0) + 10;
    flipped[at] = (flipped[at] ?? 0) ^ 0x04;
    expect(decodeFrames(flipped).values).to.deep.equal([{ e: 1 }]);

    // Zeros after the end (preallocated or truncated space) end the journal too.
    expect(decodeFrames(concatBytes([whole, new Uint8Array(16)])).values).to.have.length(3);
  });
});
