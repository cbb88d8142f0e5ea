import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { CheckStatus } from '../../electron/contract/checks.js';
import type { StepStatus } from '../../electron/contract/plan.js';
import type { StepState } from '../../electron/contract/setup.js';

type Look = { color: NonNullable<BadgeProps['color']>; icon: string };

/** Colour plus a glyph per status, so the state never relies on colour alone. */
const CHECK_LOOK: Record<CheckStatus, Look> = {
  pass: { color: 'success', icon: '✓' },
  warn: { color: 'warning', icon: '!' },
  fail: { color: 'danger', icon: '✕' },
  skip: { color: 'subtle', icon: '–' },
  unknown: { color: 'informative', icon: '?' },
};

const STEP_LOOK: Record<StepStatus, Look> = {
  pending: { color: 'informative', icon: '○' },
  running: { color: 'brand', icon: '▶' },
  done: { color: 'success', icon: '✓' },
  failed: { color: 'danger', icon: '✕' },
  'reboot-required': { color: 'warning', icon: '↻' },
  cancelled: { color: 'subtle', icon: '■' },
  'not-applicable': { color: 'subtle', icon: '–' },
};

/** A setup run's step states (the installer's run view). */
const SETUP_STEP_LOOK: Record<StepState, Look> = {
  pending: { color: 'informative', icon: '○' },
  'already-done': { color: 'success', icon: '✓' },
  running: { color: 'brand', icon: '▶' },
  done: { color: 'success', icon: '✓' },
  failed: { color: 'danger', icon: '✕' },
  cancelled: { color: 'subtle', icon: '■' },
  'reboot-pending': { color: 'warning', icon: '↻' },
  resumed: { color: 'brand', icon: '↺' },
  blocked: { color: 'danger', icon: '⊘' },
};

interface Props {
  label: string;
  testId?: string;
}

function StatusBadge(props: Props & { look: Look; status: string }) {
  return (
    <Badge
      appearance={props.look.color === 'subtle' ? 'outline' : 'filled'}
      color={props.look.color === 'subtle' ? 'informative' : props.look.color}
      icon={<span aria-hidden="true">{props.look.icon}</span>}
      data-status={props.status}
      data-testid={props.testId}
    >
      {props.label}
    </Badge>
  );
}

/** A check verdict badge: glyph, colour and the localized word. */
export function CheckStatusBadge(props: Props & { status: CheckStatus }) {
  return <StatusBadge {...props} look={CHECK_LOOK[props.status]} />;
}

/** A step status badge: glyph, colour and the localized word. */
export function StepStatusBadge(props: Props & { status: StepStatus }) {
  return <StatusBadge {...props} look={STEP_LOOK[props.status]} />;
}

/** A setup step state badge (the installer's run view): glyph, colour and the localized word. */
export function SetupStepStatusBadge(props: Props & { status: StepState }) {
  return <StatusBadge {...props} look={SETUP_STEP_LOOK[props.status]} />;
}
