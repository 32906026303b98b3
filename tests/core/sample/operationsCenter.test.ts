import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { DEFAULT_CAPABILITIES } from "../../../src/core/capabilities/defaultCatalogue";
import { spanOf } from "../../../src/core/model/orgModel";
import { scoreSupportTableHeader } from "../../../src/core/coverage/supportTables";
import { operationsCenterSample } from "../../../src/core/sample/operationsCenter";
import { operationsCenterDepartments } from "../../../src/core/sample/operationsCenterDepartments";
import { operationsCenterWorkbook } from "../../../src/core/sample/operationsCenterWorkbook";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";

describe.each(["en", "zh-CN"] as const)("operationsCenterSample(%s)", (lang) => {
  const spec = operationsCenterSample(lang);
  const { model, findings, accounting, columns } = buildOrgModel(gridFromSheetSpec(spec), { lang });

  test("is an Excel table every column of which the add-in recognises", () => {
    expect(spec.table?.name).toBe("Positions");
    expect(Object.keys(columns.columnOf)).toHaveLength(spec.columns.length);
    expect(spec.rows.every((row) => row.length === spec.columns.length)).toBe(true);
  });

  test("reads back with no findings: one top, four layers, the director's eight reports and an assistant", () => {
    expect(findings).toEqual([]);
    expect(accounting).toMatchObject({ rowsRead: 35, positions: 35, rowsOnlyInFindings: 0 });
    expect(model.roots).toHaveLength(1);
    expect(model.layerCount).toBe(4);
    expect(spanOf(model, model.roots[0])).toBe(9);
    expect(model.positions.filter((p) => p.assistant).map((p) => p.id)).toEqual(["OC-002"]);
    expect(model.positions.filter((p) => p.archetype !== "").map((p) => p.id)).toEqual([
      "OC-001",
      "OC-010",
      "OC-011",
      "OC-014",
      "OC-017",
      "OC-021",
    ]);
  });

  test("has the departments of the reference structure", () => {
    expect(new Set(model.positions.map((p) => p.department)).size).toBe(9);
  });

  test("has two vacancies, one dotted line, one person in two half-time positions", () => {
    expect(model.positions.filter((p) => p.status === "vacant").map((p) => p.id)).toEqual(["OC-013", "OC-042"]);
    expect(model.dottedLines).toHaveLength(1);
    const byName = new Map<string, number[]>();
    for (const p of model.positions) if (p.name) byName.set(p.name, [...(byName.get(p.name) ?? []), p.fte ?? 0]);
    expect([...byName.values()].filter((ftes) => ftes.length > 1)).toEqual([[0.5, 0.5]]);
  });

  test("costs every position in CNY and dates every start", () => {
    expect(model.positions.every((p) => p.baseSalary !== null && p.baseSalary > 0 && p.currency === "CNY")).toBe(true);
    expect(model.positions.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.startDate ?? ""))).toBe(true);
  });

  test("names only capabilities of the default catalogue, in its language", () => {
    const names = new Set(DEFAULT_CAPABILITIES.map((c) => (lang === "zh-CN" ? c.zh : c.en)));
    const used = model.positions.flatMap((p) => p.capabilities);
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((name) => !names.has(name))).toEqual([]);
  });

  test("grades follow the specialist → supervisor → manager → director ladder", () => {
    const ladder =
      lang === "zh-CN" ? ["专员", "主管", "经理", "总监"] : ["Specialist", "Supervisor", "Manager", "Director"];
    expect(new Set(model.positions.map((p) => p.grade))).toEqual(new Set(ladder));
  });
});

test("the Chinese sample is the English one translated", () => {
  const en = buildOrgModel(gridFromSheetSpec(operationsCenterSample("en"))).model;
  const zh = buildOrgModel(gridFromSheetSpec(operationsCenterSample("zh-CN"))).model;
  expect(zh.positions.map((p) => [p.id, p.reportsTo, p.fte, p.baseSalary])).toEqual(
    en.positions.map((p) => [p.id, p.reportsTo, p.fte, p.baseSalary]),
  );
  expect(zh.positions[0]).toMatchObject({ title: "运营总监", name: "张伟", department: "管理层" });
});

describe.each(["en", "zh-CN"] as const)("operationsCenterDepartments(%s)", (lang) => {
  test("is a Departments table naming only the sample's departments and positions", () => {
    const spec = operationsCenterDepartments(lang);
    const { model } = buildOrgModel(gridFromSheetSpec(operationsCenterSample(lang)));
    const departments = new Set(model.positions.map((p) => p.department));
    expect(
      scoreSupportTableHeader(
        "departments",
        spec.columns.map((c) => c.header),
      ),
    ).toBe(5);
    expect(spec.rows.map((row) => row[0]).every((name) => departments.has(String(name)))).toBe(true);
    expect(spec.rows.every((row) => model.indexById.has(String(row[2])))).toBe(true);
    expect(operationsCenterWorkbook(lang).map((sheet) => sheet.name)).toEqual(
      lang === "en" ? ["Positions", "Departments"] : ["岗位表", "部门表"],
    );
  });
});
