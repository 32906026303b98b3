import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import { checkOrg } from "../../../src/core/checks/checkOrg";
import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { makeGrid } from "../makeGrid";

const N = 100_000;
const HEADER = ["Position ID", "Title", "Reports To", "Name", "Grade"];

function modelOf(rows: CellValue[][]): OrgModel {
  return buildOrgModel(makeGrid(HEADER, rows)).model;
}

// Correctness at scale only: timings belong to `npm run bench`, never to tests.
describe("checkOrg at 100,000 positions", () => {
  it("handles a chain 100,000 layers deep without recursion", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < N; i++) rows.push([`P${i}`, "Step", i === 0 ? null : `P${i - 1}`, `Person ${i}`, "P5"]);
    const model = modelOf(rows);
    const checks = checkOrg(model, DEFAULT_ORG_RULES);
    const count = (code: string) => checks.findings.filter((f) => f.code === code).length;
    // Every position but the last manages one: too narrow; every middle link is a one-over-one;
    // every report has the same grade as its manager; one finding lists the 99,993 positions below layer 7.
    expect(count("SPAN_TOO_NARROW")).toBe(N - 1);
    expect(count("SINGLE_REPORT_CHAIN")).toBe(N - 2);
    expect(count("GRADE_INVERSION")).toBe(N - 1);
    const layers = checks.findings.filter((f) => f.code === "LAYERS_EXCEEDED");
    expect(layers).toHaveLength(1);
    expect(layers[0].ids).toHaveLength(N - 7);
    expect(layers[0].ids[0]).toBe("P7");
    expect(layers[0].params.below).toBe(N - 8);
    expect(checks.layers.layers).toHaveLength(N);
    expect(checks.spans).toMatchObject({ managers: N - 1, median: 1, mean: 1, widest: 1 });
    // Deterministic: a second run gives the same (compared as JSON: a deep diff of 300,000 findings is slow).
    expect(JSON.stringify(checkOrg(model, DEFAULT_ORG_RULES)) === JSON.stringify(checks)).toBe(true);
  });

  it("handles a star of 100,000", () => {
    const rows: CellValue[][] = [["TOP", "Chief", null, "Boss", "M5"]];
    for (let i = 1; i < N; i++) rows.push([`P${i}`, "Agent", "TOP", `Person ${i}`, "P3"]);
    const model = modelOf(rows);
    const checks = checkOrg(model, DEFAULT_ORG_RULES);
    expect(checks.findings.map((f) => [f.code, f.ids, f.params.span])).toEqual([["SPAN_TOO_WIDE", ["TOP"], N - 1]]);
    expect(checks.spans).toMatchObject({ managers: 1, median: N - 1, mean: N - 1, widest: N - 1 });
    expect(checks.spans.bands[5].managers).toBe(1);
    expect(checks.layers.layers).toEqual([
      { layer: 1, positions: 1, fte: 1, managers: 1, averageSpan: N - 1 },
      { layer: 2, positions: N - 1, fte: N - 1, managers: 0, averageSpan: null },
    ]);
    expect(JSON.stringify(checkOrg(model, DEFAULT_ORG_RULES)) === JSON.stringify(checks)).toBe(true);
  });

  it("finds nothing in a healthy org of 100,000", () => {
    // Fan-out 7: layers of 1, 7, 49, 343, 2,401, 16,807 and then 80,392 positions on layer 7; grades P9 down to P3.
    const depth = new Int32Array(N);
    const rows: CellValue[][] = [["P0", "Head", null, "Boss", "P9"]];
    for (let i = 1; i < N; i++) {
      const parent = Math.floor((i - 1) / 7);
      depth[i] = depth[parent] + 1;
      rows.push([`P${i}`, "Role", `P${parent}`, `Person ${i}`, `P${9 - depth[i]}`]);
    }
    const model = modelOf(rows);
    const checks = checkOrg(model, DEFAULT_ORG_RULES);
    expect(checks.findings).toEqual([]);
    expect(checks.layers.layers.map((l) => l.positions)).toEqual([1, 7, 49, 343, 2401, 16807, 80392]);
    // 1 + 7 + … + 2,401 managers of 7, then 80,392 / 7 = 11,484 managers of 7 and one of 4.
    expect(checks.spans).toMatchObject({ managers: 2801 + 11485, widest: 7, median: 7 });
    expect(checks.spans.bands.map((b) => b.managers)).toEqual([0, 0, 14286, 0, 0, 0]);
  });
});
