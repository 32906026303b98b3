import type { Finding } from "../../../src/core/findings/finding";
import { countFindingsByPosition } from "../../../src/core/rollup/countFindings";
import { unitOrg } from "./rollupOrgs";

function finding(severity: Finding["severity"], ids: string[], sheet?: string): Finding {
  return { code: "SPAN_TOO_WIDE", severity, rows: [], ids, params: {}, ...(sheet ? { sheet } : {}) };
}

describe("countFindingsByPosition(model, findings)", () => {
  const model = unitOrg([{ id: "A" }, { id: "B", reportsTo: "A" }, { id: "C", reportsTo: "A" }]);

  test("counts each finding once per position it names, errors and warnings only by default", () => {
    const counts = countFindingsByPosition(model, [
      finding("error", ["A", "B", "A"]),
      finding("warning", ["B"]),
      finding("info", ["C"]),
      finding("warning", ["nobody"]),
      finding("warning", ["C"], "Capabilities"),
    ]);
    expect([...counts]).toEqual([1, 2, 0]);
  });

  test("counts the severities asked for", () => {
    expect([...countFindingsByPosition(model, [finding("info", ["C"])], ["info"])]).toEqual([0, 0, 1]);
  });
});
