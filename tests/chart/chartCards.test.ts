import { cardColourFor, cardContentFor, lineOf, type CardContentInput } from "../../src/chart/chartCards";
import { departmentColours, NO_DEPARTMENT_COLOUR, ORG_COLOUR } from "../../src/chart/departmentColours";
import type { OrgModel } from "../../src/core/model/orgModel";
import { buildDepartmentTree } from "../../src/core/rollup/buildDepartmentTree";
import { listDepartments } from "../../src/core/rollup/listDepartments";
import { rollUpPositions } from "../../src/core/rollup/positionRollups";
import { translatorFor, type Lang } from "../../src/i18n";
import { sampleModel, unitOrg } from "../core/rollup/rollupOrgs";
import { chartTreeOf } from "./chartTreeOf";

function positionCards(model: OrgModel, lang: Lang, extra: Partial<CardContentInput> = {}) {
  const tree = extra.tree ?? chartTreeOf(model);
  const content = cardContentFor({
    tree,
    model,
    rollups: rollUpPositions(model),
    colours: departmentColours(listDepartments(model)),
    lang,
    translate: translatorFor(lang),
    ...extra,
  });
  return (id: string) => content(tree.cardOfPosition[model.indexById.get(id)!]);
}

describe("cardContentFor(input) in the positions view", () => {
  const en = sampleModel("en");
  const zh = sampleModel("zh-CN");

  test("fills the director's card in English", () => {
    const card = positionCards(en, "en")("OC-001");
    expect(card).toEqual({
      kind: "filled",
      id: "OC-001",
      title: "Operations Director",
      name: "Zhang Wei",
      detail: "Director",
      colour: departmentColours(listDepartments(en)).get("Management"),
      reports: 9,
      badges: { reports: "9", fte: "33.8 FTE", cost: "¥11M" },
      findings: 0,
      hiddenReports: 0,
      expanded: true,
      label: "Operations Director, Zhang Wei, 9 direct reports",
    });
  });

  test("fills the director's card in Chinese", () => {
    const card = positionCards(zh, "zh-CN")("OC-001");
    expect(card).toMatchObject({
      title: "运营总监",
      name: "张伟",
      detail: "总监",
      badges: { reports: "9", fte: "编制 33.8", cost: "¥1054万" },
      label: "运营总监，张伟，9 名直接下属",
    });
  });

  test("says Vacant / 空缺 for an open position, and no direct reports", () => {
    expect(positionCards(en, "en")("OC-042")).toMatchObject({
      kind: "vacant",
      name: "Vacant",
      reports: 0,
      badges: { reports: "", fte: "", cost: "" },
      expanded: false,
      label: "Data Analyst, Vacant, no direct reports",
    });
    expect(positionCards(zh, "zh-CN")("OC-042")).toMatchObject({
      name: "空缺",
      label: "数据分析师，空缺，无直接下属",
    });
  });

  test("shows FTE on part-time leaves and cost only on managers", () => {
    const card = positionCards(en, "en");
    expect(card("OC-020").badges).toEqual({ reports: "", fte: "0.5 FTE", cost: "" });
    expect(card("OC-011").badges).toEqual({ reports: "2", fte: "3 FTE", cost: "¥840K" });
    expect(positionCards(zh, "zh-CN")("OC-011").badges).toEqual({ reports: "2", fte: "编制 3", cost: "¥84万" });
    expect(card("OC-011").label).toBe("Product Manager, Liu Yang, 2 direct reports");
    expect(card("OC-050").label).toBe("Marketing Manager, Liang Chen, 2 direct reports");
  });

  test("says planned, closed and untitled positions, and hides the cost badge without salaries", () => {
    const model = unitOrg([
      { id: "1", title: "Head", department: "Ops" },
      { id: "2", reportsTo: "1", title: "", name: "", status: "Planned" },
      { id: "3", reportsTo: "1", title: "Clerk", name: "", status: "Closed" },
      { id: "4", reportsTo: "1", title: "Analyst", name: "Kim", status: "Closed" },
    ]);
    for (const [lang, planned, untitled, closed, head] of [
      ["en", "Planned", "Untitled position", "Closed", "Head, Person 1, 3 direct reports"],
      ["zh-CN", "计划中", "未命名岗位", "已关闭", "Head，Person 1，3 名直接下属"],
    ] as const) {
      const card = positionCards(model, lang);
      expect(card("2")).toMatchObject({ kind: "planned", title: untitled, name: planned });
      expect(card("3")).toMatchObject({ kind: "closed", name: closed, badges: { fte: "" } });
      expect(card("4")).toMatchObject({ kind: "closed", name: "Kim" });
      expect(card("1").badges.cost).toBe("");
      expect(card("1").label).toBe(head);
      expect(card("2").colour).toBe(NO_DEPARTMENT_COLOUR);
    }
  });

  test("counts findings and hidden reports, and says them", () => {
    const tree = chartTreeOf(en, new Set(["OC-010"]));
    const findings = new Int32Array(en.positions.length);
    findings[en.indexById.get("OC-010")!] = 2;
    const card = positionCards(en, "en", { tree, findings })("OC-010");
    expect(card).toMatchObject({ findings: 2, hiddenReports: 4, expanded: false, reports: 4 });
    expect(card.label).toBe("Operations Manager, Wang Fang, 4 direct reports, collapsed, 4 hidden, 2 findings");
    const zhCard = positionCards(zh, "zh-CN", {
      tree: chartTreeOf(zh, new Set(["OC-010"])),
      findings: new Map([[zh.indexById.get("OC-010")!, 1]]),
    })("OC-010");
    expect(zhCard.label).toBe("运营经理，王芳，4 名直接下属，已折叠，隐藏 4 个，1 个问题");
  });

  test("draws the virtual top as the org with its totals", () => {
    const tree = chartTreeOf(en, new Set(), true);
    const content = cardContentFor({
      tree,
      model: en,
      rollups: rollUpPositions(en),
      colours: new Map(),
      lang: "en",
    });
    expect(content(0)).toEqual({
      kind: "virtualTop",
      id: "",
      title: "Organisation",
      name: "35 positions",
      detail: "",
      colour: ORG_COLOUR,
      reports: 1,
      badges: { reports: "1", fte: "33.8 FTE", cost: "¥11M" },
      findings: 0,
      hiddenReports: 0,
      expanded: true,
      label: "Organisation, 35 positions, 1 top position",
    });
    const named = cardContentFor({ tree, model: en, rollups: rollUpPositions(en), colours: new Map(), lang: "zh-CN" });
    expect(named(0)).toMatchObject({ title: "组织", name: "35 个岗位", label: "组织，35 个岗位，1 个最高层岗位" });
  });

  test("finds a colour for any spelling of a department", () => {
    const model = unitOrg([
      { id: "1", department: "Data Analysis" },
      { id: "2", reportsTo: "1", department: "data  analysis" },
    ]);
    const card = positionCards(model, "en", { colours: departmentColours(["Data Analysis"]) });
    expect(card("2").colour).toBe(card("1").colour);
    expect(card("1").colour).not.toBe(NO_DEPARTMENT_COLOUR);
  });
});

