import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSetupService, type SetupOptions } from '../../../electron/app/create-setup.js';
import type { SetupService } from '../../../electron/app/setup-service.js';
import { runCli } from '../../../electron/cli/main.js';
import type { RunJournal } from '../../../electron/engine/setup/ports.js';
import { detectHost } from '../../../electron/host/platform.js';
import type { CommandSpec } from '../../../electron/runner/command.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import type { ExecRunnerLike } from '../../../electron/runner/runner.js';
import { newDistroState } from '../../sim/distro/index.js';
import type { DistroFaults, DistroState } from '../../sim/distro/state.js';
import { createSimulatedPc, type SimulatedPc } from '../../sim/machine.js';
import { bundleModule } from '../../sim/tool-bundle.js';
import { startState, type StartStateName } from '../../sim/start-states.js';
import type { SimCall, SimState } from '../../sim/state.js';

/**
 * Scenario tests drive the installer as a person or IT would: the real CLI (in-process, or as a
 * child for kill -9), the real runners, journal (a temp XDG_STATE_HOME), broker (a direct child
 * on a simulated host) and resume registrar, against the simulated Windows PC (test/sim).
 */

export const DISTRO = 'Ubuntu-24.04';
export const USER = 'taro';
/** The new Linux user's password: it may appear on a command's stdin and nowhere else. */
export const PASSWORD = 'Pw-7f3c9e-never-logged';
export const VENV = `/home/${USER}/.local/share/wsl-gpu-setup/venv`;
export const CLI_ENTRY = fileURLToPath(new URL('../../../electron/cli/wsl-gpu-setup.mjs', import.meta.url));
export const RUN_ONCE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce';
export const RESUME_VALUE = '!WslGpuSetupResume';

export interface Machine {
  pc: SimulatedPc;
  /** The app's environment: the simulated PC's tools, a journal folder of its own, English. */
  env: NodeJS.ProcessEnv;
  journalFile: string;
  dispose(): void;
}

export async function machine(start: StartStateName | SimState): Promise<Machine> {
  const pc = await createSimulatedPc(start);
  const stateHome = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-scenario-state-'));
  return {
    pc,
    env: { ...process.env, ...pc.env, XDG_STATE_HOME: stateHome, LANG: 'C', LC_ALL: 'C' },
    journalFile: path.join(stateHome, 'wsl-gpu-setup', 'journal.json'),
    dispose() {
      killLeftovers(pc.dir);
      pc.dispose();
      fs.rmSync(stateHome, { recursive: true, force: true });
    },
  };
}

/**
 * Windows set up, Ubuntu-24.04 on WSL 2 with the user, systemd and the default user configured:
 * where the package and stack scenarios start, so they do not walk the Windows part again.
 */
export function readyState(faults: Partial<DistroFaults> = {}, start: StartStateName = 'fresh-win11-rtx4070'): SimState {
  const s = startState(start);
  s.features.VirtualMachinePlatform = 'enabled';
  s.wsl = { kind: 'package', version: '2.6.3.0' };
  s.defaultVersion = 2;
  const wslConf = `[boot]\nsystemd=true\n\n[user]\ndefault=${USER}\n`;
  s.distros = [{ name: DISTRO, id: `{${crypto.randomUUID()}}`, version: 2, running: false, state: newDistroState(DISTRO, 2, { wslConf, users: [{ name: USER }], faults }) }];
  s.defaultDistro = DISTRO;
  return s;
}

/** The journal as saved (null when none was written). */
export function journalOf(m: Machine): RunJournal | null {
  if (!fs.existsSync(m.journalFile)) return null;
  return (JSON.parse(fs.readFileSync(m.journalFile, 'utf8')) as { journal: RunJournal }).journal;
}

export function stepStates(j: RunJournal | null): Record<string, string> {
  return Object.fromEntries((j?.steps ?? []).map((s) => [s.stepId, s.state]));
}

/** An ExecRunner that remembers what it was asked to start (the broker launch among them) and delegates. */
export class RecordingExec implements ExecRunnerLike {
  readonly specs: CommandSpec[] = [];
  private readonly real: ExecRunner;
  constructor(env: NodeJS.ProcessEnv) {
    this.real = new ExecRunner({ baseEnv: env });
  }
  exec(spec: CommandSpec, options?: { signal?: AbortSignal; stdin?: string | Buffer }) {
    this.specs.push(spec);
    return this.real.exec(spec, options);
  }
  /** Broker launches: each is one elevation (one UAC prompt on a real PC). */
  brokerLaunches(): CommandSpec[] {
    return this.specs.filter((s) => s.label === 'broker');
  }
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
  exec: RecordingExec;
}

