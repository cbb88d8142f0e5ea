import type { BadgeProps } from '@fluentui/react-components';
import type { CheckStatus } from '../../electron/contract/checks.js';
import type { ExplainOutcome } from '../../electron/contract/explain.js';
import type { StepStatus } from '../../electron/contract/plan.js';
import type { StepState } from '../../electron/contract/setup.js';

/**
 * The one map from each status to its badge look (colour plus glyph), for every kind of status
 * the app shows: check verdicts, the wizard's step statuses and the installer's step states.
 */
export type Look = { color: NonNullable<BadgeProps['color']>; icon: string };

/** Colour plus a glyph per status, so the state never relies on colour alone. */
export const CHECK_LOOK: Record<CheckStatus, Look> = {
  pass: { color: 'success', icon: '✓' },
  warn: { color: 'warning', icon: '!' },
  fail: { color: 'danger', icon: '✕' },
  skip: { color: 'subtle', icon: '–' },
  unknown: { color: 'informative', icon: '?' },
};

export const STEP_LOOK: Record<StepStatus, Look> = {
  pending: { color: 'informative', icon: '○' },
  running: { color: 'brand', icon: '▶' },
  done: { color: 'success', icon: '✓' },
  failed: { color: 'danger', icon: '✕' },
  'reboot-required': { color: 'warning', icon: '↻' },
  cancelled: { color: 'subtle', icon: '■' },
  'not-applicable': { color: 'subtle', icon: '–' },
};

/** A setup run's step states (the installer's run view): the wizard's look wherever the meaning is the same. */
export const SETUP_STEP_LOOK: Record<StepState, Look> = {
  pending: STEP_LOOK.pending,
  'already-done': STEP_LOOK.done,
  running: STEP_LOOK.running,
  done: STEP_LOOK.done,
  failed: STEP_LOOK.failed,
  cancelled: STEP_LOOK.cancelled,
  'reboot-pending': STEP_LOOK['reboot-required'],
  resumed: { color: 'brand', icon: '↺' },
  blocked: { color: 'danger', icon: '⊘' },
};

/** What an explained output means (the dashboard's "Paste an output"). */
export const OUTCOME_LOOK: Record<ExplainOutcome, Look> = {
  ok: CHECK_LOOK.pass,
  already: STEP_LOOK.done,
  'reboot-required': STEP_LOOK['reboot-required'],
  retryable: { color: 'warning', icon: '↻' },
  failed: CHECK_LOOK.fail,
  blocked: SETUP_STEP_LOOK.blocked,
  unknown: CHECK_LOOK.unknown,
};
