import { on } from '../ipc/client.js';
import type { AppStore } from './index.js';
import type { OutputChannel } from './output-channel.js';
import { SeqTracker } from './seq-tracker.js';

/**
 * The one subscriber to contract events. Engine state and run exits go to the store; output
 * goes to the terminal through `output` (never the store). Returns a function that unsubscribes.
 */
export function connectBridge(store: AppStore, output: OutputChannel): () => void {
  const seq = new SeqTracker();
  const offs = [
    on('engine:state', (view) => store.getState().setEngine(view)),
    on('setup:state', (view) => store.getState().setSetupRun(view)),
    on('run:output', (event) => {
      const gap = seq.see(event.runId, event.seq);
      if (gap) store.getState().noteGap(gap.runId, gap.from, gap.to);
      output.push(event);
    }),
    on('run:exit', (event) => {
      // Batches announced by the exit but never received are a gap at the tail.
      const seen = seq.seen(event.runId);
      if (event.batches > seen) store.getState().noteGap(event.runId, seen, event.batches - 1);
      store.getState().runExited(event);
    }),
  ];
  return () => offs.forEach((off) => off());
}
