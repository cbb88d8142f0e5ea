import type { RunOutputEvent } from '../../electron/contract/run.js';

/** Receives terminal output; the terminal view is the one sink. */
export type OutputSink = (event: RunOutputEvent) => void;

/**
 * Carries `run:output` from the bridge to the terminal view without touching the store, so
 * terminal bytes never cause renders. Events that arrive while no view is attached are held
 * and replayed on attach; the runner's flow control bounds them (no acks, no more output).
 */
export class OutputChannel {
  private sink: OutputSink | null = null;
  private held: RunOutputEvent[] = [];

  /** Delivers one batch to the sink, or holds it until a sink attaches. */
  push(event: RunOutputEvent): void {
    if (this.sink) this.sink(event);
    else this.held.push(event);
  }

  /** Attaches the sink (replaying held batches); returns the detach function. */
  attach(sink: OutputSink): () => void {
    this.sink = sink;
    const held = this.held;
    this.held = [];
    for (const e of held) sink(e);
    return () => {
      if (this.sink === sink) this.sink = null;
    };
  }
}
