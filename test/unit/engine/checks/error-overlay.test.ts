import { describe, expect, it } from 'vitest';
import type { ToolError } from '../../../../electron/contract/facts.js';
import { withErrorOverlay, wslErrorEntry } from '../../../../electron/engine/checks/error-overlay.js';
import { preflightChecks } from '../../../../electron/engine/checks/preflight/index.js';
import { virtualizationCheck } from '../../../../electron/engine/checks/preflight/virtualization.js';
import { wslDistroCheck } from '../../../../electron/engine/checks/wsl-extra/distro.js';
import { wslInstalledCheck } from '../../../../electron/engine/checks/wsl-installed.js';
import { wslVersionCheck } from '../../../../electron/engine/checks/wsl-version.js';
import { WSL_ERROR_CATALOG } from '../../../../electron/host/wsl/error-catalog.js';
import { fixtureText } from '../../host/wsl/fixture-support.js';
import { factsFor, judge } from './facts-for.js';

const error = (code: string | null, hresult: string | null): { wsl: { error: ToolError } } => ({ wsl: { error: { code, hresult, message: 'WSL2 is not supported with your current machine configuration' } } });
const virtualization = withErrorOverlay(virtualizationCheck);

describe('withErrorOverlay', () => {
  it('keeps the check\'s identity and applies', () => {
    expect(virtualization.id).toBe(virtualizationCheck.id);
    expect(virtualization.prerequisites).toBe(virtualizationCheck.prerequisites);
    const linux = factsFor({ host: { platform: 'linux' } });
    expect(virtualization.applies(linux)).toEqual(virtualizationCheck.applies(linux));
    expect(virtualization.title).toEqual(virtualizationCheck.title);
  });

  it('fails the check a catalog entry names, by full path, bare symbol or HRESULT', () => {
    for (const [code, hresult] of [
      ['Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED', null],
      ['HCS_E_HYPERV_NOT_INSTALLED', null],
      [null, '0x80370102'],
    ] as const) {
      const v = judge(virtualization, factsFor(error(code, hresult)));
      expect(v.status, String(code ?? hresult)).toBe('fail');
      expect(v.summary).toEqual({ key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.meaning' });
      expect(v.fix).toEqual({ text: { key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.fix' } });
      expect(v.evidence?.[0]).toEqual({ label: { key: 'evidence.errorCode' }, value: code ?? hresult });
      expect(v.evidence?.map((e) => e.label.key)).toEqual(['evidence.errorCode', 'evidence.wslError.hresult', 'evidence.wslError.needsAdmin', 'evidence.wslError.needsReboot']);
    }
  });

  it('leaves other checks and unknown tokens to the inner verdict', () => {
    const distroError = factsFor(error('Wsl/WSL_E_DEFAULT_DISTRO_NOT_FOUND', '0x80040301'));
    expect(judge(virtualization, distroError)).toEqual(judge(virtualizationCheck, distroError));
    expect(judge(withErrorOverlay(wslDistroCheck), distroError).summary.key).toBe('wslError.WSL_E_DEFAULT_DISTRO_NOT_FOUND.meaning');
    const unknown = factsFor(error('Wsl/Service/SOMETHING_NEW', '0x8badf00d'));
    expect(judge(virtualization, unknown).status).toBe('pass');
    expect(judge(virtualization, factsFor({ wsl: null })).status).toBe('pass');
  });

  it('recognises an error printed without a code from its message, in any language, and says so', () => {
    // Real Japanese inbox output: only the kernel-update message and its link (fixture error/39-ja).
    const kernel = factsFor({ wsl: { error: { code: null, hresult: null, message: fixtureText('error/39-ja.utf-8.txt').trim() } } });
    const v = judge(withErrorOverlay(wslVersionCheck), kernel);
    expect(v).toMatchObject({ status: 'fail', summary: { key: 'wslError.ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED.meaning' } });
    expect(v.evidence).toContainEqual({ label: { key: 'evidence.errorCode' }, value: 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED' });
    expect(v.evidence).toContainEqual({ label: { key: 'evidence.wslError.recognizedFromMessage' }, value: 'text+link' });

    const german = 'WSL2 kann nicht gestartet werden, da die Virtualisierung auf diesem Computer nicht aktiviert ist.';
    expect(judge(virtualization, factsFor({ wsl: { error: { code: null, hresult: null, message: german } } }))).toMatchObject({ status: 'fail', summary: { key: 'wslError.HCS_E_HYPERV_NOT_INSTALLED.meaning' } });
    // A printed code still wins over the text around it.
    expect(wslErrorEntry({ code: 'Wsl/Service/E_UNEXPECTED', hresult: null, message: german })?.symbol).toBe('E_UNEXPECTED');
    expect(wslErrorEntry({ code: null, hresult: null, message: 'The operation completed successfully.' })).toBeNull();
  });

  it('looks up by code first, then by HRESULT', () => {
    expect(wslErrorEntry({ code: 'Wsl/Service/E_UNEXPECTED', hresult: '0x80370102', message: '' })?.symbol).toBe('E_UNEXPECTED');
    expect(wslErrorEntry({ code: 'not-a-token', hresult: '0x80370102', message: '' })?.symbol).toBe('HCS_E_HYPERV_NOT_INSTALLED');
    expect(wslErrorEntry(null)).toBeNull();
  });
});

describe('the check set', () => {
  const all = [wslInstalledCheck, wslVersionCheck, ...preflightChecks];
  const ids = all.map((c) => c.id);

  it('has unique ids and only prerequisites that exist', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of all) for (const p of c.prerequisites) expect(ids, `${c.id} → ${p}`).toContain(p);
  });

  it('has every check a catalog entry names as failsCheck (no entry points at nothing)', () => {
    const missing = WSL_ERROR_CATALOG.filter((e) => !ids.includes(e.failsCheck)).map((e) => `${e.symbol} → ${e.failsCheck}`);
    expect(missing).toEqual([]);
  });

  it('wraps every preflight check, so an entry naming it takes effect', () => {
    for (const entry of WSL_ERROR_CATALOG) {
      const check = preflightChecks.find((c) => c.id === entry.failsCheck);
      if (!check) continue;
      const facts = factsFor({ ...error(entry.symbol, entry.hresult), host: { platform: 'windows' } });
      expect(check.evaluate(facts).summary.key, entry.symbol).toBe(`wslError.${entry.symbol}.meaning`);
    }
  });

  it('puts every WSL-dependent check behind wsl.installed and the GPU driver checks behind gpu.present', () => {
    for (const c of preflightChecks.filter((x) => x.category === 'wsl')) expect(c.prerequisites, c.id).toContain('wsl.installed');
    for (const id of ['gpu.driver-stale', 'gpu.driver-floor', 'gpu.driver-model']) expect(preflightChecks.find((c) => c.id === id)?.prerequisites, id).toContain('gpu.present');
  });
});
