import type { NvidiaFacts } from './nvidia-facts.js';

/**
 * `facts.distro`: what the in-distro collector (assets/probe) read inside a WSL distro or on
 * native Linux, reduced to the links of the GPU chain. Part of the public `diagnose --json`
 * output, so fields are only ever added. A value that could not be read is `null`, never a guess.
 */

/** The collector run itself: whether its document could be read, and its own problems. */
export interface DistroProbeFacts {
  ok: boolean;
  /** Why no document came out (`no-document`, `bad-json`, `launch-failed`, …); null when ok. */
  error: { code: string; message: string } | null;
  /** Problems the collector reported about itself (`python3-missing`, `budget-exceeded`, …). */
  errors: { code: string; message: string }[];
  python: { executable: string; version: string } | null;
}

/** `/usr/lib/wsl/lib`, the read-only share of the Windows driver's user-mode libraries. */
export interface WslLibFacts {
  present: boolean;
  /** `libcuda.so`, `libcuda.so.1`, `libcuda.so.1.1`, … as listed. */
  libcuda: string[];
  nvidiaSmi: boolean;
  /** Newest modification time of a libcuda file (ISO, minute or day precision): the driver's arrival. */
  libcudaModified: string | null;
}

/** A native Linux NVIDIA driver: the kernel module and its device nodes. */
export interface NativeDriverFacts {
  /** From `/proc/driver/nvidia/version`, e.g. `550.54.14`; null when the module is not loaded. */
  kernelModuleVersion: string | null;
  openKernelModule: boolean | null;
  /** `/dev/nvidia0`, `/dev/nvidiactl`, `/dev/nvidia-uvm`, … */
  devNodes: string[];
}

/** One device as the CUDA driver API (libcuda via ctypes) sees it. */
export interface DistroCudaDevice {
  name: string | null;
  /** `8.9` */
  computeCapability: string | null;
  smCount: number | null;
  memoryMiB: number | null;
  pciBusId: string | null;
}

/** The CUDA driver API query: no toolkit involved. */
export interface DistroCudaFacts {
  /** `ok`, `no-device`, `no-library`, `init-failed`, `failed`, `timeout`, `crashed`, `not-run`. */
  status: string;
  /** `cuDriverGetVersion`, e.g. 13000; the newest CUDA the driver supports. */
  driverVersion: number | null;
  /** `13.0` */
  driverVersionText: string | null;
  devices: DistroCudaDevice[];
  error: { name: string | null; code: number | null; call: string; message: string | null } | null;
  /** The libcuda file the loader mapped, e.g. `/usr/lib/wsl/lib/libcuda.so.1`. */
  library: string | null;
}

/** The CUDA toolkit in the distro (only needed to compile CUDA code). */
export interface ToolkitFacts {
  /** `13.0` from `nvcc --version`; null when nvcc is absent. */
  nvccVersion: string | null;
  /** Installed `cuda-toolkit*` packages. */
  packages: string[];
  /**
   * False when a package that NVIDIA's wsl-ubuntu repository does not ship (`cuda-drivers`) is
   * installed; null when nothing captured tells the repository apart.
   */
  fromWslUbuntuRepo: boolean | null;
}

/** Frameworks the collector looks at. */
export type FrameworkName = 'torch' | 'tensorflow' | 'jax' | 'torch_directml';

/** Stable kinds of CUDA start-up failures seen in framework output. */
export type CudaErrorKind =
  | 'no-driver'
  | 'driver-init-failed'
  | 'driver-too-old'
  | 'no-kernel-image'
  | 'device-enumeration'
  | 'no-device'
  | 'not-compiled'
  | 'out-of-memory';

/** Where a python interpreter was found; the order in which one is judged (configured first). */
export type InterpreterSource = 'configured' | 'venv' | 'conda' | 'user-site' | 'system';

/** Which interpreter a framework check (or the benchmark) was judged in. */
export interface InterpreterRef {
  /** As run, e.g. `/home/u/.venv/bin/python3` (a venv's python is a symlink: the path is what counts). */
  path: string;
  source: InterpreterSource;
  /** The user it ran as; null when the document does not say (probeVersion 1: the collector's own). */
  user: string | null;
}

/** One python interpreter the collector looked in, with the frameworks installed there. */
export interface InterpreterFacts extends InterpreterRef {
  version: string | null;
  /** Frameworks found in it (without importing them), with their package versions. */
  installed: { name: FrameworkName; version: string | null }[];
  /** Why it could not be looked in. */
  error: string | null;
}

