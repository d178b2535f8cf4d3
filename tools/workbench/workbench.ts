// Driving the workbench in the page as a user does: the command palette, the activity bar, the builder's webview,
// the trees. Selectors are the workbench's own classes and ARIA labels, which VS Code 1.100 and 1.139 share.
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** Generous: the first open of a webview in a cold workbench takes a few seconds. */
export const STEP_TIMEOUT_MS = 30_000;

/** The X API container's icon in the activity bar (its aria-label is the container title). */
export const XAPI_ICON = '.activitybar .action-item .action-label[aria-label^="X API"]';

/** Opens the workbench URL and resolves once the workbench shows with the development extension's contributions. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // Loading the workbench and starting the extension host is slower than any later step.
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.statusbar').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.locator(XAPI_ICON).first().waitFor({ state: 'visible', timeout: 60_000 });
}

/**
 * Runs a command through the palette, as a user would: F1, the title, Enter. The palette lists what was registered
 * when it opened, and a development extension's contributions can land a moment after the workbench shows, so a
 * palette without the command is closed and opened again.
 */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 3_000 });
      // The row itself, not Enter: Enter runs whichever row the palette ranked first (a recently used command, or
      // one whose title merely resembles this one).
      await row.click();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
}

/** Resolves once the palette, input box or pick has closed: the command behind it has taken the input. */
export async function quickInputClosed(page: Page): Promise<void> {
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

/**
 * The builder's document: a webview is two nested frames, the outer `iframe.webview` the workbench hosts and the
 * inner `active-frame` that holds the page. The last ready webview is the one just opened.
 */
export function builderFrame(page: Page): FrameLocator {
  return page.locator('iframe.webview.ready').last().contentFrame().locator('iframe#active-frame').contentFrame();
}

/** The first tree item under `scope` whose accessible name contains `label` (the name also holds the description). */
export function treeItem(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('treeitem', { name: new RegExp(escapeRegExp(label)) }).first();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
