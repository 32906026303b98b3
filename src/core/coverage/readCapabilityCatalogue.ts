import { parseNumber } from "../cells/parseNumber";
import { DEFAULT_CAPABILITIES } from "../capabilities/defaultCatalogue";
import type { OrgRules } from "../checks/orgRules";
import { normalizeHeader } from "../columns/normalizeHeader";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import type { SheetGrid } from "../sheet/sheetGrid";
import { indexCapabilityNames } from "./capabilityNameIndex";
import type { CapabilityCatalogue, CatalogueCapability } from "./coverageTypes";
import { readSupportTable, type CapabilityColumn, type SupportTableRow } from "./readSupportTable";

const DEFAULT_NAMES = indexCapabilityNames(DEFAULT_CAPABILITIES);

/** The default catalogue (../shared/DOMAIN.md §2), each capability wanting the rules' number of holders. */
export function defaultCapabilityCatalogue(rules: OrgRules): CapabilityCatalogue {
  return {
    source: "default",
    capabilities: DEFAULT_CAPABILITIES.map(({ key, en, zh, area }) => ({
      key,
      en,
      zh,
      area: { ...area },
      requiredHolders: rules.requiredHolders,
      ownerDepartment: "",
    })),
  };
}

/** Required holders: a whole number of at least 1; undefined when the cell says something else. */
function parseRequiredHolders(text: string): number | undefined {
  const value = parseNumber(text);
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/**
 * One row of the table as a capability. Names and area left blank are taken from the default
 * catalogue when the row names one of its capabilities ("Retention" gains "留存"), else from the key.
 */
function capabilityOfRow(
  { row, text }: SupportTableRow<CapabilityColumn>,
  rules: OrgRules,
  findings: FindingDraft[],
  sheet: string,
  requiredHeader: string,
): CatalogueCapability {
  const key = text.capability ?? "";
  const en = text.en ?? "";
  const zh = text.zh ?? "";
  let known: (typeof DEFAULT_CAPABILITIES)[number] | undefined;
  for (const name of [key, en, zh]) {
    const index = DEFAULT_NAMES.byName.get(normalizeHeader(name));
    if (index !== undefined) {
      known = DEFAULT_CAPABILITIES[index];
      break;
    }
  }
  const area = text.area ?? "";
  const required = text.requiredHolders ?? "";
  let requiredHolders = rules.requiredHolders;
  if (required !== "") {
    const parsed = parseRequiredHolders(required);
    if (parsed !== undefined) requiredHolders = parsed;
    else
      findings.push({
        code: "INVALID_REQUIRED_HOLDERS",
        severity: "warning",
        rows: [row],
        ids: [],
        sheet,
        params: {
          column: requiredHeader,
          value: required,
          row,
          id: key,
          default: requiredHolders,
        },
      });
  }
  return {
    key,
    en: en || known?.en || key,
    zh: zh || known?.zh || key,
    area: area ? { en: area, zh: area } : known ? { ...known.area } : { en: "", zh: "" },
    requiredHolders,
    ownerDepartment: text.ownerDepartment ?? "",
    row,
  };
}

/**
 * The workbook's Capabilities table as the catalogue, else (no table, or a table with no capability
 * in it) the default catalogue. Every non-blank row of the table is a capability or is named in a
 * finding on that sheet: a row with no capability (MISSING_CAPABILITY_NAME), a capability listed again under any
 * of its names (DUPLICATE_CAPABILITY; the first row is kept), a Required holders cell that is not a whole
 * number of at least 1 (INVALID_REQUIRED_HOLDERS; the rules' default is used).
 */
export function readCapabilityCatalogue(
  grid: SheetGrid | undefined,
  rules: OrgRules,
): { catalogue: CapabilityCatalogue; findings: FindingDraft[] } {
  const table = grid ? readSupportTable<CapabilityColumn>(grid, "capabilities") : undefined;
  if (!table || table.rows.length === 0)
    return { catalogue: defaultCapabilityCatalogue(rules), findings: table?.findings ?? [] };

  const findings = [...table.findings];
  const capabilities: CatalogueCapability[] = [];
  const byName = new Map<string, number>();
  const repeats = new Map<number, number[]>();
  const requiredHeader = table.headers.requiredHolders ?? "requiredHolders";
  for (const tableRow of table.rows) {
    const earlier = byName.get(normalizeHeader(tableRow.text.capability ?? ""));
    if (earlier !== undefined) {
      const rows = repeats.get(earlier) ?? [capabilities[earlier].row!];
      rows.push(tableRow.row);
      repeats.set(earlier, rows);
      continue;
    }
    const capability = capabilityOfRow(tableRow, rules, findings, table.sheetName, requiredHeader);
    for (const name of [capability.key, capability.en, capability.zh]) {
      const normalized = normalizeHeader(name);
      if (normalized !== "" && !byName.has(normalized)) byName.set(normalized, capabilities.length);
    }
    capabilities.push(capability);
  }
  for (const [index, rows] of repeats) {
    findings.push({
      code: "DUPLICATE_CAPABILITY",
      severity: "warning",
      rows,
      ids: [],
      sheet: table.sheetName,
      params: { id: capabilities[index].key, count: rows.length, rowList: listPreview(rows), sheet: table.sheetName },
    });
  }
  return { catalogue: { source: "workbook", sheetName: table.sheetName, capabilities }, findings };
}
