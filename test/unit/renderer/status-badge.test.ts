import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { StepState } from '../../../electron/contract/setup.js';
import { SetupStepStatusBadge } from '../../../renderer/components/status-badge.js';

const STATES: StepState[] = ['pending', 'already-done', 'running', 'done', 'failed', 'cancelled', 'reboot-pending', 'resumed', 'blocked'];

describe('SetupStepStatusBadge (the one badge map for setup step states)', () => {
  it('shows every step state as a glyph plus its word, never colour alone, and marks the state', () => {
    const glyphs = new Map<StepState, string>();
    for (const state of STATES) {
      const html = renderToStaticMarkup(createElement(SetupStepStatusBadge, { status: state, label: `word-${state}`, testId: 't' }));
      expect(html).toContain(`word-${state}`);
      expect(html).toContain(`data-status="${state}"`);
      const glyph = /<span aria-hidden="true">([^<]+)<\/span>/.exec(html)?.[1];
      expect(glyph, state).toBeTruthy();
      glyphs.set(state, glyph!);
    }
    // A failure and a success never share a glyph.
    expect(glyphs.get('failed')).not.toBe(glyphs.get('done'));
    expect(glyphs.get('blocked')).not.toBe(glyphs.get('done'));
  });
});
