import { aptCommand, aptInstallArgs } from '../packages/base.js';
import { repoScriptCommand } from './repo-script.js';
import type { StackTarget } from './target-params.js';
import type { VendorRuntime } from './vendor-runtime.js';

/**
 * The user-space compute runtime PyTorch's XPU builds need inside WSL (domain.md §4.3): the Level
 * Zero loader (`libze1`), Intel's Level Zero GPU driver (`libze-intel-gpu1`) and the OpenCL ICD
 * (`intel-opencl-icd`), from Intel's GPU repository (assets/setup/intel-graphics-repo.sh). Package
 * names are those PyTorch's CI installs from that repository for jammy and noble
 * (pytorch/pytorch .ci/docker/common/install_xpu.sh); the older names `intel-level-zero-gpu` and
 * `level-zero` belong to retired suites and conflict with these.
 */

export const INTEL_RUNTIME_PACKAGES = ['libze1', 'libze-intel-gpu1', 'intel-opencl-icd'] as const;

/** The key and source list intel-graphics-repo.sh writes (removed again by `undo --stack pytorch-xpu`). */
export const INTEL_GRAPHICS_SOURCES = ['/etc/apt/sources.list.d/intel-gpu.list', '/usr/share/keyrings/intel-graphics.gpg'] as const;

export const intelRuntime: VendorRuntime = {
  commands: [
    repoScriptCommand<StackTarget>('intel-graphics-repo'),
    aptCommand<StackTarget>('apt-update', () => ['update'], 15 * 60_000),
    aptCommand<StackTarget>('apt-install', () => aptInstallArgs(INTEL_RUNTIME_PACKAGES), 30 * 60_000),
  ],
  undo: { aptPackages: [...INTEL_RUNTIME_PACKAGES], aptSources: [...INTEL_GRAPHICS_SOURCES], paths: [] },
};
