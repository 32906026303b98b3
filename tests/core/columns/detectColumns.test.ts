import { detectColumns, scorePositionsHeader } from "../../../src/core/columns/detectColumns";
import { makeGrid } from "../makeGrid";

describe("detectColumns(grid, mapping)", () => {
  test("finds English headers whatever their case and spacing", () => {
    const detected = detectColumns(makeGrid(["position id", "TITLE", "Reports_To", "Base Salary (CNY)"], []));
    expect(detected.columnOf).toEqual({ id: 0, title: 1, reportsTo: 2, baseSalary: 3 });
    expect(detected.missing).toEqual([]);
  });

  test("finds Chinese headers, full-width included", () => {
    const header = [
      "岗位编号",
      "岗位名称",
      "部门",
      "团队",
      "汇报对象",
      "虚线汇报",
      "姓名",
      "职级",
      "编制",
      "年薪（元）",
      "币种",
      "状态",
      "到岗日期",
      "离岗日期",
      "成本中心",
      "地点",
      "职责",
    ];
    const detected = detectColumns(makeGrid(header, []));
    expect(Object.keys(detected.columnOf)).toHaveLength(17);
    expect(detected.columnOf.baseSalary).toBe(9);
    expect(detected.columnOf.capabilities).toBe(16);
  });

  test("finds the header variants of Chinese HR sheets: 任职者, 汇报上级, 岗位代码, full-width brackets and 【】 notes", () => {
    const variants = makeGrid(
      ["岗位代码", "岗位【名称】", "汇报上级（岗位编号）", "任职者", "编制（人）", "年薪（元）", "在岗状态"],
      [],
    );
    expect(detectColumns(variants).columnOf).toEqual({
      id: 0,
      title: 1,
      reportsTo: 2,
      name: 3,
      fte: 4,
      baseSalary: 5,
      status: 6,
    });
    const more = makeGrid(["编号", "职位", "直属上级岗位", "在职人员"], []);
    expect(detectColumns(more).columnOf).toEqual({ id: 0, title: 1, reportsTo: 2, name: 3 });
    const english = makeGrid(["Position Code", "Title", "Reports To Position", "Incumbent Name"], []);
    expect(detectColumns(english).columnOf).toEqual({ id: 0, title: 1, reportsTo: 2, name: 3 });
  });

  test("reads an employee export's manager column: the manager's employee number before the manager's name", () => {
    const chinese = makeGrid(["工号", "姓名", "岗位", "直接上级", "直接上级工号"], []);
    expect(detectColumns(chinese).columnOf).toMatchObject({ id: 0, name: 1, title: 2, reportsTo: 4 });
    const english = makeGrid(["Employee ID", "Employee Name", "Job Title", "Manager Name", "Manager Employee ID"], []);
    expect(detectColumns(english).columnOf).toMatchObject({ id: 0, name: 1, title: 2, reportsTo: 4 });
    const namesOnly = makeGrid(["Employee ID", "Employee Name", "Manager Name"], []);
    expect(detectColumns(namesOnly).columnOf).toMatchObject({ id: 0, name: 1, reportsTo: 2 });
  });

  test("finds the header below title rows and reports its sheet row", () => {
    const grid = {
      sheetName: "S",
      firstRow: 3,
      firstColumn: 2,
      rows: [["运营中心岗位表 2026"], [], ["岗位编号", "汇报对象", "姓名"], ["A", "", "x"]],
    };
    const detected = detectColumns(grid);
    expect(detected.headerRow).toBe(5);
    expect(detected.headerIndex).toBe(2);
    expect(detected.columnOf).toEqual({ id: 0, reportsTo: 1, name: 2 });
  });

  test("prefers the better alias when two columns could be the manager", () => {
    const detected = detectColumns(makeGrid(["ID", "Manager", "Manager ID"], []));
    expect(detected.columnOf.reportsTo).toBe(2);
  });

  test("reads a foreign export's headers (d3-org-chart's sample data)", () => {
    const detected = detectColumns(
      makeGrid(["id", "parentId", "name", "lastName", "position", "salary", "department_name"], []),
    );
    expect(detected.columnOf).toMatchObject({ id: 0, reportsTo: 1, name: 2, title: 4, baseSalary: 5, department: 6 });
  });

  test("lists required fields it cannot find", () => {
    expect(detectColumns(makeGrid(["Code", "Boss"], [])).missing).toEqual(["id", "reportsTo"]);
    expect(detectColumns({ sheetName: "Empty", firstRow: 1, firstColumn: 1, rows: [] }).missing).toEqual([
      "id",
      "reportsTo",
    ]);
  });

  test("the user's mapping wins over the aliases", () => {
    const detected = detectColumns(makeGrid(["Code", "Boss", "Name"], []), { id: "code", reportsTo: "BOSS" });
    expect(detected.columnOf).toEqual({ id: 0, reportsTo: 1, name: 2 });
    expect(detected.missing).toEqual([]);
  });

  test("a mapped header that is not there leaves the field missing", () => {
    expect(detectColumns(makeGrid(["Code", "Boss"], []), { id: "Code", reportsTo: "Chef" }).missing).toEqual([
      "reportsTo",
    ]);
  });
});

describe("scorePositionsHeader(cells)", () => {
  test("scores a positions header above other tables", () => {
    expect(scorePositionsHeader(["Position ID", "Reports To", "Title"])).toBe(5);
    expect(scorePositionsHeader(["Capability", "Area", "Required holders"])).toBe(1);
    expect(scorePositionsHeader(["Quarter", "Budget", "Notes"])).toBe(0);
    expect(scorePositionsHeader([null, 42, "Title"])).toBe(1);
  });
});
