import { budgetedDepartments, budgetKey } from "../../../src/core/budget/budgetedDepartments";
import type { BudgetLine } from "../../../src/core/budget/budgetTable";
import { fiscalMonths } from "../../../src/core/cost/fiscalYear";

const months = fiscalMonths(2026, 1);
const line = (row: number, name: string, period: BudgetLine["period"], headcount?: number, costTicks?: number) =>
  ({ row, by: "department", name, period, headcount, costTicks }) as BudgetLine;

describe("budgetedDepartments: the Budget table's lines gathered by department", () => {
  it("matches names ignoring case, width and runs of spaces", () => {
    expect(budgetKey("  Ｏps   Team ")).toBe("ops team");
    expect(budgetKey("OPS TEAM")).toBe("ops team");
  });

  it("adds a department's lines by month and for the year, and sets aside the months outside the fiscal year", () => {
    const { entities, outside } = budgetedDepartments(
      [
        line(2, "Ops", { kind: "month", year: 2026, month: 3 }, 2, 20_000_0000),
        line(3, "ops ", { kind: "month", year: 2026, month: 3 }, 0.5, 5_000_0000),
        line(4, "Ops", { kind: "year" }, 1.25, undefined),
        line(5, "Ops", { kind: "month", year: 2027, month: 3 }, 9, 9),
        line(6, "Finance", { kind: "month", month: 12 }, undefined, 1_000_0000),
      ],
      months,
    );
    expect(outside).toEqual([5]);
    expect([...entities.keys()]).toEqual(["department\u0000ops", "department\u0000finance"]);
    const ops = entities.get("department\u0000ops")!;
    expect(ops.name).toBe("Ops"); // as the first line writes it
    expect(ops.rows).toEqual([2, 3, 4]);
    expect(ops.monthHeadcount[2]).toBe(2_500_000); // millionths of a post: 2 + 0.5
    expect(ops.monthCost[2]).toBe(25_000_0000);
    expect(ops.monthRows[2]).toEqual([2, 3]);
    expect(ops.monthHeadcount[3]).toBeUndefined();
    expect(ops.yearHeadcount).toBe(1_250_000);
    expect(ops.yearCost).toBeUndefined();
    expect(ops.yearRows).toEqual([4]);
    const finance = entities.get("department\u0000finance")!;
    expect(finance.monthHeadcount[11]).toBeUndefined();
    expect(finance.monthCost[11]).toBe(1_000_0000);
    expect(finance.matched).toBe(false);
    expect([...finance.actualCost]).toEqual(new Array(12).fill(0));
  });
});
