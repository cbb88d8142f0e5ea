import type { HostInfo } from '../contract/platform.js';
import type { SetupPorts } from './setup-service.js';

/**
 * The real journal, elevated broker and resume registration for this process. They live in
 * electron/journal and electron/broker (built alongside this engine); until they are wired here
 * the setup can plan but refuses to apply or resume, saying so — it never runs without a journal.
 */
export function createSetupPorts(_env: NodeJS.ProcessEnv, _host: HostInfo): SetupPorts | null {
  // MERGE: return { journal: <electron/journal store>, elevator: <electron/broker elevator>, resume: <RunOnce registrar> }.
  return null;
}
