import type { AptSource } from './state.js';

/**
 * The packages each simulated apt source offers, with the version it installs. Only what the
 * setup steps install (and a few neighbours): any other name is "Unable to locate package",
 * as apt says for a package no configured source has. Versions are the noble/repo versions the
 * reconstructed collector fixtures use (test/fixtures/distro/probe/wsl-rtx4070-healthy.json).
 */
const UBUNTU: Record<string, string> = {
  'python3-venv': '3.12.3-0ubuntu2',
  'python3.12-venv': '3.12.3-1ubuntu0.8',
  'python3-pip': '24.0+dfsg-1ubuntu1.1',
  'python3-full': '3.12.3-0ubuntu2',
  'ca-certificates': '20240203',
  curl: '8.5.0-2ubuntu10.6',
  gnupg: '2.4.4-2ubuntu17.3',
  libblas3: '3.12.0-3build1.1',
  liblapack3: '3.12.0-3build1.1',
  // llvm-defaults' metapackage on noble (https://packages.ubuntu.com/noble/amd64/libomp5), Depends: libomp5-18.
  libomp5: '1:18.0-59~exp2',
  'build-essential': '12.10ubuntu1',
};

const DOCKER: Record<string, string> = {
  'docker-ce': '5:28.5.1-1~ubuntu.24.04~noble',
  'docker-ce-cli': '5:28.5.1-1~ubuntu.24.04~noble',
  'containerd.io': '1.7.28-1~ubuntu.24.04~noble',
  'docker-buildx-plugin': '0.29.1-1~ubuntu.24.04~noble',
  'docker-compose-plugin': '2.40.0-1~ubuntu.24.04~noble',
};

const NVIDIA_CONTAINER: Record<string, string> = {
  'nvidia-container-toolkit': '1.18.0-1',
  'nvidia-container-toolkit-base': '1.18.0-1',
  'libnvidia-container-tools': '1.18.0-1',
  'libnvidia-container1': '1.18.0-1',
};

const CUDA_WSL_UBUNTU: Record<string, string> = {
  'cuda-toolkit-13-0': '13.0.2-1',
  'cuda-toolkit-12-9': '12.9.1-1',
  'cuda-toolkit-12-8': '12.8.1-1',
  'cuda-toolkit-12-6': '12.6.3-1',
};

/**
 * Intel's GPU repository (noble unified). Versions follow compute-runtime 26.05.37020.3 and the
 * Level Zero loader 1.29.0 as a public install script pins them (the Debian revision suffix is
 * not recorded: these are reconstructed, shaped as Intel's packages are).
 */
const INTEL_GRAPHICS: Record<string, string> = {
  libze1: '1.29.0-1~24.04',
  'libze-intel-gpu1': '26.05.37020.3-1~24.04',
  'intel-opencl-icd': '26.05.37020.3-1~24.04',
};

/**
 * AMD's ROCm 7.2.1 repositories (noble). Version shapes as AMD's packages carry them
 * (`<pkg version>.<70201>-<build>~24.04`); the build number is reconstructed.
 */
const ROCM: Record<string, string> = {
  rocminfo: '1.0.0.70201-81~24.04',
  'hsa-rocr': '1.18.0.70201-81~24.04',
  'rocm-core': '7.2.1.70201-81~24.04',
};

export const APT_CATALOG: Record<AptSource, Record<string, string>> = {
  ubuntu: UBUNTU,
  docker: DOCKER,
  'nvidia-container': NVIDIA_CONTAINER,
  'cuda-wsl-ubuntu': CUDA_WSL_UBUNTU,
  'intel-graphics': INTEL_GRAPHICS,
  rocm: ROCM,
};

/** What installing a package pulls in with it (only what later commands look at). */
export const APT_DEPENDS: Record<string, string[]> = {
  'python3-venv': ['python3.12-venv'],
  'nvidia-container-toolkit': ['nvidia-container-toolkit-base', 'libnvidia-container-tools', 'libnvidia-container1'],
  rocminfo: ['hsa-rocr', 'rocm-core'],
};

/** The release line `apt-get update` prints for a source (`Hit:` lines of apt-get/15.txt for noble). */
export const APT_SOURCE_LINES: Record<AptSource, string[]> = {
  ubuntu: [
    'http://archive.ubuntu.com/ubuntu noble InRelease',
    'http://archive.ubuntu.com/ubuntu noble-updates InRelease',
    'http://archive.ubuntu.com/ubuntu noble-backports InRelease',
    'http://security.ubuntu.com/ubuntu noble-security InRelease',
  ],
  docker: ['https://download.docker.com/linux/ubuntu noble InRelease'],
  'nvidia-container': ['https://nvidia.github.io/libnvidia-container/stable/deb/amd64  InRelease'],
  'cuda-wsl-ubuntu': ['https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64  InRelease'],
  'intel-graphics': ['https://repositories.intel.com/gpu/ubuntu noble InRelease'],
  rocm: ['https://repo.radeon.com/rocm/apt/7.2.1 noble InRelease', 'https://repo.radeon.com/graphics/7.2.1/ubuntu noble InRelease'],
};

/** The source that offers a package among the indexed ones, with its version. */
export function candidateOf(pkg: string, indexed: readonly AptSource[]): { source: AptSource; version: string } | null {
  for (const source of indexed) {
    const version = APT_CATALOG[source][pkg];
    if (version !== undefined) return { source, version };
  }
  return null;
}