/** One framework's view of the GPU. */
export interface FrameworkFacts {
  name: FrameworkName;
  installed: boolean;
  /** The collector's status: `not-installed`, `ok`, `no-gpu`, `op-failed`, `failed`, `timeout`, `crashed`. */
  status: string;
  version: string | null;
  /** `12.6` (torch.version.cuda / TF build info); null for CPU-only or ROCm builds. */
  cudaBuild: string | null;
  hipBuild: string | null;
  /** True when the build has no GPU backend at all (`+cpu` torch, TF without CUDA). */
  cpuOnlyBuild: boolean | null;
  archList: string[] | null;
  /** `sm_89` */
  deviceArch: string | null;
  /** The build has kernels for the device (exact or compatible SASS, or PTX it can JIT); null: unknown. */
  archMatches: boolean | null;
  gpuVisible: boolean | null;
  deviceName: string | null;
  /** A real tensor op: `onGpu` when it ran on the GPU, `ok` when it matched the CPU result. */
  tensorOp: { ok: boolean; onGpu: boolean; error: string | null } | null;
  error: string | null;
  /** The recognized kind of CUDA failure in the error or the child's stderr. */
  errorKind: CudaErrorKind | null;
  /** The interpreter this view was read in; null when none was judged (not installed anywhere). */
  interpreter: InterpreterRef | null;
  /**
   * PyTorch only: the GPU backend of the build — `cuda` (torch.version.cuda), `hip` (ROCm,
   * torch.version.hip), `xpu` (Intel, torch.version.xpu or torch.xpu present), `cpu`; absent for
   * other frameworks and older documents.
   */
  backend?: 'cuda' | 'hip' | 'xpu' | 'cpu' | null;
}

/** The PyTorch micro-benchmark (`--bench`). */
export interface BenchFacts {
  /** `ok`, `partial`, `no-gpu`, `skipped`, `failed`, `timeout`, `crashed`. */
  status: string;
  reason: string | null;
  device: string | null;
  fp32Tflops: number | null;
  tf32Tflops: number | null;
  fp16Tflops: number | null;
  bf16Tflops: number | null;
  /** Device-to-device copy; counts the read and the write. */
  copyGBps: number | null;
  sizes: { matmulN: number | null; copyBytes: number | null };
  torchVersion: string | null;
  cudaBuild: string | null;
  errors: string[];
  /** Figures the engine must not trust (see BenchSuspectFigure); empty when all are plausible. */
  suspect: BenchSuspectFigure[];
  /** The interpreter the benchmark ran in (the one PyTorch was judged in); absent when unknown. */
  interpreter?: InterpreterRef | null;
  /** Dtypes the child did not measure, with its reason (`time budget`, `not supported by this GPU`); absent = none. */
  skipped?: BenchSkippedDtype[];
}

/** One dtype the benchmark child skipped, with the reason it printed. */
export interface BenchSkippedDtype {
  what: string;
  reason: string;
}

/** A benchmark metric: matmul TFLOP/s per dtype, or the device copy in GB/s. */
export type BenchMetric = 'fp32' | 'tf32' | 'fp16' | 'bf16' | 'copyGBps';

/**
 * A benchmark figure that cannot be right: it does not follow from its own n/bytes, iterations
 * and milliseconds (`inconsistent`), lacks those fields (`unverifiable`), or is above what the
 * card can do at all (`above-peak`). `expected` is the recomputed figure or the card's peak.
 */
export interface BenchSuspectFigure {
  metric: BenchMetric;
  reason: 'inconsistent' | 'unverifiable' | 'above-peak';
  reported: number;
  expected: number | null;
}

/** One CDI spec file (`/etc/cdi`, `/var/run/cdi`). */
export interface CdiSpecFacts {
  path: string;
  /** ISO time (minute or day precision, as `ls -la` prints it). */
  modified: string | null;
}

/** Docker as seen from the distro. */
export interface DockerFacts {
  cliPresent: boolean;
  daemonReachable: boolean;
  serverVersion: string | null;
  clientVersion: string | null;
  runtimes: string[];
  defaultRuntime: string | null;
  cdiSpecDirs: string[];
  cdiSpecs: CdiSpecFacts[];
  nvidiaCtkVersion: string | null;
  /**
   * `nvidia-container-runtime-hook` on the daemon's PATH: dockerd then accepts `--gpus` without
   * an `nvidia` runtime or a CDI spec (moby daemon/nvidia_linux.go); null when not found or not captured.
   */
  nvidiaHookPath: string | null;
  error: string | null;
}

