import { powershellScriptCommand } from '../host/powershell/commands.js';
import type { CommandSpec } from '../runner/command.js';
import type { ExecResult, ExecRunnerLike } from '../runner/runner.js';
import { LAUNCH_BROKER_SCRIPT, UAC_DECLINED_EXIT } from './launch-script.js';
import type { BrokerLauncher, LaunchOutcome } from './launcher.js';

/** The UAC prompt waits for the person; give them time before calling the launch failed. */
export const LAUNCH_TIMEOUT_MS = 10 * 60 * 1000;

/** The `powershell.exe -EncodedCommand` run that raises the one UAC prompt. */
export function brokerLaunchCommand(powershellPath: string): CommandSpec {
  return powershellScriptCommand(powershellPath, LAUNCH_BROKER_SCRIPT, LAUNCH_TIMEOUT_MS, 'broker.launch');
}

/**
 * One argument quoted for a Windows command line as CommandLineToArgvW (and Chromium) split it:
 * backslashes are literal except before a quote, where they are doubled.
 */
export function quoteWindowsArg(arg: string): string {
  if (arg !== '' && !/[\s"]/u.test(arg)) return arg;
  let out = '"';
  let backslashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      backslashes += 1;
      continue;
    }
    out += ch === '"' ? `${'\\'.repeat(backslashes * 2 + 1)}"` : `${'\\'.repeat(backslashes)}${ch}`;
    backslashes = 0;
  }
  return `${out}${'\\'.repeat(backslashes * 2)}"`;
}

/** What the script reads on stdin. */
export function brokerLaunchRequest(file: string, args: readonly string[]): string {
  return JSON.stringify({ file, arguments: args.map(quoteWindowsArg).join(' ') });
}

/** The launch script's result: started, declined (exit 1223) or failed. */
export function launchOutcomeOf(result: ExecResult): LaunchOutcome {
  if (result.launchError !== null) return { kind: 'failed', reason: result.launchError };
  if (result.stoppedBy !== null) return { kind: 'failed', reason: `the elevation prompt ${result.stoppedBy === 'cancelled' ? 'was cancelled' : 'timed out'}` };
  // The elevated process is not ours to watch or stop: main's connect deadline covers it.
  if (result.exitCode === 0) return { kind: 'started', exited: null, stop: () => {} };
  if (result.exitCode === UAC_DECLINED_EXIT) return { kind: 'declined' };
  return { kind: 'failed', reason: `the elevation script exited with ${String(result.exitCode)}` };
}

/**
 * Windows: raises one UAC prompt that starts the app itself in broker mode
 * (`<exe> <prefixArgs…> --broker --pipe … --secret …`).
 */
export class WindowsBrokerLauncher implements BrokerLauncher {
  constructor(
    private readonly exec: ExecRunnerLike,
    private readonly options: { powershellPath: string; file: string; prefixArgs: readonly string[] },
  ) {}

  async launch(brokerArgs: readonly string[]): Promise<LaunchOutcome> {
    const stdin = brokerLaunchRequest(this.options.file, [...this.options.prefixArgs, ...brokerArgs]);
    return launchOutcomeOf(await this.exec.exec(brokerLaunchCommand(this.options.powershellPath), { stdin }));
  }
}
