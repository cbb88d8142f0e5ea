import { describe, expect, it } from 'vitest';
import { collectIdentity } from '../../../electron/redact/identity.js';

describe('collectIdentity', () => {
  it('reads names from the environment and the OS', () => {
    const id = collectIdentity(
      { USERNAME: 'winuser', USERPROFILE: 'C:\\Users\\profileuser\\', HOME: '/home/linuxuser', LOGNAME: 'loguser', COMPUTERNAME: 'DESKTOP-1', USERDOMAIN: 'CORP', HOSTNAME: 'box.corp.example.com' },
      { userInfo: () => ({ username: 'osuser' }), hostname: () => 'oshost' },
    );
    expect(id.userNames).toEqual(['winuser', 'loguser', 'profileuser', 'linuxuser', 'osuser']);
    expect(id.hostNames).toEqual(['DESKTOP-1', 'box.corp.example.com', 'box', 'CORP', 'oshost']);
  });

  it('survives an OS that cannot name the user', () => {
    const id = collectIdentity({}, { userInfo: () => { throw new Error('no passwd entry'); }, hostname: () => 'h1' });
    expect(id).toEqual({ userNames: [], hostNames: ['h1'] });
  });
});
