import type { RunOutcome } from '../contract/run.js';
import { decodeToolOutput } from '../host/text/decode.js';
import type { ExecRunnerLike, PtyRunnerLike, RunHandle } from '../runner/runner.js';
import { systemClock, type Clock } from '../runner/timers.js';
import type { CommandEnd } from './setup/command-outcome.js';
import { commandOutcome } from './setup/command-outcome.js';
import type { ElevatedSession, ElevationRefusal, Elevator } from './setup/ports.js';
import { retryDelayMs } from './setup/retry.js';
import { widenSimulatedExitCode } from './setup/simulated-exit.js';
import { activeCommands } from './setup/step-commands.js';
import type { AnySetupStep, StepCommand, StepContext } from './steps/model.js';

/** Where a step's commands run: the pty the person watches, a captured process (stdin), or the elevated broker. */
export interface StepRunPorts {
  ctx: StepContext;
  pty: PtyRunnerLike;
  exec: ExecRunnerLike;
  /** The elevated broker; without it an `admin` step does not start here. */
  elevator?: Elevator;
  now?: () => number;
  /** Timers for retry backoffs (tests drive them by hand); default the system clock. */
  clock?: Clock;
}

/** How the whole step ended, as the terminal view reports it. */
export interface StepRunEnd {
  outcome: RunOutcome;
  /** The last command's exit code (null when it never started). */
  exitCode: number | null;
  durationMs: number;
  tail: string;
  batches: number;
}

/**
 * One run of a registry step started by the person (a fix button, the wizard's Run): its
 * commands in order, each judged by its own exit-code table and `refine` (the same
 * `commandOutcome` the setup uses), a failed command ending the step unless the next is its
 * `fallback`. A command that ends `retryable` (a transient network error) is tried again after
 * the same backoff the setup run waits (its RetryPolicy, setup/retry.ts); a cancel ends the wait.
 * Output is one stream with one sequence across commands; flow control, resize
 * and cancel reach whichever command runs now. Admin commands go to the broker, which takes
 * only the step id, the command id and the validated params.
 */
export class StepRun {
  readonly done: Promise<StepRunEnd>;
  private handle: RunHandle | null = null;
  private stopCurrent: (() => void) | null = null;
  private cancelled = false;
  private flowControl: boolean;
  private batches = 0;

  constructor(
    private readonly step: AnySetupStep,
    private readonly params: Record<string, unknown>,
    private readonly ports: StepRunPorts,
    private readonly onOutput: (seq: number, data: string) => void,
    flowControl: boolean,
  ) {
    this.flowControl = flowControl;
    this.done = this.run();
  }

  ack(chars: number): void {
    this.handle?.ack(chars);
  }

  resize(cols: number, rows: number): void {
    this.handle?.resize(cols, rows);
  }

  setFlowControl(enabled: boolean): void {
    this.flowControl = enabled;
    this.handle?.setFlowControl(enabled);
  }

  cancel(): void {
    this.cancelled = true;
    this.stopCurrent?.();
  }

  private async run(): Promise<StepRunEnd> {
    const now = this.ports.now ?? Date.now;
    const started = now();
    const finish = (outcome: RunOutcome, end: Pick<CommandEnd, 'exitCode' | 'tail'> | null): StepRunEnd => ({
      outcome,
      exitCode: end?.exitCode ?? null,
      durationMs: now() - started,
      tail: end?.tail ?? '',
      batches: this.batches,
    });
    let session: ElevatedSession | null = null;
    try {
      if (this.step.elevation === 'admin') {
        const opened = await this.openElevation();
        if (!opened.ok) return finish(this.cancelled ? 'cancelled' : 'failed', { exitCode: null, tail: opened.reason });
        session = opened.session;
      }
      return await this.runCommands(session, finish);
    } finally {
      if (session) await session.close().catch(() => {});
    }
  }

