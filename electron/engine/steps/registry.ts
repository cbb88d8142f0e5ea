import { distroSteps } from './distro/index.js';
import type { AnySetupStep } from './model.js';
import { packagesSteps } from './packages/index.js';
import { stacksSteps } from './stacks/index.js';
import { windowsSteps } from './windows/index.js';

/** Every setup step, in the order a fresh machine needs them. Ids are unique (a test checks). */
export const setupSteps: readonly AnySetupStep[] = [...windowsSteps, ...distroSteps, ...packagesSteps, ...stacksSteps];

/** The step with this id, or undefined. */
export function findSetupStep(id: string): AnySetupStep | undefined {
  return setupSteps.find((s) => s.id === id);
}
