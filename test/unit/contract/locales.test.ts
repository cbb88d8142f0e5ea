import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../electron/contract/locales/index.js';

describe('message catalogs', () => {
  it('has every key in both English and Japanese, none empty', () => {
    expect(Object.keys(catalogs.ja).sort()).toEqual(Object.keys(catalogs.en).sort());
    for (const lang of ['en', 'ja'] as const) {
      for (const [key, text] of Object.entries(catalogs[lang])) expect(text.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('uses the same interpolation parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalogs.en)) expect(params(catalogs.ja[key] ?? ''), key).toEqual(params(catalogs.en[key] ?? ''));
  });

  it('keeps Japanese text Japanese (not a copy of the English)', () => {
    const copied = Object.keys(catalogs.en).filter((k) => catalogs.en[k] === catalogs.ja[k] && /[a-z]{4,}/.test(catalogs.en[k] ?? ''));
    expect(copied.filter((k) => !k.startsWith('stage.'))).toEqual([]);
  });
});
