/**
 * End-to-end terminal throughput: fake `wsl.exe --update` floods N bytes of numbered lines →
 * real engine and PtyRunner → WebSocket bridge → xterm.js in Chromium, acked from xterm's write
 * callback. The page verifies, in xterm's write order, that every character arrived in order
 * (flood-verifier.js); the clock runs from the Run click to the last expected character written.
 *
 *   npx tsx test/bench/chromium-throughput.ts [megabytes]
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
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
}

/** Details of one Chromium run. */
export interface ChromiumThroughput extends ThroughputFigure {
  seconds: number;
  charsWritten: number;
  acks: number;
  outcome: string;
}

/** Runs the flood once and returns the details (the renderer must already be built). */
export async function runChromiumThroughput(bytes: number): Promise<ChromiumThroughput> {
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
    const start = performance.now();
    await run.click();
    // The last expected character written, or the run over with nothing more to write.
    await page.waitForFunction(
      () => {
        const h = (globalThis as unknown as { __benchHooks: BenchHooks }).__benchHooks;
        return h.verifier.complete() || (h.exit !== null && h.termWritten >= h.received);
      },
      undefined,
      { polling: 5, timeout: 600_000 },
    );
    const seconds = (performance.now() - start) / 1000;
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
      return { termWritten: h.termWritten, outcome: h.exit?.outcome ?? 'none', verdict: h.verifier.result() };
    });
    return {
      sourceBytes: bytes,
      seconds,
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
    `chromium: ${floodSize(bytes)} flood in ${r.seconds.toFixed(2)} s = ${throughputText(r)} ` +
      `(${r.acks} acks, outcome ${r.outcome}), ${inOrderText(bytes, r.verdict)}`,
  );
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
