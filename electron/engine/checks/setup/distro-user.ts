import { msg } from '../../../contract/messages.js';
import { ev } from '../gpu-chain/common.js';
import { distroCheck } from './probed-distro.js';

/** The first uid of a person's account on Debian/Ubuntu (adduser.conf FIRST_UID). */
const FIRST_PERSON_UID = 1000;

/**
 * A non-root account exists for the person: the collector reports the user it found
 * (`[user] default=` in wsl.conf, else the first uid ≥ 1000 with a home, else the one it runs
 * as). Root, or a system account, fails: the `distro.user` step fixes it.
 */
export const distroUserCheck = distroCheck('distro.user', 'setup.check.distroUser.title', (d) => {
  const user = d.defaultUser;
  if (user === undefined || user === null) return { status: 'unknown', summary: msg('setup.check.distroUser.unknown') };
  const evidence = [ev('setup.evidence.linuxUser', user.name), ev('setup.evidence.linuxUid', user.uid), ev('setup.evidence.linuxUserHow', user.how)];
  if (user.uid < FIRST_PERSON_UID || user.name === 'root') {
    return { status: 'fail', summary: msg('setup.check.distroUser.fail.root', { user: user.name }), evidence, fix: { text: msg('setup.fix.distroUser'), stepId: 'distro.user' } };
  }
  return { status: 'pass', summary: msg('setup.check.distroUser.pass', { user: user.name }), evidence };
});
