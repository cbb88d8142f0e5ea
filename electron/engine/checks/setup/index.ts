import type { Check } from '../../model.js';
import { distroBasePackagesCheck } from './distro-base-packages.js';
import { distroPresentCheck } from './distro-present.js';
import { distroSystemdCheck } from './distro-systemd.js';
import { distroUserCheck } from './distro-user.js';
import { toolkitInstalledCheck } from './toolkit-installed.js';

/** Checks that exist to verify setup steps (the chosen distro answers, its user, systemd, base packages, a CUDA toolkit). */
export const setupChecks: readonly Check[] = [distroPresentCheck, distroUserCheck, distroSystemdCheck, distroBasePackagesCheck, toolkitInstalledCheck];
