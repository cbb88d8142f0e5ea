import type { HostInfo } from '../../contract/platform.js';
import type { ResumeRegistrar } from '../../engine/setup/ports.js';
import { outcomeOfExit, type ExitCodeTable } from '../../engine/steps/exit-table.js';
import type { ExecResult, ExecRunnerLike } from '../../runner/runner.js';
import { assertWindowsAppExe, queryResumeCommand, registerResumeCommand, unregisterResumeCommand } from './commands.js';

/**
 * The one-shot resume after a restart: a per-user RunOnce entry that starts the app with
 * `--resume` at the next logon (commands.ts has the argv and the sources). The run id is not in
 * the entry: the journal holds it, and the app reads the journal when it resumes.
 */

/** reg.exe add/delete: 0 success, 1 failure (Microsoft `reg` docs). Its text is localized: never read. */
export const REG_EXE_EXIT_CODES: ExitCodeTable = { codes: { 0: 'ok', 1: 'failed' }, otherwise: 'failed' };

/** reg.exe query: 0 the value exists, 1 it does not (or cannot be read). */
const REG_QUERY_EXISTS: ExitCodeTable = { codes: { 0: 'ok' }, otherwise: 'failed' };

export class ResumeRegistrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResumeRegistrationError';
  }
}

export interface WindowsResumeRegistrarOptions {
  exec: ExecRunnerLike;
  /** Resolved reg.exe (resolveSystemTool). */
  regExe: string;
  /** The app's own executable, started by Windows at logon. */
  appExe: string;
}

function describeEnd(r: ExecResult): string {
  if (r.launchError) return `could not start reg.exe (${r.launchError})`;
  if (r.stoppedBy) return `reg.exe stopped (${r.stoppedBy})`;
  return `reg.exe exit code ${r.exitCode ?? 'none'}`;
}

function succeeded(r: ExecResult, table: ExitCodeTable): boolean {
  return r.launchError === null && r.exitCode !== null && outcomeOfExit(table, r.exitCode) === 'ok';
}

export class WindowsResumeRegistrar implements ResumeRegistrar {
  constructor(private readonly options: WindowsResumeRegistrarOptions) {
    // Refuse a bad path when the registrar is made, not at the moment a restart is due.
    assertWindowsAppExe(options.appExe);
  }

  async register(_runId: string): Promise<void> {
    const r = await this.options.exec.exec(registerResumeCommand(this.options.regExe, this.options.appExe));
    if (!succeeded(r, REG_EXE_EXIT_CODES)) throw new ResumeRegistrationError(`Could not register the resume after restart: ${describeEnd(r)}`);
  }

  /**
   * Idempotent: removing an entry that is already gone (Windows ran it, or a second call) is
   * success. reg.exe answers 1 both for "no such value" and for real failures, so a failed
   * delete is followed by a query: only a value that is still there makes this fail.
   */
  async unregister(): Promise<void> {
    const deleted = await this.options.exec.exec(unregisterResumeCommand(this.options.regExe));
    if (succeeded(deleted, REG_EXE_EXIT_CODES)) return;
    if (deleted.launchError === null && deleted.exitCode !== null) {
      const query = await this.options.exec.exec(queryResumeCommand(this.options.regExe));
      const stillThere = succeeded(query, REG_QUERY_EXISTS);
      const gone = query.launchError === null && query.exitCode === 1;
      if (!stillThere && gone) return;
    }
    throw new ResumeRegistrationError(`Could not remove the resume entry: ${describeEnd(deleted)}`);
  }
}

/**
 * Native Linux: no setup step there needs a restart (no Windows features, no WSL install), so
 * there is nothing to resume after one. An XDG autostart entry would open a GUI installer at a
 * desktop login, surprising on a workstation and useless on a headless box; a crash is picked up
 * from the journal the next time the person starts the app.
 */
export class NoResumeRegistrar implements ResumeRegistrar {
  readonly reason = 'native Linux: no step needs a restart, so no resume entry is written';

  register(_runId: string): Promise<void> {
    return Promise.resolve();
  }

  unregister(): Promise<void> {
    return Promise.resolve();
  }
}

/** The registrar for this host: RunOnce on Windows (real or simulated), none elsewhere. */
export function createResumeRegistrar(host: HostInfo, windows: () => WindowsResumeRegistrarOptions): ResumeRegistrar {
  return host.platform === 'windows' ? new WindowsResumeRegistrar(windows()) : new NoResumeRegistrar();
}
