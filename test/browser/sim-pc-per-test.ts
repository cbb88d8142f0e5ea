import type { SimulatedPc } from '../sim/machine.js';
import type { StartStateName } from '../sim/start-states.js';
import { type Bridge, type BridgeOptions, startBridge } from './bridge-server.js';
import { test } from './fixtures.js';
import { bridgeMachine } from './sim-machine.js';

/**
 * For each test of the enclosing describe: a fresh simulated PC in `state`, served over the
 * bridge, closed after the test. Read `pc` and `bridge` inside the test (they change per test).
 */
export function simulatedPcPerTest(state: StartStateName, options: Omit<BridgeOptions, 'machine'> = {}): { readonly pc: SimulatedPc; readonly bridge: Bridge } {
  const held = {} as { pc: SimulatedPc; bridge: Bridge };
  test.beforeEach(async () => {
    held.pc = await bridgeMachine(state);
    held.bridge = await startBridge({ ...options, machine: held.pc });
  });
  test.afterEach(async () => {
    await held.bridge.close();
  });
  return held;
}
