/** Conditional formats on the fake's sheets (`range.conditionalFormats`): the types, rules and colours Excel accepts. */
import type { RangeArea } from "../../../src/excel/rangeArea";
import { FakeExcelError } from "./fakeRequests";
import type { FakeSheet } from "./fakeWorkbook";

/** The conditional format types of Office.js (`Excel.ConditionalFormatType`). */
export const CONDITIONAL_FORMAT_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
] as const;
export type FakeConditionalFormatType = (typeof CONDITIONAL_FORMAT_TYPES)[number];

export const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;

export const COLOR_CRITERION_TYPES = [
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
] as const;

export interface FakeColorCriterion {
  type: string;
  formula?: string;
  color?: string;
}

/**
 * A conditional format on a sheet. A sheet's list is in priority order: Excel puts a new format at
 * the top (priority 0).
 */
export interface FakeConditionalFormat {
  id: string;
  type: FakeConditionalFormatType;
  area: RangeArea;
  /** CellValue formats. */
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  fontColor?: string;
  /** ColorScale formats. */
  criteria?: { minimum: FakeColorCriterion; midpoint?: FakeColorCriterion; maximum: FakeColorCriterion };
}

/** Colours as Office.js takes them here: "#RRGGBB" (Excel also knows a few names; the adapter never uses them). */
function checkColor(color: unknown): string {
  if (typeof color !== "string" || !/^#[0-9a-f]{6}$/i.test(color))
    throw new FakeExcelError("InvalidArgument", `Invalid color ${String(color)}`);
  return color;
}

function checkCriterion(value: unknown): FakeColorCriterion {
  const { type, formula, color } = (value ?? {}) as { type?: unknown; formula?: unknown; color?: unknown };
  if (!(COLOR_CRITERION_TYPES as readonly unknown[]).includes(type))
    throw new FakeExcelError("InvalidArgument", `Invalid criterion type ${String(type)}`);
  const needsFormula = type !== "LowestValue" && type !== "HighestValue";
  if (needsFormula && (typeof formula !== "string" || formula === ""))
    throw new FakeExcelError("InvalidArgument", `A ${String(type)} criterion needs a formula`);
  return {
    type: type as string,
    ...(needsFormula ? { formula: formula as string } : {}),
    ...(color !== undefined ? { color: checkColor(color) } : {}),
  };
}

/** `range.conditionalFormats.add(type)`: the new format goes on top of the sheet's priority list. */
export function addConditionalFormat(
  sheet: FakeSheet,
  area: RangeArea,
  type: string,
  nextId: () => string,
): FakeConditionalFormat {
  if (!(CONDITIONAL_FORMAT_TYPES as readonly string[]).includes(type))
    throw new FakeExcelError("InvalidArgument", `Unknown conditional format type "${type}"`);
  const format: FakeConditionalFormat = {
    id: nextId(),
    type: type as FakeConditionalFormatType,
    area: { ...area },
  };
  sheet.conditionalFormats.unshift(format);
  return format;
}

/** The format of that id on that sheet, checked to be of the type whose properties are being set. */
export function conditionalFormat(
  sheet: FakeSheet,
  id: string,
  type: FakeConditionalFormatType,
): FakeConditionalFormat {
  const format = sheet.conditionalFormats.find((f) => f.id === id);
  if (!format) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
  if (format.type !== type)
    throw new FakeExcelError("InvalidArgument", `A ${format.type} conditional format has no ${type} properties`);
  return format;
}

export function setCellValueRule(sheet: FakeSheet, id: string, rule: unknown): void {
  const format = conditionalFormat(sheet, id, "CellValue");
  const { formula1, formula2, operator } = (rule ?? {}) as {
    formula1?: unknown;
    formula2?: unknown;
    operator?: unknown;
  };
  if (typeof formula1 !== "string" || formula1 === "")
    throw new FakeExcelError("InvalidArgument", "The rule needs formula1");
  if (!(CELL_VALUE_OPERATORS as readonly unknown[]).includes(operator))
    throw new FakeExcelError("InvalidArgument", `Unknown operator ${String(operator)}`);
  if ((operator === "Between" || operator === "NotBetween") && typeof formula2 !== "string")
    throw new FakeExcelError("InvalidArgument", `${operator} needs formula2`);
  format.rule = { formula1, operator: operator as string, ...(typeof formula2 === "string" ? { formula2 } : {}) };
}

export function setConditionalFill(sheet: FakeSheet, id: string, color: unknown): void {
  conditionalFormat(sheet, id, "CellValue").fill = checkColor(color);
}

export function setConditionalFontColor(sheet: FakeSheet, id: string, color: unknown): void {
  conditionalFormat(sheet, id, "CellValue").fontColor = checkColor(color);
}

export function setColorScaleCriteria(sheet: FakeSheet, id: string, criteria: unknown): void {
  const format = conditionalFormat(sheet, id, "ColorScale");
  const { minimum, midpoint, maximum } = (criteria ?? {}) as Record<string, unknown>;
  if (minimum === undefined || maximum === undefined)
    throw new FakeExcelError("InvalidArgument", "A colour scale needs a minimum and a maximum");
  format.criteria = {
    minimum: checkCriterion(minimum),
    ...(midpoint !== undefined && midpoint !== null ? { midpoint: checkCriterion(midpoint) } : {}),
    maximum: checkCriterion(maximum),
  };
}
