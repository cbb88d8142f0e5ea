import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NVIDIA_PROBE_IDS, nvidiaProbes } from '../../../../electron/engine/probes/nvidia-probes.js';
import { WSL_PROBE_IDS } from '../../../../electron/engine/probes/wsl-probes.js';
import { BOOT_TIMEOUT_MS, PROBE_TIMEOUT_MS } from '../../../../electron/host/distro/commands.js';
import { FIXTURES_DIR } from '../../../fakes/system-root.js';
import { DISTRO_BOOT_PROBE_ID, DISTRO_PROBE_ID, distroProbe, distroProbes } from '../../../../electron/engine/probes/distro-probe.js';
import type { Capture, ProbeContext } from '../../../../electron/engine/model.js';
import { HEREDOC_END } from '../../../../electron/host/distro/probe-script.js';

const ctx = {
  host: { platform: 'windows', simulated: true },
  env: {},
  tool: (name: string) => `C:\\Windows\\System32\\${name}`,
  exec: { exec: () => Promise.reject(new Error('not used')) },
} as unknown as ProbeContext;

describe('distroProbe', () => {
  it('on Linux runs the local collector with the script on stdin', () => {
    const p = distroProbe({ target: 'local', bench: false });
    expect(p).toMatchObject({ id: DISTRO_PROBE_ID, platforms: ['linux'] });
    expect(p.spec(ctx)).toMatchObject({ file: '/bin/sh', args: ['-s', '--'] });
    const stdin = String(p.stdin?.(ctx));
    expect(stdin).toContain(`<<'${HEREDOC_END}'`);
    expect(stdin).toContain('CHILD_SOURCES = {');
  });

  it('on Windows goes through the resolved wsl.exe into the named distro', () => {
    const p = distroProbe({ target: 'wsl', distro: 'Ubuntu', bench: true });
    expect(p.platforms).toEqual(['windows']);
    expect(p.spec(ctx).args).toEqual(['-d', 'Ubuntu', '-u', 'root', '--exec', '/bin/sh', '-s', '--', '--bench']);
    expect(p.spec(ctx).file).toBe('C:\\Windows\\System32\\wsl.exe');
  });

  it('refuses a name outside the allow-list instead of probing another distro', () => {
    expect(() => distroProbe({ target: 'wsl', distro: '-d', bench: false })).toThrow(RangeError);
    expect(() => distroProbe({ target: 'wsl', distro: 'a;b', bench: false })).toThrow(RangeError);
  });

  it('through WSL the collector comes with its boot allowance, which it waits for; locally it runs alone', () => {
    const wsl = distroProbes({ target: 'wsl', bench: false });
    expect(wsl.map((p) => p.id)).toEqual([DISTRO_BOOT_PROBE_ID, DISTRO_PROBE_ID]);
    expect(wsl[1]?.after).toContain(DISTRO_BOOT_PROBE_ID);
    const local = distroProbes({ target: 'local', bench: false });
    expect(local.map((p) => p.id)).toEqual([DISTRO_PROBE_ID]);
    expect(local[0]?.platforms).toEqual(['linux']);
  });
});

/** A finished capture whose stdout is a fixture file. */
function captured(probe: string, fixture: string, encoding: Capture['encoding'], extra: Partial<Capture> = {}): Capture {
  return { probe, argv: ['x'], exitCode: 0, stdout: fs.readFileSync(`${FIXTURES_DIR}/${fixture}`), stderr: Buffer.alloc(0), encoding, durationMs: 10, launchError: null, ...extra };
}
const map = (...cs: Capture[]) => new Map(cs.map((c) => [c.probe, c]));

describe('the in-distro probes through WSL', () => {
  const [boot, collector] = distroProbes({ target: 'wsl', bench: false });

  it('are the boot allowance, then the collector, which waits for the list and the boot', () => {
    expect(boot?.id).toBe(DISTRO_BOOT_PROBE_ID);
    expect(collector?.id).toBe(DISTRO_PROBE_ID);
    expect(collector?.after).toEqual([WSL_PROBE_IDS.listVerbose, DISTRO_BOOT_PROBE_ID]);
    expect(boot?.spec(ctx)).toMatchObject({ args: ['-u', 'root', '--exec', '/bin/true'], timeoutMs: BOOT_TIMEOUT_MS });
    expect(collector?.spec(ctx).timeoutMs).toBe(PROBE_TIMEOUT_MS);
  });

  it('take -d <own distro> when WSL\'s default is a container tool\'s', () => {
    const prior = map(captured(WSL_PROBE_IDS.listVerbose, 'scenarios/wsl/list-verbose-docker-desktop-default.utf-16le.txt', 'utf-16le'));
    expect(boot?.spec(ctx, prior).args.slice(0, 2)).toEqual(['-d', 'Ubuntu']);
    expect(collector?.spec(ctx, prior).args.slice(0, 2)).toEqual(['-d', 'Ubuntu']);
  });

  it('are not run when only container tools\' distros exist, and the collector records why', () => {
    const prior = map(captured(WSL_PROBE_IDS.listVerbose, 'host/wsl/list-verbose/01-en.utf-16le.txt', 'utf-16le'));
    expect(boot?.when?.(prior)).toBe(false);
    expect(collector?.when?.(prior)).toBe('no-user-distro');
  });

  it('skip the collector after a boot that ran out of time, and run it after one that failed (its own run tells why)', () => {
    const timedOut = { probe: DISTRO_BOOT_PROBE_ID, argv: [], exitCode: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), encoding: 'utf-8', durationMs: 120_000, launchError: 'stopped: timeout' } as Capture;
    expect(collector?.when?.(map(timedOut))).toBe('boot-timeout');
    expect(collector?.when?.(map({ ...timedOut, exitCode: 255, launchError: null }))).toBe(true);
  });

  it('with --distro, wait only for the boot and never read the list', () => {
    const [b, c] = distroProbes({ target: 'wsl', bench: false, distro: 'Ubuntu-24.04' });
    expect(b?.after).toBeUndefined();
    expect(c?.after).toEqual([DISTRO_BOOT_PROBE_ID]);
    const prior = map(captured(WSL_PROBE_IDS.listVerbose, 'scenarios/wsl/list-verbose-docker-desktop-default.utf-16le.txt', 'utf-16le'));
    expect(c?.spec(ctx, prior).args.slice(0, 2)).toEqual(['-d', 'Ubuntu-24.04']);
  });
});

describe('the nvidia-smi query retry', () => {
  const retry = nvidiaProbes.find((p) => p.id === NVIDIA_PROBE_IDS.queryRetry);

  it('runs only after a query rejected for an unknown field, without the optional fields', () => {
    const rejected = captured(NVIDIA_PROBE_IDS.query, 'scenarios/nvidia-smi/rtx3060-472.query.utf-8.txt', 'utf-8', { exitCode: 2 });
    const fine = captured(NVIDIA_PROBE_IDS.query, 'scenarios/nvidia-smi/rtx4070-581.query.utf-8.txt', 'utf-8');
    expect(retry?.when?.(map(rejected))).toBe(true);
    expect(retry?.when?.(map(fine))).toBe(false);
    expect(retry?.when?.(map({ ...rejected, launchError: 'spawn ENOENT' }))).toBe(false);
    expect(retry?.spec(ctx).args).toEqual(['--query-gpu=index,name,memory.total,driver_model.current,pci.bus_id,driver_version', '--format=csv']);
  });
});
