import { describe, expect, it } from 'vitest';
import { parseDockerInfo } from '../../../../electron/host/distro/parse-docker-info.js';
import { parseNvccVersion } from '../../../../electron/host/distro/parse-nvcc.js';
import { parseOsReleaseName } from '../../../../electron/host/distro/parse-os-release.js';
import { parsePowerSource } from '../../../../electron/host/distro/parse-power-source.js';
import { parseProcDriverVersion } from '../../../../electron/host/distro/parse-proc-driver.js';
import { loadProbeFixtures } from './load-probe-fixtures.js';

const ciDoc = JSON.parse(loadProbeFixtures().find((f) => f.name === 'ci-machine-no-gpu.json')?.text ?? '{}') as { commands: Record<string, { stdout: string; stderr: string }> };

describe('small in-distro outputs', () => {
  it('nvcc --version from the real CI machine', () => {
    expect(parseNvccVersion(ciDoc.commands['nvcc-version']?.stdout ?? '')).toEqual({ release: '13.0', build: '13.0.88' });
    expect(parseNvccVersion('bash: nvcc: command not found')).toBeNull();
  });

  it('docker info without a daemon (real CI machine): CLI version, no runtimes, the reason', () => {
    const rec = ciDoc.commands['docker-info'];
    const r = parseDockerInfo(rec?.stdout ?? '', rec?.stderr ?? '');
    expect(r).toMatchObject({ daemonReachable: false, serverVersion: null, clientVersion: '28.2.2', runtimes: [] });
    expect(r.error).toMatch(/Cannot connect to the Docker daemon/);
  });

  it('docker info with the nvidia runtime and CDI dirs', () => {
    const json = JSON.stringify({ ServerVersion: '28.5.1', Runtimes: { runc: {}, nvidia: {} }, DefaultRuntime: 'runc', CDISpecDirs: ['/etc/cdi', '/var/run/cdi'] });
    expect(parseDockerInfo(json)).toMatchObject({ daemonReachable: true, runtimes: ['runc', 'nvidia'], cdiSpecDirs: ['/etc/cdi', '/var/run/cdi'], error: null });
    expect(parseDockerInfo('garbage{').error).toBe('no JSON in docker info output');
  });

  it('os-release PRETTY_NAME from the real CI machine', () => {
    expect(parseOsReleaseName(ciDoc.commands['os-release']?.stdout ?? '')).toBe('Debian GNU/Linux 12 (bookworm)');
  });

  it('power source: AC online, on battery, none', () => {
    expect(parsePowerSource('/sys/class/power_supply/AC1/type\tMains\n/sys/class/power_supply/AC1/online\t1\n/sys/class/power_supply/BAT1/type\tBattery\n/sys/class/power_supply/BAT1/status\tCharging\n')).toBe('ac');
    expect(parsePowerSource('/sys/class/power_supply/AC1/type\tMains\n/sys/class/power_supply/AC1/online\t0\n/sys/class/power_supply/BAT1/type\tBattery\n/sys/class/power_supply/BAT1/status\tDischarging\n')).toBe('battery');
    expect(parsePowerSource(ciDoc.commands['power-source']?.stdout ?? '')).toBeNull();
  });

  it('/proc/driver/nvidia/version, proprietary and open module', () => {
    expect(parseProcDriverVersion('NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.14  Thu Feb 22 01:44:30 UTC 2024\nGCC version:  gcc version 12.3.0\n')).toEqual({ version: '550.54.14', open: false });
    expect(parseProcDriverVersion('NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  580.95.05  Release Build\n')).toEqual({ version: '580.95.05', open: true });
    expect(parseProcDriverVersion('cat: /proc/driver/nvidia/version: No such file or directory')).toBeNull();
  });
});
