import { describe, expect, it } from 'vitest';
import type { DistroFacts } from '../../../../electron/contract/distro-facts.js';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import { DISTRO_PROBE_ID } from '../../../../electron/engine/probes/distro-probe.js';
import { distroProbeCommand } from '../../../../electron/host/distro/commands.js';
import { toDistroName } from '../../../../electron/host/distro/distro-name.js';
import { parseProbeDocument } from '../../../../electron/host/distro/parse-probe-document.js';
import { probeScriptText } from '../../../../electron/host/distro/probe-script.js';
import { newDistroState, terminateDistro, type WindowsGpu } from '../../../sim/distro/index.js';
import { APT, BASE_PACKAGES, RTX_4070, Session, venvOf } from './session.js';
import { distroBasePackagesCheck } from '../../../../electron/engine/checks/setup/distro-base-packages.js';
import { distroSystemdCheck } from '../../../../electron/engine/checks/setup/distro-systemd.js';
import { distroUserCheck } from '../../../../electron/engine/checks/setup/distro-user.js';
import { LEVEL_ZERO_PACKAGES, ROCDXG_PACKAGE, ROCM_72_PACKAGES } from '../../../sim/distro/collector-vendors.js';

/** Runs the collector exactly as distro.probe builds it and turns its stdout into facts with the app's own code. */
function collect(s: Session, python?: string, bench = false): { facts: DistroFacts; stdout: string } {
  const spec = distroProbeCommand('wsl.exe', toDistroName('Ubuntu-24.04'), { bench, ...(python !== undefined ? { python } : {}) });
  const exec = spec.args.indexOf('--exec');
  const r = s.run('root', spec.args.slice(exec + 1), probeScriptText());
  expect(r.exitCode).toBe(0);
  const capture = { probe: DISTRO_PROBE_ID, argv: [spec.file, ...spec.args], exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, encoding: 'utf-8' as const, durationMs: 900, launchError: null };
  const facts = distroFactsFrom(new Map([[DISTRO_PROBE_ID, capture]]));
  if (facts === null) throw new Error('no facts');
  return { facts, stdout: r.out };
}

/** The raw document (for records the facts do not carry). */
const docOf = (stdout: string): { commands: Record<string, { stdout: string }>; bench: unknown } => JSON.parse(stdout) as { commands: Record<string, { stdout: string }>; bench: unknown };
const torchOf = (f: DistroFacts) => f.frameworks.find((x) => x.name === 'torch');
const PY = `${venvOf('alice')}/bin/python3`;
const CU130 = ['--index-url', 'https://download.pytorch.org/whl/cu130', 'torch', 'torchvision'];

