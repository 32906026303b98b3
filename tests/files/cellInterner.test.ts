import Papa from "papaparse";
import { CellInterner } from "../../src/files/cellInterner";
import { readCsv } from "../../src/files/readCsv";

/** A small deterministic PRNG (mulberry32), so the text below is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** CSV text with columns that repeat and columns that do not, long and short cells, quotes, CJK, line breaks. */
function sampleCsv(rows: number): string {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const departments = ["Engineering", "Customer Service and Support", "研发中心", "Sales, North", 'The "Ops" team'];
  const lines = ["ID,Department,Name,Notes,Capabilities"];
  for (let r = 0; r < rows; r++) {
    const department = pick(departments);
    const name = `${pick(["Chloé", "王", "Michael", "Ana María"])} ${Math.floor(next() * 1e6)}`;
    const notes = next() < 0.1 ? `"line one\r\nline two, ${r}"` : next() < 0.5 ? "" : `note ${Math.floor(next() * 50)}`;
    const capabilities = pick(["Product training; Growth planning", "审核、申诉", "", "x"]);
    const quoted = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    lines.push([`P${r}`, quoted(department), quoted(name), notes, quoted(capabilities)].join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

describe("reading a CSV with shared cells (CellInterner)", () => {
  test("gives exactly the cells papaparse reads, past the columns' sample", () => {
    const text = sampleCsv(12_000);
    const plain = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data;
    plain.pop(); // the empty record after the last line end, which readCsv drops too
    expect(readCsv(text, "t").rows).toEqual(plain);
  });

  test("changes no cell's text, whether the column repeats or not", () => {
    const interner = new CellInterner();
    const long = "a long cell of more than thirteen characters";
    for (let r = 0; r < 5000; r++) {
      const row = [`id ${r} with a long tail`, "Engineering", long, "", "x"];
      expect(interner.row([...row])).toEqual(row);
    }
  });
});
