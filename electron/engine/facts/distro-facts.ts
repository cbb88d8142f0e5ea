import type { DistroCudaFacts, DistroFacts, DockerFacts, FrameworkName, NativeDriverFacts, ToolkitFacts, WslLibFacts } from '../../contract/distro-facts.js';
import type { NvidiaFacts } from '../../contract/facts.js';
import { benchFactsFrom } from '../../host/distro/parse-bench-section.js';
import { classifyNvidiaPackage, parseDpkgQuery } from '../../host/distro/parse-dpkg.js';
import { parseDockerInfo } from '../../host/distro/parse-docker-info.js';
import { interpretersFrom, judgedInterpreterOf } from '../../host/distro/parse-interpreters.js';
import { frameworkFactsFrom, str } from '../../host/distro/parse-framework-section.js';
import { parseKernelRelease } from '../../host/distro/parse-kernel.js';
import { parseLdconfig } from '../../host/distro/parse-ldconfig.js';
import { parseFoundPaths, parseLstatLines } from '../../host/distro/parse-lstat.js';
import { lsEntryPath, parseLsLong } from '../../host/distro/parse-ls.js';
import { parseNvccVersion } from '../../host/distro/parse-nvcc.js';
import { parseOsReleaseName } from '../../host/distro/parse-os-release.js';
import { parsePowerSource } from '../../host/distro/parse-power-source.js';
import { parseProbeDocument } from '../../host/distro/parse-probe-document.js';
import { parseProcDriverVersion } from '../../host/distro/parse-proc-driver.js';
import type { ProbeCommandRecord, ProbeDocument } from '../../host/distro/probe-document-schema.js';
import { rejectsOptionalField } from '../../host/nvidia-smi/csv-gpus.js';
import { nvidiaFactsFrom, nvidiaNotFound } from '../../host/nvidia-smi/facts.js';
import { parseNvidiaSmiCsv } from '../../host/nvidia-smi/parse-csv.js';
import { parseNvidiaSmiTable } from '../../host/nvidia-smi/parse-table.js';
import { decodeToolOutput } from '../../host/text/decode.js';
import type { Capture, CaptureMap } from '../model.js';
import { COLLECTOR_NOT_RUN, DISTRO_PROBE_ID } from '../probes/distro-probe.js';
import { notRunReason } from '../run-probes.js';
import { runFactsFrom, type RunFacts } from './distro-run-facts.js';
import { distroSetupFactsFrom } from './distro-setup-facts.js';
import { d3d12FactsFrom, levelZeroFactsFrom, rocmFactsFrom } from './vendor-runtime-facts.js';
import { WSL_LIBCUDA_SO1 } from '../../host/distro/wsl-driver-home.js';

/** Frameworks in the order the checks list them. */
export const FRAMEWORK_NAMES: readonly FrameworkName[] = ['torch', 'tensorflow', 'jax', 'torch_directml'];

type Commands = ProbeDocument['commands'];

/** A record that ran (started); `error` set means the tool was not found or could not start. */
const ran = (r: ProbeCommandRecord | undefined): r is ProbeCommandRecord => r !== undefined && r.error === null;
const both = (r: ProbeCommandRecord): string => (r.stderr.trim() ? `${r.stdout}\n${r.stderr}` : r.stdout);

function emptyFacts(capture: Capture, error: { code: string; message: string }, run: RunFacts): DistroFacts {
  // A collector not run by decision was always headed for WSL (the local one has no conditions).
  const viaWsl = /wsl\.exe$/iu.test(capture.argv[0] ?? '') || notRunReason(capture) !== null;
  return {
    probe: { ok: false, error, errors: [], python: null },
    target: viaWsl ? 'wsl' : null,
    name: null,
    kernelRelease: null,
    isWsl: viaWsl,
    wslGeneration: null,
    dxg: null,
    wslLib: null,
    libcudaResolved: null,
    ldconfigWarnings: [],
    wslLibcudaFileType: null,
    linuxDriverPackages: null,
    cudaMetaPackages: null,
    nvidiaSmiPath: null,
    nativeDriver: null,
    nvidia: null,
    cuda: null,
    toolkit: null,
    frameworks: [],
    interpreters: [],
    bench: null,
    docker: null,
    powerSource: null,
    ...run,
  };
}

