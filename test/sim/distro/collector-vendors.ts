import fs from 'node:fs';
import { parseRocminfo } from '../../../electron/host/distro/parse-rocminfo.js';
import { notFound, ran, type Json } from './collector-base.js';
import type { WindowsGpu } from './result.js';
import type { DistroState } from './state.js';

/**
 * The AMD and Intel runtimes inside the simulated distro (domain.md §4.2, §4.3): which records
 * the collector's `rocm-libs`, `rocminfo`, `dpkg-gpu-runtimes` and `ldconfig-p` show for the
 * packages in the state, and whether a ROCm or XPU torch build then reaches the card.
 *
 * rocminfo answers only with recordings (test/fixtures/distro/rocminfo, each with its meta):
 * the RX 7900 XTX run for any AMD card the runtime reaches (as the nbody run of an RTX 2060 is
 * replayed for every NVIDIA card: no figure is made up for another card), and the
 * HSA_STATUS_ERROR_OUT_OF_RESOURCES run when ROCm has no way to /dev/dxg. The `ls` lines, the
 * loader-cache lines and the package versions are reconstructed in the tools' formats.
 */

const ROCMINFO = new URL('../../fixtures/distro/rocminfo/', import.meta.url);
const rocminfoText = (name: string): string => fs.readFileSync(new URL(name, ROCMINFO), 'utf8');
export const ROCMINFO_REACHED = 'wsl-rx7900xtx-rocm6.2.3.txt';
export const ROCMINFO_NO_DXG = 'wsl-rocm7.1-no-rocdxg.txt';

/** Packages a start state or a test installs (names as AMD, Intel and Ubuntu ship them; versions illustrative). */
export const ROCM_72_PACKAGES: Readonly<Record<string, string>> = {
  'rocm-core': '7.2.0.70200-43~24.04',
  'hsa-rocr': '1.18.0.70200-43~24.04',
  rocminfo: '1.0.0.70200-43~24.04',
};
export const ROCDXG_PACKAGE: Readonly<Record<string, string>> = { 'rocdxg-roct': '1.2.2' };
/** The legacy `amdgpu-install --usecase=wsl` runtime (the version of the .deb named in ROCm/legacy-rocm-build#4138). */
export const LEGACY_WSL_PACKAGES: Readonly<Record<string, string>> = { 'rocm-core': '6.3.4.60304-76~24.04', rocminfo: '1.0.0.60304-76~24.04', 'hsa-runtime-rocr4wsl-amdgpu': '24.30-2089753.24.04' };
/** Noble's archive versions (packages.ubuntu.com, vendor facts §B.2). */
export const LEVEL_ZERO_PACKAGES: Readonly<Record<string, string>> = { libze1: '1.16.1-1build1', 'libze-intel-gpu1': '23.43.27642.40-1ubuntu3', 'intel-opencl-icd': '23.43.27642.40-1ubuntu3' };

const has = (d: DistroState, p: string): boolean => d.apt.installed[p] !== undefined;
const gpuOf = (gpus: readonly WindowsGpu[], vendor: RegExp): WindowsGpu | undefined => gpus.find((g) => vendor.test(g.vendor));

/** The AMD card ROCm reaches: librocdxg or the legacy WSL runtime carries /dev/dxg (WSL 2) to it. */
export function rocmGpu(d: DistroState, gpus: readonly WindowsGpu[]): { name: string; gfx: string } | null {
  if (d.version !== 2 || !(has(d, 'rocdxg-roct') || has(d, 'hsa-runtime-rocr4wsl-amdgpu'))) return null;
  if (!gpuOf(gpus, /amd|advanced micro/iu)) return null;
  const agent = parseRocminfo(rocminfoText(ROCMINFO_REACHED)).gpuAgents[0];
  return agent ? { name: agent.marketingName ?? agent.name, gfx: agent.name } : null;
}

