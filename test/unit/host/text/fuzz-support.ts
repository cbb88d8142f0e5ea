/**
 * Shared fast-check inputs and properties for the tool-output decoders and parsers. The run
 * count per property comes from FUZZ_RUNS (default 300) so `npm test` stays fast and a long
 * run is one environment variable away. Inputs stay ≤ 4 KiB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { FIXTURE_DIR } from '../wsl/fixture-support.js';
import { atLeastOne } from '../../../fixture-selection.js';

/** Runs per property. */
export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);

/** Largest generated input, in bytes or characters. */
export const MAX_INPUT = 4096;

/** Per-test time limit: generous enough for long runs (about 3 ms per run per property). */
export const FUZZ_TIMEOUT_MS = Math.max(30_000, RUNS * 3);

/** fast-check parameters shared by every property. */
export const FC_PARAMS = { numRuns: RUNS, endOnFailure: true } as const;

/** Every real (captured, not reconstructed) wsl.exe fixture, as bytes. */
export const REAL_FIXTURES: readonly Buffer[] = atLeastOne(
  readdirSync(FIXTURE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .filter((f) => !(JSON.parse(readFileSync(`${FIXTURE_DIR}${f.replace(/\.txt$/, '.meta.json')}`, 'utf8')) as { reconstructed: boolean }).reconstructed)
    .map((f) => readFileSync(`${FIXTURE_DIR}${f}`)),
  'real wsl.exe fixtures',
);

/** Random text of any code points (lone surrogates included). */
export const anyText = fc.string({ unit: 'binary', maxLength: 1000 });

function interleaveNul(s: string): Buffer {
  const bytes = Buffer.from(s, 'latin1');
  const out = Buffer.alloc(bytes.length * 2);
  bytes.forEach((b, i) => {
    out[2 * i] = b;
  });
  return out;
}

/** Text encoded every way wsl.exe output arrives: UTF-8 ± BOM, UTF-16LE ± BOM, NUL-interleaved. */
export const encodedText: fc.Arbitrary<Buffer> = fc
  .tuple(anyText, fc.constantFrom('u8', 'u8bom', 'u16', 'u16bom', 'nul'))
  .map(([s, how]) => {
    switch (how) {
      case 'u8':
        return Buffer.from(s, 'utf8');
      case 'u8bom':
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]);
      case 'u16':
        return Buffer.from(s, 'utf16le');
      case 'u16bom':
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
      default:
        return interleaveNul(s);
    }
  });

const COLON_KINDS = [':', '：', '﹕', '\u00a0:', '\u202f:'];

/** A real fixture, possibly re-encoded to UTF-16LE, then mutated: cut, `\r` inserted, colons swapped. */
export const mutatedFixture: fc.Arbitrary<Buffer> = fc
  .tuple(
    fc.constantFrom(...REAL_FIXTURES),
    fc.boolean(),
    fc.option(fc.nat(), { nil: undefined }),
    fc.array(fc.nat(), { maxLength: 4 }),
    fc.constantFrom(...COLON_KINDS),
  )
  .map(([raw, utf16, cutAt, crAt, colon]) => {
    let text = raw.toString('utf8').replaceAll(':', colon);
    for (const at of crAt) {
      const i = at % (text.length + 1);
      text = `${text.slice(0, i)}\r${text.slice(i)}`;
    }
    const bytes = utf16 ? Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le') : Buffer.from(text, 'utf8');
    const cut = cutAt === undefined ? bytes : bytes.subarray(0, cutAt % (bytes.length + 1));
    return cut.subarray(0, MAX_INPUT);
  });

/** Any of the byte inputs above, or plain random bytes. */
export const anyBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: MAX_INPUT }).map((u) => Buffer.from(u)),
  encodedText,
  mutatedFixture,
);

/** ANSI/VT noise as a terminal layer adds it: CSI with random parameters, OSC titles, lone ESC. */
export const vtNoise: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.array(fc.nat({ max: 999 }), { maxLength: 3 }), fc.constantFrom('m', 'K', 'H', 'J', 'G')).map(([ps, f]) => `\u001b[${ps.join(';')}${f}`),
  fc.string({ unit: 'grapheme-ascii', maxLength: 20 }).map((t) => `\u001b]0;${t.replace(/[\u0007\u001b]/g, '')}\u0007`),
  fc.constant('\u001b[?25l'),
);

/** The text of a fixture with VT noise added at the start and end of random lines. */
export const noisyFixture: fc.Arbitrary<{ clean: Buffer; noisy: Buffer }> = fc
  .tuple(fc.constantFrom(...REAL_FIXTURES), fc.array(fc.tuple(fc.nat(), fc.boolean(), vtNoise), { maxLength: 6 }))
  .map(([raw, edits]) => {
    const lines = raw.toString('utf8').split('\n');
    for (const [at, atEnd, noise] of edits) {
      const i = at % lines.length;
      lines[i] = atEnd ? `${lines[i]}${noise}` : `${noise}${lines[i]}`;
    }
    return { clean: raw, noisy: Buffer.from(lines.join('\n'), 'utf8') };
  });

/**
 * The common parser properties, one test each: never throws and returns a bounded, JSON-able
 * value for any decoded input; never throws on raw strings; VT noise around lines does not
 * change the parsed value.
 */
export function parserProperties<T>(parse: (text: string) => T, maxJsonChars: (inputChars: number) => number): Array<[string, () => void]> {
  return [
    ['never throws and stays bounded on decoded bytes', () =>
      fc.assert(
        fc.property(anyBytes, fc.constantFrom<'auto' | 'utf-8' | 'utf-16le'>('auto', 'utf-8', 'utf-16le'), (bytes, enc) => {
          const text = decodeToolOutput(bytes, enc);
          expect(JSON.stringify(parse(text)).length).toBeLessThanOrEqual(maxJsonChars(text.length));
        }),
        FC_PARAMS,
      )],
    ['never throws on raw strings', () =>
      fc.assert(
        fc.property(anyText, (s) => {
          expect(() => parse(s)).not.toThrow();
        }),
        FC_PARAMS,
      )],
    ['VT noise around lines does not change the value', () =>
      fc.assert(
        fc.property(noisyFixture, ({ clean, noisy }) => {
          expect(parse(decodeToolOutput(noisy, 'auto'))).toEqual(parse(decodeToolOutput(clean, 'auto')));
        }),
        FC_PARAMS,
      )],
  ];
}
