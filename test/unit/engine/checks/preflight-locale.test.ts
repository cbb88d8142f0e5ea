import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Msg } from '../../../../electron/contract/messages.js';
import { common } from '../../../../electron/contract/locales/common.js';
import { distroStart } from '../../../../electron/contract/locales/distro-start.js';
import { gpuVendors } from '../../../../electron/contract/locales/gpu-vendors.js';
import { preflight } from '../../../../electron/contract/locales/preflight.js';
import { wsl } from '../../../../electron/contract/locales/wsl.js';
import { wslErrors } from '../../../../electron/contract/locales/wsl-errors.js';
import { evaluateAll } from './facts-for.js';
import { SCENARIOS } from './scenarios.js';

type Table = Record<string, string>;
const merged = (lang: 'en' | 'ja'): Table => ({ ...common[lang], ...wsl[lang], ...preflight[lang], ...wslErrors[lang], ...distroStart[lang], ...gpuVendors[lang] });
const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('preflight messages', () => {
  it('has the same keys in English and Japanese, none empty, with the same parameters', () => {
    const en: Table = preflight.en;
    const ja: Table = preflight.ja;
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(en[key]?.trim(), key).not.toBe('');
      expect(ja[key]?.trim(), key).not.toBe('');
      expect(params(ja[key] ?? ''), key).toEqual(params(en[key] ?? ''));
    }
  });

  it('keeps the Japanese text Japanese', () => {
    const en: Table = preflight.en;
    const ja: Table = preflight.ja;
    const copied = Object.keys(en).filter((k) => en[k] === ja[k] && /[a-z]{4,}/.test(en[k] ?? ''));
    expect(copied).toEqual([]);
  });

  it('defines no key that another area already defines', () => {
    const others = new Set([...Object.keys(common.en), ...Object.keys(wsl.en), ...Object.keys(wslErrors.en)]);
    expect(Object.keys(preflight.en).filter((k) => others.has(k))).toEqual([]);
  });

  it('resolves every message the checks emit on every scenario, with all parameters supplied', () => {
    const en = merged('en');
    const ja = merged('ja');
    const seen: Msg[] = [];
    for (const facts of Object.values(SCENARIOS)) {
      for (const r of Object.values(evaluateAll(facts))) {
        seen.push(r.title, r.summary, ...r.evidence.map((e) => e.label));
        if (r.fix) seen.push(r.fix.text);
      }
    }
    for (const m of seen) {
      expect(en[m.key], m.key).toBeTypeOf('string');
      expect(ja[m.key], m.key).toBeTypeOf('string');
      for (const p of params(en[m.key] ?? '')) expect(m.params ?? {}, `${m.key} needs {{${p}}}`).toHaveProperty(p as string);
    }
  });

  it('has a message for every literal key in the check sources', () => {
    const en = merged('en');
    const dirs = ['electron/engine/checks/preflight', 'electron/engine/checks/wsl-extra'];
    const files = dirs.flatMap((d) => readdirSync(d).map((f) => join(d, f))).concat('electron/engine/checks/error-overlay.ts');
    const literal = /(?:msg|fix|ev)\('([\w.]+)'/g;
    const keys = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(literal)].map((m) => m[1] as string));
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });
});
