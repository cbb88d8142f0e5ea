import type { Check } from '../../model.js';
import { distroBasePackagesCheck } from './distro-base-packages.js';
import { distroSystemdCheck } from './distro-systemd.js';
import { distroUserCheck } from './distro-user.js';

/** Checks that exist to verify setup steps (the distro's user, systemd and base packages). */
export const setupChecks: readonly Check[] = [distroUserCheck, distroSystemdCheck, distroBasePackagesCheck];
