import type { CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import { detectColumns } from "../columns/detectColumns";
import { FIELDS } from "../columns/fields";
import { normalizeHeader } from "../columns/normalizeHeader";

/** The optional tables beside the positions table. */
export type SupportTableKind = "capabilities" | "departments" | "rates" | "fx" | "budget" | "headcountLines";

/** Columns of the Capabilities table and their headers (English, Chinese, others). */
export const CAPABILITY_TABLE_COLUMNS = {
  capability: ["Capability", "职责", "能力", "职责名称", "Capability Name", "Responsibility"],
  area: ["Area", "领域", "职责领域", "类别", "Category"],
  requiredHolders: ["Required holders", "所需人数", "最少承担人数", "Required", "Min holders"],
  ownerDepartment: ["Owner department", "主责部门", "负责部门", "Owner"],
  en: ["English name", "英文名称", "Name (English)", "English"],
  zh: ["Chinese name", "中文名称", "Name (Chinese)", "Chinese", "中文"],
} as const;

/** Columns of the Departments table. */
export const DEPARTMENT_TABLE_COLUMNS = {
  department: ["Department", "部门", "部门名称"],
  parent: ["Parent", "上级部门", "Parent department"],
  head: ["Head position", "负责人岗位", "部门负责人", "Head"],
  needsSupportFrom: ["Needs support from", "需要支持的部门", "支持部门", "依赖部门", "Support from"],
  partners: ["Partner", "对接人", "对接岗位", "Partners", "Partner positions"],
} as const;

/** Columns of the Rates table (employer on-costs; see core/cost and docs/cost.md). */
export const RATE_TABLE_COLUMNS = {
  location: ["Location", "地点", "城市", "Country", "国家"],
  item: ["Item", "项目", "险种", "Contribution"],
  rate: ["Employer rate", "单位比例", "单位缴费比例", "Employer %", "Rate"],
  floor: ["Base floor", "基数下限", "缴费基数下限", "Floor"],
  cap: ["Base cap", "基数上限", "缴费基数上限", "Cap", "Ceiling"],
  threshold: ["Threshold", "起征额", "起征点", "Secondary threshold"],
  from: ["From", "生效日期", "开始日期", "Valid from"],
  to: ["To", "失效日期", "结束日期", "Valid to"],
  currency: ["Currency", "币种"],
} as const;

/** Columns of the FX table: units of the reporting currency per unit of the currency. */
export const FX_TABLE_COLUMNS = {
  currency: ["Currency", "币种", "货币"],
  rate: ["Rate", "汇率", "FX rate", "Exchange rate"],
  from: ["From", "生效日期", "开始日期"],
  to: ["To", "失效日期", "结束日期"],
} as const;

/**
 * Columns of the Budget table (budget against plan; see core/budget and docs/cost.md): a department or a cost
 * center, a month (blank: the year), and a headcount and/or a cost budget in the reporting currency.
 */
export const BUDGET_TABLE_COLUMNS = {
  department: ["Department", "部门", "部门名称"],
  costCenter: ["Cost Center", "Cost Centre", "成本中心", "Cost Center Code", "成本中心代码"],
  month: ["Month", "月份", "Period", "期间", "Budget Month", "预算月份"],
  headcount: [
    "Headcount",
    "编制",
    "Budget Headcount",
    "预算编制",
    "Budgeted Headcount",
    "Headcount Budget",
    "预算人数",
  ],
  cost: ["Cost", "预算", "Budget", "预算金额", "Budget Cost", "Budgeted Cost", "Cost Budget", "预算成本"],
} as const;

/**
 * Columns of a table of headcount lines beside the positions (public organograms' junior staff: Reporting Senior Post,
 * Grade, Payscale Minimum / Maximum, Number of Posts in FTE): the positions' own headers, without a position ID (a
 * header with one is a positions table and scores 0). Joined into the org by core/lines/joinHeadcountLines.
 */
export const HEADCOUNT_LINE_TABLE_COLUMNS = {
  manager: FIELDS.reportsTo.aliases,
  posts: FIELDS.posts.aliases,
  title: FIELDS.title.aliases,
  grade: FIELDS.grade.aliases,
  department: FIELDS.department.aliases,
  team: FIELDS.team.aliases,
  salary: FIELDS.baseSalary.aliases,
  payMax: FIELDS.payMax.aliases,
} as const;

/** The columns without which the table is not that table (a list inside: any one of them). */
const REQUIRED: Readonly<Record<SupportTableKind, readonly (string | readonly string[])[]>> = {
  capabilities: ["capability"],
  departments: ["department", "needsSupportFrom"],
  rates: ["location", "item", "rate"],
  fx: ["currency", "rate"],
  budget: [
    ["department", "costCenter"],
    ["headcount", "cost"],
  ],
  headcountLines: ["manager", "posts"],
};

const TABLES: Readonly<Record<SupportTableKind, Readonly<Record<string, readonly string[]>>>> = {
  capabilities: CAPABILITY_TABLE_COLUMNS,
  departments: DEPARTMENT_TABLE_COLUMNS,
  rates: RATE_TABLE_COLUMNS,
  fx: FX_TABLE_COLUMNS,
  budget: BUDGET_TABLE_COLUMNS,
  headcountLines: HEADCOUNT_LINE_TABLE_COLUMNS,
};

/** Per table kind: each alias's comparable form → its column (the first column naming it), made once. */
const columnByAlias = new Map<SupportTableKind, Map<string, string>>();

function aliasesOf(kind: SupportTableKind): Map<string, string> {
  let byAlias = columnByAlias.get(kind);
  if (!byAlias) {
    byAlias = new Map();
    for (const [column, aliases] of Object.entries(TABLES[kind])) {
      for (const alias of aliases) {
        const key = normalizeHeader(alias);
        if (!byAlias.has(key)) byAlias.set(key, column);
      }
    }
    columnByAlias.set(kind, byAlias);
  }
  return byAlias;
}

/**
 * Column key of a header in a support table, or undefined. Called for every cell of every row that might be a
 * table's header (the pane scans each sheet for support tables), so the aliases are normalized once, not per call.
 */
export function supportColumnOf(kind: SupportTableKind, header: string): string | undefined {
  const key = normalizeHeader(header);
  if (key === "") return undefined;
  return aliasesOf(kind).get(key);
}

/**
 * How much a header row looks like a support table: the number of its columns recognised; 0 when one
 * of the table's required columns is missing, or when the row is a positions header.
 */
export function scoreSupportTableHeader(kind: SupportTableKind, cells: readonly CellValue[]): number {
  const found = new Set<string>();
  for (const cell of cells) {
    const column = supportColumnOf(kind, cellText(cell));
    if (column) found.add(column);
  }
  const has = (need: string | readonly string[]) =>
    typeof need === "string" ? found.has(need) : need.some((column) => found.has(column));
  if (!REQUIRED[kind].every(has)) return 0;
  // The positions table names capabilities and departments too; it is never a support table.
  if (detectColumns({ sheetName: "", firstRow: 1, firstColumn: 1, rows: [cells as CellValue[]] }).missing.length === 0)
    return 0;
  return found.size;
}
