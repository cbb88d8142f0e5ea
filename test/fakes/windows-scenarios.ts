import { reachabilityCommand } from '../../electron/host/network/commands.js';
import { inventoryCommand } from '../../electron/host/powershell/commands.js';
import type { FakeRule, FakeScenario } from './system-root.js';
import { scenarios } from './scenarios.js';

/**
 * Whole Windows machines for diagnose runs: wsl.exe, the PowerShell inventory and network
 * reachability, and nvidia-smi.exe
 * answers together. Recorded outputs where they exist (wsl.exe); the inventories and the
 * scenario nvidia-smi outputs are reconstructed (see their .meta.json).
 */
const QUERY_ARGS = ['--query-gpu=index,name,memory.total,driver_model.current,pci.bus_id,compute_cap,driver_version', '--format=csv'];

function nvidia(name: string): FakeRule[] {
  return [
    { args: QUERY_ARGS, stdoutFile: `scenarios/nvidia-smi/${name}.query.utf-8.txt` },
    { args: [], stdoutFile: `scenarios/nvidia-smi/${name}.table.utf-8.txt` },
  ];
}

/**
 * powershell.exe answers each script by its exact arguments (the encoded script differs per
 * probe), so a new PowerShell probe finds no rule instead of silently getting another probe's
 * answer. The network reachability run comes first; these machines sit on an open network.
 */
const INVENTORY_ARGS = [...inventoryCommand('powershell.exe').args];
const REACHABILITY_ARGS = [...reachabilityCommand('powershell.exe').args];

function powershell(inventoryName: string, reachability = 'direct-all-reachable'): FakeRule[] {
  return [
    { args: REACHABILITY_ARGS, stdoutFile: `host/powershell/reachability/${reachability}.json` },
    { args: INVENTORY_ARGS, stdoutFile: `host/powershell/inventory/${inventoryName}.json` },
  ];
}

function machine(wsl: FakeScenario, inv: string, gpu: string | null): FakeScenario {
  return { ...wsl, 'powershell.exe': powershell(inv), ...(gpu ? { 'nvidia-smi.exe': nvidia(gpu) } : {}) };
}

/** A WSL 2.0.6 machine whose distros include two on WSL 1 (recorded `wsl -l -v`). */
const wslWithWsl1Distros: FakeScenario = {
  'wsl.exe': [
    ...(scenarios.healthyEnglish['wsl.exe'] ?? []).filter((r) => JSON.stringify(r.args) !== JSON.stringify(['--list', '--verbose'])),
    { args: ['--list', '--verbose'], stdoutFile: 'host/wsl/list-verbose/04-en.utf-8.txt' },
  ],
};

/**
 * The WSL package answers --version and --status, but anything that starts the VM fails with
 * HCS_E_HYPERV_NOT_INSTALLED (recorded, exit 255 for -1).
 */
const wslHypervNotInstalled: FakeScenario = {
  'wsl.exe': [
    { args: ['--version'], stdoutFile: 'host/wsl/version/01-en.utf-16le.txt' },
    { args: ['--status'], stdoutFile: 'host/wsl/status/01-en.utf-16le.txt' },
    { args: '*', stdoutFile: 'host/wsl/error/11-en.utf-8.txt', exitCode: 255 },
  ],
};

export const windowsMachines = {
  freshWin11Rtx4070: machine(scenarios.notInstalled, 'win11-24h2-rtx4070', 'rtx4070-581'),
  virtualizationOffInFirmware: machine(wslHypervNotInstalled, 'virt-off-firmware', null),
  oldInboxWsl: machine(scenarios.oldInbox, 'win11-24h2-rtx4070-wsl-ready', 'rtx4070-581'),
  distroOnWsl1: machine(wslWithWsl1Distros, 'win11-24h2-rtx4070-wsl-ready', 'rtx4070-581'),
  driverBelowCuda13: machine(scenarios.healthyEnglish, 'win11-24h2-rtx4070-wsl-ready', 'rtx4070-566'),
  tccCard: machine(scenarios.healthyEnglish, 'win11-24h2-rtx4070-wsl-ready', 'a4000-tcc-581'),
  japaneseWindows: machine(scenarios.japanese, 'ja-windows-basic-display', null),
  pendingReboot: machine(scenarios.healthyEnglish, 'pending-reboot', 'rtx4070-581'),
} satisfies Record<string, FakeScenario>;
