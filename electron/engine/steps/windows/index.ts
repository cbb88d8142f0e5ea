import type { AnySetupStep } from '../model.js';
import { defaultVersionStep } from './default-version.js';
import { vmpStep } from './vmp.js';
import { wslFeatureStep } from './wsl-feature.js';
import { wslInstallStep } from './wsl-install.js';
import { wslUpdateStep } from './wsl-update.js';

/** The windows steps, in the order a fresh machine needs them. */
export const windowsSteps: readonly AnySetupStep[] = [vmpStep, wslFeatureStep, wslInstallStep, wslUpdateStep, defaultVersionStep];
