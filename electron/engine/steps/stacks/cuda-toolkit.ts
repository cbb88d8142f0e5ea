import { z } from 'zod';
import { msg } from '../../../contract/messages.js';
import type { SetupStep, UndoRecord } from '../model.js';
import { aptCommand } from '../packages/base.js';
import { assertAptPackages } from '../packages/in-distro.js';
import { curlCommand, dpkgInstallCommand } from './deb-download.js';
import { nvidiaOf } from './gpu-facts.js';
import { cudaToolkitPackageFor, stackOptions } from './options.js';
import { stackTargetOf, stackTargetSchema, venvIsTheUsers } from './target-params.js';

/**
 * `stack.cuda-toolkit`: the CUDA toolkit from NVIDIA's `wsl-ubuntu` repository (which carries no
 * driver), through its cuda-keyring package; only a `cuda-toolkit-X-Y` meta-package, never
 * `cuda`, `cuda-drivers` or `nvidia-driver-*` (they put a Linux driver into the distro that cannot
 * talk to /dev/dxg, domain.md §5.3). 13.0 on a 580+ driver with a Turing or newer GPU, else 12.9.
 */

export const CUDA_KEYRING_URL = 'https://developer.download.nvidia.com/compute/cuda/repos/wsl-ubuntu/x86_64/cuda-keyring_1.1-1_all.deb';
export const CUDA_KEYRING_DEB = '/tmp/cuda-keyring.deb';
/** The source list cuda-keyring installs for the wsl-ubuntu repository. */
export const CUDA_SOURCE_LIST = '/etc/apt/sources.list.d/cuda-wsl-ubuntu-x86_64.list';

const TOOLKITS = ['cuda-toolkit-13-0', 'cuda-toolkit-12-9'] as const;

const schema = stackTargetSchema.extend({ toolkit: z.enum(TOOLKITS) }).refine(venvIsTheUsers, { message: 'venv is not the app venv of this user' });
export type CudaToolkitParams = z.infer<typeof schema>;

export const cudaToolkitStep: SetupStep<CudaToolkitParams> = {
  id: 'stack.cuda-toolkit',
  stageId: 'stacks',
  title: msg('step.stack.cudaToolkit.title'),
  description: msg('step.stack.cudaToolkit.description'),
  platforms: ['windows'],
  profiles: ['cuda-pro'],
  stack: 'cuda-toolkit',
  params: schema,
  defaultParams(facts, choices) {
    if (stackOptions(facts).find((o) => o.id === 'cuda-toolkit')?.supported !== true) return null;
    const target = stackTargetOf(facts, choices);
    const nv = nvidiaOf(facts);
    return target === null ? null : { ...target, toolkit: cudaToolkitPackageFor(nv?.driver ?? null, nv?.computeCapability ?? null) };
  },
  preconditions: [],
  verify: ['toolkit.installed', 'toolkit.cuda'],
  fixes: ['toolkit.installed', 'toolkit.cuda'],
  commands: [
    curlCommand<CudaToolkitParams>('cuda-keyring-download', CUDA_KEYRING_URL, CUDA_KEYRING_DEB),
    dpkgInstallCommand<CudaToolkitParams>('cuda-keyring-install', CUDA_KEYRING_DEB),
    aptCommand<CudaToolkitParams>('apt-update', () => ['update'], 15 * 60_000),
    aptCommand<CudaToolkitParams>('apt-install', (p) => ['install', '-y', ...assertAptPackages([p.toolkit])], 90 * 60_000),
  ],
  elevation: 'user',
  reboot: 'never',
  // Estimate: cuda-toolkit-13-0 with its dependencies is several GB of .debs (NVIDIA lists no
  // figure; domain.md §1.5 budgets the toolkit as the largest item). Not measured.
  estimate: { downloadBytes: 3_500_000_000, seconds: 1200 },
  undo: (p): UndoRecord => ({ stack: 'cuda-toolkit', aptPackages: [p.toolkit, 'cuda-keyring'], aptSources: [CUDA_SOURCE_LIST], paths: [CUDA_KEYRING_DEB] }),
};
