import type { AnySetupStep } from '../model.js';
import { packagesBaseStep } from './base.js';

/** The packages steps, in the order a fresh machine needs them. */
export const packagesSteps: readonly AnySetupStep[] = [packagesBaseStep];
