import { describe, expect, it } from 'vitest';
import { parseInventory } from '../../../electron/host/powershell/parse-inventory.js';
import { inventoryCommand } from '../../../electron/host/powershell/commands.js';
import { decodeToolOutput } from '../../../electron/host/text/decode.js';
import { extractWslError } from '../../../electron/host/wsl/error-token.js';
import { parseWslListVerbose } from '../../../electron/host/wsl/parse-list.js';
import { parseWslStatus } from '../../../electron/host/wsl/parse-status.js';
import { parseWslVersion } from '../../../electron/host/wsl/parse-version.js';
import { widenSimExitCode, posixStatus } from '../../sim/exit-codes.js';
import { applyRestart } from '../../sim/restart.js';
import { callTool } from '../../sim/run-tool.js';
import { START_STATES, startState } from '../../sim/start-states.js';
import { simStateSchema, type SimState } from '../../sim/state.js';
import { windowsGpus } from '../../sim/windows-gpus.js';

// The Windows side of the simulated PC, in process: each call changes the state the next call
// reads, and every answer is one the app's own parsers read.

const UTF8 = { WSL_UTF8: '1' };
const RUN_ONCE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce';

async function wsl(state: SimState, ...args: string[]) {
  const r = await callTool(state, 'wsl.exe', args, { env: UTF8 });
  return { text: decodeToolOutput(r.stdout, 'auto'), exitCode: r.exitCode };
}

async function inventoryOf(state: SimState) {
  const r = await callTool(state, 'powershell.exe', [...inventoryCommand('powershell.exe').args]);
  return parseInventory(decodeToolOutput(r.stdout, 'utf-8'));
}

describe('start states', () => {
  it.each(START_STATES)('%s is a valid state whose inventory parses without issues', async (name) => {
    const state = startState(name);
    expect(simStateSchema.safeParse(state).success).toBe(true);
    const inv = await inventoryOf(state);
    expect(inv.issues).toEqual([]);
    expect(inv.os?.build).toBe(state.windows.build);
  });
});

describe('wsl --install --no-distribution on a fresh PC', () => {
  it('installs the package, enables VMP pending a restart, prints the recorded reboot line and exits 0', async () => {
    const state = startState('fresh-win11-rtx4070');
    expect((await wsl(state, '--version')).exitCode).toBe(-1);
    const install = await wsl(state, '--install', '--no-distribution');
    expect(install.exitCode).toBe(0);
    expect(install.text).toContain('Changes will not be effective until the system is rebooted.');
    expect(state.features.VirtualMachinePlatform).toBe('enable-pending');
    expect(state.pendingReboot.wslInstallStatus).toBe('VirtualMachinePlatform');
    const version = await wsl(state, '--version');
    expect(version.exitCode).toBe(0);
    expect(parseWslVersion(version.text).wsl).toBe('2.7.11.0');
    // Before the restart the hypervisor is not running: --status carries the virtualization note.
    expect(parseWslStatus((await wsl(state, '--status')).text).virtualizationDisabled).toBe(true);
    const inv = await inventoryOf(state);
    expect(inv.pendingReboot).toMatchObject({ wslInstallStatus: true, wslInstallStatusValue: 'VirtualMachinePlatform', cbsRebootPending: true });
    applyRestart(state);
    expect(parseWslStatus((await wsl(state, '--status')).text)).toMatchObject({ defaultVersion: 2, virtualizationDisabled: false });
    expect((await inventoryOf(state)).pendingReboot).toMatchObject({ wslInstallStatus: false, cbsRebootPending: false });
  });

  it('on Windows 10 also enables the WSL optional component', async () => {
    const state = startState('win10-22h2');
    await wsl(state, '--install', '--no-distribution');
    expect(state.features).toEqual({ VirtualMachinePlatform: 'enable-pending', 'Microsoft-Windows-Subsystem-Linux': 'enable-pending' });
  });
});

