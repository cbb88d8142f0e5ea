import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

/**
 * The simulated Windows PC's state: one JSON file (`state.json`) in the machine folder that every
 * fake tool reads and, when a command changes the machine, replaces atomically. The distro
 * entries carry the in-distro state object of test/sim/distro (opaque here: it is theirs).
 */

/** Windows optional-feature state as the sim models it (domain.md §1.3/§1.4). */
export const featureStateSchema = z.enum(['disabled', 'enable-pending', 'enabled']);
export type FeatureState = z.infer<typeof featureStateSchema>;

export const FEATURES = ['VirtualMachinePlatform', 'Microsoft-Windows-Subsystem-Linux'] as const;
export type FeatureName = (typeof FEATURES)[number];

/**
 * The WSL that answers as wsl.exe: `stub` = only the inbox stub of a PC where WSL was never set
 * up; `inbox` = the old inbox WSL (optional component, no package, no `--version`); `package` =
 * the Store/MSI package of that version.
 */
export const wslSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stub') }),
  z.object({ kind: z.literal('inbox') }),
  z.object({ kind: z.literal('package'), version: z.string().regex(/^\d+\.\d+\.\d+\.\d+$/u) }),
]);
export type SimWsl = z.infer<typeof wslSchema>;

export const distroEntrySchema = z.object({
  name: z.string().min(1),
  /** HKCU Lxss key name (a GUID in braces). */
  id: z.string(),
  version: z.union([z.literal(1), z.literal(2)]),
  running: z.boolean(),
  /** test/sim/distro's state object (JSON). */
  state: z.unknown(),
});
export type SimDistro = z.infer<typeof distroEntrySchema>;

/** A call that hangs: the fake records it, then never exits (cancel and kill tests). */
export const hangFaultSchema = z.object({ tool: z.string(), argsPrefix: z.array(z.string()) });

/** A recorded wsl.exe error, by its fixture stem under test/fixtures (`.utf-8.txt`, and `-crlf.utf-16le.txt` where recorded). */
export const distroStartFaultSchema = z.object({ recording: z.string().regex(/^host\/wsl\/error\/[0-9]{2}-[A-Za-z-]+$/u) });

export const simStateSchema = z.object({
  schema: z.literal(1),
  /** The start state this machine began as (for logs and the demo). */
  startState: z.string(),
  windows: z.object({
    caption: z.string(),
    build: z.number().int(),
    ubr: z.number().int(),
    displayVersion: z.string(),
    editionId: z.string(),
    /** Display language of Windows and so of wsl.exe's own messages. */
    language: z.enum(['en', 'ja']),
  }),
  /**
   * The sections of the inventory that describe hardware and the user (`os` is built from
   * `windows`): cpu name and architecture, computer, disk, identity, gpus, hypervisorLaunchType,
   * wslconfig, in the script's PascalCase shape (copied from a fixture inventory).
   */
  hardware: z.record(z.string(), z.unknown()),
  virtualization: z.object({ firmwareEnabled: z.boolean() }),
  features: z.object({ VirtualMachinePlatform: featureStateSchema, 'Microsoft-Windows-Subsystem-Linux': featureStateSchema }),
  pendingReboot: z.object({
    /** HKLM\…\Component Based Servicing\RebootPending exists. */
    cbsRebootPending: z.boolean(),
    /** HKCU\…\Lxss\InstallStatus (volatile): its default value, or null when absent. */
    wslInstallStatus: z.string().nullable(),
  }),
  wsl: wslSchema,
  /** The Microsoft Store can be reached (company policy or network may block it). */
  storeReachable: z.boolean(),
  /** HKCU Lxss DefaultVersion; null when never set. */
  defaultVersion: z.union([z.literal(1), z.literal(2)]).nullable(),
  defaultDistro: z.string().nullable(),
  distros: z.array(distroEntrySchema),
  /** Recorded nvidia-smi.exe answers (test/fixtures/scenarios/nvidia-smi/<name>.*); null = no NVIDIA driver. */
  nvidiaSmi: z.string().nullable(),
  /** Reachability answer (test/fixtures/host/powershell/reachability/<name>.json). */
  network: z.string(),
  /** HKCU\…\RunOnce values: name → data. */
  runOnce: z.record(z.string(), z.string()),
  /** RunOnce values a restart ran (and deleted), in order. */
  ranAtRestart: z.array(z.object({ name: z.string(), data: z.string(), restart: z.number().int() })),
  /** `shutdown.exe /r /t N` with N > 0 waiting for its countdown; null when none. */
  restartRequested: z.object({ seconds: z.number().int() }).nullable(),
  /** Restarts applied so far. */
  restarts: z.number().int(),
  faults: z.object({
    hang: z.array(hangFaultSchema),
    /**
     * Starting any distro (`wsl.exe … --exec …`) fails with this recorded wsl.exe error, e.g.
     * `host/wsl/error/13-en` (HCS_E_HYPERV_NOT_INSTALLED): printed byte for byte from the
     * recording in the encoding wsl.exe would use, exit -1. Absent: distros start as the state says.
     */
    distroStart: distroStartFaultSchema.optional(),
  }),
});
export type SimState = z.infer<typeof simStateSchema>;

export const STATE_FILE = 'state.json';
export const CALLS_FILE = 'calls.jsonl';

/** One recorded call: never the stdin content (it may be a password), only whether there was any. */
export interface SimCall {
  tool: string;
  args: string[];
  stdin: boolean;
}

export function readState(dir: string): SimState {
  return simStateSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, STATE_FILE), 'utf8')));
}

/** Replaces state.json atomically (write to a temporary file, then rename). */
export function writeState(dir: string, state: SimState): void {
  writeFileAtomic.sync(path.join(dir, STATE_FILE), JSON.stringify(simStateSchema.parse(state), null, 1) + '\n');
}

export function appendCall(dir: string, call: SimCall): void {
  fs.appendFileSync(path.join(dir, CALLS_FILE), JSON.stringify(call) + '\n');
}

/**
 * The calls recorded so far. A tool may be appending its line while this reads (a watcher reads
 * on every change): only lines ended by their newline are complete, so a torn last one waits for
 * the next read.
 */
export function readCalls(dir: string): SimCall[] {
  const file = path.join(dir, CALLS_FILE);
  if (!fs.existsSync(file)) return [];
  return completeLines(fs.readFileSync(file, 'utf8')).map((l) => JSON.parse(l) as SimCall);
}

/** The newline-terminated, non-empty lines of `text` (a last line without its newline is still being written). */
export function completeLines(text: string): string[] {
  const lines = text.split('\n');
  lines.pop();
  return lines.filter(Boolean);
}

/** The hypervisor runs: firmware virtualization on and the Virtual Machine Platform active. */
export function hypervisorRuns(state: SimState): boolean {
  return state.virtualization.firmwareEnabled && state.features.VirtualMachinePlatform === 'enabled';
}

/** A restart is pending: a feature waits for it, or a WSL/CBS signal says so. */
export function rebootPending(state: SimState): boolean {
  return state.pendingReboot.cbsRebootPending || state.pendingReboot.wslInstallStatus !== null || Object.values(state.features).includes('enable-pending');
}
