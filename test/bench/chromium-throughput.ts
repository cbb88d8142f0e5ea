/**
 * End-to-end terminal throughput: fake `wsl.exe --update` floods N bytes of numbered lines →
 * real engine and PtyRunner → WebSocket bridge → xterm.js in Chromium, acked from xterm's write
 * callback. The page verifies, in xterm's write order, that every character arrived in order
 * (flood-verifier.js). Two clocks: the stream's runs on the page from the first output received
 * to the last expected character written (the figure compared with raw node-pty, whose clock
 * also starts with its program); the whole run's from the Run click, which adds the start of
 * the step (`wsl --update` is an admin step: it launches the elevated helper, a Node process that
 * loads the CLI through tsx in a checkout, which takes seconds on a loaded machine).
 *
 *   npx tsx test/bench/chromium-throughput.ts [megabytes]
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { BRIDGE_CLIENT_PATH, startBridge } from '../browser/bridge-server.js';
import { buildTestRenderer } from '../browser/build-renderer.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.js';
import { programUpdateScenario } from '../browser/scenarios.js';
import { type ThroughputFigure, floodSize, inOrderText, ratioText, throughputText } from './figures.js';
import { FLOOD_VERIFIER_PATH, type FloodVerdict, floodShellArgs } from './flood-source.js';
import { measureRawPty } from './pty-throughput.js';

interface BenchHooks {
  termWritten: number;
  received: number;
  exit: { outcome: string } | null;
  verifier: { complete(): boolean; result(): FloodVerdict };
  /** Page clock: the first output received (bridge-client.js) and the flood complete in xterm (bench-hooks.ts). */
  firstOutputAt?: number;
  completeAt?: number;
}

/** Details of one Chromium run. `mbPerSec` is the stream's rate (see the file comment). */
export interface ChromiumThroughput extends ThroughputFigure {
  /** First output received → last expected character written. */
  seconds: number;
  /** Run click → first output received (the step's start, no part of the stream). */
  startSeconds: number;
  /** Run click → last expected character written, and the rate over that. */
  totalSeconds: number;
  totalMbPerSec: number;
  charsWritten: number;
  acks: number;
  outcome: string;
}

/**
 * Optional instrumentation of the stream (the stream profiler): called with the page once the
 * first output arrived; the function it returns runs once the flood is complete.
 */
export type AroundStream = (page: Page) => Promise<() => Promise<void>>;

/** Runs the flood once and returns the details (the renderer must already be built). */
export async function runChromiumThroughput(bytes: number, around?: AroundStream): Promise<ChromiumThroughput> {
  const bridge = await startBridge({ scenario: programUpdateScenario({ file: '/bin/sh', args: floodShellArgs(bytes) }) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    // Must exist before the bridge client and the app load: both only count when it does.
    await page.addInitScript({ path: FLOOD_VERIFIER_PATH });
    await page.addInitScript(`window.__benchHooks = { termWritten: 0, received: 0, exit: null, verifier: new FloodVerifier(${bytes}) };`);
    await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
    await page.goto(bridge.url);
    const run = page.getByTestId('run-step');
    await run.waitFor({ state: 'visible' });
    // The wizard lists every step a person can start; the flood answers `wsl --update`.
    await page.getByTestId('step-item-wsl.update').click();
    // The page runs the checks when it opens; their probes (a dozen fake-tool processes, each
    // spawn blocking the bridge's event loop) would otherwise compete with the stream.
    await checksSettled(page);
    const start = performance.now();
    await run.click();
    const afterStream = around ? await aroundFirstOutput(page, around) : null;
    // The last expected character written, or the run over with nothing more to write.
    await page.waitForFunction(
      () => {
        const h = (globalThis as unknown as { __benchHooks: BenchHooks }).__benchHooks;
        return h.verifier.complete() || (h.exit !== null && h.termWritten >= h.received);
      },
      undefined,
      { polling: 5, timeout: 600_000 },
    );
    const totalSeconds = (performance.now() - start) / 1000;
    await afterStream?.();
    // Then the exit, so characters arriving after the expected count still make the run invalid.
    await page.waitForFunction(
      () => {
        const h = (globalThis as unknown as { __benchHooks: BenchHooks }).__benchHooks;
        return h.exit !== null && h.termWritten >= h.received;
      },
      undefined,
      { polling: 50, timeout: 600_000 },
    );
    const hooks = await page.evaluate(() => {
      const h = (globalThis as unknown as { __benchHooks: BenchHooks }).__benchHooks;
      const stream = h.completeAt !== undefined && h.firstOutputAt !== undefined ? (h.completeAt - h.firstOutputAt) / 1000 : null;
      return { termWritten: h.termWritten, outcome: h.exit?.outcome ?? 'none', verdict: h.verifier.result(), stream };
    });
    // A flood that never completed has no stream clock: it is INVALID anyway (the verdict says so).
    const seconds = hooks.stream ?? totalSeconds;
    return {
      sourceBytes: bytes,
      seconds,
      startSeconds: totalSeconds - seconds,
      totalSeconds,
      totalMbPerSec: hooks.termWritten / 1e6 / totalSeconds,
      // Characters per second in millions, the unit measureRawPty reports (the pty turns each
      // LF into CRLF, so characters slightly exceed the flood's bytes).
      mbPerSec: hooks.termWritten / 1e6 / seconds,
      charsWritten: hooks.termWritten,
      acks: bridge.acks().count,
      outcome: hooks.outcome,
      verdict: hooks.verdict,
    };
  } finally {
    await browser.close();
    await bridge.close();
  }
}

/**
 * Resolves once the engine reports a finished probe round and nothing running (engine:state
 * events). A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
 */
const CHECKS_SETTLED = `new Promise((resolve) => {
  let off = () => {};
  const check = (v) => {
    if (v.phase === 'idle' && v.lastProbeAt !== null) {
      off();
      resolve();
    }
  };
  off = window.app.on('engine:state', check);
  void window.app.invoke('engine:get').then((r) => r.ok && check(r.value));
})`;

async function checksSettled(page: Page): Promise<void> {
  await page.evaluate(CHECKS_SETTLED);
}

async function aroundFirstOutput(page: Page, around: AroundStream): Promise<() => Promise<void>> {
  await page.waitForFunction(() => (globalThis as unknown as { __benchHooks: BenchHooks }).__benchHooks.received > 0, undefined, { polling: 5, timeout: 600_000 });
  return around(page);
}

/** Builds the test renderer, floods `bytes` through the whole stack and returns the run. */
export async function measureChromiumThroughput(bytes: number): Promise<ChromiumThroughput> {
  buildTestRenderer();
  return runChromiumThroughput(bytes);
}

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? '50');
  const bytes = Math.round(mb * 1e6);
  const r = await measureChromiumThroughput(bytes);
  console.log(
    `chromium: ${floodSize(bytes)} flood streamed in ${r.seconds.toFixed(2)} s = ${throughputText(r)} ` +
      `(${r.acks} acks, outcome ${r.outcome}), ${inOrderText(bytes, r.verdict)}`,
  );
  console.log(`  from the Run click: ${r.totalSeconds.toFixed(2)} s = ${r.totalMbPerSec.toFixed(1)} MB/s (step start ${r.startSeconds.toFixed(2)} s)`);
  const raw = await measureRawPty(bytes);
  console.log(`raw node-pty: ${floodSize(bytes)} flood = ${throughputText(raw)}, ${inOrderText(bytes, raw.verdict)}`);
  console.log(`ratio chromium/raw (same ${floodSize(bytes)} flood): ${ratioText(r, raw)} (target >= 0.5)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
