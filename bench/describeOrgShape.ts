import { GENERATED_COLUMNS, type GeneratedOrg } from "./generateOrg";

/** What a generated org looks like, for the benchmark's report (computed from its rows, not from the generator). */
export interface OrgShapeSummary {
  positions: number;
  /** Deepest layer (the top position is layer 1). */
  layers: number;
  managers: number;
  averageSpan: number;
  maxSpan: number;
  /** Managers by span: 1–2, 3–12, 13–29, 30 and more. */
  spans: [number, number, number, number];
  vacant: number;
  /** Names with Chinese characters, out of the names given. */
  chineseNames: number;
  named: number;
  /** Rows that come before their manager's row. */
  rowsBeforeManager: number;
}

const HAN = /\p{Script=Han}/u;

export function describeOrgShape(org: GeneratedOrg): OrgShapeSummary {
  const { links, grid } = org;
  const rowOf = new Map<string, number>();
  links.forEach((link, row) => rowOf.set(link.id, row));
  const parentRow = links.map((link) => (link.parentId === null ? -1 : rowOf.get(link.parentId)!));

  const span = new Int32Array(links.length);
  let rowsBeforeManager = 0;
  parentRow.forEach((parent, row) => {
    if (parent < 0) return;
    span[parent]++;
    if (row < parent) rowsBeforeManager++;
  });

  const layer = new Int32Array(links.length);
  const layerOf = (row: number): number => {
    const chain: number[] = [];
    let at = row;
    while (at >= 0 && layer[at] === 0) {
      chain.push(at);
      at = parentRow[at];
    }
    let depth = at < 0 ? 0 : layer[at];
    for (let k = chain.length - 1; k >= 0; k--) layer[chain[k]] = ++depth;
    return layer[row];
  };

  const spans: OrgShapeSummary["spans"] = [0, 0, 0, 0];
  let managers = 0;
  let maxSpan = 0;
  let layers = 0;
  for (let row = 0; row < links.length; row++) {
    layers = Math.max(layers, layerOf(row));
    const s = span[row];
    if (s === 0) continue;
    managers++;
    maxSpan = Math.max(maxSpan, s);
    spans[s <= 2 ? 0 : s <= 12 ? 1 : s <= 29 ? 2 : 3]++;
  }

  const nameColumn = GENERATED_COLUMNS.indexOf("name");
  let vacant = 0;
  let chineseNames = 0;
  for (const row of grid.rows.slice(1)) {
    const name = row[nameColumn];
    if (name === "") vacant++;
    else if (typeof name === "string" && HAN.test(name)) chineseNames++;
  }

  return {
    positions: links.length,
    layers,
    managers,
    averageSpan: managers === 0 ? 0 : (links.length - 1) / managers,
    maxSpan,
    spans,
    vacant,
    chineseNames,
    named: links.length - vacant,
    rowsBeforeManager,
  };
}
