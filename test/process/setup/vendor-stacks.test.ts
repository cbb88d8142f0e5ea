import { afterEach, describe, expect, it } from 'vitest';
import { setupSteps } from '../../../electron/engine/steps/registry.js';
import { applyArgs, cli, DISTRO, distroState, isReadOnly, journalOf, machine, PASSWORD, readyState, stepStates, USER, VENV, type Machine } from './scenario-helpers.js';

/**
 * The beginner path on an AMD Radeon and on an Intel Arc PC: the vendor's own GPU runtime inside
 * the distro (ROCm 7.2.1 with librocdxg; Intel's Level Zero), then the vendor's PyTorch build,
 * verified through that vendor's GPU chain; `undo --stack` takes the runtime back out. Starts with
 * Windows and the distro set up; the run is the package and stack stages of the real registry.
 */

const steps = setupSteps.filter((s) => s.stageId === 'packages' || s.stageId === 'stacks');
const root = ['--distribution', DISTRO, '--user', 'root', '--exec'];
const apt = [...root, '/usr/bin/env', 'DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8', 'apt-get', '-o', 'DPkg::Lock::Timeout=300'];
const BASE = [[...apt, 'update'], [...apt, 'install', '-y', '--no-install-recommends', 'python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg']];
const venvAndPip = (index: string) => [
  ['--distribution', DISTRO, '--user', USER, '--exec', '/usr/bin/python3', '-m', 'venv', VENV],
  ['--distribution', DISTRO, '--user', USER, '--exec', '/usr/bin/env', 'LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', `${VENV}/bin/python`, '-m', 'pip', 'install', '--index-url', index, 'torch', 'torchvision'],
];

/** The report of a plain `diagnose --json`, as the dashboard runs it later: the collector finds the app's venv itself. */
async function diagnose(m: Machine): Promise<{ readiness: string; checks: { id: string; status: string }[] }> {
  const r = await cli(m, ['diagnose', '--json']);
  return JSON.parse(r.out) as { readiness: string; checks: { id: string; status: string }[] };
}
const statusOf = (report: { checks: { id: string; status: string }[] }, id: string) => report.checks.find((c) => c.id === id)?.status;

let m: Machine;
afterEach(() => m.dispose());

describe('vendor stacks on the simulated PC', { timeout: 300_000 }, () => {
  it('AMD Radeon RX 7900 XTX: ROCm 7.2.1 from AMD\'s pinned repo, librocdxg, the DXG variable, ROCm torch → verified-on-gpu; undo removes the runtime', async () => {
    m = await machine(readyState({}, 'amd-gpu'));
    const r = await cli(m, applyArgs('beginner'), { password: PASSWORD, setup: { steps } });
    expect(r.code, r.out + r.err).toBe(0);
    expect(m.pc.calls().filter((c) => !isReadOnly(c)).map((c) => c.args)).toEqual([
      ...BASE,
      [...root, '/bin/bash', '-s', '--', 'rocm-repo'],
      [...apt, 'update'],
      [...apt, 'install', '-y', '--no-install-recommends', 'rocminfo'],
      [...root, '/usr/bin/curl', '-fsSL', '-o', '/tmp/rocdxg-roct.deb', 'https://github.com/ROCm/librocdxg/releases/download/v1.2.0/rocdxg-roct_1.2.0_amd64.deb'],
      [...root, '/usr/bin/env', 'LC_ALL=C.UTF-8', '/usr/bin/dpkg', '-i', '/tmp/rocdxg-roct.deb'],
      [...root, '/sbin/ldconfig'],
      [...root, '/bin/bash', '-s', '--', 'rocm-wsl-env'],
      ...venvAndPip('https://download.pytorch.org/whl/rocm7.2'),
    ]);
    expect(stepStates(journalOf(m))).toEqual({ 'packages.base': 'done', 'stack.pytorch-rocm': 'done' });
    const after = await diagnose(m);
    expect({ runtime: statusOf(after, 'gpu.rocm-runtime'), rocminfo: statusOf(after, 'gpu.rocminfo'), torch: statusOf(after, 'framework.torch'), cuda: statusOf(after, 'gpu.cuda-driver') }).toEqual({ runtime: 'pass', rocminfo: 'pass', torch: 'pass', cuda: 'skip' });
    expect(after.readiness).toBe('verified-on-gpu');

    const undo = await cli(m, ['undo', '--stack', 'pytorch-rocm']);
    expect(undo.code, undo.out + undo.err).toBe(0);
    const d = distroState(m);
    expect(Object.keys(d?.apt.installed ?? {}).filter((p) => p === 'rocdxg-roct' || p === 'rocminfo')).toEqual([]);
    expect(d?.apt.sources).not.toContain('rocm');
    expect(d?.files['/etc/profile.d/rocm-wsl.sh']).toBeUndefined();
    expect(statusOf(await diagnose(m), 'gpu.rocm-runtime')).toBe('fail');
  });

  it('Intel Arc A770: Intel\'s GPU repo and the Level Zero runtime, XPU torch → verified-on-gpu (best effort); undo removes the runtime', async () => {
    m = await machine(readyState({}, 'intel-gpu'));
    const r = await cli(m, applyArgs('beginner'), { password: PASSWORD, setup: { steps } });
    expect(r.code, r.out + r.err).toBe(0);
    expect(m.pc.calls().filter((c) => !isReadOnly(c)).map((c) => c.args)).toEqual([
      ...BASE,
      [...root, '/bin/bash', '-s', '--', 'intel-graphics-repo'],
      [...apt, 'update'],
      [...apt, 'install', '-y', '--no-install-recommends', 'libze1', 'libze-intel-gpu1', 'intel-opencl-icd'],
      ...venvAndPip('https://download.pytorch.org/whl/xpu'),
    ]);
    const after = await diagnose(m);
    expect({ levelZero: statusOf(after, 'gpu.level-zero'), torch: statusOf(after, 'framework.torch'), cuda: statusOf(after, 'gpu.cuda-driver') }).toEqual({ levelZero: 'pass', torch: 'pass', cuda: 'skip' });
    expect(after.readiness).toBe('verified-on-gpu');

    const undo = await cli(m, ['undo', '--stack', 'pytorch-xpu']);
    expect(undo.code, undo.out + undo.err).toBe(0);
    expect(distroState(m)?.apt.sources).not.toContain('intel-graphics');
    expect(statusOf(await diagnose(m), 'gpu.level-zero')).toBe('fail');
  });
});
