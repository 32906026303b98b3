import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { DEFAULT_CAPABILITIES } from "../../../src/core/capabilities/defaultCatalogue";
import type { CellValue } from "../../../src/core/cells/cell";
import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import { checkCoverage } from "../../../src/core/coverage/checkCoverage";
import type { DepartmentsTable } from "../../../src/core/coverage/coverageTypes";
import { readCapabilityCatalogue } from "../../../src/core/coverage/readCapabilityCatalogue";

const SIZE = 100_000;
const DEPARTMENTS = 60;

/** A small deterministic generator (mulberry32), so the org is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 100,000 positions in 60 departments, 1–3 capabilities each in English or Chinese (1 % misspelt),
 * 5 % vacant, 1 % closed, and what the coverage must find, counted while generating.
 */
function largeOrg() {
  const next = random(7);
  const rows: CellValue[][] = [
    ["Position ID", "Department", "Reports To", "Dotted Line To", "Name", "FTE", "Status", "Capabilities"],
  ];
  const held = new Map<string, { filled: number; vacant: number }>(
    DEFAULT_CAPABILITIES.map((c) => [c.key, { filled: 0, vacant: 0 }]),
  );
  const misspelt = new Set<string>();
  /** Pairs of departments joined by a dotted line, either way ("3>4"). */
  const linked = new Set<string>();
  for (let i = 0; i < SIZE; i++) {
    const vacant = next() < 0.05;
    const closed = !vacant && next() < 0.01;
    const names: string[] = [];
    const keys = new Set<string>();
    const count = 1 + Math.floor(next() * 3);
    for (let k = 0; k < count; k++) {
      const capability = DEFAULT_CAPABILITIES[Math.floor(next() * DEFAULT_CAPABILITIES.length)];
      const name = next() < 0.5 ? capability.en : capability.zh;
      if (next() < 0.01) {
        const typo = `${name}x${Math.floor(next() * 50)}`;
        names.push(typo);
        misspelt.add(typo.toLowerCase());
      } else {
        names.push(name);
        keys.add(capability.key);
      }
    }
    if (!closed) for (const key of keys) held.get(key)![vacant ? "vacant" : "filled"]++;
    const manager = i === 0 ? "" : `P${Math.floor(next() * i)}`;
    const dotted = i > 10 && next() < 0.02 ? Math.floor(next() * i) : -1;
    if (dotted >= 0) {
      linked.add(`${i % DEPARTMENTS}>${dotted % DEPARTMENTS}`);
      linked.add(`${dotted % DEPARTMENTS}>${i % DEPARTMENTS}`);
    }
    rows.push([
      `P${i}`,
      `Department ${i % DEPARTMENTS}`,
      manager,
      dotted >= 0 ? `P${dotted}` : "",
      vacant ? "" : `Person ${Math.floor(next() * SIZE * 0.9)}`,
      next() < 0.1 ? 0.5 : 1,
      vacant ? "Vacant" : closed ? "Closed" : "",
      names.join("; "),
    ]);
  }
  const model = buildOrgModel({ sheetName: "Positions", firstRow: 1, firstColumn: 1, rows }).model;
  return { model, held, misspelt, linked };
}

describe("checkCoverage on 100,000 positions", () => {
  const { model, held, misspelt, linked } = largeOrg();
  const { catalogue } = readCapabilityCatalogue(undefined, DEFAULT_ORG_RULES);
  const departments: DepartmentsTable = {
    sheetName: "Departments",
    departments: Array.from({ length: DEPARTMENTS }, (_, d) => ({
      name: `department ${d}`,
      parent: "",
      head: "",
      needsSupportFrom: [`Department ${(d + 1) % DEPARTMENTS}`],
      partners: [],
      row: d + 2,
    })),
  };
  const result = checkCoverage(model, catalogue, departments, DEFAULT_ORG_RULES);

  test("every capability's filled and vacant positions, as counted while generating", () => {
    expect(result.matrix.departments).toHaveLength(DEPARTMENTS);
    for (const row of result.matrix.rows) {
      const expected = held.get(row.capability.key)!;
      expect([row.capability.key, row.total.filledPositions, row.total.vacantPositions]).toEqual([
        row.capability.key,
        expected.filled,
        expected.vacant,
      ]);
      const byDepartment = row.byDepartment.reduce((sum, cell) => sum + cell.filledPositions + cell.vacantPositions, 0);
      expect(byDepartment).toBe(expected.filled + expected.vacant);
    }
  });

  test("every misspelt name is listed once; every capability is spread over all 60 departments", () => {
    expect(new Set(result.unknown.map((u) => u.name.toLowerCase()))).toEqual(misspelt);
    expect(result.findings.filter((f) => f.code === "CAPABILITY_FRAGMENTED")).toHaveLength(DEFAULT_CAPABILITIES.length);
    expect(result.findings.filter((f) => f.code === "CAPABILITY_UNCOVERED")).toEqual([]);
  });

  test("support missing exactly between the departments no dotted line joins", () => {
    const expected = departments.departments
      .filter((_, d) => d !== (d + 1) % DEPARTMENTS && !linked.has(`${d}>${(d + 1) % DEPARTMENTS}`))
      .map((department) => department.row);
    const missing = result.findings.filter((f) => f.code === "SUPPORT_MISSING").map((f) => f.rows[0]);
    expect(missing).toEqual(expected);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThan(DEPARTMENTS);
  });
});
