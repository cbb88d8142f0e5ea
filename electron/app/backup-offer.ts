import type { BackupOffer, SetupPlan } from '../contract/setup.js';

/** The step that exports an existing distro before the setup changes it. */
export const EXPORT_STEP_ID = 'distro.export';

/**
 * "Back up <distro> first": offered when the plan changes a distro that already exists. Pure.
 *
 * `withExport` is the same plan made with `exportBeforeChange: true`; it holds `distro.export`
 * only when the step's own rule finds the chosen distro on this machine (a distro the plan
 * installs has nothing to back up). A plan whose steps are all Windows-side touches no distro,
 * so nothing is offered then — unless these choices already ask for it (the box stays, ticked,
 * so it can be unticked).
 */
export function backupOffer(plan: SetupPlan, withExport: SetupPlan): BackupOffer | undefined {
  const exportStep = withExport.steps.find((s) => s.stepId === EXPORT_STEP_ID);
  if (!exportStep) return undefined;
  const chosen = plan.choices.exportBeforeChange === true;
  const touchesDistro = plan.steps.some((s) => s.stageId !== 'windows' && s.stepId !== EXPORT_STEP_ID);
  if (!touchesDistro && !chosen) return undefined;
  // `wsl --export <distro> <file>`: the file is the argument after the distro, exactly as it will run.
  const argv = exportStep.commands[0]?.argv ?? [];
  const at = argv.indexOf('--export');
  const distro = exportStep.params.distro;
  const path = at >= 0 ? argv[at + 2] : undefined;
  if (typeof distro !== 'string' || path === undefined || argv[at + 1] !== distro) return undefined;
  return { distro, path, chosen };
}
