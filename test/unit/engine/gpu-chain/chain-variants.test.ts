import { describe, expect, it } from 'vitest';
import type { DistroFacts } from '../../../../electron/contract/distro-facts.js';
import type { Facts } from '../../../../electron/contract/facts.js';
import { catalogs } from '../../../../electron/contract/locales/index.js';
import { gpuChain } from '../../../../electron/contract/locales/gpu-chain.js';
import { gpuChainChecks } from '../../../../electron/engine/checks/gpu-chain/index.js';
import { evaluateChecks } from '../../../../electron/engine/evaluate-checks.js';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import { readinessFrom } from '../../../../electron/engine/readiness.js';
import { probeCapture, runScenario } from './scenario.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';

const healthy = runScenario('distro/probe/wsl-rtx4070-healthy.json').distro!;
const judge = (distro: DistroFacts | null) => {
  const facts = { host: { platform: 'windows', simulated: false }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, distro } as Facts;
  const results = evaluateChecks(gpuChainChecks(CHECK_REFERENCE), facts);
  return { byId: new Map(results.map((r) => [r.id, r])), results, readiness: readinessFrom(results) };
};
const variant = (patch: (d: DistroFacts) => void): ReturnType<typeof judge> => {
  const d = structuredClone(healthy);
  patch(d);
  return judge(d);
};

describe('gpu chain variants of the healthy machine', () => {
  it('a slow benchmark on battery warns, names the power source and suggests plugging in', () => {
    const v = variant((d) => {
      d.powerSource = 'battery';
      if (d.bench) d.bench.fp16Tflops = 20;
    });
    const p = v.byId.get('gpu.performance');
    expect(p?.status).toBe('warn');
    expect(p?.summary).toEqual({ key: 'check.gpu.performance.warn.slow', params: { device: 'NVIDIA GeForce RTX 4070', metric: 'fp16', percent: 50, low: 40 } });
    expect(p?.fix?.text.key).toBe('fix.gpu.performance.battery');
    expect(p?.evidence.some((e) => e.label.key === 'evidence.gpu.powerSource' && e.value === 'battery')).toBe(true);
    expect(v.readiness).toBe('verified');
  });

  it('an unknown GPU warns with "no reference" and the measured numbers', () => {
    const v = variant((d) => {
      if (d.bench) d.bench.device = 'NVIDIA RTX PRO 6000 Blackwell Workstation Edition';
    });
    expect(v.byId.get('gpu.performance')?.summary).toEqual({ key: 'check.gpu.performance.warn.noReference', params: { device: 'NVIDIA RTX PRO 6000 Blackwell Workstation Edition', fp32: '21.5', fp16: '47.5', copy: '445' } });
  });

  it('no benchmark run: gpu.performance skips and readiness stays verified', () => {
    const v = variant((d) => {
      d.bench = null;
    });
    expect(v.byId.get('gpu.performance')?.summary.key).toBe('check.gpu.performance.skip.notRun');
    expect(v.readiness).toBe('verified');
  });

  it('a CDI spec older than the driver files warns', () => {
    const v = variant((d) => {
      if (d.docker?.cdiSpecs[0]) d.docker.cdiSpecs[0].modified = '2026-10-01T10:00:00Z';
    });
    expect(v.byId.get('docker.gpu')?.summary).toEqual({ key: 'check.docker.gpu.warn.cdiStale', params: { spec: '/etc/cdi/nvidia.yaml', specTime: '2026-10-01T10:00:00Z', driverTime: '2026-11-18T09:10:00Z' } });
  });

  it('docker without the nvidia runtime, a CDI spec or the runtime hook fails; without docker it skips', () => {
    expect(variant((d) => { if (d.docker) { d.docker.runtimes = ['runc']; d.docker.cdiSpecs = []; d.docker.nvidiaHookPath = null; } }).byId.get('docker.gpu')?.status).toBe('fail');
    expect(variant((d) => { d.docker = null; }).byId.get('docker.gpu')?.summary.key).toBe('check.docker.gpu.skip.noDocker');
  });

  it('no toolkit is a pass: not needed for wheels', () => {
    expect(variant((d) => { d.toolkit = null; }).byId.get('toolkit.cuda')?.summary.key).toBe('check.toolkit.cuda.pass.notNeeded');
  });

  it('/dev/dxg missing on battery says so', () => {
    const v = variant((d) => { d.dxg = false; d.powerSource = 'battery'; });
    expect(v.byId.get('gpu.dxg')?.summary.key).toBe('check.gpu.dxg.fail.battery');
    expect(v.readiness).toBe('not-ready');
  });

  it('libcuda only loadable outside the cache warns (Triton, bitsandbytes)', () => {
    expect(variant((d) => { d.libcudaResolved = null; }).byId.get('gpu.libcuda-resolves')?.summary.key).toBe('check.gpu.libcuda.warn.notInCache');
  });

  it('no distro facts: every link skips with the reason', () => {
    const v = judge(null);
    expect(v.results.every((r) => r.status === 'skip' && r.summary.key === 'check.gpu.skip.noDistro')).toBe(true);
    expect(v.readiness).toBe('not-ready');
  });
});

describe('distroFactsFrom edge cases', () => {
  it('null without the capture; probe error for a launch failure or unreadable output', () => {
    expect(distroFactsFrom(new Map())).toBeNull();
    const launch = { ...probeCapture(Buffer.alloc(0), 'wsl'), launchError: 'spawn wsl.exe ENOENT' };
    expect(distroFactsFrom(new Map([['distro.probe', launch]]))?.probe).toEqual({ ok: false, error: { code: 'launch-failed', message: 'spawn wsl.exe ENOENT' }, errors: [], python: null });
    const garbage = distroFactsFrom(new Map([['distro.probe', probeCapture(Buffer.from('The Windows Subsystem for Linux has no installed distributions.'), 'wsl')]]));
    expect(garbage).toMatchObject({ probe: { ok: false, error: { code: 'no-document' } }, isWsl: true });
    expect(judge(garbage).byId.get('distro.wsl2')?.summary).toEqual({ key: 'check.gpu.unknown.probeFailed', params: { code: 'no-document' } });
  });
});

describe('messages of the gpu chain', () => {
  it('every key a scenario produces exists in English and Japanese', () => {
    const en = { ...catalogs.en, ...gpuChain.en } as Record<string, string>;
    const ja = { ...catalogs.ja, ...gpuChain.ja } as Record<string, string>;
    const files = ['wsl-rtx4070-healthy', 'wsl-linux-driver', 'wsl1-distro', 'wsl-tcc-gpu', 'wsl-torch-cpu-only', 'wsl-cu130-old-driver', 'wsl-blackwell-cu126'];
    const runs = [...files.map((f) => runScenario(`distro/probe/${f}.json`)), runScenario('probe/ci-machine-no-gpu.json', { via: 'local' }), runScenario('probe/ci-machine-no-python.json', { via: 'local' })];
    const keys = new Set<string>();
    for (const run of runs) for (const r of run.results) [r.title, r.summary, r.fix?.text, ...r.evidence.map((e) => e.label)].forEach((m) => m && keys.add(m.key));
    for (const c of gpuChainChecks(CHECK_REFERENCE)) keys.add(c.title.key);
    for (const k of keys) {
      expect(en[k], k).toBeTruthy();
      expect(ja[k], k).toBeTruthy();
    }
  });
});
