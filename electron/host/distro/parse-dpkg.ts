import { splitLines } from '../nvidia-smi/text.js';

/**
 * The collector's `dpkg-query -W -f='${Package}\t${Version}\t${Status}\n'`, filtered to names
 * starting with nvidia, cuda, libnvidia or libcuda. Inside WSL, a Linux NVIDIA driver package
 * (or the `cuda-drivers` meta-package that pulls one in) shadows the Windows driver's libraries:
 * the #1 self-inflicted break (domain.md §5.3, failures #4 and #5). `cuda-toolkit-*` packages
 * carry no driver and are safe. The `cuda` / `cuda-X-Y` meta-packages are no driver either: from
 * NVIDIA's wsl-ubuntu repository they pull only the toolkit, and from another repository they
 * pull `cuda-drivers` and the packages above, which are what proves a driver.
 */

/** One package line. */
export interface DpkgPackage {
  name: string;
  version: string;
  /** Status ends in `installed` (not `config-files`, `not-installed`, `half-installed`). */
  installed: boolean;
}

/** What kind of NVIDIA package it is, for the WSL checks. */
export type NvidiaPackageKind = 'linux-driver' | 'toolkit' | 'cuda-meta' | 'container-toolkit' | 'other';

/** Most packages kept (a full CUDA toolkit is about 150 packages). */
export const MAX_DPKG_PACKAGES = 1024;
const NAME = /^[a-z0-9][a-z0-9+.-]{0,127}$/u;

/** Packages that install a Linux driver, its libcuda or a Linux nvidia-smi. */
const LINUX_DRIVER: readonly RegExp[] = [
  /^nvidia-driver(?:-|$)/u,
  /^nvidia-kernel-/u,
  /^nvidia-dkms-/u,
  /^nvidia-utils-/u,
  /^nvidia-compute-utils-/u,
  /^nvidia-smi$/u,
  /^libnvidia-compute-/u,
  /^libcuda1$/u,
  /^cuda-drivers(?:-\d+)?$/u,
];

/** `cuda`, `cuda-12-6`: meta-packages whose driver, if any, shows up as its own packages. */
const CUDA_META = /^cuda(?:-\d+-\d+)?$/u;

/** Classifies a package name. */
export function classifyNvidiaPackage(name: string): NvidiaPackageKind {
  if (LINUX_DRIVER.some((r) => r.test(name))) return 'linux-driver';
  if (name.startsWith('cuda-toolkit')) return 'toolkit';
  if (CUDA_META.test(name)) return 'cuda-meta';
  if (name.startsWith('nvidia-container-toolkit') || name.startsWith('libnvidia-container')) return 'container-toolkit';
  return 'other';
}

/** Parses the tab-separated package lines. Total: never throws, linear, bounded. */
export function parseDpkgQuery(text: string): DpkgPackage[] {
  const out: DpkgPackage[] = [];
  for (const line of splitLines(typeof text === 'string' ? text : '').lines) {
    if (out.length >= MAX_DPKG_PACKAGES) break;
    const [name = '', version = '', status = ''] = line.split('\t');
    if (!NAME.test(name)) continue;
    const words = status.trim().split(/\s+/u);
    out.push({ name, version: version.slice(0, 128), installed: words[words.length - 1] === 'installed' });
  }
  return out;
}
