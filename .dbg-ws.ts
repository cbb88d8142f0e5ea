import WebSocket from 'ws';
import { startBridge } from './test/browser/bridge-server.js';
import { floodUpdateScenario } from './test/browser/scenarios.js';
const bytes = Number(process.argv[2] ?? 20e6);
const bridge = await startBridge({ scenario: floodUpdateScenario(bytes) });
const ws = new WebSocket(bridge.url.replace('http', 'ws') + 'bridge');
await new Promise((r) => ws.on('open', r));
const counts: Record<string, number> = {};
let chars = 0, pending = 0, first = 0;
const t0 = performance.now();
const done = new Promise<void>((resolve) => ws.on('message', (d) => {
  const m = JSON.parse(String(d));
  if (m.kind === 'event' && m.channel === 'run:output') {
    if (!first) first = performance.now();
    chars += m.payload.data.length; pending += m.payload.data.length;
    if (pending >= 5000) { const rel = pending - (pending % 5000); pending -= rel; ws.send(JSON.stringify({ kind: 'send', channel: 'run:ack', args: [{ runId: m.payload.runId, chars: rel }] })); }
  }
  if (m.kind === 'event') counts[m.channel] = (counts[m.channel] ?? 0) + 1;
  if (m.kind === 'event' && m.channel === 'run:exit') resolve();
}));
ws.send(JSON.stringify({ id: 1, kind: 'invoke', channel: 'step:start', args: [{ stepId: 'wsl.update' }] }));
await done;
const t1 = performance.now();
console.log(`node ws client: ${(chars / 1e6).toFixed(1)} Mchars in ${((t1 - t0) / 1000).toFixed(2)} s = ${(chars / 1e6 / ((t1 - t0) / 1000)).toFixed(1)} MB/s; first output after ${((first - t0) / 1000).toFixed(2)} s; from first ${(chars / 1e6 / ((t1 - first) / 1000)).toFixed(1)} MB/s`);
console.log(counts);
ws.close(); await bridge.close();
