import { atMost, formatChecks } from "../../bench/benchSuite";
import { SUITES } from "../../bench/suites";

describe("the suites of npm run bench", () => {
  test("every bench is registered once, under a lower-case name --suites can select", () => {
    const names = SUITES.map((suite) => suite.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+$/);
    expect(names).toEqual(
      expect.arrayContaining(["model", "layout", "chart", "sheet", "cost", "costsheet", "export", "pane"]),
    );
  });

  test("the browser suites say they need Chromium (the runner skips them when it is absent); the others do not", () => {
    const needing = SUITES.filter((suite) => suite.needs === "chromium").map((suite) => suite.name);
    expect(needing.sort()).toEqual(["chart", "pane"]);
  });
});

describe("one results format", () => {
  test("atMost judges ≤ the limit and writes figure and target with the unit", () => {
    expect(atMost("cost at 100k", 150, 150, "ms", 0)).toEqual({
      label: "cost at 100k",
      measured: "150 ms",
      target: "≤ 150 ms",
      verdict: "PASS",
    });
    expect(atMost("ratio", 0.51, 0.5, "×", 2)).toMatchObject({ measured: "0.51×", target: "≤ 0.50×", verdict: "MISS" });
  });

  test("formatChecks gives one Markdown table, misses in bold", () => {
    const table = formatChecks([atMost("a", 1, 2, "ms"), atMost("b", 3, 2, "ms")]);
    expect(table.split("\n")).toEqual([
      "| target | measured | target | verdict |",
      "|---|---:|---:|---|",
      "| a | 1.0 ms | ≤ 2.0 ms | PASS |",
      "| b | 3.0 ms | ≤ 2.0 ms | **MISS** |",
    ]);
    expect(formatChecks([])).toBe("");
  });
});