/** One GPU agent `rocminfo` lists (`Device Type: GPU`). */
export interface RocmGpuAgent {
  /** The ISA name, e.g. `gfx1100`. */
  name: string;
  /** `AMD Radeon RX 7900 XTX`; null when not printed. */
  marketingName: string | null;
  computeUnits: number | null;
}

/**
 * AMD ROCm on WSL (domain.md §4.2): how the HSA runtime reaches the GPU through `/dev/dxg`.
 * `layout`: `rocdxg` (librocdxg under /opt/rocm/lib, ROCm ≥ 7.1), `legacy-wsl` (the
 * `hsa-runtime-rocr4wsl-amdgpu` package of `amdgpu-install --usecase=wsl`, ROCm 6.1.3–6.4.x),
 * null when neither is there.
 */
export interface RocmFacts {
  layout: 'rocdxg' | 'legacy-wsl' | null;
  /** `librocdxg.so*` files under /opt/rocm/lib. */
  rocdxgLibs: string[];
  /** `libhsa-runtime64.so*` files under /opt/rocm/lib. */
  hsaRuntimeLibs: string[];
  /** Installed ROCm/HSA/rocdxg packages with their versions (`rocm-core 7.2.0.70200-43~24.04`). */
  packages: string[];
  /** `rocminfo` run with HSA_ENABLE_DXG_DETECTION=1; null when not captured. */
  rocminfo: {
    /** `ok` (ran, exit 0), `failed` (non-zero exit or a signal), `timeout`, `not-found`. */
    status: 'ok' | 'failed' | 'timeout' | 'not-found';
    exitCode: number | null;
    /** The runtime said it runs under WSL (`WSL environment detected.`). */
    wslDetected: boolean;
    gpuAgents: RocmGpuAgent[];
    /** The last stderr (or stdout) line when it failed, bounded. */
    error: string | null;
  } | null;
}

/** Intel's Level Zero runtime inside the distro, from the loader cache (`ldconfig -p`). */
export interface LevelZeroFacts {
  /** Path of `libze_loader.so.1`; null when the cache does not list it. */
  loader: string | null;
  /** Path of `libze_intel_gpu.so.1` (the GPU driver the loader needs); null when absent. */
  gpuDriver: string | null;
  /** Installed Level Zero / compute-runtime packages with versions, for evidence. */
  packages: string[];
}

/** The DirectX 12 user-mode libraries WSL shares in /usr/lib/wsl/lib (DirectML's road, any vendor). */
export interface D3d12Facts {
  libd3d12: boolean;
  libdxcore: boolean;
}

