import { parseArgs } from 'node:util';
import { startBridge } from '../browser/bridge-server.js';
import { buildTestRenderer } from '../browser/build-renderer.js';
import { bridgeMachine, launchArgsAfterRestart } from '../browser/sim-machine.js';
import { START_STATES, type StartStateName } from './start-states.js';

/**
 * `npm run demo [-- --state NAME] [--port N]`: the real UI and the real engine against a
 * simulated Windows PC, in any browser on any OS. A restart the app asks for (`shutdown.exe /r`)
 * restarts the simulated PC; the app then starts again the way Windows would start it: with the
 * arguments its RunOnce value carried (`--resume`), so the setup picks up where it stopped.
 */
const { values } = parseArgs({
  options: { state: { type: 'string', default: 'fresh-win11-rtx4070' }, port: { type: 'string', default: '0' } },
});
const state = values.state as StartStateName;
if (!START_STATES.includes(state)) {
  process.stderr.write(`unknown start state ${values.state}\nstart states: ${START_STATES.join(', ')}\n`);
  process.exit(2);
}

buildTestRenderer();
// Per-user folders of the simulated Windows user (distro exports) and the app's journal live in the machine.
const pc = await bridgeMachine(state);

// The launch after a restart gets `--resume`; a later page load is a plain start of the app.
let launchArgs: string[] = [];
const bridge = await startBridge({
  machine: pc,
  injectClient: true,
  hostOptions: () => {
    const args = launchArgs;
    launchArgs = [];
    return { launchArgs: args };
  },
  log: (line) => process.stderr.write(`${line}\n`),
  ...(values.port !== '0' ? { port: Number(values.port) } : {}),
});

// Watch for restarts: each one ends the app, and Windows starts it again from RunOnce.
let restarts = pc.state().restarts;
const watch = setInterval(() => {
  const now = pc.state();
  if (now.restarts === restarts) return;
  restarts = now.restarts;
  launchArgs = launchArgsAfterRestart(pc);
  process.stdout.write(`simulated restart ${restarts}${launchArgs.length ? ': the app starts again with --resume' : ''}\n`);
  void bridge.relaunch();
}, 500);

process.stdout.write(`WSL GPU Setup demo — simulated PC "${state}" in ${pc.dir}\nOpen ${bridge.url} (Ctrl+C ends the demo)\n`);
if (bridge.support) process.stdout.write(`Support tab: saved bundles go to ${bridge.support.exports}; put a .zip in ${bridge.support.inbox} to open it\n`);
const stop = () => {
  clearInterval(watch);
  void bridge.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
