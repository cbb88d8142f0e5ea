import { describe, expect, it } from 'vitest';
import { formatRunText } from '../../../../electron/cli/format-plan.js';
import { createTranslator } from '../../../../electron/app/engine-translator.js';
import { catalogs } from '../../../../electron/contract/locales/index.js';
import type { SetupRunView } from '../../../../electron/contract/setup.js';
import { initialSetupState, transition } from '../../../../electron/engine/setup/setup-machine.js';

/** What a person reads when the last record of a run that went well could not be saved (CLI text; the view carries the same error to the app). */

function lostView(): SetupRunView {
  // A finished run (one step done) whose final journal write then failed: the machine's own transition.
  const base = initialSetupState({ runId: '3f2b8c1e-5d4a-4e7b-9c2d-1a6f0e8b7c35', profile: 'beginner', choices: {}, createdAt: '2026-12-03T10:00:00Z', queue: [] });
  const done = { ...base, phase: 'done' as const, steps: [{ q: { stepId: 'stack.pytorch' } as never, state: 'done' as const, attempts: 1, outcome: 'ok' as const, exitCode: 0, startedAt: null, endedAt: null, before: {}, after: {}, next: null, rebootAsked: false }] };
  const t = transition(done, { type: 'journal-failed', reason: 'ENOSPC: no space left on device', location: 'C:\\Users\\alice\\AppData\\Local\\wsl-gpu-setup' }, '2026-12-03T10:05:00Z');
  const emitted = t.effects.find((e) => e.type === 'emit');
  if (emitted?.type !== 'emit') throw new Error('no view emitted');
  expect(t.effects.some((e) => e.type === 'journal-write')).toBe(false);
  return emitted.view;
}

describe('a final record that could not be saved', () => {
  it('the machine turns a done run failed, with the error, keeping the step done', () => {
    const view = lostView();
    expect(view.state).toBe('failed');
    expect(view.steps.map((s) => s.state)).toEqual(['done']);
    expect(view.error?.code).toBe('write-failed');
  });

  it.each(['en', 'ja'] as const)('the CLI prints what happened and what to do (%s), with every parameter filled', async (lang) => {
    const t = await createTranslator(lang);
    const text = formatRunText(lostView(), t);
    expect(text).toContain('C:\\Users\\alice\\AppData\\Local\\wsl-gpu-setup');
    expect(text).toContain('ENOSPC: no space left on device');
    expect(text).not.toMatch(/\{\{|setup\.(error|next)\./u);
    for (const key of ['setup.error.finalRecordNotSaved', 'setup.next.finalRecordNotSaved', 'error.write-failed']) expect(catalogs[lang][key]).toBeTruthy();
  });
});