/** Everything read inside the distro. */
export interface DistroFacts {
  probe: DistroProbeFacts;
  target: 'wsl' | 'linux' | null;
  /** `PRETTY_NAME` of /etc/os-release. */
  name: string | null;
  kernelRelease: string | null;
  isWsl: boolean;
  /** 1 (`…-Microsoft` pseudo-kernel) or 2 (`…-microsoft-standard…`); null on native Linux or unknown. */
  wslGeneration: 1 | 2 | null;
  /** `/dev/dxg` exists; null when not captured. */
  dxg: boolean | null;
  wslLib: WslLibFacts | null;
  /** The first `libcuda.so.1` in the loader cache (`ldconfig -p`); null when absent or not captured. */
  libcudaResolved: string | null;
  /** Harmless ldconfig warnings (`… is not a symbolic link`), kept as evidence only. */
  ldconfigWarnings: string[];
  /**
   * `/usr/lib/wsl/lib/libcuda.so.1` as lstat sees it (or the `ls -la` listing, for older
   * documents): `file` is the driver share's normal state and the reason `ldconfig` warns "is not
   * a symbolic link" while rebuilding its cache (harmless); `missing` when absent; null when not captured.
   */
  wslLibcudaFileType: 'file' | 'link' | 'missing' | 'other' | null;
  /** Installed Linux NVIDIA driver packages (`nvidia-driver-*`, `cuda-drivers`, …); null without dpkg. */
  linuxDriverPackages: string[] | null;
  /** Installed `cuda` / `cuda-X-Y` meta-packages: evidence only, they carry no driver themselves; null without dpkg. */
  cudaMetaPackages: string[] | null;
  /** Where nvidia-smi was found (`/usr/lib/wsl/lib/nvidia-smi`, `/usr/bin/nvidia-smi`); null when absent. */
  nvidiaSmiPath: string | null;
  nativeDriver: NativeDriverFacts | null;
  /** From the in-distro nvidia-smi. */
  nvidia: NvidiaFacts | null;
  cuda: DistroCudaFacts | null;
  toolkit: ToolkitFacts | null;
  frameworks: FrameworkFacts[];
  /** Every interpreter looked in, in judging order (configured, venv, conda, user-site, system). */
  interpreters: InterpreterFacts[];
  bench: BenchFacts | null;
  docker: DockerFacts | null;
  powerSource: 'ac' | 'battery' | null;
  /** Which WSL distro the collector ran in, and why that one; null on native Linux. */
  wslTarget: WslTargetFacts | null;
  /** The boot allowance before the collector (WSL only); null when it did not run. */
  boot: DistroBootFacts | null;
  /** How long the collector run itself took (ms), apart from the boot; null when it did not run. */
  collectorMs: number | null;
  /**
   * The Linux user the collector looked in (document v2 `user`): `how` says how it was found —
   * `wsl.conf` (`[user] default=`), `passwd` (first uid 1000–59999 with a home) or `current`.
   * Absent when the document does not report it (version 1, facts built before it existed); null
   * when the collector found none (only root and system accounts).
   */
  defaultUser?: { name: string; uid: number; how: string; password?: LinuxPasswordStatus | null } | null;
  /** PID 1 is systemd. Absent until the collector reports it; null when it could not tell. */
  systemd?: boolean | null;
  /** What /etc/wsl.conf asks for (document v3); absent or null when not reported. */
  wslConf?: WslConfFacts | null;
  /** The `packages.base` step's packages and which are missing (document v3); absent or null when not reported. */
  basePackages?: BasePackagesFacts | null;
  /** AMD ROCm inside the distro; absent or null when the collector did not look (older documents). */
  rocm?: RocmFacts | null;
  /** Intel Level Zero inside the distro; absent or null when not captured. */
  levelZero?: LevelZeroFacts | null;
  /** The D3D12/DXCore libraries of /usr/lib/wsl/lib; absent or null when not captured. */
  d3d12?: D3d12Facts | null;
}

/**
 * `passwd -S` of the default user: `usable` (P), `locked` (L: an account made without a
 * password — Ubuntu never asks for one again, and sudo cannot be used), `none` (NP: empty).
 */
export type LinuxPasswordStatus = 'usable' | 'locked' | 'none';

/** /etc/wsl.conf as read inside the distro. WSL applies it only when the distro next starts. */
export interface WslConfFacts {
  present: boolean;
  /** `[boot] systemd`: true/false as WSL reads it; null when absent or not a boolean. */
  systemd: boolean | null;
  /** `[user] default`. */
  defaultUser: string | null;
  /** Why it could not be read or parsed. */
  error: string | null;
}

/** The base packages (`dpkg-query` status) of the `packages.base` step. */
export interface BasePackagesFacts {
  /** The packages asked about, as the collector asked. */
  wanted: string[];
  /** Those not in the `installed` state (never installed, removed, half-installed). */
  missing: string[];
}

/**
 * The distro the GPU chain was read in. `source`: `explicit` (named with `--distro`),
 * `wsl-default` (WSL's default, the user's own), `instead-of-utility` (WSL's default belongs to
 * Docker Desktop, Rancher Desktop or Podman, so the user's own distro was taken), `none` (only
 * such distros are registered: nothing was probed).
 */
export interface WslTargetFacts {
  /** The distro probed; null when WSL's default was used and `wsl -l -v` did not name it, or for `none`. */
  name: string | null;
  source: 'explicit' | 'wsl-default' | 'instead-of-utility' | 'none';
  /** The probed distro is a container tool's own (possible only when named explicitly). */
  utility: boolean;
  /** WSL's default when it was passed over for being a container tool's distro. */
  replacedDefault: string | null;
  /** The container tools' distros listed, for `none`. */
  utilities: string[];
}

/** `wsl.exe -u root --exec /bin/true` in that distro: how long starting the VM and the distro took. */
export interface DistroBootFacts {
  /** `ok` (started), `failed` (wsl.exe or the distro answered with an error), `timeout` (no answer within the allowance). */
  status: 'ok' | 'failed' | 'timeout';
  durationMs: number;
  exitCode: number | null;
  /** wsl.exe's own words when it failed (bounded excerpt); null when ok. */
  message: string | null;
}
