import type { Facts } from '../../contract/facts.js';
import type { Msg } from '../../contract/messages.js';
import { msg } from '../../contract/messages.js';

/** `applies` for checks of the Windows host: on any other host they skip, with the reason. */
export function onWindowsOnly(facts: Facts): true | Msg {
  return facts.host.platform === 'windows' ? true : msg('check.skip.platform', { platform: facts.host.platform });
}
