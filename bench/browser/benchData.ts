/** The generated orgs as the page gets them: the SheetGrid (ours) and d3-org-chart's rows, as JSON text. */
import type { CellValue } from "../../src/core/cells/cell";
import { GENERATED_COLUMNS, generateOrg } from "../generateOrg";
import type { PeerRow } from "./peerRow";

function column(key: (typeof GENERATED_COLUMNS)[number]): number {
  const index = GENERATED_COLUMNS.indexOf(key);
  if (index < 0) throw new Error(`the generator writes no ${key} column`);
  return index;
}

function text(value: CellValue | undefined): string {
  return value === undefined || value === null ? "" : String(value);
}

/** d3-org-chart's rows for the same positions: the same IDs, names, titles, departments, FTE and cost. */
export function peerRowsOf(rows: readonly CellValue[][]): PeerRow[] {
  const id = column("id");
  const reportsTo = column("reportsTo");
  const name = column("name");
  const title = column("title");
  const department = column("department");
  const fte = column("fte");
  const salary = column("baseSalary");
  return rows.slice(1).map((row) => {
    const rowFte = typeof row[fte] === "number" ? (row[fte] as number) : 1;
    return {
      id: text(row[id]),
      parentId: text(row[reportsTo]) || null,
      name: text(row[name]),
      title: text(row[title]),
      department: text(row[department]),
      fte: rowFte,
      cost: typeof row[salary] === "number" ? (row[salary] as number) * rowFte : 0,
    };
  });
}

/** JSON of both shapes of one generated org, made once per size and seed. */
export class BenchData {
  private readonly orgs = new Map<number, { grid: string; peer: string }>();

  constructor(private readonly seed: number) {}

  private org(size: number): { grid: string; peer: string } {
    let org = this.orgs.get(size);
    if (!org) {
      const { grid } = generateOrg(size, this.seed);
      org = { grid: JSON.stringify(grid), peer: JSON.stringify(peerRowsOf(grid.rows)) };
      this.orgs.set(size, org);
    }
    return org;
  }

  gridJson(size: number): string {
    return this.org(size).grid;
  }

  peerJson(size: number): string {
    return this.org(size).peer;
  }
}
