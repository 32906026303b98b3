/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The Plan tab's budget section: a plan of the budget fixture (tests/fixtures/budgetWorkbook.ts) without the planned
 * hire C, read like the pane reads the plan shown, held against the workbook's Budget table. (Node's export
 * conditions: exceljs and uuid would otherwise resolve to their ES-module browser builds, which jest cannot load.)
 */
import { TextDecoder, TextEncoder } from "node:util";
import type { BudgetVariance } from "../../../src/core/budget/budgetVariance";
import { TICKS } from "../../../src/core/cost/decimal";
import { scenarioChanges } from "../../../src/core/scenario/scenarioChanges";
import { openWorkbookFile } from "../../../src/files";
import { translate, translatorFor, type Lang } from "../../../src/i18n";
import { PlanBudgetSection } from "../../../src/taskpane/components/plan/PlanBudgetSection";
import { loadOrgWorkbook, saveCostSettings } from "../../../src/taskpane/loadOrgWorkbook";
import { formatMoneyDelta, formatTicks } from "../../../src/taskpane/plan/formatDelta";
import { budgetWorkbookBytes } from "../../fixtures/budgetWorkbook";
import { mountPaneComponents } from "../paneComponent";

Object.assign(globalThis, { TextDecoder, TextEncoder });

/** The current org's budget variance and the plan's (C removed on the plan's sheet), both for fiscal 2026. */
async function budgets(lang: Lang): Promise<{ current: BudgetVariance; plan: BudgetVariance }> {
  const opened = await openWorkbookFile(await budgetWorkbookBytes(), "budget.xlsx");
  if (!opened.ok) throw new Error(opened.problem.code);
  const { source } = opened;
  await saveCostSettings(source, { settings: { year: 2026 }, shown: "loaded" });
  const current = await loadOrgWorkbook(source, { lang });
  if (!current.ok) throw new Error(current.problem.code);
  const { mapping } = current.loaded;
  const created = await source.createScenario({ title: "Lean", lang, mapping });
  if (!created.ok) throw new Error(created.problem.code);
  const sheet = created.scenario.sheetName;
  const read = await source.readPositions({ sheet, mapping });
  if (!read.ok) throw new Error(read.problem.code);
  const removeC = scenarioChanges(read.grid, { kind: "remove", id: "C" }, { mapping, lang });
  if (!removeC.ok) throw new Error(removeC.refusal.message);
  expect(await source.applyScenarioChanges(sheet, removeC.changes)).toEqual({ ok: true, hostUndo: false });
  const plan = await loadOrgWorkbook(source, { lang, sheet });
  if (!plan.ok) throw new Error(plan.problem.code);
  expect(plan.loaded.grid.sheetName).toBe(sheet);
  return { current: current.loaded.budget!, plan: plan.loaded.budget! };
}

const pane = mountPaneComponents();

const units = (amount: number) => amount * TICKS;
const text = (selector: string) => pane.container.querySelector(selector)?.textContent ?? "";
/** A row's cells as text. */
const cells = (selector: string) =>
  Array.from(pane.container.querySelector(selector)?.children ?? [], (cell) => cell.textContent ?? "");

describe.each<Lang>(["en", "zh-CN"])("the Plan tab's budget section (%s)", (lang) => {
  test("shows the plan's cost against the budget, its volume and rate split, and each department's variance", async () => {
    const { current, plan } = await budgets(lang);
    pane.render(lang, <PlanBudgetSection budget={plan} />);
    const t = translatorFor(lang);
    const money = (amount: number) => formatMoneyDelta(lang, units(amount), plan.currency);

    // Hand-computed (see the fixture): without C, Ops is 19,800 a month against 20,000 — 237,600 against 240,000 for
    // the year, all of it rate; Finance is unchanged, +6,000 (volume −30,000, rate +36,000). The current org is
    // +69,600 over: the section shows the plan's figures, not the current org's.
    expect(current.total.costVariance).toBe(units(69_600));
    expect(plan.total).toMatchObject({
      budgetCost: units(300_000),
      actualCost: units(303_600),
      costVariance: units(3_600),
      volumeEffect: units(-30_000),
      rateEffect: units(33_600),
    });
    expect(text("[data-testid='plan-budget'] h3")).toBe(t("ui.plan.compare.budget"));
    expect(cells("[data-budget='budget']")).toEqual([
      t("ui.plan.budget.budgetCost"),
      formatTicks(lang, units(300_000), plan.currency),
    ]);
    expect(cells("[data-budget='actual']")).toEqual([
      t("ui.plan.budget.planCost"),
      formatTicks(lang, units(303_600), plan.currency),
    ]);
    expect(cells("[data-budget='variance']")).toEqual([t("ui.plan.budget.variance"), money(3_600)]);
    expect(cells("[data-budget='volume']")).toEqual([t("ui.plan.budget.volume"), money(-30_000)]);
    expect(cells("[data-budget='rate']")).toEqual([t("ui.plan.budget.rate"), money(33_600)]);
    expect(text("[data-testid='plan-budget']")).not.toContain(money(69_600));
    expect(money(3_600)).toMatch(/^\+/);
    expect(money(-30_000)).toMatch(/^\u2212/);

    // By department: Ops under budget (not flagged), Finance over (flagged); the budget line no position has named.
    expect(cells("[data-budget-department='Ops']")).toEqual(["Ops", `2 / 2`, money(-2_400)]);
    expect(cells("[data-budget-department='Finance']")).toEqual(["⚠ Finance", `1 / 2`, money(6_000)]);
    expect(text("[data-testid='plan-budget']")).toContain(
      translate(lang, "ui.plan.budget.unmatched", { names: "市场部" }),
    );
  });
});
