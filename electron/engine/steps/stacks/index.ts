import type { AnySetupStep } from '../model.js';

/** The stacks steps, in the order a fresh machine needs them. */
export const stacksSteps: readonly AnySetupStep[] = [];
