import { HEREDOC_END } from '../../../electron/host/distro/probe-script.js';
import { healthyBase, wsl1Base, type Json } from './collector-base.js';
import { commandRecords } from './collector-commands.js';
import { setupRecords, wslConfSection } from './collector-setup.js';
import { directmlSection, jaxSection, tensorflowSection, torchSection, type GpuView, type Judged } from './collector-frameworks.js';
import { levelZeroGpu, rocmGpu, vendorRecords, withLevelZeroCache } from './collector-vendors.js';
import { cudaIntOf, insideNvidiaGpu, type InsideGpu } from './gpu.js';
import { SYSTEM_PYTHON, venvOfPython } from './python.js';
import { done, type DistroRunResult, type ProgramCall } from './result.js';
import { defaultUserOf, type DistroState, type PipPackage } from './state.js';

/**
 * The in-distro collector (`/bin/sh -s -- [--bench] [--python P]` with assets/probe on stdin)
 * answered with a probeVersion 3 document generated from the state. Benchmark figures are never
 * produced: no recorded run of the collector's benchmark exists, so `--bench` gives a skipped
 * section saying why.
 */


const FRAMEWORK_DISTS: Record<string, string> = { torch: 'torch', tensorflow: 'tensorflow', jax: 'jax', torch_directml: 'torch-directml' };

interface Interpreter {
  path: string;
  source: 'configured' | 'venv' | 'system';
  user: string;
  uid: number;
  prefix: string;
  packages: Record<string, PipPackage>;
  exists: boolean;
}

function interpretersOf(distro: DistroState, configured: string | null): Interpreter[] {
  const owner = defaultUserOf(distro)?.user;
  const list: Interpreter[] = [];
  const venvAt = (path: string, source: 'configured' | 'venv', python: string): void => {
    const prefix = venvOfPython(distro, python);
    if (list.some((i) => i.prefix === path)) return;
    list.push({ path: python, source, user: owner?.name ?? 'root', uid: owner?.uid ?? 0, prefix: prefix ?? path, packages: prefix ? (distro.venvs[prefix]?.packages ?? {}) : {}, exists: prefix !== null || python === SYSTEM_PYTHON });
  };
  if (configured !== null) venvAt(configured.replace(/\/bin\/python3?$/u, ''), 'configured', configured);
  // The collector's order (lib_interpreters.home_candidates): the app's own venv, then ~/.venv, ~/venv.
  if (owner) for (const dir of ['.local/share/wsl-gpu-setup/venv', '.venv', 'venv']) if (distro.venvs[`${owner.home}/${dir}`]) venvAt(`${owner.home}/${dir}`, 'venv', `${owner.home}/${dir}/bin/python3`);
  list.push({ path: SYSTEM_PYTHON, source: 'system', user: 'root', uid: 0, prefix: '/usr', packages: {}, exists: true });
  return list;
}

function interpreterEntry(i: Interpreter, python: string): Json {
  const frameworks = Object.fromEntries(
    Object.entries(FRAMEWORK_DISTS).map(([fw, dist]) => {
      const p = i.packages[dist];
      return [fw, { installed: p !== undefined, distVersion: p?.version.replace(/\+.*$/u, '') ?? null, location: p ? `${i.prefix}/lib/python3.12/site-packages/${fw}/__init__.py` : null }];
    }),
  );
  const run: Json = { argv: [i.path, '-c', '<child_find.py>', 'torch=torch', 'tensorflow=tensorflow,tensorflow-cpu,tf-nightly', 'jax=jax', 'torch_directml=torch-directml'], exitCode: 0, signal: null, durationMs: 60, timedOut: false, deadlineS: 10.0, stderr: '', error: null };
  if (i.user !== 'root') run.user = i.user;
  return {
    path: i.path, source: i.source, user: i.user, uid: i.uid, version: i.exists ? python : null, prefix: i.prefix,
    frameworks: i.exists ? frameworks : {}, run, error: i.exists ? null : `not found: ${i.path}`,
  };
}

