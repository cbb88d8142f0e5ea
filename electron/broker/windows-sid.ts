import { powershellScriptCommand } from '../host/powershell/commands.js';
import type { CommandSpec } from '../runner/command.js';
import type { ExecRunnerLike } from '../runner/runner.js';
import type { SidReader } from './identity.js';

/**
 * The SID of the account this process runs as, from .NET's WindowsIdentity (the process token),
 * printed bare: no localized text, unlike `whoami /user`'s table. Main and the broker read it
 * the same way, so what is compared is like with like.
 */
export const CURRENT_SID_SCRIPT = `$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
[Console]::Out.Write([System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value)
`;

export function currentSidCommand(powershellPath: string): CommandSpec {
  return powershellScriptCommand(powershellPath, CURRENT_SID_SCRIPT, 30_000, 'identity.sid');
}

/** A SID from the script's output, or null when the output is not exactly one. Pure. */
export function parseSid(stdout: Buffer): string | null {
  const text = stdout.toString('utf8').trim();
  return /^S-1-\d+(-\d+){1,14}$/u.test(text) ? text : null;
}

/** A SidReader that runs the script through the given runner. */
export function windowsSidReader(exec: ExecRunnerLike, powershellPath: string): SidReader {
  return async () => {
    const r = await exec.exec(currentSidCommand(powershellPath));
    return r.exitCode === 0 ? parseSid(r.stdout) : null;
  };
}
