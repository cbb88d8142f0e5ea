/**
 * PtyRunner's peak memory growth under a flood, measured in a fresh Node process so nothing an
 * earlier bench left behind (Chromium's bridge, a previous flood's garbage, RSS that never went
 * back to the OS) counts: the child forces a GC, takes the baseline right before the flood, and
 * samples the peak until the run ends. The flood is verified, so the figure belongs to a run in
 * which every byte arrived.
 *
 *   npx tsx test/bench/runner-memory.ts [bytes]     (the parent side spawns it with --expose-gc)
 */
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { FloodVerdict } from './flood-source.js';

/** Peak growth over the baseline, in MB, and whether the flood arrived whole and in order. */
export interface MemoryResult {
  rssGrowthMb: number;
  heapGrowthMb: number;
  verdict: FloodVerdict;
}

const HERE = fileURLToPath(import.meta.url);
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs one flood of `bytes` through PtyRunner in a fresh process and returns its memory figures. */
export async function measureRunnerMemory(bytes: number): Promise<MemoryResult> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', HERE, String(bytes)], {
    cwd: REPO_ROOT,
    maxBuffer: 1 << 20,
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as MemoryResult;
}

/** The child: baseline after a forced GC, then one verified flood, then one JSON line. */
async function child(bytes: number): Promise<void> {
  // Imported here so the parent, which only spawns, never loads node-pty for this.
  const { measureRunnerThroughput } = await import('./pty-throughput.js');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc: the baseline must follow a forced GC');
  gc();
  gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const run = await measureRunnerThroughput(bytes);
  clearInterval(timer);
  sample();
  const out: MemoryResult = { rssGrowthMb: (peakRss - base.rss) / 1e6, heapGrowthMb: (peakHeap - base.heapUsed) / 1e6, verdict: run.verdict };
  console.log(JSON.stringify(out));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await child(Number(process.argv[2] ?? 200e6));
