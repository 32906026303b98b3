import { describeOrgShape } from "../../bench/describeOrgShape";
import { generateOrg, GENERATED_COLUMNS, LAYER_CAP, WIDE_SPAN_MIN_LAYER } from "../../bench/generateOrg";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import { FIELDS } from "../../src/core/columns/fields";
import { spanOf } from "../../src/core/model/orgModel";

const HAN = /\p{Script=Han}/u;
const column = (field: (typeof GENERATED_COLUMNS)[number]): number => GENERATED_COLUMNS.indexOf(field);

describe("generateOrg(size, seed)", () => {
  test("is deterministic: the same seed gives identical rows, another seed other rows", () => {
    const first = generateOrg(2_000, 7);
    expect(generateOrg(2_000, 7)).toEqual(first);
    expect(generateOrg(2_000, 8).grid.rows).not.toEqual(first.grid.rows);
  });

  test("writes the canonical English headers, one row per position sorted by ID, and the same rows as links", () => {
    const { grid, links } = generateOrg(3_000);
    expect(grid.rows[0]).toEqual(GENERATED_COLUMNS.map((field) => FIELDS[field].aliases[0]));
    expect(grid.rows[0]).toHaveLength(14);
    const body = grid.rows.slice(1);
    expect(body).toHaveLength(3_000);
    const ids = body.map((row) => row[column("id")] as string);
    expect([...ids].sort()).toEqual(ids);
    expect(links.map((link) => link.id)).toEqual(ids);
    expect(links.map((link) => link.parentId ?? "")).toEqual(body.map((row) => row[column("reportsTo")]));
    expect(links.filter((link) => link.parentId === null)).toHaveLength(1);
  });

  test.each([1, 2, 13, 50, 999])("builds exactly %i positions into one clean tree", (size) => {
    const { model, findings, accounting } = buildOrgModel(generateOrg(size).grid);
    expect(findings).toEqual([]);
    expect(accounting).toEqual({ rowsRead: size, positions: size, rowsOnlyInFindings: 0, blankRowsSkipped: 0 });
    expect(model.roots).toHaveLength(1);
  });

  describe("an org of 10,000", () => {
    const org = generateOrg(10_000);
    const { model, findings, accounting } = buildOrgModel(org.grid);
    const body = org.grid.rows.slice(1);
    const managers = model.positions.map((_, i) => i).filter((i) => spanOf(model, i) > 0);
    const spans = managers.map((i) => spanOf(model, i));
    const share = (count: number, of: number): number => count / of;

    test("builds with no findings at all, every row accounted for, one top", () => {
      expect(
        findings.filter((f) =>
          ["CYCLE", "UNKNOWN_MANAGER", "DUPLICATE_ID", "MISSING_ID", "SELF_REPORT"].includes(f.code),
        ),
      ).toEqual([]);
      expect(findings).toEqual([]);
      expect(accounting).toEqual({ rowsRead: 10_000, positions: 10_000, rowsOnlyInFindings: 0, blankRowsSkipped: 0 });
      expect(model.roots).toHaveLength(1);
    });

    test("is 8 to 10 layers deep and has 8–12 departments below the CEO", () => {
      expect(model.layerCount).toBeGreaterThanOrEqual(8);
      expect(model.layerCount).toBeLessThanOrEqual(LAYER_CAP);
      const departments = new Set(model.positions.map((p) => p.department));
      departments.delete("Executive Office");
      expect(departments.size).toBeGreaterThanOrEqual(8);
      expect(departments.size).toBeLessThanOrEqual(12);
    });

    test("has spans mostly 3–12, some 1–2, a few 30–60 and only deep down", () => {
      const average = (model.positions.length - 1) / managers.length;
      expect(average).toBeGreaterThan(4.5);
      expect(average).toBeLessThan(6.5);
      expect(share(spans.filter((s) => s <= 2).length, spans.length)).toBeGreaterThan(0.08);
      expect(share(spans.filter((s) => s <= 2).length, spans.length)).toBeLessThan(0.22);
      expect(share(spans.filter((s) => s >= 3 && s <= 12).length, spans.length)).toBeGreaterThan(0.75);
      const wide = managers.filter((i) => spanOf(model, i) >= 30);
      expect(wide.length).toBeGreaterThan(0);
      expect(share(wide.length, managers.length)).toBeLessThan(0.03);
      expect(Math.max(...spans)).toBeLessThanOrEqual(60);
      for (const i of wide) expect(model.layer[i]).toBeGreaterThanOrEqual(WIDE_SPAN_MIN_LAYER);
    });

    test("has ~3 % vacancies (blank names) and about a third of the names in Chinese", () => {
      const vacant = model.positions.filter((p) => p.status === "vacant");
      expect(share(vacant.length, 10_000)).toBeGreaterThan(0.02);
      expect(share(vacant.length, 10_000)).toBeLessThan(0.04);
      expect(vacant.every((p) => p.name === "")).toBe(true);
      const named = model.positions.filter((p) => p.name !== "");
      const chinese = named.filter((p) => HAN.test(p.name));
      expect(share(chinese.length, named.length)).toBeGreaterThan(0.3);
      expect(share(chinese.length, named.length)).toBeLessThan(0.4);
    });

    test("puts many reports in rows above their manager's", () => {
      const before = model.positions.filter((_, i) => model.parent[i] >= 0 && i < model.parent[i]);
      expect(share(before.length, 10_000)).toBeGreaterThan(0.3);
    });

    test("types cells as Excel hands them over: numbers, serial dates, a few salaries as ¥ text", () => {
      expect(body.every((row) => typeof row[column("fte")] === "number")).toBe(true);
      const dates = body.map((row) => row[column("startDate")]).filter((cell) => cell !== "");
      expect(dates.every((cell) => typeof cell === "number" && Number.isInteger(cell))).toBe(true);
      const textSalaries = body.map((row) => row[column("baseSalary")]).filter((cell) => typeof cell === "string");
      expect(share(textSalaries.length, 10_000)).toBeGreaterThan(0.01);
      expect(share(textSalaries.length, 10_000)).toBeLessThan(0.06);
      expect(textSalaries.every((cell) => /^¥\d{1,3}(,\d{3})+$/.test(cell as string))).toBe(true);
      expect(model.positions.every((p) => typeof p.baseSalary === "number" && p.baseSalary > 0)).toBe(true);
      const starts = model.positions.map((p) => p.startDate).filter((d): d is string => d !== null);
      expect(starts.every((d) => d >= "2008-01-01" && d <= "2025-12-31")).toBe(true);
    });

    test("is described the same way by describeOrgShape and by the org model", () => {
      const shape = describeOrgShape(org);
      expect(shape.positions).toBe(10_000);
      expect(shape.layers).toBe(model.layerCount);
      expect(shape.managers).toBe(managers.length);
      expect(shape.maxSpan).toBe(Math.max(...spans));
      expect(shape.spans.reduce((a, b) => a + b, 0)).toBe(managers.length);
      expect(shape.vacant).toBe(model.positions.filter((p) => p.name === "").length);
    });
  });
});
