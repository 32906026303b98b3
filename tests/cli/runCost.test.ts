import { runCli } from "../../src/cli/runCli";
import { costCsv, csvField } from "../../src/core/cost/costJson";
import { makeTempDir, writeXlsxFile } from "../fixtures/workbookFiles";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    args,
    { LANG: "en_US.UTF-8" },
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  );
  return { code, stdout, stderr };
}

async function workbook(): Promise<string> {
  const file = temp.file("org.xlsx");
  await writeXlsxFile(file, (book) => {
    const positions = book.addWorksheet("Positions");
    positions.addRows([
      ["Position ID", "Reports To", "Department", "Name", "Base Salary", "Currency", "Location", "Start Date"],
      ["A", "", "Ops", "Ann", 600000, "CNY", "北京", null],
      ["B", "A", "=cmd|' /C calc'!A0", "Bo", 120000, "CNY", "Testville", new Date(Date.UTC(2025, 6, 20))],
      ["C", "A", "Data", "Cy", null, "CNY", "Testville", null],
    ]);
    const rates = book.addWorksheet("Rates");
    rates.addRows([
      ["Location", "Item", "Employer rate", "From", "To"],
      ["Testville", "Levy", "10%", "2025-01-01", "2025-12-31"],
    ]);
  });
  return file;
}

describe("orgwright cost", () => {
  test("JSON: currency, months, settings, totals, departments, positions with 12 months, findings", async () => {
    const { code, stdout, stderr } = await cli(["cost", await workbook(), "--year", "2025"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.currency).toBe("CNY");
    expect(json.months).toHaveLength(12);
    expect(json.months[0]).toBe("2025-01");
    expect(json.settings).toMatchObject({ year: 2025, startMonth: 1, salaryBasis: "actual", proration: "days" });
    const a = json.positions.find((p: { id: string }) => p.id === "A");
    expect(a.months[0]).toEqual({ month: "2025-01", pay: 50000, onCosts: 13654.52, total: 63654.52 });
    const b = json.positions.find((p: { id: string }) => p.id === "B");
    expect(b.months[6].pay).toBe(3870.97);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["MISSING_SALARY"]);
    const departments = json.departments.reduce((sum: number, d: { total: number }) => sum + d.total, 0);
    expect(Math.round(departments * 100)).toBe(Math.round(json.total * 100));
  });

  test("CSV: text that would be a formula is escaped; numbers stay numbers; a Total row", async () => {
    const { code, stdout } = await cli(["cost", await workbook(), "--year", "2025", "--format", "csv"]);
    expect(code).toBe(0);
    const lines = stdout
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Position ID,Department,Number of Posts,FTE,2025-01,2025-02,2025-03,2025-04,2025-05,2025-06,2025-07,2025-08,2025-09,2025-10,2025-11,2025-12,Total",
    );
    expect(lines[2].startsWith("B,'=cmd|' /C calc'!A0,1,1,0,")).toBe(true);
    expect(lines[lines.length - 1].startsWith("Total,,,,")).toBe(true);
    expect(csvField("-1")).toBe("'-1");
    expect(csvField(-1)).toBe("-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });

  test("text, in Chinese", async () => {
    let stdout = "";
    const code = await runCli(
      ["cost", await workbook(), "--year", "2025", "--format", "text", "--lang", "zh-CN"],
      {},
      {
        stdout: (t) => (stdout += t),
        stderr: () => undefined,
      },
    );
    expect(code).toBe(0);
    expect(stdout).toContain("人力成本 2025-01 – 2025-12，币种 CNY");
    expect(stdout).toContain("全年合计：¥");
    expect(stdout).toContain("MISSING_SALARY");
    // Every setting in the reader's language, the pay point too.
    expect(stdout).toContain("薪资范围取：中位值；");
    expect(stdout).not.toMatch(/：mid|：min|：max/);
  });

  test("bad options and unreadable files exit 2 with one line", async () => {
    const bad = await cli(["cost", await workbook(), "--pay-point", "median"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("“median” is not a value for --pay-point");
    const missing = await cli(["cost", temp.file("nope.xlsx")]);
    expect(missing.code).toBe(2);
  });

  test("an empty cost is a header and a Total row", () => {
    expect(
      costCsv(
        {
          currency: "",
          months: [],
          settings: {} as never,
          total: 0,
          monthTotals: [],
          onCosts: [],
          departments: [],
          positions: [],
          findings: [],
        },
        "Total",
        { id: "ID", department: "D", posts: "P", fte: "F", total: "T" },
      ),
    ).toBe("\uFEFFID,D,P,F,T\r\nTotal,,,,0\r\n");
  });
});
