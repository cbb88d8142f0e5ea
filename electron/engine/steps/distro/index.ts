import type { AnySetupStep } from '../model.js';
import { configStep } from './config.js';
import { exportStep } from './export.js';
import { installStep } from './install.js';
import { userStep } from './user.js';
import { wsl2Step } from './wsl2.js';

/** The distro steps, in the order a fresh machine needs them. */
export const distroSteps: readonly AnySetupStep[] = [exportStep, installStep, wsl2Step, userStep, configStep];
