/**
 * Pty throughput benchmark (a script, not a test): `npx tsx test/bench/pty-throughput.ts [MB]`.
 * (a) raw node-pty throughput, (b) the same flood through PtyRunner's batching and flow control
 * into a consumer that acks like xterm, (c) this process's peak memory growth during (b).
 * Each measurement is exported so other bench scripts can reuse it.
 */
import { spawn as spawnPty } from 'node-pty';
import { pathToFileURL } from 'node:url';
import { ACK_BLOCK_CHARS } from '../../electron/contract/flow.js';
import { PtyRunner } from '../../electron/runner/pty-runner.js';

/** Result of one throughput run. */
export interface ThroughputResult {
  /** Source bytes fed to base64 (the pty delivers ≈1.37× that in characters). */
  sourceBytes: number;
  chars: number;
  ms: number;
  /** Characters per second, in millions (≈ MB/s for this ASCII stream). */
  mbPerSec: number;
  /** onData calls (raw) or batches (runner). */
  events: number;
}

/** Peak growth over the starting point, in MB. */
export interface MemoryResult {
  rssGrowthMb: number;
  heapGrowthMb: number;
}

/** The flood: `bytes` zero bytes, base64-encoded (76-char lines), written to the pty. */
function floodArgs(bytes: number): string[] {
  return ['-c', `head -c ${Math.floor(bytes)} /dev/zero | base64`];
}

function result(sourceBytes: number, chars: number, ms: number, events: number): ThroughputResult {
  return { sourceBytes, chars, ms, mbPerSec: chars / 1e6 / (ms / 1000), events };
}

/** (a) Raw node-pty: count characters in onData until exit. */
export function measureRawPty(bytes: number): Promise<ThroughputResult> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const p = spawnPty('/bin/sh', floodArgs(bytes), { name: 'xterm-256color', cols: 120, rows: 30, encoding: 'utf8' });
    let chars = 0;
    let calls = 0;
    p.onData((d) => {
      chars += d.length;
      calls++;
    });
    p.onExit(() => resolve(result(bytes, chars, performance.now() - t0, calls)));
  });
}

/** Samples `process.memoryUsage()` every 50 ms and reports the peak growth. */
export function startMemorySampler(): () => MemoryResult {
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  return () => {
    clearInterval(timer);
    sample();
    return { rssGrowthMb: (peakRss - base.rss) / 1e6, heapGrowthMb: (peakHeap - base.heapUsed) / 1e6 };
  };
}

/**
 * (b) + (c) Through PtyRunner to an in-process consumer that, like xterm's write callback feeding
 * VS Code's ack bufferer, credits output in 5,000-char blocks one macrotask after receiving it.
 */
export async function measureRunnerThroughput(bytes: number): Promise<ThroughputResult & MemoryResult & { pauses: number }> {
  const stopSampling = startMemorySampler();
  const t0 = performance.now();
  const handle = new PtyRunner().start({
    file: '/bin/sh',
    args: floodArgs(bytes),
    encoding: 'utf-8',
    timeoutMs: 300_000,
    expectedExitCodes: [0],
    label: 'bench.flood',
  });
  let pendingAck = 0;
  handle.onOutput((batch) => {
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
  const ms = performance.now() - t0;
  return { ...result(bytes, r.outputChars, ms, r.batches), ...stopSampling(), pauses: handle.stats().pauses };
}

/** (c) alone: peak memory growth of this process during a flood through PtyRunner. */
export async function measureRunnerMemory(bytes: number): Promise<MemoryResult> {
  const { rssGrowthMb, heapGrowthMb } = await measureRunnerThroughput(bytes);
  return { rssGrowthMb, heapGrowthMb };
}

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? 200);
  const bytes = (Number.isFinite(mb) && mb > 0 ? mb : 200) * 1e6;
  const raw = await measureRawPty(bytes);
  const runner = await measureRunnerThroughput(bytes);
  const row = (name: string, r: ThroughputResult): string =>
    `${name.padEnd(10)} ${(r.chars / 1e6).toFixed(1).padStart(9)} ${(r.ms / 1000).toFixed(2).padStart(8)} ${r.mbPerSec.toFixed(1).padStart(7)} ${String(r.events).padStart(9)}`;
  console.log(`source ${mb} MB of zeros | base64 through a pty (${process.platform}, node ${process.version})`);
  console.log(`${'path'.padEnd(10)} ${'MChars'.padStart(9)} ${'seconds'.padStart(8)} ${'MB/s'.padStart(7)} ${'events'.padStart(9)}`);
  console.log(row('raw', raw));
  console.log(row('runner', runner));
  console.log(`pauses=${runner.pauses}`);
  console.log(`ratio=${(runner.mbPerSec / raw.mbPerSec).toFixed(2)} (runner/raw throughput, target >= 0.5)`);
  console.log(`rss_growth_mb=${runner.rssGrowthMb.toFixed(1)} heap_growth_mb=${runner.heapGrowthMb.toFixed(1)} (target <= 100)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
