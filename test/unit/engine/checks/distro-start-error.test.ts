import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../electron/app/engine-translator.js';
import { renderReportMd } from '../../../../electron/bundle/report-md.js';
import { blockersOf } from '../../../../renderer/features/dashboard/order-checks.js';
import type { CheckResult } from '../../../../electron/contract/checks.js';
import type { Facts } from '../../../../electron/contract/facts.js';
import { evaluateChecks } from '../../../../electron/engine/evaluate-checks.js';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import { distroStartError } from '../../../../electron/engine/facts/distro-start-error.js';
import { wslFactsFrom } from '../../../../electron/engine/facts/wsl-facts.js';
import type { Capture } from '../../../../electron/engine/model.js';
import { defaultPlan } from '../../../../electron/engine/plan/default-plan.js';
import { COLLECTOR_NOT_RUN, DISTRO_BOOT_PROBE_ID, DISTRO_PROBE_ID, distroProbe } from '../../../../electron/engine/probes/distro-probe.js';
import { NOT_RUN_PREFIX } from '../../../../electron/engine/run-probes.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';
import { factsFor } from './facts-for.js';

// Issue #13 point 4: what wsl.exe prints when the boot allowance cannot start the distro goes
// through the WSL error catalog into facts.wsl.startError and onto the checks it disproves,
// like an error of `wsl --status`; the collector is then not run, and the report never reads
// "no document". The boot outputs are the real recordings, UTF-16LE with CRLF as wsl.exe writes.

const ERRORS = path.resolve(import.meta.dirname, '../../../fixtures/host/wsl/error');
const WSL = 'C:\\Windows\\System32\\wsl.exe';
/** wsl.exe's own failure: −1, which Windows reports as 0xFFFFFFFF. */
const WSL_FAILED = 0xffffffff;
const recording = (name: string): Buffer => fs.readFileSync(path.join(ERRORS, name));

function bootCapture(stdout: Buffer, over: Partial<Capture> = {}): Capture {
  return { probe: DISTRO_BOOT_PROBE_ID, argv: [WSL, '-d', 'Ubuntu-24.04', '-u', 'root', '--exec', '/bin/true'], exitCode: WSL_FAILED, stdout, stderr: Buffer.alloc(0), encoding: 'utf-8', durationMs: 2400, launchError: null, ...over };
}

/** A healthy PC whose distro wsl.exe could not start: the boot capture, and the collector as the plan decides it. */
function startFailedFacts(boot: Capture): Facts {
  const reason = distroProbe({ target: 'wsl', bench: false, distro: 'Ubuntu-24.04' }).when?.(new Map([[DISTRO_BOOT_PROBE_ID, boot]]));
  expect(reason).toBe(COLLECTOR_NOT_RUN.startFailed);
  const collector: Capture = { probe: DISTRO_PROBE_ID, argv: [], exitCode: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), encoding: 'utf-8', durationMs: 0, launchError: `${NOT_RUN_PREFIX}${String(reason)}` };
  const captures = new Map([[DISTRO_BOOT_PROBE_ID, boot], [DISTRO_PROBE_ID, collector]]);
  const healthy = factsFor();
  return { ...healthy, wsl: { ...(healthy.wsl as NonNullable<Facts['wsl']>), startError: wslFactsFrom(captures)?.startError ?? null }, distro: distroFactsFrom(captures) };
}

function report(facts: Facts): Map<string, CheckResult> {
  const checks = defaultPlan({ target: 'wsl', bench: false }, CHECK_REFERENCE).checks;
  return new Map(evaluateChecks(checks, facts).map((r) => [r.id, r]));
}

describe('distroStartError: a distro wsl.exe could not start, read by its code', () => {
  it('reads the recorded HCS_E_HYPERV_NOT_INSTALLED answer (UTF-16LE) by its symbol', () => {
    const error = distroStartError(bootCapture(recording('13-en-crlf.utf-16le.txt')));
    expect(error).toMatchObject({ code: 'HCS_E_HYPERV_NOT_INSTALLED', hresult: '0x80370102' });
    expect(error?.message).toContain('WSL2 is not supported');
  });

  it('reads the recorded Japanese answer by its Wsl/… path, whatever the words around it', () => {
    const error = distroStartError(bootCapture(recording('27-ja-crlf.utf-16le.txt')));
    expect(error).toMatchObject({ code: 'Wsl/Service/CreateInstance/CreateVm/ConfigureNetworking/0x803b0017', hresult: '0x803b0017' });
    expect(error?.message).toContain('低下状態のオブジェクト');
  });

  it('is null for a distro that started, a slow boot, a boot not run, and a failure of /bin/true itself', () => {
    expect(distroStartError(undefined)).toBeNull();
    expect(distroStartError(bootCapture(Buffer.alloc(0), { exitCode: 0 }))).toBeNull();
    expect(distroStartError(bootCapture(Buffer.alloc(0), { exitCode: null, launchError: 'stopped: timeout' }))).toBeNull();
    expect(distroStartError(bootCapture(Buffer.alloc(0), { exitCode: null, launchError: `${NOT_RUN_PREFIX}x` }))).toBeNull();
    // wsl.exe started the distro; the program inside failed without any wsl.exe error token.
    expect(distroStartError(bootCapture(Buffer.from('/bin/sh: 1: /bin/true: not found\n'), { exitCode: 127 }))).toBeNull();
    expect(distroProbe({ target: 'wsl', bench: false, distro: 'Ubuntu-24.04' }).when?.(new Map([[DISTRO_BOOT_PROBE_ID, bootCapture(Buffer.alloc(0), { exitCode: 0 })]]))).toBe(true);
  });
});

