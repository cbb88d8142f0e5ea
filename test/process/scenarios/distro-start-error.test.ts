import { afterAll, describe, expect, it } from 'vitest';
import { lookupWslError } from '../../../electron/host/wsl/error-catalog.js';
import { createSimulatedPc, type SimulatedPc } from '../../sim/machine.js';
import type { StartStateName } from '../../sim/start-states.js';
import { diagnoseCli } from '../sim/diagnose-cli.js';

// Issue #13 point 4, end to end: the real CLI (`wsl-gpu-setup diagnose --json`, its own process)
// on a simulated PC whose wsl.exe cannot start the distro and prints a recorded error. The report
// shows the catalog's meaning and fix on the check the error disproves and on distro.wsl2, in the
// report's language; the collector is not run and nothing reads "no document".

const pcs: SimulatedPc[] = [];
afterAll(() => pcs.splice(0).forEach((pc) => pc.dispose()));

interface Report {
  facts: { wsl: { startError: { code: string | null; hresult: string | null } | null }; distro: { probe: { error: { code: string } | null }; boot: { status: string } | null } };
  checks: { id: string; status: string; summary: string; evidence: { label: string; value: string }[]; fix?: { text: string } }[];
}

const CASES: { machine: StartStateName; recording: string; lang: 'en' | 'ja'; code: string; symbol: string; disproves: string; encoding: string }[] = [
  // WSL package with WSL_UTF8=1: wsl.exe answers in UTF-8.
  { machine: 'driver-below-cuda13', recording: 'host/wsl/error/13-en', lang: 'en', code: 'HCS_E_HYPERV_NOT_INSTALLED', symbol: 'HCS_E_HYPERV_NOT_INSTALLED', disproves: 'preflight.virtualization', encoding: 'UTF-8' },
  // The old inbox wsl.exe ignores WSL_UTF8: the recorded UTF-16LE bytes.
  { machine: 'old-inbox-wsl', recording: 'host/wsl/error/13-en', lang: 'en', code: 'HCS_E_HYPERV_NOT_INSTALLED', symbol: 'HCS_E_HYPERV_NOT_INSTALLED', disproves: 'preflight.virtualization', encoding: 'UTF-16LE' },
  // Japanese Windows: a localized message, read by its code only.
  { machine: 'japanese-windows', recording: 'host/wsl/error/27-ja', lang: 'ja', code: 'Wsl/Service/CreateInstance/CreateVm/ConfigureNetworking/0x803b0017', symbol: 'HCN_E_DEGRADED_OPERATION', disproves: 'preflight.services', encoding: 'UTF-8' },
];

describe('diagnose when wsl.exe cannot start the distro', () => {
  it.each(CASES)('$machine, $code ($encoding): catalog meaning and fix on $disproves and distro.wsl2', { timeout: 120_000 }, async (c) => {
    const pc = await createSimulatedPc(c.machine);
    pcs.push(pc);
    pc.update((s) => {
      s.faults.distroStart = { recording: c.recording };
    });
    const run = await diagnoseCli(pc.env, ['--lang', c.lang]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const entry = lookupWslError(c.code);
    expect(entry?.symbol).toBe(c.symbol);
    expect(report.facts.wsl.startError).toMatchObject({ code: c.code, hresult: entry?.hresult });
    expect(report.facts.distro.probe.error?.code).toBe('distro-start-failed');
    expect(report.facts.distro.boot?.status).toBe('failed');
    for (const id of [c.disproves, 'distro.wsl2']) {
      const check = report.checks.find((r) => r.id === id);
      expect(check, id).toMatchObject({ status: 'fail', summary: entry?.meaning[c.lang], fix: { text: entry?.fix[c.lang] } });
      expect(check?.evidence.map((e) => e.value), id).toContain(c.code);
    }
    expect(report.checks.filter((r) => /no-document/u.test(r.summary))).toEqual([]);
    // The boot allowance ran once; the collector was never sent to a distro that could not start.
    const inDistro = pc.calls().filter((call) => call.tool === 'wsl.exe' && call.args.includes('--exec'));
    expect(inDistro.map((call) => call.args.slice(call.args.indexOf('--exec') + 1))).toEqual([['/bin/true']]);
  });
});
