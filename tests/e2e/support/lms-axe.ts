import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Serious and critical axe-core violations on the page (frames included), as `rule: targets` lines. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The WCAG 2.1 A/AA rules plus axe's best practices: what the learner-facing player is held to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

/** Fails with the rule and targets of every serious or critical violation (axe's default rule set). */
export async function expectNoSeriousViolations(page: Page, where: string, tags?: readonly string[]): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (tags) builder = builder.withTags([...tags]);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${where}`,
  ).toEqual([]);
}

/** The same under WCAG_TAGS (player specs). */
export const expectNoSeriousWcagViolations = (page: Page, where: string): Promise<void> =>
  expectNoSeriousViolations(page, where, WCAG_TAGS);
