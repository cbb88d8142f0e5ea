import { describe, expect, it } from 'vitest';
import { bundleTotals, KNOWN_REDACTION_KINDS, redactionRows } from '../../../renderer/features/support/bundle-summary.js';
import { REDACTION_KINDS } from '../../../electron/redact/kinds.js';
import { uiEn, uiJa } from '../../../renderer/i18n/ui-strings.js';

describe('support bundle summary', () => {
  it('totals the files and their bytes before compression', () => {
    expect(bundleTotals([{ path: 'manifest.json', bytes: 1200 }, { path: 'report.md', bytes: 34 }, { path: 'captures/a.stderr', bytes: 0 }])).toEqual({ count: 3, bytes: 1234 });
    expect(bundleTotals([])).toEqual({ count: 0, bytes: 0 });
  });

  it('lists every known kind in order (zeros too), then kinds it has no words for by name, with the sum', () => {
    const { rows, total } = redactionRows({ email: 2, user: 5, 'new-kind': 1, host: 0 });
    expect(rows.map((r) => [r.kind, r.known, r.count])).toEqual([
      ['user', true, 5],
      ['host', true, 0],
      ['sid', true, 0],
      ['email', true, 2],
      ['token', true, 0],
      ['credential', true, 0],
      ['env-secret', true, 0],
      ['secret', true, 0],
      ['new-kind', false, 1],
    ]);
    expect(total).toBe(8);
  });

  it('has words, in English and Japanese, for every kind the redactor counts', () => {
    expect([...KNOWN_REDACTION_KINDS]).toEqual([...REDACTION_KINDS]);
    for (const kind of REDACTION_KINDS) {
      expect(uiEn).toHaveProperty(`support.kind.${kind}`);
      expect(uiJa).toHaveProperty(`support.kind.${kind}`);
    }
  });
});
