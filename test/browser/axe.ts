import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core against the page as it is now: the serious and critical violations of WCAG 2.1 A/AA,
 * one line per rule with the elements it found, so a failing test says what to fix.
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fluent UI's focus manager (Tabster) puts `<i data-tabster-dummy tabindex="0" aria-hidden="true">`
 * around arrow-key groups such as the TabList: they only pass focus on, and must stay hidden from
 * screen readers. axe's aria-hidden-focus flags them; Fluent lists this as a known false positive
 * and Accessibility Insights suppresses exactly these nodes (github.com/microsoft/tabster/issues/288,
 * microsoft/accessibility-insights-web#7605). Only those nodes are dropped, nothing else.
 */
const isTabsterDummy = (ruleId: string, html: string): boolean => ruleId === 'aria-hidden-focus' && /^<i\b[^>]*\bdata-tabster-dummy\b/u.test(html);

/** The serious and critical violations on the page as it is now, one line per rule. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}
