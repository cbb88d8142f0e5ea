import { describe, expect, it } from 'vitest';
import { parseWslStatus } from '../../../../electron/host/wsl/parse-status.js';
import { parseWslVersion } from '../../../../electron/host/wsl/parse-version.js';
import { entriesFor, fixtureText, label } from './fixture-support.js';
import { atLeastOne } from '../../../fixture-selection.js';

const VERSION_KEYS = {
  wsl_version: 'wsl',
  kernel_version: 'kernel',
  wslg_version: 'wslg',
  msrdc_version: 'msrdc',
  direct3d_version: 'direct3d',
  dxcore_version: 'dxcore',
  windows_version: 'windows',
} as const;

function expectVersions(text: string, expected: Record<string, unknown>): void {
  const parsed = parseWslVersion(text);
  expect(parsed.kind).toBe('versions');
  for (const [key, field] of Object.entries(VERSION_KEYS)) {
    expect(parsed[field], key).toBe(expected[key]);
  }
}

describe('wsl --version fixtures (index.json expected facts)', () => {
  const entries = entriesFor('version');
  it('covers en, ja, zh-CN and re-encoded variants', () => {
    expect(new Set(entries.map((e) => e.locale))).toEqual(new Set(['en', 'ja', 'zh-CN', 'zh-TW']));
    expect(entries.some((e) => e.fixture.endsWith('.utf-16le.txt'))).toBe(true);
  });
  for (const e of entries) {
    it(label(e), () => expectVersions(fixtureText(e.fixture), e.expected));
  }
});

describe('wsl --version inside wsl --update pastes', () => {
  const withVersions = atLeastOne(
    entriesFor('update').filter((e) => (typeof e.expected['version_after'] === 'object' && e.expected['version_after'] !== null) || typeof e.expected['version_after'] === 'string'),
    'wsl --update entries with version_after',
  );
  for (const e of withVersions) {
    const after = e.expected['version_after'];
    if (typeof after === 'object' && after !== null) {
      it(`${label(e)}: all versions`, () => expectVersions(fixtureText(e.fixture), after as Record<string, unknown>));
    } else if (typeof after === 'string') {
      it(`${label(e)}: WSL version after the update`, () => {
        const parsed = parseWslVersion(fixtureText(e.fixture));
        expect(parsed.wsl).toBe(after);
        expect(parsed.windows).toBe(e.expected['windows_version']);
      });
    }
  }
});

describe('wsl --status fixtures (index.json expected facts)', () => {
  const entries = [
    ...entriesFor('status'),
    ...atLeastOne(
      entriesFor('list-verbose').filter((e) => e.expected['status']),
      'wsl -l -v entries with status facts',
    ),
  ];
  it('covers en, en-GB, ja and fr', () => {
    expect(new Set(entries.map((e) => e.locale))).toEqual(new Set(['en', 'en-GB', 'ja-JP', 'fr-FR']));
  });
  for (const e of entries) {
    const exp = (e.expected['status'] ?? e.expected) as Record<string, unknown>;
    it(label(e), () => {
      const parsed = parseWslStatus(fixtureText(e.fixture));
      if ('default_distribution' in exp) expect(parsed.defaultDistribution).toBe(exp['default_distribution']);
      if ('default_version' in exp) expect(parsed.defaultVersion).toBe(exp['default_version']);
      if ('kernel_version' in exp) expect(parsed.kernelVersion).toBe(exp['kernel_version']);
      if ('last_updated' in exp) expect(parsed.lastUpdated).toBe(exp['last_updated']);
    });
  }
});