function cudaSection(gpu: InsideGpu | null): Json {
  if (gpu === null) {
    const s = structuredClone(wsl1Base().cuda as Json);
    s.attempts = [{ name: 'libcuda.so.1', error: 'libcuda.so.1: cannot open shared object file: No such file or directory' }];
    return s;
  }
  const s = structuredClone(healthyBase().cuda as Json);
  const cc = gpu.computeCap;
  const [major, minor] = cc === null ? [null, null] : cc.split('.').map(Number);
  s.driverVersion = gpu.cudaText === null ? null : cudaIntOf(gpu.cudaText);
  s.driverVersionText = gpu.cudaText;
  s.devices = [{
    index: 0, name: gpu.name, ccMajor: major ?? null, ccMinor: minor ?? null, computeCapability: cc ?? undefined, smArch: cc === null ? undefined : `sm_${cc.replace('.', '')}`,
    smCount: gpu.smCount, concurrentManagedAccess: 0, totalMemoryBytes: gpu.memoryMiB === null ? null : gpu.memoryMiB * 1048576, pciBusId: '0000:2B:00.0',
  }];
  return s;
}

function frameworkSections(interpreters: Interpreter[], view: GpuView): Json {
  const configured = interpreters.findIndex((i) => i.source === 'configured');
  const out: Json = {};
  for (const [fw, dist] of Object.entries(FRAMEWORK_DISTS)) {
    const index = configured >= 0 ? configured : interpreters.findIndex((i) => i.packages[dist] !== undefined);
    const i = index >= 0 ? interpreters[index] : undefined;
    const pkg = i?.packages[dist];
    if (!i || !pkg) {
      out[fw] = { installed: false, status: 'not-installed', distVersion: null, interpreter: index >= 0 ? index : null };
      continue;
    }
    const at: Judged = { python: i.path, user: i.user === 'root' ? null : i.user, index };
    if (fw === 'torch') out[fw] = torchSection(pkg, view, at);
    else if (fw === 'tensorflow') out[fw] = tensorflowSection(pkg, view, at);
    else if (fw === 'jax') out[fw] = jaxSection(pkg, view, at);
    else out[fw] = directmlSection(pkg, i.packages.torch, view, at);
  }
  return out;
}

export interface CollectorArgs {
  bench: boolean;
  python: string | null;
}

/** The whole document for this state and these Windows GPUs. */
export function collectorDocument(distro: DistroState, windows: ProgramCall['windows'], args: CollectorArgs): Json {
  const gpu = insideNvidiaGpu(windows.gpus, distro.version);
  const first = distro.version === 2 ? windows.gpus[0] : undefined;
  const view: GpuView = { nvidia: gpu, dxg: first ? { name: first.name, vendor: first.vendor } : null, rocm: rocmGpu(distro, windows.gpus), xpu: levelZeroGpu(distro, windows.gpus) };
  const commands = { ...commandRecords(distro, gpu), ...vendorRecords(distro, windows.gpus), ...setupRecords(distro) };
  commands['ldconfig-p'] = withLevelZeroCache(commands['ldconfig-p'] ?? {}, distro);
  const interpreters = interpretersOf(distro, args.python);
  const owner = defaultUserOf(distro);
  return {
    probeVersion: 3,
    target: 'wsl',
    startedAt: healthyBase().startedAt,
    durationMs: 900,
    args: { bench: args.bench, python: args.python },
    python: { executable: SYSTEM_PYTHON, version: distro.os.python },
    timeoutTool: '/usr/bin/timeout',
    commands,
    cuda: cudaSection(gpu),
    frameworks: frameworkSections(interpreters, view),
    bench: args.bench ? { status: 'skipped', reason: 'simulated machine: no recorded benchmark run to replay', results: [], skipped: [] } : null,
    errors: [],
    user: owner ? { name: owner.user.name, uid: owner.user.uid, home: owner.user.home, how: owner.how } : null,
    interpreters: interpreters.map((i) => interpreterEntry(i, distro.os.python)),
    wslConf: wslConfSection(distro),
  };
}

/** `/bin/sh -s -- [--bench] [--python P]`; `/bin/true` (the boot allowance) is handled by the caller. */
export function collectorShell(call: ProgramCall, distro: DistroState): DistroRunResult {
  const args = call.argv.slice(1);
  if (args[0] !== '-s') return done(distro, 2, '', `/bin/sh: 0: cannot open ${args[0] ?? ''}: No such file\n`);
  const text = call.stdin?.toString('utf8') ?? '';
  // sh runs what it reads: nothing for an empty stdin; another script's effects are not simulated.
  if (!text.includes(HEREDOC_END)) return done(distro, 0);
  const rest = args.slice(args[1] === '--' ? 2 : 1);
  const pi = rest.indexOf('--python');
  const doc = collectorDocument(distro, call.windows, { bench: rest.includes('--bench'), python: pi >= 0 ? (rest[pi + 1] ?? null) : null });
  return done(distro, 0, `${JSON.stringify(doc)}\n`);
}
