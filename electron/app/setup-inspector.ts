import type { DiagnoseReport } from '../contract/checks.js';
import type { Msg } from '../contract/messages.js';
import type { HostInfo } from '../contract/platform.js';
import type { SetupChoices } from '../contract/setup.js';
import { diagnoseHost } from '../engine/diagnose.js';
import { defaultInDistro, defaultPlan, type InDistroOptions } from '../engine/plan/default-plan.js';
import type { VerifyChecks } from '../engine/setup/ports.js';
import { DEFAULT_DISTRO } from '../engine/steps/distro/names.js';
import { venvPath } from '../engine/steps/packages/target.js';
import { verifyChecksWith } from '../engine/verify-checks.js';
import type { ExecRunnerLike } from '../runner/runner.js';
import { createProbeContext, loadCheckReference } from './create-engine.js';

export interface SetupInspection {
  diagnose(): Promise<DiagnoseReport>;
  verify: VerifyChecks;
  /** Every check's title by id (a run's before → after statuses name checks by id). */
  checkTitles?: Record<string, Msg>;
}

/**
 * How the setup looks at the machine for a person's choices: the collector goes into the distro
 * the setup installs or reuses (not whatever WSL's default is) and judges the venv the app
 * manages for that user first, so a stack's verify sees the stack it installed.
 */
export function createSetupInspector(options: {
  env: NodeJS.ProcessEnv;
  host: HostInfo;
  exec: ExecRunnerLike;
  log?: (line: string) => void;
  probeScriptDir?: string;
  now?: () => Date;
}): (choices: SetupChoices) => SetupInspection {
  const reference = loadCheckReference(options.log);
  const ctx = createProbeContext(options.env, options.exec, options.host);
  const now = options.now ?? (() => new Date());
  return (choices) => {
    const inDistro: InDistroOptions = {
      ...defaultInDistro(options.host.platform),
      ...(options.host.platform === 'windows' ? { distro: choices.distro ?? DEFAULT_DISTRO } : {}),
      ...(choices.user ? { python: `${venvPath(choices.user)}/bin/python` } : {}),
      ...(options.probeScriptDir ? { scriptDir: options.probeScriptDir } : {}),
    };
    const plan = defaultPlan(inDistro, reference);
    return {
      diagnose: async () => (await diagnoseHost(plan, ctx, now)).report,
      verify: verifyChecksWith(plan, ctx),
      checkTitles: Object.fromEntries(plan.checks.map((c) => [c.id, c.title])),
    };
  };
}
