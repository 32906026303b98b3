import { normalizeHeader } from "../../../src/core/columns/normalizeHeader";
import {
  BUDGET_TABLE_COLUMNS,
  CAPABILITY_TABLE_COLUMNS,
  DEPARTMENT_TABLE_COLUMNS,
  FX_TABLE_COLUMNS,
  HEADCOUNT_LINE_TABLE_COLUMNS,
  RATE_TABLE_COLUMNS,
  scoreSupportTableHeader,
  supportColumnOf,
  type SupportTableKind,
} from "../../../src/core/coverage/supportTables";

describe("scoreSupportTableHeader(kind, cells)", () => {
  test("recognises a Capabilities table in either language", () => {
    expect(
      scoreSupportTableHeader("capabilities", ["Capability", "Area", "Required holders", "Owner department"]),
    ).toBe(4);
    expect(
      scoreSupportTableHeader("capabilities", ["职责", "领域", "所需人数", "主责部门", "英文名称", "中文名称"]),
    ).toBe(6);
  });

  test("recognises a Departments table; it needs its support column", () => {
    expect(
      scoreSupportTableHeader("departments", ["Department", "Parent", "Head position", "Needs support from"]),
    ).toBe(4);
    expect(scoreSupportTableHeader("departments", ["部门", "上级部门"])).toBe(0);
  });

  test("never takes the positions table for a support table", () => {
    const positions = ["岗位编号", "岗位名称", "部门", "汇报对象", "职责", "需要支持的部门"];
    expect(scoreSupportTableHeader("capabilities", positions)).toBe(0);
    expect(scoreSupportTableHeader("departments", positions)).toBe(0);
  });

  test("supportColumnOf folds case and width", () => {
    expect(supportColumnOf("capabilities", "ＯＷＮＥＲ ｄｅｐａｒｔｍｅｎｔ")).toBe("ownerDepartment");
    expect(supportColumnOf("departments", "Needs Support From")).toBe("needsSupportFrom");
    expect(supportColumnOf("departments", "Budget")).toBeUndefined();
  });
});

describe("supportColumnOf(kind, header)", () => {
  const TABLE_COLUMNS = {
    capabilities: CAPABILITY_TABLE_COLUMNS,
    departments: DEPARTMENT_TABLE_COLUMNS,
    rates: RATE_TABLE_COLUMNS,
    fx: FX_TABLE_COLUMNS,
    budget: BUDGET_TABLE_COLUMNS,
    headcountLines: HEADCOUNT_LINE_TABLE_COLUMNS,
  } as const;

  test("gives every alias of every table its own column, however it is spaced, cased or width-folded", () => {
    for (const [kind, columns] of Object.entries(TABLE_COLUMNS) as [
      SupportTableKind,
      Record<string, readonly string[]>,
    ][]) {
      for (const [column, aliases] of Object.entries(columns)) {
        for (const alias of aliases) {
          // An alias another column names first belongs to that column (the first one wins, as in the table).
          const owner = Object.entries(columns).find(([, names]) =>
            names.some((name) => normalizeHeader(name) === normalizeHeader(alias)),
          )?.[0];
          expect(owner).toBeDefined();
          for (const written of [alias, ` ${alias.toUpperCase()} `, `${alias} (note)`, toFullWidth(alias)])
            expect([kind, written, supportColumnOf(kind, written)]).toEqual([kind, written, owner]);
          if (owner === column) expect(supportColumnOf(kind, alias)).toBe(column);
        }
      }
    }
  });

  test("knows nothing of a header no table names, nor of a blank one", () => {
    expect(supportColumnOf("capabilities", "Favourite colour")).toBeUndefined();
    expect(supportColumnOf("rates", "")).toBeUndefined();
    expect(supportColumnOf("fx", " ( ) ")).toBeUndefined();
  });
});

/** ASCII letters and digits as their full-width forms ("Ａｒｅａ"). */
function toFullWidth(text: string): string {
  return text.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