/** The Intel card Level Zero reaches (loader and GPU driver installed, WSL 2): the Arc card first. */
export function levelZeroGpu(d: DistroState, gpus: readonly WindowsGpu[]): string | null {
  if (d.version !== 2 || !has(d, 'libze1') || !has(d, 'libze-intel-gpu1')) return null;
  const intel = gpus.filter((g) => /intel/iu.test(g.vendor));
  return (intel.find((g) => /\barc\b/iu.test(g.name)) ?? intel[0])?.name ?? null;
}

/** The `ls -la` lines of librocdxg as the installed rocdxg-roct version names its file. */
const lsRocdxg = (version: string): string[] => [
  `lrwxrwxrwx 1 root root     18 Mar  2  2026 /opt/rocm/lib/librocdxg.so -> librocdxg.so.${version}`,
  `-rw-r--r-- 1 root root 189544 Mar  2  2026 /opt/rocm/lib/librocdxg.so.${version}`,
];
const LS_HSA = ['lrwxrwxrwx 1 root root     26 Mar  2  2026 /opt/rocm/lib/libhsa-runtime64.so.1 -> libhsa-runtime64.so.1.18.0', '-rw-r--r-- 1 root root 3414096 Mar  2  2026 /opt/rocm/lib/libhsa-runtime64.so.1.18.0'];

function rocmLibsRecord(d: DistroState): Json {
  const rocdxg = d.apt.installed['rocdxg-roct'];
  const lines = [...(rocdxg !== undefined ? lsRocdxg(rocdxg) : []), ...(has(d, 'rocm-core') ? LS_HSA : [])];
  if (lines.length === 0) return ran(['/usr/bin/ls', '-la', '/opt/rocm/lib/librocdxg.so*'], 2, '', "/usr/bin/ls: cannot access '/opt/rocm/lib/librocdxg.so*': No such file or directory\n");
  return ran(['/usr/bin/ls', '-la', ...lines.map((l) => l.replace(/^.* (\/opt\S+).*$/u, '$1'))], 0, `${lines.join('\n')}\n`);
}

function rocminfoRecord(d: DistroState, gpus: readonly WindowsGpu[]): Json {
  if (!has(d, 'rocminfo')) return notFound(['rocminfo'], 'PATH, /opt/rocm/bin/rocminfo');
  const reached = rocmGpu(d, gpus) !== null;
  const rec = ran(['/opt/rocm/bin/rocminfo'], reached ? 0 : 1, rocminfoText(reached ? ROCMINFO_REACHED : ROCMINFO_NO_DXG), '', 10.0);
  rec.env = { HSA_ENABLE_DXG_DETECTION: '1' };
  return rec;
}

function dpkgRuntimesRecord(d: DistroState): Json {
  const lines = Object.entries(d.apt.installed)
    .filter(([p]) => /^(rocm|hsa-|rocdxg|hip-runtime|rocminfo|libze|level-zero|intel-level-zero|intel-opencl)/u.test(p))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([p, v]) => `${p}\t${v}\tinstall ok installed\n`);
  return ran(['/usr/bin/dpkg-query', '-W', '-f=${Package}\\t${Version}\\t${Status}\\n'], 0, lines.join(''), '', 5.0);
}

/** The collector's AMD/Intel records for this state. */
export function vendorRecords(d: DistroState, gpus: readonly WindowsGpu[]): Record<string, Json> {
  return { 'rocm-libs': rocmLibsRecord(d), rocminfo: rocminfoRecord(d, gpus), 'dpkg-gpu-runtimes': dpkgRuntimesRecord(d) };
}

/** `ldconfig -p` with the Level Zero loader and Intel's GPU driver added where their packages are installed. */
export function withLevelZeroCache(ldconfig: Json, d: DistroState): Json {
  const add = [
    has(d, 'libze1') ? '\tlibze_loader.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libze_loader.so.1' : null,
    has(d, 'libze-intel-gpu1') ? '\tlibze_intel_gpu.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libze_intel_gpu.so.1' : null,
  ].filter((l): l is string => l !== null);
  if (add.length === 0) return ldconfig;
  const [head, ...rest] = String(ldconfig.stdout).split('\n');
  return { ...ldconfig, stdout: [head, ...add, ...rest].join('\n') };
}