describe('Store blocked', () => {
  it('fails with the recorded Store-blocked output, and --web-download succeeds', async () => {
    const state = startState('store-blocked');
    const blocked = await wsl(state, '--install', '--no-distribution');
    expect(blocked.exitCode).toBe(-1);
    expect(extractWslError(blocked.text)?.hresult).toBe('0x8024500c');
    expect(state.wsl.kind).toBe('stub');
    const web = await wsl(state, '--install', '--no-distribution', '--web-download');
    expect(web.exitCode).toBe(0);
    expect(state.wsl).toEqual({ kind: 'package', version: '2.7.11.0' });
  });
});

describe('dism and the restart', () => {
  it('dism enables a feature with 3010 and a CBS reboot signal; the restart applies it', async () => {
    const state = startState('fresh-win11-rtx4070');
    const r = await callTool(state, 'dism.exe', ['/Online', '/Enable-Feature', '/FeatureName:VirtualMachinePlatform', '/All', '/NoRestart']);
    expect(r.exitCode).toBe(3010);
    expect(widenSimExitCode(posixStatus(r.exitCode))).toBe(3010);
    expect(state.features.VirtualMachinePlatform).toBe('enable-pending');
    expect((await inventoryOf(state)).services?.map((s) => s.name)).not.toContain('vmcompute');
    applyRestart(state);
    expect(state.features.VirtualMachinePlatform).toBe('enabled');
    const inv = await inventoryOf(state);
    expect(inv.services?.map((s) => s.name)).toContain('vmcompute');
    expect(inv.computer?.hypervisorPresent).toBe(true);
    const again = await callTool(state, 'dism.exe', ['/Online', '/Enable-Feature', '/FeatureName:VirtualMachinePlatform', '/All', '/NoRestart']);
    expect(again.exitCode).toBe(0);
  });

  it('a RunOnce value runs once at the next restart and is deleted', async () => {
    const state = startState('fresh-win11-rtx4070');
    const add = await callTool(state, 'reg.exe', ['add', RUN_ONCE, '/v', '!WslGpuSetupResume', '/t', 'REG_SZ', '/d', '"C:\\App\\app.exe" --resume', '/f']);
    expect(add.exitCode).toBe(0);
    expect(state.runOnce).toEqual({ '!WslGpuSetupResume': '"C:\\App\\app.exe" --resume' });
    applyRestart(state);
    applyRestart(state);
    expect(state.ranAtRestart).toEqual([{ name: '!WslGpuSetupResume', data: '"C:\\App\\app.exe" --resume', restart: 1 }]);
    expect(state.runOnce).toEqual({});
    const del = await callTool(state, 'reg.exe', ['delete', RUN_ONCE, '/v', '!WslGpuSetupResume', '/f']);
    expect(del.exitCode).toBe(1);
  });

  it('shutdown /r /t N waits for its countdown and /a aborts it', async () => {
    const state = startState('fresh-win11-rtx4070');
    expect((await callTool(state, 'shutdown.exe', ['/r', '/t', '30'])).exitCode).toBe(0);
    expect(state.restartRequested).toEqual({ seconds: 30 });
    expect((await callTool(state, 'shutdown.exe', ['/a'])).exitCode).toBe(0);
    expect(state.restartRequested).toBeNull();
    expect(state.restarts).toBe(0);
    await callTool(state, 'shutdown.exe', ['/r', '/t', '0']);
    expect(state.restarts).toBe(1);
  });
});

