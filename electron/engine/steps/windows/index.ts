import type { AnySetupStep } from '../model.js';

/** The windows steps, in the order a fresh machine needs them. */
export const windowsSteps: readonly AnySetupStep[] = [];
