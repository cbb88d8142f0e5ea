import { afterAll, describe, expect, it } from 'vitest';
import { createSimulatedPc, type SimulatedPc } from '../../sim/machine.js';
import type { StartStateName } from '../../sim/start-states.js';
import { diagnoseCli } from '../sim/diagnose-cli.js';

// The real CLI (`wsl-gpu-setup diagnose --json`, its own process) on simulated AMD and Intel
// PCs (test/sim: the PowerShell inventory, wsl.exe and the in-distro collector answering as those
// machines would): each is judged through its own vendor's chain, and no NVIDIA link fails.

const pcs: SimulatedPc[] = [];
afterAll(() => pcs.splice(0).forEach((pc) => pc.dispose()));

interface Report {
  facts: { gpus: { name: string; vendor: string }[] | null };
  checks: { id: string; category: string; status: string; summary: string; fix?: { text: string } }[];
  readiness: string;
}

async function diagnose(state: StartStateName, lang = 'en'): Promise<{ code: number | null; report: Report; check: (id: string) => Report['checks'][number] | undefined }> {
  const pc = await createSimulatedPc(state);
  pcs.push(pc);
  const r = await diagnoseCli(pc.env, ['--lang', lang]);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout) as Report;
  return { code: r.status, report, check: (id) => report.checks.find((c) => c.id === id) };
}

// toolkit.installed is the CUDA profile's check (setup category): NVIDIA's too, as are the
// TensorFlow and JAX checks (the app installs and judges their CUDA builds).
const NVIDIA_LINKS = ['gpu.wsl-lib', 'gpu.no-linux-driver', 'gpu.libcuda-resolves', 'gpu.nvidia-smi', 'gpu.cuda-driver', 'toolkit.cuda', 'docker.gpu', 'toolkit.installed', 'framework.tensorflow', 'framework.jax'];
/** Failing GPU-chain links (the simulated fresh distro also lacks systemd and python3-venv: setup checks, not the GPU's). */
const chainFailures = (report: Report): string[] => report.checks.filter((c) => c.category === 'gpu-chain' && c.status === 'fail').map((c) => c.id);

function expectNvidiaSkipped(report: Report): void {
  for (const id of NVIDIA_LINKS) {
    const c = report.checks.find((x) => x.id === id);
    expect(c, id).toMatchObject({ status: 'skip', summary: 'Not applicable: no NVIDIA GPU in this PC.' });
  }
}

describe('diagnose --json per GPU vendor (simulated PCs)', { timeout: 120_000 }, () => {
  it('AMD PC without ROCm: the ROCm link fails with the fix, NVIDIA links skip with the reason, no NVIDIA failure', async () => {
    const { code, report, check } = await diagnose('amd-gpu-ubuntu');
    expect(code).toBe(1);
    expect(report.facts.gpus?.map((g) => g.vendor)).toEqual(['amd', 'amd']);
    expectNvidiaSkipped(report);
    expect(check('gpu.rocm-runtime')).toMatchObject({ status: 'fail', summary: 'ROCm is not installed in the distribution.' });
    expect(check('gpu.rocm-runtime')?.fix?.text).toContain('librocdxg');
    expect(check('gpu.rocminfo')?.status).toBe('skip');
    expect(chainFailures(report)).toEqual(['gpu.rocm-runtime']);
    expect(report.readiness).toBe('not-ready');
  });

  it('AMD PC with ROCm 7.2 + librocdxg and a ROCm torch: verified-on-gpu through the AMD chain', async () => {
    const { report, check } = await diagnose('amd-gpu-rocm-ready');
    expectNvidiaSkipped(report);
    expect(check('gpu.rocm-runtime')?.status).toBe('pass');
    expect(check('gpu.rocminfo')).toMatchObject({ status: 'pass', summary: 'rocminfo lists the GPU gfx1100 (AMD Radeon RX 7900 XTX).' });
    expect(check('framework.torch')).toMatchObject({ status: 'pass' });
    expect(check('framework.torch')?.summary).toContain('AMD Radeon RX 7900 XTX');
    expect(chainFailures(report)).toEqual([]);
    expect(report.readiness).toBe('verified-on-gpu');
  });

  it('Intel PC without Level Zero: the Level Zero link fails with the fix; NVIDIA and AMD links skip', async () => {
    const { code, report, check } = await diagnose('intel-gpu-ubuntu');
    expect(code).toBe(1);
    expectNvidiaSkipped(report);
    expect(check('gpu.rocm-runtime')).toMatchObject({ status: 'skip', summary: 'Not applicable: no AMD GPU in this PC.' });
    expect(check('gpu.level-zero')).toMatchObject({ status: 'fail', summary: 'The Level Zero loader (libze_loader.so.1) is not installed.' });
    expect(check('gpu.level-zero')?.fix?.text).toContain('libze-intel-gpu1');
    expect(report.readiness).toBe('not-ready');
  });

  it('Intel PC with Level Zero and an XPU torch: verified-on-gpu, shown as best-effort (also in Japanese)', async () => {
    const { report, check } = await diagnose('intel-gpu-xpu-ready');
    expectNvidiaSkipped(report);
    expect(check('gpu.level-zero')?.status).toBe('pass');
    expect(check('framework.torch')?.status).toBe('pass');
    expect(check('framework.torch')?.summary).toContain('best-effort');
    expect(chainFailures(report)).toEqual([]);
    expect(report.readiness).toBe('verified-on-gpu');
    const ja = await diagnose('intel-gpu-xpu-ready', 'ja');
    expect(ja.check('framework.torch')?.summary).toContain('ベストエフォート');
    expect(ja.check('gpu.cuda-driver')?.summary).toBe('対象外: この PC には NVIDIA の GPU がありません。');
  });

  it('AMD PC with only torch-directml: DirectML passes, marked legacy, and reads verified-on-gpu; ROCm still fails', async () => {
    const { report, check } = await diagnose('amd-gpu-directml');
    expectNvidiaSkipped(report);
    expect(check('gpu.d3d12')?.status).toBe('pass');
    expect(check('framework.torch_directml')?.status).toBe('pass');
    expect(check('framework.torch_directml')?.summary).toContain('legacy');
    expect(check('gpu.rocm-runtime')?.status).toBe('fail');
    expect(report.readiness).toBe('verified-on-gpu');
  });
});
