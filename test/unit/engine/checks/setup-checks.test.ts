import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DistroFacts } from '../../../../electron/contract/distro-facts.js';
import type { Facts } from '../../../../electron/contract/facts.js';
import { distroSystemdCheck } from '../../../../electron/engine/checks/setup/distro-systemd.js';
import { distroUserCheck } from '../../../../electron/engine/checks/setup/distro-user.js';
import { setupChecks } from '../../../../electron/engine/checks/setup/index.js';
import { gpuChainChecks } from '../../../../electron/engine/checks/gpu-chain/index.js';
import { preflightChecks } from '../../../../electron/engine/checks/preflight/index.js';
import { wslInstalledCheck } from '../../../../electron/engine/checks/wsl-installed.js';
import { wslVersionCheck } from '../../../../electron/engine/checks/wsl-version.js';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import { setupSteps } from '../../../../electron/engine/steps/registry.js';
import { probeCapture } from '../gpu-chain/scenario.js';
import { judge } from './facts-for.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');

/** Facts of a WSL host whose collector document is the recorded healthy RTX 4070 distro, with `over` applied to the distro section. */
function factsWith(over: Partial<DistroFacts> = {}): Facts {
  const stdout = fs.readFileSync(path.join(FIXTURES, 'distro/probe/wsl-rtx4070-healthy.json'));
  const distro = distroFactsFrom(new Map([['distro.probe', probeCapture(stdout, 'wsl')]]));
  if (!distro) throw new Error('no distro facts');
  return { host: { platform: 'windows', simulated: false }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, network: null, distro: { ...distro, ...over } };
}

describe('distro.user', () => {
  it('the collector document\'s user reaches the facts', () => {
    expect(factsWith().distro?.defaultUser).toEqual({ name: 'user', uid: 1000, how: 'passwd' });
  });

  it('passes for a person\'s account (uid ≥ 1000)', () => {
    expect(judge(distroUserCheck, factsWith())).toMatchObject({ status: 'pass', summary: { key: 'setup.check.distroUser.pass', params: { user: 'user' } } });
  });

  it('fails when only root is there, and names the step that fixes it', () => {
    const v = judge(distroUserCheck, factsWith({ defaultUser: { name: 'root', uid: 0, how: 'current' } }));
    expect(v).toMatchObject({ status: 'fail', fix: { stepId: 'distro.user' } });
  });

  it('is unknown when the document does not say, and skipped without a distro', () => {
    expect(judge(distroUserCheck, factsWith({ defaultUser: null })).status).toBe('unknown');
    expect(judge(distroUserCheck, { ...factsWith(), distro: null }).status).toBe('skip');
  });
});

describe('distro.systemd', () => {
  it.each([
    [true, 'pass'],
    [false, 'fail'],
    [null, 'unknown'],
    [undefined, 'unknown'], // the collector does not report it yet
  ] as const)('systemd %s → %s', (systemd, status) => {
    expect(judge(distroSystemdCheck, factsWith({ systemd })).status).toBe(status);
  });

  it('a failure names the distro.config step', () => {
    expect(judge(distroSystemdCheck, factsWith({ systemd: false })).fix?.stepId).toBe('distro.config');
  });
});

describe('the setup steps verify with checks that exist', () => {
  it('every verify / fixes / precondition id of a Windows or distro step is a known check', () => {
    const ids = new Set([...preflightChecks, ...gpuChainChecks(CHECK_REFERENCE), ...setupChecks, wslInstalledCheck, wslVersionCheck].map((c) => c.id));
    for (const s of setupSteps.filter((x) => x.stageId === 'windows' || x.stageId === 'distro')) {
      for (const id of [...s.verify, ...s.fixes, ...s.preconditions]) expect(ids.has(id), `${s.id}: ${id}`).toBe(true);
    }
  });
});