describe("cardColourFor", () => {
  test("gives each card the colour its content has, other spellings of a department and the top card included", () => {
    const model = unitOrg([
      { id: "1", department: "Data Analysis" },
      { id: "2", reportsTo: "1", department: "data  analysis" },
      { id: "3", reportsTo: "1", department: "" },
      { id: "4" },
    ]);
    const tree = chartTreeOf(model);
    const colours = departmentColours(listDepartments(model));
    const content = cardContentFor({ tree, model, rollups: rollUpPositions(model), colours, lang: "en" });
    const colour = cardColourFor(tree, model, colours, content);
    for (let card = 0; card < tree.count; card++) expect(colour(card)).toBe(content(card).colour);
    const second = tree.cardOfPosition[model.indexById.get("2")!];
    expect(colour(second)).not.toBe(NO_DEPARTMENT_COLOUR);
  });
});

describe("card text is one line", () => {
  test("line breaks, tabs and control characters in a cell are drawn as single spaces; other text is untouched", () => {
    expect(lineOf("Head of\nOperations")).toBe("Head of Operations");
    expect(lineOf("Zoë\u0007 \t Bell\r\n")).toBe("Zoë Bell");
    expect(lineOf("  运营总监  ")).toBe("  运营总监  ");
    const model = unitOrg([{ id: "1", title: "Head of\r\nOperations", name: "Li\tNa", grade: "M\u00001" }]);
    const content = positionCards(model, "en")("1");
    expect([content.title, content.name, content.detail]).toEqual(["Head of Operations", "Li Na", "M 1"]);
    // The model keeps the cell as it is.
    expect(model.positions[0].title).toBe("Head of\r\nOperations");
  });
});

