import type { D3d12Facts, LevelZeroFacts, RocmFacts } from '../../contract/distro-facts.js';
import { parseDpkgQuery } from '../../host/distro/parse-dpkg.js';
import { cachedLibraryPath } from '../../host/distro/parse-ldconfig-soname.js';
import { parseLsLong } from '../../host/distro/parse-ls.js';
import { parseRocminfo } from '../../host/distro/parse-rocminfo.js';
import type { ProbeCommandRecord, ProbeDocument } from '../../host/distro/probe-document-schema.js';

/**
 * The AMD, Intel and DirectX runtimes inside the distro (domain.md §4.2–4.4), from the
 * collector's records `rocm-libs`, `rocminfo`, `dpkg-gpu-runtimes`, `ldconfig-p` and
 * `ls-wsl-lib`. Pure. A section is null when the records it needs were not captured (a
 * document from an older collector), so its checks say `unknown`, never a guess.
 */

type Commands = ProbeDocument['commands'];

const ran = (r: ProbeCommandRecord | undefined): r is ProbeCommandRecord => r !== undefined && r.error === null;
const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** The package of the legacy ROCm-on-WSL layout (`amdgpu-install --usecase=wsl`, ROCm 6.1.3–6.4.x). */
export const LEGACY_WSL_PACKAGE = 'hsa-runtime-rocr4wsl-amdgpu';
/** The librocdxg package (ROCm ≥ 7.1). */
export const ROCDXG_PACKAGE = 'rocdxg-roct';

function installedPackages(c: Commands): { name: string; version: string }[] {
  const r = c['dpkg-gpu-runtimes'];
  return ran(r) ? parseDpkgQuery(r.stdout).filter((p) => p.installed) : [];
}

function lastLine(text: string): string | null {
  const lines = text.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 ? (lines[lines.length - 1] ?? '').slice(0, 300) : null;
}

function rocminfoOf(r: ProbeCommandRecord | undefined): RocmFacts['rocminfo'] {
  if (r === undefined) return null;
  if (r.error !== null) return { status: 'not-found', exitCode: null, wslDetected: false, gpuAgents: [], error: r.error.slice(0, 300) };
  const parsed = parseRocminfo(r.stdout);
  const status = r.timedOut ? 'timeout' : r.exitCode === 0 ? 'ok' : 'failed';
  return { status, exitCode: r.exitCode, wslDetected: parsed.wslDetected, gpuAgents: parsed.gpuAgents, error: status === 'ok' ? null : lastLine(r.stderr) ?? lastLine(r.stdout) };
}

/** ROCm: which WSL layout is installed, and what rocminfo saw. */
export function rocmFactsFrom(c: Commands): RocmFacts | null {
  const libs = c['rocm-libs'];
  if (libs === undefined && c.rocminfo === undefined) return null;
  const names = ran(libs) ? parseLsLong(libs.stdout, libs.stderr).entries.filter((e) => e.type === 'file' || e.type === 'link').map((e) => base(e.name)) : [];
  const packages = installedPackages(c).filter((p) => /^(rocm|hsa-|rocdxg|hip-runtime|rocminfo)/u.test(p.name));
  const rocdxgLibs = names.filter((n) => n.startsWith('librocdxg.so'));
  const legacy = packages.some((p) => p.name === LEGACY_WSL_PACKAGE);
  return {
    layout: rocdxgLibs.length > 0 ? 'rocdxg' : legacy ? 'legacy-wsl' : null,
    rocdxgLibs,
    hsaRuntimeLibs: names.filter((n) => n.startsWith('libhsa-runtime64.so')),
    packages: packages.map((p) => `${p.name} ${p.version}`).slice(0, 32),
    rocminfo: rocminfoOf(c.rocminfo),
  };
}

/** Level Zero: the loader and Intel's GPU driver as the loader cache lists them. */
export function levelZeroFactsFrom(c: Commands): LevelZeroFacts | null {
  const ld = c['ldconfig-p'];
  if (!ran(ld)) return null;
  const packages = installedPackages(c).filter((p) => /^(libze|level-zero|intel-level-zero|intel-opencl)/u.test(p.name));
  return {
    loader: cachedLibraryPath(ld.stdout, 'libze_loader.so.1'),
    gpuDriver: cachedLibraryPath(ld.stdout, 'libze_intel_gpu.so.1'),
    packages: packages.map((p) => `${p.name} ${p.version}`).slice(0, 32),
  };
}

/** `libd3d12.so` and `libdxcore.so` in WSL's /usr/lib/wsl/lib listing. */
export function d3d12FactsFrom(c: Commands): D3d12Facts | null {
  const ls = c['ls-wsl-lib'];
  if (!ran(ls)) return null;
  const names = new Set(parseLsLong(ls.stdout, ls.stderr).entries.map((e) => e.name));
  return { libd3d12: names.has('libd3d12.so'), libdxcore: names.has('libdxcore.so') };
}
