import { checkSpans } from "../../../src/core/checks/checkSpans";
import { DEFAULT_ORG_RULES, type OrgRules } from "../../../src/core/checks/orgRules";
import { spansOfControl } from "../../../src/core/checks/spansOfControl";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { craftOrg, team, type CraftedPosition } from "./craftOrg";

function spanFindings(model: OrgModel, rules: OrgRules = DEFAULT_ORG_RULES) {
  return checkSpans(model, spansOfControl(model), rules);
}

function withAssistants(manager: CraftedPosition, reports: number, assistants: number): CraftedPosition[] {
  const rows = team(manager, reports);
  for (let k = 1; k <= assistants; k++)
    rows.push({ id: `${manager.id}-A${k}`, reportsTo: manager.id, assistant: true });
  return rows;
}

describe("spansOfControl", () => {
  it("counts direct reports without assistants", () => {
    const model = craftOrg(...withAssistants({ id: "M" }, 3, 2), { id: "N", reportsTo: "M-1", assistant: true });
    expect(Array.from(spansOfControl(model))).toEqual([3, 0, 0, 0, 0, 0, 0]);
  });
});

describe("checkSpans (default band 4–8)", () => {
  // Rows: W on 2 (+9 reports: 3–11), X on 12 (+8: 13–20), Y on 21 (+4: 22–25), Z on 26 (+3: 27–29),
  // Q on 30 (+3 and 2 assistants: 31–35), R on 36 (+8 and 1 assistant: 37–45), S on 46 (+ only an assistant: 47).
  const model = craftOrg(
    ...team({ id: "W", title: "Wide" }, 9),
    ...team({ id: "X" }, 8),
    ...team({ id: "Y" }, 4),
    ...team({ id: "Z", title: "Narrow" }, 3),
    ...withAssistants({ id: "Q" }, 3, 2),
    ...withAssistants({ id: "R" }, 8, 1),
    ...withAssistants({ id: "S" }, 0, 1),
  );

  it("reports spans above the max and below the min, not at either bound, assistants not counted", () => {
    expect(spanFindings(model)).toEqual([
      {
        code: "SPAN_TOO_WIDE",
        severity: "warning",
        rows: [2],
        ids: ["W"],
        params: { id: "W", title: "Wide", span: 9, min: 4, max: 8, bandKey: "default", band: "default" },
      },
      {
        code: "SPAN_TOO_NARROW",
        severity: "warning",
        rows: [26],
        ids: ["Z"],
        params: { id: "Z", title: "Narrow", span: 3, min: 4, max: 8, bandKey: "default", band: "default" },
      },
      {
        code: "SPAN_TOO_NARROW",
        severity: "warning",
        rows: [30],
        ids: ["Q"],
        params: { id: "Q", title: "Title Q", span: 3, min: 4, max: 8, bandKey: "default", band: "default" },
      },
    ]);
  });
});

describe("checkSpans precedence: archetype, then department, then default", () => {
  const rules: OrgRules = {
    ...DEFAULT_ORG_RULES,
    departments: [{ department: "Ops", span: { min: 1, max: 2 } }],
  };
  const model = craftOrg(
    ...team({ id: "P", department: "Ops", archetype: "Player/coach" }, 5), // 3–5: fine, though Ops says 1–2
    ...team({ id: "D", department: "ops" }, 3), // Ops 1–2: too wide
    ...team({ id: "G", department: "Sales" }, 3), // default 4–8: too narrow
    ...team({ id: "C", archetype: "协调者" }, 20), // coordinator 15+: no upper bound
    ...team({ id: "K", archetype: "Coordinator" }, 14), // coordinator: too narrow
    ...team({ id: "U", department: "Ops", archetype: "Boss" }, 2), // unknown archetype: department band, fine
  );

  it("measures each manager against its own band", () => {
    const found = spanFindings(model, rules).map((f) => [f.code, f.ids[0], f.params]);
    expect(found).toEqual([
      [
        "SPAN_TOO_WIDE",
        "D",
        {
          id: "D",
          title: "Title D",
          span: 3,
          min: 1,
          max: 2,
          bandKey: "department",
          band: "“Ops” department",
          department: "Ops",
        },
      ],
      [
        "SPAN_TOO_NARROW",
        "G",
        { id: "G", title: "Title G", span: 3, min: 4, max: 8, bandKey: "default", band: "default" },
      ],
      [
        "SPAN_TOO_NARROW",
        "K",
        { id: "K", title: "Title K", span: 14, min: 15, bandKey: "coordinator", band: "coordinator" },
      ],
    ]);
  });

  it("never calls an individual contributor too narrow", () => {
    const ic = craftOrg({ id: "A" }, { id: "B", reportsTo: "A" });
    // A has a span of 1 (< 4): it is a manager; B has no span and no finding.
    expect(spanFindings(ic).map((f) => f.ids)).toEqual([["A"]]);
  });
});
