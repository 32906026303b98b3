import { ByteCellTable, MAX_SHARED_TEXTS } from "../../src/files/byteCellTable";
import { Utf8Text } from "../../src/files/utf8Text";

const encoder = new TextEncoder();

/**
 * A column of cells laid end to end in one byte array, read back through a table while it shares (as the CSV reader
 * does); `sharedCells` is how many cells were read through it before it gave up.
 */
function readColumn(cells: readonly string[]): { table: ByteCellTable; texts: string[]; sharedCells: number } {
  const encoded = cells.map((cell) => encoder.encode(cell));
  const bytes = new Uint8Array(encoded.reduce((sum, cell) => sum + cell.length, 0));
  let at = 0;
  const spans = encoded.map((cell) => {
    bytes.set(cell, at);
    at += cell.length;
    return [at - cell.length, at];
  });
  const table = new ByteCellTable(bytes, new Utf8Text(bytes));
  const texts: string[] = [];
  let sharedCells = 0;
  for (let i = 0; i < cells.length; i++) {
    if (!table.sharing) break;
    const [start, end] = spans[i];
    texts.push(
      table.text(
        start,
        end,
        encoded[i].every((byte) => byte < 0x80),
      ),
    );
    sharedCells++;
  }
  return { table, texts, sharedCells };
}

describe("ByteCellTable", () => {
  it("gives a column's repeated texts back as read, and keeps sharing while they repeat", () => {
    const cells = Array.from({ length: 20_000 }, (_, i) => ["Engineering", "财务部", "Sales & Ops"][i % 3]);
    const { table, texts } = readColumn(cells);
    expect(texts).toEqual(cells);
    expect(table.sharing).toBe(true);
  });

  it("gives up on a column of mostly different texts (IDs) after its first sample", () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => `P${String(i).padStart(7, "0")}`);
    const { table, texts, sharedCells } = readColumn(cells);
    expect(texts).toEqual(cells.slice(0, sharedCells));
    expect(table.sharing).toBe(false);
    expect(sharedCells).toBe(4096);
  });

  it("gives up on a column once it holds MAX_SHARED_TEXTS different texts, however often they repeat", () => {
    // Each name three times in a row: a third of the cells are new texts, well under the share that gives up.
    const cells = Array.from({ length: (MAX_SHARED_TEXTS + 10) * 3 }, (_, i) => `Name ${Math.floor(i / 3)}`);
    const { table, texts, sharedCells } = readColumn(cells);
    expect(table.sharing).toBe(false);
    // The text that went over the limit is still given back, then the table is done.
    expect(sharedCells).toBe(3 * MAX_SHARED_TEXTS + 1);
    expect(texts).toEqual(cells.slice(0, sharedCells));
  });

  it("tells apart texts that differ in one byte anywhere, within or after the bytes compared four at a time", () => {
    const texts: string[] = [];
    for (const length of [2, 3, 4, 5, 7, 8, 9, 13])
      for (let at = 0; at < length; at++) {
        const base = "abcdefghijklm".slice(0, length);
        texts.push(base, base.slice(0, at) + "Z" + base.slice(at + 1), base.slice(0, at) + "é" + base.slice(at + 1));
      }
    // Each text many times over, in turn: every cell after the first round is found in the table.
    const cells = Array.from({ length: texts.length * 20 }, (_, i) => texts[i % texts.length]);
    const { table, texts: read } = readColumn(cells);
    expect(table.sharing).toBe(true);
    expect(read).toEqual(cells);
  });
});
