import type { CatalogueCapability, CoverageCell, CoverageMatrix } from "../../../src/core/coverage/coverageTypes";
import {
  capabilityCoverageState,
  fteLevel,
  heatCellState,
  layoutCoverageHeatmap,
  type HeatRow,
} from "../../../src/taskpane/charts/coverageHeatmapLayout";

function capability(key: string, en: string, zh: string, area: [string, string]): CatalogueCapability {
  return { key, en, zh, area: { en: area[0], zh: area[1] }, requiredHolders: 2, ownerDepartment: "" };
}

function cell(filledFte: number, vacantFte = 0): CoverageCell {
  return {
    filledFte,
    vacantFte,
    filledPositions: filledFte > 0 ? 1 : 0,
    vacantPositions: vacantFte > 0 ? 1 : 0,
  };
}

const USER: [string, string] = ["User ops", "用户运营"];
const DATA: [string, string] = ["Data & decisions", "数据分析与决策"];

const MATRIX: CoverageMatrix = {
  departments: ["运营部门", "技术支持部门", "数据分析部门"],
  rows: [
    {
      capability: capability("acquisition", "Acquisition", "拉新", USER),
      byDepartment: [cell(2.5), cell(0), cell(0.5)],
      total: cell(3),
      people: 3,
    },
    {
      capability: capability("retention", "Retention", "留存", USER),
      byDepartment: [cell(0, 1), cell(0), cell(0)],
      total: cell(0, 1),
      people: 0,
    },
    {
      capability: capability("metrics", "Metrics system", "数据指标体系", DATA),
      byDepartment: [cell(0), cell(0), cell(0)],
      total: cell(0),
      people: 0,
    },
  ],
};

describe("cell states and colour steps", () => {
  test("filled, vacancies only, empty", () => {
    expect(heatCellState(cell(1))).toBe("filled");
    expect(heatCellState(cell(0, 1))).toBe("vacantOnly");
    expect(heatCellState(cell(1, 1))).toBe("filled");
    expect(heatCellState(cell(0))).toBe("empty");
    expect(capabilityCoverageState(cell(0))).toBe("uncovered");
    expect(capabilityCoverageState(cell(0, 0.5))).toBe("vacantOnly");
    expect(capabilityCoverageState(cell(0.5))).toBe("covered");
  });

  test("filled FTE steps: up to 1, 2, 4, more", () => {
    expect([0, 0.5, 1, 1.5, 2, 3, 4, 9].map(fteLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4]);
  });
});

describe("layoutCoverageHeatmap(matrix, options)", () => {
  test("rows grouped under their areas, one cell per department, the total last", () => {
    const layout = layoutCoverageHeatmap(MATRIX, { lang: "en", width: 320 });
    expect(layout.rows.map((row) => (row.kind === "area" ? `[${row.label}]` : row.capability.key))).toEqual([
      "[User ops]",
      "acquisition",
      "retention",
      "[Data & decisions]",
      "metrics",
    ]);
    const rows = layout.rows.filter((row): row is HeatRow => row.kind === "capability");
    expect(rows.map((row) => row.cells.map((c) => c.state))).toEqual([
      ["filled", "empty", "filled"],
      ["vacantOnly", "empty", "empty"],
      ["empty", "empty", "empty"],
    ]);
    expect(rows[0].cells.map((c) => c.level)).toEqual([3, 0, 1]);
    expect(rows.map((row) => row.state)).toEqual(["covered", "vacantOnly", "uncovered"]);
    expect(layout.columns.map((column) => column.x)).toEqual([0, layout.cellSize, 2 * layout.cellSize]);
    expect(layout.totalX).toBe(3 * layout.cellSize);
    expect(layout.gridWidth).toBe(4 * layout.cellSize);
    // Rows follow one another without overlapping, below the header.
    let y = layout.headerHeight;
    for (const row of layout.rows) {
      expect(row.y).toBe(y);
      y += row.height;
    }
    expect(layout.height).toBe(y);
  });

  test("Chinese department names drop 部门 and stand upright, one character a line", () => {
    const layout = layoutCoverageHeatmap(MATRIX, { lang: "zh-CN", width: 320 });
    expect(layout.columns.map((column) => column.stacked)).toEqual([true, true, true]);
    expect(layout.columns[1].lines).toEqual(["技", "术", "支", "持"]);
    expect(layout.columns[0].department).toBe("运营部门");
    const first = layout.rows.find((row): row is HeatRow => row.kind === "capability")!;
    expect(first.labelLines).toEqual(["拉新"]);
  });

  test("many departments: cells keep a readable size and the grid grows wider than the card (it scrolls)", () => {
    const departments = Array.from({ length: 20 }, (_, i) => `Department number ${i + 1}`);
    const wide: CoverageMatrix = {
      departments,
      rows: [{ ...MATRIX.rows[0], byDepartment: departments.map(() => cell(1)) }],
    };
    const layout = layoutCoverageHeatmap(wide, { lang: "en", width: 320 });
    expect(layout.cellSize).toBe(22);
    expect(layout.labelWidth + layout.gridWidth).toBeGreaterThan(320);
    // Latin names are rotated, wrapped to the cell, and cut with … to the header's height.
    for (const column of layout.columns) {
      expect(column.stacked).toBe(false);
      expect(column.lines.length).toBeLessThanOrEqual(2);
    }
  });

  test("few departments in a wide card: cells grow, but not without end", () => {
    const layout = layoutCoverageHeatmap(MATRIX, { lang: "en", width: 450 });
    expect(layout.cellSize).toBeLessThanOrEqual(34);
    expect(layout.labelWidth + layout.gridWidth).toBeLessThanOrEqual(450);
  });
});
