import type { IPty } from 'node-pty';
import { EXIT_FLUSH_MAX_MS, EXIT_FLUSH_QUIET_MS } from '../contract/flow.js';
import { OutputBatcher } from './batcher.js';
import type { CommandSpec } from './command.js';
import { Deadlines } from './deadlines.js';
import { FlowController } from './flow-control.js';
import { OutputTail } from './output-tail.js';
import type { PtyRunHandle, PtyRunStats } from './pty-run-handle.js';
import type { Disposer, OutputBatch, RunResult } from './runner.js';
import { StopController, type StopTarget } from './stop.js';

/** While the pty is paused, how often to check whether the child has already exited. */
const PAUSED_LIVENESS_POLL_MS = 10;

/**
 * One running pty command: wires node-pty's data and exit events to the batcher, the flow
 * counter, the tail, the deadlines and the stop path, and resolves `done` exactly once.
 */
export class PtyRun implements PtyRunHandle {
  readonly pid: number;
  readonly done: Promise<RunResult>;
  private resolveDone!: (r: RunResult) => void;
  private readonly listeners = new Set<(batch: OutputBatch) => void>();
  private readonly batcher: OutputBatcher;
  private readonly flow: FlowController;
  private readonly tail = new OutputTail();
  private readonly deadlines: Deadlines;
  private readonly stopper: StopController;
  private lastDataAt: number;
  private exit: { code: number; signal: number | null; at: number } | null = null;
  private finished = false;
  private childGone = false;
  private livenessTimer: ReturnType<typeof setTimeout> | null = null;
  private giveUpTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly proc: IPty,
    spec: CommandSpec,
    target: StopTarget,
    graceMs: number,
    private readonly startedAt: number,
  ) {
    this.pid = proc.pid;
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
    this.lastDataAt = performance.now();
    this.batcher = new OutputBatcher((batch) => this.deliver(batch));
    this.flow = new FlowController({ onPause: () => this.pausePty(), onResume: () => this.resumePty() });
    this.stopper = new StopController(
      {
        graceful: () => target.graceful(),
        force: () => {
          target.force();
          // A kill that cannot land (Windows console sweep failing) must not hang `done`.
          this.giveUpTimer = setTimeout(() => this.finish(), EXIT_FLUSH_MAX_MS);
        },
      },
      graceMs,
    );
    this.deadlines = new Deadlines((reason) => this.stopper.stop(reason), {
      timeoutMs: spec.timeoutMs,
      idleTimeoutMs: spec.idleTimeoutMs,
      isHeld: () => this.flow.isPaused,
    });
    proc.onData((data) => this.onData(data));
    proc.onExit(({ exitCode, signal }) => this.onExit(exitCode, signal));
  }

  onOutput(listener: (batch: OutputBatch) => void): Disposer {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  ack(chars: number): void {
    this.flow.ack(chars);
  }

  input(data: string): void {
    if (this.exit !== null) return;
    try {
      this.proc.write(data);
    } catch {
      // The pty closed between the check and the write.
    }
  }

  resize(cols: number, rows: number): void {
    if (this.exit !== null || !(cols >= 1 && rows >= 1)) return;
    try {
      this.proc.resize(Math.floor(cols), Math.floor(rows));
    } catch {
      // The pty closed between the check and the call.
    }
  }

  cancel(): void {
    this.stopper.stop('cancelled');
  }

  resetFlow(): void {
    this.flow.reset();
  }

  setFlowControl(enabled: boolean): void {
    this.flow.setEnabled(enabled);
  }

  stats(): PtyRunStats {
    return { ...this.flow.stats(), batches: this.batcher.batches, outputChars: this.batcher.chars };
  }

  private onData(data: string): void {
    // After `done` resolved (a kill that never produced an exit), output has nowhere to go.
    if (this.finished) return;
    this.lastDataAt = performance.now();
    this.deadlines.activity();
    this.tail.push(data);
    this.flow.produced(data.length);
    this.batcher.push(data);
    // Held output cannot be acknowledged until the view has it: once the pty is paused, waiting
    // out the batch window only idles the producer (it capped throughput at about
    // HIGH_WATERMARK_CHARS per BATCH_WINDOW_MS), so hand the batch over at once.
    if (this.flow.isPaused) this.batcher.flush();
  }

  private deliver(batch: OutputBatch): void {
    for (const listener of this.listeners) {
      try {
        listener(batch);
      } catch {
        // A faulty consumer must not break the run or the other consumers.
      }
    }
  }

  private pausePty(): void {
    if (this.childGone) return;
    this.proc.pause();
    this.pollLiveness();
  }

  private resumePty(): void {
    if (this.livenessTimer !== null) clearTimeout(this.livenessTimer);
    this.livenessTimer = null;
    // Time spent held back was not the program's silence: restart the idle clock.
    this.deadlines.activity();
    this.proc.resume();
  }

  /**
   * node-pty (Unix) destroys the socket 200 ms after the child exits if it has not closed, which
   * drops whatever a paused socket still holds. So while paused, watch for the child's exit and
   * then read the rest at once; it is bounded by the kernel's pty buffer.
   */
  private pollLiveness(): void {
    this.livenessTimer = setTimeout(() => {
      this.livenessTimer = null;
      if (!this.flow.isPaused || this.exit !== null) return;
      if (isAlive(this.pid)) return this.pollLiveness();
      this.childGone = true;
      this.proc.resume();
    }, PAUSED_LIVENESS_POLL_MS);
  }

  private onExit(exitCode: number, signal: number | undefined): void {
    const at = performance.now();
    this.exit = { code: exitCode, signal: signal ? signal : null, at };
    this.childGone = true;
    this.stopper.exited();
    this.deadlines.dispose();
    if (this.livenessTimer !== null) clearTimeout(this.livenessTimer);
    this.waitForQuiet();
  }

  /** Reports only once output has been quiet for a while, since data can trail the exit event. */
  private waitForQuiet(): void {
    if (this.finished || this.exit === null) return;
    const now = performance.now();
    const quietFor = now - this.lastDataAt;
    if (quietFor >= EXIT_FLUSH_QUIET_MS || now - this.exit.at >= EXIT_FLUSH_MAX_MS) return this.finish();
    const wait = Math.min(EXIT_FLUSH_QUIET_MS - quietFor, EXIT_FLUSH_MAX_MS - (now - this.exit.at));
    setTimeout(() => this.waitForQuiet(), Math.max(1, Math.ceil(wait)));
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.giveUpTimer !== null) clearTimeout(this.giveUpTimer);
    if (this.livenessTimer !== null) clearTimeout(this.livenessTimer);
    this.stopper.exited();
    this.deadlines.dispose();
    this.batcher.flush();
    this.batcher.dispose();
    this.resolveDone({
      exitCode: this.exit?.code ?? null,
      signal: this.exit?.signal ?? null,
      stoppedBy: this.stopper.reason,
      durationMs: performance.now() - this.startedAt,
      tail: this.tail.text(),
      outputChars: this.batcher.chars,
      batches: this.batcher.batches,
      launchError: null,
    });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
