import type { Lang } from "../../i18n";
import { DEFAULT_CAPABILITIES } from "../capabilities/defaultCatalogue";
import { FIELDS, type FieldKey } from "../columns/fields";
import type { SheetColumnSpec, SheetSpec, SpecCell } from "../sheet/sheetSpec";
import {
  OPERATIONS_CENTER,
  type Archetype,
  type City,
  type Grade,
  type SamplePosition,
} from "./operationsCenterPositions";

const COLUMNS: readonly { field: FieldKey; width: number; numberFormat?: string }[] = [
  { field: "id", width: 12 },
  { field: "title", width: 30 },
  { field: "department", width: 20 },
  { field: "team", width: 16 },
  { field: "reportsTo", width: 12 },
  { field: "dottedLineTo", width: 14 },
  { field: "name", width: 14 },
  { field: "grade", width: 12 },
  { field: "fte", width: 8, numberFormat: "0.0" },
  { field: "baseSalary", width: 14, numberFormat: "#,##0" },
  { field: "currency", width: 9 },
  { field: "status", width: 10 },
  { field: "startDate", width: 12, numberFormat: "yyyy-mm-dd" },
  { field: "costCenter", width: 12 },
  { field: "location", width: 11 },
  { field: "capabilities", width: 48 },
  { field: "archetype", width: 13 },
  { field: "assistant", width: 10 },
];

const GRADES: Readonly<Record<Grade, [string, string]>> = {
  specialist: ["Specialist", "专员"],
  supervisor: ["Supervisor", "主管"],
  manager: ["Manager", "经理"],
  director: ["Director", "总监"],
};
const CITIES: Readonly<Record<City, [string, string]>> = {
  hangzhou: ["Hangzhou", "杭州"],
  shanghai: ["Shanghai", "上海"],
};
const STATUS = { filled: ["Filled", "在职"], vacant: ["Vacant", "空缺"] } as const;
const ARCHETYPES: Readonly<Record<Archetype, [string, string]>> = {
  playerCoach: ["Player/coach", "球员教练"],
  coach: ["Coach", "教练"],
  supervisor: ["Supervisor", "监督者"],
  facilitator: ["Facilitator", "促进者"],
  coordinator: ["Coordinator", "协调者"],
};
const YES: [string, string] = ["Yes", "是"];
const CAPABILITY_BY_KEY = new Map(DEFAULT_CAPABILITIES.map((capability) => [capability.key, capability]));

/** Excel's serial number for an ISO date, so the cell is a real date under a date format. */
function excelSerial(isoDate: string): number {
  return (Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function sampleRow(position: SamplePosition, lang: Lang): SpecCell[] {
  const l = lang === "zh-CN" ? 1 : 0;
  const capabilities = position.capabilities.map((key) => {
    const capability = CAPABILITY_BY_KEY.get(key);
    if (!capability) throw new Error(`The sample names an unknown capability: ${key}`);
    return l ? capability.zh : capability.en;
  });
  const cells: Partial<Record<FieldKey, SpecCell>> = {
    id: position.id,
    title: position.title[l],
    department: position.department[l],
    team: position.team ? position.team[l] : null,
    reportsTo: position.reportsTo || null,
    dottedLineTo: position.dottedLineTo ?? null,
    name: position.name ? position.name[l] : null,
    grade: GRADES[position.grade][l],
    fte: position.fte,
    baseSalary: position.salary,
    currency: "CNY",
    status: STATUS[position.name ? "filled" : "vacant"][l],
    startDate: excelSerial(position.startDate),
    endDate: null,
    costCenter: position.costCenter,
    location: CITIES[position.location][l],
    capabilities: capabilities.join(l ? "、" : "; "),
    archetype: position.archetype ? ARCHETYPES[position.archetype][l] : null,
    assistant: position.assistant ? YES[l] : null,
  };
  return COLUMNS.map(({ field }) => cells[field] ?? null);
}

/**
 * The operations-center sample as a Positions sheet (an Excel table), with English or Chinese
 * headers and content. "Insert sample" writes it into Excel; the browser opens it by default.
 */
export function operationsCenterSample(lang: Lang): SheetSpec {
  const l = lang === "zh-CN" ? 1 : 0;
  const columns: SheetColumnSpec[] = COLUMNS.map(({ field, width, numberFormat }) => ({
    header: FIELDS[field].aliases[l],
    width,
    numberFormat,
  }));
  return {
    name: l ? "岗位表" : "Positions",
    table: { name: "Positions", style: "TableStyleMedium2" },
    columns,
    rows: OPERATIONS_CENTER.map((position) => sampleRow(position, lang)),
    freezeHeader: true,
    activate: true,
  };
}
