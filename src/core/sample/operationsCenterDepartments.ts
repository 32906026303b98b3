import type { Lang } from "../../i18n";
import { DEPARTMENT_TABLE_COLUMNS } from "../coverage/supportTables";
import type { SheetSpec, SpecCell } from "../sheet/sheetSpec";

type Bilingual = [en: string, zh: string];

const MGMT: Bilingual = ["Management", "管理层"];
const OPS: Bilingual = ["Operations", "运营部门"];
const TECH: Bilingual = ["Tech Support", "技术支持部门"];
const DATA: Bilingual = ["Data Analysis", "数据分析部门"];
const MKT: Bilingual = ["Marketing", "市场推广部门"];
const CS: Bilingual = ["Customer Service", "客户服务部门"];
const DESIGN: Bilingual = ["Design", "设计部门"];
const BD: Bilingual = ["Business Development", "商务合作部门"];
const PMO: Bilingual = ["Project Management", "项目管理部门"];

/** The sample's departments, each as its English and Chinese name (the same department in either language). */
export const SAMPLE_DEPARTMENT_NAMES: readonly (readonly [en: string, zh: string])[] = [
  MGMT,
  OPS,
  TECH,
  DATA,
  MKT,
  CS,
  DESIGN,
  BD,
  PMO,
];

interface SampleDepartment {
  name: Bilingual;
  parent: Bilingual | null;
  head: string;
  needsSupportFrom: Bilingual[];
  partners: string[];
}

/**
 * The operations center's departments (../shared/DOMAIN.md §1) and who needs whose support:
 * operations leans on data, tech and design; marketing on data; customer service on tech. Operations
 * has a dotted line into data (the analyst) and a named partner in tech; customer service names QA.
 * Operations ↔ Design and Marketing ↔ Data Analysis have neither, which the coverage check reports.
 */
const DEPARTMENTS: readonly SampleDepartment[] = [
  { name: MGMT, parent: null, head: "OC-001", needsSupportFrom: [], partners: [] },
  { name: OPS, parent: MGMT, head: "OC-010", needsSupportFrom: [DATA, TECH, DESIGN], partners: ["OC-031"] },
  { name: TECH, parent: MGMT, head: "OC-030", needsSupportFrom: [], partners: [] },
  { name: DATA, parent: MGMT, head: "OC-040", needsSupportFrom: [], partners: [] },
  { name: MKT, parent: MGMT, head: "OC-050", needsSupportFrom: [DATA], partners: [] },
  { name: CS, parent: MGMT, head: "OC-060", needsSupportFrom: [TECH], partners: ["OC-033"] },
  { name: DESIGN, parent: MGMT, head: "OC-070", needsSupportFrom: [], partners: [] },
  { name: BD, parent: MGMT, head: "OC-080", needsSupportFrom: [], partners: [] },
  { name: PMO, parent: MGMT, head: "OC-090", needsSupportFrom: [], partners: [] },
];

/** The sample's Departments sheet (an Excel table) in English or Chinese. */
export function operationsCenterDepartments(lang: Lang): SheetSpec {
  const l = lang === "zh-CN" ? 1 : 0;
  const separator = l ? "、" : "; ";
  const rows: SpecCell[][] = DEPARTMENTS.map((department) => [
    department.name[l],
    department.parent ? department.parent[l] : null,
    department.head,
    department.needsSupportFrom.map((supporter) => supporter[l]).join(separator) || null,
    department.partners.join(separator) || null,
  ]);
  const c = DEPARTMENT_TABLE_COLUMNS;
  return {
    name: l ? "部门表" : "Departments",
    table: { name: "Departments", style: "TableStyleMedium2" },
    columns: [
      { header: c.department[l], width: 22 },
      { header: c.parent[l], width: 16 },
      { header: c.head[l], width: 14 },
      { header: c.needsSupportFrom[l], width: 40 },
      { header: c.partners[l], width: 14 },
    ],
    rows,
    freezeHeader: true,
  };
}
