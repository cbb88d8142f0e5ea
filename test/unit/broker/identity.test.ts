import { describe, expect, it } from 'vitest';
import { compareIdentity } from '../../../electron/broker/identity.js';
import { isEndpointPath } from '../../../electron/broker/endpoint.js';
import { parseBrokerArgs } from '../../../electron/broker/broker-main.js';

const alice = { user: 'alice', sid: 'S-1-5-21-1-2-3-1001', uid: null };

describe('compareIdentity', () => {
  it.each([
    ['the same SID, names differing in case', alice, { ...alice, user: 'ALICE' }, 'same'],
    ['another SID (over-the-shoulder admin)', alice, { user: 'admin', sid: 'S-1-5-21-1-2-3-500', uid: null }, 'other'],
    ['the same name but another SID (another domain)', alice, { ...alice, sid: 'S-1-5-21-9-9-9-1001' }, 'other'],
    ['the same uid', { user: 'a', sid: null, uid: 1000 }, { user: 'a', sid: null, uid: 1000 }, 'same'],
    ['another uid', { user: 'a', sid: null, uid: 1000 }, { user: 'root', sid: null, uid: 0 }, 'other'],
    ['another name, no SID on one side', alice, { user: 'admin', sid: null, uid: null }, 'other'],
    ['the same name, a SID on one side only', alice, { user: 'alice', sid: null, uid: null }, 'unverifiable'],
    ['the same name, no ids at all', { user: 'Bob', sid: null, uid: null }, { user: 'bob', sid: null, uid: null }, 'same'],
  ] as const)('%s', (_name, expected, actual, verdict) => {
    expect(compareIdentity(expected, actual)).toBe(verdict);
  });
});

describe('broker arguments', () => {
  const secret = 'ab'.repeat(32);
  const pipe = '\\\\.\\pipe\\wsl-gpu-setup-' + '0f'.repeat(16);

  it('accepts exactly --pipe and --secret (after --broker)', () => {
    expect(parseBrokerArgs(['--broker', '--pipe', pipe, '--secret', secret], 'win32')).toEqual({ pipe, secret });
    expect(parseBrokerArgs(['--secret', secret, '--pipe', '/tmp/wgs-broker-x/broker.sock'], 'linux')).toEqual({ pipe: '/tmp/wgs-broker-x/broker.sock', secret });
  });

  it.each([
    ['a pipe of another name', ['--pipe', '\\\\.\\pipe\\docker_engine', '--secret', secret]],
    ['a short secret', ['--pipe', pipe, '--secret', 'ab']],
    ['an extra argument', ['--pipe', pipe, '--secret', secret, '--step', 'x']],
    ['a repeated option', ['--pipe', pipe, '--pipe', pipe]],
  ])('refuses %s', (_name, argv) => {
    expect(parseBrokerArgs(argv, 'win32')).toBeNull();
  });

  it('knows its endpoint names per platform', () => {
    expect(isEndpointPath(pipe, 'win32')).toBe(true);
    expect(isEndpointPath('\\\\.\\pipe\\wsl-gpu-setup-' + 'G'.repeat(32), 'win32')).toBe(false);
    expect(isEndpointPath('relative/broker.sock', 'linux')).toBe(false);
  });
});
