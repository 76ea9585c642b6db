/** Byte-level mutators: random bytes, truncation at any offset, splices, invalid UTF-8. */
import type { Rng } from '../rng.ts';
import type { Mutator } from './types.ts';

function randomBytes(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = Uint8Array.from(bytes);
  const n = rng.int(1, 64);
  for (let i = 0; i < n && out.length; i++) out[rng.int(0, out.length - 1)] = rng.int(0, 255);
  return out;
}

function insertBytes(bytes: Uint8Array, rng: Rng): Uint8Array {
  const at = rng.int(0, bytes.length);
  const chunk = new Uint8Array(rng.int(1, 512));
  for (let i = 0; i < chunk.length; i++) chunk[i] = rng.int(0, 255);
  const out = new Uint8Array(bytes.length + chunk.length);
  out.set(bytes.subarray(0, at));
  out.set(chunk, at);
  out.set(bytes.subarray(at), at + chunk.length);
  return out;
}

function truncate(bytes: Uint8Array, rng: Rng): Uint8Array {
  return Uint8Array.from(bytes.subarray(0, rng.int(0, bytes.length)));
}

/** Keeps a random window of the page (as if the download started and stopped anywhere). */
function window(bytes: Uint8Array, rng: Rng): Uint8Array {
  const a = rng.int(0, bytes.length);
  return Uint8Array.from(bytes.subarray(a, rng.int(a, bytes.length)));
}

/** Copies a random range over another place (overlapping tags, half tables). */
function splice(bytes: Uint8Array, rng: Rng): Uint8Array {
  const a = rng.int(0, bytes.length);
  const b = Math.min(bytes.length, a + rng.int(1, 4096));
  const at = rng.int(0, bytes.length);
  const piece = bytes.subarray(a, b);
  const out = new Uint8Array(bytes.length + piece.length);
  out.set(bytes.subarray(0, at));
  out.set(piece, at);
  out.set(bytes.subarray(at), at + piece.length);
  return out;
}

/** Invalid UTF-8: lone continuation bytes, overlong forms, encoded surrogates (ED A0 80), truncated sequences. */
function invalidUtf8(bytes: Uint8Array, rng: Rng): Uint8Array {
  const bad = [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0xff], [0xfe, 0xff]];
  let out = bytes;
  for (let k = rng.int(1, 12); k > 0; k--) {
    const seq = rng.pick(bad);
    const at = rng.int(0, out.length);
    const next = new Uint8Array(out.length + seq.length);
    next.set(out.subarray(0, at));
    next.set(seq, at);
    next.set(out.subarray(at), at + seq.length);
    out = next;
  }
  return out;
}

const wrap = (name: string, fn: (bytes: Uint8Array, rng: Rng) => Uint8Array): Mutator => ({
  name,
  family: 'bytes',
  apply: (input, rng) => ({ bytes: fn(input.bytes, rng) }),
});

export const byteMutators: Mutator[] = [
  wrap('random-bytes', randomBytes),
  wrap('insert-bytes', insertBytes),
  wrap('truncate', truncate),
  wrap('window', window),
  wrap('splice', splice),
  wrap('invalid-utf8', invalidUtf8),
];
