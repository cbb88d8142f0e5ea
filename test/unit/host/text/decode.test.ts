import { describe, expect, it } from 'vitest';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { normalizeLabel, splitLabelValue, splitLines } from '../../../../electron/host/text/lines.js';
import { fixtureBytes } from '../wsl/fixture-support.js';

const u16 = (s: string): Buffer => Buffer.from(s, 'utf16le');
const u8 = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('decodeToolOutput', () => {
  const text = 'WSL バージョン: 2.0.14.0\r\nカーネル バージョン: 5.15.133.1-1\r\n';
  const want = 'WSL バージョン: 2.0.14.0\nカーネル バージョン: 5.15.133.1-1\n';

  it.each(['auto', 'utf-16le', 'utf-8'] as const)('UTF-16LE without BOM (declared %s)', (enc) => {
    expect(decodeToolOutput(u16(text), enc)).toBe(want);
  });

  it('UTF-16LE with BOM, UTF-8 with and without BOM', () => {
    expect(decodeToolOutput(Buffer.concat([Buffer.from([0xff, 0xfe]), u16(text)]), 'auto')).toBe(want);
    expect(decodeToolOutput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), u8(text)]), 'auto')).toBe(want);
    expect(decodeToolOutput(u8(text), 'utf-16le')).toBe(want);
  });

  it('CJK-only UTF-16LE lines, including characters whose low byte is 0x0A (上 U+4E0A)', () => {
    const cjk = '上海当前计算机配置不支持。\r\n《上》\r\n';
    expect(decodeToolOutput(u16(cjk), 'auto')).toBe('上海当前计算机配置不支持。\n《上》\n');
    expect(decodeToolOutput(u16(cjk), 'utf-16le')).toBe('上海当前计算机配置不支持。\n《上》\n');
  });

  it('drops an odd trailing byte of UTF-16LE output', () => {
    const cut = Buffer.concat([u16('Default Version: 2\r\n'), Buffer.from([0x41])]);
    expect(decodeToolOutput(cut, 'utf-16le')).toBe('Default Version: 2\n');
  });

  it('decodes a mixed stream segment-wise: a wsl.exe UTF-16LE message, then Linux UTF-8 output', () => {
    const mixed = Buffer.concat([u16('The operation completed successfully.\r\n'), u8('umount: can’t unmount /mnt/data: busy\n'), u16('Error code: Wsl/0x80070422\r\n')]);
    expect(decodeToolOutput(mixed, 'utf-16le')).toBe('The operation completed successfully.\numount: can’t unmount /mnt/data: busy\nError code: Wsl/0x80070422\n');
    expect(decodeToolOutput(mixed, 'auto')).toBe(decodeToolOutput(mixed, 'utf-16le'));
  });

  it('recovers Linux UTF-8 output that a caller had decoded as UTF-16LE (error/09 mojibake)', () => {
    const line = fixtureBytes('error/09-en.utf-8.txt').toString('utf8').split('\n')[3] as string;
    const garbled = line.slice(0, line.indexOf('2021-'));
    expect(decodeToolOutput(u16(garbled), 'utf-16le')).toMatch(/^umount: can't unmount \/mnt\/wsl\/rancher-desktop\/run\/data: Resourc/);
  });

  it('folds \\r\\r\\n, \\r\\n and lone \\r to \\n, strips NULs, BOMs and VT sequences', () => {
    const noisy = '\u001b[2J\u001b[?25l\u001b]0;wsl\u0007NAME\r\r\n\u001b[32m* Ubuntu\u001b[0m\rnext\u0000\ufeff\r\n';
    expect(decodeToolOutput(u8(noisy), 'utf-8')).toBe('NAME\n* Ubuntu\nnext\n');
    expect(decodeToolOutput(u16(noisy), 'utf-16le')).toBe('NAME\n* Ubuntu\nnext\n');
  });

  it('accepts Uint8Array views with an offset and never throws on junk', () => {
    const backing = new Uint8Array([9, 9, ...u16('OK\r\n')]);
    expect(decodeToolOutput(backing.subarray(2), 'auto')).toBe('OK\n');
    expect(decodeToolOutput(new Uint8Array([0xff, 0xff, 0x00, 0xd8, 0x0a]), 'auto')).toEqual(expect.any(String));
    expect(decodeToolOutput(new Uint8Array(0), 'auto')).toBe('');
    expect(decodeToolOutput(null as unknown as Uint8Array, 'auto')).toBe('');
  });
});

describe('splitLines / splitLabelValue / normalizeLabel', () => {
  it('splits without a trailing empty line', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(splitLines('')).toEqual([]);
  });

  it.each([
    ['WSL version: 2.0.6.0', 'WSL version', '2.0.6.0'],
    ['WSL 版本： 2.7.11.0', 'WSL 版本', '2.7.11.0'],
    ['Version WSL\u00a0: 2.7.11.0', 'Version WSL', '2.7.11.0'],
    ['Version WSL\u202f﹕ 2.7.11.0', 'Version WSL', '2.7.11.0'],
    ['Windows: 10.0.19045.5854', 'Windows', '10.0.19045.5854'],
  ])('%s', (line, label, value) => {
    expect(splitLabelValue(line)).toMatchObject({ label, value });
  });

  it('normalises labels for comparison and rejects lines without a label', () => {
    expect(normalizeLabel(' Code\u00a0d’erreur\u202f ')).toBe('code d’erreur');
    expect(splitLabelValue(': value')).toBeNull();
    expect(splitLabelValue('no colon here')).toBeNull();
  });
});
