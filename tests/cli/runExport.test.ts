import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/runCli";

jest.setTimeout(120_000);

function capture() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    output: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) },
  };
}

describe("orgwright export", () => {
  const dir = mkdtempSync(join(tmpdir(), "orgwright-cli-export-"));
  const workbook = join(dir, "sample.xlsx");

  beforeAll(async () => {
    expect(await runCli(["sample", "--out", workbook, "--lang", "zh-CN"], {}, capture().output)).toBe(0);
  });

  test("writes an SVG of a subtree to the depth asked, in Chinese, and says so", async () => {
    const { out, output } = capture();
    const file = join(dir, "chart.svg");
    const status = await runCli(
      [
        "export",
        workbook,
        "--out",
        file,
        "--root",
        "OC-001",
        "--depth",
        "2",
        "--orientation",
        "left-right",
        "--lang",
        "zh-CN",
      ],
      {},
      output,
    );
    expect(out.stderr).toBe("");
    expect(status).toBe(0);
    expect(out.stdout).toMatch(/已写入 .*chart\.svg/);
    const svg = readFileSync(file, "utf8");
    expect(svg).toContain("<svg");
    expect(svg).toContain("组织架构图");
  });

  test("fails with one line and status 2 on an unknown format, a bad value or a root not in the data", async () => {
    for (const args of [
      ["export", workbook, "--out", join(dir, "chart.docx")],
      ["export", workbook, "--out", join(dir, "chart.svg"), "--view", "sideways"],
      ["export", workbook, "--out", join(dir, "chart.svg"), "--depth", "0"],
      ["export", workbook, "--out", join(dir, "nope.svg"), "--root", "NOT-AN-ID"],
    ]) {
      const { out, output } = capture();
      expect(await runCli([...args, "--lang", "en"], {}, output)).toBe(2);
      expect(out.stderr.trim()).not.toBe("");
    }
    expect(existsSync(join(dir, "nope.svg"))).toBe(false);
  });
});
