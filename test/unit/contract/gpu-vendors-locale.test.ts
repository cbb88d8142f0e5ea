import { describe, expect, it } from 'vitest';
import { gpuVendors } from '../../../electron/contract/locales/gpu-vendors.js';
import { preflight } from '../../../electron/contract/locales/preflight.js';

const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('GPU vendor messages', () => {
  it('have the same keys and parameters in English and Japanese, and no key preflight already defines', () => {
    const en: Record<string, string> = gpuVendors.en;
    const ja: Record<string, string> = gpuVendors.ja;
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(params(ja[key] ?? ''), key).toEqual(params(en[key] ?? ''));
    expect(Object.keys(en).filter((k) => k in preflight.en)).toEqual([]);
  });
});
