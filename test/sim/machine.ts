import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyRestart } from './restart.js';
import { startState, type StartStateName } from './start-states.js';
import { readCalls, readState, writeState, type SimCall, type SimState } from './state.js';
import { toolEntry } from './tool-bundle.js';
import { syncToolFiles } from './tool-files.js';

/** A simulated Windows PC in a folder: its fake System32 and its state file. */
export interface SimulatedPc {
  dir: string;
  /** Environment that makes the app use this PC's tools and act as Windows. */
  env: Record<string, string>;
  state(): SimState;
  /** Changes the state (switch a fault on, remove a driver…) between calls. */
  update(change: (state: SimState) => void): void;
  /** Every call the tools received, in order. */
  calls(): SimCall[];
  /** Restarts the PC (pending features apply, RunOnce values run once). */
  restart(): void;
  dispose(): void;
}

/** The environment the app reads (electron/runner/system-tools.ts, electron/host/platform.ts). */
export function simEnv(dir: string): Record<string, string> {
  return { WSL_GPU_SETUP_SYSTEM_ROOT: dir, WSL_GPU_SETUP_PLATFORM: 'windows' };
}

/** Creates the simulated Windows user's folders in the machine's folder and returns their environment. */
export function userFolders(dir: string): { LOCALAPPDATA: string; XDG_STATE_HOME: string } {
  const localAppData = path.join(dir, 'LocalAppData');
  // The app's data folder there exists as on Windows, where the journal is written to it before any step runs
  // (here the journal lives under XDG_STATE_HOME): `wsl --export` writes a distro's backup into it.
  fs.mkdirSync(path.join(localAppData, 'wsl-gpu-setup'), { recursive: true });
  return { LOCALAPPDATA: localAppData, XDG_STATE_HOME: path.join(dir, 'state') };
}

/** The tool entry the wrappers of `dir` run (recorded in each wrapper). */
function entryOf(dir: string): string {
  const wrapper = fs.readFileSync(path.join(dir, 'wsl.exe'), 'utf8');
  return (JSON.parse(/exec "[^"]*" ("[^"]*")/u.exec(wrapper)?.[1] ?? '""') as string) || '';
}

function save(dir: string, state: SimState, entry: string): void {
  writeState(dir, state);
  syncToolFiles(dir, state, entry);
}

/** Writes a machine into `dir` (created when missing). */
export async function writeMachine(dir: string, state: SimState): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  save(dir, state, await toolEntry());
}

/** Restarts the machine in `dir` (for tests and the demo; `shutdown.exe /r /t 0` does the same). */
export function restart(dir: string): void {
  const state = readState(dir);
  applyRestart(state);
  save(dir, state, entryOf(dir));
}

export async function createSimulatedPc(start: StartStateName | SimState): Promise<SimulatedPc> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-sim-pc-'));
  await writeMachine(dir, typeof start === 'string' ? startState(start) : start);
  return {
    dir,
    env: simEnv(dir),
    state: () => readState(dir),
    update(change) {
      const state = readState(dir);
      change(state);
      save(dir, state, entryOf(dir));
    },
    calls: () => readCalls(dir),
    restart: () => restart(dir),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
