/**
 * `npm run bench`: prints the figures the issues ask for, with their targets. Not a test: the
 * numbers depend on the machine and its load, so they are printed, not asserted. Every flood is
 * verified on arrival (whole, in order) and a figure from a run that was not is INVALID; ratios
 * compare runs of the same flood size only; memory is measured in a fresh process.
 *   BENCH_PTY_MB (default 200), BENCH_CHROMIUM_MB (default 50) size the floods.
 */
import os from 'node:os';
import { measureChromiumThroughput } from './chromium-throughput.js';
import { measureDiagnoseLatency } from './diagnose-latency.js';
import { measureExplain } from './explain-time.js';
import { floodSize, inOrderText, ratioText, throughputText } from './figures.js';
import { measurePlanTime } from './plan-time.js';
import { measureProbeWallTime } from './probe-walltime.js';
import { measureRawPty, measureRunnerThroughput } from './pty-throughput.js';
import { measureRunnerMemory } from './runner-memory.js';
import { measureWindowsVerifies } from './verify-after-step.js';

const MB = 1_000_000;
const ptyBytes = Math.round(Number(process.env.BENCH_PTY_MB ?? 200) * MB);
const chromiumBytes = Math.round(Number(process.env.BENCH_CHROMIUM_MB ?? 50) * MB);
const fmt = (n: number, d = 1) => n.toFixed(d);
const row = (what: string, figure: string, target = '') => console.log(`${what.padEnd(64)} ${figure.padStart(14)}  ${target}`);
const note = (text: string) => console.log(`${' '.repeat(4)}${text}`);

console.log(`WSL GPU Setup benchmarks — node ${process.version}, ${new Date().toISOString()}`);
console.log(`${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at start`);
console.log('Floods: numbered 60-byte lines (seq | head -c), verified whole and in order where they arrive.\n');

const raw = await measureRawPty(ptyBytes);
row(`raw node-pty, ${floodSize(ptyBytes)} flood`, throughputText(raw));
note(inOrderText(ptyBytes, raw.verdict));
const runner = await measureRunnerThroughput(ptyBytes);
row(`PtyRunner batching + flow control, acking consumer, ${floodSize(ptyBytes)}`, throughputText(runner));
note(inOrderText(ptyBytes, runner.verdict));
row(`  ratio runner / raw (both ${floodSize(ptyBytes)})`, ratioText(runner, raw), 'target ≥ 0.5');
console.log(`ratio=runner/raw ${ratioText(runner, raw)}`);

const chromium = await measureChromiumThroughput(chromiumBytes);
row(`into xterm.js in Chromium via the bridge, ${floodSize(chromiumBytes)} flood (stream)`, throughputText(chromium));
note(inOrderText(chromiumBytes, chromium.verdict));
row('  from the Run click (adds the admin step\'s start: the elevated helper)', `${fmt(chromium.totalMbPerSec)} MB/s`);
note(`step start ${fmt(chromium.startSeconds, 2)} s, stream ${fmt(chromium.seconds, 2)} s`);
// The ratio's denominator is a raw run of the same size, not the pty flood above.
const rawSameSize = chromiumBytes === ptyBytes ? raw : await measureRawPty(chromiumBytes);
row(`raw node-pty, ${floodSize(chromiumBytes)} flood (the Chromium ratio's base)`, throughputText(rawSameSize));
note(inOrderText(chromiumBytes, rawSameSize.verdict));
row(`  ratio chromium / raw (both ${floodSize(chromiumBytes)})`, ratioText(chromium, rawSameSize), 'target ≥ 0.5');
console.log(`ratio=chromium/raw ${ratioText(chromium, rawSameSize)}`);

const memory = await measureRunnerMemory(ptyBytes);
const memoryValid = memory.verdict.inOrder;
row(`peak memory growth, ${floodSize(ptyBytes)} flood through PtyRunner (RSS)`, memoryValid ? `${fmt(memory.rssGrowthMb)} MB` : 'INVALID', 'target ≤ 100 MB');
row('  heap', memoryValid ? `${fmt(memory.heapGrowthMb)} MB` : 'INVALID');
note(`fresh process, baseline right after a forced GC; ${inOrderText(ptyBytes, memory.verdict)}`);

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

const planTime = await measurePlanTime();
row(`plan on the simulated fresh PC (${planTime.steps} of ${planTime.registry} steps planned), median of ${planTime.runs}`, `${fmt(planTime.medianMs, 2)} ms`, 'target ≤ 50 ms');
row('  slowest plan of those runs', `${fmt(planTime.maxMs, 2)} ms`);

for (const v of await measureWindowsVerifies()) {
  row(`verify after ${v.stepId} (${v.checkIds.join(', ')}: ${Object.values(v.statuses).join(', ')}), median of ${v.runs}`, `${fmt(v.verifyMs, 0)} ms`);
  note(`simulated ${v.machine}; ${v.commands} probe command(s), ${v.inDistroCommands} into the distro: ${v.commandList.join(' | ')}`);
  row(`  slowest probe alone (${v.slowestProbe})`, `${fmt(v.slowestProbeMs, 0)} ms`);
  row('  verify / slowest probe', fmt(v.ratio, 2), 'target ≤ 1.2');
  row(`  its ${v.commands} probe command(s) started together once, on ${v.cores} core(s)`, `${fmt(v.roundMs, 0)} ms`);
  row('  verify / that one round (what the engine adds)', fmt(v.ratioToRound, 2));
  console.log(`ratio=verify-after-${v.stepId}/slowest-probe ${fmt(v.ratio, 2)}`);
  console.log(`ratio=verify-after-${v.stepId}/one-round ${fmt(v.ratioToRound, 2)}`);
}

const explain = measureExplain();
row(`explain a 1 MB pasted apt output (cause: ${explain.cause ?? 'unknown'}), median of ${explain.runs}`, `${fmt(explain.medianMs, 1)} ms`, 'target ≤ 100 ms');
row('  slowest of those runs', `${fmt(explain.maxMs, 1)} ms`);
row('  1 MB it does not recognise (every rule tried), median', `${fmt(explain.unknownMedianMs, 1)} ms`);
row('explain accuracy on the real outputs (outcome and cause)', explain.accuracyText, `target ≥ ${explain.target * 100} %, 0 wrong outcomes`);
row('  wrong outcomes claimed', String(explain.accuracy.wrongOutcomes.length));
