import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { normalizeSearchText } from "../../../src/core/search/normalizeSearchText";
import { searchIndexOf } from "../../../src/core/search/searchIndex";
import { searchPositions } from "../../../src/core/search/searchPositions";
import { makeGrid } from "../makeGrid";
import { sampleModel, unitOrg } from "../rollup/rollupOrgs";

const ids = (model: OrgModel, found: number[]) => found.map((p) => model.positions[p].id);

describe("normalizeSearchText(text)", () => {
  test.each([
    ["  Zhang  Wei ", "zhang wei"],
    ["ＯＣ－００１", "oc-001"],
    ["运营\u3000总监", "运营 总监"],
    ["A\u0000B\tC", "a b c"],
    ["", ""],
  ])("%p → %p", (text, normalized) => {
    expect(normalizeSearchText(text)).toBe(normalized);
  });
});

describe("searchPositions(model, query, limit)", () => {
  const en = sampleModel("en");
  const zh = sampleModel("zh-CN");

  test("finds a Chinese title by a substring", () => {
    expect(ids(zh, searchPositions(zh, "运营总监"))).toEqual(["OC-001"]);
    const operations = ids(zh, searchPositions(zh, "运营"));
    // Prefixes first (运营总监, 运营经理), then titles containing it, in sheet order.
    expect(operations.slice(0, 2)).toEqual(["OC-001", "OC-010"]);
    expect(operations).toEqual(["OC-001", "OC-010", "OC-020"]);
    expect(ids(zh, searchPositions(zh, "张伟"))).toEqual(["OC-001"]);
  });

  test("ignores case, width and surrounding spaces", () => {
    expect(ids(en, searchPositions(en, "  zhang WEI "))).toEqual(["OC-001"]);
    expect(ids(en, searchPositions(en, "ＯＣ－０４２"))).toEqual(["OC-042"]);
    expect(ids(en, searchPositions(en, "oc-042"))).toEqual(["OC-042"]);
    expect(ids(en, searchPositions(en, "ＤＡＴＡ ａｎａｌｙｓｔ"))).toEqual(["OC-041", "OC-042"]);
  });

  test("ranks an exact ID, then prefixes, then substrings, each in sheet order", () => {
    const model = unitOrg([
      { id: "X-AB", title: "Lead", name: "Nobody" },
      { id: "B1", reportsTo: "X-AB", title: "Analyst", name: "Grab Bag" },
      { id: "B2", reportsTo: "X-AB", title: "Ab Testing Lead", name: "Kim" },
      { id: "AB", reportsTo: "X-AB", title: "Planner", name: "Lee" },
      { id: "ABC", reportsTo: "X-AB", title: "Planner", name: "Ng" },
      { id: "B3", reportsTo: "X-AB", title: "Clerk", name: "Abe" },
    ]);
    expect(ids(model, searchPositions(model, "ab"))).toEqual(["AB", "B2", "ABC", "B3", "X-AB", "B1"]);
    expect(ids(model, searchPositions(model, "ab", 3))).toEqual(["AB", "B2", "ABC"]);
    expect(ids(model, searchPositions(model, "AB", 1))).toEqual(["AB"]);
  });

  test("finds nothing for a blank query, a zero limit or no match", () => {
    expect(searchPositions(en, "   ")).toEqual([]);
    expect(searchPositions(en, "Zhang", 0)).toEqual([]);
    expect(searchPositions(en, "Nobody Here")).toEqual([]);
    expect(searchPositions(unitOrg([]), "a")).toEqual([]);
  });

  test("never matches across two fields", () => {
    // "OC-001" then "Zhang Wei": the text between fields is a separator, not a space.
    expect(searchPositions(en, "001 zhang")).toEqual([]);
    expect(searchPositions(en, "001zhang")).toEqual([]);
  });

  test("folds the width and case of the data too, field by field", () => {
    const model = unitOrg([
      { id: "ＨＱ－１", title: "Ｃｈｉｅｆ\u3000Ｅｘｅｃｕｔｉｖｅ", name: "Ａｎｎａ" },
      { id: "X\u0000Y", reportsTo: "ＨＱ－１", title: "Clerk", name: "Bo" },
    ]);
    expect(ids(model, searchPositions(model, "hq-1"))).toEqual(["ＨＱ－１"]);
    expect(ids(model, searchPositions(model, "chief executive"))).toEqual(["ＨＱ－１"]);
    expect(ids(model, searchPositions(model, "x y"))).toEqual(["X\u0000Y"]);
    expect(searchPositions(model, "y\u0000bo")).toEqual([]);
    expect(ids(model, searchPositions(model, "anna\u0000"))).toEqual(["ＨＱ－１"]);
  });

  test("builds the index once per model", () => {
    expect(searchIndexOf(en)).toBe(searchIndexOf(en));
    expect(searchIndexOf(zh)).not.toBe(searchIndexOf(en));
  });

  describe("at 100,000 positions", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 100_000; i++)
      rows.push([
        `E${i}`,
        i === 0 ? null : `E${Math.floor((i - 1) / 8)}`,
        i % 3 === 0 ? `员工${i}` : `Person ${i}`,
        i % 7 === 0 ? "Operations Specialist" : "运营专员",
      ]);
    const big = buildOrgModel(makeGrid(["Position ID", "Reports To", "Name", "Title"], rows)).model;

    test("finds the exact ID first and stops at the limit, in sheet order", () => {
      expect(ids(big, searchPositions(big, "e99999"))).toEqual(["E99999"]);
      const found = searchPositions(big, "E1234");
      expect(ids(big, found)).toEqual(["E1234", ...[...Array(10).keys()].map((d) => `E1234${d}`)]);
      // No ID, name or title starts with "123": the first 50 containing it, in sheet order.
      const contains = big.positions.flatMap((p, i) =>
        [p.id, p.name, p.title].some((f) => f.includes("123")) ? [i] : [],
      );
      expect(contains.length).toBeGreaterThan(50);
      expect(searchPositions(big, "123")).toEqual(contains.slice(0, 50));
      const specialists = searchPositions(big, "specialist", 1000);
      expect(specialists).toHaveLength(1000);
      expect(specialists.every((p) => p % 7 === 0)).toBe(true);
      expect(specialists).toEqual([...specialists].sort((a, b) => a - b));
    });

    test("finds Chinese names and titles", () => {
      expect(ids(big, searchPositions(big, "员工99999"))).toEqual(["E99999"]);
      expect(searchPositions(big, "运营专员", 100_000)).toHaveLength(100_000 - Math.ceil(100_000 / 7));
    });
  });
});
