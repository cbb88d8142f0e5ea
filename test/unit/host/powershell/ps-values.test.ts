import { describe, expect, it } from 'vitest';
import { formatHresult, psBool, psByteSize, psCount, psDay, psList, psNumber, psString } from '../../../../electron/host/powershell/ps-values.js';

describe('PowerShell 5.1 value readers', () => {
  it.each([
    [26100, 26100],
    ['26100', 26100],
    [' 17101975552 ', 17101975552],
    ['1.5', 1.5],
    ['26100a', null],
    ['', null],
    [Number.NaN, null],
    [true, null],
    [null, null],
  ])('psNumber(%j) = %j', (input, out) => {
    expect(psNumber(input)).toBe(out);
  });

  it.each([
    ['9', 9],
    [-1, null],
    [1.5, null],
    ['99999999999999999999', null],
  ])('psCount(%j) = %j', (input, out) => {
    expect(psCount(input)).toBe(out);
  });

  it.each([
    [true, true],
    ['True', true],
    ['FALSE', false],
    [1, true],
    [0, false],
    ['yes', null],
    [2, null],
    [null, null],
  ])('psBool(%j) = %j', (input, out) => {
    expect(psBool(input)).toBe(out);
  });

  it('psString keeps text, prints numbers, drops blanks and caps length', () => {
    expect(psString('24H2')).toBe('24H2');
    expect(psString(2009)).toBe('2009');
    expect(psString('   ')).toBeNull();
    expect(psString({})).toBeNull();
    expect(psString('x'.repeat(600))).toHaveLength(512);
    expect(psString('abcdef', 3)).toBe('abc');
  });

  it.each([
    ['2025-10-14', '2025-10-14'],
    ['2025-10-14T00:00:00Z', '2025-10-14'],
    ['/Date(1685577600000)/', '2023-06-01'],
    ['\\/Date(1685577600000)\\/', null],
    ['/Date(1685577600000+0900)/', '2023-06-01'],
    ['14.10.2025', null],
    [1685577600000, null],
  ])('psDay(%j) = %j', (input, out) => {
    expect(psDay(input)).toBe(out);
  });

  it('psList accepts lists, single objects, the {value, Count} wrapper and null, and caps length', () => {
    expect(psList([1, 2], 8)).toEqual([1, 2]);
    expect(psList({ Name: 'HNS' }, 8)).toEqual([{ Name: 'HNS' }]);
    expect(psList({ value: [{ a: 1 }, { a: 2 }], Count: 2 }, 8)).toEqual([{ a: 1 }, { a: 2 }]);
    expect(psList({ value: [1] }, 8)).toEqual([{ value: [1] }]);
    expect(psList(null, 8)).toEqual([]);
    expect(psList(undefined, 8)).toEqual([]);
    expect(psList([1, 2, 3, 4], 2)).toEqual([1, 2]);
  });

  it('psByteSize reads REG_QWORD numbers, numeric strings and little-endian REG_BINARY byte lists', () => {
    expect(psByteSize(12884901888)).toBe(12884901888);
    expect(psByteSize('8589934592')).toBe(8589934592);
    expect(psByteSize([0, 0, 0, 32])).toBe(536870912);
    expect(psByteSize([0, 0, 0, 0, 6])).toBe(25769803776);
    expect(psByteSize([])).toBeNull();
    expect(psByteSize([256])).toBeNull();
    expect(psByteSize([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBeNull();
    expect(psByteSize(-1)).toBeNull();
  });

  it('formatHresult prints signed and unsigned 32-bit values as 0x + 8 hex digits', () => {
    expect(formatHresult(-2147217405)).toBe('0x80041003');
    expect(formatHresult(2147749891)).toBe('0x80041003');
    expect(formatHresult('-2147024891')).toBe('0x80070005');
    expect(formatHresult(0)).toBe('0x00000000');
    expect(formatHresult(2 ** 40)).toBeNull();
    expect(formatHresult('nope')).toBeNull();
  });
});
