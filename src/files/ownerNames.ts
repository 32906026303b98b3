import type { Workbook, Worksheet } from "exceljs";
import { SHEET_OWNER_NAME } from "../core/sheet/workbookSource";

/** A new GUID for a sheet's ownership tag (crypto.randomUUID where there is one). */
export function newOwnerGuid(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${hex(4)}-${hex(12)}`;
}

/**
 * Runs `write` (the workbook's serialisation) with each tagged sheet carrying the worksheet-scoped name
 * {@link SHEET_OWNER_NAME} = "GUID" — `<definedName name="Orgwright_Sheet" localSheetId="n">"GUID"</definedName>`,
 * what Excel stores for `worksheet.names.add("Orgwright_Sheet", '="GUID"')` — so that Excel's add-in recognises the
 * sheets the file adapter created. exceljs models defined names as cell ranges only (it drops constant names when
 * it loads a file), so the names are added to the model it writes, for this write only.
 */
export async function withOwnerNames<T>(
  workbook: Workbook,
  tags: readonly { worksheet: Worksheet; guid: string }[],
  write: () => Promise<T>,
): Promise<T> {
  const names = workbook.definedNames as unknown as { model: unknown[] };
  const inherited = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), "model");
  const order = workbook.worksheets;
  const extra = tags
    .map(({ worksheet, guid }) => ({ index: order.indexOf(worksheet), guid }))
    .filter(({ index, guid }) => index >= 0 && /^[0-9a-f-]+$/i.test(guid))
    .map(({ index, guid }) => ({ name: SHEET_OWNER_NAME, localSheetId: index, ranges: [`"${guid}"`] }));
  if (extra.length === 0 || !inherited?.get) return write();
  Object.defineProperty(names, "model", {
    configurable: true,
    get: () => [...(inherited.get!.call(names) as unknown[]), ...extra],
    set: (value: unknown) => inherited.set?.call(names, value),
  });
  try {
    return await write();
  } finally {
    delete (names as { model?: unknown }).model;
  }
}
