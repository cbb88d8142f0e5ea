/**
 * End-to-end terminal throughput: fake `wsl.exe --update` floods N bytes → real engine and
 * PtyRunner → WebSocket bridge → xterm.js in Chromium, acked from xterm's write callback.
 * Measures from the Run click to the moment xterm has written every character that arrived.
 *
 *   npx tsx test/bench/chromium-throughput.ts [megabytes]
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BRIDGE_CLIENT_PATH, startBridge } from '../browser/bridge-server.js';
import { buildTestRenderer } from '../browser/build-renderer.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.js';
import { base64FloodUpdateScenario } from '../browser/scenarios.js';


interface BenchHooks {
  termWritten: number;
  received: number;
  exit: { outcome: string } | null;
}

/** Details of one Chromium run. */
export interface ChromiumThroughput {
  /** Flood size in bytes (what the fake wsl.exe wrote). */
  bytes: number;
  seconds: number;
  mbPerSec: number;
  charsWritten: number;
  acks: number;
  outcome: string;
}

/** Runs the flood once and returns the details (the renderer must already be built). */
export async function runChromiumThroughput(bytes: number): Promise<ChromiumThroughput> {
  const bridge = await startBridge({ scenario: base64FloodUpdateScenario(bytes) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    // Must exist before the bridge client and the app load: both only count when it does.
    await page.addInitScript('window.__benchHooks = { termWritten: 0, received: 0, exit: null };');
    await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
    await page.goto(bridge.url);
    const run = page.getByTestId('run-step');
    await run.waitFor({ state: 'visible' });
    const start = performance.now();
    await run.click();
    await page.waitForFunction(
      () => {
        const h = (globalThis as unknown as { __benchHooks: BenchHooks }).__benchHooks;
        return h.exit !== null && h.termWritten >= h.received;
      },
      undefined,
      { polling: 5, timeout: 600_000 },
    );
    const seconds = (performance.now() - start) / 1000;
    const hooks = await page.evaluate(() => (globalThis as unknown as { __benchHooks: BenchHooks }).__benchHooks);
    return {
      bytes,
      seconds,
      // Characters per second in millions, the unit measureRawPty reports (the pty turns each
      // LF into CRLF, so characters slightly exceed the flood's bytes).
      mbPerSec: hooks.termWritten / 1e6 / seconds,
      charsWritten: hooks.termWritten,
      acks: bridge.acks().count,
      outcome: hooks.exit?.outcome ?? 'none',
    };
  } finally {
    await browser.close();
    await bridge.close();
  }
}

/**
 * Builds the test renderer, floods `bytes` through the whole stack and returns the throughput
 * into xterm in millions of characters per second (≈ MB/s for this ASCII stream).
 */
export async function measureChromiumThroughput(bytes: number): Promise<number> {
  buildTestRenderer();
  return (await runChromiumThroughput(bytes)).mbPerSec;
}

/** Raw node-pty MB/s from the pty bench, when that bench exists in this checkout. */
async function rawPtyMbPerSec(bytes: number): Promise<number | null> {
  const specifier = './pty-throughput.js';
  try {
    const mod = (await import(specifier)) as { measureRawPty?: (n: number) => Promise<unknown> };
    if (!mod.measureRawPty) return null;
    const raw = await mod.measureRawPty(bytes);
    if (typeof raw === 'number') return raw;
    const r = raw as { mbPerSec?: number; mbps?: number };
    return r.mbPerSec ?? r.mbps ?? null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const mb = Number(process.argv[2] ?? '50');
  const bytes = Math.round(mb * 1e6);
  buildTestRenderer();
  const r = await runChromiumThroughput(bytes);
  console.log(
    `chromium: ${(bytes / 1e6).toFixed(1)} MB flood in ${r.seconds.toFixed(2)} s = ${r.mbPerSec.toFixed(1)} MB/s ` +
      `(${r.charsWritten} chars written, ${r.acks} acks, outcome ${r.outcome})`,
  );
  const raw = await rawPtyMbPerSec(bytes);
  if (raw === null) console.log('raw node-pty: test/bench/pty-throughput.ts not available; no ratio');
  else console.log(`raw node-pty: ${raw.toFixed(1)} MB/s; ratio ${(r.mbPerSec / raw).toFixed(2)} (target >= 0.5)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
