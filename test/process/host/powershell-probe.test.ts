import { afterEach, describe, expect, it } from 'vitest';
import { createProbeContext } from '../../../electron/app/create-engine.js';
import { gpusFactsFrom } from '../../../electron/engine/facts/gpus-facts.js';
import { inventoryCheck } from '../../../electron/engine/checks/preflight/inventory.js';
import { hostStateFrom } from '../../../electron/engine/facts/host-state.js';
import { windowsFactsFrom, windowsInventoryFrom } from '../../../electron/engine/facts/windows-facts.js';
import { windowsProbes } from '../../../electron/engine/probes/windows-probes.js';
import { runProbes } from '../../../electron/engine/run-probes.js';
import { compactScript } from '../../../electron/host/powershell/commands.js';
import { INVENTORY_SCRIPT } from '../../../electron/host/powershell/inventory-script.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import type { FakeRule, FakeSystemRoot } from '../../fakes/system-root.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';

// The real ExecRunner runs a fake powershell.exe that replays a recorded inventory byte for byte.
let fake: FakeSystemRoot | undefined;
afterEach(() => {
  fake?.dispose();
  fake = undefined;
});

async function probe(rule: FakeRule | null) {
  fake = makeFakeSystemRoot(rule ? { 'powershell.exe': [{ argsPrefix: ['-NoProfile'], ...rule }] } : { 'wsl.exe': [] });
  const env = { ...process.env, ...fake.env };
  const ctx = createProbeContext(env, new ExecRunner({}));
  const captures = await runProbes(windowsProbes, ctx);
  const inventory = windowsInventoryFrom(captures);
  if (inventory === null) throw new Error('the inventory probe was not captured');
  const windows = windowsFactsFrom(inventory);
  const state = hostStateFrom(inventory);
  const verdict = inventoryCheck.evaluate({ host: { platform: 'windows', simulated: false }, distro: null, windows, windowsHost: state, wsl: null, nvidia: null, gpus: null, network: null });
  return { captures, inventory, windows, gpus: gpusFactsFrom(inventory), state, verdict };
}

describe('windows.inventory through the real ExecRunner', () => {
  it('runs powershell.exe once with the encoded script and builds facts from its JSON', async () => {
    const r = await probe({ stdoutFile: 'host/powershell/inventory/win11-24h2-rtx4070.json' });
    const calls = fake?.calls() ?? [];
    expect(calls).toHaveLength(1);
    expect(calls[0]?.tool).toBe('powershell.exe');
    expect(calls[0]?.args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
    expect(Buffer.from(calls[0]?.args[5] ?? '', 'base64').toString('utf16le')).toBe(compactScript(INVENTORY_SCRIPT));
    expect(r.captures.get('windows.inventory')).toMatchObject({ exitCode: 0, launchError: null, encoding: 'utf-8' });
    expect(r.inventory.issues).toEqual([]);
    expect(r.windows).toEqual({ version: '10.0.26100', build: 26100, ubr: 4946, edition: 'Professional', displayVersion: '24H2', arch: 'x64', memoryMiB: 32603, systemDriveFreeMiB: 393216, elevated: false, isAdmin: true, pendingReboot: false });
    expect(r.gpus?.[0]).toEqual({ name: 'NVIDIA GeForce RTX 4070', vendor: 'nvidia', driverVersion: '581.80', windowsDriverVersion: '32.0.15.8180', memoryMiB: 12288, driverVersionFrom: 'windows-version', pciDeviceId: '2786', kind: 'discrete' });
    expect(r.state.features.vmp).toBe('disabled');
  });

  it('keeps Japanese text intact across the pipe', async () => {
    const r = await probe({ stdoutFile: 'host/powershell/inventory/ja-windows-basic-display.json' });
    expect(r.state.interactiveUser).toBe('DESKTOP-JP01\\山田太郎');
    expect(r.gpus).toEqual([{ name: 'Microsoft 基本ディスプレイ アダプター', vendor: 'nvidia', driverVersion: null, windowsDriverVersion: '10.0.22621.3672', memoryMiB: null, driverVersionFrom: null, pciDeviceId: '2504', kind: 'discrete' }]);
  });

  it('reads the 5.1 quirks fixture (BOM, host text around the JSON, CRLF)', async () => {
    const r = await probe({ stdoutFile: 'host/powershell/inventory/ps51-quirks.txt' });
    expect(r.windows).toMatchObject({ build: 19045, arch: 'x64', pendingReboot: true });
    expect(r.gpus?.[0]).toMatchObject({ driverVersion: '536.23', memoryMiB: 8192 });
  });

  it('still reads stdout when it arrives in pieces, stderr holds CLIXML and the exit code is 1', async () => {
    const json = '{"os":{"Version":"10.0.26100","BuildNumber":"26100","UBR":4946},"cpu":{"Architecture":12}}\r\n';
    const r = await probe({
      chunks: [{ data: json.slice(0, 17) }, { data: json.slice(17), delayMs: 20 }],
      stderr: '#< CLIXML\r\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><S S="Error">x</S></Objs>',
      exitCode: 1,
    });
    expect(r.captures.get('windows.inventory')?.exitCode).toBe(1);
    expect(r.windows).toMatchObject({ version: '10.0.26100', build: 26100, ubr: 4946, arch: 'arm64' });
    expect(r.inventory.issues.map((i) => i.section)).toContain('gpus');
  });

  it('reads the Constrained Language Mode inventory (reconstructed) and says so in its own check', async () => {
    const r = await probe({ stdoutFile: 'host/powershell/inventory/clm-constrained-language.json' });
    expect(r.inventory.issues).toEqual([]);
    expect(r.state.languageMode).toBe('ConstrainedLanguage');
    expect(r.state.processUser).toEqual({ name: 'CORP\\山田太郎', sid: 'S-1-5-21-1004336348-1177238915-682003330-51234', isSystem: false });
    expect(r.windows).toMatchObject({ build: 26100, edition: 'Enterprise', elevated: null, isAdmin: null });
    expect(r.verdict).toMatchObject({ status: 'warn', summary: { key: 'check.preflight.inventory.warn.constrained' } });
  });

  it('turns a powershell.exe that prints nothing usable into a failed inventory check, not a gap', async () => {
    const r = await probe({ stdout: '', stderr: 'Cannot set property. Property setting is supported only on core types in this language mode.\r\n', exitCode: 1 });
    expect(r.inventory.issues).toEqual([{ section: null, code: 'no-json', hresult: null, message: '' }]);
    expect(r.verdict).toMatchObject({ status: 'fail', summary: { key: 'check.preflight.inventory.fail.empty' }, fix: { text: { key: 'fix.preflight.inventory.noJson' } } });
  });

  it('reports a machine without powershell.exe as not-run, with every fact null', async () => {
    const r = await probe(null);
    expect(r.inventory.issues[0]).toMatchObject({ section: null, code: 'not-run' });
    expect(Object.values(r.windows).every((v) => v === null)).toBe(true);
    expect(r.gpus).toBeNull();
    expect(r.verdict).toMatchObject({ status: 'unknown', summary: { key: 'check.preflight.inventory.unknown.notRun' }, fix: { text: { key: 'fix.preflight.inventory.notRun' } } });
  });
});
