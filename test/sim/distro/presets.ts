import { LEGACY_WSL_PACKAGES, LEVEL_ZERO_PACKAGES, ROCDXG_PACKAGE, ROCM_72_PACKAGES } from './collector-vendors.js';
import { TORCH_RELEASE } from './pip-catalog.js';
import { newDistroState, type DistroState } from './state.js';

/**
 * Distros a start state can begin with beyond a fresh image: a user of one's own with a venv,
 * and the AMD or Intel runtime a person would have installed by hand (domain.md §4.2, §4.3).
 * Everything is plain state: the collector shows it through collector-vendors.ts.
 */

export type GpuRuntime = 'rocm-rocdxg' | 'rocm-legacy-wsl' | 'level-zero';

export interface DistroPreset {
  /** The distro's own user (uid 1000), with `~/.venv`. */
  user: string;
  runtime?: GpuRuntime;
  /** pip distributions in `~/.venv`: `torch` with its wheel variant (`rocm7.2`, `xpu`, …), or `torch-directml`. */
  venv?: { torch?: string; directml?: boolean };
}

const RUNTIME_PACKAGES: Record<GpuRuntime, Readonly<Record<string, string>>> = {
  'rocm-rocdxg': { ...ROCM_72_PACKAGES, ...ROCDXG_PACKAGE },
  'rocm-legacy-wsl': LEGACY_WSL_PACKAGES,
  'level-zero': LEVEL_ZERO_PACKAGES,
};

/** A fresh Ubuntu 24.04 with the preset applied. */
export function presetDistroState(name: string, version: 1 | 2, p: DistroPreset): DistroState {
  const d = newDistroState(name, version, { users: [{ name: p.user }] });
  if (p.runtime) d.apt.installed = { ...d.apt.installed, ...RUNTIME_PACKAGES[p.runtime] };
  const packages: DistroState['venvs'][string]['packages'] = {};
  if (p.venv?.torch) packages.torch = { version: `${TORCH_RELEASE}+${p.venv.torch}`, variant: p.venv.torch };
  // torch-directml pins the torch 2.4 line and pulls its CPU build (pip-catalog.ts).
  if (p.venv?.directml) Object.assign(packages, { 'torch-directml': { version: '0.2.5.dev240914', variant: null }, torch: { version: '2.4.1', variant: 'cpu' } });
  if (p.venv) d.venvs[`/home/${p.user}/.venv`] = { owner: p.user, packages };
  return d;
}
