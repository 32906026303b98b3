import { runCli } from "../../src/cli/runCli";
import type { CheckJson } from "../../src/cli/toCheckJson";
import { UK_ORGANOGRAM_HEADER, UK_ORGANOGRAM_ROWS } from "../fixtures/ukOrganogram";
import { makeTempDir, writeBytesFile, writeXlsxFile } from "../fixtures/workbookFiles";

const temp = makeTempDir();
afterAll(() => temp.remove());

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const status = await runCli(argv, {}, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

function csvOf(rows: (string | number)[][]): string {
  const quote = (cell: string | number) =>
    /[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell);
  return rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

describe("a UK senior-staff organogram, read as its publishers mean it", () => {
  let xlsx = "";
  let csv = "";
  beforeAll(async () => {
    xlsx = temp.file("organogram-senior.xlsx");
    await writeXlsxFile(xlsx, (workbook) => {
      const sheet = workbook.addWorksheet("(final data) senior");
      sheet.addRow(UK_ORGANOGRAM_HEADER);
      for (const row of UK_ORGANOGRAM_ROWS) sheet.addRow(row);
    });
    csv = temp.file("organogram-senior.csv");
    writeBytesFile(csv, csvOf([UK_ORGANOGRAM_HEADER, ...UK_ORGANOGRAM_ROWS]));
  });

  it.each([["xlsx"], ["csv"]])(
    "from a real .%s: headers without mapping, XX tops, N/D holders, a job share, a collision",
    async (kind) => {
      const { status, stdout, stderr } = await run(["check", kind === "xlsx" ? xlsx : csv]);
      expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
      const result = JSON.parse(stdout) as CheckJson;
      expect(result.columns).toMatchObject({
        id: "Post Unique Reference",
        reportsTo: "Reports to Senior Post",
        title: "Job Title",
        name: "Name",
        grade: "Grade (or equivalent)",
        department: "Organisation",
        team: "Unit",
        fte: "FTE",
        baseSalary: "Actual Pay Floor (£)",
      });
      // 11 rows: the pasted row and the job share's second holder are in findings; everyone else is a position.
      expect(result.accounting).toEqual({ rowsRead: 11, positions: 9, rowsOnlyInFindings: 2, blankRowsSkipped: 0 });
      // The Permanent Secretary does not vanish: kept as "001 (2)", a top of its own (who reports to "001" cannot be told).
      expect(result.roots).toEqual(["001", "001 (2)"]);
      const byCode = (code: string) => result.findings.filter((finding) => finding.code === code);
      expect(byCode("UNKNOWN_MANAGER")).toEqual([]);
      expect(byCode("MANAGER_PLACEHOLDER")).toMatchObject([
        { severity: "info", rows: [2, 10], ids: ["001", "001 (2)"] },
      ]);
      expect(byCode("MULTIPLE_ROOTS")).toMatchObject([{ severity: "warning", ids: ["001", "001 (2)"] }]);
      expect(byCode("DUPLICATE_ID")).toMatchObject([
        { severity: "error", rows: [2, 10], ids: ["001", "001 (2)"] },
        { severity: "error", rows: [8, 9], ids: ["D22"] },
      ]);
      expect(byCode("DUPLICATE_ID")[0].message).toContain("“001 (2)” (10)");
      expect(byCode("SHARED_POST")).toMatchObject([{ severity: "info", rows: [5, 6], ids: ["D11"] }]);
      expect(byCode("SHARED_POST")[0].message).toContain("Priya Patel, Tom Green");
      expect(byCode("SHARED_POST_OVER_FTE")).toMatchObject([{ severity: "warning", rows: [5, 6] }]);
      // Pay floors read as salaries, the job share's added up; "N/A" pay is an unreadable number, not a crash.
      expect(byCode("INVALID_NUMBER")).toMatchObject([{ rows: [7], ids: ["D21"] }]);
      expect(result.summary.error).toBe(2);
    },
  );

  it("prints the same as text, in Chinese too", async () => {
    const { status, stdout } = await run(["check", xlsx, "--format", "text"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/MANAGER_PLACEHOLDER/);
    expect(stdout).toMatch(/SHARED_POST .*D11/);
    expect(stdout).not.toMatch(/UNKNOWN_MANAGER/);
    const zh = await run(["check", xlsx, "--format", "text", "--lang", "zh-CN"]);
    expect(zh.stdout).toMatch(/占位符/);
    expect(zh.stdout).toMatch(/“001 \(2\)”/);
  });
});