/** Runs `wsl-gpu-setup <argv>` in this process with the real wiring; `password` is piped as with --password-stdin. */
export async function cli(m: Machine, argv: string[], opts: { password?: string; setup?: SetupOptions } = {}): Promise<CliRun> {
  const exec = new RecordingExec(m.env);
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    env: m.env,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: { isTTY: false, readLine: () => Promise.resolve(''), readAll: () => Promise.resolve(opts.password !== undefined ? `${opts.password}\n` : '') },
    setup: { exec, ...opts.setup },
  });
  return { code, out, err, exec };
}

export const applyArgs = (profile: 'beginner' | 'cuda-pro' = 'beginner', extra: string[] = []) => ['apply', '--profile', profile, '--user', USER, '--unattended', '--password-stdin', ...extra];
export const resumeArgs = ['resume', '--password-stdin'];

/** The setup service as the app host wires it (for cancel, which the CLI has no way to ask for). */
export function service(m: Machine, setup: SetupOptions = {}): SetupService {
  const exec = new ExecRunner({ baseEnv: m.env });
  return createSetupService({ env: m.env, exec, setup: { secrets: { password: PASSWORD }, ...setup } }, detectHost(m.env));
}

/** A call: its tool and argv, the wrapper's folder stripped. */
export const argvOf = (c: SimCall) => [c.tool, ...c.args];

export function startsWith(c: SimCall, tool: string, prefix: readonly string[]): boolean {
  return c.tool === tool && prefix.every((a, i) => c.args[i] === a);
}

/**
 * Calls that only look (the probes of diagnose and verify, reg.exe query): anything else
 * changes the machine.
 */
export function isReadOnly(c: SimCall): boolean {
  if (c.tool === 'nvidia-smi.exe' || c.tool === 'powershell.exe') return true;
  if (c.tool === 'reg.exe') return c.args[0] === 'query';
  if (c.tool !== 'wsl.exe') return false;
  const a = c.args;
  if (a.length === 1 && ['--version', '--status'].includes(a[0] ?? '')) return true;
  if (a[0] === '--list' && (a.length === 1 || (a.length === 2 && ['--verbose', '--online', '--quiet'].includes(a[1] ?? '')))) return true;
  const inDistroRoot = a[0] === '-d' && a[2] === '-u' && a[3] === 'root' && a[4] === '--exec';
  return inDistroRoot && (a[5] === '/bin/true' || (a[5] === '/bin/sh' && a[6] === '-s'));
}

/**
 * Resolves when a call matching `match` is recorded after the first `after` calls (watching
 * calls.jsonl, no polling), or with `orElse`'s value if that settles first.
 */
export function waitForCall<T>(pc: SimulatedPc, after: number, match: (c: SimCall) => boolean, orElse: Promise<T>): Promise<{ call: SimCall } | { other: T }> {
  return new Promise((resolve) => {
    let done = false;
    const watcher = fs.watch(pc.dir);
    const finish = (r: { call: SimCall } | { other: T }) => {
      if (done) return;
      done = true;
      watcher.close();
      resolve(r);
    };
    const look = () => {
      const hit = pc.calls().slice(after).find(match);
      if (hit) finish({ call: hit });
    };
    watcher.on('change', look);
    look();
    void orElse.then((other) => {
      // A call recorded just before the other side settled still counts.
      look();
      finish({ other });
    });
  });
}

export interface Child {
  proc: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>;
}

/**
 * The CLI's sources (electron/cli/run.ts) compiled into one module, as a packaged build runs them:
 * a process started from it skips loading every source file through tsx (seconds on a busy
 * machine, once per process). Built once per test process.
 */
export function compiledCli(): Promise<string> {
  return bundleModule(fileURLToPath(new URL('../../../electron/cli/run.ts', import.meta.url)), 'cli');
}

