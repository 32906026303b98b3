import Papa from "papaparse";
import { decodeText } from "../../src/files/decodeText";
import { readCsv } from "../../src/files/readCsv";
import { readCsvBytes } from "../../src/files/readCsvBytes";

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/** The rows as read before there was a byte reader: the bytes decoded, then papaparse (readCsv). */
const asText = (bytes: Uint8Array) => readCsv(decodeText(bytes), "t").rows;

/** A small deterministic PRNG (mulberry32), so every run tries the same inputs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces cells are made of: plain text, CJK, an emoji (4 UTF-8 bytes), and every character CSV quoting is for. */
const PIECES = [
  "a",
  "Lead",
  "P001",
  "120000",
  "2024-03-01",
  "审核",
  "岗位",
  "😀",
  "é",
  " ",
  '"',
  ",",
  ";",
  "\t",
  "\r",
  "\n",
];
const NEWLINES = ["\r\n", "\n", "\r"];
const DELIMITERS = [",", ";", "\t"];

/** Text of one cell from random pieces (often empty, sometimes long). */
function randomCell(next: () => number): string {
  const length = next() < 0.15 ? 0 : Math.floor(next() * (next() < 0.1 ? 30 : 5));
  let text = "";
  for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

/** A well-formed CSV (RFC 4180 quoting wherever a cell needs it, sometimes where it does not). */
function randomCsv(next: () => number): string {
  const newline = NEWLINES[Math.floor(next() * NEWLINES.length)];
  const delimiter = DELIMITERS[Math.floor(next() * DELIMITERS.length)];
  const columns = 1 + Math.floor(next() * 6);
  const rows = 1 + Math.floor(next() * 30);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    if (r > 0 && next() < 0.05) {
      lines.push("");
      continue;
    }
    const cells: string[] = [];
    // A header of plain names (so the delimiter is guessed from it), then random cells.
    for (let c = 0; c < columns; c++) {
      const text = r === 0 ? `H${c}` : randomCell(next);
      const mustQuote = /[",;\t\r\n]/.test(text) || text.startsWith(" ");
      cells.push(mustQuote || next() < 0.1 ? `"${text.replace(/"/g, '""')}"` : text);
    }
    lines.push(cells.join(delimiter));
  }
  const bom = next() < 0.2 ? "\ufeff" : "";
  // A single record ends with a line end (one without is given back: see below).
  return bom + lines.join(newline) + (rows === 1 || next() < 0.7 ? newline : "");
}

describe("readCsvBytes(bytes, sheetName)", () => {
  it("reads the rows papaparse reads from the decoded text, on 2,000 random well-formed files", () => {
    const next = random(2026);
    for (let k = 0; k < 2000; k++) {
      const text = randomCsv(next);
      const bytes = utf8(text);
      const grid = readCsvBytes(bytes, "t");
      // Well-formed and UTF-8: always read from the bytes, never handed back to the text reader.
      if (grid === undefined) throw new Error(`not read from bytes: ${JSON.stringify(text)}`);
      expect(grid.rows).toEqual(asText(bytes));
    }
  });

  it("reads the same in a browser, where there is no Node Buffer to decode with (a TextDecoder does)", () => {
    const global = globalThis as { Buffer?: unknown };
    const nodeBuffer = global.Buffer;
    const next = random(77);
    try {
      global.Buffer = undefined;
      for (let k = 0; k < 300; k++) {
        const bytes = utf8(randomCsv(next));
        expect(readCsvBytes(bytes, "t")?.rows).toEqual(asText(bytes));
      }
    } finally {
      global.Buffer = nodeBuffer;
    }
  });

  it("gives a file back to the text reader, or reads what it reads, when the bytes are changed at random", () => {
    // Malformed quoting (a quote removed, added or moved) and broken UTF-8 (a byte changed).
    const next = random(9);
    let declined = 0;
    for (let k = 0; k < 2000; k++) {
      const bytes = utf8(randomCsv(next));
      const at = Math.floor(next() * bytes.length);
      const choice = next();
      bytes[at] = choice < 0.5 ? 0x22 : choice < 0.7 ? 0x0a : choice < 0.85 ? 0xe5 : 0x80;
      const grid = readCsvBytes(bytes, "t");
      if (grid === undefined) declined++;
      else expect(grid.rows).toEqual(asText(bytes));
    }
    // Most of them are still read from the bytes (a quote in the middle of a cell is text, as papaparse reads it).
    expect(declined).toBeLessThan(1500);
  });

  it("matches papaparse on hand-made tricky files", () => {
    const files = [
      'ID,Capabilities,Title\r\n1,"审核, 申诉\r\n复核","Lead ""A"""\r\n2,x,y\r\n',
      '"Position\nID",Reports To\r\n1,\r\n',
      'a,b\r\n"",""\r\n""""," "" "\r\n',
      'a,b\r\nx"y,z"\r\n',
      "a,b\r\n1,2\n3,4\r\n",
      "a;b\n1;2,5\n",
      "a\tb\r\n1\t2",
      "ID,Name\n\n1,王小明\n\n",
      'ID,Note\n1,"😀 and 𠀀"\n',
      "ID,Name\r\n1,Chloé\r\n",
    ];
    for (const text of files) {
      const bytes = utf8(text);
      expect(readCsvBytes(bytes, "t")?.rows).toEqual(asText(bytes));
      const papa = Papa.parse<string[]>(decodeText(bytes), { header: false, skipEmptyLines: false }).data;
      if (papa.at(-1)?.length === 1 && papa.at(-1)?.[0] === "") papa.pop();
      if (text.includes(",") && !text.includes(";") && !text.includes("\t")) expect(asText(bytes)).toEqual(papa);
    }
  });

  it("drops one byte-order mark, and a second one as the text reader does", () => {
    const once = new Uint8Array([...BOM, ...utf8("岗位编号,汇报对象\r\n1,\r\n")]);
    expect(readCsvBytes(once, "t")?.rows).toEqual([
      ["岗位编号", "汇报对象"],
      ["1", ""],
    ]);
    const twice = new Uint8Array([...BOM, ...BOM, ...utf8("ID\n1\n")]);
    expect(readCsvBytes(twice, "t")?.rows).toEqual(asText(twice));
  });

  it("gives back GB18030 and UTF-16 files, single lines and quotes papaparse reads leniently", () => {
    // "部门,岗位编号\r\n" in GBK: not UTF-8.
    const gbk = Uint8Array.from([0xb2, 0xbf, 0xc3, 0xc5, 0x2c, 0xb8, 0xda, 0xce, 0xbb, 0xb1, 0xe0, 0xba, 0xc5, 13, 10]);
    expect(readCsvBytes(gbk, "t")).toBeUndefined();
    expect(readCsvBytes(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x0a, 0]), "t")).toBeUndefined();
    expect(readCsvBytes(utf8("ID,Reports To"), "t")).toBeUndefined();
    expect(readCsvBytes(utf8('ID,Name\n1,"open\n'), "t")).toBeUndefined();
    expect(readCsvBytes(utf8('ID,Name\n1,"Ann" Lee\n'), "t")).toBeUndefined();
  });

  it("reads an empty file, or one holding only a byte-order mark, as no rows", () => {
    expect(readCsvBytes(new Uint8Array(), "t")?.rows).toEqual([]);
    expect(readCsvBytes(Uint8Array.from(BOM), "t")?.rows).toEqual([]);
  });

  it("reads every cell of a sheet past its columns' sample (repeated cells shared, others decoded)", () => {
    const lines = ["ID,Department,Name"];
    for (let r = 0; r < 10_000; r++) lines.push(`P${r},${r % 2 ? "Engineering" : '"Sales, North"'},Name ${r}`);
    const bytes = utf8(lines.join("\r\n") + "\r\n");
    const rows = readCsvBytes(bytes, "t")!.rows;
    expect(rows).toEqual(asText(bytes));
    expect(rows[9_999][1]).toBe("Sales, North");
  });
});
