import type { CellValue } from "../cells/cell";
import { trimmedText } from "../cells/trimmedText";
import type { FieldColumns } from "./fieldColumns";

/** Han characters only (a Chinese, Japanese or Korean name written without spaces). */
const HAN_ONLY = /^[\p{Script=Han}·・]+$/u;

/**
 * The holder's name from a given name and a family name (an HR export's First Name / Last Name, 名 / 姓): a name in
 * Han characters family name first with no space ("张" + "三" → "张三"), any other given name first ("Steven King").
 * Either part alone is the name; a given-name cell that already holds the family name as a word (a full name) is
 * kept as it is.
 */
export function joinNameParts(given: string, family: string): string {
  if (family === "") return given;
  if (given === "") return family;
  if (HAN_ONLY.test(given) && HAN_ONLY.test(family)) return given.startsWith(family) ? given : family + given;
  if (given.split(/\s+/).includes(family)) return given;
  return `${given} ${family}`;
}

/**
 * Reads the holder's name of a row: the Name cell, joined with the Family Name cell when the sheet has one (see
 * {@link joinNameParts}). Undefined when the sheet has neither column.
 */
export function holderNameReader(columns: FieldColumns): ((cells: readonly CellValue[]) => string) | undefined {
  const { name, familyName } = columns;
  if (familyName < 0) return name < 0 ? undefined : (cells) => trimmedText(cells, name);
  if (name < 0) return (cells) => trimmedText(cells, familyName);
  return (cells) => joinNameParts(trimmedText(cells, name), trimmedText(cells, familyName));
}
