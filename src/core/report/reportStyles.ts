import type { HighlightStyle } from "../sheet/sheetSpec";

/** Excel's own "light red fill with dark red text" and friends, so the sheets look like Excel's built-in rules. */
export const ERROR_STYLE: HighlightStyle = { fill: "#FFC7CE", font: "#9C0006" };
export const WARNING_STYLE: HighlightStyle = { fill: "#FFEB9C", font: "#9C5700" };
export const INFO_STYLE: HighlightStyle = { fill: "#DDEBF7", font: "#1F4E78" };

/** Colour scales: white for little FTE, green (filled) or orange (vacant) for the most. */
export const FILLED_SCALE: [string, string] = ["#FFFFFF", "#63BE7B"];
export const VACANT_SCALE: [string, string] = ["#FFFFFF", "#F4B183"];

export const REPORT_TABLE_STYLE = "TableStyleMedium2";
export const SUMMARY_TABLE_STYLE = "TableStyleLight9";

/** Number formats. */
export const INTEGER_FORMAT = "#,##0";
export const ONE_DECIMAL_FORMAT = "0.0";
export const ROW_FORMAT = "0";
export const PERCENT_FORMAT = "0%";
export const MONEY_FORMAT = "#,##0.00";
export const FTE_FORMAT = "#,##0.0##";
