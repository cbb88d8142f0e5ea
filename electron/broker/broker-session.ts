import { randomUUID } from 'node:crypto';
import type { CommandResult, ElevatedSession } from '../engine/setup/ports.js';
import type { RunnerLog } from '../runner/launch-check.js';
import { OutputTail } from '../runner/output-tail.js';
import type { FrameConnection } from './frame-connection.js';
import { issuesSummary, mainFrameSchema, type BrokerFrame, type RefusalCode } from './protocol.js';

/**
 * Prefixes of `CommandResult.launchError` for runs the broker did not carry to an exit code, so
 * the interpreter can tell them apart without reading prose: the broker refused the request
 * (nothing ran), or the session was lost (the broker died, the pipe broke, a bad frame).
 */
export const BROKER_REFUSED = 'broker-refused';
export const BROKER_LOST = 'broker-lost';

/** How a broker-side failure reads, from a result's `launchError`; null for an ordinary result. */
export function brokerFailureOf(result: CommandResult): { kind: 'refused' | 'lost'; detail: string } | null {
  const text = result.launchError ?? '';
  for (const [prefix, kind] of [
    [BROKER_REFUSED, 'refused'],
    [BROKER_LOST, 'lost'],
  ] as const) {
    if (text.startsWith(`${prefix}: `)) return { kind, detail: text.slice(prefix.length + 2) };
  }
  return null;
}

/** How long `close()` waits for the broker to stop its runs and hang up. */
const CLOSE_TIMEOUT_MS = 10_000;

interface PendingRun {
  onOutput: (data: string) => void;
  resolve: (result: CommandResult) => void;
  startedAt: number;
  tail: OutputTail;
}

/** An open, authenticated broker connection (see pipe-elevator.ts). */
export class BrokerSession implements ElevatedSession {
  private readonly pending = new Map<string, PendingRun>();
  private lost: string | null = null;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly connection: FrameConnection<BrokerFrame>,
    private readonly dispose: () => void,
    private readonly stopBroker: () => void,
    private readonly log: RunnerLog,
  ) {
    connection.attach(
      (frame) => this.onFrame(frame),
      (why) => this.lose(this.closing ? 'the session was closed' : `the elevated helper is gone (${why})`),
    );
  }

  run(request: { stepId: string; commandId: string; params: Record<string, unknown> }, onOutput: (data: string) => void): Promise<CommandResult> {
    const startedAt = performance.now();
    if (this.lost !== null || this.closing) return Promise.resolve(lostResult(this.lost ?? 'the session was closed', startedAt, ''));
    // A request the broker would read as a protocol violation must not cost the whole session.
    const frame = mainFrameSchema.safeParse({ type: 'run', requestId: randomUUID(), stepId: request.stepId, commandId: request.commandId, params: request.params });
    if (!frame.success || frame.data.type !== 'run') return Promise.resolve(refusedResult('bad-request', frame.success ? 'not a run' : issuesSummary(frame.error), startedAt));
    const run = frame.data;
    return new Promise((resolve) => {
      this.pending.set(run.requestId, { onOutput, resolve, startedAt, tail: new OutputTail() });
      this.connection.send(run);
    });
  }

  cancel(): void {
    for (const requestId of this.pending.keys()) this.connection.send({ type: 'cancel', requestId });
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    if (this.lost === null) {
      // The broker stops what still runs, reports it and hangs up; a broker that does not is killed where we can.
      this.connection.send({ type: 'close' });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hungUp = await Promise.race([
        this.connection.closed().then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS))),
      ]);
      clearTimeout(timer);
      if (!hungUp) {
        this.stopBroker();
        this.connection.destroy();
      }
    }
    this.lose('the session was closed');
    this.dispose();
  }

  private onFrame(frame: BrokerFrame): void {
    if (frame.type === 'hello') return this.connection.destroy();
    if (frame.type === 'error' && frame.requestId === null) return this.lose(`the elevated helper reported ${frame.code}: ${frame.message}`);
    const requestId = frame.requestId ?? '';
    const run = this.pending.get(requestId);
    if (!run) return;
    if (frame.type === 'output') {
      run.tail.push(frame.data);
      try {
        run.onOutput(frame.data);
      } catch {
        // A faulty consumer must not break the session.
      }
      return;
    }
    this.pending.delete(requestId);
    if (frame.type === 'error') {
      this.log('broker refused a run', { code: frame.code });
      run.resolve(refusedResult(frame.code, frame.message, run.startedAt));
      return;
    }
    run.resolve({ exitCode: frame.exitCode, tail: frame.tail, durationMs: frame.durationMs, launchError: frame.launchError, stoppedBy: frame.stoppedBy });
  }

  /** Every run still waiting ends with the reason; later runs end at once with it. */
  private lose(reason: string): void {
    if (this.lost !== null) return;
    this.lost = reason;
    if (this.pending.size > 0) this.log('broker session lost', { reason, runs: this.pending.size });
    for (const run of this.pending.values()) run.resolve(lostResult(reason, run.startedAt, run.tail.text()));
    this.pending.clear();
  }
}

function refusedResult(code: RefusalCode, message: string, startedAt: number): CommandResult {
  return { exitCode: null, tail: '', durationMs: performance.now() - startedAt, launchError: `${BROKER_REFUSED}: ${code}: ${message}`, stoppedBy: null };
}

function lostResult(reason: string, startedAt: number, tail: string): CommandResult {
  return { exitCode: null, tail, durationMs: performance.now() - startedAt, launchError: `${BROKER_LOST}: ${reason}`, stoppedBy: null };
}
