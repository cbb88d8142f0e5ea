import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT_CHARS, parseProbeDocument, type ProbeDocumentResult } from '../../../../electron/host/distro/parse-probe-document.js';
import { loadProbeFixtures } from './load-probe-fixtures.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// About 1 ms per run is plenty; FUZZ_RUNS=100000 must not hit the 30 s default.
const TIMEOUT = Math.max(30_000, RUNS * 2);
const fixtures = loadProbeFixtures().map((f) => f.text);

function check(r: ProbeDocumentResult): void {
  if (r.ok) {
    expect(r.doc.probeVersion).toBe(1);
    return;
  }
  expect(['empty', 'too-large', 'no-document', 'truncated', 'bad-json', 'unsupported-version', 'bad-shape']).toContain(r.error.code);
  expect(r.error.message.length).toBeLessThanOrEqual(1000);
  if (r.error.excerpt !== null) expect(r.error.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
}

const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('\u001b[0m', '\u001b]0;title\u0007', '\r\r\n', '\u0000', '{', '}', '"', '\\', '{"probeVersion": '),
);

describe('parseProbeDocument (fuzz)', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 4096 }), (s) => check(parseProbeDocument(s))), { numRuns: RUNS });
  }, TIMEOUT);

  it('never throws on arbitrary bytes decoded as UTF-8 or UTF-16LE', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, u16) => check(parseProbeDocument(Buffer.from(bytes).toString(u16 ? 'utf16le' : 'utf8')))),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('finds a real document behind any noise that holds no document key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }), (doc, before, after) => {
        fc.pre(!before.includes('probeVersion') && !after.includes('probeVersion'));
        const r = parseProbeDocument(`${before}\n${doc.trim()}\n${after}`);
        // Noise can leave an unclosed string or brace before the document; the document is still found by its key.
        expect(r.ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('survives a real document cut, spliced and sprinkled with noise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), noise, (doc, a, b, junk) => {
        const cut = a % (doc.length + 1);
        const at = b % (doc.length + 1);
        check(parseProbeDocument(doc.slice(0, cut)));
        check(parseProbeDocument(doc.slice(0, at) + junk + doc.slice(at)));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('stays linear on pathological nesting and many candidate starts', () => {
    const deep = `{"probeVersion": 1, "x": ${'['.repeat(200_000)}`;
    const many = '{"probeVersion": '.repeat(50_000);
    for (const s of [deep, many, `${'{'.repeat(100_000)}${' '.repeat(100_000)}`]) {
      const t = performance.now();
      check(parseProbeDocument(s));
      expect(performance.now() - t).toBeLessThan(2_000);
    }
  });
});
