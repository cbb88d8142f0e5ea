import { spawn, type ChildProcess } from 'node:child_process';
import { EXIT_FLUSH_MAX_MS, STOP_GRACE_MS } from '../contract/flow.js';
import { CappedCapture, MAX_CAPTURE_BYTES } from './capture.js';
import type { CommandSpec } from './command.js';
import { Deadlines } from './deadlines.js';
import { errorText, launchProblem, mergeEnv, silentLog, type RunnerLog } from './launch-check.js';
import type { ExecResult, ExecRunnerLike } from './runner.js';
import { signalTree, StopController, taskkillTree, type StopTarget } from './stop.js';
import { resolveSystemTool } from './system-tools.js';

/** Construction options for {@link ExecRunner}. */
export interface ExecRunnerOptions {
  /** Environment the spec's `env` is merged over (default `process.env`). */
  baseEnv?: NodeJS.ProcessEnv;
  log?: RunnerLog;
  /** Time between the graceful stop and the kill (default STOP_GRACE_MS). */
  graceMs?: number;
  /** The real OS, which decides how processes are stopped (default `process.platform`). */
  platform?: NodeJS.Platform;
  /** Cap on each of stdout and stderr (default 16 MiB). */
  maxCaptureBytes?: number;
}

/**
 * Runs short probes with pipes (no shell, no window) and returns their raw bytes: decoding is
 * the parsers' job. Never throws or rejects: launch failures come back as `launchError`.
 */
export class ExecRunner implements ExecRunnerLike {
  private readonly baseEnv: NodeJS.ProcessEnv;
  private readonly log: RunnerLog;
  private readonly graceMs: number;
  private readonly platform: NodeJS.Platform;
  private readonly maxBytes: number;

  constructor(options: ExecRunnerOptions = {}) {
    this.baseEnv = options.baseEnv ?? process.env;
    this.log = options.log ?? silentLog;
    this.graceMs = options.graceMs ?? STOP_GRACE_MS;
    this.platform = options.platform ?? process.platform;
    this.maxBytes = options.maxCaptureBytes ?? MAX_CAPTURE_BYTES;
  }

  /** Runs `spec` to completion (or until stopped) and captures its output. */
  exec(spec: CommandSpec, options: { signal?: AbortSignal; stdin?: string | Buffer } = {}): Promise<ExecResult> {
    const startedAt = performance.now();
    const stdout = new CappedCapture(this.maxBytes);
    const stderr = new CappedCapture(this.maxBytes);
    const result = (partial: Pick<ExecResult, 'exitCode' | 'signal' | 'stoppedBy' | 'launchError'>): ExecResult => ({
      ...partial,
      stdout: stdout.bytes(),
      stderr: stderr.bytes(),
      durationMs: performance.now() - startedAt,
      truncated: stdout.truncated || stderr.truncated,
    });
    const launchFailed = (launchError: string): Promise<ExecResult> => {
      this.log('exec launch failed', { label: spec.label, file: spec.file, error: launchError });
      return Promise.resolve(result({ exitCode: null, signal: null, stoppedBy: null, launchError }));
    };
    const problem = launchProblem(spec.file, this.platform);
    if (problem) return launchFailed(problem);
    if (options.signal?.aborted) return Promise.resolve(result({ exitCode: null, signal: null, stoppedBy: 'cancelled', launchError: null }));

    let child: ChildProcess;
    try {
      child = spawn(spec.file, [...spec.args], {
        cwd: spec.cwd,
        env: mergeEnv(this.baseEnv, spec.env),
        shell: false,
        windowsHide: true,
        // Its own process group on POSIX, so a stop reaches the whole tree.
        detached: this.platform !== 'win32',
        stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
    } catch (error) {
      return launchFailed(errorText(error, spec.file));
    }
    this.log('exec start', { label: spec.label, file: spec.file, args: spec.args, pid: child.pid ?? null });

    return new Promise<ExecResult>((resolve) => {
      const stopper = new StopController(this.stopTarget(child), this.graceMs);
      const deadlines = new Deadlines((reason) => stopper.stop(reason), { timeoutMs: spec.timeoutMs, idleTimeoutMs: spec.idleTimeoutMs });
      const onAbort = (): void => stopper.stop('cancelled');
      options.signal?.addEventListener('abort', onAbort, { once: true });
      let exited: { code: number | null; signal: string | null } | null = null;
      let closeWait: ReturnType<typeof setTimeout> | null = null;
      let settled = false;
      const settle = (launchError: string | null): void => {
        if (settled) return;
        settled = true;
        stopper.exited();
        deadlines.dispose();
        if (closeWait !== null) clearTimeout(closeWait);
        options.signal?.removeEventListener('abort', onAbort);
        const r = result({ exitCode: exited?.code ?? null, signal: exited?.signal ?? null, stoppedBy: launchError ? null : stopper.reason, launchError });
        this.log('exec exit', { label: spec.label, file: spec.file, exitCode: r.exitCode, signal: r.signal, stoppedBy: r.stoppedBy, ms: Math.round(r.durationMs) });
        resolve(r);
      };
      child.stdout?.on('data', (b: Buffer) => (deadlines.activity(), stdout.push(b)));
      child.stderr?.on('data', (b: Buffer) => (deadlines.activity(), stderr.push(b)));
      child.on('error', (error) => {
        // Before spawn this is a launch failure (ENOENT, EACCES); after, a failed kill: ignore.
        if (child.pid === undefined) settle(errorText(error, spec.file));
      });
      child.on('exit', (code, signal) => {
        exited = { code, signal };
        stopper.exited();
        deadlines.dispose();
        // A grandchild holding the pipes open must not keep the probe alive forever.
        closeWait = setTimeout(() => {
          child.stdout?.destroy();
          child.stderr?.destroy();
          settle(null);
        }, EXIT_FLUSH_MAX_MS);
      });
      child.on('close', (code, signal) => {
        exited ??= { code, signal };
        settle(null);
      });
      if (options.stdin !== undefined && child.stdin) {
        // A child that exits without reading its input makes the write fail with EPIPE: harmless.
        child.stdin.on('error', () => {});
        child.stdin.end(options.stdin);
      }
    });
  }

  private stopTarget(child: ChildProcess): StopTarget {
    if (this.platform === 'win32') {
      // Windows has no polite signal for a console program without a console: kill the tree
      // (taskkill from System32), then the direct child as a fallback after the grace period.
      return {
        graceful: () => {
          if (child.pid !== undefined) taskkillTree(resolveSystemTool('taskkill.exe', this.baseEnv, { platform: 'windows', simulated: false }), child.pid);
        },
        force: () => child.kill(),
      };
    }
    return {
      graceful: () => child.pid !== undefined && signalTree(child.pid, 'SIGTERM'),
      force: () => child.pid !== undefined && signalTree(child.pid, 'SIGKILL'),
    };
  }
}
