import { BASE_PACKAGES as STEP_BASE_PACKAGES } from '../../../../electron/engine/steps/packages/base.js';
import { runInDistro, type DistroRunResult, type DistroState, type WindowsGpu } from '../../../sim/distro/index.js';

/** Runs in-distro calls one after another, carrying the state, as the fake wsl.exe does. */

export const RTX_4070: WindowsGpu = { vendor: 'NVIDIA', name: 'NVIDIA GeForce RTX 4070', driverVersion: '581.80' };
export const WIN = { gpus: [RTX_4070], wslVersion: '2.6.1.0' };

export const APT = ['/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8', 'apt-get', '-o', 'DPkg::Lock::Timeout=300'];
/** The packages.base step's own list (the collector asks dpkg about the same). */
export const BASE_PACKAGES: readonly string[] = STEP_BASE_PACKAGES;
export const venvOf = (user: string): string => `/home/${user}/.local/share/wsl-gpu-setup/venv`;

export interface Ran extends DistroRunResult {
  out: string;
  err: string;
}

export class Session {
  constructor(
    public distro: DistroState,
    public windows: { gpus: WindowsGpu[]; wslVersion: string } = WIN,
  ) {}

  run(user: string, argv: string[], stdin: string | null = null): Ran {
    const r = runInDistro(this.distro, { user, argv, stdin: stdin === null ? null : Buffer.from(stdin, 'utf8'), windows: this.windows });
    this.distro = r.distro;
    return { ...r, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
  }

  /** The catalogue's distro.user, packages.base and a venv for `user`. */
  prepare(user: string): this {
    this.run('root', ['/usr/sbin/useradd', '--create-home', '--shell', '/bin/bash', '--groups', 'sudo', user]);
    this.run('root', [...APT, 'update']);
    this.run('root', [...APT, 'install', '-y', '--no-install-recommends', ...BASE_PACKAGES]);
    this.run(user, ['/usr/bin/python3', '-m', 'venv', venvOf(user)]);
    return this;
  }

  pip(user: string, ...args: string[]): Ran {
    return this.run(user, ['/usr/bin/env', 'LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', `${venvOf(user)}/bin/python`, '-m', 'pip', 'install', ...args]);
  }
}
