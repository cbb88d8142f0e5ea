/**
 * Shared inputs for the bundle tests: captures with planted canaries in every encoding, a
 * report made from them, and a scanner that reads every byte of a written bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Msg } from '../../../electron/contract/messages.js';
import { reportFrom } from '../../../electron/engine/diagnose.js';
import { wslInstalledCheck } from '../../../electron/engine/checks/wsl-installed.js';
import { wslVersionCheck } from '../../../electron/engine/checks/wsl-version.js';
import type { Capture, CaptureMap } from '../../../electron/engine/model.js';
import type { HostInfo } from '../../../electron/contract/platform.js';
import { catalogs } from '../../../electron/contract/locales/index.js';
import { CANARY, canaryText } from '../../unit/redact/canaries.js';

export const HOST: HostInfo = { platform: 'windows', simulated: true };
export const CHECKS = [wslInstalledCheck, wslVersionCheck];
export const CREATED_AT = new Date('2025-03-04T05:06:07.000Z');

/** English text for a message, with its parameters, as the CLI's translator would give. */
export function translate(m: Msg): string {
  const template = catalogs.en[m.key] ?? m.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_s, k: string) => String(m.params?.[k] ?? ''));
}

function capture(probe: string, stdout: Buffer, stderr: Buffer, encoding: Capture['encoding'], extra: Partial<Capture> = {}): Capture {
  return { probe, argv: ['C:\\Windows\\System32\\wsl.exe', '--version'], exitCode: 0, stdout, stderr, encoding, durationMs: 42, launchError: null, ...extra };
}

const WSL_VERSION = 'WSL version: 2.3.26.0\r\nKernel version: 5.15.167.4-1\r\nWSLg version: 1.0.65\r\nMSRDC version: 1.2.5620\r\nDirect3D version: 1.611.1-81528511\r\nDXCore version: 10.0.26100.1-240331-1435.ge-release\r\nWindows version: 10.0.26100.2605\r\n';

/** Captures carrying every canary as UTF-8, UTF-16LE (with and without BOM), JSON-escaped and URL-encoded. */
export function canaryCaptures(): CaptureMap {
  const text = canaryText();
  const json = JSON.stringify({ profile: `C:\\Users\\${CANARY.user}`, host: CANARY.host, sid: CANARY.sid, mail: CANARY.email, token: CANARY.ghToken, proxy: `http://${CANARY.proxyUser}:${CANARY.proxyPass}@proxy:8080`, env: `API_KEY=${CANARY.envSecret}` });
  const url = text.split('\r\n').map(encodeURIComponent).join('\n');
  const list: Capture[] = [
    capture('wsl.version', Buffer.from(WSL_VERSION + text, 'utf16le'), Buffer.from(url, 'utf16le'), 'utf-16le', {
      argv: ['C:\\Windows\\System32\\wsl.exe', '--version', `--user=${CANARY.user}`],
    }),
    capture('wsl.status', Buffer.from(`\uFEFF${text}`, 'utf16le'), Buffer.alloc(0), 'auto'),
    capture('windows.info', Buffer.from(json, 'utf8'), Buffer.from(text, 'utf8'), 'utf-8'),
    capture('nvidia.smi', Buffer.from(url, 'utf8'), Buffer.concat([Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf8')]), 'auto', {
      exitCode: null,
      launchError: `spawn C:\\Users\\${CANARY.user}\\nvidia-smi.exe ENOENT`,
    }),
  ];
  return new Map(list.map((c) => [c.probe, c]));
}

/** The report and its `diagnose --json` object, with canaries in JSON-escaped strings. */
export function canaryReport(captures: CaptureMap): { report: ReturnType<typeof reportFrom>; reportJson: unknown } {
  const report = reportFrom(HOST, captures, CHECKS, CREATED_AT);
  const reportJson = { ...report, note: `C:\\Users\\${CANARY.user}\\x ${CANARY.email} C%3A%5CUsers%5C${CANARY.user}`, env: [`API_KEY=${CANARY.envSecret}`, CANARY.jwt] };
  return { report, reportJson };
}

/** Log lines with canaries. */
export function canaryLogs(): { name: string; lines: string[] }[] {
  return [{ name: 'app', lines: canaryText().split('\r\n') }];
}

/** Every file of a written bundle (folder or zip) by relative path. */
export function bundleFiles(target: string): Map<string, Uint8Array> {
  if (target.endsWith('.zip')) return new Map(Object.entries(unzipSync(fs.readFileSync(target))));
  const out = new Map<string, Uint8Array>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(target, full).split(path.sep).join('/'), fs.readFileSync(full));
    }
  };
  walk(target);
  return out;
}
