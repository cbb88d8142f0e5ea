import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../../../electron/contract/facts.js';
import { packagesBaseStep } from '../../../../../electron/engine/steps/packages/base.js';
import { proxyDecision, proxyEnv, proxyParamSchema } from '../../../../../electron/engine/steps/packages/proxy.js';
import { packagesSteps } from '../../../../../electron/engine/steps/packages/index.js';
import { ctxFor, machines } from '../stacks/machines.js';

/** The facts with every endpoint reached through `proxy` (as the network probe reports it) and `outcome`. */
function behindProxy(proxy: string, outcome: 'reachable' | 'proxy-auth-required' = 'reachable'): Facts {
  const f = machines.rtx4070();
  const network = f.network;
  if (network === null) throw new Error('healthy facts have a network section');
  return { ...f, network: { ...network, endpoints: network.endpoints.map((e) => ({ ...e, proxy, outcome })) } };
}

/** argv of every command that is not skipped, `W` being wsl.exe. */
function argvs(facts: Facts): string[][] {
  const params = packagesBaseStep.defaultParams(facts, {});
  if (params === null) throw new Error('packages.base must apply');
  const ctx = ctxFor(facts);
  return packagesBaseStep.commands.filter((c) => !c.skip?.(ctx, params)).map((c) => { const s = c.build(ctx, params); return [s.file, ...s.args]; });
}

const APT = ['W', '--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8'];

describe('packages.base', () => {
  it('is the packages stage', () => {
    expect(packagesSteps.map((s) => s.id)).toEqual(['packages.base']);
  });

  it('direct connection: apt update then install, as root, non-interactive, C locale, lock timeout', () => {
    expect(argvs(machines.rtx4070())).toEqual([
      [...APT, 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'update'],
      [...APT, 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '--no-install-recommends', 'python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg'],
    ]);
  });

  it('behind the Windows proxy: the proxy goes into apt and into the distro environment (proxy-env script)', () => {
    const proxy = ['http_proxy=http://proxy.corp.example:8080', 'https_proxy=http://proxy.corp.example:8080', 'no_proxy=localhost,127.0.0.1,::1'];
    expect(argvs(behindProxy('http://proxy.corp.example:8080'))).toEqual([
      [...APT, ...proxy, 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'update'],
      [...APT, ...proxy, 'apt-get', '-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '--no-install-recommends', 'python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg'],
      ['W', '--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/bin/bash', '-s', '--', 'proxy-env', 'http://proxy.corp.example:8080'],
    ]);
    const script = packagesBaseStep.commands.find((c) => c.id === 'proxy-env')?.stdin;
    expect(script?.kind).toBe('script');
    expect(script?.text(ctxFor(machines.rtx4070()), { distro: 'Ubuntu-24.04', proxy: 'http://proxy.corp.example:8080' }, {})).toMatch(/^#!\/bin\/bash\n# proxy-env /u);
  });

  it('retries only what refine calls retryable, with growing waits', () => {
    for (const c of packagesBaseStep.commands.slice(0, 2)) {
      expect(c.retry?.attempts).toBeGreaterThan(1);
      expect(c.refine?.('failed', "Err:1 http://archive.ubuntu.com/ubuntu noble InRelease\n  Temporary failure resolving 'archive.ubuntu.com'")).toBe('retryable');
      expect(c.refine?.('failed', 'E: Failed to fetch http://archive.ubuntu.com/x.deb  404  Not Found [IP: 185.125.190.36 80]')).toBe('failed');
    }
  });

  it('a proxy that wants credentials is refused with a next action, and the step is not planned with a wrong proxy', () => {
    const facts = behindProxy('http://proxy.corp.example:8080', 'proxy-auth-required');
    expect(proxyDecision(facts)).toEqual({
      ok: false,
      reason: { key: 'setup.proxy.authRequired', params: { proxy: 'http://proxy.corp.example:8080' } },
      next: { kind: 'support', label: { key: 'setup.next.proxyAuth' } },
    });
    expect(packagesBaseStep.defaultParams(facts, {})).toBeNull();
  });

  it('credentials in the proxy URL never reach argv', () => {
    const facts = behindProxy('http://alice:s3cret@proxy.corp.example:8080');
    expect(proxyDecision(facts)).toMatchObject({ ok: false, reason: { key: 'setup.proxy.credentials' } });
    expect(packagesBaseStep.defaultParams(facts, {})).toBeNull();
    expect(() => proxyEnv('http://alice:s3cret@proxy.corp.example:8080')).toThrow();
  });

  it.each([
    ['http://proxy.corp.example:8080', true],
    ['http://10.0.0.1:3128', true],
    ['http://[fd00::1]:3128', true],
    ['https://proxy.example:443', true],
    ['', true],
    ['http://user:pw@proxy:8080', false],
    ['http://proxy:8080/path', false],
    ['http://proxy', false],
    ['socks5://proxy:1080', false],
    ['http://proxy:99999', false],
    ['http://proxy:8080 --option', false],
    ['http://-proxy:8080', false],
    ['http://proxy:8080\nexport X=1', false],
  ])('proxy %j accepted: %s', (url, ok) => {
    expect(proxyParamSchema.safeParse(url).success).toBe(ok);
  });

  it('refuses hostile distro names before building argv', () => {
    expect(packagesBaseStep.params.safeParse({ distro: '--exec', proxy: '' }).success).toBe(false);
    expect(packagesBaseStep.defaultParams(machines.rtx4070(), { distro: '../x' })).toBeNull();
  });
});
