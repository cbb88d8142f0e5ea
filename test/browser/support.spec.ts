import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { bundleIdOf } from '../../electron/app/support/bundle-id.js';
import { readBundle } from '../../electron/bundle/read-bundle.js';
import { BUNDLE_ID_PATTERN } from '../../electron/contract/support.js';
import { uiEn, uiJa } from '../../renderer/i18n/ui-strings.js';
import { BRIDGE_CLIENT_PATH } from './bridge-server.js';
import { expect, test } from './fixtures.js';
import { simulatedPcPerTest } from './sim-pc-per-test.js';

/** What the page's clipboard holds (the spec's own compile has no DOM types: the call is a string). */
async function clipboardText(page: Page): Promise<string> {
  return String(await page.evaluate('navigator.clipboard.readText()'));
}

/** The Support panel's own strings: none may show as a raw key. */
const SUPPORT_KEYS = Object.keys(uiEn).filter((k) => k.startsWith('support.'));

/**
 * The Support panel on the simulated PC, through the real engine over the bridge: preview the
 * bundle, save it (the zip reads back with the same id), copy the id and the Markdown summary,
 * open a bundle someone sent (the "not this PC" banner), then the same panel in Japanese.
 */
test.describe('the Support panel', () => {
  const sim = simulatedPcPerTest('driver-below-cuda13');

  test('preview → save .zip with its id → copy id and summary → open a bundle, not this PC → Japanese', async ({ page, context }) => {
    test.setTimeout(120_000);
    const folders = sim.bridge.support;
    if (!folders) throw new Error('the simulated PC has no state folder');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(sim.bridge.url).origin });
    await page.addInitScript({ path: BRIDGE_CLIENT_PATH });
    await page.goto(sim.bridge.url);
    await page.getByTestId('tab-support').click();
    const panel = page.getByTestId('support');

    // Version and logs folder.
    await expect(page.getByTestId('support-version')).toHaveText(/^\d+\.\d+\.\d+/);
    await expect(page.getByTestId('support-logs-dir')).toHaveText(folders.logs);

    // Preview: nothing is saved yet; the file list and the redaction counts are shown.
    await page.getByTestId('support-preview').click();
    await expect(page.getByTestId('support-file').first()).toBeVisible({ timeout: 60_000 });
    const rows = page.getByTestId('support-file');
    const shownFiles = await Promise.all((await rows.all()).map(async (tr) => ({ path: (await tr.getAttribute('data-path')) ?? '', bytes: Number(await tr.getAttribute('data-bytes')) })));
    expect(shownFiles.map((f) => f.path)).toEqual(expect.arrayContaining(['manifest.json', 'report.md', 'report.json', 'logs/diagnose.log']));
    expect(fs.existsSync(folders.exports)).toBe(false);
    const shownRedactions = Object.fromEntries(
      await Promise.all((await page.getByTestId(/^support-redaction-/).all()).map(async (tr) => [((await tr.getAttribute('data-testid')) ?? '').replace('support-redaction-', ''), Number(await tr.getAttribute('data-count'))])),
    ) as Record<string, number>;
    await expect(page.getByTestId('support-redaction-user')).toContainText(uiEn['support.kind.user']);

    // Save: the zip lands in the app's folder and holds exactly the previewed files, under the id shown.
    await page.getByTestId('support-save').click();
    const idText = page.getByTestId('support-bundle-id');
    await expect(idText).toHaveText(BUNDLE_ID_PATTERN, { timeout: 30_000 });
    const bundleId = (await idText.innerText()).trim();
    const zips = fs.readdirSync(folders.exports).filter((n) => n.endsWith('.zip'));
    expect(zips).toEqual([expect.stringContaining(bundleId)]);
    const zipPath = path.join(folders.exports, zips[0]!);
    await expect(page.getByTestId('support-saved')).toContainText(zipPath);
    const entries = unzipSync(fs.readFileSync(zipPath));
    expect(Object.entries(entries).map(([p, d]) => ({ path: p, bytes: d.length })).sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(shownFiles);
    const read = await readBundle(zipPath);
    if (!read.ok) throw new Error(read.error.message);
    expect(bundleIdOf(read.value.manifest)).toBe(bundleId);
    expect(read.value.manifest.redactions).toEqual(shownRedactions);

    // Copy the id, then the summary as Markdown: the clipboard holds the id and the bundle's report.md.
    await page.getByTestId('support-copy-id').click();
    await expect(page.getByTestId('support-copy-id-state')).toHaveText(uiEn['support.copied']);
    expect(await clipboardText(page)).toBe(bundleId);
    await page.getByTestId('support-copy-summary').click();
    await expect(page.getByTestId('support-copy-summary-state')).toHaveText(uiEn['support.copied']);
    const markdown = await clipboardText(page);
    expect(markdown).toBe(Buffer.from(entries['report.md']!).toString('utf8'));
    expect(markdown).toMatch(/^# wsl-gpu-setup diagnostics bundle\n[\s\S]*\| Status \| Check \| Title \| Summary \|/);

    // Open: an empty inbox opens nothing; a bundle put there opens read-only under the banner.
    await page.getByTestId('support-open-bundle').click();
    await expect(page.getByTestId('support-nothing-opened')).toHaveText(uiEn['support.nothingOpened']);
    fs.mkdirSync(folders.inbox, { recursive: true });
    fs.copyFileSync(zipPath, path.join(folders.inbox, 'from-a-colleague.zip'));
    await page.getByTestId('support-open-bundle').click();
    const opened = page.getByTestId('opened-bundle');
    await expect(opened).toHaveAttribute('data-bundle-id', bundleId);
    const banner = page.getByTestId('not-this-pc');
    await expect(banner).toContainText(uiEn['support.notThisPc']);
    await expect(banner).toContainText('from-a-colleague.zip');
    await expect(banner).toContainText(bundleId);
    await expect(opened.getByTestId('readiness-badge')).toHaveAttribute('data-readiness', /^(not-ready|installed|verified|verified-on-gpu)$/);
    // The simulated PC has WSL ready: the bundle's verdict says so in words, not by colour alone.
    await expect(opened.getByTestId('bundle-check-wsl.installed')).toHaveAttribute('data-status', 'pass');
    await expect(opened.getByTestId('bundle-check-wsl.installed')).toContainText(uiEn['check.pass']);
    // Read-only: no button in it runs anything on this PC.
    expect(await opened.getByRole('button').allInnerTexts()).toEqual([uiEn['support.closeBundle']]);
    for (const key of SUPPORT_KEYS) expect(await panel.innerText()).not.toContain(key);

    // Japanese: the same panel, banner and labels in Japanese.
    await page.getByTestId('language-select').selectOption('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByTestId('tab-support')).toContainText(uiJa['nav.support']);
    await expect(banner).toContainText(uiJa['support.notThisPc']);
    await expect(banner).toContainText(bundleId);
    await expect(page.getByTestId('support-redaction-user')).toContainText(uiJa['support.kind.user']);
    await expect(opened.getByTestId('bundle-check-wsl.installed')).toContainText(uiJa['check.pass']);
    await expect(page.getByTestId('support-export')).toContainText(uiJa['support.export']);
    await page.getByTestId('support-copy-summary').click();
    await expect(page.getByTestId('support-copy-summary-state')).toHaveText(uiJa['support.copied']);
    for (const key of SUPPORT_KEYS) expect(await panel.innerText()).not.toContain(key);
    await page.getByTestId('close-bundle').click();
    await expect(opened).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
