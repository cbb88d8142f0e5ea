import type { PipPackage } from './state.js';

/**
 * What `pip install` resolves to in the simulated indexes. Torch variants follow
 * assets/data/torch-wheels.json (release 2.14: cu132 is the PyPI default, cu130 and cu126 on
 * download.pytorch.org); the versions are illustrative (no published run is implied by them).
 */

export const TORCH_RELEASE = '2.14.0';
const TORCHVISION = '0.29.0';

/** The wheel variant an index URL serves, or null for an index the simulator does not know. */
export function variantOfIndex(indexUrl: string | null): string | null {
  if (indexUrl === null) return 'pypi';
  const m = /^https:\/\/download\.pytorch\.org\/whl\/(cu13[02]|cu126|xpu|rocm\d+\.\d+|cpu)\/?$/u.exec(indexUrl);
  return m ? (m[1] ?? null) : null;
}

const torchLocal = (variant: string): string => (variant === 'pypi' ? '' : `+${variant}`);

/**
 * The distributions one requirement installs (name → package), or null when the index has no
 * such project ("from versions: none").
 */
export function resolveRequirement(requirement: string, variant: string): Record<string, PipPackage> | null {
  const name = requirement.replace(/\[.*$/u, '').replace(/[=<>~!].*$/u, '').toLowerCase();
  const extras = /\[(.+)\]/u.exec(requirement)?.[1] ?? '';
  const onPytorchIndex = variant !== 'pypi';
  // PyPI's torch is the cu132 build; its version carries no local tag.
  const torchVariant = variant === 'pypi' ? 'cu132' : variant;
  if (name === 'torch') return { torch: { version: `${TORCH_RELEASE}${torchLocal(variant)}`, variant: torchVariant } };
  if (name === 'torchvision') return { torchvision: { version: `${TORCHVISION}${torchLocal(variant)}`, variant: torchVariant } };
  if (onPytorchIndex) return null;
  if (name === 'tensorflow') return { tensorflow: { version: '2.20.0', variant: extras === 'and-cuda' ? 'cuda12' : 'cpu' } };
  if (name === 'jax') return { jax: { version: '0.8.0', variant: extras === 'cuda13' ? 'cuda13' : extras === 'cuda12' ? 'cuda12' : 'cpu' } };
  // torch-directml pins the torch 2.4 line (domain.md §6.1).
  if (name === 'torch-directml') return { 'torch-directml': { version: '0.2.5.dev240914', variant: null }, torch: { version: '2.4.1', variant: 'cpu' } };
  return null;
}
