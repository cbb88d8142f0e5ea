import type { LinuxPasswordStatus } from '../../../contract/distro-facts.js';
import { msg } from '../../../contract/messages.js';
import { ev } from '../gpu-chain/common.js';
import { distroCheck } from './probed-distro.js';

/** The first uid of a person's account on Debian/Ubuntu (adduser.conf FIRST_UID). */
const FIRST_PERSON_UID = 1000;

const PASSWORD_EVIDENCE: Record<LinuxPasswordStatus, string> = { usable: 'P', locked: 'L', none: 'NP' };

/**
 * The person's own account, ready to use: the default user the collector reports (`[user]
 * default=` in wsl.conf, else the first uid ≥ 1000 with a home and a login shell) is not root or
 * a system account, and has a usable password. Ubuntu's first-launch trap: an account made
 * without a password (locked, or empty) is never asked for one again, and sudo cannot be used.
 * Passes only when both are known; the `distro.user` step fixes either, and a distro with no
 * such account at all (a fresh image: only root).
 */
export const distroUserCheck = distroCheck('distro.user', 'setup.check.distroUser.title', (d) => {
  const user = d.defaultUser;
  if (user === undefined) return { status: 'unknown', summary: msg('setup.check.distroUser.unknown') };
  const fix = { text: msg('setup.fix.distroUser'), stepId: 'distro.user' };
  if (user === null) return { status: 'fail', summary: msg('setup.check.distroUser.fail.none'), fix };
  const password = user.password ?? null;
  const evidence = [
    ev('setup.evidence.linuxUser', user.name),
    ev('setup.evidence.linuxUid', user.uid),
    ev('setup.evidence.linuxUserHow', user.how),
    ev('setup.evidence.linuxPassword', password === null ? null : PASSWORD_EVIDENCE[password]),
  ];
  if (user.uid < FIRST_PERSON_UID || user.name === 'root') {
    return { status: 'fail', summary: msg('setup.check.distroUser.fail.root', { user: user.name }), evidence, fix };
  }
  if (password === 'locked' || password === 'none') {
    return { status: 'fail', summary: msg('setup.check.distroUser.fail.noPassword', { user: user.name }), evidence, fix };
  }
  if (password === null) return { status: 'unknown', summary: msg('setup.check.distroUser.unknownPassword', { user: user.name }), evidence };
  return { status: 'pass', summary: msg('setup.check.distroUser.pass', { user: user.name }), evidence };
});
