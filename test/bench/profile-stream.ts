/**
 * Where the terminal stream spends its time: runs the Chromium throughput flood once with a CPU
 * profile, from the first output to the flood's end (not the step's start), of the page (over CDP) and of this Node process (the bridge, engine and runner, over
 * node:inspector), and prints each side's busy share and its top functions by self time.
 * A side that is mostly idle is waiting on the other (the ack window against the round trip);
 * a side that is busy shows which work limits the stream.
 *
 *   npx tsx test/bench/profile-stream.ts [megabytes]
 */
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { buildTestRenderer } from '../browser/build-renderer.js';
import { runChromiumThroughput } from './chromium-throughput.js';
import { floodSize, inOrderText, throughputText } from './figures.js';

/** The parts of a V8 CPU profile (Profiler.stop) this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** One line of the summary: a function and its self time. */
export interface HotFunction {
  name: string;
  selfMs: number;
  share: number;
}

/** A profile reduced to its busy share and its hottest functions. */
export interface ProfileSummary {
  totalMs: number;
  /** Share of samples not in V8's `(idle)` node. */
  busyShare: number;
  top: HotFunction[];
}

/** Self time per function (name + file + line), from the profile's samples and their deltas. */
export function summarizeProfile(profile: CpuProfile, topN = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  let idle = 0;
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i] as number);
    // A sample's time is the gap to the next one.
    const us = deltas[i + 1] ?? 0;
    if (!frame) continue;
    total += us;
    if (frame.functionName === '(idle)') idle += us;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + us);
  }
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topN)
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: total > 0 ? us / total : 0 }));
  return { totalMs: total / 1000, busyShare: total > 0 ? 1 - idle / total : 0, top };
}

function print(side: string, s: ProfileSummary): void {
  console.log(`${side}: ${s.totalMs.toFixed(0)} ms sampled, busy ${(s.busyShare * 100).toFixed(0)} %`);
  for (const f of s.top) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.selfMs.toFixed(0).padStart(6)} ms  ${f.name}`);
}

async function main(): Promise<void> {
  const bytes = Math.round(Number(process.argv[2] ?? '30') * 1e6);
  buildTestRenderer();
  const node = new Session();
  node.connect();
  let pageProfile: CpuProfile | null = null;
  let nodeProfile: CpuProfile | null = null;
  const r = await runChromiumThroughput(bytes, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await node.post('Profiler.enable');
    await node.post('Profiler.start');
    return async () => {
      pageProfile = (await cdp.send('Profiler.stop')).profile;
      nodeProfile = (await node.post('Profiler.stop')).profile;
    };
  });
  node.disconnect();
  console.log(`chromium: ${floodSize(bytes)} streamed in ${r.seconds.toFixed(2)} s = ${throughputText(r)}, ${r.acks} acks, ${inOrderText(bytes, r.verdict)}`);
  if (pageProfile) print('page (renderer main thread)', summarizeProfile(pageProfile));
  if (nodeProfile) print('node (bridge + engine + runner)', summarizeProfile(nodeProfile));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
