import { msg } from '../../contract/messages.js';
import { wslUpdateCommand } from '../../host/wsl/commands.js';
import type { Step } from '../model.js';
import { classifyInstallerExit } from './exit-codes.js';

/**
 * `wsl --update`: installs the current WSL package. wsl.exe elevates the MSI itself (UAC), so the
 * app does not need admin rights. It exits 0 also when the MSI asked for a restart, and passes
 * 3010/1641 through on the paths that do: both are mapped, never guessed from the output text.
 */
export const wslUpdateStep: Step = {
  id: 'wsl.update',
  stageId: 'wsl',
  title: msg('step.wsl.update.title'),
  description: msg('step.wsl.update.description'),
  platforms: ['windows'],
  needsAdmin: false,
  rebootOnSuccess: false,
  verifyCheck: 'wsl.version',
  action: (ctx) => wslUpdateCommand(ctx.tool('wsl.exe')),
  classify: (exitCode) => classifyInstallerExit(exitCode),
};
