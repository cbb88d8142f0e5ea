/**
 * Pty throughput benchmark (a script, not a test): `npx tsx test/bench/pty-throughput.ts [MB]`.
 * (a) raw node-pty throughput, (b) the same flood through PtyRunner's batching and flow control
 * into a consumer that acks like xterm, (c) PtyRunner's peak memory growth, measured in a fresh
 * process (runner-memory.ts). Each run verifies the flood arrived whole and in order; a figure
 * from a run that did not is printed as INVALID.
 */
import { spawn as spawnPty } from 'node-pty';
import { pathToFileURL } from 'node:url';
import { ACK_BLOCK_CHARS } from '../../electron/contract/flow.js';
import { PtyRunner } from '../../electron/runner/pty-runner.js';
import { type ThroughputFigure, floodSize, inOrderText, ratioText, throughputText } from './figures.js';
import { createFloodVerifier, floodShellArgs } from './flood-source.js';

/** Result of one throughput run. */
export interface ThroughputResult extends ThroughputFigure {
  chars: number;
  ms: number;
  /** onData calls (raw) or batches (runner). */
  events: number;
}

/**
 * Feeds a verifier and notes when the last expected character arrived: the run's clock stops
 * there (the producer lingers before exiting); a run that never completes is timed to its exit
 * and is invalid anyway.
 */
function timedVerifier(bytes: number) {
  const verifier = createFloodVerifier(bytes);
  const t0 = performance.now();
  let completedAt: number | null = null;
  return {
    push(data: string): void {
      verifier.push(data);
      if (completedAt === null && verifier.complete()) completedAt = performance.now();
    },
    result(sourceBytes: number, events: number): ThroughputResult {
      const ms = (completedAt ?? performance.now()) - t0;
      const verdict = verifier.result();
      return { sourceBytes, chars: verdict.chars, ms, mbPerSec: verdict.chars / 1e6 / (ms / 1000), events, verdict };
    },
  };
}

/** (a) Raw node-pty: verify and count characters in onData until exit. */
export function measureRawPty(bytes: number): Promise<ThroughputResult> {
  return new Promise((resolve) => {
    const timed = timedVerifier(bytes);
    const p = spawnPty('/bin/sh', floodShellArgs(bytes), { name: 'xterm-256color', cols: 120, rows: 30, encoding: 'utf8' });
    let calls = 0;
    p.onData((d) => {
      timed.push(d);
      calls++;
    });
    p.onExit(() => resolve(timed.result(bytes, calls)));
  });
}

/**
 * (b) Through PtyRunner to an in-process consumer that, like xterm's write callback feeding
 * VS Code's ack bufferer, credits output in 5,000-char blocks one macrotask after receiving it.
 */
export async function measureRunnerThroughput(bytes: number): Promise<ThroughputResult & { pauses: number }> {
  const timed = timedVerifier(bytes);
  const handle = new PtyRunner().start({
    file: '/bin/sh',
    args: floodShellArgs(bytes),
    encoding: 'utf-8',
    timeoutMs: 300_000,
    label: 'bench.flood',
  });
  let pendingAck = 0;
  handle.onOutput((batch) => {
    timed.push(batch.data);
    const n = batch.data.length;
    setImmediate(() => {
      pendingAck += n;
      while (pendingAck >= ACK_BLOCK_CHARS) {
        handle.ack(ACK_BLOCK_CHARS);
        pendingAck -= ACK_BLOCK_CHARS;
      }
    });
  });
  const r = await handle.done;
  return { ...timed.result(bytes, r.batches), pauses: handle.stats().pauses };
}

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? 200);
  const bytes = Math.round((Number.isFinite(mb) && mb > 0 ? mb : 200) * 1e6);
  const raw = await measureRawPty(bytes);
  const runner = await measureRunnerThroughput(bytes);
  const row = (name: string, r: ThroughputResult): string =>
    `${name.padEnd(10)} ${(r.chars / 1e6).toFixed(1).padStart(9)} ${(r.ms / 1000).toFixed(2).padStart(8)} ${throughputText(r).padStart(10)} ${String(r.events).padStart(9)}  ${inOrderText(bytes, r.verdict)}`;
  console.log(`${floodSize(bytes)} flood of numbered lines through a pty (${process.platform}, node ${process.version})`);
  console.log(`${'path'.padEnd(10)} ${'MChars'.padStart(9)} ${'seconds'.padStart(8)} ${'MB/s'.padStart(10)} ${'events'.padStart(9)}`);
  console.log(row('raw', raw));
  console.log(row('runner', runner));
  console.log(`pauses=${runner.pauses}`);
  console.log(`ratio=${ratioText(runner, raw)} (runner/raw throughput, both ${floodSize(bytes)}, target >= 0.5)`);
  // Loaded here, not at the top: runner-memory's child imports this file.
  const { measureRunnerMemory } = await import('./runner-memory.js');
  const memory = await measureRunnerMemory(bytes);
  console.log(
    `fresh process, baseline after forced GC: rss_growth_mb=${memory.rssGrowthMb.toFixed(1)} heap_growth_mb=${memory.heapGrowthMb.toFixed(1)} (target <= 100), ${inOrderText(bytes, memory.verdict)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
