import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../../electron/contract/checks.js';
import type { Facts } from '../../../../electron/contract/facts.js';
import { evaluateChecks } from '../../../../electron/engine/evaluate-checks.js';
import { defaultPlan, REPAIR_STEP_IDS, repairSteps } from '../../../../electron/engine/plan/default-plan.js';
import { findSetupStep } from '../../../../electron/engine/steps/registry.js';
import { factsFor } from './facts-for.js';
import { SCENARIOS } from './scenarios.js';

const CHECKS_DIR = path.resolve(import.meta.dirname, '../../../../electron/engine/checks');
/** Checks whose fix is a step that re-judges another check of the same cause (the inbox WSL: its version). */
const JUDGED_AS: Readonly<Record<string, string>> = { 'wsl.kernel': 'wsl.version' };
const NO_DISTROS = { distros: [], defaultDistribution: null, defaultVersion: null };

/** Every `stepId: '…'` literal in the checks' sources (the fix a check names). */
function stepIdsInSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return stepIdsInSources(file);
    if (!e.name.endsWith('.ts')) return [];
    return [...fs.readFileSync(file, 'utf8').matchAll(/stepId: '([^']+)'/gu)].map((m) => m[1]!);
  });
}

/** Hosts with one thing a step repairs broken, next to the shared scenario table. */
const HOSTS: Record<string, Facts> = {
  ...SCENARIOS,
  wslDefaultVersion1: factsFor({ wsl: { defaultVersion: 1 } }),
  noDistro: factsFor({ wsl: NO_DISTROS }),
  wslFeatureOffWithWsl1Distro: factsFor({
    wsl: { distros: [{ name: 'Ubuntu-20.04', state: 'Stopped', version: 1, isDefault: true }] },
    windowsHost: { features: { wsl: 'disabled' } },
  }),
};

function judgeAll(facts: Facts): CheckResult[] {
  return evaluateChecks(defaultPlan({ target: 'none', bench: false }, { expectedGpus: [] }).checks, facts);
}

describe('every fix names a step that exists and re-judges the check', () => {
  it('each step id a check names is a registry step the app lets a person start', () => {
    const ids = [...new Set(stepIdsInSources(CHECKS_DIR))];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(findSetupStep(id), `registry has ${id}`).toBeDefined();
      expect(REPAIR_STEP_IDS, `the engine's plan lists ${id}`).toContain(id);
    }
    expect(repairSteps().map((s) => s.id)).toEqual(REPAIR_STEP_IDS);
  });

  it('on hosts with something broken, the failing check names the step that lists it among what it fixes', () => {
    const named = new Map<string, string>();
    for (const [host, facts] of Object.entries(HOSTS)) {
      for (const r of judgeAll(facts)) {
        const stepId = r.fix?.stepId;
        if (!stepId) continue;
        const step = findSetupStep(stepId);
        expect(step, `${host}: ${r.id} → ${stepId}`).toBeDefined();
        // Running the step must re-judge this very check: it is among the step's verify or fixes.
        expect([...(step?.verify ?? []), ...(step?.fixes ?? [])], `${host}: ${r.id} → ${stepId}`).toContain(JUDGED_AS[r.id] ?? r.id);
        named.set(r.id, stepId);
      }
    }
    expect(Object.fromEntries(named)).toMatchObject({
      'preflight.vmp': 'windows.vmp',
      'preflight.wsl-feature': 'windows.wsl-feature',
      'wsl.installed': 'wsl.install',
      'wsl.version': 'wsl.update',
      'wsl.kernel': 'wsl.update',
      'wsl.default-version': 'wsl.default-version',
      'wsl.distro': 'distro.install',
    });
  });
});
