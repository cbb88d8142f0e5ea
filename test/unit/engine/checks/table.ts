import { expect } from 'vitest';
import type { Facts } from '../../../../electron/contract/facts.js';
import type { Check } from '../../../../electron/engine/model.js';
import { common } from '../../../../electron/contract/locales/common.js';
import { gpuVendors } from '../../../../electron/contract/locales/gpu-vendors.js';
import { preflight } from '../../../../electron/contract/locales/preflight.js';
import { wsl } from '../../../../electron/contract/locales/wsl.js';
import { wslErrors } from '../../../../electron/contract/locales/wsl-errors.js';
import { factsFor, judge, type DeepPartial } from './facts-for.js';

/** Every English message the checks may use; each branch's keys must resolve here. */
const EN: Record<string, string> = { ...common.en, ...wsl.en, ...preflight.en, ...wslErrors.en, ...gpuVendors.en };

/** One branch of a check: the facts that lead there and what the verdict must say. */
export interface Branch {
  name: string;
  /** Overrides merged onto the healthy host (facts-for.ts). */
  facts: DeepPartial<Facts>;
  status: 'pass' | 'warn' | 'fail' | 'skip' | 'unknown';
  key: string;
  /** Whether a fix must be offered (default: for warn and fail). */
  fix?: boolean;
  /** Whether evidence must be present (default: for everything but skip and not-captured). */
  evidence?: boolean;
  /** Params the summary must include. */
  params?: Record<string, unknown>;
  url?: string;
}

/** Judges `check` for each branch and asserts status, summary key, fix and evidence. */
export function expectBranches(check: Check, branches: readonly Branch[]): void {
  for (const b of branches) {
    const v = judge(check, factsFor(b.facts));
    const where = `${check.id} / ${b.name}`;
    expect(v.status, where).toBe(b.status);
    expect(v.summary.key, where).toBe(b.key);
    const wantFix = b.fix ?? (b.status === 'warn' || b.status === 'fail');
    expect(v.fix !== undefined, `${where}: fix`).toBe(wantFix);
    if (wantFix) expect(v.fix?.text.key, `${where}: fix key`).toMatch(/^(fix\.|wslError\.)/);
    const wantEvidence = b.evidence ?? (b.status !== 'skip' && b.key !== 'check.unknown.notCaptured');
    expect((v.evidence ?? []).length > 0, `${where}: evidence`).toBe(wantEvidence);
    for (const m of [v.summary, v.fix?.text, ...(v.evidence ?? []).map((e) => e.label)]) if (m) expect(EN[m.key], `${where}: message ${m.key}`).toBeTypeOf('string');
    if (b.params) expect(v.summary.params, where).toMatchObject(b.params);
    if (b.url) expect(v.fix?.url, where).toBe(b.url);
  }
}
