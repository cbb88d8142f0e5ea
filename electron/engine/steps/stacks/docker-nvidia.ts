import { msg } from '../../../contract/messages.js';
import { ZERO_IS_OK } from '../exit-table.js';
import type { SetupStep, UndoRecord } from '../model.js';
import { aptCommand, NETWORK_RETRY } from '../packages/base.js';
import { assertAptPackages, inDistroCommand } from '../packages/in-distro.js';
import { scriptArgv, setupScriptText } from '../setup-script.js';
import { stackOptions } from './options.js';
import { repoScriptCommand } from './repo-script.js';
import { rootCommand } from './root-command.js';
import { stackTargetOf, stackTargetSchema, venvIsTheUsers, type StackTarget } from './target-params.js';

/**
 * `stack.docker-nvidia`: Docker Engine inside the distro from Docker's apt repository, NVIDIA
 * Container Toolkit from NVIDIA's current repository, the `nvidia` runtime configured, a CDI spec
 * generated (and `docker.cdi-refresh` to regenerate it after a Windows driver update, whose
 * DriverStore paths the spec embeds), the user in the docker group, proved by NVIDIA's nbody
 * sample (domain.md §7). Needs systemd (distro.config sets it). Behind a proxy, the daemon gets
 * it through a systemd drop-in before its restart: `docker pull` runs in dockerd, which sees
 * neither the shell's proxy variables nor apt's.
 */

export const DOCKER_PACKAGES = ['docker-ce', 'docker-ce-cli', 'containerd.io', 'docker-buildx-plugin', 'docker-compose-plugin'] as const;
export const NVIDIA_CONTAINER_PACKAGES = ['nvidia-container-toolkit'] as const;
export const CDI_SPEC = '/etc/cdi/nvidia.yaml';
/** The Docker daemon's proxy drop-in (assets/setup/docker-proxy.sh writes it when a proxy is in use). */
export const DOCKER_PROXY_DROP_IN = '/etc/systemd/system/docker.service.d/wsl-gpu-setup-proxy.conf';
/** Files the two repo scripts write (assets/setup/docker-repo.sh, nvidia-container-repo.sh). */
export const DOCKER_SOURCES = ['/etc/apt/sources.list.d/docker.list', '/etc/apt/keyrings/docker.asc'] as const;
export const NVIDIA_CONTAINER_SOURCES = ['/etc/apt/sources.list.d/nvidia-container-toolkit.list', '/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg'] as const;
export const NBODY_IMAGE = 'nvcr.io/nvidia/k8s/cuda-sample:nbody';

const schema = stackTargetSchema.refine(venvIsTheUsers, { message: 'venv is not the app venv of this user' });

/** `nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml`: also the repair after a driver update. */
const cdiGenerate = rootCommand('cdi-generate', () => ['/usr/bin/nvidia-ctk', 'cdi', 'generate', `--output=${CDI_SPEC}`]);

export const dockerNvidiaStep: SetupStep<StackTarget> = {
  id: 'stack.docker-nvidia',
  stageId: 'stacks',
  title: msg('step.stack.dockerNvidia.title'),
  description: msg('step.stack.dockerNvidia.description'),
  platforms: ['windows'],
  profiles: ['cuda-pro'],
  stack: 'docker-nvidia',
  params: schema,
  defaultParams(facts, choices) {
    if (stackOptions(facts).find((o) => o.id === 'docker-nvidia')?.supported !== true) return null;
    return stackTargetOf(facts, choices);
  },
  preconditions: [],
  verify: ['docker.gpu'],
  fixes: ['docker.gpu'],
  commands: [
    repoScriptCommand<StackTarget>('docker-repo'),
    aptCommand<StackTarget>('apt-update-docker', () => ['update'], 15 * 60_000),
    aptCommand<StackTarget>('apt-install-docker', () => ['install', '-y', ...assertAptPackages(DOCKER_PACKAGES)], 30 * 60_000),
    repoScriptCommand<StackTarget>('nvidia-container-repo'),
    aptCommand<StackTarget>('apt-update-nvidia', () => ['update'], 15 * 60_000),
    aptCommand<StackTarget>('apt-install-nvidia', () => ['install', '-y', ...assertAptPackages(NVIDIA_CONTAINER_PACKAGES)], 30 * 60_000),
    rootCommand('runtime-configure', () => ['/usr/bin/nvidia-ctk', 'runtime', 'configure', '--runtime=docker']),
    cdiGenerate,
    {
      id: 'docker-proxy',
      build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: 'root', argv: scriptArgv('docker-proxy', [p.proxy]), label: 'docker-proxy', timeoutMs: 60_000 }),
      stdin: { kind: 'script', text: () => setupScriptText('docker-proxy') },
      exitCodes: ZERO_IS_OK,
      skip: (_ctx, p) => p.proxy === '',
    },
    rootCommand('docker-restart', () => ['/usr/bin/systemctl', 'restart', 'docker']),
    rootCommand('docker-group', (p) => ['/usr/sbin/usermod', '-aG', 'docker', p.user]),
    {
      // The proof: NVIDIA's nbody sample on the GPU (the docker.gpu check judges the result).
      ...rootCommand('nbody', () => ['/usr/bin/docker', 'run', '--rm', '--gpus', 'all', NBODY_IMAGE, 'nbody', '-gpu', '-benchmark'], 15 * 60_000),
      retry: NETWORK_RETRY,
    },
  ],
  elevation: 'user',
  reboot: 'never',
  // Estimate: Docker Engine packages ~100 MB, the container toolkit ~10 MB, the nbody image ~100 MB. Not measured.
  estimate: { downloadBytes: 250_000_000, seconds: 300 },
  undo: (): UndoRecord => ({
    stack: 'docker-nvidia',
    aptPackages: [...DOCKER_PACKAGES, ...NVIDIA_CONTAINER_PACKAGES],
    aptSources: [...DOCKER_SOURCES, ...NVIDIA_CONTAINER_SOURCES],
    // The drop-in is listed whether or not a proxy was in use: removing a missing file is a no-op.
    paths: [CDI_SPEC, DOCKER_PROXY_DROP_IN],
    groups: ['docker'],
  }),
};

/** `docker.cdi-refresh`: regenerates the CDI spec after a Windows driver update moved the DriverStore paths. */
export const dockerCdiRefreshStep: SetupStep<StackTarget> = {
  id: 'docker.cdi-refresh',
  stageId: 'stacks',
  title: msg('step.docker.cdiRefresh.title'),
  description: msg('step.docker.cdiRefresh.description'),
  platforms: ['windows'],
  profiles: ['repair'],
  params: schema,
  defaultParams: (facts, choices) => stackTargetOf(facts, choices),
  preconditions: [],
  verify: ['docker.gpu'],
  fixes: ['docker.gpu'],
  commands: [cdiGenerate],
  elevation: 'user',
  reboot: 'never',
  estimate: { downloadBytes: 0, seconds: 10 },
};
