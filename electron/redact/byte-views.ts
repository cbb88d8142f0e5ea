/**
 * Redacts raw captured bytes without decoding them lossily. Two lossless views are used:
 * UTF-16LE code units (at both byte alignments, because a UTF-8 prefix of odd length shifts a
 * later UTF-16 run) and latin1 (one char per byte, where UTF-8 text and names appear as their
 * UTF-8 byte sequences). Bytes no rule touched come back unchanged, so the declared encoding
 * still decodes the result exactly as before.
 */
import type { OutputEncoding } from '../runner/command.js';
import { addCounts, emptyCounts, type RedactionCounts } from './kinds.js';
import type { RedactedText } from './apply-rules.js';

/** A text redactor for one view. */
export type ViewRedactor = (text: string) => RedactedText;

/** Redacted bytes and per-kind counts. */
export interface RedactedBytes {
  bytes: Buffer;
  counts: RedactionCounts;
}

function utf16View(bytes: Buffer, align: 0 | 1, redact: ViewRedactor, counts: RedactionCounts): Buffer {
  const bodyEnd = align + Math.floor((bytes.length - align) / 2) * 2;
  if (bodyEnd - align < 2) return bytes;
  const text = bytes.subarray(align, bodyEnd).toString('utf16le');
  const r = redact(text);
  if (r.text === text) return bytes;
  addCounts(counts, r.counts);
  return Buffer.concat([bytes.subarray(0, align), Buffer.from(r.text, 'utf16le'), bytes.subarray(bodyEnd)]);
}

/** latin1 view over each run of NUL-free bytes (UTF-16 text of ASCII has a NUL in every pair). */
function latin1View(bytes: Buffer, redact: ViewRedactor, counts: RedactionCounts): Buffer {
  const parts: Buffer[] = [];
  let changed = false;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0, start);
    if (end < 0) end = bytes.length;
    const run = bytes.subarray(start, end);
    if (run.length >= 2) {
      const text = run.toString('latin1');
      const r = redact(text);
      if (r.text !== text) {
        addCounts(counts, r.counts);
        parts.push(Buffer.from(r.text, 'latin1'));
        changed = true;
      } else parts.push(run);
    } else parts.push(run);
    if (end < bytes.length) parts.push(bytes.subarray(end, end + 1));
    start = end + 1;
  }
  return changed ? Buffer.concat(parts) : bytes;
}

/**
 * Redacts bytes in place of their encoding. `utf16` redacts decoded text; `latin1` redacts
 * byte-per-char text (its rules know names by their UTF-8 bytes). Never throws.
 */
export function redactByteViews(input: Uint8Array, encoding: OutputEncoding, utf16: ViewRedactor, latin1: ViewRedactor): RedactedBytes {
  const counts = emptyCounts();
  try {
    let bytes: Buffer = Buffer.from(input instanceof Uint8Array ? input : new Uint8Array(0));
    const hasNul = bytes.includes(0);
    const bom = bytes[0] === 0xff && bytes[1] === 0xfe;
    if (hasNul || bom || encoding === 'utf-16le') {
      bytes = utf16View(bytes, 0, utf16, counts);
      if (hasNul) bytes = utf16View(bytes, 1, utf16, counts);
    }
    bytes = latin1View(bytes, latin1, counts);
    return { bytes, counts };
  } catch {
    // Out of memory or similar: nothing redacted cannot be returned as if it were, so return nothing.
    return { bytes: Buffer.alloc(0), counts };
  }
}
