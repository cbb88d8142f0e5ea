import fs from 'node:fs';
import path from 'node:path';
import type { CheckResult, Readiness } from '../../../../electron/contract/checks.js';
import type { DistroFacts } from '../../../../electron/contract/distro-facts.js';
import type { Facts, NvidiaFacts } from '../../../../electron/contract/facts.js';
import { gpuChainChecks } from '../../../../electron/engine/checks/gpu-chain/index.js';
import { evaluateChecks } from '../../../../electron/engine/evaluate-checks.js';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import type { Capture } from '../../../../electron/engine/model.js';
import { readinessFrom } from '../../../../electron/engine/readiness.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');

/** A `distro.probe` capture whose stdout is the document bytes, as the runner records it. */
export function probeCapture(stdout: Buffer, via: 'wsl' | 'local'): Capture {
  const argv = via === 'wsl' ? ['C:\\Windows\\System32\\wsl.exe', '-u', 'root', '--exec', '/bin/sh', '-s', '--'] : ['/bin/sh', '-s', '--'];
  return { probe: 'distro.probe', argv, exitCode: 0, stdout, stderr: Buffer.alloc(0), encoding: 'utf-8', durationMs: 900, launchError: null };
}

/** What one scenario produced. */
export interface ScenarioRun {
  distro: DistroFacts | null;
  results: CheckResult[];
  byId: Map<string, CheckResult>;
  readiness: Readiness;
}

/** Builds facts from a probe document file and judges the gpu chain. */
export function runScenario(file: string, options: { via?: 'wsl' | 'local'; windowsNvidia?: NvidiaFacts | null } = {}): ScenarioRun {
  const via = options.via ?? 'wsl';
  const stdout = fs.readFileSync(path.join(FIXTURES, file));
  const distro = distroFactsFrom(new Map([['distro.probe', probeCapture(stdout, via)]]));
  const facts = {
    host: { platform: via === 'wsl' ? 'windows' : 'linux', simulated: false },
    windows: null,
    windowsHost: null,
    wsl: null,
    nvidia: options.windowsNvidia ?? null,
    gpus: null,
    distro,
  } as Facts;
  const results = evaluateChecks(gpuChainChecks(CHECK_REFERENCE), facts);
  return { distro, results, byId: new Map(results.map((r) => [r.id, r])), readiness: readinessFrom(results) };
}

/** `id → status` of every result, for compact assertions. */
export function statuses(run: ScenarioRun): Record<string, string> {
  return Object.fromEntries(run.results.map((r) => [r.id, r.status]));
}

/** The evidence values of one check, joined. */
export function evidenceText(run: ScenarioRun, id: string): string {
  return (run.byId.get(id)?.evidence ?? []).map((e) => `${e.label.key}=${e.value}`).join('\n');
}
