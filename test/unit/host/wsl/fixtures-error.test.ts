import { describe, expect, it } from 'vitest';
import { classifyWslError, hresultFromHex, lookupWslError } from '../../../../electron/host/wsl/error-catalog.js';
import { extractWslError } from '../../../../electron/host/wsl/error-token.js';
import { parseWslListVerbose } from '../../../../electron/host/wsl/parse-list.js';
import { findInvalidOption, isUsageText } from '../../../../electron/host/wsl/parse-usage.js';
import { parseWslVersion } from '../../../../electron/host/wsl/parse-version.js';
import { entriesFor, type FixtureEntry, fixtureText, label } from './fixture-support.js';
import { atLeastOne } from '../../../fixture-selection.js';

/** The corpus gives `error_code` only for `Wsl/…` paths and bare symbols, not for bare hex codes. */
function corpusCode(code: string | null | undefined): string | null {
  return code && !/^0x/i.test(code) ? code : null;
}

function checkError(e: FixtureEntry): void {
  const text = fixtureText(e.fixture);
  const exp = e.expected;
  const token = extractWslError(text);
  const printedHresult = typeof exp['hresult'] === 'string' && exp['hresult_inferred'] !== true;

  expect(corpusCode(token?.code)).toBe(exp['error_code'] ?? null);
  if (printedHresult) {
    expect(token?.hresult).toBe(hresultFromHex(exp['hresult'] as string));
  } else if (exp['hresult_inferred'] === true && token?.symbol) {
    // Only the symbol was printed: the catalog supplies the HRESULT.
    expect(token.hresult).toBe(exp['hresult']);
  } else if (!token?.code) {
    // Nothing but prose (or mojibake) was printed: prose is never parsed, so there is no token.
    expect(token).toBeNull();
  } else {
    expect(token.hresult).toBe(lookupWslError(token.symbol)?.hresult ?? null);
  }

  const category = exp['category'];
  if (typeof category === 'string' && token) expect(classifyWslError(token)).toBe(category);
  if (category === 'no_distribution') expect(parseWslListVerbose(text).noDistributions).toBe(true);
  if (typeof exp['invalid_option'] === 'string') expect(findInvalidOption(text)).toBe(exp['invalid_option']);
  if (exp['usage_printed'] === true) expect(isUsageText(text)).toBe(true);
  if (exp['invalid_option'] === '--version') expect(parseWslVersion(text).kind).toBe('usage');
}

describe('wsl.exe error fixtures (index.json expected facts)', () => {
  const entries = entriesFor('error');
  it('covers every locale of the corpus errors', () => {
    expect(new Set(entries.map((e) => e.locale))).toEqual(new Set(['de', 'en', 'ja', 'zh-CN', 'fr', 'es', 'it', 'ja-JP', 'fr-FR']));
  });
  for (const e of entries) it(label(e), () => checkError(e));
});

describe('wsl --install fixtures: error tokens', () => {
  for (const e of entriesFor('install')) it(label(e), () => checkError(e));
});

describe('output of successful commands carries no error token', () => {
  const ok = [
    ...entriesFor('set-default-version'),
    ...atLeastOne(
      entriesFor('update').filter((e) => e.expected['success'] !== false),
      'successful wsl --update entries',
    ),
  ];
  for (const e of ok) {
    it(label(e), () => expect(extractWslError(fixtureText(e.fixture), 0)).toBeNull());
  }
});

describe('wsl --update through an old inbox wsl.exe', () => {
  for (const e of atLeastOne(
    entriesFor('update').filter((x) => x.expected['usage_printed'] === true),
    'wsl --update entries that print the usage text',
  )) {
    it(`${label(e)}: usage text recognised`, () => expect(isUsageText(fixtureText(e.fixture))).toBe(true));
  }
});
