import { ZERO_IS_OK } from '../exit-table.js';
import { aptCommand, aptInstallArgs } from '../packages/base.js';
import { inDistroCommand } from '../packages/in-distro.js';
import { scriptArgv, setupScriptText } from '../setup-script.js';
import { curlCommand, dpkgInstallCommand } from './deb-download.js';
import { repoScriptCommand } from './repo-script.js';
import { rootCommand } from './root-command.js';
import type { StackTarget } from './target-params.js';
import type { VendorRuntime } from './vendor-runtime.js';

/**
 * ROCm on WSL, the current path (domain.md §4.2): AMD's ROCm 7.2.1 user space from AMD's apt
 * repository (assets/setup/rocm-repo.sh, pinned above Ubuntu's older ROCm), then librocdxg — the
 * layer that lets the HSA runtime reach the GPU through WSL's /dev/dxg — as AMD's prebuilt
 * `rocdxg-roct` package from the librocdxg releases (the README's "Option B": no Windows SDK, no
 * compiler), the loader cache refreshed (librocdxg#46: a stale cache hides the library), and
 * HSA_ENABLE_DXG_DETECTION=1 for login shells (ROCm before 7.13 looks for the WSL GPU only then).
 *
 * `rocminfo` is the one package named: it brings the HSA runtime and rocm-core with it and is what
 * the AMD chain's check runs. PyTorch's ROCm wheels carry their own HIP libraries. librocdxg 1.2.0
 * is the release the librocdxg README pairs with ROCm 7.2.x: the thunk and the runtime must come
 * from the same ROCm build (rocprofiler-sdk "using rocprofv3 on WSL").
 */

export const ROCDXG_VERSION = '1.2.0';
export const ROCDXG_URL = `https://github.com/ROCm/librocdxg/releases/download/v${ROCDXG_VERSION}/rocdxg-roct_${ROCDXG_VERSION}_amd64.deb`;
export const ROCDXG_DEB = '/tmp/rocdxg-roct.deb';
export const ROCM_RUNTIME_PACKAGES = ['rocminfo'] as const;
/** The package the .deb installs (librocdxg's CMakeLists: CPACK_DEBIAN_BINARY_PACKAGE_NAME "rocdxg-roct"). */
export const ROCDXG_PACKAGE = 'rocdxg-roct';
/** The key, source list and pin rocm-repo.sh writes. */
export const ROCM_SOURCES = ['/etc/apt/sources.list.d/rocm.list', '/etc/apt/keyrings/rocm.gpg', '/etc/apt/preferences.d/rocm-pin-600'] as const;
/** The profile script rocm-wsl-env.sh writes. */
export const ROCM_PROFILE = '/etc/profile.d/rocm-wsl.sh';

export const rocmRuntime: VendorRuntime = {
  commands: [
    repoScriptCommand<StackTarget>('rocm-repo'),
    aptCommand<StackTarget>('apt-update', () => ['update'], 15 * 60_000),
    aptCommand<StackTarget>('apt-install', () => aptInstallArgs(ROCM_RUNTIME_PACKAGES), 30 * 60_000),
    curlCommand<StackTarget>('rocdxg-download', ROCDXG_URL, ROCDXG_DEB),
    dpkgInstallCommand<StackTarget>('rocdxg-install', ROCDXG_DEB),
    rootCommand('ldconfig', () => ['/sbin/ldconfig']),
    {
      id: 'rocm-wsl-env',
      build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: 'root', argv: scriptArgv('rocm-wsl-env'), label: 'rocm-wsl-env', timeoutMs: 60_000 }),
      stdin: { kind: 'script', text: () => setupScriptText('rocm-wsl-env') },
      exitCodes: ZERO_IS_OK,
    },
  ],
  undo: { aptPackages: [ROCDXG_PACKAGE, ...ROCM_RUNTIME_PACKAGES], aptSources: [...ROCM_SOURCES], paths: [ROCDXG_DEB, ROCM_PROFILE] },
};
