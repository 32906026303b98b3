import { buildOrgModel } from "../../src/core/buildOrgModel";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";
import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { makeTempDir, writeBytesFile } from "../fixtures/workbookFiles";

const temp = makeTempDir();
afterAll(() => temp.remove());

const hex = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .map((byte) => parseInt(byte, 16));
const ascii = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));

async function readCsvFile(name: string, content: Uint8Array | string): Promise<SheetGrid> {
  const bytes = writeBytesFile(temp.file(name), content);
  const opened = await openWorkbookFile(bytes, name);
  if (!opened.ok) throw new Error(`could not open ${name}: ${opened.problem.code}`);
  expect(await opened.source.listSheets()).toEqual([name.replace(/\.[^.]+$/, "")]);
  const read = await opened.source.readPositions();
  if (!read.ok) throw new Error(`could not read ${name}: ${read.problem.code}`);
  return read.grid;
}

describe("openWorkbookFile(bytes, name) on .csv files", () => {
  it("reads UTF-8 with BOM, CRLF line ends and Chinese text; the one sheet is named after the file", async () => {
    const text =
      '\ufeff岗位编号,岗位名称,汇报对象,年薪\r\nP001,运营中心负责人,,900000\r\nP002,内容审核组长,P001,"420,000"\r\n';
    const grid = await readCsvFile("岗位表.csv", text);
    expect(grid).toEqual({
      sheetName: "岗位表",
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["岗位编号", "岗位名称", "汇报对象", "年薪"],
        ["P001", "运营中心负责人", "", "900000"],
        ["P002", "内容审核组长", "P001", "420,000"],
      ],
    });
    const analysis = buildOrgModel(grid, { lang: "zh-CN" });
    expect(analysis.model.positions.map((position) => position.baseSalary)).toEqual([900000, 420000]);
  });

  it("reads GB18030/GBK bytes as Chinese Excel on Windows saves them", async () => {
    // 岗位编号,岗位名称,汇报对象\r\nP001,运营中心负责人,\r\nP002,内容审核,P001\r\n in GBK.
    const bytes = new Uint8Array([
      ...hex("B8 DA CE BB B1 E0 BA C5"),
      ...ascii(","),
      ...hex("B8 DA CE BB C3 FB B3 C6"),
      ...ascii(","),
      ...hex("BB E3 B1 A8 B6 D4 CF F3"),
      ...ascii("\r\n"),
      ...ascii("P001,"),
      ...hex("D4 CB D3 AA D6 D0 D0 C4 B8 BA D4 F0 C8 CB"),
      ...ascii(",\r\n"),
      ...ascii("P002,"),
      ...hex("C4 DA C8 DD C9 F3 BA CB"),
      ...ascii(",P001\r\n"),
    ]);
    const grid = await readCsvFile("gbk.csv", bytes);
    expect(grid.rows).toEqual([
      ["岗位编号", "岗位名称", "汇报对象"],
      ["P001", "运营中心负责人", ""],
      ["P002", "内容审核", "P001"],
    ]);
    const analysis = buildOrgModel(grid);
    expect(analysis.columns.missing).toEqual([]);
    expect(analysis.model.positions.map((position) => position.id)).toEqual(["P001", "P002"]);
  });

  it("reads a semicolon-delimited file (European Excel)", async () => {
    const grid = await readCsvFile(
      "semicolon.csv",
      "Position ID;Reports To;Base Salary\nP001;;900000,50\nP002;P001;420000\n",
    );
    expect(grid.rows).toEqual([
      ["Position ID", "Reports To", "Base Salary"],
      ["P001", "", "900000,50"],
      ["P002", "P001", "420000"],
    ]);
  });

  it("keeps quoted line breaks inside a cell, so later rows keep their Excel row numbers", async () => {
    const grid = await readCsvFile(
      "quoted.csv",
      'Position ID,Title,Reports To\r\nP001,"Head of\r\nOperations",\r\nP002,"Lead, ""Trust & Safety""",P999\r\n',
    );
    expect(grid.rows[1]).toEqual(["P001", "Head of\r\nOperations", ""]);
    expect(grid.rows[2]).toEqual(["P002", 'Lead, "Trust & Safety"', "P999"]);
    const unknown = buildOrgModel(grid).findings.find((finding) => finding.code === "UNKNOWN_MANAGER");
    expect(unknown).toMatchObject({ rows: [3], ids: ["P002"] });
  });

  it("reads UTF-16LE tab-separated text (Excel's Unicode text)", async () => {
    const text = "岗位编号\t汇报对象\r\nP001\t\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
    const grid = await readCsvFile("unicode.txt", bytes);
    expect(grid.rows).toEqual([
      ["岗位编号", "汇报对象"],
      ["P001", ""],
    ]);
  });

  it("names the sheet as Excel allows, so the file can be saved as .xlsx", async () => {
    const opened = await openWorkbookFile(
      writeBytesFile(temp.file("org [2024].csv"), "ID,Reports To\n1,\n"),
      "org [2024].csv",
    );
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(await opened.source.listSheets()).toEqual(["org _2024_"]);
    expect((await opened.source.toXlsx()).length).toBeGreaterThan(0);
  });

  it("reads an empty file as one sheet with no rows", async () => {
    const grid = await readCsvFile("empty.csv", "");
    expect(grid.rows).toEqual([]);
  });
});
