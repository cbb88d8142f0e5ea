import type { HostInfo } from '../../contract/platform.js';
import type { CommandSpec } from '../../runner/command.js';

/** Windows exit codes the installer's tables tell apart by more than their low byte. */
const WIDE_WINDOWS_CODES = [-1, 3010, 1641, 1618, 1602, 1603] as const;

/**
 * On a simulated Windows host (WSL_GPU_SETUP_PLATFORM=windows on Linux: the demo and the
 * tests), a Windows tool is a POSIX process, and a POSIX exit status keeps 8 bits: dism.exe's
 * 3010 arrives as 194. This maps those bytes back for Windows tools only; a program run inside
 * the distro (`wsl.exe … --exec`) reports a Linux code, which is never widened. On a real host
 * (Windows or native Linux) the code is returned as it is.
 */
export function widenSimulatedExitCode(host: HostInfo, spec: Pick<CommandSpec, 'file' | 'args'>, code: number): number {
  if (!host.simulated || host.platform !== 'windows') return code;
  if (!spec.file.toLowerCase().endsWith('.exe') || spec.args.includes('--exec')) return code;
  return WIDE_WINDOWS_CODES.find((c) => (c & 0xff) === code) ?? code;
}
