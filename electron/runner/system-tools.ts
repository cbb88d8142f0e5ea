import path from 'node:path';
import type { HostInfo } from '../contract/platform.js';

/**
 * The one resolver for Windows system executables. Only allow-listed names resolve, and always
 * to an absolute path under `%SystemRoot%\System32`: never a bare name, never a PATH search,
 * never the current folder (a planted `wsl.exe` in the cwd must not run).
 *
 * `WSL_GPU_SETUP_SYSTEM_ROOT` replaces that folder; tests point it at a folder of fake tools
 * that replay recorded outputs.
 */
export const SYSTEM_TOOLS = ['wsl.exe', 'powershell.exe', 'nvidia-smi.exe', 'taskkill.exe', 'dism.exe', 'reg.exe', 'shutdown.exe'] as const;
export type SystemTool = (typeof SYSTEM_TOOLS)[number];

/** Environment variable naming the folder that replaces System32 (tests, simulation). */
export const SYSTEM_ROOT_ENV = 'WSL_GPU_SETUP_SYSTEM_ROOT';

/** The folder system tools are taken from. */
export function systemToolsFolder(env: NodeJS.ProcessEnv, host: HostInfo): string {
  const override = env[SYSTEM_ROOT_ENV]?.trim();
  if (override) return path.resolve(override);
  if (host.platform === 'windows') {
    const root = env.SystemRoot ?? env.SYSTEMROOT ?? env.windir;
    // A missing or relative SystemRoot would make the path depend on the cwd: use the default.
    const base = root && path.win32.isAbsolute(root) ? root : 'C:\\Windows';
    return path.win32.join(base, 'System32');
  }
  // Off Windows there is no System32; the tools only exist when a fake folder is named.
  return '/nonexistent-system32';
}

/** Absolute path of an allow-listed system tool. */
export function resolveSystemTool(tool: SystemTool, env: NodeJS.ProcessEnv, host: HostInfo): string {
  if (!(SYSTEM_TOOLS as readonly string[]).includes(tool)) {
    throw new Error(`not an allow-listed system tool: ${String(tool)}`);
  }
  const folder = systemToolsFolder(env, host);
  const usesWin32Paths = !env[SYSTEM_ROOT_ENV]?.trim() && host.platform === 'windows';
  return usesWin32Paths ? path.win32.join(folder, tool) : path.join(folder, tool);
}
