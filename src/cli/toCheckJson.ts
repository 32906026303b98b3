import type { RowAccounting } from "../core/analysis";
import type { WorkbookAnalysis } from "../core/analyzeWorkbook";
import type { LayerRow, SpanSummary } from "../core/checks/orgChecks";
import { FIELD_KEYS, type FieldKey } from "../core/columns/fields";
import type { CoverageCell, UnknownCapability } from "../core/coverage/coverageTypes";
import type { Finding, FindingCode, Severity } from "../core/findings/finding";
import { findingMessage } from "../core/findings/localizeFinding";
import { positionFieldsOf } from "../core/model/positionFields";
import type { SheetGrid } from "../core/sheet/sheetGrid";
import type { Lang } from "../i18n";

/** What `orgwright check --format json` prints. Field names are stable: scripts rely on them. */
export interface CheckJson {
  file: string;
  sheet: string;
  /** The Excel table the rows came from, or null. */
  table: string | null;
  /** Sheet row of the header (1-based); 0 when none was found. */
  headerRow: number;
  /** Field → the header text of the column it was read from. */
  columns: Partial<Record<FieldKey, string>>;
  /** Required fields with no column. */
  missingColumns: FieldKey[];
  rowsRead: number;
  positions: number;
  /** Position IDs of the top positions. */
  roots: string[];
  /** How many layers the org has (the pyramid is `layerPyramid`). */
  layers: number;
  accounting: RowAccounting;
  /** Spans of control over managers: counts by band, median, mean, widest. */
  spans: SpanSummary;
  /** Positions, FTE, managers and average span per layer, top = layer 1. */
  layerPyramid: LayerRow[];
  coverage: CoverageJson;
  summary: Record<Severity, number>;
  findings: CheckJsonFinding[];
  /** Where `--out` wrote the report, when it did. */
  report?: { file: string; sheets: string[] };
  lang: Lang;
}

export interface CheckJsonFinding {
  code: FindingCode;
  severity: Severity;
  rows: number[];
  ids: string[];
  field?: FieldKey;
  /** The sheet of `rows` when it is not the positions sheet (the Capabilities or Departments table). */
  sheet?: string;
  message: string;
}

/** The coverage matrix, compact: per capability, its totals and only the departments holding it. */
export interface CoverageJson {
  /**
   * Where the catalogue came from: the workbook's Capabilities table, the default one, or the capability names the
   * sheet uses (no table, and most names not in the default catalogue).
   */
  catalogue: "workbook" | "default" | "sheet";
  catalogueSheet: string | null;
  departments: string[];
  capabilities: CoverageCapabilityJson[];
  /** Capability names positions give that the catalogue does not know. */
  unknown: UnknownCapability[];
}

export interface CoverageCapabilityJson {
  key: string;
  en: string;
  zh: string;
  area: { en: string; zh: string };
  requiredHolders: number;
  /** The owner department, or null. */
  owner: string | null;
  /** Distinct people holding it in filled positions. */
  people: number;
  total: CoverageCell;
  /** Department → its FTE and positions, for the departments where it is held (filled or vacant). */
  byDepartment: Record<string, CoverageCell>;
}

/**
 * The check's result as plain JSON data. `withFindings: false` leaves `findings` empty (`summary` still counts
 * them), for writeCheckJson to write the analysis's findings one by one without an object each.
 */
export function toCheckJson(
  file: string,
  grid: SheetGrid,
  analysis: WorkbookAnalysis,
  lang: Lang,
  { withFindings = true }: { withFindings?: boolean } = {},
): CheckJson {
  const { model, findings, columns, accounting } = analysis;
  const headers: Partial<Record<FieldKey, string>> = {};
  for (const field of FIELD_KEYS) {
    const column = columns.columnOf[field];
    if (column !== undefined) headers[field] = columns.headers[column];
  }
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return {
    file,
    sheet: grid.sheetName,
    table: grid.tableName ?? null,
    headerRow: columns.headerRow,
    columns: headers,
    missingColumns: columns.missing,
    rowsRead: accounting.rowsRead,
    positions: accounting.positions,
    // By the model's fields: the parser's positions are made only when read (1,048,575 objects for a whole sheet).
    roots: model.roots.map((index) => positionFieldsOf(model).ids[index]),
    layers: model.layerCount,
    accounting,
    spans: analysis.checks.spans,
    layerPyramid: analysis.checks.layers.layers.map((layer) => ({ ...layer, fte: clean(layer.fte) })),
    coverage: coverageJson(analysis),
    summary,
    // Each message made here, in the output's language: the analysis makes none.
    findings: withFindings ? findings.map((finding) => checkJsonFinding(finding, findingMessage(finding, lang))) : [],
    lang,
  };
}

/** A finding as the JSON lists it: its message last; `field` when it has one, `sheet` when not the positions'. */
export function checkJsonFinding(finding: Finding, message: string): CheckJsonFinding {
  const { code, severity, rows, ids, field, sheet } = finding;
  return { code, severity, rows, ids, ...(field ? { field } : {}), ...(sheet !== undefined ? { sheet } : {}), message };
}

function coverageJson(analysis: WorkbookAnalysis): CoverageJson {
  const { matrix, unknown } = analysis.coverage;
  return {
    catalogue: analysis.catalogue.source,
    catalogueSheet: analysis.catalogue.sheetName ?? null,
    departments: matrix.departments,
    capabilities: matrix.rows.map(({ capability, byDepartment, total, people }) => {
      const held: Record<string, CoverageCell> = {};
      byDepartment.forEach((cell, i) => {
        if (cell.filledPositions + cell.vacantPositions > 0 || cell.filledFte + cell.vacantFte > 0)
          held[matrix.departments[i]] = cleanCell(cell);
      });
      return {
        key: capability.key,
        en: capability.en,
        zh: capability.zh,
        area: capability.area,
        requiredHolders: capability.requiredHolders,
        owner: capability.ownerDepartment || null,
        people,
        total: cleanCell(total),
        byDepartment: held,
      };
    }),
    unknown,
  };
}

/** A sum of FTE without floating-point noise (0.1 + 0.2 → 0.3). */
function clean(fte: number): number {
  return Math.round(fte * 1e6) / 1e6;
}

function cleanCell(cell: CoverageCell): CoverageCell {
  return { ...cell, filledFte: clean(cell.filledFte), vacantFte: clean(cell.vacantFte) };
}