describe('simulated collector document', () => {
  it('parses with the real parser as a probeVersion 3 document', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    const parsed = parseProbeDocument(collect(s).stdout);
    expect(parsed.ok && parsed.doc.probeVersion).toBe(3);
  });

  it('fresh WSL 2 distro + RTX 4070: dxg, the WSL libcuda and the GPU in nvidia-smi and the CUDA driver; no framework yet', () => {
    const { facts } = collect(new Session(newDistroState('Ubuntu-24.04', 2)));
    expect(facts).toMatchObject({ probe: { ok: true }, isWsl: true, wslGeneration: 2, dxg: true, name: 'Ubuntu 24.04.3 LTS', libcudaResolved: '/usr/lib/wsl/lib/libcuda.so.1' });
    expect(facts.wslLib).toMatchObject({ present: true, nvidiaSmi: true });
    expect(facts.nvidia?.gpus[0]).toMatchObject({ name: 'NVIDIA GeForce RTX 4070', memoryTotalMiB: 12282 });
    expect(facts.nvidia?.driverVersion).toBe('581.80');
    expect(facts.cuda).toMatchObject({ status: 'ok', driverVersion: 13000, devices: [{ name: 'NVIDIA GeForce RTX 4070', computeCapability: '8.9' }] });
    expect(torchOf(facts)).toMatchObject({ installed: false, gpuVisible: null });
    expect(facts.toolkit?.nvccVersion ?? null).toBeNull();
    expect(facts.docker?.cliPresent).toBe(false);
  });

  it('before and after installing torch from cu130 into the managed venv: the venv is judged and torch sees the 4070', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    expect(torchOf(collect(s, PY).facts)).toMatchObject({ installed: false });
    s.pip('alice', ...CU130);
    const { facts } = collect(s, PY);
    expect(torchOf(facts)).toMatchObject({
      installed: true, status: 'ok', version: '2.14.0+cu130', cudaBuild: '13.0', gpuVisible: true, deviceName: 'NVIDIA GeForce RTX 4070', archMatches: true,
      tensorOp: { ok: true, onGpu: true }, interpreter: { path: PY, source: 'configured', user: 'alice' },
    });
    expect(facts.interpreters.map((i) => [i.source, i.path])).toEqual([['configured', PY], ['system', '/usr/bin/python3']]);
  });

  it('a driver given in the Windows (WDDM) form shows inside WSL in NVIDIA\'s form', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2), { gpus: [{ ...RTX_4070, driverVersion: '32.0.15.8180' }], wslVersion: '2.6.1.0' });
    const { facts } = collect(s);
    expect(facts.nvidia?.driverVersion).toBe('581.80');
    expect(facts.cuda?.driverVersion).toBe(13000);
  });

  it('a driver below the CUDA 13 floor: torch cu130 does not see the GPU (driver too old); cu126 does', () => {
    const old: WindowsGpu = { vendor: 'NVIDIA', name: 'NVIDIA GeForce RTX 4090', driverVersion: '555.85' };
    const s = new Session(newDistroState('Ubuntu-24.04', 2), { gpus: [old], wslVersion: '2.6.1.0' }).prepare('alice');
    s.pip('alice', ...CU130);
    const cu130 = torchOf(collect(s, PY).facts);
    expect(cu130).toMatchObject({ installed: true, status: 'no-gpu', gpuVisible: false, errorKind: 'driver-too-old' });
    s.pip('alice', '--index-url', 'https://download.pytorch.org/whl/cu126', 'torch', 'torchvision');
    expect(torchOf(collect(s, PY).facts)).toMatchObject({ status: 'ok', gpuVisible: true, cudaBuild: '12.6' });
  });

  it('a card the wheel has no kernels for fails the tensor op (no kernel image)', () => {
    const pascal: WindowsGpu = { vendor: 'NVIDIA', name: 'NVIDIA GeForce GTX 1080', driverVersion: '581.80', computeCap: '6.1' };
    const s = new Session(newDistroState('Ubuntu-24.04', 2), { gpus: [pascal], wslVersion: '2.6.1.0' }).prepare('alice');
    s.pip('alice', ...CU130);
    expect(torchOf(collect(s, PY).facts)).toMatchObject({ status: 'op-failed', archMatches: false, tensorOp: { ok: false }, errorKind: 'no-kernel-image' });
  });

  it('an AMD-only machine: no libcuda, no nvidia-smi, CUDA torch sees nothing, torch-directml sees the card', () => {
    const amd: WindowsGpu = { vendor: 'AMD', name: 'AMD Radeon RX 7900 XTX', driverVersion: '31.0.24019.1006' };
    const s = new Session(newDistroState('Ubuntu-24.04', 2), { gpus: [amd], wslVersion: '2.6.1.0' }).prepare('alice');
    s.pip('alice', 'torch-directml');
    const { facts } = collect(s, PY);
    expect(facts.dxg).toBe(true);
    expect(facts.wslLib).toMatchObject({ present: true, nvidiaSmi: false, libcuda: [] });
    expect(facts.cuda?.status).toBe('no-library');
    expect(facts.frameworks.find((f) => f.name === 'torch_directml')).toMatchObject({ installed: true, gpuVisible: true, deviceName: 'AMD Radeon RX 7900 XTX' });
  });

  it('ROCm torch sees an AMD card as a HIP device (gfx ISA) only once librocdxg carries /dev/dxg to ROCm', () => {
    const amd: WindowsGpu = { vendor: 'AMD', name: 'AMD Radeon RX 7900 XTX', driverVersion: '31.0.24019.1006' };
    const s = new Session(newDistroState('Ubuntu-24.04', 2), { gpus: [amd], wslVersion: '2.6.1.0' }).prepare('alice');
    s.pip('alice', '--index-url', 'https://download.pytorch.org/whl/rocm7.0', 'torch');
    expect(torchOf(collect(s, PY).facts)).toMatchObject({ version: '2.14.0+rocm7.0', hipBuild: '7.0', backend: 'hip', gpuVisible: false });
    s.distro.apt.installed = { ...s.distro.apt.installed, ...ROCM_72_PACKAGES, ...ROCDXG_PACKAGE };
    const facts = collect(s, PY).facts;
    expect(torchOf(facts)).toMatchObject({ gpuVisible: true, deviceName: 'AMD Radeon RX 7900 XTX', deviceArch: 'gfx1100' });
    expect(facts.rocm).toMatchObject({ layout: 'rocdxg', rocminfo: { status: 'ok', gpuAgents: [{ name: 'gfx1100' }] } });
  });

  it('XPU torch sees the Intel card through torch.xpu only with the Level Zero runtime', () => {
    const arc: WindowsGpu = { vendor: 'Intel', name: 'Intel(R) Arc(TM) A770 Graphics', driverVersion: '32.0.101.6078' };
    const s = new Session(newDistroState('Ubuntu-24.04', 2), { gpus: [arc], wslVersion: '2.6.1.0' }).prepare('alice');
    s.pip('alice', '--index-url', 'https://download.pytorch.org/whl/xpu', 'torch');
    expect(torchOf(collect(s, PY).facts)).toMatchObject({ version: '2.14.0+xpu', installed: true, backend: 'xpu', gpuVisible: false });
    s.distro.apt.installed = { ...s.distro.apt.installed, ...LEVEL_ZERO_PACKAGES };
    const facts = collect(s, PY).facts;
    expect(torchOf(facts)).toMatchObject({ gpuVisible: true, deviceName: arc.name, tensorOp: { ok: true, onGpu: true } });
    expect(facts.levelZero).toMatchObject({ loader: '/lib/x86_64-linux-gnu/libze_loader.so.1', gpuDriver: '/lib/x86_64-linux-gnu/libze_intel_gpu.so.1' });
  });

  it('a WSL 1 distro has no /dev/dxg and no /usr/lib/wsl/lib, whatever the GPU', () => {
    const { facts } = collect(new Session(newDistroState('Legacy', 1)));
    expect(facts).toMatchObject({ wslGeneration: 1, dxg: false, wslLib: { present: false } });
    expect(facts.cuda?.status).toBe('no-library');
  });

  it('toolkit, docker runtime and CDI spec show up once installed; systemd only after the restart', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    s.run('root', ['/usr/bin/python3', '-', 'wsl-conf', 'alice'], 'x');
    expect(docOf(collect(s).stdout).commands.systemd?.stdout).toBe('init\n');
    s.distro = terminateDistro(s.distro);
    expect(docOf(collect(s).stdout).commands.systemd?.stdout).toBe('systemd\n');
    s.distro = { ...s.distro, apt: { ...s.distro.apt, sources: ['ubuntu', 'docker', 'nvidia-container', 'cuda-wsl-ubuntu'] } };
    s.run('root', [...APT, 'update']);
    s.run('root', [...APT, 'install', '-y', 'cuda-toolkit-13-0', 'docker-ce', 'nvidia-container-toolkit']);
    s.run('root', ['/usr/bin/nvidia-ctk', 'runtime', 'configure', '--runtime=docker']);
    s.run('root', ['/usr/bin/nvidia-ctk', 'cdi', 'generate', '--output=/etc/cdi/nvidia.yaml']);
    s.run('root', ['/usr/bin/systemctl', 'restart', 'docker']);
    const { facts } = collect(s);
    expect(facts.toolkit).toMatchObject({ nvccVersion: '13.0', packages: ['cuda-toolkit-13-0'] });
    expect(facts.docker).toMatchObject({ cliPresent: true, daemonReachable: true, nvidiaCtkVersion: '1.18.0', nvidiaHookPath: '/usr/bin/nvidia-container-runtime-hook' });
    expect(facts.docker?.runtimes).toContain('nvidia');
    expect(facts.docker?.cdiSpecs.map((c) => c.path)).toEqual(['/etc/cdi/nvidia.yaml']);
    const fresh = facts.docker?.cdiSpecs[0]?.modified ?? '';
    expect(fresh > (facts.wslLib?.libcudaModified ?? '')).toBe(true);
    // A Windows driver update: the spec now predates the driver files until it is generated again.
    s.windows = { ...s.windows, gpus: [{ ...RTX_4070, driverVersion: '581.95' }] };
    expect((collect(s).facts.docker?.cdiSpecs[0]?.modified ?? '') < (facts.wslLib?.libcudaModified ?? '')).toBe(true);
    s.run('root', ['/usr/bin/nvidia-ctk', 'cdi', 'generate', '--output=/etc/cdi/nvidia.yaml']);
    expect(collect(s).facts.docker?.cdiSpecs[0]?.modified).toBe(fresh);
  });

  it('setup records follow the state: password only after chpasswd, systemd only after wsl.conf AND a restart, base packages after apt install', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    const verdicts = () => {
      const f = collect(s).facts;
      const facts = { host: { platform: 'windows' as const, simulated: true }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, network: null, distro: f };
      return [distroUserCheck, distroSystemdCheck, distroBasePackagesCheck].map((c) => c.evaluate(facts).status);
    };
    // A fresh image: only root, WSL's init, no venv or pip.
    expect(collect(s).facts).toMatchObject({ defaultUser: null, systemd: false, wslConf: { present: false }, basePackages: { missing: ['python3-venv', 'python3-pip'] } });
    expect(verdicts()).toEqual(['fail', 'fail', 'fail']);
    s.run('root', ['/usr/sbin/useradd', '--create-home', '--shell', '/bin/bash', '--groups', 'sudo', 'taro']);
    expect(collect(s).facts.defaultUser).toEqual({ name: 'taro', uid: 1000, how: 'passwd', password: 'locked' });
    expect(verdicts()[0]).toBe('fail');
    s.run('root', ['/usr/sbin/chpasswd'], 'taro:pw\n');
    expect(collect(s).facts.defaultUser?.password).toBe('usable');
    s.run('root', ['/usr/bin/python3', '-', 'wsl-conf', 'taro'], 'x');
    expect(collect(s).facts).toMatchObject({ systemd: false, wslConf: { present: true, systemd: true, defaultUser: 'taro' }, defaultUser: { how: 'wsl.conf' } });
    expect(verdicts()).toEqual(['pass', 'warn', 'fail']);
    s.distro = terminateDistro(s.distro);
    s.run('root', [...APT, 'update']);
    s.run('root', [...APT, 'install', '-y', '--no-install-recommends', ...BASE_PACKAGES]);
    expect(collect(s).facts).toMatchObject({ systemd: true, basePackages: { wanted: [...BASE_PACKAGES], missing: [] } });
    expect(verdicts()).toEqual(['pass', 'pass', 'pass']);
  });

  it('--bench gives a skipped benchmark, never a figure', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2)).prepare('alice');
    s.pip('alice', ...CU130);
    const { facts, stdout } = collect(s, PY, true);
    expect(docOf(stdout).bench).toMatchObject({ status: 'skipped', results: [] });
    expect(facts.bench?.status).toBe('skipped');
  });

  it('stdin without the collector runs nothing and prints nothing', () => {
    const s = new Session(newDistroState('Ubuntu-24.04', 2));
    expect(s.run('root', ['/bin/sh', '-s', '--'], 'echo hi\n')).toMatchObject({ exitCode: 0, out: '' });
  });
});
