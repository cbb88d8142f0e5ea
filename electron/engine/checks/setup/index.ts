import type { Check } from '../../model.js';
import { distroSystemdCheck } from './distro-systemd.js';
import { distroUserCheck } from './distro-user.js';

/** Checks that exist to verify setup steps (the distro's user and systemd). */
export const setupChecks: readonly Check[] = [distroUserCheck, distroSystemdCheck];
