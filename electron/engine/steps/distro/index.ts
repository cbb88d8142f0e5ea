import type { AnySetupStep } from '../model.js';

/** The distro steps, in the order a fresh machine needs them. */
export const distroSteps: readonly AnySetupStep[] = [];
