import { readFileSync } from "node:fs";
import { runCli } from "../../src/cli/runCli";
import { parseArgs } from "../../src/cli/parseArgs";
import { displayWidth } from "../../src/cli/alignColumns";
import { loadXlsx, makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";
import { HEADER, PLAN_ROWS, writeOneWorkbook, writeTwoWorkbooks } from "./compareFixtures";

const temp = makeTempDir();
afterAll(() => temp.remove());

const baselineFile = temp.file("baseline.xlsx");
const planFile = temp.file("plan.xlsx");
const oneFile = temp.file("one.xlsx");
beforeAll(async () => {
  await writeTwoWorkbooks(baselineFile, planFile);
  await writeOneWorkbook(oneFile);
});

async function cli(args: string[], env: Record<string, string> = { LANG: "en_US.UTF-8" }) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, env, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/**
 * By hand (each position's year is 1.1 × its salary: pay and a flat 10% levy):
 * baseline P1 660,000 + P2 264,000 + P3 132,000 + P4 198,000 + P5 132,000 = 1,386,000;
 * plan P1 660,000 + P2 290,400 + C4 198,000 + P5 132,000 + P6 66,000 (July–December) + P7 264,000 = 1,610,400.
 * Bridge: new positions P6 + P7 = 330,000; removed P3 −132,000; pay changes P2 +26,400; moves 0.
 */
describe("orgwright compare: two workbooks, JSON", () => {
  let json: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    const { code, stdout, stderr } = await cli(["compare", baselineFile, planFile, "--year", "2025"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    json = JSON.parse(stdout);
  });

  test("the sides, the currency and the months", () => {
    expect(json.baseline).toEqual({ file: baselineFile, sheet: "Positions", positions: 5 });
    expect(json.plan).toEqual({ file: planFile, sheet: "Positions", positions: 6 });
    expect(json.currency).toBe("CNY");
    expect(json.months).toHaveLength(12);
    expect(json.costed).toBe(true);
  });

  test("added, removed, moved and changed with field-level before and after; the renamed ID", () => {
    expect(json.matching).toEqual({
      rule: "id-then-title-manager-holder",
      matched: 4,
      renamed: [{ baselineId: "P4", planId: "C4" }],
    });
    expect(json.added.map((p: { id: string }) => p.id)).toEqual(["P6", "P7"]);
    expect(json.added[0]).toEqual({ id: "P6", row: 6, title: "Moderator", department: "Content" });
    expect(json.removed).toEqual([
      { id: "P3", row: 4, title: "Moderator", department: "Content", status: "vacant", manager: "P2" },
    ]);
    expect(json.moved).toEqual([
      {
        id: "P5",
        baselineId: "P5",
        baselineRow: 6,
        planRow: 5,
        title: "Analyst",
        department: "Content",
        from: "P4",
        to: "P2",
      },
    ]);
    expect(json.changed.map((p: { id: string; changes: unknown[] }) => [p.id, p.changes])).toEqual([
      ["P2", [{ field: "baseSalary", before: 240000, after: 264000 }]],
      ["P5", [{ field: "department", before: "Data", after: "Content" }]],
    ]);
  });

  test("Δ headcount, FTE and cost in total, by department and by month", () => {
    expect(json.delta.headcount).toEqual({ baseline: 5, plan: 6, delta: 1 });
    expect(json.delta.fte).toEqual({ baseline: 4.5, plan: 5.5, delta: 1 });
    expect(json.delta.cost).toEqual({ baseline: 1_386_000, plan: 1_610_400, delta: 224_400 });
    const content = json.delta.departments.find((d: { department: string }) => d.department === "Content");
    expect(content.headcount).toEqual({ baseline: 2, plan: 3, delta: 1 });
    expect(content.cost).toEqual({ baseline: 396_000, plan: 488_400, delta: 92_400 });
    expect(content.months[6].month).toBe("2025-07");
    const data = json.delta.departments.find((d: { department: string }) => d.department === "Data");
    expect(data.fte).toEqual({ baseline: 0.5, plan: 1, delta: 0.5 });
    // January: P7 (22,000) and P2's raise (2,200) less P3 (11,000); from July P6 too (11,000).
    expect(json.delta.months[0]).toMatchObject({
      month: "2025-01",
      cost: { baseline: 115_500, plan: 128_700, delta: 13_200 },
    });
    expect(json.delta.months[6].cost.delta).toBe(24_200);
  });

  test("the bridge sums from the baseline's cost to the plan's", () => {
    const steps = Object.fromEntries(
      json.bridge.steps.map((s: { step: string; amount: number }) => [s.step, s.amount]),
    );
    expect(json.bridge.baseline).toBe(1_386_000);
    expect(json.bridge.plan).toBe(1_610_400);
    expect(steps).toMatchObject({ newHires: 330_000, removed: -132_000, moves: 0, payChanges: 26_400 });
    const sum = json.bridge.steps.reduce(
      (total: number, s: { amount: number }) => total + Math.round(s.amount * 100),
      0,
    );
    expect(Math.round(json.bridge.baseline * 100) + sum).toBe(Math.round(json.bridge.plan * 100));
    expect(json.bridge.steps[0].label).toBe("New positions");
  });

  test("the budget: the baseline workbook's Budget table (the plan's has none), volume and rate by hand", () => {
    expect(json.budget.source).toBe("baseline");
    const byName = Object.fromEntries(json.budget.departments.map((d: { name: string }) => [d.name, d]));
    expect(byName.Content.year).toMatchObject({
      basis: "annual",
      actualHeadcount: 2.5,
      budgetHeadcount: 3,
      actualCost: 488_400,
      budgetCost: 450_000,
      costVariance: 38_400,
      volumeEffect: -75_000,
      rateEffect: 113_400,
      overCost: true,
    });
    expect(byName.Data.year).toMatchObject({ costVariance: 14_000, volumeEffect: 0, rateEffect: 14_000 });
    expect(json.budget.total).toMatchObject({ costVariance: 52_400, volumeEffect: -75_000, rateEffect: 127_400 });
    expect(json.budget.findings.map((f: { code: string }) => f.code)).toEqual(["OVER_BUDGET_COST", "OVER_BUDGET_COST"]);
    // Over budget in the plan and not in the baseline: new findings.
    expect(json.findings.new.map((f: { code: string }) => f.code)).toEqual(["OVER_BUDGET_COST", "OVER_BUDGET_COST"]);
  });

  test("structure and coverage: spans, layers, capabilities losing their last holder", () => {
    expect(json.structure.spans.managers).toEqual({ baseline: 3, plan: 3 });
    expect(json.structure.spans.widest).toEqual({ baseline: 2, plan: 2 });
    expect(json.structure.layers.count).toEqual({ baseline: 3, plan: 3 });
    expect(json.coverage).toEqual([]);
  });

  test("findings: new and resolved, with localized messages", () => {
    expect(Array.isArray(json.findings.new)).toBe(true);
    expect(Array.isArray(json.findings.resolved)).toBe(true);
    for (const finding of [...json.findings.new, ...json.findings.resolved])
      expect(typeof finding.message).toBe("string");
  });
});

describe("orgwright compare: one workbook with a plan sheet", () => {
  test("--plan-sheet names the plan's sheet of the same workbook; the result equals the two-workbook one", async () => {
    const one = await cli(["compare", oneFile, "--sheet", "Positions", "--plan-sheet", "Plan 2026", "--year", "2025"]);
    expect(one.code).toBe(0);
    const two = await cli(["compare", baselineFile, planFile, "--year", "2025"]);
    const a = JSON.parse(one.stdout);
    const b = JSON.parse(two.stdout);
    expect(a.plan.sheet).toBe("Plan 2026");
    for (const key of ["added", "removed", "moved", "changed", "delta", "bridge", "matching"])
      expect({ key, value: a[key] }).toEqual({ key, value: b[key] });
  });

  test("the plan's own workbook's Budget table; none without one", async () => {
    const withBudget = await cli([
      "compare",
      oneFile,
      "--sheet",
      "Positions",
      "--plan-sheet",
      "Plan 2026",
      "--year",
      "2025",
    ]);
    expect(JSON.parse(withBudget.stdout).budget.source).toBe("plan");
    const bare = temp.file("bare.xlsx");
    await writeOneWorkbook(bare, false);
    const without = await cli(["compare", bare, "--sheet", "Positions", "--plan-sheet", "Plan 2026", "--year", "2025"]);
    expect(JSON.parse(without.stdout).budget).toBeUndefined();
  });

  test("comparing a table with itself finds nothing", async () => {
    const same = await cli(["compare", oneFile, oneFile, "--sheet", "Positions", "--plan-sheet", "Positions"]);
    const json = JSON.parse(same.stdout);
    expect([json.added, json.removed, json.moved, json.changed]).toEqual([[], [], [], []]);
    expect(json.delta.cost.delta).toBe(0);
  });

  test("--out writes a copy of the plan's workbook with the comparison; the file read is unchanged", async () => {
    const before = readFileSync(oneFile);
    const out = temp.file("compare.xlsx");
    const { code, stdout } = await cli([
      "compare",
      oneFile,
      "--sheet",
      "Positions",
      "--plan-sheet",
      "Plan 2026",
      "--year",
      "2025",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).report).toEqual({
      file: out,
      sheets: ["Baseline cost", "Plan cost", "Plan comparison"],
    });
    expect(readFileSync(oneFile).equals(before)).toBe(true);
    const book = await loadXlsx(new Uint8Array(readFileSync(out)));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      "Positions",
      "Plan 2026",
      "Rates",
      "Budget",
      "Baseline cost",
      "Plan cost",
      "Plan comparison",
      "_orgwright",
    ]);
  });
});

