import { checkOrg } from "../../../src/core/checks/checkOrg";
import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import { emptyOrgModel } from "../../../src/core/model/emptyOrgModel";
import { craftOrg, team, type CraftedPosition } from "./craftOrg";

describe("span and layer summaries", () => {
  // Three tops: T (span 4 + an assistant), X (17), Y (13). Under T: A (2), B (8, unreadable FTE), C (1), D (IC).
  const rows: CraftedPosition[] = [
    { id: "T" },
    { id: "TA", reportsTo: "T", assistant: true },
    { id: "A", reportsTo: "T", fte: 0.5 },
    { id: "B", reportsTo: "T", fte: "abc" },
    { id: "C", reportsTo: "T" },
    { id: "D", reportsTo: "T", fte: 0.8 },
    { id: "A1", reportsTo: "A" },
    { id: "A2", reportsTo: "A" },
    { id: "C1", reportsTo: "C", fte: 0.3 },
    ...team({ id: "X" }, 17),
    ...team({ id: "Y" }, 13),
  ];
  for (let k = 1; k <= 8; k++) rows.push({ id: `B${k}`, reportsTo: "B" });
  const model = craftOrg(...rows);
  const { spans, layers, span } = checkOrg(model, DEFAULT_ORG_RULES);
  const spanOf = (id: string) => span[model.indexById.get(id)!];

  it("has the span of each position, assistants not counted", () => {
    expect([spanOf("T"), spanOf("A"), spanOf("B"), spanOf("C"), spanOf("D"), spanOf("X"), spanOf("Y")]).toEqual([
      4, 2, 8, 1, 0, 17, 13,
    ]);
  });

  it("summarizes spans over managers only: bands, median of an even count, mean, widest", () => {
    // Managers' spans: 1 (C), 2 (A), 4 (T), 8 (B), 13 (Y), 17 (X): six managers, one per band.
    expect(spans).toEqual({
      managers: 6,
      bands: [
        { band: "1", min: 1, max: 1, managers: 1 },
        { band: "2–3", min: 2, max: 3, managers: 1 },
        { band: "4–7", min: 4, max: 7, managers: 1 },
        { band: "8–12", min: 8, max: 12, managers: 1 },
        { band: "13–16", min: 13, max: 16, managers: 1 },
        { band: "17+", min: 17, max: null, managers: 1 },
      ],
      median: 6, // (4 + 8) / 2
      mean: 7.5, // 45 / 6
      widest: 17,
    });
  });

  it("builds the layer pyramid with FTE (unreadable counts 0) and the average span per layer", () => {
    expect(layers.layers).toEqual([
      // T, X, Y.
      { layer: 1, positions: 3, fte: 3, managers: 3, averageSpan: 34 / 3 },
      // TA, A (0.5), B (unreadable), C, D (0.8), X1–X17, Y1–Y13: 1 + 0.5 + 0 + 1 + 0.8 + 17 + 13.
      { layer: 2, positions: 35, fte: 33.3, managers: 3, averageSpan: 11 / 3 },
      // A1, A2, B1–B8, C1 (0.3).
      { layer: 3, positions: 11, fte: 10.3, managers: 0, averageSpan: null },
    ]);
  });

  it("summarizes an empty org without managers", () => {
    const empty = checkOrg(emptyOrgModel(), DEFAULT_ORG_RULES);
    expect(empty.findings).toEqual([]);
    expect(empty.spans.managers).toBe(0);
    expect(empty.spans.median).toBeNull();
    expect(empty.spans.mean).toBeNull();
    expect(empty.spans.widest).toBe(0);
    expect(empty.spans.bands.map((b) => b.managers)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(empty.layers.layers).toEqual([]);
  });

  it("takes the middle span of an odd count", () => {
    const odd = checkOrg(
      craftOrg(...team({ id: "P" }, 3), ...team({ id: "Q" }, 5), ...team({ id: "R" }, 10)),
      DEFAULT_ORG_RULES,
    );
    expect(odd.spans.median).toBe(5);
    expect(odd.spans.mean).toBe(6);
  });
});
