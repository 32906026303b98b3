import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { translate, type Lang } from "../../../src/i18n";

/** Opens the export dialog from the chart's options menu. */
export async function openExportDialog(page: Page) {
  await page.getByTestId("chart-options").click();
  await page.getByTestId("export-open").click();
  await page.getByTestId("export-dialog").waitFor();
}

/** Exports with the dialog's settings (name → option value) and waits for the file the browser is handed. */
export async function exportAs(page: Page, lang: Lang, format: string, settings: Record<string, string> = {}) {
  await openExportDialog(page);
  await page.locator("[data-export-setting='format']").selectOption(format);
  for (const [name, value] of Object.entries(settings))
    await page.locator(`[data-export-setting='${name}']`).selectOption(value);
  // A PDF fetches and subsets its fonts first: on a shared machine that can take a while.
  const downloading = page.waitForEvent("download", { timeout: 150_000 });
  await page.getByTestId("export-go").click();
  const failed = page
    .getByTestId("export-status")
    .filter({ hasText: translate(lang, "export.failed", { reason: "" }).trim() })
    .waitFor({ timeout: 150_000 })
    .then(async () => {
      throw new Error(`the pane said: ${await page.getByTestId("export-status").textContent()}`);
    });
  const download = await Promise.race([downloading, failed]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}
