import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { splitLabelValue, splitLines } from '../../../../electron/host/text/lines.js';
import { anyBytes, anyText, FC_PARAMS, FUZZ_TIMEOUT_MS } from './fuzz-support.js';

const ENCODINGS = ['auto', 'utf-8', 'utf-16le'] as const;
const encoding = fc.constantFrom(...ENCODINGS);

/** One line of printable text (no controls, no surrogates), as wsl.exe and Linux tools print. */
const printableLine = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, ''));
/** A line of a European-language wsl.exe message: ASCII and Latin-1 letters. */
const latinLine = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:/-éàüßç’'), minLength: 1, maxLength: 60 });

describe('decodeToolOutput fuzz', () => {
  it('never throws and never grows: output units ≤ input bytes', () => {
    fc.assert(
      fc.property(anyBytes, encoding, (bytes, enc) => {
        const text = decodeToolOutput(bytes, enc);
        expect(text.length).toBeLessThanOrEqual(bytes.length);
        expect(text).not.toMatch(/[\u0000\r\u001b]/);
      }),
      FC_PARAMS,
    );
  }, FUZZ_TIMEOUT_MS);

  it('decoding does not depend on where the bytes sit in memory (views, copies, joined chunks)', () => {
    fc.assert(
      fc.property(anyBytes, fc.array(fc.nat(), { maxLength: 5 }), encoding, (bytes, cuts, enc) => {
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i) => bytes.subarray(p, points[i] ?? bytes.length));
        const backing = new Uint8Array(bytes.length + 3);
        backing.set(bytes, 3);
        const whole = decodeToolOutput(bytes, enc);
        expect(decodeToolOutput(Buffer.concat(chunks), enc)).toBe(whole);
        expect(decodeToolOutput(backing.subarray(3), enc)).toBe(whole);
      }),
      FC_PARAMS,
    );
  }, FUZZ_TIMEOUT_MS);

  // UTF-16LE lines start with a Latin character here, as wsl.exe lines in Latin-script languages
  // do; CJK-leading UTF-16LE lines are covered by the ja/zh fixtures (see the rule in decode.ts).
  it('UTF-8 and UTF-16LE text round-trips, and decodes the same split at any line end', () => {
    fc.assert(
      fc.property(fc.array(printableLine, { maxLength: 20 }), fc.nat(), fc.constantFrom<'utf8' | 'utf16le'>('utf8', 'utf16le'), (raw, at, how) => {
        const lines = how === 'utf8' ? raw : raw.map((l) => `E${l}`);
        const eol = how === 'utf8' ? '\n' : '\r\n';
        const split = at % (lines.length + 1);
        const a = lines.slice(0, split).map((l) => l + eol).join('');
        const b = lines.slice(split).map((l) => l + eol).join('');
        const enc = how === 'utf8' ? 'utf-8' : 'utf-16le';
        const whole = decodeToolOutput(Buffer.from(a + b, how), enc);
        expect(whole).toBe(lines.map((l) => `${l}\n`).join(''));
        expect(decodeToolOutput(Buffer.from(a, how), enc) + decodeToolOutput(Buffer.from(b, how), enc)).toBe(whole);
      }),
      FC_PARAMS,
    );
  }, FUZZ_TIMEOUT_MS);

  it('mixed streams: UTF-16LE message lines and UTF-8 Linux lines decode segment-wise', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), latinLine), { maxLength: 12 }), (parts) => {
        const bytes = Buffer.concat(parts.map(([wide, l]) => (wide ? Buffer.from(`W${l}\r\n`, 'utf16le') : Buffer.from(`L ${l}\n`, 'utf8'))));
        const want = parts.map(([wide, l]) => (wide ? `W${l}\n` : `L ${l}\n`)).join('');
        expect(decodeToolOutput(bytes, 'utf-16le')).toBe(want);
        expect(decodeToolOutput(bytes, 'auto')).toBe(want);
      }),
      FC_PARAMS,
    );
  }, FUZZ_TIMEOUT_MS);

  it('splitLines / splitLabelValue are total and bounded', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const lines = splitLines(s);
        expect(lines.length).toBeLessThanOrEqual(s.length + 1);
        for (const l of lines.slice(0, 50)) {
          const lv = splitLabelValue(l);
          if (lv) expect(lv.label.length + lv.value.length).toBeLessThanOrEqual(l.length);
        }
      }),
      FC_PARAMS,
    );
  }, FUZZ_TIMEOUT_MS);
});
