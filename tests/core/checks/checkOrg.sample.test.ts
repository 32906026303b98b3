import { translate, type Lang, type MessageKey } from "../../../src/i18n";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { checkOrg } from "../../../src/core/checks/checkOrg";
import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import { withSpanBandLabel } from "../../../src/core/checks/spanBandLabel";
import { operationsCenterSample } from "../../../src/core/sample/operationsCenter";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";

function sampleChecks(lang: Lang) {
  const { model } = buildOrgModel(gridFromSheetSpec(operationsCenterSample(lang)));
  return { model, checks: checkOrg(model, DEFAULT_ORG_RULES) };
}

/*
 * Spans by hand from src/core/sample/operationsCenterPositions.ts (assistants not counted):
 *   OC-001 director, supervisor 8–10: OC-002 (assistant) + 8 heads of department → 8, fine.
 *   OC-010 operations manager, player/coach 3–5: OC-011, -014, -017, -021 → 4, fine.
 *   OC-011, OC-014, OC-021 (player/coach 3–5): 2 each → too narrow. OC-017: 3 → fine.
 *   OC-030 (3), OC-040 (2), OC-050 (2), OC-060 (3), OC-070 (2), no archetype, default 4–8 → too narrow.
 *   OC-080, OC-090 and the rest: individual contributors.
 * No one has a single report, the org has 4 layers (≤ 7), grades never invert (specialist < supervisor
 * < manager < director down every line) and the two vacancies (OC-013, OC-042) have no reports.
 */
const NARROW: [id: string, row: number, span: number, min: number, bandKey: string][] = [
  ["OC-011", 5, 2, 3, "playerCoach"],
  ["OC-014", 8, 2, 3, "playerCoach"],
  ["OC-021", 15, 2, 3, "playerCoach"],
  ["OC-030", 18, 3, 4, "default"],
  ["OC-040", 22, 2, 4, "default"],
  ["OC-050", 25, 2, 4, "default"],
  ["OC-060", 28, 3, 4, "default"],
  ["OC-070", 32, 2, 4, "default"],
];

describe.each<Lang>(["en", "zh-CN"])("checkOrg on the sample (%s)", (lang) => {
  const { model, checks } = sampleChecks(lang);

  it("finds exactly the too-narrow spans computed by hand", () => {
    expect(
      checks.findings.map((f) => [f.code, f.ids[0], f.rows[0], f.params.span, f.params.min, f.params.bandKey]),
    ).toEqual(NARROW.map(([id, row, span, min, bandKey]) => ["SPAN_TOO_NARROW", id, row, span, min, bandKey]));
  });

  it("has the director's span of 8 (the assistant not counted)", () => {
    expect(checks.span[model.indexById.get("OC-001")!]).toBe(8);
    expect(checks.span[model.indexById.get("OC-010")!]).toBe(4);
  });

  it("summarizes spans: 11 managers, 9 in 2–3, median 2, mean 3", () => {
    // Spans 8, 4, 3, 3, 3, 2 × 6: sum 33.
    expect(checks.spans.managers).toBe(11);
    expect(checks.spans.bands.map((b) => [b.band, b.managers])).toEqual([
      ["1", 0],
      ["2–3", 9],
      ["4–7", 1],
      ["8–12", 1],
      ["13–16", 0],
      ["17+", 0],
    ]);
    expect(checks.spans.median).toBe(2);
    expect(checks.spans.mean).toBe(3);
    expect(checks.spans.widest).toBe(8);
  });

  it("builds the layer pyramid", () => {
    expect(checks.layers.layers).toEqual([
      { layer: 1, positions: 1, fte: 1, managers: 1, averageSpan: 8 },
      // The assistant and the 8 heads; managers OC-010 (4), -030 (3), -040 (2), -050 (2), -060 (3), -070 (2).
      { layer: 2, positions: 9, fte: 9, managers: 6, averageSpan: 16 / 6 },
      // Team leads and department staff: Li Na's half post (OC-052) and a 0.8 (OC-063).
      { layer: 3, positions: 16, fte: 15.3, managers: 4, averageSpan: 9 / 4 },
      // Team staff, Li Na's other half post (OC-020).
      { layer: 4, positions: 9, fte: 8.5, managers: 0, averageSpan: null },
    ]);
  });
});

describe("messages of the sample's findings", () => {
  const message = (lang: Lang, index: number) => {
    const draft = sampleChecks(lang).checks.findings[index];
    return translate(lang, `finding.${draft.code}` as MessageKey, withSpanBandLabel(draft.params, lang));
  };

  it("name the band in the user's language", () => {
    expect(message("en", 0)).toBe(
      "“Product Manager” (OC-011) has a span of control of 2, narrower than the player/coach minimum of 3.",
    );
    expect(message("zh-CN", 0)).toBe("“产品经理”（OC-011）的管理幅度为 2，低于球员教练下限 3。");
    expect(message("en", 3)).toBe(
      "“Tech Support Lead” (OC-030) has a span of control of 3, narrower than the default minimum of 4.",
    );
    expect(message("zh-CN", 3)).toBe("“技术支持主管”（OC-030）的管理幅度为 3，低于默认下限 4。");
  });
});
