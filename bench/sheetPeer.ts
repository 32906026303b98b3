/**
 * The sheet suite's peer (bench/sheetBench.ts), run in a child process of its own: what a d3-based tool needs at
 * least to turn a CSV file into an org tree — read the file as text, papaparse it into rows, make `{id, parentId}`
 * objects of the first two columns, d3-hierarchy's `stratify()`. No validation, no findings, no output.
 *   npx tsx bench/sheetPeer.ts FILE
 */
import { readFileSync } from "node:fs";
import { stratify } from "d3-hierarchy";
import Papa from "papaparse";

interface Link {
  id: string;
  parentId: string | null;
}

const file = process.argv[2];
if (!file) throw new Error("usage: tsx bench/sheetPeer.ts FILE");
const rows = Papa.parse<string[]>(readFileSync(file, "utf8"), { header: false, skipEmptyLines: true }).data;
const links: Link[] = [];
for (let r = 1; r < rows.length; r++) links.push({ id: rows[r][0], parentId: rows[r][1] || null });
const root = stratify<Link>()(links);
console.log(`${root.descendants().length} positions`);
