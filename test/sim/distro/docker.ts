import { insideNvidiaGpu } from './gpu.js';
import { done, fixture, takeNetworkFailure, type DistroRunResult, type ProgramCall } from './result.js';
import { runtimesOf, userOf, type DistroState } from './state.js';

/** nvidia-ctk, systemctl and docker: the container path of stack.docker-nvidia. */

/** The NVIDIA WDDM adapter WSL exposes, if any (the toolkit needs one, domain.md §9 #10). */
const hasNvidiaAdapter = (call: ProgramCall, distro: DistroState): boolean => distro.version === 2 && call.windows.gpus.some((g) => /nvidia/iu.test(g.vendor));

/** `nvidia-ctk runtime configure --runtime=docker` / `nvidia-ctk cdi generate --output=F`. */
export function nvidiaCtk(call: ProgramCall, distro: DistroState): DistroRunResult {
  const args = call.argv.slice(1);
  if (call.user !== 'root') return done(distro, 1, '', 'ERRO[0000] unable to flush config: unable to open /etc/docker/daemon.json for writing: open /etc/docker/daemon.json: permission denied\n');
  if (args[0] === 'runtime' && args[1] === 'configure') {
    if (!args.includes('--runtime=docker')) return done(distro, 1, '', 'ERRO[0000] unrecognized runtime\n');
    const files = { ...distro.files, '/etc/docker/daemon.json': 'nvidia-runtime' };
    return done({ ...distro, files, docker: { ...distro.docker, nvidiaRuntimeConfigured: true } }, 0, '', fixture('nvidia-ctk-runtime-configure-reconstructed.txt'));
  }
  if (args[0] === 'cdi' && args[1] === 'generate') {
    const out = args.find((a) => a.startsWith('--output='))?.slice('--output='.length) ?? null;
    if (!hasNvidiaAdapter(call, distro)) return done(distro, 1, '', fixture('nvidia-ctk-cdi-dxcore-failed.txt'));
    // The spec records the driver in the form the collector compares (NVIDIA's 581.80, not Windows' 32.0.15.8180).
    const driver = insideNvidiaGpu(call.windows.gpus, 2)?.driverVersion ?? null;
    const files = out === null ? distro.files : { ...distro.files, [out]: `cdi-spec:${driver ?? ''}` };
    return done({ ...distro, files, docker: { ...distro.docker, cdiSpecDriver: driver } }, 0, '', fixture('nvidia-ctk-cdi-generate-reconstructed.txt'));
  }
  return done(distro, 1, '', `Incorrect Usage: ${args.join(' ')}\n`);
}

/** `systemctl restart docker`. */
export function systemctl(call: ProgramCall, distro: DistroState): DistroRunResult {
  const [verb, unit] = call.argv.slice(1);
  if (!distro.systemdRunning) return done(distro, 1, '', fixture('systemctl-no-systemd-reconstructed.txt'));
  if (call.user !== 'root') return done(distro, 1, '', `Failed to ${verb ?? ''} ${unit ?? ''}.service: Interactive authentication required.\n`);
  const name = (unit ?? '').replace(/\.service$/u, '');
  if (name !== 'docker' || !distro.docker.installed) return done(distro, 5, '', `Failed to ${verb ?? ''} ${unit ?? ''}.service: Unit ${name}.service not found.\n`);
  if (verb === 'stop') return done({ ...distro, docker: { ...distro.docker, daemonRunning: false, daemonRuntimes: [] } }, 0);
  return done({ ...distro, docker: { ...distro.docker, daemonRunning: true, daemonRuntimes: runtimesOf(distro) } }, 0);
}

/**
 * `docker run --rm --gpus all nvcr.io/nvidia/k8s/cuda-sample:nbody nbody -gpu -benchmark`:
 * the recorded RTX 2060 run when the GPU path works (the figure is that card's, see the
 * fixture's meta), else the error the broken link gives.
 */
export function docker(call: ProgramCall, distro: DistroState): DistroRunResult {
  const args = call.argv.slice(1);
  if (!distro.docker.daemonRunning) return done(distro, 1, '', fixture('docker-daemon-down-reconstructed.txt'));
  if (call.user !== 'root' && !(userOf(distro, call.user)?.groups.includes('docker') ?? false)) {
    return done(distro, 1, '', 'docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.51/containers/create": dial unix /var/run/docker.sock: connect: permission denied.\nSee \'docker run --help\'.\n');
  }
  if (args[0] !== 'run') return done(distro, 0);
  const image = args.find((a, i) => i > 0 && !a.startsWith('-') && args[i - 1] !== '--gpus');
  if (image !== 'nvcr.io/nvidia/k8s/cuda-sample:nbody') return done(distro, 125, '', `Unable to find image '${image ?? ''}' locally\ndocker: Error response from daemon: manifest unknown.\n`);
  const net = takeNetworkFailure(distro);
  if (net.failed) {
    return done(net.distro, 125, '', `Unable to find image '${image}' locally\ndocker: Error response from daemon: Get "https://nvcr.io/v2/": dial tcp: lookup nvcr.io on 10.255.255.254:53: no such host.\nSee 'docker run --help'.\n`);
  }
  const gpus = args.includes('--gpus');
  // dockerd enables --gpus when it finds the NVIDIA hook; the runtime itself matters after a restart.
  if (gpus && (distro.files['/usr/bin/nvidia-container-runtime-hook'] === undefined || !distro.docker.daemonRuntimes.includes('nvidia'))) {
    return done(distro, 125, '', fixture('docker-no-gpu-driver-reconstructed.txt'));
  }
  if (gpus && !hasNvidiaAdapter(call, distro)) return done(distro, 125, '', fixture('docker-wsl-no-adapters.txt'));
  return done(distro, 0, fixture('docker-nbody-rtx2060.txt'));
}