function wslLibFrom(r: ProbeCommandRecord | undefined, ref: Date): WslLibFacts | null {
  if (!ran(r)) return null;
  const ls = parseLsLong(r.stdout, r.stderr, ref);
  if (r.exitCode !== 0 && ls.entries.length === 0) return { present: false, libcuda: [], nvidiaSmi: false, libcudaModified: null };
  const libcuda = ls.entries.filter((e) => e.name.startsWith('libcuda.so'));
  const times = libcuda.map((e) => e.modified).filter((t): t is string => t !== null).sort();
  return { present: true, libcuda: libcuda.map((e) => e.name), nvidiaSmi: ls.entries.some((e) => e.name === 'nvidia-smi'), libcudaModified: times[times.length - 1] ?? null };
}

/** The path whose kind explains ldconfig's "is not a symbolic link" warning on WSL. */

/** `/usr/lib/wsl/lib/libcuda.so.1`'s kind: the collector's lstat, else the `ls -la` listing of the folder (older documents). */
function wslLibcudaFileType(c: Commands, ref: Date): DistroFacts['wslLibcudaFileType'] {
  const lstat = c['wsl-libcuda-lstat'];
  if (ran(lstat)) {
    const kind = parseLstatLines(lstat.stdout).find((e) => e.path === WSL_LIBCUDA_SO1)?.kind;
    if (kind === undefined) return lstat.exitCode === 0 ? null : 'missing';
    return kind === 'file' || kind === 'link' ? kind : 'other';
  }
  const ls = c['ls-wsl-lib'];
  if (!ran(ls)) return null;
  const entries = parseLsLong(ls.stdout, ls.stderr, ref).entries;
  if (entries.length === 0) return ls.exitCode === 0 ? null : 'missing';
  const entry = entries.find((e) => e.name === 'libcuda.so.1');
  if (!entry) return 'missing';
  return entry.type === 'file' || entry.type === 'link' ? entry.type : 'other';
}

function nativeDriverFrom(c: Commands): NativeDriverFacts | null {
  const proc = c['proc-driver-nvidia'];
  const dev = c['dev-nvidia'];
  if (!ran(proc) && !ran(dev)) return null;
  const version = ran(proc) && proc.exitCode === 0 ? parseProcDriverVersion(proc.stdout) : null;
  const nodes = ran(dev) ? parseLsLong(dev.stdout, dev.stderr).entries.filter((e) => e.type === 'char').map(lsEntryPath) : [];
  return { kernelModuleVersion: version?.version ?? null, openKernelModule: version?.open ?? null, devNodes: nodes.slice(0, 64) };
}

/**
 * The CSV query record that stands for the query: the collector's retry without the optional
 * fields when the first try rejected one (`rejectsOptionalField`, as the collector decides it),
 * else the first.
 */
function queryRecord(c: Commands): ProbeCommandRecord | undefined {
  const first = c['nvidia-smi-query'];
  const retry = c['nvidia-smi-query-retry'];
  if (!ran(first) || !ran(retry)) return first;
  return rejectsOptionalField(both(first), first.exitCode) ? retry : first;
}

function nvidiaFrom(c: Commands): NvidiaFacts | null {
  const table = c['nvidia-smi'];
  const query = queryRecord(c);
  if (!table && !query) return null;
  const missing = [table, query].find((r) => r !== undefined && r.error !== null);
  if (missing && !ran(table)) return nvidiaNotFound((missing.error ?? '').slice(0, 500));
  return nvidiaFactsFrom(
    ran(table) ? parseNvidiaSmiTable(both(table), { exitCode: table.exitCode }) : null,
    ran(query) ? parseNvidiaSmiCsv(both(query), { exitCode: query.exitCode }) : null,
  );
}

