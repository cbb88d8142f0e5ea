import { fileURLToPath } from 'node:url';
import type { HostInfo } from '../contract/platform.js';
import { DirectBrokerLauncher, type BrokerLauncher } from '../broker/launcher.js';
import { PipeElevator } from '../broker/pipe-elevator.js';
import { WindowsBrokerLauncher } from '../broker/windows-launcher.js';
import { setupSteps } from '../engine/steps/registry.js';
import { createResumeRegistrar } from '../host/windows/resume-registrar.js';
import { defaultJournalDir } from '../journal/default-dir.js';
import { FileJournalStore } from '../journal/file-journal-store.js';
import type { ExecRunnerLike } from '../runner/runner.js';
import { resolveSystemTool } from '../runner/system-tools.js';
import type { SetupPorts } from './setup-service.js';

/** The CLI entry, which also hosts the broker mode (`wsl-gpu-setup broker …`). */
const CLI_ENTRY = fileURLToPath(new URL('../cli/wsl-gpu-setup.mjs', import.meta.url));

/**
 * Where a simulated Windows host says the app lives: RunOnce needs a Windows path, and a
 * simulated PC has none of its own. `WSL_GPU_SETUP_APP_EXE` overrides it.
 */
const SIMULATED_APP_EXE = 'C:\\Program Files\\WSL GPU Setup\\WSL GPU Setup.exe';

export interface SetupPortsOptions {
  exec: ExecRunnerLike;
  /** The app's own executable and the arguments before its own (Electron: `[]`; a checkout: node + the CLI entry). */
  app?: { file: string; prefixArgs: readonly string[] };
}

/**
 * The real journal, elevated broker and resume registration for this process. Null where no
 * journal folder can be named (no LOCALAPPDATA / HOME): the setup then plans but refuses to
 * apply, saying so — it never runs without a journal.
 */
export function createSetupPorts(env: NodeJS.ProcessEnv, host: HostInfo, options: SetupPortsOptions): SetupPorts | null {
  // A simulated Windows host keeps its journal where this OS keeps state (XDG_STATE_HOME in the demo and tests).
  const dir = defaultJournalDir(env, host.simulated ? (process.platform === 'win32' ? 'windows' : 'linux') : host.platform);
  if (!dir) return null;
  const app = options.app ?? { file: process.execPath, prefixArgs: [CLI_ENTRY] };
  // A real Windows host asks UAC through PowerShell; a simulated one (and Linux) starts the
  // broker directly: the same protocol over a real socket, with no elevation to ask for.
  const launcher: BrokerLauncher =
    host.platform === 'windows' && !host.simulated
      ? new WindowsBrokerLauncher(options.exec, { powershellPath: resolveSystemTool('powershell.exe', env, host), file: app.file, prefixArgs: app.prefixArgs })
      : new DirectBrokerLauncher(options.exec, app);
  const appExe = host.simulated ? (env.WSL_GPU_SETUP_APP_EXE ?? SIMULATED_APP_EXE) : process.execPath;
  return {
    journal: new FileJournalStore({ dir, knownStepIds: new Set(setupSteps.map((s) => s.id)) }),
    elevator: new PipeElevator({ launcher }),
    resume: createResumeRegistrar(host, () => ({ exec: options.exec, regExe: resolveSystemTool('reg.exe', env, host), appExe })),
  };
}
