import { translatorFor, type Lang, type Translate } from "../../i18n";
import type { WorkbookAnalysis } from "../analyzeWorkbook";
import type { CatalogueCapability, CoverageCell, CoverageRow } from "../coverage/coverageTypes";
import type { SheetColumnSpec, SheetSection, SheetSpec, SpecCell } from "../sheet/sheetSpec";
import {
  ERROR_STYLE,
  FILLED_SCALE,
  INTEGER_FORMAT,
  ONE_DECIMAL_FORMAT,
  REPORT_TABLE_STYLE,
  VACANT_SCALE,
  WARNING_STYLE,
} from "./reportStyles";

/** Table names of the Coverage sheet. */
export const COVERAGE_TABLES = { filled: "CoverageFilled", vacant: "CoverageVacant" } as const;

/** The filled block's columns before the departments: capability, area, owner, required, people, filled FTE, vacant FTE. */
const FILLED_LEADING_COLUMNS = 7;
const PEOPLE_COLUMN = 4;
const FILLED_FTE_COLUMN = 5;

/**
 * The Coverage sheet: capability × department, filled FTE in one table and vacant FTE in a second one
 * below it, so each reads as a heatmap (a colour scale over the department cells, blank where no FTE).
 * The first table also gives each capability's area, owner department, required holders, the people
 * holding it (0 red, 1 amber) and its filled and vacant FTE in total (filled 0 red: uncovered).
 *
 * The first column's header ("Capability \ Department") is not one the Capabilities table is
 * recognised by, so the sheet is never read back as the catalogue.
 */
export function coverageSheet(analysis: WorkbookAnalysis, lang: Lang): SheetSpec {
  const t = translatorFor(lang);
  const { departments, rows } = analysis.coverage.matrix;
  const name = (capability: CatalogueCapability) => capabilityName(capability, lang);
  const departmentColumns = (): SheetColumnSpec[] =>
    departments.map((department) => {
      const header = department.trim() === "" ? t("report.coverage.noDepartment") : department;
      return { header, width: columnWidth(header), numberFormat: ONE_DECIMAL_FORMAT };
    });
  const lastDepartmentColumn = (leading: number) => leading + departments.length - 1;

  const filledRows: SpecCell[][] = rows.map((row) => [
    name(row.capability),
    lang === "zh-CN" ? row.capability.area.zh : row.capability.area.en,
    row.capability.ownerDepartment || null,
    row.capability.requiredHolders,
    row.people,
    roundFte(row.total.filledFte),
    roundFte(row.total.vacantFte),
    ...row.byDepartment.map((cell) => fteOrBlank(cell, "filledFte")),
  ]);
  const filled: SheetSection = {
    title: t("report.coverage.filledTitle"),
    table: { name: COVERAGE_TABLES.filled, style: REPORT_TABLE_STYLE },
    columns: [
      { header: t("report.coverage.capability"), width: 30 },
      { header: t("report.coverage.area"), width: 18 },
      { header: t("report.coverage.owner"), width: 18 },
      { header: t("report.coverage.required"), width: 10, numberFormat: INTEGER_FORMAT },
      { header: t("report.coverage.people"), width: 9, numberFormat: INTEGER_FORMAT },
      { header: t("report.coverage.filledFte"), width: 10, numberFormat: ONE_DECIMAL_FORMAT },
      { header: t("report.coverage.vacantFte"), width: 10, numberFormat: ONE_DECIMAL_FORMAT },
      ...departmentColumns(),
    ],
    rows: filledRows,
    conditionalFormats: [
      { column: PEOPLE_COLUMN, kind: "numberEquals", value: 0, style: ERROR_STYLE },
      { column: PEOPLE_COLUMN, kind: "numberEquals", value: 1, style: WARNING_STYLE },
      { column: FILLED_FTE_COLUMN, kind: "numberEquals", value: 0, style: ERROR_STYLE },
      ...(departments.length > 0
        ? [
            {
              column: FILLED_LEADING_COLUMNS,
              lastColumn: lastDepartmentColumn(FILLED_LEADING_COLUMNS),
              kind: "colorScale" as const,
              colors: FILLED_SCALE,
            },
          ]
        : []),
    ],
  };

  const vacant: SheetSection = {
    title: t("report.coverage.vacantTitle"),
    table: { name: COVERAGE_TABLES.vacant, style: REPORT_TABLE_STYLE },
    columns: [
      { header: t("report.coverage.capability"), width: 30 },
      { header: t("report.coverage.vacantFte"), width: 10, numberFormat: ONE_DECIMAL_FORMAT },
      ...departmentColumns(),
    ],
    rows: rows
      .filter((row) => row.total.vacantFte > 0)
      .map((row: CoverageRow) => [
        name(row.capability),
        roundFte(row.total.vacantFte),
        ...row.byDepartment.map((cell) => fteOrBlank(cell, "vacantFte")),
      ]),
    conditionalFormats:
      departments.length > 0
        ? [{ column: 2, lastColumn: lastDepartmentColumn(2), kind: "colorScale", colors: VACANT_SCALE }]
        : [],
  };

  return {
    name: t("report.coverage.sheet"),
    notes: coverageNotes(analysis, t),
    ...filled,
    sections: [vacant],
    freezeHeader: true,
    freezeFirstColumn: true,
  };
}

function coverageNotes(analysis: WorkbookAnalysis, t: Translate): string[] {
  const { catalogue } = analysis;
  const counts = { count: catalogue.capabilities.length, departments: analysis.coverage.matrix.departments.length };
  return [
    catalogue.source === "workbook"
      ? t("report.coverage.catalogueWorkbook", { ...counts, sheet: catalogue.sheetName ?? "" })
      : catalogue.source === "sheet"
        ? t("report.coverage.catalogueSheet", counts)
        : t("report.coverage.catalogueDefault", counts),
    t("report.coverage.legend"),
  ];
}

/** The capability's name in the user's language, else in the other one, else its key. */
function capabilityName(capability: CatalogueCapability, lang: Lang): string {
  const [first, second] = lang === "zh-CN" ? [capability.zh, capability.en] : [capability.en, capability.zh];
  return first || second || capability.key;
}

/** FTE sums carry floating-point noise (0.1 + 0.2); two decimals are more than an FTE needs. */
function roundFte(fte: number): number {
  return Math.round(fte * 100) / 100;
}

function fteOrBlank(cell: CoverageCell, which: "filledFte" | "vacantFte"): number | null {
  const fte = roundFte(cell[which]);
  return fte > 0 ? fte : null;
}

/** A department column wide enough for its header (CJK characters count double), within 8–24. */
function columnWidth(header: string): number {
  let width = 0;
  for (const ch of header) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return Math.min(24, Math.max(8, width + 2));
}
