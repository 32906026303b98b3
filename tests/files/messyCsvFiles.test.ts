import { openWorkbookFile } from "../../src/files/openWorkbookFile";
import { loadWorkbook } from "../../src/pipeline/loadWorkbook";

/** Opens a file's bytes and analyses it as the command line does. */
async function analyse(name: string, bytes: Uint8Array) {
  const opened = await openWorkbookFile(bytes, name);
  if (!opened.ok) throw new Error(`could not open ${name}: ${opened.problem.code}`);
  const loaded = await loadWorkbook(opened.source, { lang: "en", cost: false });
  if (!loaded.ok) throw new Error(`could not read ${name}: ${loaded.problem.code}`);
  return loaded.loaded.analysis;
}

const CHINESE = "岗位编号,岗位名称,汇报对象,姓名,年薪\nP1,总经理,,王伟,1200000\nP2,财务总监,P1,李娜,600000\n";

function utf16be(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xfe;
  bytes[1] = 0xff;
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) >> 8;
    bytes[3 + i * 2] = text.charCodeAt(i) & 0xff;
  }
  return bytes;
}

describe("CSV files as real users save them, read end to end", () => {
  it("reads UTF-16BE with a byte-order mark", async () => {
    const analysis = await analyse("岗位.csv", utf16be(CHINESE));
    expect(analysis.model.positions.map((p) => [p.id, p.title, p.reportsTo, p.baseSalary])).toEqual([
      ["P1", "总经理", "", 1200000],
      ["P2", "财务总监", "P1", 600000],
    ]);
  });

  it("reads a tab-separated .tsv file", async () => {
    const analysis = await analyse("positions.tsv", new TextEncoder().encode(CHINESE.replace(/,/g, "\t")));
    expect(analysis.model.positions.map((p) => p.name)).toEqual(["王伟", "李娜"]);
  });

  it("reads a European Excel CSV (`;`, decimal commas, dots grouping thousands) as its owner means it", async () => {
    const text = "Position ID;Title;Reports To;Name;FTE;Salary\n1;CEO;;Ann;1;120.000,50\n2;CFO;1;Bob;0,5;80.000\n";
    const analysis = await analyse("europe.csv", new TextEncoder().encode(text));
    expect(analysis.model.positions.map((p) => [p.fte, p.baseSalary])).toEqual([
      [1, 120000.5],
      [0.5, 80000],
    ]);
    expect(analysis.findings.map((f) => f.code)).toContain("DECIMAL_COMMA");
  });

  it("reads currencies, thousands separators, 万 and FTE as a percentage from text cells", async () => {
    const text = [
      "Position ID,Title,Reports To,Name,FTE,Salary",
      '1,CEO,,Ann,100%,"¥1,200,000"',
      '2,CFO,1,Bob,50%,"RMB 600,000"',
      '3,Dev,1,Cy,1,"12,000元"',
      "4,Ops,1,Di,1,1.2万",
      "5,UK,1,Ed,1,£30k",
    ].join("\n");
    const analysis = await analyse("money.csv", new TextEncoder().encode(text));
    expect(analysis.model.positions.map((p) => [p.fte, p.baseSalary])).toEqual([
      [1, 1200000],
      [0.5, 600000],
      [1, 12000],
      [1, 12000],
      [1, 30000],
    ]);
    expect(analysis.findings.map((f) => f.code)).not.toContain("INVALID_NUMBER");
  });
});
