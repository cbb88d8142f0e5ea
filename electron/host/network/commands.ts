import type { CommandSpec } from '../../runner/command.js';
import { powershellScriptCommand } from '../powershell/commands.js';
import { REACHABILITY_DEADLINE_MS, REACHABILITY_SCRIPT } from './reachability-script.js';

/** Label and probe id (and bundle capture id) of the reachability run. */
export const REACHABILITY_LABEL = 'network.reachability';

/**
 * The requests share one deadline; PowerShell's own start (about a second cold, more with
 * antivirus scanning the new process) and loading System.Net.Http come on top of it.
 */
export const REACHABILITY_TIMEOUT_MS = REACHABILITY_DEADLINE_MS + 10_000;

/** powershell.exe running the reachability script: one process prints one JSON object in UTF-8. */
export function reachabilityCommand(powershellPath: string): CommandSpec {
  return powershellScriptCommand(powershellPath, REACHABILITY_SCRIPT, REACHABILITY_TIMEOUT_MS, REACHABILITY_LABEL);
}
