import { cardContentFor } from "../../src/chart/chartCards";
import { departmentColours } from "../../src/chart/departmentColours";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import { listDepartments } from "../../src/core/rollup/listDepartments";
import { rollUpPositions } from "../../src/core/rollup/positionRollups";
import { translatorFor, type Lang } from "../../src/i18n";
import { makeGrid } from "../core/makeGrid";
import { chartTreeOf } from "./chartTreeOf";

const HEADER = ["Post Unique Reference", "Job Title", "Reports to Senior Post", "Name", "FTE"];

function cards(lang: Lang, ...rows: [string, string, string, string, number][]) {
  const { model } = buildOrgModel(makeGrid(HEADER, rows), { lang });
  const tree = chartTreeOf(model);
  const content = cardContentFor({
    tree,
    model,
    rollups: rollUpPositions(model),
    colours: departmentColours(listDepartments(model)),
    lang,
    translate: translatorFor(lang),
  });
  return (id: string) => content(tree.cardOfPosition[model.indexById.get(id)!]);
}

describe("cards of shared posts and undisclosed holders", () => {
  test("a job share names both holders when they fit, every holder in the label, FTE summed", () => {
    const card = cards(
      "en",
      ["1", "Director", "XX", "Ann Lee", 1],
      ["2", "Head", "1", "Bo Chen", 0.6],
      ["2", "Head", "1", "Cy Diaz", 0.6],
    );
    expect(card("2")).toMatchObject({ kind: "filled", name: "Bo Chen, Cy Diaz", badges: { fte: "1.2 FTE" } });
    expect(card("2").label).toBe("Head, Bo Chen, Cy Diaz, no direct reports");
  });

  test("three long names: the first +2 on the card, all of them in the label", () => {
    const card = cards(
      "en",
      ["1", "Director", "XX", "Alexandra Montgomery", 0.4],
      ["1", "Director", "XX", "Bartholomew Fitzgerald", 0.4],
      ["1", "Director", "XX", "N/D", 0.4],
    );
    expect(card("1").name).toBe("Alexandra Montgomery +2");
    expect(card("1").label).toBe(
      "Director, Alexandra Montgomery, Bartholomew Fitzgerald, Not disclosed, no direct reports",
    );
  });

  test("an undisclosed holder reads Not disclosed / 未公开, and the post is filled", () => {
    expect(cards("en", ["1", "Director", "XX", "N/D", 1])("1")).toMatchObject({
      kind: "filled",
      name: "Not disclosed",
    });
    expect(cards("zh-CN", ["1", "总监", "", "未公开", 1])("1")).toMatchObject({ kind: "filled", name: "未公开" });
  });
});
