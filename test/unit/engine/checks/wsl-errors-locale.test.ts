import { describe, expect, it } from 'vitest';
import { wslErrors } from '../../../../electron/contract/locales/wsl-errors.js';
import { wslErrorKeys } from '../../../../electron/engine/checks/error-overlay.js';
import { WSL_ERROR_CATALOG } from '../../../../electron/host/wsl/error-catalog.js';

/**
 * electron/contract/locales/wsl-errors.ts is a copy of the catalog's texts (the contract may not
 * import host code). This proves the copy is complete and identical, string by string.
 */
describe('wslErrors locale copy of the WSL error catalog', () => {
  it('has meaning and fix of every catalog entry, identical in English and Japanese', () => {
    for (const entry of WSL_ERROR_CATALOG) {
      const keys = wslErrorKeys(entry.symbol);
      for (const lang of ['en', 'ja'] as const) {
        const table: Record<string, string> = wslErrors[lang];
        expect(table[keys.meaning], `${lang}:${keys.meaning}`).toBe(entry.meaning[lang]);
        expect(table[keys.fix], `${lang}:${keys.fix}`).toBe(entry.fix[lang]);
      }
    }
  });

  it('has no keys the catalog does not have', () => {
    const expected = WSL_ERROR_CATALOG.flatMap((e) => Object.values(wslErrorKeys(e.symbol))).sort();
    expect(Object.keys(wslErrors.en).sort()).toEqual(expected);
    expect(Object.keys(wslErrors.ja).sort()).toEqual(expected);
  });
});
