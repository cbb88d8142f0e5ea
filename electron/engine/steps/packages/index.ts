import type { AnySetupStep } from '../model.js';

/** The packages steps, in the order a fresh machine needs them. */
export const packagesSteps: readonly AnySetupStep[] = [];
