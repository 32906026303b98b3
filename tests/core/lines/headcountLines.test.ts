import { findingMessage } from "../../../src/core/findings/localizeFinding";
import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { buildDepartmentTree } from "../../../src/core/rollup/buildDepartmentTree";
import { rollUpPositions } from "../../../src/core/rollup/positionRollups";
import { positionValuesOf } from "../../../src/core/rollup/positionValues";
import { costOf, monthsOf } from "../cost/costOrg";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Title", "Department", "Reports To", "Name", "FTE", "Base Salary", "Number of Posts"];
/** B manages a line of 3 Copy Editors (with an ID) and a line of 2 half-time Proofreaders (row 5, without one). */
const ROWS = [
  ["A", "Head of Content", "Content", "", "Ann", 1, 100000, null],
  ["B", "Editor Lead", "Content", "A", "Bo", 1, 60000, null],
  ["C", "Copy Editor", "Content", "B", "", 1, 40000, 3],
  ["", "Proofreader", "Content", "B", "", 0.5, 30000, 2],
  ["", "Intern", "Content", "B", "", 1, 20000, null],
];

describe("headcount lines: a row with a count of posts is that many seats of one role", () => {
  const grid = makeGrid(HEADER, ROWS);
  const analysis = analyzeWorkbook({ positions: grid }, { lang: "en" });
  const { model } = analysis;
  const index = (id: string) => model.indexById.get(id)!;

  test("a line without an ID is kept under a generated ID (manager/title/row) with an info finding; a row with neither is MISSING_ID", () => {
    expect(model.positions.map((position) => position.id)).toEqual(["A", "B", "C", "B/Proofreader/5"]);
    const generated = analysis.findings.filter((finding) => finding.code === "LINE_ID_GENERATED");
    expect(generated).toEqual([expect.objectContaining({ severity: "info", rows: [5], ids: ["B/Proofreader/5"] })]);
    expect(findingMessage(generated[0], "en")).toBe(
      "Row 5 is a headcount line (2 × “Proofreader”) with no position ID of its own: it is in the org as “B/Proofreader/5” (its manager, title and row).",
    );
    expect(analysis.findings.filter((finding) => finding.code === "MISSING_ID").map((f) => f.rows)).toEqual([[6]]);
    // Every input row is in the model or in a finding.
    expect(analysis.accounting).toEqual({ rowsRead: 5, positions: 4, rowsOnlyInFindings: 1, blankRowsSkipped: 0 });
    expect(model.parent[index("B/Proofreader/5")]).toBe(index("B"));
  });

  test("the generated ID is the same on every reading, and Chinese messages say it too", () => {
    const again = buildOrgModel(makeGrid(HEADER, ROWS), { lang: "zh-CN" });
    expect(again.model.positions[3].id).toBe("B/Proofreader/5");
    expect(
      findingMessage(
        again.findings.find((finding) => finding.code === "LINE_ID_GENERATED")!,
        "zh-CN",
      ),
    ).toBe(
      "第 5 行是编制行（2 × “Proofreader”），本身没有岗位编号：以“B/Proofreader/5”（上级、岗位名称与行号）纳入组织。",
    );
  });

  test("spans: a manager with a line of 3 and a line of 2 has 5 direct reports (not 2, which would be too narrow)", () => {
    const span = analysis.checks.span;
    expect(span[index("B")]).toBe(5);
    expect(span[index("A")]).toBe(1);
    expect(span[index("C")]).toBe(0);
    const narrow = analysis.findings.filter((finding) => finding.code === "SPAN_TOO_NARROW").flatMap((f) => f.ids);
    expect(narrow).toEqual(["A"]);
    expect(analysis.checks.spans.widest).toBe(5);
  });

  test("headcount and FTE count the posts: rollups, the layer pyramid and the departments", () => {
    const values = positionValuesOf(model);
    expect(Array.from(values.posts)).toEqual([1, 1, 3, 2]);
    // FTE × posts: the half-time line of 2 is 1 FTE; salary × posts.
    expect(Array.from(values.fte)).toEqual([1, 1, 3, 1]);
    expect(Array.from(values.salary)).toEqual([100000, 60000, 120000, 60000]);
    const rollups = rollUpPositions(model);
    expect(rollups.totals.positions).toBe(7);
    expect(rollups.totals.fte).toBe(6);
    expect(rollups.totals.cost).toBe(340000);
    expect(rollups.positionsUnder[index("A")]).toBe(6);
    expect(rollups.positionsUnder[index("B")]).toBe(5);
    expect(rollups.positionsUnder[index("C")]).toBe(0);
    expect(analysis.checks.layers.layers.map(({ positions, fte }) => [positions, fte])).toEqual([
      [1, 1],
      [1, 1],
      [5, 4],
    ]);
    const [content] = buildDepartmentTree(model, rollups).units;
    expect(content.positions).toBe(7);
    expect(content.filled + content.vacant + content.planned + content.closed).toBe(7);
    expect(content.fte).toBe(6);
  });

  test("cost: pay is per post × the posts; the cost's FTE is FTE × posts", () => {
    const cost = costOf(HEADER, ROWS, { settings: { year: 2025 } });
    expect(monthsOf(cost, index("C"), "pay")).toEqual(Array(12).fill(10000)); // 40,000 ÷ 12 × 3
    expect(monthsOf(cost, index("B/Proofreader/5"), "pay")).toEqual(Array(12).fill(5000)); // 30,000 ÷ 12 × 2
    expect(Array.from(cost.posts)).toEqual([1, 1, 3, 2]);
    expect(Array.from(cost.fte)).toEqual([1, 1, 3, 1]);
    expect(cost.departments[0].headcount).toBe(7);
  });

  test("a vacant manager of a line of 3 has 3 reports waiting (VACANT_MANAGER counts posts, as the spans do)", () => {
    const vacant = analyzeWorkbook({
      positions: makeGrid(HEADER, [
        ROWS[0],
        ["V", "Editor Lead", "Content", "A", "", 1, 60000, null],
        ["C", "Copy Editor", "Content", "V", "", 1, 40000, 3],
      ]),
    });
    expect(
      findingMessage(
        vacant.findings.find((finding) => finding.code === "VACANT_MANAGER")!,
        "en",
      ),
    ).toBe("“Editor Lead” (V) has no holder (vacant or planned), yet positions report to it: 3.");
  });

  test("an org without a count column is read as before: one post a position, no posts column", () => {
    const plain = buildOrgModel(
      makeGrid(
        HEADER.slice(0, 7),
        ROWS.slice(0, 3).map((row) => row.slice(0, 7)),
      ),
    );
    expect(plain.model.positionColumns!.posts).toBeUndefined();
    expect(rollUpPositions(plain.model).totals.positions).toBe(3);
  });

  test("an unreadable or negative count is INVALID_NUMBER and the row counts as one post", () => {
    const odd = analyzeWorkbook({
      positions: makeGrid(HEADER, [
        ROWS[0],
        ["X", "Clerk", "Content", "A", "", 1, 1000, "many"],
        ["Y", "Clerk", "Content", "A", "", 1, 1000, -2],
      ]),
    });
    expect(odd.findings.filter((f) => f.code === "INVALID_NUMBER").map((f) => [f.field, f.rows[0]])).toEqual([
      ["posts", 3],
      ["posts", 4],
    ]);
    expect(rollUpPositions(odd.model).totals.positions).toBe(3);
  });
});

describe("posts in FTE: the count column “Number of Posts in FTE” is the line's FTE", () => {
  const header = ["Position ID", "Title", "Reports To", "Base Salary", "Number of Posts in FTE"];
  const rows = [
    ["A", "Director", "", 90000, null],
    ["L", "Executive Officer", "A", 30000, 2.5],
  ];
  const analysis = analyzeWorkbook({ positions: makeGrid(header, rows) });

  test("FTE is the count, headcount and span the count rounded up (2.5 FTE is at least 3 people), pay × the count", () => {
    const values = positionValuesOf(analysis.model);
    expect(Array.from(values.fte)).toEqual([1, 2.5]);
    expect(Array.from(values.posts)).toEqual([1, 3]);
    expect(analysis.checks.span[0]).toBe(3);
    const cost = costOf(header, rows, { settings: { year: 2025 } });
    expect(monthsOf(cost, 1, "pay")).toEqual(Array(12).fill(6250)); // 30,000 ÷ 12 × 2.5
    expect(cost.fte[1]).toBe(2.5);
  });
});
