import { describe, expect, it } from 'vitest';
import { parseWslList, parseWslListQuiet, parseWslListVerbose } from '../../../../electron/host/wsl/parse-list.js';
import { parseWslListOnline } from '../../../../electron/host/wsl/parse-list-online.js';
import { entriesFor, fixtureText, label } from './fixture-support.js';

interface ExpectedRow {
  name: string;
  state?: string;
  version?: number;
  default?: boolean;
  friendly_name?: string;
}

describe('wsl -l -v fixtures (index.json expected facts)', () => {
  for (const e of entriesFor('list-verbose')) {
    it(label(e), () => {
      const parsed = parseWslListVerbose(fixtureText(e.fixture));
      const rows = e.expected['distributions'] as ExpectedRow[];
      expect(parsed.distros).toEqual(rows.map((r) => ({ name: r.name, state: r.state, version: r.version, isDefault: r.default })));
      expect(parsed.noDistributions).toBe(e.expected['no_distributions'] === true);
    });
  }
});

describe('wsl -l -q fixtures', () => {
  for (const e of entriesFor('list-quiet')) {
    it(label(e), () => {
      expect(parseWslListQuiet(fixtureText(e.fixture)).names).toEqual(e.expected['distributions']);
    });
  }
});

describe('wsl --list fixtures (localized header and default marker)', () => {
  const entries = entriesFor('list');
  it('covers de, ja, zh-CN, en and pt-BR', () => {
    expect(new Set(entries.map((e) => e.locale))).toEqual(new Set(['de', 'ja', 'zh-CN', 'en', 'pt-BR']));
  });
  for (const e of entries) {
    it(label(e), () => {
      const rows = e.expected['distributions'] as ExpectedRow[];
      expect(parseWslList(fixtureText(e.fixture)).distros).toEqual(rows.map((r) => ({ name: r.name, isDefault: r.default })));
    });
  }
});

describe('wsl -l -o fixtures', () => {
  for (const e of entriesFor('list-online')) {
    it(label(e), () => {
      const rows = e.expected['distributions'] as ExpectedRow[];
      expect(parseWslListOnline(fixtureText(e.fixture)).distros).toEqual(rows.map((r) => ({ name: r.name, friendlyName: r.friendly_name })));
    });
  }
});
