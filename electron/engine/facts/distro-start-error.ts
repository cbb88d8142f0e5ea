import type { ToolError } from '../../contract/facts.js';
import { extractWslError } from '../../host/wsl/error-token.js';
import type { Capture } from '../model.js';
import { notRunReason } from '../run-probes.js';
import { captureText } from './capture-text.js';
import { toolErrorFrom } from './tool-error-from.js';

/** How the runner records a run it stopped (deadline, idle, cancel): a slow boot is reported on its own. */
const STOPPED = 'stopped:';

/**
 * What wsl.exe printed when it could not start the distro for the in-distro probe (the boot
 * allowance, `wsl.exe [-d D] -u root --exec /bin/true`), as a tool error the WSL error catalog
 * reads by its code (`HCS_E_HYPERV_NOT_INSTALLED`, `Wsl/…/0x803b0017`), never by its localized
 * words. Null when the distro started, when the boot was not run or ran out of time (a slow
 * boot, not an error), and when wsl.exe started the distro but `/bin/true` itself failed: only
 * output that carries a wsl.exe error token (or wsl.exe's own exit −1) is a start failure.
 * Pure.
 */
export function distroStartError(boot: Capture | undefined): ToolError | null {
  if (boot === undefined || notRunReason(boot) !== null || boot.launchError?.startsWith(STOPPED) === true) return null;
  if (boot.launchError !== null) return toolErrorFrom(boot, boot.launchError);
  if (boot.exitCode === 0) return null;
  const text = captureText(boot);
  if (extractWslError(text, boot.exitCode ?? undefined) === null) return null;
  return toolErrorFrom(boot, text);
}
