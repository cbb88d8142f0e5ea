import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toolOfProgram } from '../../../electron/bundle/capture-explanations.js';
import { renderReportMd } from '../../../electron/bundle/report-md.js';
import type { DiagnoseReport } from '../../../electron/contract/checks.js';
import type { Capture } from '../../../electron/engine/model.js';

// Issue #14: a bundle's report explains every failed capture it holds, with the same classifier as `explain`.

const report: DiagnoseReport = {
  schema: 'wsl-gpu-setup/diagnose@1',
  createdAt: '2026-12-03T00:00:00.000Z',
  facts: { host: { platform: 'windows', simulated: true }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, network: null, distro: null },
  checks: [],
  readiness: 'not-ready',
};

function capture(probe: string, argv: string[], exitCode: number | null, stdout: Buffer, launchError: string | null = null, encoding: Capture['encoding'] = 'utf-16le'): Capture {
  return { probe, argv, exitCode, stdout, stderr: Buffer.alloc(0), encoding, durationMs: 5, launchError };
}

const md = (captures: Capture[]): string =>
  renderReportMd(report, (m) => `<${m.key}>`, { app: { name: 'wsl-gpu-setup', version: 'test' }, platform: { platform: 'windows', simulated: true }, createdAt: '2026-12-03T00:00:00.000Z', captures });

describe('report.md: failed captures', () => {
  const wslFailure = fs.readFileSync('test/fixtures/host/wsl/error/13-en-crlf.utf-16le.txt');

  it('explains a failed wsl.exe capture (UTF-16LE) with its outcome, cause, evidence and next action', () => {
    const text = md([capture('wsl.start', ['C:\\Windows\\System32\\wsl.exe', '-u', 'root', '--exec', '/bin/true'], -1, wslFailure)]);
    expect(text).toContain('## Failed captures');
    expect(text).toContain('- `wsl.start` (`C:\\Windows\\System32\\wsl.exe`, exit -1): blocked — `virtualization-off`');
    expect(text).toContain('  - evidence: `Error code: HCS_E_HYPERV_NOT_INSTALLED`');
    expect(text).toContain('  - next: <wslError.HCS_E_HYPERV_NOT_INSTALLED.fix>');
  });

  it('says plainly when a failure is not recognised, and shows a tool that could not start', () => {
    const text = md([
      capture('nvidia-smi', ['nvidia-smi.exe'], 9, Buffer.from('NVIDIA-SMI has failed for a reason of its own\n'), null, 'utf-8'),
      capture('wsl.version', ['wsl.exe', '--version'], null, Buffer.alloc(0), 'spawn wsl.exe ENOENT'),
    ]);
    expect(text).toContain('- `nvidia-smi` (`nvidia-smi.exe`, exit 9): unknown (not recognised)');
    expect(text).toContain('- `wsl.version` (`wsl.exe`): could not start — spawn wsl.exe ENOENT');
  });

  it('leaves out captures that succeeded and probes the plan chose not to run', () => {
    const text = md([capture('wsl.status', ['wsl.exe', '--status'], 0, Buffer.from('ok', 'utf16le')), capture('nvidia-smi.query-retry', ['nvidia-smi.exe'], null, Buffer.alloc(0), 'not-run: the first query worked')]);
    expect(text).not.toContain('## Failed captures');
  });

  it('maps program names to the classifier\'s tables', () => {
    expect(toolOfProgram('C:\\Windows\\System32\\WSL.EXE')).toBe('wsl');
    expect(toolOfProgram('/usr/bin/apt-get')).toBe('apt');
    expect(toolOfProgram('pwsh')).toBe('powershell');
    expect(toolOfProgram('nvidia-smi.exe')).toBe('auto');
  });
});
