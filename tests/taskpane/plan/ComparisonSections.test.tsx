/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * (Node's export conditions: the sample is read through a FileWorkbookSource, whose exceljs and uuid would
 * otherwise resolve to their ES-module browser builds, which jest cannot load.)
 */
import { TextDecoder, TextEncoder } from "node:util";
import { act } from "react";
import { operationsCenterWorkbook } from "../../../src/core";
import { comparePlans, type PlanComparison } from "../../../src/core/compare/planComparison";
import type { SheetSpec } from "../../../src/core/sheet/sheetSpec";
import { FileWorkbookSource } from "../../../src/files";
import { translate, translatorFor, type Lang } from "../../../src/i18n";
import { ChangeList } from "../../../src/taskpane/components/plan/ChangeList";
import {
  CoverageDeltaSection,
  FindingsDeltaSection,
  StructureSection,
} from "../../../src/taskpane/components/plan/ChecksDeltaSection";
import { ComparisonSummary } from "../../../src/taskpane/components/plan/ComparisonSummary";
import { CostBridgeSection } from "../../../src/taskpane/components/plan/CostBridgeSection";
import { loadOrgWorkbook, type LoadedWorkbook } from "../../../src/taskpane/loadOrgWorkbook";
import { formatMoneyDelta, formatTicks } from "../../../src/taskpane/plan/formatDelta";
import { mountPaneComponents } from "../paneComponent";

Object.assign(globalThis, { TextDecoder, TextEncoder });

async function load(specs: SheetSpec[], lang: Lang): Promise<LoadedWorkbook> {
  const result = await loadOrgWorkbook(FileWorkbookSource.fromSheetSpecs("Sample", specs), { lang });
  if (!result.ok) throw new Error(result.problem.code);
  return result.loaded;
}

/** The sample with OC-016 moved under OC-011, the vacant OC-013 removed and OC-019 at half time on a new salary. */
function planSpecs(lang: Lang): SheetSpec[] {
  const [positions, ...rest] = operationsCenterWorkbook(lang);
  const column = (header: string) => positions.columns.findIndex((c) => c.header === translate(lang, header as never));
  const id = column("field.id");
  const reportsTo = column("field.reportsTo");
  const fte = column("field.fte");
  const salary = column("field.baseSalary");
  expect([id, reportsTo, fte, salary].every((c) => c >= 0)).toBe(true);
  const rows = positions.rows
    .filter((row) => row[id] !== "OC-013")
    .map((row) => {
      const copy = [...row];
      if (row[id] === "OC-016") copy[reportsTo] = "OC-011";
      if (row[id] === "OC-019") {
        copy[fte] = 0.5;
        copy[salary] = 90_000;
      }
      return copy;
    });
  return [{ ...positions, rows }, ...rest];
}

const pane = mountPaneComponents();

function render(lang: Lang, comparison: PlanComparison, onSelect: (id: string) => void) {
  pane.render(
    lang,
    <>
      <ComparisonSummary comparison={comparison} />
      <ChangeList comparison={comparison} onSelect={onSelect} />
      <CostBridgeSection comparison={comparison} />
      <StructureSection comparison={comparison} />
      <FindingsDeltaSection comparison={comparison} />
      <CoverageDeltaSection comparison={comparison} />
    </>,
  );
}

const text = (selector: string) => pane.container.querySelector(selector)?.textContent ?? "";

describe.each<Lang>(["en", "zh-CN"])("the plan's comparison with the current org (%s)", (lang) => {
  test("lists each change with before → after, sums the bridge, and a click selects the moved card", async () => {
    const baseline = await load(operationsCenterWorkbook(lang), lang);
    const plan = await load(planSpecs(lang), lang);
    const comparison = comparePlans(
      { analysis: baseline.analysis, cost: baseline.cost },
      { analysis: plan.analysis, cost: plan.cost },
    );
    const selected: string[] = [];
    render(lang, comparison, (id) => selected.push(id));
    const t = translatorFor(lang);

    // Summary: one post fewer, half an FTE fewer again, cost as the core has it.
    expect(comparison.delta.total.delta.headcount).toBe(-1);
    expect(text("[data-summary='headcount'] [data-delta]")).toBe("\u22121");
    expect(text("[data-summary='fte'] [data-delta]")).toBe("\u22121.5");
    expect(text("[data-summary='cost'] [data-delta]")).toBe(
      formatMoneyDelta(lang, comparison.delta.total.delta.cost, comparison.currency),
    );

    // The change list: each kind with its position and the old and new value.
    expect(text("[data-plan-change='removed'] [data-change-id='OC-013']")).toContain("OC-013");
    expect(text("[data-plan-change='moved'] [data-change-id='OC-016']")).toContain(
      t("ui.plan.compare.movedFromTo", { before: "OC-014", after: "OC-011" }),
    );
    expect(text("[data-plan-change='changed'] [data-change-id='OC-019']")).toContain(
      t("ui.plan.compare.fieldChange", { field: t("field.fte"), before: "1", after: "0.5" }),
    );
    // A removed position is not on the plan's chart: it is not a link.
    expect(pane.container.querySelector("[data-plan-change='removed'] button")).toBeNull();
    act(() => pane.container.querySelector<HTMLButtonElement>("[data-change-id='OC-016'] button")!.click());
    expect(selected).toEqual(["OC-016"]);

    // The bridge: from the baseline's total to the plan's, its steps as the core sums them.
    expect(text("[data-bridge='baseline']")).toContain(formatTicks(lang, comparison.bridge.baseline, "CNY"));
    expect(text("[data-bridge='plan']")).toContain(formatTicks(lang, comparison.bridge.plan, "CNY"));
    const steps = comparison.bridge.steps.filter((step) => step.total !== 0 || step.positions > 0);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps)
      expect(text(`[data-bridge='${step.key}']`)).toContain(formatMoneyDelta(lang, step.total, "CNY"));
    expect(comparison.bridge.baseline + steps.reduce((sum, step) => sum + step.total, 0)).toBe(comparison.bridge.plan);

    // Structure and checks.
    expect(text("[data-structure='layers']")).toContain("→");
    expect(pane.container.querySelector("[data-testid='plan-findings']")).not.toBeNull();
    expect(pane.container.querySelector("[data-testid='plan-coverage']")).not.toBeNull();
    if (lang === "zh-CN") expect(pane.container.textContent).not.toMatch(/FTE/);
  });
});