describe('distros', () => {
  it('install is skipped while a restart is pending, then creates the distro and lists it', async () => {
    const state = startState('fresh-win11-rtx4070');
    await wsl(state, '--install', '--no-distribution');
    const skipped = await wsl(state, '--install', 'Ubuntu-24.04', '--no-launch');
    expect(skipped.text).toContain('No action was taken as a system reboot is required.');
    expect(state.distros).toEqual([]);
    applyRestart(state);
    expect((await wsl(state, '--install', 'Ubuntu-24.04', '--no-launch')).exitCode).toBe(0);
    const list = parseWslListVerbose((await wsl(state, '--list', '--verbose')).text);
    expect(list.distros).toEqual([{ name: 'Ubuntu-24.04', state: 'Stopped', version: 2, isDefault: true }]);
    const again = await wsl(state, '--install', 'Ubuntu-24.04', '--no-launch');
    expect(extractWslError(again.text)?.symbol).toBe('ERROR_ALREADY_EXISTS');
  });

  it('virtualization off in firmware: the distro install fails with the recorded HCS_E_HYPERV_NOT_INSTALLED output', async () => {
    const state = startState('virtualization-off');
    const r = await wsl(state, '--install', 'Ubuntu-24.04', '--no-launch');
    expect(r.exitCode).toBe(-1);
    expect(extractWslError(r.text)?.symbol).toBe('HCS_E_HYPERV_NOT_INSTALLED');
    expect(state.distros.map((d) => d.name)).toEqual(['Ubuntu']);
  });

  it('--set-version converts a WSL 1 distro and then answers WSL_E_VM_MODE_INVALID_STATE', async () => {
    const state = startState('wsl1-distro');
    expect((await wsl(state, '--set-version', 'Ubuntu-20.04', '2')).exitCode).toBe(0);
    expect(state.distros[0]?.version).toBe(2);
    const again = await wsl(state, '--set-version', 'Ubuntu-20.04', '2');
    expect(extractWslError(again.text)?.symbol).toBe('WSL_E_VM_MODE_INVALID_STATE');
    expect((await wsl(state, '--set-default-version', '2')).exitCode).toBe(0);
    expect(state.defaultVersion).toBe(2);
  });

  it('in-distro runs go to the distro side and mark the distro running; --terminate stops it', async () => {
    const state = startState('driver-below-cuda13');
    const r = await callTool(state, 'wsl.exe', ['-d', 'Ubuntu-24.04', '-u', 'root', '--exec', '/bin/true']);
    expect(r.exitCode).toBe(0);
    expect(parseWslListVerbose((await wsl(state, '--list', '--verbose')).text).distros[0]?.state).toBe('Running');
    await wsl(state, '--terminate', 'Ubuntu-24.04');
    expect(state.distros[0]?.running).toBe(false);
  });
});

describe('Japanese Windows', () => {
  it('wsl.exe answers in Japanese, UTF-16LE unless WSL_UTF8=1 reaches the package, and the parsers read it', async () => {
    const state = startState('japanese-windows');
    const raw = await callTool(state, 'wsl.exe', ['--version']);
    expect(raw.stdout.subarray(0, 6)).toEqual(Buffer.from('WSL', 'utf16le'));
    const version = decodeToolOutput(raw.stdout, 'auto');
    expect(version).toContain('カーネル バージョン');
    expect(parseWslVersion(version).kernel).toBe('6.6.87.2-1');
    const status = await wsl(state, '--status');
    expect(status.text).toContain('既定のディストリビューション');
    expect(parseWslStatus(status.text)).toMatchObject({ defaultDistribution: 'Ubuntu-24.04', defaultVersion: 2 });
    const reg = await callTool(state, 'reg.exe', ['add', RUN_ONCE, '/v', 'x', '/t', 'REG_SZ', '/d', 'y', '/f']);
    expect(reg.stdout.toString('utf8')).toContain('この操作を正しく終了しました。');
  });
});

describe('unknown calls', () => {
  it('answer 97 instead of a made-up output', async () => {
    const state = startState('fresh-win11-rtx4070');
    expect((await callTool(state, 'wsl.exe', ['--mount', 'x'])).exitCode).toBe(97);
    expect((await callTool(state, 'powershell.exe', ['-Command', 'Get-Date'])).exitCode).toBe(97);
  });
});

describe('what a distro sees of Windows', () => {
  it('the GPUs with a vendor driver, NVIDIA first with its compute capability; a basic display adapter is not projected', () => {
    expect(windowsGpus(startState('fresh-win11-rtx4070'))).toEqual([
      { vendor: 'NVIDIA', name: 'NVIDIA GeForce RTX 4070', driverVersion: '32.0.15.8180', computeCap: '8.9' },
      { vendor: 'Intel', name: 'Intel(R) UHD Graphics 770', driverVersion: '31.0.101.4502' },
    ]);
    expect(windowsGpus(startState('driver-below-cuda13'))[0]?.driverVersion).toBe('32.0.15.6636');
    expect(windowsGpus(startState('amd-gpu')).map((g) => g.vendor)).toEqual(['AMD', 'AMD']);
    expect(windowsGpus(startState('japanese-windows'))).toEqual([]);
  });
});
