import { Badge } from '@fluentui/react-components';
import type { CheckStatus } from '../../electron/contract/checks.js';
import type { StepStatus } from '../../electron/contract/plan.js';
import type { StepState } from '../../electron/contract/setup.js';
import type { ExplainOutcome } from '../../electron/contract/explain.js';
import { CHECK_LOOK, type Look, OUTCOME_LOOK, SETUP_STEP_LOOK, STEP_LOOK } from './status-looks.js';

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

/** An explained output's outcome badge: glyph, colour and the localized word. */
export function OutcomeBadge(props: Props & { status: ExplainOutcome }) {
  return <StatusBadge {...props} look={OUTCOME_LOOK[props.status]} />;
}
