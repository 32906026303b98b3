/**
 * An .xlsx read without exceljs: the zip opened with JSZip, the parts parsed with @xmldom/xmldom, so
 * the tests see what Excel would find in the file, not what the writer believes it wrote.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface XlsxParts {
  sheetNames: string[];
  /** The worksheet part of a sheet. */
  sheet(name: string): Promise<Document>;
  /** The table parts of a sheet. */
  tables(name: string): Promise<Document[]>;
  styles(): Promise<Document>;
}

export function elements(parent: Document | Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(MAIN, localName) as unknown as ArrayLike<Element>);
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const part of target.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

export async function openXlsxParts(bytes: Uint8Array): Promise<XlsxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (path: string): Promise<Document> => {
    const file = zip.file(path);
    if (!file) throw new Error(`no part ${path}`);
    return new DOMParser().parseFromString(await file.async("string"), "application/xml");
  };
  /** Relationship id → target path, for a part. */
  const relationships = async (part: string): Promise<Map<string, string>> => {
    const relsPath = resolveTarget(part, `_rels/${part.split("/").pop()}.rels`);
    const map = new Map<string, string>();
    if (!zip.file(relsPath)) return map;
    const rels = await xml(relsPath);
    for (const rel of Array.from(rels.getElementsByTagName("Relationship") as unknown as ArrayLike<Element>))
      map.set(rel.getAttribute("Id")!, resolveTarget(part, rel.getAttribute("Target")!));
    return map;
  };
  const workbook = await xml("xl/workbook.xml");
  const workbookRels = await relationships("xl/workbook.xml");
  const sheetPaths = new Map<string, string>();
  for (const sheet of elements(workbook, "sheet"))
    sheetPaths.set(sheet.getAttribute("name")!, workbookRels.get(sheet.getAttributeNS(RELATIONSHIPS, "id")!)!);
  const sheetPath = (name: string) => {
    const path = sheetPaths.get(name);
    if (!path) throw new Error(`no sheet ${name}`);
    return path;
  };
  return {
    sheetNames: [...sheetPaths.keys()],
    sheet: (name) => xml(sheetPath(name)),
    tables: async (name) => {
      const path = sheetPath(name);
      const rels = await relationships(path);
      const parts = elements(await xml(path), "tablePart");
      return Promise.all(parts.map((part) => xml(rels.get(part.getAttributeNS(RELATIONSHIPS, "id")!)!)));
    },
    styles: () => xml("xl/styles.xml"),
  };
}

/** The `<c>` element of a cell ("G7"), if the sheet has one. */
export function cellElement(sheet: Document, address: string): Element | undefined {
  return elements(sheet, "c").find((cell) => cell.getAttribute("r") === address);
}

/** The text of the first child element of that name. */
export function childText(parent: Element, localName: string): string | undefined {
  return elements(parent, localName)[0]?.textContent ?? undefined;
}
