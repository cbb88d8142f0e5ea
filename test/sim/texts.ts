import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The texts the simulated tools print. Recorded lines come from fixture files (each with its
 * .meta.json); generated ones fill WSL's own resource strings (Resources.resw, copied verbatim in
 * test/fixtures/host/wsl/localized) with values from the state. See test/sim/README.md.
 */

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export type Language = 'en' | 'ja';

export function fixtureText(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES, relative), 'utf8');
}

export function fixtureBytes(relative: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, relative));
}

/** The non-empty lines of a recorded paste, without prompt lines (`PS C:\…>`, `C:\…>`, `$`). */
export function recordedLines(relative: string): string[] {
  return fixtureText(relative)
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== '' && !/^(?:PS )?[A-Z]:\\[^>]*>/u.test(l) && l.trim() !== '$');
}

type ResourceKey =
  | 'MessagePackageVersions'
  | 'MessageStatusDefaultDistro'
  | 'MessageStatusDefaultVersion'
  | 'MessagePrintDistroDefault'
  | 'MessageRegisteredDistrosHeader'
  | 'MessageNoDefaultDistro'
  | 'MessageErrorCode'
  | 'MessageDownloading'
  | 'MessageInstalling'
  | 'MessageEnableVirtualization';

let resources: Record<string, Record<string, string>> | null = null;

/** A WSL resource string in the machine's display language, `{}` filled in order. */
export function resource(language: Language, key: ResourceKey, ...values: string[]): string {
  resources ??= (JSON.parse(fixtureText('host/wsl/localized/wsl-localized-strings.json')) as { locales: Record<string, Record<string, string>> }).locales;
  const template = resources[language === 'ja' ? 'ja-JP' : 'en-US']?.[key];
  if (template === undefined) throw new Error(`no WSL resource ${key} for ${language}`);
  let i = 0;
  return template.replace(/\{\}/gu, () => values[i++] ?? '');
}

/** wsl.exe's error shape: the message, then the localized `Error code:` label and the code. */
export function wslError(language: Language, message: string, code: string): string {
  return resource(language, 'MessageErrorCode', message, code);
}

/** CRLF line ends, as wsl.exe and other Windows tools print. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/gu, '\r\n').replace(/(?:\r\n)?$/u, '\r\n');
}

/**
 * Encodes wsl.exe's own text: UTF-16LE without BOM on pipes, unless `WSL_UTF8=1` reaches a WSL
 * package that honours it (0.64 and later; the inbox wsl.exe ignores it). domain.md §2.3.
 */
export function wslBytes(text: string, utf8: boolean): Buffer {
  return Buffer.from(crlf(text), utf8 ? 'utf8' : 'utf16le');
}

/** The component versions `wsl --version` prints for the package versions the sim installs (recorded listings). */
export const PACKAGE_COMPONENTS: Record<string, { kernel: string; wslg: string; msrdc: string; direct3d: string; dxcore: string; source: string }> = {
  '2.0.6.0': { kernel: '5.15.133.1-1', wslg: '1.0.59', msrdc: '1.2.4677', direct3d: '1.611.1-81528511', dxcore: '10.0.25880.1000-230602-1350.main', source: 'host/wsl/version/01-en.utf-8.txt' },
  '2.6.3.0': { kernel: '6.6.87.2-1', wslg: '1.0.71', msrdc: '1.2.6353', direct3d: '1.611.1-81528511', dxcore: '10.0.26100.1-240331-1435.ge-release', source: 'host/wsl/version/04-ja.utf-8.txt' },
  '2.7.11.0': { kernel: '6.18.33.2-2', wslg: '1.0.73.2', msrdc: '1.2.7214', direct3d: '1.611.1-81528511', dxcore: '10.0.26100.1-240331-1435.ge-release', source: 'domain.md §2.3' },
};

/** What `wsl --update` and `wsl --install` install: the current stable release (domain.md §2.1). */
export const LATEST_WSL = '2.7.11.0';
