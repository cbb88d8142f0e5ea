import type { CheckResult } from '../../../../electron/contract/checks.js';
import type { Facts } from '../../../../electron/contract/facts.js';
import { evaluateChecks } from '../../../../electron/engine/evaluate-checks.js';
import { wslInstalledCheck } from '../../../../electron/engine/checks/wsl-installed.js';
import { wslVersionCheck } from '../../../../electron/engine/checks/wsl-version.js';
import { preflightChecks } from '../../../../electron/engine/checks/preflight/index.js';
import { endpointHost, NETWORK_ENDPOINTS } from '../../../../electron/host/network/endpoints.js';
import type { Check, Verdict } from '../../../../electron/engine/model.js';

/** A partial of T where nested plain objects are partial too; arrays and null replace. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | null } : T;

/**
 * A healthy Windows 11 24H2 host with an RTX 4070 (driver 581.80, WDDM), an Intel iGPU, the WSL
 * 2.6 package and one Ubuntu-24.04 distro on WSL 2, the app run unelevated by an administrator.
 * The processor flags read false because the hypervisor runs (as on real machines).
 */
export function healthyFacts(): Facts {
  return {
    host: { platform: 'windows', simulated: false },
    distro: null,
    windows: {
      version: '10.0.26100', build: 26100, ubr: 4946, edition: 'Professional', displayVersion: '24H2', arch: 'x64',
      memoryMiB: 32_538, systemDriveFreeMiB: 250_000, elevated: false, isAdmin: true, pendingReboot: false,
    },
    windowsHost: {
      virtualization: { hypervisorPresent: true, firmwareEnabled: false, slat: false, vmMonitorModeExtensions: false },
      features: { vmp: 'enabled', wsl: 'disabled', hyperV: 'absent', hypervisorPlatform: 'disabled' },
      services: [
        { name: 'HNS', state: 'Running', startMode: 'Manual' },
        { name: 'vmcompute', state: 'Stopped', startMode: 'Manual' },
        { name: 'vfpext', state: 'Running', startMode: 'System' },
        { name: 'WSLService', state: 'Running', startMode: 'Auto' },
        { name: 'SharedAccess', state: 'Running', startMode: 'Manual' },
      ],
      pendingRebootSignals: {
        wslInstallStatus: false, wslInstallStatusComponents: [], cbsRebootPending: false,
        windowsUpdateRebootRequired: false, pendingFileRenameOperations: false, vmpEnabledNotActive: false,
      },
      wslPackageVersion: '2.6.1.0',
      wslPackageLocation: 'C:\\Program Files\\WSL\\',
      lxss: {
        defaultDistribution: '{0d6bd2a8-4b5c-4d6e-9f10-1a2b3c4d5e6f}', defaultDistributionName: 'Ubuntu-24.04', defaultVersion: 2,
        distros: [{ id: '{0d6bd2a8-4b5c-4d6e-9f10-1a2b3c4d5e6f}', name: 'Ubuntu-24.04', version: 2, basePath: 'C:\\Users\\alice\\AppData\\Local\\wsl\\{0d6bd2a8}', state: 1 }],
      },
      interactiveUser: 'DESKTOP-1\\alice',
      processUser: { name: 'DESKTOP-1\\alice', sid: 'S-1-5-21-1-2-3-1001', isSystem: false },
      runsAsOtherUser: false,
      hypervisorLaunchType: { value: null, raw: null, reason: 'not-elevated' },
      productType: 1,
      wslconfig: null,
      wslconfigTruncated: false,
      issues: [],
    },
    wsl: {
      installed: true, kind: 'package', version: '2.6.1.0', kernelVersion: '6.6.87.2-1', wslgVersion: '1.0.66', msrdcVersion: '1.2.6074',
      direct3dVersion: '1.611.1-81528511', dxcoreVersion: '10.0.26100.1-240331-1435.ge-release', windowsVersion: '10.0.26100.4946',
      defaultDistribution: 'Ubuntu-24.04', defaultVersion: 2,
      distros: [{ name: 'Ubuntu-24.04', state: 'Stopped', version: 2, isDefault: true }],
      onlineDistros: [], error: null, onlineError: null,
    },
    nvidia: {
      driverVersion: '581.80', cudaVersion: '13.0', smiVersion: '581.80',
      gpus: [{ index: 0, name: 'NVIDIA GeForce RTX 4070', memoryTotalMiB: 12_282, driverModel: 'WDDM', busId: '00000000:01:00.0', computeCapability: '8.9' }],
      error: null,
    },
    gpus: [
      { name: 'NVIDIA GeForce RTX 4070', vendor: 'nvidia', driverVersion: '581.80', windowsDriverVersion: '32.0.15.8180', memoryMiB: 12_282 },
      { name: 'Intel(R) UHD Graphics 770', vendor: 'intel', driverVersion: '31.0.101.4255', windowsDriverVersion: '31.0.101.4255', memoryMiB: 128 },
    ],
    // Every download site answered one byte over a direct connection.
    network: {
      measured: true, unmeasuredReason: null, languageMode: 'FullLanguage', deadlineMs: 5000, message: null,
      endpoints: NETWORK_ENDPOINTS.map((e) => ({ id: e.id, host: endpointHost(e), arch: e.arch, outcome: 'reachable' as const, httpStatus: 206, durationMs: 180, proxy: null, finalHost: null, detail: null })),
    },
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

/** The healthy host with `overrides` merged in (nested objects merge, arrays and null replace). */
export function factsFor(overrides: DeepPartial<Facts> = {}): Facts {
  return merge(healthyFacts(), overrides) as Facts;
}

/** One check judged on its own, as the engine would without prerequisites: skip when it does not apply. */
export function judge(check: Check, facts: Facts): Verdict {
  const applies = check.applies(facts);
  return applies === true ? check.evaluate(facts) : { status: 'skip', summary: applies };
}

/** Every check of the product (the two WSL checks plus the preflight set), evaluated with real chaining. */
export function evaluateAll(facts: Facts): Record<string, CheckResult> {
  const results = evaluateChecks([wslInstalledCheck, wslVersionCheck, ...preflightChecks], facts);
  return Object.fromEntries(results.map((r) => [r.id, r]));
}

/** `{ id: status }` for every check. */
export function statuses(facts: Facts): Record<string, string> {
  return Object.fromEntries(Object.entries(evaluateAll(facts)).map(([id, r]) => [id, r.status]));
}