describe("orgwright compare: text", () => {
  test("English: the summary, the changes, the bridge, columns aligned", async () => {
    const { code, stdout } = await cli(["compare", baselineFile, planFile, "--year", "2025", "--format", "text"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Positions matched: 4 (IDs renamed: 1)");
    expect(stdout).toContain("  P4 → C4");
    expect(stdout).toMatch(/Headcount +5 +6 +\+1\n/);
    expect(stdout).toMatch(/Cost \(CNY\) +CN¥1,386,000\.00 +CN¥1,610,400\.00 +\+CN¥224,400\.00\n/);
    expect(stdout).toContain("Changes: 2 added, 1 removed, 1 moved, 2 changed");
    expect(stdout).toMatch(/Changed +P2 +Content Lead +Content +Base Salary: 240,000 → 264,000/);
    expect(stdout).toMatch(/Moved +P5 +Analyst +Content +Manager: P4 → P2/);
    expect(stdout).toMatch(/Removed positions +-CN¥132,000\.00/);
    expect(stdout).toContain("The plan against the Budget table of the baseline's workbook");
    expect(stdout).toContain("Spans of control: managers 3, mean span 1.3 → 1.7; layers 3");
    expect(stdout).toContain("Total variance +CN¥52,400.00 = volume -CN¥75,000.00 + rate +CN¥127,400.00");
    // The summary's numbers end in the same column.
    const summary = stdout.split("\n").filter((line) => /^(Headcount|FTE|Cost \(CNY\)) /.test(line));
    expect(new Set(summary.map((line) => line.length)).size).toBe(1);
  });

  test("Chinese (from LANG): 编制, never FTE; Chinese columns aligned by display width", async () => {
    const { code, stdout } = await cli(["compare", baselineFile, planFile, "--year", "2025", "--format", "text"], {
      LANG: "zh_CN.UTF-8",
    });
    expect(code).toBe(0);
    expect(stdout).toContain("匹配的岗位：4（编号变更：1）");
    expect(stdout).toContain("变化：新增 2，删除 1，调整汇报 1，字段变更 2");
    expect(stdout).toMatch(/编制 +4\.5 +5\.5 +\+1\n/);
    expect(stdout).toContain("成本桥");
    expect(stdout).toContain("年薪：240,000 → 264,000");
    expect(stdout).toContain("汇报对象：P4 → P2");
    expect(stdout).not.toMatch(/FTE/);
    const summary = stdout.split("\n").filter((line) => /^(人数|编制|成本（CNY）) /.test(line));
    expect(summary).toHaveLength(3);
    expect(new Set(summary.map(displayWidth)).size).toBe(1);
  });
});

describe("orgwright compare: costs that cannot be compared", () => {
  test("a plan costed in another currency: changes listed, cost not compared, and the text says why", async () => {
    const pounds = temp.file("pounds.xlsx");
    await writeXlsxFile(pounds, (book) =>
      book
        .addWorksheet("Positions")
        .addRows([HEADER, ...PLAN_ROWS.map((row) => row.map((cell) => (cell === "CNY" ? "GBP" : cell)))]),
    );
    const json = JSON.parse((await cli(["compare", baselineFile, pounds, "--year", "2025"])).stdout);
    expect(json.costed).toBe(false);
    // Every matched position's currency changed.
    expect(json.changed.map((p: { id: string }) => p.id)).toEqual(["P1", "P2", "C4", "P5"]);
    expect(json.changed[0].changes).toEqual([{ field: "currency", before: "CNY", after: "GBP" }]);
    expect(json.delta.cost).toEqual({ baseline: 0, plan: 0, delta: 0 });
    expect(json.bridge.steps.every((step: { amount: number }) => step.amount === 0)).toBe(true);
    const out = temp.file("pounds-compare.xlsx");
    const text = await cli(["compare", baselineFile, pounds, "--year", "2025", "--format", "text", "--out", out]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Cost not compared: the two sides are costed in different currencies");
    expect(text.stdout).toMatch(/\nCost +– +– +–\n/);
    // The sheet is written without cost figures (no cost sheets, no cost formulas).
    const book = await loadXlsx(new Uint8Array(readFileSync(out)));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Positions", "Plan comparison", "_orgwright"]);
  });
});

describe("orgwright compare: arguments and files", () => {
  test("parsing: one workbook needs --plan-sheet; formats; cost options as for cost", () => {
    expect(parseArgs(["compare", "a.xlsx", "b.xlsx"], "en")).toMatchObject({
      ok: true,
      command: { kind: "compare", baseline: "a.xlsx", plan: "b.xlsx", format: "json", settings: {} },
    });
    expect(
      parseArgs(["compare", "a.xlsx", "--plan-sheet", "Plan X", "--year", "2026", "--currency", "gbp"], "en"),
    ).toMatchObject({
      ok: true,
      command: { baseline: "a.xlsx", plan: "a.xlsx", planSheet: "Plan X", settings: { year: 2026, currency: "GBP" } },
    });
    expect(parseArgs(["compare", "a.xlsx"], "en")).toMatchObject({
      ok: false,
      problem: { key: "compare.cli.missingPlan" },
    });
    expect(parseArgs(["compare"], "en")).toMatchObject({ ok: false, problem: { key: "compare.cli.missingFiles" } });
    expect(parseArgs(["compare", "a", "b", "c"], "en")).toMatchObject({
      ok: false,
      problem: { key: "cli.error.extraArgument" },
    });
    expect(parseArgs(["compare", "a", "b", "--format", "csv"], "en")).toMatchObject({
      ok: false,
      problem: { key: "cli.error.badFormat" },
    });
    expect(parseArgs(["compare", "a", "b", "--out", "x.pdf"], "en")).toMatchObject({
      ok: false,
      problem: { key: "cli.error.reportNotXlsx" },
    });
    expect(parseArgs(["compare", "a", "b", "--rules", "r.json"], "en")).toMatchObject({
      ok: false,
      problem: { key: "cli.error.unknownOption" },
    });
  });

  test("exit 2 with one line: a missing file, a missing sheet, --out naming an input, bad options", async () => {
    const missing = await cli(["compare", baselineFile, temp.file("nope.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.xlsx");
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const sheet = await cli(["compare", oneFile, "--plan-sheet", "No such sheet"]);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toContain("No such sheet");
    const outIsInput = await cli(["compare", baselineFile, planFile, "--out", planFile]);
    expect(outIsInput.code).toBe(2);
    expect(outIsInput.stderr).toContain("never into the file itself");
    const bad = await cli(["compare", baselineFile, planFile, "--year", "next"]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
  });

  test("--help lists compare", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("compare BASELINE PLAN");
  });
});
