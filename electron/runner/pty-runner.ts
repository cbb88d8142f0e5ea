import { spawn as spawnPty, type IPty } from 'node-pty';
import { STOP_GRACE_MS } from '../contract/flow.js';
import type { CommandSpec } from './command.js';
import { errorText, launchProblem, mergeEnv, silentLog, type RunnerLog } from './launch-check.js';
import { PtyRun } from './pty-run.js';
import type { PtyRunHandle } from './pty-run-handle.js';
import type { PtyRunnerLike, RunResult } from './runner.js';
import { signalTree, type StopTarget } from './stop.js';

/** Default terminal size until the view reports its own. */
export const DEFAULT_COLS = 120;
/** Default terminal rows until the view reports its own. */
export const DEFAULT_ROWS = 30;

/** Construction options for {@link PtyRunner}. */
export interface PtyRunnerOptions {
  /** Environment the spec's `env` is merged over (default `process.env`). */
  baseEnv?: NodeJS.ProcessEnv;
  log?: RunnerLog;
  /** Time between the graceful stop and the kill (default STOP_GRACE_MS). */
  graceMs?: number;
  /** The real OS, which decides how processes are stopped (default `process.platform`). */
  platform?: NodeJS.Platform;
}

export type { PtyRunHandle, PtyRunStats } from './pty-run-handle.js';

/**
 * Runs commands the user watches through node-pty: batched, flow-controlled, sequence-numbered
 * output; cancel, hard and idle timeouts through one stop path; exit reported from node-pty.
 */
export class PtyRunner implements PtyRunnerLike {
  private readonly baseEnv: NodeJS.ProcessEnv;
  private readonly log: RunnerLog;
  private readonly graceMs: number;
  private readonly platform: NodeJS.Platform;

  constructor(options: PtyRunnerOptions = {}) {
    this.baseEnv = options.baseEnv ?? process.env;
    this.log = options.log ?? silentLog;
    this.graceMs = options.graceMs ?? STOP_GRACE_MS;
    this.platform = options.platform ?? process.platform;
  }

  /** Starts `spec` in a pty. Never throws: launch failures resolve `done` with `launchError`. */
  start(spec: CommandSpec): PtyRunHandle {
    const startedAt = performance.now();
    const problem = launchProblem(spec.file, this.platform);
    if (problem) return this.failed(spec, problem, startedAt);
    let proc: IPty;
    try {
      proc = spawnPty(spec.file, [...spec.args], {
        name: 'xterm-256color',
        cols: DEFAULT_COLS,
        rows: DEFAULT_ROWS,
        cwd: spec.cwd,
        env: mergeEnv(this.baseEnv, spec.env),
        encoding: 'utf8',
      });
    } catch (error) {
      return this.failed(spec, errorText(error, spec.file), startedAt);
    }
    this.log('pty start', { label: spec.label, file: spec.file, args: spec.args, pid: proc.pid });
    const run = new PtyRun(proc, spec, this.stopTarget(proc), this.graceMs, startedAt);
    void run.done.then((r) =>
      this.log('pty exit', { label: spec.label, file: spec.file, exitCode: r.exitCode, signal: r.signal, stoppedBy: r.stoppedBy, ms: Math.round(r.durationMs) }),
    );
    return run;
  }

  private stopTarget(proc: IPty): StopTarget {
    if (this.platform === 'win32') {
      // ConPTY turns ^C into CTRL_C_EVENT (wsl.exe forwards it as SIGINT). node-pty's Windows
      // kill() takes no signal argument: passing one throws.
      return { graceful: () => proc.write('\x03'), force: () => proc.kill() };
    }
    return {
      // The pty child leads its own session and group: signal the group to reach the tree.
      graceful: () => {
        signalTree(proc.pid, 'SIGHUP');
        signalTree(proc.pid, 'SIGTERM');
      },
      force: () => signalTree(proc.pid, 'SIGKILL'),
    };
  }

  private failed(spec: CommandSpec, launchError: string, startedAt: number): PtyRunHandle {
    this.log('pty launch failed', { label: spec.label, file: spec.file, error: launchError });
    const result: RunResult = {
      exitCode: null,
      signal: null,
      stoppedBy: null,
      durationMs: performance.now() - startedAt,
      tail: '',
      outputChars: 0,
      batches: 0,
      launchError,
    };
    return {
      pid: null,
      onOutput: () => () => {},
      ack: () => {},
      input: () => {},
      resize: () => {},
      cancel: () => {},
      stats: () => ({ unacked: 0, paused: false, pauses: 0, maxUnacked: 0, batches: 0, outputChars: 0 }),
      resetFlow: () => {},
      setFlowControl: () => {},
      done: Promise.resolve(result),
    };
  }
}
