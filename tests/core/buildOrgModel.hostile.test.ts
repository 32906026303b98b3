import { findingMessage } from "../../src/core/findings/localizeFinding";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import { spanOf } from "../../src/core/model/orgModel";
import { makeGrid } from "./makeGrid";

const HEADER = ["Position ID", "Reports To", "Name"];

describe("buildOrgModel on hostile tables", () => {
  test("a chain 200 layers deep", () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`P${i}`, i === 0 ? "" : `P${i - 1}`, `Person ${i}`]);
    const { model, findings } = buildOrgModel(makeGrid(HEADER, rows));
    expect(findings).toEqual([]);
    expect(model.layerCount).toBe(200);
  });

  test("a chain 100,000 layers deep does not overflow the stack", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`P${i}`, i === 0 ? "" : `P${i - 1}`, ""]);
    const { model } = buildOrgModel(makeGrid(HEADER, rows));
    expect(model.layerCount).toBe(100_000);
  });

  test("a cycle through 100,000 positions is one finding", () => {
    const n = 100_000;
    const rows = Array.from({ length: n }, (_, i) => [`P${i}`, `P${(i + 1) % n}`, ""]);
    const { findings, model } = buildOrgModel(makeGrid(HEADER, rows));
    expect(findings.map((f) => f.code)).toEqual(["CYCLE"]);
    expect(findings[0].ids).toHaveLength(n);
    expect(findingMessage(findings[0], "en").length).toBeLessThan(400);
    expect(model.roots).toEqual([0]);
  });

  test("200 reports under one manager", () => {
    const rows = [["M", "", "Boss"], ...Array.from({ length: 200 }, (_, i) => [`R${i}`, "M", `Report ${i}`])];
    const { model, findings } = buildOrgModel(makeGrid(HEADER, rows));
    expect(findings).toEqual([]);
    expect(spanOf(model, 0)).toBe(200);
  });

  test("every row a duplicate of the first", () => {
    const rows = Array.from({ length: 1000 }, () => ["X", "", "Same"]);
    const { findings, accounting } = buildOrgModel(makeGrid(HEADER, rows));
    expect(findings).toHaveLength(1);
    expect(findings[0].rows).toHaveLength(1000);
    expect(findingMessage(findings[0], "en").length).toBeLessThan(300);
    expect(accounting).toMatchObject({ positions: 1, rowsOnlyInFindings: 999 });
  });

  test("ragged rows, huge cells and odd types", () => {
    const big = "名".repeat(100_000);
    const rows = [["1"], ["2", "1", big, "extra", "cells"], [3, 1, true], [new Date(0), 1, { error: "#N/A" }]];
    const { accounting, model } = buildOrgModel(makeGrid(HEADER, rows));
    expect(accounting.rowsRead).toBe(4);
    expect(model.positions[1].name).toBe(big);
    expect(model.positions.map((p) => p.id)).toEqual(["1", "2", "3", "1970-01-01"]);
  });
});
