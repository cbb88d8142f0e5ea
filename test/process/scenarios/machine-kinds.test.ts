import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { presetDistroState, type DistroPreset } from '../../sim/distro-link.js';
import { createSimulatedPc, type SimulatedPc } from '../../sim/machine.js';
import { startState, type StartStateName } from '../../sim/start-states.js';
import { diagnoseCli } from '../sim/diagnose-cli.js';

// Every machine kind of issue 13 with a set-up distro and its vendor's PyTorch build, through
// the real CLI: the per-link verdicts belong to the compute GPU's vendor, no NVIDIA link fails on
// a PC without an NVIDIA GPU, and a tensor op on an AMD or Intel GPU reads verified-on-gpu (the
// NVIDIA chain also needs the benchmark for that, which `diagnose` runs only with --bench).

const pcs: SimulatedPc[] = [];
afterAll(() => pcs.splice(0).forEach((pc) => pc.dispose()));

interface Report {
  readiness: string;
  checks: { id: string; category: string; status: string }[];
}

/** `diagnose --json` on `start` with Ubuntu-24.04 set up as `preset`, judging the user's ~/.venv. */
async function diagnoseKind(start: StartStateName, preset: DistroPreset): Promise<Report> {
  const s = startState(start);
  s.distros = [{ name: 'Ubuntu-24.04', id: `{${crypto.randomUUID()}}`, version: 2, running: false, state: presetDistroState('Ubuntu-24.04', 2, preset) }];
  s.defaultDistro = 'Ubuntu-24.04';
  const pc = await createSimulatedPc(s);
  pcs.push(pc);
  const r = await diagnoseCli(pc.env, ['--distro', 'Ubuntu-24.04', '--python', `/home/${preset.user}/.venv/bin/python`]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}

const NVIDIA_LINKS = ['gpu.wsl-lib', 'gpu.no-linux-driver', 'gpu.libcuda-resolves', 'gpu.nvidia-smi', 'gpu.cuda-driver'];
const AMD_LINKS = ['gpu.rocm-runtime', 'gpu.rocminfo'];
const INTEL_LINKS = ['gpu.level-zero'];
const OTHERS: Record<string, string[]> = { nvidia: [...AMD_LINKS, ...INTEL_LINKS], amd: [...NVIDIA_LINKS, ...INTEL_LINKS], intel: [...NVIDIA_LINKS, ...AMD_LINKS] };
const OWN: Record<string, string[]> = { nvidia: NVIDIA_LINKS, amd: AMD_LINKS, intel: INTEL_LINKS };

const KINDS: { kind: string; start: StartStateName; preset: DistroPreset; vendor: 'nvidia' | 'amd' | 'intel'; readiness: string }[] = [
  { kind: 'AMD only (RX 7900 XTX + Ryzen iGPU, Adrenalin release in the registry)', start: 'amd-adrenalin', preset: { user: 'kim', runtime: 'rocm-rocdxg', venv: { torch: 'rocm7.2' } }, vendor: 'amd', readiness: 'verified-on-gpu' },
  { kind: 'Intel only (Arc A770 + UHD 770)', start: 'intel-arc-igpu', preset: { user: 'aiko', runtime: 'level-zero', venv: { torch: 'xpu' } }, vendor: 'intel', readiness: 'verified-on-gpu' },
  { kind: 'hybrid Intel iGPU + NVIDIA', start: 'hybrid-intel-nvidia', preset: { user: 'taro', venv: { torch: 'cu130' } }, vendor: 'nvidia', readiness: 'verified' },
  { kind: 'hybrid AMD APU + NVIDIA', start: 'hybrid-amd-apu-nvidia', preset: { user: 'taro', venv: { torch: 'cu130' } }, vendor: 'nvidia', readiness: 'verified' },
  { kind: 'two NVIDIA cards', start: 'two-nvidia', preset: { user: 'taro', venv: { torch: 'cu130' } }, vendor: 'nvidia', readiness: 'verified' },
];

describe('diagnose --json on every machine kind, distro set up', { timeout: 120_000 }, () => {
  it.each(KINDS)('$kind: the $vendor chain is judged, the others skip, readiness $readiness', async ({ start, preset, vendor, readiness }) => {
    const report = await diagnoseKind(start, preset);
    const status = (id: string) => report.checks.find((c) => c.id === id)?.status;
    expect(Object.fromEntries(OWN[vendor]?.map((id) => [id, status(id)]) ?? [])).toEqual(Object.fromEntries(OWN[vendor]?.map((id) => [id, 'pass']) ?? []));
    expect(Object.fromEntries(OTHERS[vendor]?.map((id) => [id, status(id)]) ?? [])).toEqual(Object.fromEntries(OTHERS[vendor]?.map((id) => [id, 'skip']) ?? []));
    expect(report.checks.filter((c) => c.category === 'gpu-chain' && c.status === 'fail').map((c) => c.id)).toEqual([]);
    expect({ torch: status('framework.torch'), dxg: status('gpu.dxg'), floor: status('gpu.driver-floor'), support: status('gpu.vendor-support') }).toEqual({ torch: 'pass', dxg: 'pass', floor: 'pass', support: 'pass' });
    expect(report.readiness).toBe(readiness);
  });
});
