import { describe, expect, it } from 'vitest';
import { networkFactsFrom } from '../../../../electron/engine/facts/network-facts.js';
import type { Capture } from '../../../../electron/engine/model.js';
import { defaultPlan } from '../../../../electron/engine/plan/default-plan.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';

function capture(over: Partial<Capture>): Capture {
  return { probe: 'network.reachability', argv: ['powershell.exe'], exitCode: 0, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), encoding: 'utf-8', durationMs: 1, launchError: null, ...over };
}

describe('networkFactsFrom', () => {
  it('is null when the probe was not captured (a host it does not apply to, a bundle without it)', () => {
    expect(networkFactsFrom(new Map())).toBeNull();
  });

  it('says not-run with the launch error when PowerShell could not start or was stopped', () => {
    const net = networkFactsFrom(new Map([['network.reachability', capture({ exitCode: null, launchError: 'stopped: timeout' })]]));
    expect(net).toMatchObject({ measured: false, unmeasuredReason: 'not-run', message: 'stopped: timeout' });
  });

  it('keeps what was measured even when the exit code is not 0', () => {
    const stdout = Buffer.from('{"schema":1,"endpoints":[{"Id":"pytorch.wheels","Completed":true,"Status":200}]}\r\n');
    const net = networkFactsFrom(new Map([['network.reachability', capture({ exitCode: 1, stdout })]]));
    expect(net?.measured).toBe(true);
    expect(net?.endpoints.find((r) => r.id === 'pytorch.wheels')?.outcome).toBe('reachable');
  });
});

describe('the default plan', () => {
  it('probes the network on Windows, read-only, beside the other host probes', () => {
    const probe = defaultPlan({ target: 'none', bench: false }, CHECK_REFERENCE).probes.find((p) => p.id === 'network.reachability');
    expect(probe?.platforms).toEqual(['windows']);
  });
});
