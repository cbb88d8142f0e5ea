import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DistroFacts } from '../../../../electron/contract/distro-facts.js';
import type { Facts } from '../../../../electron/contract/facts.js';
import { distroSystemdCheck } from '../../../../electron/engine/checks/setup/distro-systemd.js';
import { distroUserCheck } from '../../../../electron/engine/checks/setup/distro-user.js';
import { distroBasePackagesCheck } from '../../../../electron/engine/checks/setup/distro-base-packages.js';
import { probesFor } from '../../../../electron/engine/checks/probe-needs.js';
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
  const person = { name: 'user', uid: 1000, how: 'passwd' } as const;

  it('the collector document\'s user reaches the facts; a version 2 document says nothing about the password', () => {
    expect(factsWith().distro?.defaultUser).toEqual({ ...person, password: null });
  });

  it('passes only for a person\'s account (uid ≥ 1000) with a usable password', () => {
    expect(judge(distroUserCheck, factsWith({ defaultUser: { ...person, password: 'usable' } }))).toMatchObject({ status: 'pass', summary: { key: 'setup.check.distroUser.pass', params: { user: 'user' } } });
  });

  it.each(['locked', 'none'] as const)('fails when the account\'s password is %s (Ubuntu never asks again), naming the distro.user step', (password) => {
    const v = judge(distroUserCheck, factsWith({ defaultUser: { ...person, password } }));
    expect(v).toMatchObject({ status: 'fail', summary: { key: 'setup.check.distroUser.fail.noPassword' }, fix: { stepId: 'distro.user' } });
  });

  it('fails when only root is there, and names the step that fixes it', () => {
    const v = judge(distroUserCheck, factsWith({ defaultUser: { name: 'root', uid: 0, how: 'current', password: 'usable' } }));
    expect(v).toMatchObject({ status: 'fail', fix: { stepId: 'distro.user' } });
  });

  it('fails when the collector found no account of a person at all (a fresh image: only root)', () => {
    expect(judge(distroUserCheck, factsWith({ defaultUser: null }))).toMatchObject({ status: 'fail', summary: { key: 'setup.check.distroUser.fail.none' }, fix: { stepId: 'distro.user' } });
  });

  it('is unknown when the document does not say (no user reported, or no password status), and skipped without a distro', () => {
    expect(judge(distroUserCheck, factsWith({ defaultUser: undefined })).status).toBe('unknown');
    expect(judge(distroUserCheck, factsWith()).status).toBe('unknown');
    expect(judge(distroUserCheck, { ...factsWith(), distro: null }).status).toBe('skip');
  });
});

describe('distro.systemd', () => {
  const conf = (systemd: boolean | null) => ({ present: true, systemd, defaultUser: 'user', error: null });

  it.each([
    [true, conf(true), 'pass'],
    [false, conf(null), 'fail'],
    [false, null, 'fail'],
    [false, conf(false), 'fail'],
    [false, conf(true), 'warn'], // wsl.conf asks for it; the distro has not restarted since
    [null, conf(true), 'unknown'],
    [undefined, null, 'unknown'], // an older collector
  ] as const)('systemd %s, wsl.conf %j → %s', (systemd, wslConf, status) => {
    expect(judge(distroSystemdCheck, factsWith({ systemd, wslConf })).status).toBe(status);
  });

  it('a failure and the restart warning both name the distro.config step (it restarts the distro)', () => {
    expect(judge(distroSystemdCheck, factsWith({ systemd: false })).fix?.stepId).toBe('distro.config');
    expect(judge(distroSystemdCheck, factsWith({ systemd: false, wslConf: conf(true) }))).toMatchObject({ summary: { key: 'setup.check.distroSystemd.warn.restart' }, fix: { stepId: 'distro.config' } });
  });

  it('the version 2 document\'s `ps -p 1` record already tells systemd apart', () => {
    expect(factsWith().distro?.systemd).toBe(true);
  });
});

describe('distro.base-packages', () => {
  const wanted = ['python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg'];

  it.each([
    [wanted, [], 'pass'],
    [wanted, ['python3-venv', 'python3-pip'], 'fail'],
    [[], [], 'unknown'],
  ] as const)('wanted %j, missing %j → %s', (w, missing, status) => {
    expect(judge(distroBasePackagesCheck, factsWith({ basePackages: { wanted: [...w], missing: [...missing] } })).status).toBe(status);
  });

  it.each([null, undefined])('not reported (%s) → unknown', (basePackages) => {
    expect(judge(distroBasePackagesCheck, factsWith({ basePackages })).status).toBe('unknown');
  });

  it('a failure names the missing packages and the packages.base step', () => {
    expect(judge(distroBasePackagesCheck, factsWith({ basePackages: { wanted, missing: ['python3-venv'] } }))).toMatchObject({
      summary: { key: 'setup.check.distroBasePackages.fail', params: { packages: 'python3-venv' } },
      fix: { stepId: 'packages.base' },
    });
  });
});

describe('the setup checks read only the distro probes', () => {
  it('each declares the distro fact section\'s probes as its needs', () => {
    // toolkit.installed (a CUDA toolkit) is NVIDIA's: it also reads the Windows GPU list to skip on other vendors.
    for (const c of setupChecks) expect(c.needs, c.id).toEqual(c.id === 'toolkit.installed' ? probesFor('distro', 'inventory') : probesFor('distro'));
  });
});

describe('the setup steps verify with checks that exist', () => {
  it('every verify / fixes / precondition id of a Windows or distro step (and packages.base) is a known check', () => {
    const ids = new Set([...preflightChecks, ...gpuChainChecks(CHECK_REFERENCE), ...setupChecks, wslInstalledCheck, wslVersionCheck].map((c) => c.id));
    for (const s of setupSteps.filter((x) => x.stageId === 'windows' || x.stageId === 'distro' || x.id === 'packages.base')) {
      for (const id of [...s.verify, ...s.fixes, ...s.preconditions]) expect(ids.has(id), `${s.id}: ${id}`).toBe(true);
    }
  });
});
