import path from 'node:path';
import { z } from 'zod';
import { msg } from '../../../contract/messages.js';
import type { SetupStep, StepContext } from '../model.js';
import { windowsExitTable } from '../windows-exit-codes.js';
import { nextActionAfter, support } from '../windows/next-actions.js';
import { wslSetupSpec } from '../windows/wsl-spec.js';
import { distroNameSchema } from './names.js';
import { chosenDistro, distroExists } from './params.js';

/** An export file name: one path segment, ends in `.tar`, nothing that reads as an option or a folder. */
export const EXPORT_FILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.tar$/;

export const exportParams = z.object({ distro: distroNameSchema, fileName: z.string().regex(EXPORT_FILE_PATTERN).refine((f) => !f.includes('..')) }).strict();
export type ExportParams = z.infer<typeof exportParams>;

/** The app's data folder on Windows (per user, like the distros themselves). */
const DATA_FOLDER = 'wsl-gpu-setup';

/**
 * Where the export goes: `%LOCALAPPDATA%\wsl-gpu-setup\<file>`. The folder comes from the
 * environment, never from params, so the file can only land there; LOCALAPPDATA must be an
 * absolute drive path. A simulated Windows host (the demo, tests) keeps its user's folders in
 * the machine's own folder, an absolute POSIX path: the export lands there.
 */
export function exportPath(ctx: StepContext, fileName: string): string {
  const base = ctx.env.LOCALAPPDATA ?? '';
  if (!EXPORT_FILE_PATTERN.test(fileName)) throw new RangeError('distro.export: not an export file name');
  if (ctx.host.simulated && path.posix.isAbsolute(base) && path.posix.normalize(base) === base) return path.posix.join(base, DATA_FOLDER, fileName);
  if (!/^[A-Za-z]:\\/.test(base)) throw new RangeError('distro.export: LOCALAPPDATA is not an absolute drive path');
  return path.win32.join(base, DATA_FOLDER, fileName);
}

/**
 * `wsl --export D <file>`: a copy of an existing distro before the setup changes it (rollback,
 * reliability §2.3). Only when asked for (`exportBeforeChange`) and only for a distro that exists.
 */
export const exportStep: SetupStep<ExportParams> = {
  id: 'distro.export',
  stageId: 'distro',
  title: msg('setup.step.distro.export.title'),
  description: msg('setup.step.distro.export.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro'],
  params: exportParams,
  defaultParams: (facts, choices) => {
    const distro = chosenDistro(choices);
    return choices.exportBeforeChange === true && distroExists(facts, distro) ? { distro, fileName: `${distro}-before-setup.tar` } : null;
  },
  preconditions: ['wsl.distro'],
  // Nothing proves a backup but the file itself: the step runs whenever it is planned.
  verify: [],
  fixes: [],
  commands: [{ id: 'wsl-export', build: (ctx, p) => wslSetupSpec(ctx, 'distro.export', ['--export', p.distro, exportPath(ctx, p.fileName)], 'long'), exitCodes: windowsExitTable(['success', 'wslFailure']) }],
  elevation: 'user',
  reboot: 'never',
  // Local copy, no download; a 2 GB base system (domain.md §1.5) takes a minute or two [est].
  estimate: { downloadBytes: 0, seconds: 120 },
  nextAction: (outcome, tail) => nextActionAfter(outcome, tail, () => support('distro.export', tail)),
};
