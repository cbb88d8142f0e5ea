import os from 'node:os';
import type { BundleContent } from '../bundle/bundle-files.js';
import type { DiagnoseReport } from '../contract/checks.js';
import type { HostInfo } from '../contract/platform.js';
import type { CaptureMap } from '../engine/model.js';
import { collectIdentity } from '../redact/identity.js';
import { createRedactor } from '../redact/redactor.js';
import { createTranslator } from './engine-translator.js';
import { reportToJson } from './report-json.js';

/**
 * What a diagnostics bundle holds for one diagnose: the captures, the report (as the engine's
 * object and as `diagnose --json` in English — bundles are read by support staff), the probe
 * runner's log lines, and the redactor for this user. One builder for `wsl-gpu-setup bundle`
 * and the Support panel, so both bundles are the same.
 */
export async function bundleContentOf(o: { captures: CaptureMap; report: DiagnoseReport; logLines: string[]; version: string; host: HostInfo; env: NodeJS.ProcessEnv; createdAt?: Date }): Promise<BundleContent> {
  const english = await createTranslator('en');
  return {
    captures: o.captures,
    report: o.report,
    reportJson: reportToJson(o.report, english),
    logs: [{ name: 'diagnose', lines: o.logLines }],
    app: { name: 'wsl-gpu-setup', version: o.version },
    platform: o.host,
    translate: english,
    redactor: createRedactor(collectIdentity(o.env, os)),
    createdAt: o.createdAt ?? new Date(),
  };
}
