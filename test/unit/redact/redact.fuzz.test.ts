import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../electron/redact/redactor.js';
import { CANARY, CANARY_IDENTITY, findCanaries } from './canaries.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const r = createRedactor(CANARY_IDENTITY);

/** Canaries as they would appear on their own in output (a proxy URL and an env line carry their context). */
const planted = [
  CANARY.user,
  CANARY.host,
  CANARY.sid,
  CANARY.email,
  CANARY.ghToken,
  CANARY.jwt,
  `http://${CANARY.proxyUser}:${CANARY.proxyPass}@proxy:8080`,
  `\nAPI_KEY=${CANARY.envSecret}\n`,
  `C:\\Users\\${CANARY.user}\\x`,
  `C%3A%5CUsers%5C${CANARY.user}%5Cx`,
];

const text = fc.string({ unit: 'binary', maxLength: 400 });
const encoding = fc.constantFrom('utf-8' as const, 'utf-16le' as const, 'auto' as const);

describe('redaction properties', () => {
  it('never throws on random text and is idempotent', () => {
    fc.assert(
      fc.property(text, (s) => {
        const once = r.redactText(s);
        expect(r.redactText(once.text).text).toBe(once.text);
      }),
      { numRuns: runs },
    );
  });

  it('never throws on random bytes and is idempotent', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), encoding, (bytes, enc) => {
        const once = r.redactBytes(bytes, enc);
        expect(r.redactBytes(once.bytes, enc).bytes.equals(once.bytes)).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('removes a canary planted at a random position of random text', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(...planted), (before, after, canary) => {
        const once = r.redactText(`${before} ${canary} ${after}`);
        expect(findCanaries(Buffer.from(once.text, 'utf8'))).toEqual([]);
        expect(r.redactText(once.text).text).toBe(once.text);
      }),
      { numRuns: runs },
    );
  });

  it('removes a canary planted in random bytes, as UTF-8 or UTF-16LE at any alignment', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(...planted),
        fc.constantFrom('utf8' as const, 'utf16le' as const),
        encoding,
        (before, after, canary, form, enc) => {
          const bytes = Buffer.concat([before, Buffer.from(` ${canary} `, form), after]);
          const once = r.redactBytes(bytes, enc);
          expect(findCanaries(once.bytes)).toEqual([]);
        },
      ),
      { numRuns: runs },
    );
  });

  it('leaves text without identity or secrets unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ,.]{0,200}$/), (s) => {
        expect(r.redactText(s).text).toBe(s);
      }),
      { numRuns: runs },
    );
  });
});