function cudaFrom(doc: ProbeDocument): DistroCudaFacts {
  const s = doc.cuda;
  const e = s.error ?? null;
  return {
    status: s.status,
    driverVersion: s.driverVersion ?? null,
    driverVersionText: s.driverVersionText ?? null,
    devices: (s.devices ?? []).map((d) => ({
      name: str(d.name, 200),
      computeCapability: str(d.computeCapability, 8),
      smCount: d.smCount ?? null,
      memoryMiB: typeof d.totalMemoryBytes === 'number' ? Math.round(d.totalMemoryBytes / 1048576) : null,
      pciBusId: d.pciBusId ?? null,
    })),
    error: e ? { name: e.name, code: e.code, call: e.call, message: e.message ?? null } : null,
    library: s.library ?? null,
  };
}

function toolkitFrom(c: Commands, installed: string[]): ToolkitFacts | null {
  const nvcc = c['nvcc-version'];
  if (!nvcc && !c['dpkg-nvidia']) return null;
  const version = ran(nvcc) && nvcc.exitCode === 0 ? parseNvccVersion(nvcc.stdout) : null;
  return {
    nvccVersion: version?.release ?? null,
    packages: installed.filter((p) => classifyNvidiaPackage(p) === 'toolkit'),
    // NVIDIA's wsl-ubuntu repository ships no driver packages: cuda-drivers proves another repository.
    fromWslUbuntuRepo: installed.some((p) => p.startsWith('cuda-drivers')) ? false : null,
  };
}

function dockerFrom(c: Commands, ref: Date): DockerFacts | null {
  const info = c['docker-info'];
  if (!info) return null;
  const cdi = c['cdi-specs'];
  const ctk = c['nvidia-ctk-version'];
  const specs = ran(cdi) ? parseLsLong(cdi.stdout, cdi.stderr, ref).entries.filter((e) => e.type === 'file' && /\.(ya?ml|json)$/u.test(e.name)) : [];
  const ctkVersion = ran(ctk) && ctk.exitCode === 0 ? (/\b(\d+\.\d+\.\d+)\b/u.exec(ctk.stdout)?.[1] ?? null) : null;
  const hook = c['nvidia-hook'];
  const base = {
    cdiSpecs: specs.map((e) => ({ path: lsEntryPath(e), modified: e.modified })),
    nvidiaCtkVersion: ctkVersion,
    nvidiaHookPath: ran(hook) && hook.exitCode === 0 ? (parseFoundPaths(hook.stdout)[0] ?? null) : null,
  };
  if (info.error !== null) {
    return { cliPresent: false, daemonReachable: false, serverVersion: null, clientVersion: null, runtimes: [], defaultRuntime: null, cdiSpecDirs: [], ...base, error: info.error.slice(0, 300) };
  }
  return { cliPresent: true, ...parseDockerInfo(info.stdout, info.stderr), ...base };
}

