import { checkLayers } from "../../../src/core/checks/checkLayers";
import { DEFAULT_ORG_RULES, type OrgRules } from "../../../src/core/checks/orgRules";
import { craftOrg, type CraftedPosition } from "./craftOrg";

function chain(length: number, prefix = "L", department?: string): CraftedPosition[] {
  const rows: CraftedPosition[] = [];
  for (let k = 1; k <= length; k++)
    rows.push({ id: `${prefix}${k}`, reportsTo: k > 1 ? `${prefix}${k - 1}` : "", department });
  return rows;
}

describe("checkLayers", () => {
  it("reports nothing up to the limit", () => {
    expect(checkLayers(craftOrg(...chain(7)), DEFAULT_ORG_RULES)).toEqual([]);
  });

  it("reports the first position beyond the limit with everything below it", () => {
    // L1…L9 on rows 2–10 (layers 1–9); L8 is on layer 8 > 7, L9 below it. X (row 11) is a second report of L7: layer 8 too.
    const model = craftOrg(...chain(9), { id: "X", reportsTo: "L7", title: "Extra" }, { id: "Y", reportsTo: "X" });
    expect(checkLayers(model, DEFAULT_ORG_RULES)).toEqual([
      {
        code: "LAYERS_EXCEEDED",
        severity: "warning",
        rows: [9, 10],
        ids: ["L8", "L9"],
        params: { id: "L8", title: "Title L8", layer: 8, maxLayers: 7, below: 1 },
      },
      {
        code: "LAYERS_EXCEEDED",
        severity: "warning",
        rows: [11, 12],
        ids: ["X", "Y"],
        params: { id: "X", title: "Extra", layer: 8, maxLayers: 7, below: 1 },
      },
    ]);
  });

  it("lists the positions below in sheet order, each position in one finding only", () => {
    const rules: OrgRules = { ...DEFAULT_ORG_RULES, maxLayers: 2 };
    // T (row 2) → A (3) → {C (4), B (5)}; B → D (6); C → E (7): C and B are on layer 3.
    const model = craftOrg(
      { id: "T" },
      { id: "A", reportsTo: "T" },
      { id: "C", reportsTo: "A" },
      { id: "B", reportsTo: "A" },
      { id: "D", reportsTo: "B" },
      { id: "E", reportsTo: "C" },
    );
    const findings = checkLayers(model, rules);
    expect(findings.map((f) => [f.ids, f.rows, f.params.layer, f.params.below])).toEqual([
      [["C", "E"], [4, 7], 3, 1],
      [["B", "D"], [5, 6], 3, 1],
    ]);
  });

  it("uses a department's own layer limit", () => {
    const rules: OrgRules = {
      ...DEFAULT_ORG_RULES,
      maxLayers: 10,
      departments: [{ department: "Tech", maxLayers: 2 }],
    };
    // A (layer 1) → B (2) → T (3, Tech) → T2 (4, Tech); the rest of the org under the general limit of 10.
    const model = craftOrg(
      { id: "A" },
      { id: "B", reportsTo: "A" },
      { id: "T", reportsTo: "B", department: "tech" },
      { id: "T2", reportsTo: "T", department: "Tech" },
      { id: "S", reportsTo: "B", department: "Sales" },
    );
    expect(checkLayers(model, rules).map((f) => [f.ids, f.params])).toEqual([
      [["T", "T2"], { id: "T", title: "Title T", layer: 3, maxLayers: 2, below: 1 }],
    ]);
  });

  it("counts layers from each top when there are several, and after a broken cycle", () => {
    const rules: OrgRules = { ...DEFAULT_ORG_RULES, maxLayers: 2 };
    // Two tops; P → Q → R → P is a cycle the model breaks (one of them becomes a top).
    const model = craftOrg(
      { id: "A" },
      { id: "A1", reportsTo: "A" },
      { id: "A2", reportsTo: "A1" },
      { id: "B" },
      { id: "B1", reportsTo: "B" },
      { id: "P", reportsTo: "R" },
      { id: "Q", reportsTo: "P" },
      { id: "R", reportsTo: "Q" },
    );
    const layers = Object.fromEntries(model.positions.map((p, i) => [p.id, model.layer[i]]));
    const deep = Object.entries(layers)
      .filter(([, layer]) => layer === 3)
      .map(([id]) => id);
    const findings = checkLayers(model, rules);
    expect(findings.map((f) => f.ids[0]).sort()).toEqual(deep.sort());
    expect(findings.map((f) => f.ids[0])).toContain("A2");
    // The cycle of three hangs from one top, so exactly one of its positions sits on layer 3.
    expect(deep.filter((id) => "PQR".includes(id))).toHaveLength(1);
  });
});
