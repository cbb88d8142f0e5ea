import { describe, expect, it } from 'vitest';
import { defaultDistroProbe, DISTRO_PROBE_ID, distroProbe } from '../../../../electron/engine/probes/distro-probe.js';
import type { ProbeContext } from '../../../../electron/engine/model.js';
import { HEREDOC_END } from '../../../../electron/host/distro/probe-script.js';

const ctx = {
  host: { platform: 'windows', simulated: true },
  env: {},
  tool: (name: string) => `C:\\Windows\\System32\\${name}`,
  exec: { exec: () => Promise.reject(new Error('not used')) },
} as unknown as ProbeContext;

describe('distroProbe', () => {
  it('on Linux runs the local collector with the script on stdin', () => {
    const p = distroProbe({ target: 'local', bench: false });
    expect(p).toMatchObject({ id: DISTRO_PROBE_ID, platforms: ['linux'] });
    expect(p.spec(ctx)).toMatchObject({ file: '/bin/sh', args: ['-s', '--'] });
    const stdin = String(p.stdin?.(ctx));
    expect(stdin).toContain(`<<'${HEREDOC_END}'`);
    expect(stdin).toContain('CHILD_SOURCES = {');
  });

  it('on Windows goes through the resolved wsl.exe into the named distro', () => {
    const p = distroProbe({ target: 'wsl', distro: 'Ubuntu', bench: true });
    expect(p.platforms).toEqual(['windows']);
    expect(p.spec(ctx).args).toEqual(['-d', 'Ubuntu', '-u', 'root', '--exec', '/bin/sh', '-s', '--', '--bench']);
    expect(p.spec(ctx).file).toBe('C:\\Windows\\System32\\wsl.exe');
  });

  it('refuses a name outside the allow-list instead of probing another distro', () => {
    expect(() => distroProbe({ target: 'wsl', distro: '-d', bench: false })).toThrow(RangeError);
    expect(() => distroProbe({ target: 'wsl', distro: 'a;b', bench: false })).toThrow(RangeError);
  });

  it('picks the probe for the host', () => {
    expect(defaultDistroProbe('linux')?.platforms).toEqual(['linux']);
    expect(defaultDistroProbe('windows')?.spec(ctx).args).toEqual(['-u', 'root', '--exec', '/bin/sh', '-s', '--']);
    expect(defaultDistroProbe('other')).toBeNull();
  });
});
