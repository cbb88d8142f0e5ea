import { afterAll, describe, expect, it } from 'vitest';
import { createSimulatedPc, type SimulatedPc } from '../../sim/machine.js';
import type { StartStateName } from '../../sim/start-states.js';
import { diagnoseCli } from './diagnose-cli.js';

// Issue 13, Windows side: `wsl-gpu-setup diagnose --json` (the real CLI, its own process) on
// simulated PCs of each machine kind. The preflight GPU checks must name the adapter they judge,
// judge it against its own vendor's floor, and never fail on NVIDIA where there is no NVIDIA GPU.

interface Check {
  id: string;
  category: string;
  status: string;
  summary: string;
  evidence: { label: string; value: string }[];
}
interface Report {
  facts: { gpus: { name: string; vendor: string; driverVersion: string | null; windowsDriverVersion: string | null; kind?: string | null; driverVersionFrom?: string | null }[] | null };
  checks: Check[];
}

const pcs: SimulatedPc[] = [];
afterAll(() => pcs.splice(0).forEach((pc) => pc.dispose()));

async function report(name: StartStateName): Promise<{ report: Report; check: (id: string) => Check }> {
  const pc = await createSimulatedPc(name);
  pcs.push(pc);
  const run = await diagnoseCli(pc.env, ['--lang', 'en']);
  expect(run.stderr).toBe('');
  const r = JSON.parse(run.stdout) as Report;
  return {
    report: r,
    check: (id) => {
      const c = r.checks.find((x) => x.id === id);
      if (c === undefined) throw new Error(`no check ${id}`);
      return c;
    },
  };
}

const labels = (c: Check): string[] => c.evidence.map((e) => e.label);
const evidence = (c: Check, label: RegExp): string | undefined => c.evidence.find((e) => label.test(e.label))?.value;

/** No preflight check fails or warns about NVIDIA on a PC without an NVIDIA GPU. */
function noNvidiaVerdicts(r: Report): void {
  const nvidia = r.checks.filter((c) => c.category === 'preflight' && (c.status === 'fail' || c.status === 'warn') && /nvidia/iu.test(c.summary));
  expect(nvidia.map((c) => `${c.id}: ${c.summary}`)).toEqual([]);
}

describe('diagnose on each GPU machine kind (Windows-side verdicts)', { timeout: 120_000 }, () => {
  it('AMD only: the Adrenalin release is read and judged against the AMD floor; the Windows number is kept', async () => {
    const { report: r, check } = await report('amd-adrenalin');
    expect(r.facts.gpus).toContainEqual(expect.objectContaining({ name: 'AMD Radeon RX 7900 XTX', driverVersion: '26.7.1', windowsDriverVersion: '32.0.31035.1003', driverVersionFrom: 'adapter-registry', kind: 'discrete' }));
    const floor = check('gpu.driver-floor');
    expect(floor.status).toBe('pass');
    expect(floor.summary).toContain('AMD Radeon RX 7900 XTX');
    expect(floor.summary).toContain('26.7.1');
    expect(evidence(floor, /RX 7900 XTX: Windows driver version/u)).toBe('32.0.31035.1003');
    expect(labels(floor)).toContain('AMD floor 26.2.2: a community figure; the vendor names none');
    expect(check('gpu.present').summary).toContain('will use AMD Radeon RX 7900 XTX');
    expect(check('gpu.driver-model').status).toBe('skip');
    noNvidiaVerdicts(r);
  });

  it('AMD only, release not in the registry: unknown, and says the Windows number is not the release', async () => {
    const { report: r, check } = await report('amd-gpu');
    const floor = check('gpu.driver-floor');
    expect(floor.status).toBe('unknown');
    expect(floor.summary).toContain('AMD Radeon RX 7900 XTX');
    expect(floor.summary).toContain('31.0.24019.1006');
    noNvidiaVerdicts(r);
  });

  it('Intel only (iGPU listed first on an older driver): the Arc card is judged; the iGPU is shown against the Intel floor', async () => {
    const { report: r, check } = await report('intel-arc-igpu');
    const floor = check('gpu.driver-floor');
    expect(floor.status).toBe('pass');
    expect(floor.summary).toContain('Intel(R) Arc(TM) A770 Graphics');
    expect(floor.summary).toContain('101.6790');
    expect(evidence(floor, /^Intel\(R\) UHD Graphics 770: below the Intel floor 101\.3490$/u)).toBe('101.2130');
    expect(evidence(floor, /^Compute GPU/u)).toBe('Intel(R) Arc(TM) A770 Graphics');
    expect(labels(check('gpu.present'))).toEqual(['Intel adapter (integrated GPU)', 'Intel adapter (discrete card)']);
    noNvidiaVerdicts(r);
  });

  it('hybrid Intel iGPU + NVIDIA: the NVIDIA card is judged against the CUDA floors, the iGPU against Intel\'s; Optimus noted', async () => {
    const { check } = await report('hybrid-intel-nvidia');
    const floor = check('gpu.driver-floor');
    expect(floor.status).toBe('pass');
    expect(evidence(floor, /^Compute GPU/u)).toBe('NVIDIA GeForce RTX 4070');
    expect(evidence(floor, /^Intel\(R\) UHD Graphics 770: meets the Intel floor/u)).toBe('101.4502');
    expect(labels(floor).some((l) => /Optimus/u.test(l))).toBe(true);
    expect(check('gpu.present').summary).toContain('will use NVIDIA GeForce RTX 4070');
  });

  it('hybrid AMD APU + NVIDIA: the NVIDIA card is judged; the APU\'s Adrenalin release against the AMD floor; Optimus noted', async () => {
    const { report: r, check } = await report('hybrid-amd-apu-nvidia');
    expect(r.facts.gpus).toContainEqual(expect.objectContaining({ name: 'AMD Radeon(TM) Graphics', kind: 'integrated', driverVersion: '26.7.1' }));
    const floor = check('gpu.driver-floor');
    expect(floor.status).toBe('pass');
    expect(evidence(floor, /^Compute GPU/u)).toBe('NVIDIA GeForce RTX 4070');
    expect(evidence(floor, /^AMD Radeon\(TM\) Graphics: meets the AMD floor 26\.2\.2$/u)).toBe('26.7.1');
    expect(labels(floor).some((l) => /Optimus/u.test(l))).toBe(true);
  });

  it('two NVIDIA cards: the one with more memory is the compute GPU; both are WDDM', async () => {
    const { check } = await report('two-nvidia');
    expect(check('gpu.present').summary).toContain('will use NVIDIA RTX A4000');
    const floor = check('gpu.driver-floor');
    expect(floor.status).toBe('pass');
    expect(evidence(floor, /^Compute GPU/u)).toBe('NVIDIA RTX A4000');
    expect(labels(floor).some((l) => /Optimus/u.test(l))).toBe(false);
    const model = check('gpu.driver-model');
    expect(model.status).toBe('pass');
    expect(model.evidence.map((e) => e.value)).toEqual(['WDDM', 'WDDM']);
  });
});