describe('a distro start error on the report', () => {
  it('HCS_E_HYPERV_NOT_INSTALLED: the catalog meaning and fix on preflight.virtualization and on distro.wsl2, not "no document"', () => {
    const facts = startFailedFacts(bootCapture(recording('13-en-crlf.utf-16le.txt')));
    expect(facts.distro?.probe.error?.code).toBe('distro-start-failed');
    expect(facts.distro?.boot?.status).toBe('failed');
    const byId = report(facts);
    // The Windows facts alone say the hypervisor runs; wsl.exe's own error is the stronger evidence.
    expect(report(factsFor()).get('preflight.virtualization')?.status).toBe('pass');
    for (const id of ['preflight.virtualization', 'distro.wsl2']) {
      expect(byId.get(id), id).toMatchObject({
        status: 'fail',
        summary: { key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.meaning' },
        fix: { text: { key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.fix' } },
      });
      expect(byId.get(id)?.evidence).toContainEqual({ label: { key: 'evidence.errorCode' }, value: 'HCS_E_HYPERV_NOT_INSTALLED' });
      expect(byId.get(id)?.evidence).toContainEqual({ label: { key: 'evidence.wslError.whenStartingDistro' }, value: 'WSL2 is not supported with your current machine configuration' });
    }
    expect(byId.get('distro.wsl2')?.evidence).toContainEqual({ label: { key: 'evidence.wslError.disproves' }, value: 'preflight.virtualization' });
    // The links inside the distro wait on distro.wsl2; a check the error does not name keeps its own verdict.
    expect(byId.get('gpu.dxg')?.status).toBe('skip');
    expect(byId.get('preflight.vmp')?.status).toBe('pass');
    expect([...byId.values()].map((r) => r.summary.params?.code)).not.toContain('no-document');
  });

  it('a Japanese start error (0x803b0017, HNS) lands on preflight.services with the catalog words', () => {
    const byId = report(startFailedFacts(bootCapture(recording('27-ja-crlf.utf-16le.txt'))));
    for (const id of ['preflight.services', 'distro.wsl2']) {
      expect(byId.get(id), id).toMatchObject({ status: 'fail', summary: { key: 'wslError.HCN_E_DEGRADED_OPERATION.meaning' }, fix: { text: { key: 'wslError.HCN_E_DEGRADED_OPERATION.fix' } } });
    }
    expect(byId.get('distro.wsl2')?.evidence).toContainEqual({ label: { key: 'evidence.wslError.whenStartingDistro' }, value: '低下状態のオブジェクトに対する操作の試みがありました。' });
    expect(byId.get('preflight.virtualization')?.status).toBe('pass');
  });

  it('a start error the catalog does not know still fails distro.wsl2 with its code, in plain words', () => {
    const unknown = Buffer.from('Something new went wrong.\r\nError code: Wsl/Service/CreateInstance/CreateVm/0x8badf00d\r\n', 'utf16le');
    const byId = report(startFailedFacts(bootCapture(unknown)));
    expect(byId.get('distro.wsl2')).toMatchObject({ status: 'fail', summary: { key: 'check.distro.wsl2.fail.startFailed' }, fix: { text: { key: 'fix.distro.startFailed' } } });
    expect(byId.get('distro.wsl2')?.evidence).toContainEqual({ label: { key: 'evidence.errorCode' }, value: 'Wsl/Service/CreateInstance/CreateVm/0x8badf00d' });
    expect(byId.get('preflight.virtualization')?.status).toBe('pass');
  });

  it('the same facts without the start error judge as before (the overlay adds, it does not replace)', () => {
    const facts = startFailedFacts(bootCapture(recording('13-en-crlf.utf-16le.txt')));
    const without = report({ ...facts, wsl: { ...(facts.wsl as NonNullable<Facts['wsl']>), startError: null } });
    expect(without.get('preflight.virtualization')?.status).toBe('pass');
    expect(without.get('distro.wsl2')?.summary.key).not.toMatch(/^wslError\./u);
  });
});

describe('the Support bundle\'s report.md and the dashboard\'s blockers (both read this report)', () => {
  it('shows the catalog meaning on the checks, the catalog fix, and the start error among the facts', async () => {
    const facts = startFailedFacts(bootCapture(recording('13-en-crlf.utf-16le.txt')));
    const checks = [...report(facts).values()];
    const t = await createTranslator('en');
    const md = renderReportMd({ schema: 'wsl-gpu-setup/diagnose@1', createdAt: '2026-12-03T00:00:00.000Z', facts, checks, readiness: 'not-ready' }, t, { app: { name: 'wsl-gpu-setup', version: 'test' }, platform: { platform: 'windows', simulated: true }, createdAt: '2026-12-03T00:00:00.000Z' });
    const meaning = t({ key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.meaning' });
    const fix = t({ key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.fix' });
    expect(meaning).toMatch(/^The WSL 2 virtual machine cannot start/u);
    expect(md).toContain(`| distro.wsl2 | ${t({ key: 'check.distro.wsl2.title' })} | ${meaning} |`);
    expect(md).toContain(`| preflight.virtualization | ${t({ key: 'check.preflight.virtualization.title' })} | ${meaning} |`);
    expect(md).toContain(`- distro.wsl2: ${fix}`);
    expect(md).toContain('- WSL error starting the distro: HCS_E_HYPERV_NOT_INSTALLED 0x80370102');
    expect(md).not.toContain('no-document');
    // The dashboard's blocker card lists the same failing checks, with the same summaries and fixes.
    const blockers = blockersOf(checks);
    expect(blockers.find((c) => c.id === 'distro.wsl2')?.summary).toEqual({ key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.meaning' });
    expect(blockers.find((c) => c.id === 'preflight.virtualization')?.fix).toEqual({ text: { key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.fix' } });
  });
});
