import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Readiness } from '../../../electron/contract/checks.js';

const LOOK: Record<Readiness, { color: NonNullable<BadgeProps['color']>; icon: string }> = {
  'not-ready': { color: 'danger', icon: '✕' },
  installed: { color: 'warning', icon: '◐' },
  verified: { color: 'success', icon: '✓' },
  'verified-on-gpu': { color: 'success', icon: '★' },
};

/** The overall readiness, with a glyph and a word as well as colour. */
export function ReadinessBadge({ readiness }: { readiness: Readiness | null }) {
  const { t } = useTranslation();
  const look = readiness ? LOOK[readiness] : { color: 'informative' as const, icon: '?' };
  return (
    <Badge
      size="large"
      appearance="filled"
      color={look.color}
      icon={<span aria-hidden="true">{look.icon}</span>}
      data-testid="readiness-badge"
      data-readiness={readiness ?? 'none'}
    >
      {t('readiness.label')}: {t(`readiness.${readiness ?? 'none'}`)}
    </Badge>
  );
}