describe("cardContentFor(input) in the departments view", () => {
  function unitCards(model: OrgModel, lang: Lang, findings?: Int32Array) {
    const rollups = rollUpPositions(model);
    const { tree, units } = buildDepartmentTree(model, rollups);
    const content = cardContentFor({
      tree,
      model,
      rollups,
      units,
      findings,
      colours: departmentColours(listDepartments(model)),
      lang,
    });
    const cards = [...Array(tree.count).keys()].map(content);
    return { cards, byTitle: (title: string) => cards.find((card) => card.title === title)! };
  }

  test("fills department and team cards in English", () => {
    const model = sampleModel("en");
    const findings = new Int32Array(model.positions.length);
    findings[model.indexById.get("OC-012")!] = 1;
    findings[model.indexById.get("OC-010")!] = 2;
    const { cards, byTitle } = unitCards(model, "en", findings);
    expect(cards[0]).toMatchObject({ kind: "virtualTop", reports: 35, name: "35 positions" });
    expect(cards[0].label).toBe("Organisation, 35 positions");
    const colours = departmentColours(listDepartments(model));
    expect(byTitle("Operations")).toEqual({
      kind: "department",
      id: "",
      title: "Operations",
      name: "Wang Fang",
      detail: "Operations Manager",
      colour: colours.get("Operations"),
      reports: 14,
      badges: { reports: "14", fte: "13.5 FTE", cost: "¥3.7M" },
      findings: 3,
      hiddenReports: 0,
      expanded: true,
      label: "Operations, department, head Wang Fang, 14 positions, 1 vacant, 3 findings",
    });
    expect(byTitle("Product Ops")).toMatchObject({
      kind: "team",
      name: "Liu Yang",
      detail: "Operations · Product Ops",
      colour: colours.get("Operations"),
      reports: 3,
      badges: { reports: "3", fte: "3 FTE", cost: "¥840K" },
      findings: 1,
      expanded: false,
      label: "Product Ops, team, head Liu Yang, 3 positions, 1 vacant, 1 finding",
    });
  });

  test("fills them in Chinese", () => {
    const { byTitle } = unitCards(sampleModel("zh-CN"), "zh-CN");
    expect(byTitle("运营部门")).toMatchObject({
      name: "王芳",
      detail: "运营经理",
      badges: { reports: "14", fte: "编制 13.5", cost: "¥367万" },
      label: "运营部门，部门，负责人 王芳，14 个岗位，1 个空缺",
    });
    expect(byTitle("产品运营团队")).toMatchObject({ detail: "运营部门 · 产品运营团队" });
  });

  test("names the unit of positions with no department, and a vacant head", () => {
    const model = unitOrg([
      { id: "1", department: "Ops", name: "" },
      { id: "2", reportsTo: "1" },
      { id: "3", reportsTo: "2" },
    ]);
    const en = unitCards(model, "en");
    expect(en.byTitle("(no department)")).toMatchObject({
      kind: "department",
      colour: NO_DEPARTMENT_COLOUR,
      reports: 2,
      label: "(no department), department, head Person 2, 2 positions",
    });
    expect(en.byTitle("Ops")).toMatchObject({
      name: "Vacant",
      label: "Ops, department, head Vacant, 1 position, 1 vacant",
    });
    expect(unitCards(model, "zh-CN").byTitle("（无部门）").label).toBe("（无部门），部门，负责人 Person 2，2 个岗位");
  });
});
