import { createSimulatedPc, userFolders, type SimulatedPc } from '../sim/machine.js';
import type { StartStateName } from '../sim/start-states.js';

/**
 * A simulated PC ready for the bridge: its Windows user's LocalAppData (distro exports) and the
 * app's journal (XDG_STATE_HOME on a simulated host) live inside the machine's folder, so
 * disposing the machine removes everything the run wrote. The demo and the setup walk share it.
 */
export async function bridgeMachine(state: StartStateName): Promise<SimulatedPc> {
  const pc = await createSimulatedPc(state);
  return { ...pc, env: { ...pc.env, ...userFolders(pc.dir) } };
}

/**
 * What Windows starts after the simulated PC's latest restart: the app with `--resume` when its
 * RunOnce value carried it. Handed to the next app host only (one launch per restart).
 */
export function launchArgsAfterRestart(pc: SimulatedPc): string[] {
  const now = pc.state();
  const ran = now.ranAtRestart.filter((r) => r.restart === now.restarts);
  return ran.some((r) => r.data.includes('--resume')) ? ['--resume'] : [];
}
