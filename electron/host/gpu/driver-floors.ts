import type { GpuVendor } from '../../contract/facts.js';

/**
 * NVIDIA's driver floors and the WDDM floor every vendor shares (domain.md §4). NVIDIA numbers are in NVIDIA's
 * Windows form (`528.33`); the WDDM generation is read from the first group of the version
 * Windows lists for any display driver (`31.0.…` = WDDM 3.1, `27.…` = WDDM 2.7).
 */

/** The vendors whose drivers can give WSL a GPU (the ones the checks judge). */
export type ComputeVendor = Extract<GpuVendor, 'nvidia' | 'amd' | 'intel'>;

/** One floor: the lowest driver a stack accepts, where it comes from, and what it unlocks. */
export interface DriverFloor {
  minimum: string;
  /** Where the number comes from (a document or release note). */
  source: string;
}

/**
 * GPU paravirtualisation (dxgkrnl, `/dev/dxg`) needs a WDDM 2.9 driver, i.e. a Windows driver
 * version whose first group is ≥ 29. Source: learn.microsoft.com/windows/wsl/tutorials/gpu-compute;
 * the first-group convention: learn.microsoft.com display-driver file-version page.
 */
export const WDDM_FLOOR = { major: 29, label: '2.9' } as const;

/** NVIDIA floors in NVIDIA's Windows numbering. */
export const NVIDIA_FLOORS = {
  /** First driver branch with CUDA in WSL. Source: docs.nvidia.com/cuda/wsl-user-guide. */
  wslCuda: { minimum: '495.00', source: 'docs.nvidia.com/cuda/wsl-user-guide (R495+)' },
  /** CUDA 12.x wheels (minor-version compatibility, Linux 525.60.13). Source: docs.nvidia.com/deploy/cuda-compatibility; tensorflow.org/install/pip (WSL). */
  cuda12: { minimum: '528.33', source: 'docs.nvidia.com/deploy/cuda-compatibility; tensorflow.org/install/pip' },
  /** CUDA 13.x wheels (13.0 GA pairs with Linux 580.65.06). Source: CUDA 13.0 release notes. */
  cuda13: { minimum: '580.00', source: 'docs.nvidia.com/cuda/cuda-toolkit-release-notes (CUDA 13.0)' },
} as const satisfies Record<string, DriverFloor>;

/*
 * AMD's and Intel's floors (the Adrenalin release for ROCm on WSL, Intel's build for Arc on WSL)
 * are data with their sources: assets/data/gpu-vendors.json (engine/vendor-data/gpu-vendor-table.ts).
 */

/** The vendors' driver download pages, for fixes of stale drivers. */
export const DRIVER_DOWNLOAD_URLS: Readonly<Record<ComputeVendor, string>> = {
  nvidia: 'https://www.nvidia.com/Download/index.aspx',
  amd: 'https://www.amd.com/en/support/download/drivers.html',
  intel: 'https://www.intel.com/content/www/us/en/download-center/home.html',
};

const WINDOWS_FORM = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/u;

/**
 * The WDDM major of a Windows display-driver version (`31` for `31.0.15.3623`), or null when the
 * text is not four numeric groups. Microsoft's inbox Basic Display driver, which runs on a card
 * whose vendor driver is missing, reads `10.0.<OS build>.<rev>`: major 10, below any floor.
 */
export function wddmMajor(windowsVersion: string | null | undefined): number | null {
  if (typeof windowsVersion !== 'string') return null;
  const m = WINDOWS_FORM.exec(windowsVersion.trim());
  return m === null ? null : Number(m[1]);
}
