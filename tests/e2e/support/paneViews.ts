import type { Page } from "playwright-core";
import { operationsCenterWorkbook } from "../../../src/core";
import type { OrgRules } from "../../../src/core/checks/orgRules";
import { FileWorkbookSource } from "../../../src/files";
import type { SavedCostSettings } from "../../../src/core/cost/costSettingsSetting";
import type { Lang } from "../../../src/i18n";
import {
  loadOrgWorkbook,
  saveCostSettings,
  saveOrgRules,
  type LoadedWorkbook,
} from "../../../src/taskpane/loadOrgWorkbook";

/** The pane's views, as their tabs name them in `data-tab`. */
export type PaneTabName = "chart" | "overview" | "checks" | "coverage" | "cost" | "plan" | "settings";

/** Switches the pane to a view and waits for it. */
export async function openTab(page: Page, tab: PaneTabName): Promise<void> {
  await page.locator(`[data-tab='${tab}']`).click();
  await page.locator(`[role='tab'][data-tab='${tab}'][aria-selected='true']`).waitFor();
  const marker = {
    chart: "[data-testid='org-chart'] [data-card]",
    overview: "[data-testid='span-chart'], [data-testid='findings']",
    checks: "[data-testid='checks']",
    coverage: "[data-testid='coverage']",
    cost: "[data-testid='cost']",
    plan: "[data-testid='plan']",
    settings: "[data-testid='settings']",
  }[tab];
  await page.locator(marker).first().waitFor();
}

/**
 * What the core makes of the sample workbook the pane opens on (optionally under other rules): the
 * browser tests compare the pane with it, so they never hard-code what the checks find.
 */
export async function analyzeSample(lang: Lang, rules?: OrgRules, cost?: SavedCostSettings): Promise<LoadedWorkbook> {
  const source = FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook(lang));
  if (rules) await saveOrgRules(source, rules);
  if (cost) await saveCostSettings(source, cost);
  const result = await loadOrgWorkbook(source, { lang });
  if (!result.ok) throw new Error(`the sample could not be read: ${result.problem.code}`);
  return result.loaded;
}

/** How many findings of each code, as a sorted list of "CODE×n". */
export function countCodes(codes: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => `${code}×${count}`).sort();
}

/** True when the page is no wider than its viewport (nothing overflows the narrow pane sideways). */
export async function fitsViewport(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