/** `node <entry> <argv>` (default electron/cli/wsl-gpu-setup.mjs) as its own process group, the password piped in. */
export function spawnCli(m: Machine, argv: string[], entry: string = CLI_ENTRY): Child {
  const proc = spawn(process.execPath, [entry, ...argv], { env: m.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  proc.stdin?.end(`${PASSWORD}\n`);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) => proc.on('close', (code, signal) => resolve({ code, signal, out })));
  return { proc, exited };
}

/**
 * Ends what a killed app left running on this simulated PC (a tool wedged by the hang fault, a
 * broker): each by its pid, found by the PC's own temp folder on its command line, so nothing
 * this test did not start is touched.
 */
export function killLeftovers(dir: string): void {
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    let cmdline: string;
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes(dir)) continue;
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Everything the run wrote or recorded, to prove the password reached none of it. */
export function everythingRecorded(m: Machine, exec?: RecordingExec): string {
  const files = [path.join(m.pc.dir, 'calls.jsonl'), path.join(m.pc.dir, 'state.json'), m.journalFile, `${m.journalFile}.prev`];
  const dir = path.dirname(m.journalFile);
  const journalDir = fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
  const text = [...new Set([...files, ...journalDir])].filter((f) => fs.existsSync(f) && fs.statSync(f).isFile()).map((f) => fs.readFileSync(f, 'utf8'));
  return [...text, JSON.stringify(exec?.specs.map((s) => [s.file, ...s.args]) ?? [])].join('\n');
}

/** The simulated distro's state (the Windows side keeps it opaque). */
export function distroState(m: Machine, name = DISTRO): DistroState | undefined {
  return m.pc.state().distros.find((d) => d.name === name)?.state as DistroState | undefined;
}

/** Switches the simulated distro's faults (apt lock, network, disk, hang). */
export function setDistroFaults(m: Machine, faults: Partial<DistroFaults>, name = DISTRO): void {
  m.pc.update((s) => {
    const d = s.distros.find((x) => x.name === name)?.state as DistroState | undefined;
    if (d) d.faults = { ...d.faults, ...faults };
  });
}

/** Where to interrupt a step: the first command it runs, wedged with the simulated PC's hang fault. */
export interface Interrupt {
  stepId: string;
  tool: string;
  argsPrefix: string[];
}

const asRoot = ['--distribution', DISTRO, '--user', 'root', '--exec'];
/** Each step a fresh PC runs with the beginner profile, in order, by its first command. */
export const BEGINNER_INTERRUPTS: readonly Interrupt[] = [
  { stepId: 'windows.vmp', tool: 'dism.exe', argsPrefix: ['/Online', '/Enable-Feature', '/FeatureName:VirtualMachinePlatform'] },
  { stepId: 'wsl.install', tool: 'wsl.exe', argsPrefix: ['--install', '--no-distribution'] },
  { stepId: 'distro.install', tool: 'wsl.exe', argsPrefix: ['--install', DISTRO, '--no-launch'] },
  { stepId: 'distro.user', tool: 'wsl.exe', argsPrefix: [...asRoot, '/usr/sbin/useradd'] },
  { stepId: 'distro.config', tool: 'wsl.exe', argsPrefix: [...asRoot, '/usr/bin/python3', '-', 'wsl-conf'] },
  { stepId: 'packages.base', tool: 'wsl.exe', argsPrefix: [...asRoot, '/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8', 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'update'] },
  { stepId: 'stack.pytorch', tool: 'wsl.exe', argsPrefix: ['--distribution', DISTRO, '--user', USER, '--exec', '/usr/bin/python3', '-m', 'venv'] },
];

/** Wedges the interrupt's command (only that one) on the simulated PC; null clears it. */
export function hangAt(m: Machine, at: Interrupt | null): void {
  m.pc.update((s) => {
    s.faults.hang = at ? [{ tool: at.tool, argsPrefix: at.argsPrefix }] : [];
  });
}

export const hits = (at: Interrupt) => (c: SimCall) => startsWith(c, at.tool, at.argsPrefix);

/** Simulated tool processes of this PC still running this argv prefix. */
export function runningTools(dir: string, at: Interrupt): number[] {
  const pids: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let argv: string[];
    try {
      argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z')) continue;
    } catch {
      continue;
    }
    const i = argv.indexOf(dir);
    if (i >= 0 && argv[i + 1] === at.tool && at.argsPrefix.every((a, k) => argv[i + 2 + k] === a)) pids.push(Number(pid));
  }
  return pids;
}
