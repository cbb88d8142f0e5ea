import { describe, expect, it } from 'vitest';
import { CappedCapture } from '../../../electron/runner/capture.js';
import { errorText, launchProblem, mergeEnv } from '../../../electron/runner/launch-check.js';
import { OutputTail, TAIL_CHARS } from '../../../electron/runner/output-tail.js';

describe('OutputTail', () => {
  it('keeps only the last characters, ANSI stripped and line endings normalized', () => {
    const tail = new OutputTail(10);
    tail.push('\x1b[31mfirst line\x1b[0m\r\n');
    tail.push('\x1b[1mend\x1b[0m\r\n');
    expect(tail.text()).toBe('first line\nend\n'.slice(-10));
  });

  it('stays bounded over a long stream and ends with the latest output', () => {
    const tail = new OutputTail();
    for (let i = 0; i < 20_000; i++) tail.push(`\x1b[32mline ${i}\x1b[0m\r\n`);
    const text = tail.text();
    expect(text.length).toBeLessThanOrEqual(TAIL_CHARS);
    expect(text.endsWith('line 19999\n')).toBe(true);
    expect(text).not.toContain('\x1b');
  });

  it('is empty with no output', () => {
    expect(new OutputTail().text()).toBe('');
  });
});

describe('CappedCapture', () => {
  it('keeps bytes exactly below the cap', () => {
    const c = new CappedCapture(10);
    c.push(Buffer.from([0xff, 0xfe, 0x00]));
    c.push(Buffer.from([0x41, 0x00]));
    expect(c.bytes()).toEqual(Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]));
    expect(c.truncated).toBe(false);
  });

  it('keeps the first maxBytes and flags truncation', () => {
    const c = new CappedCapture(4);
    c.push(Buffer.from('abc'));
    c.push(Buffer.from('def'));
    c.push(Buffer.from('ghi'));
    expect(c.bytes().toString()).toBe('abcd');
    expect(c.truncated).toBe(true);
    expect(c.totalBytes).toBe(9);
  });
});

describe('launch helpers', () => {
  it('refuses relative paths and missing files without throwing', () => {
    expect(launchProblem('wsl.exe', 'linux')).toMatch(/^EINVAL/);
    expect(launchProblem('C:\\Windows\\System32\\wsl.exe', 'linux')).toMatch(/^EINVAL/);
    expect(launchProblem('/definitely/not/here', 'linux')).toMatch(/^ENOENT/);
    expect(launchProblem('/tmp', 'linux')).toMatch(/^EACCES/);
    expect(launchProblem(process.execPath, 'linux')).toBeNull();
  });

  it('merges the spec env over the base env', () => {
    expect(mergeEnv({ A: '1', B: '2', C: undefined }, { B: 'x' })).toEqual({ A: '1', B: 'x' });
  });

  it('formats errors with their code', () => {
    expect(errorText(Object.assign(new Error('boom'), { code: 'EACCES' }))).toBe('EACCES: boom');
    expect(errorText('plain')).toBe('plain');
  });
});