function factsFromDocument(doc: ProbeDocument, run: RunFacts): DistroFacts {
  const c = doc.commands;
  const ref = new Date(doc.startedAt);
  const uname = c['uname-r'];
  const proc = c['proc-version'];
  let kernel = parseKernelRelease(ran(uname) ? uname.stdout : '');
  if (kernel.release === null && ran(proc)) kernel = parseKernelRelease(proc.stdout);
  const isWsl = kernel.release !== null ? kernel.isWsl : doc.target === 'wsl';
  const dxgRec = c['dev-dxg'];
  const ld = c['ldconfig-p'];
  const ldParsed = ran(ld) ? parseLdconfig(ld.stdout, ld.stderr) : null;
  const dpkg = c['dpkg-nvidia'];
  const installed = ran(dpkg) ? parseDpkgQuery(dpkg.stdout).filter((p) => p.installed).map((p) => p.name) : [];
  const smi = c['nvidia-smi'];
  const cuda = cudaFrom(doc);
  const capability = cuda.devices[0]?.computeCapability ?? null;
  const os = c['os-release'];
  const power = c['power-source'];
  const interpreters = interpretersFrom(doc, FRAMEWORK_NAMES);
  const bench = benchFactsFrom(doc.bench);
  return {
    probe: { ok: true, error: null, errors: doc.errors.map((e) => ({ code: e.code, message: e.message.slice(0, 300) })).slice(0, 16), python: doc.python ? { executable: doc.python.executable, version: doc.python.version } : null },
    target: doc.target,
    name: ran(os) ? parseOsReleaseName(os.stdout) : null,
    kernelRelease: kernel.release,
    isWsl,
    wslGeneration: kernel.wslGeneration,
    dxg: ran(dxgRec) ? dxgRec.exitCode === 0 && parseLsLong(dxgRec.stdout).entries.length > 0 : null,
    wslLib: wslLibFrom(c['ls-wsl-lib'], ref),
    libcudaResolved: ldParsed?.libcudaResolved ?? null,
    ldconfigWarnings: (ldParsed?.notSymlink ?? []).map((p) => `${p} is not a symbolic link`).slice(0, 8),
    wslLibcudaFileType: wslLibcudaFileType(c, ref),
    linuxDriverPackages: ran(dpkg) ? installed.filter((p) => classifyNvidiaPackage(p) === 'linux-driver') : null,
    cudaMetaPackages: ran(dpkg) ? installed.filter((p) => classifyNvidiaPackage(p) === 'cuda-meta') : null,
    nvidiaSmiPath: ran(smi) ? (smi.argv[0] ?? null) : null,
    nativeDriver: isWsl ? null : nativeDriverFrom(c),
    nvidia: nvidiaFrom(c),
    cuda: doc.cuda.status === 'not-run' && doc.python === null ? null : cuda,
    toolkit: toolkitFrom(c, installed),
    frameworks: doc.python === null ? [] : FRAMEWORK_NAMES.map((n) => frameworkFactsFrom(n, doc.frameworks[n], capability, judgedInterpreterOf(doc, doc.frameworks[n], interpreters))),
    interpreters,
    bench: bench && { ...bench, interpreter: judgedInterpreterOf(doc, doc.bench as { interpreter?: unknown } | null, interpreters) },
    docker: dockerFrom(c, ref),
    powerSource: ran(power) ? parsePowerSource(power.stdout) : null,
    ...distroSetupFactsFrom(doc),
    rocm: rocmFactsFrom(c),
    levelZero: levelZeroFactsFrom(c),
    d3d12: isWsl ? d3d12FactsFrom(c) : null,
    ...run,
  };
}

/**
 * `facts.distro` from the `distro.probe` capture (the collector's JSON document on stdout).
 * Pure. Null when the probe was not captured; a capture without a readable document gives
 * facts whose `probe.ok` is false and says why.
 */
export function distroFactsFrom(captures: CaptureMap): DistroFacts | null {
  const capture = captures.get(DISTRO_PROBE_ID);
  if (!capture) return null;
  const run = runFactsFrom(captures, capture);
  const notRun = notRunReason(capture);
  if (notRun !== null) return emptyFacts(capture, { code: notRun, message: notRunMessage(notRun, run) }, run);
  if (capture.launchError) return emptyFacts(capture, { code: 'launch-failed', message: capture.launchError.slice(0, 300) }, run);
  const parsed = parseProbeDocument(decodeToolOutput(capture.stdout, capture.encoding));
  if (!parsed.ok) return emptyFacts(capture, { code: parsed.error.code, message: parsed.error.message.slice(0, 300) }, run);
  return factsFromDocument(parsed.doc, run);
}

/** Plain words for a collector that was not run, kept with the facts (the checks' evidence shows them). */
function notRunMessage(reason: string, run: RunFacts): string {
  if (reason === COLLECTOR_NOT_RUN.bootTimeout) return `the distro did not start within ${Math.round((run.boot?.durationMs ?? 0) / 1000)} s`;
  if (reason === COLLECTOR_NOT_RUN.noUserDistro) return `only container tools' distros are registered: ${(run.wslTarget?.utilities ?? []).join(', ')}`;
  if (reason === COLLECTOR_NOT_RUN.startFailed) return `wsl.exe could not start the distro: ${run.boot?.message ?? 'no output'}`;
  return reason;
}