  private async runCommands(session: ElevatedSession | null, finish: (outcome: RunOutcome, end: CommandEnd | null) => StepRunEnd): Promise<StepRunEnd> {
    let last: CommandEnd | null = null;
    let failed = false;
    let reboot = false;
    const commands: StepCommand<Record<string, unknown>>[] = activeCommands(this.step as { commands: readonly StepCommand<Record<string, unknown>>[] }, this.ports.ctx, this.params);
    for (const command of commands) {
      // A fallback runs only after the command before it failed; a failure without one ends the step.
      if (Boolean(command.fallback) !== failed) {
        if (failed) break;
        continue;
      }
      if (this.cancelled) return finish('cancelled', last);
      let outcome: ReturnType<typeof commandOutcome>;
      for (let attempt = 1; ; attempt++) {
        last = await this.runOne(command, session);
        outcome = commandOutcome(command, last);
        const wait = outcome === 'retryable' ? retryDelayMs(command.retry, attempt) : null;
        if (wait === null || this.cancelled) break;
        await this.backoff(wait);
        if (this.cancelled) return finish('cancelled', last);
      }
      if (outcome === 'cancelled') return finish('cancelled', last);
      failed = outcome === 'failed' || outcome === 'retryable';
      reboot ||= outcome === 'reboot-required';
    }
    if (this.cancelled) return finish('cancelled', last);
    if (failed && last) return finish(last.launchError !== null ? 'launch-failed' : last.stoppedBy === 'timeout' || last.stoppedBy === 'idle-timeout' ? 'timed-out' : 'failed', last);
    return finish(reboot ? 'reboot-required' : 'ok', last);
  }

  /** Waits `ms` on the clock before a retry; cancel ends the wait at once. */
  private backoff(ms: number): Promise<void> {
    const clock = this.ports.clock ?? systemClock;
    return new Promise((resolve) => {
      const timer = clock.setTimeout(() => {
        this.stopCurrent = null;
        resolve();
      }, ms);
      this.stopCurrent = () => {
        clock.clearTimeout(timer);
        this.stopCurrent = null;
        resolve();
      };
    });
  }

  private async openElevation(): Promise<{ ok: true; session: ElevatedSession } | { ok: false; reason: string }> {
    const elevator = this.ports.elevator;
    if (!elevator) return { ok: false, reason: `${this.step.id} needs the elevated helper, which this process does not have` };
    const opened = await elevator.open().catch((e: unknown) => ({ ok: false as const, refusal: { kind: 'failed' as const, reason: e instanceof Error ? e.message : String(e) } }));
    if (!opened.ok) return { ok: false, reason: refusalText(opened.refusal) };
    if (this.cancelled) {
      await opened.session.close().catch(() => {});
      return { ok: false, reason: 'cancelled' };
    }
    return opened;
  }

  private async runOne(command: StepCommand<Record<string, unknown>>, session: ElevatedSession | null): Promise<CommandEnd> {
    const { ctx } = this.ports;
    const spec = command.build(ctx, this.params);
    let end: CommandEnd;
    if (session) {
      this.stopCurrent = () => session.cancel();
      const r = await session.run({ stepId: this.step.id, commandId: command.id, params: this.params }, (data) => this.output(data));
      end = { exitCode: r.exitCode, killedBySignal: false, stoppedBy: r.stoppedBy, launchError: r.launchError, tail: r.launchError ?? r.tail };
    } else if (command.stdin) {
      // Fed on stdin (an in-distro script): captured, since a pty would echo the script into the output.
      const abort = new AbortController();
      this.stopCurrent = () => abort.abort();
      const r = await this.ports.exec.exec(spec, { signal: abort.signal, stdin: command.stdin.text(ctx, this.params, {}) });
      const text = decodeToolOutput(Buffer.concat([r.stdout, r.stderr]), spec.encoding);
      if (text) this.output(text);
      end = { exitCode: r.exitCode, killedBySignal: r.signal !== null && r.stoppedBy === null, stoppedBy: r.stoppedBy, launchError: r.launchError, tail: r.launchError ?? text.slice(-4096) };
    } else {
      const handle = this.ports.pty.start(spec);
      this.handle = handle;
      this.stopCurrent = () => handle.cancel();
      handle.setFlowControl(this.flowControl);
      handle.onOutput((batch) => this.output(batch.data));
      const r = await handle.done;
      this.handle = null;
      // Killed by a signal nobody sent: node-pty then reports exit code 0 with the signal.
      end = { exitCode: r.exitCode, killedBySignal: r.signal !== null && r.signal !== 0 && r.stoppedBy === null, stoppedBy: r.stoppedBy, launchError: r.launchError, tail: r.launchError ?? r.tail };
    }
    this.stopCurrent = null;
    if (this.cancelled && end.stoppedBy === null) end = { ...end, stoppedBy: 'cancelled' };
    return end.exitCode === null ? end : { ...end, exitCode: widenSimulatedExitCode(ctx.host, spec, end.exitCode) };
  }

  private output(data: string): void {
    this.onOutput(this.batches++, data);
  }
}

function refusalText(refusal: ElevationRefusal): string {
  switch (refusal.kind) {
    case 'declined':
      return 'the elevation prompt was declined';
    case 'other-user':
      return `the elevated helper runs as ${refusal.elevatedAs}, not ${refusal.expected}`;
    case 'failed':
      return `the elevated helper did not start: ${refusal.reason}`;
  }
}
