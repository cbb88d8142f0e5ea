import { chromium } from 'playwright-core';
import { BRIDGE_CLIENT_PATH, startBridge } from './test/browser/bridge-server.js';
import { floodUpdateScenario } from './test/browser/scenarios.js';
const t0 = performance.now();
const lap = (s: string) => console.log(((performance.now() - t0) / 1000).toFixed(2), s);
const bridge = await startBridge({ scenario: floodUpdateScenario(Number(process.argv[2] ?? 5_000_000)), log: (l) => lap('LOG ' + l) });
lap('bridge');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
lap('launched');
const page = await browser.newPage();
page.on('console', (m) => lap('console ' + m.text()));
await page.addInitScript('window.__benchHooks = { termWritten: 0, received: 0, exit: null };');
await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
await page.goto(bridge.url); lap('goto');
await page.getByTestId('step-card').waitFor(); lap('step-card');
await page.getByTestId('run-step').click(); lap('clicked');
for (let i = 0; i < 20; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  const h = await page.evaluate(() => JSON.stringify((globalThis as any).__benchHooks));
  lap(`${h} acks=${JSON.stringify(bridge.acks())} status=${await page.getByTestId('step-status').getAttribute('data-status')}`);
  if (h.includes('"exit":{')) break;
}
await browser.close(); await bridge.close();
