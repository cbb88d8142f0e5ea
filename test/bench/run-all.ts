/**
 * `npm run bench`: prints the figures the issues ask for, with their targets. Not a test: the
 * numbers depend on the machine and its load, so they are printed, not asserted.
 *   BENCH_PTY_MB (default 200), BENCH_CHROMIUM_MB (default 50) size the floods.
 */
import { measureChromiumThroughput } from './chromium-throughput.js';
import { measureDiagnoseLatency } from './diagnose-latency.js';
import { measureProbeWallTime } from './probe-walltime.js';
import { measureRawPty, measureRunnerMemory, measureRunnerThroughput } from './pty-throughput.js';

const MB = 1_000_000;
const ptyBytes = Number(process.env.BENCH_PTY_MB ?? 200) * MB;
const chromiumBytes = Number(process.env.BENCH_CHROMIUM_MB ?? 50) * MB;
const fmt = (n: number, d = 1) => n.toFixed(d);
const row = (what: string, figure: string, target = '') => console.log(`${what.padEnd(58)} ${figure.padStart(14)}  ${target}`);

console.log(`WSL GPU Setup benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);

const raw = await measureRawPty(ptyBytes);
row(`raw node-pty, ${ptyBytes / MB} MB base64 flood`, `${fmt(raw.mbPerSec)} MB/s`);
const runner = await measureRunnerThroughput(ptyBytes);
row('PtyRunner batching + flow control, in-process acking consumer', `${fmt(runner.mbPerSec)} MB/s`);
row('  ratio to raw', fmt(runner.mbPerSec / raw.mbPerSec, 2), 'target ≥ 0.5');
console.log(`ratio=runner/raw ${fmt(runner.mbPerSec / raw.mbPerSec, 2)}`);
const chromium = await measureChromiumThroughput(chromiumBytes);
row(`into xterm.js in Chromium via the bridge, ${chromiumBytes / MB} MB`, `${fmt(chromium)} MB/s`);
row('  ratio to raw', fmt(chromium / raw.mbPerSec, 2), 'target ≥ 0.5');
console.log(`ratio=chromium/raw ${fmt(chromium / raw.mbPerSec, 2)}`);
const memory = await measureRunnerMemory(200 * MB);
row('peak memory growth, 200 MB flood through PtyRunner (RSS)', `${fmt(memory.rssGrowthMb)} MB`, 'target ≤ 100 MB');
row('  heap', `${fmt(memory.heapGrowthMb)} MB`);

const latency = await measureDiagnoseLatency(800);
row(`full diagnose, every fake tool 800 ms (${latency.probes} probes)`, `${fmt(latency.totalMs, 0)} ms`);
row(`  slowest chain (${latency.slowestChain.join(' → ')})`, `${fmt(latency.slowestMs, 0)} ms`);
row('  total / slowest chain', fmt(latency.ratio, 2), 'target ≤ 1.2');
console.log(`ratio=diagnose/slowest-chain ${fmt(latency.ratio, 2)}`);
row('wsl.exe round trips in a full diagnose', String(latency.wslRoundTrips));
row('  of which for all in-distro checks', String(latency.inDistroRoundTrips), 'target 1');
row('  of which the boot allowance before them', String(latency.bootRoundTrips), 'target 1');

for (const bench of [false, true]) {
  const p = await measureProbeWallTime(bench);
  row(`in-distro probe --target local${bench ? ' --bench' : ''} (cuda: ${p.cudaStatus}, bench: ${p.benchStatus ?? 'not asked'})`, `${fmt(p.wallMs, 0)} ms`, bench ? 'target ≤ 15 s' : 'target ≤ 3 s');
}
