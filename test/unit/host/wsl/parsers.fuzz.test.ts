import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { lookupWslError } from '../../../../electron/host/wsl/error-catalog.js';
import { extractWslError } from '../../../../electron/host/wsl/error-token.js';
import { parseWslList, parseWslListQuiet, parseWslListVerbose } from '../../../../electron/host/wsl/parse-list.js';
import { parseWslListOnline } from '../../../../electron/host/wsl/parse-list-online.js';
import { parseWslStatus } from '../../../../electron/host/wsl/parse-status.js';
import { findInvalidOption, isUsageText } from '../../../../electron/host/wsl/parse-usage.js';
import { parseWslVersion } from '../../../../electron/host/wsl/parse-version.js';
import { anyText, FC_PARAMS, FUZZ_TIMEOUT_MS, parserProperties } from '../text/fuzz-support.js';

/** Fixed-shape results: values are cut lines, so the JSON stays within the input plus a constant. */
const small = (n: number): number => 2 * n + 4096;
/** List results: at most 256 rows, each bounded by its line. */
const listBound = (n: number): number => 3 * n + 4096;

const PARSERS: Array<[string, (t: string) => unknown, (n: number) => number]> = [
  ['parseWslVersion', parseWslVersion, small],
  ['parseWslStatus', parseWslStatus, small],
  ['parseWslListVerbose', parseWslListVerbose, listBound],
  ['parseWslListQuiet', parseWslListQuiet, listBound],
  ['parseWslList', parseWslList, listBound],
  ['parseWslListOnline', parseWslListOnline, listBound],
  ['extractWslError', (t) => extractWslError(t, -1), small],
  ['isUsageText/findInvalidOption', (t) => [isUsageText(t), findInvalidOption(t)], small],
];

describe.each(PARSERS)('%s fuzz', (_name, parse, bound) => {
  for (const [name, run] of parserProperties(parse, bound)) it(name, run, FUZZ_TIMEOUT_MS);
});

const VERSION_LABELS = ['WSL', 'Kernel', 'WSLg', 'MSRDC', 'Direct3D', 'DXCore', 'Windows'];
const versionValue = fc.array(fc.nat({ max: 99999 }), { minLength: 2, maxLength: 5 }).map((p) => p.join('.'));

describe('structured fuzz', () => {
  it('seven label/version lines parse back in order, whatever the colon kind, encoding and noise lines', () => {
    fc.assert(
      fc.property(
        fc.array(versionValue, { minLength: 7, maxLength: 7 }),
        fc.constantFrom(':', '：', '﹕', '\u00a0:'),
        fc.constantFrom('\n', '\r\n', '\r\r\n'),
        fc.array(fc.constantFrom('PS C:\\> wsl --version', '', 'Press any key'), { maxLength: 2 }),
        fc.boolean(),
        (values, colon, eol, before, wide) => {
          const body = values.map((v, i) => `${VERSION_LABELS[i]} version${colon} ${v}`);
          const text = [...before, ...body, ''].join(eol);
          const v = parseWslVersion(decodeToolOutput(Buffer.from(text, wide ? 'utf16le' : 'utf8'), 'auto'));
          expect([v.kind, v.wsl, v.kernel, v.wslg, v.msrdc, v.direct3d, v.dxcore, v.windows]).toEqual(['versions', ...values]);
        },
      ),
      FC_PARAMS,
    );
  }, FUZZ_TIMEOUT_MS);

  it('any catalog token is found inside any surrounding text', () => {
    fc.assert(
      fc.property(fc.constantFrom('HCS_E_HYPERV_NOT_INSTALLED', 'WSL_E_DEFAULT_DISTRO_NOT_FOUND', '0x80070422', 'E_ACCESSDENIED', '0x8004032d'), anyText, (code, prose) => {
        const clean = prose.replace(/[A-Za-z0-9_/]/g, ' ');
        const found = extractWslError(`${clean}\nError code: Wsl/Service/${code}\n${clean}`);
        expect(found?.code).toBe(`Wsl/Service/${code}`);
        expect(found?.hresult).toBe(lookupWslError(code)?.hresult);
      }),
      FC_PARAMS,
    );
  }, FUZZ_TIMEOUT_MS);

  it('list rows survive any spacing, default marker and line ends', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.constantFrom('Running', 'Stopped', 'Installing'), fc.constantFrom(1, 2), fc.boolean(), fc.integer({ min: 1, max: 12 })), { maxLength: 10 }), (rows) => {
        const lines = ['  NAME            STATE           VERSION', ...rows.map(([n, s, v, d, pad]) => `${d ? '*' : ' '} ${n}${' '.repeat(pad)}${s}${' '.repeat(pad)}${v}`)];
        const parsed = parseWslListVerbose(lines.join('\r\n'));
        expect(parsed.distros).toEqual(rows.map(([n, s, v, d]) => ({ name: n, state: s, version: v, isDefault: d })));
      }),
      FC_PARAMS,
    );
  }, FUZZ_TIMEOUT_MS);
});
