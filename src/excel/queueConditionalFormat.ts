import type { ConditionalRule } from "../core/sheet/sheetSpec";

/** A text as a formula's string literal. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Queues one conditional format on a range (ExcelApi 1.6). Excel puts each new format at the top of
 * the range's priority list, so callers add a block's formats last to first.
 */
export function queueConditionalFormat(range: Excel.Range, rule: ConditionalRule): void {
  switch (rule.kind) {
    case "textEquals":
    case "numberEquals": {
      const format = range.conditionalFormats.add("CellValue").cellValue;
      format.rule = {
        formula1: rule.kind === "textEquals" ? `=${formulaString(rule.text)}` : `=${rule.value}`,
        operator: "EqualTo",
      };
      format.format.fill.color = rule.style.fill;
      if (rule.style.font) format.format.font.color = rule.style.font;
      return;
    }
    case "colorScale": {
      const [low, mid, high] = rule.colors.length === 3 ? rule.colors : [rule.colors[0], undefined, rule.colors[1]];
      range.conditionalFormats.add("ColorScale").colorScale.criteria = {
        minimum: { type: "LowestValue", color: low },
        ...(mid !== undefined ? { midpoint: { type: "Percentile", formula: "50", color: mid } } : {}),
        maximum: { type: "HighestValue", color: high },
      };
      return;
    }
  }
}
