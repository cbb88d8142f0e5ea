/**
 * Shared pieces of the in-distro process tests: a diagnose through the real runner against a
 * fake System32, and a bundle written and read back so a replay can be compared with the live run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProbeContext } from '../../../electron/app/create-engine.js';
import { readBundle } from '../../../electron/bundle/read-bundle.js';
import { writeBundle } from '../../../electron/bundle/write-bundle.js';
import type { DiagnoseReport } from '../../../electron/contract/checks.js';
import { diagnoseHost, reportFrom } from '../../../electron/engine/diagnose.js';
import type { CaptureMap } from '../../../electron/engine/model.js';
import type { Plan } from '../../../electron/engine/plan/default-plan.js';
import { createRedactor } from '../../../electron/redact/redactor.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import { CANARY_IDENTITY } from '../../unit/redact/canaries.js';
import { translate } from '../bundle/bundle-helpers.js';
import type { FakeScenario, FakeSystemRoot } from '../../fakes/system-root.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';

export const CREATED_AT = new Date('2026-01-02T03:04:05.000Z');

/** Runs the plan's probes against the fakes of `scenario` (the host acts as Windows). */
export async function diagnoseFake(scenario: FakeScenario, plan: Plan, fakes: FakeSystemRoot[]): Promise<{ fake: FakeSystemRoot; captures: CaptureMap; report: DiagnoseReport }> {
  const fake = makeFakeSystemRoot(scenario);
  fakes.push(fake);
  const env = { ...process.env, ...fake.env };
  const ctx = createProbeContext(env, new ExecRunner({ baseEnv: env }));
  const { captures, report } = await diagnoseHost(plan, ctx, () => CREATED_AT);
  return { fake, captures, report };
}

/** Writes the captures as a bundle, reads it back and judges the read captures: the replay. */
export async function replayed(captures: CaptureMap, report: DiagnoseReport, plan: Plan): Promise<DiagnoseReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-replay-'));
  try {
    const out = path.join(dir, 'bundle.zip');
    const written = await writeBundle({ out, captures, report, reportJson: report, app: { name: 'wsl-gpu-setup', version: 'test' }, platform: { platform: 'windows', simulated: true }, translate, redactor: createRedactor(CANARY_IDENTITY), createdAt: CREATED_AT });
    if (!written.ok) throw new Error(written.error.message);
    const read = await readBundle(out);
    if (!read.ok) throw new Error(read.error.message);
    return reportFrom(read.value.manifest.platform, read.value.captures, plan.checks, CREATED_AT);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The live report as a bundle shows it: the bundle's captures are redacted (e.g. `/home/<user>/`
 * in an interpreter path), so a replay equals the live report after the same redaction.
 */
export function asRedacted(report: DiagnoseReport): DiagnoseReport {
  return createRedactor(CANARY_IDENTITY).redactJsonValue(report).value as DiagnoseReport;
}
