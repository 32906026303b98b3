/**
 * Self time by function (and the hottest lines) of a V8 .cpuprofile: `npx tsx bench/summarizeProfile.ts FILE [top]`.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topText] = process.argv.slice(2);
const top = Number(topText ?? 40);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTicks = new Map<number, number>();
for (const sample of profile.samples) selfTicks.set(sample, (selfTicks.get(sample) ?? 0) + 1);
const byFunction = new Map<string, number>();
const byLine = new Map<string, number>();
for (const [id, ticks] of selfTicks) {
  const { callFrame, positionTicks } = byId.get(id)!;
  const where = `${callFrame.functionName || "(anonymous)"} ${callFrame.url.split("/").pop()}:${callFrame.lineNumber + 1}`;
  byFunction.set(where, (byFunction.get(where) ?? 0) + ticks);
  for (const line of positionTicks ?? []) {
    const key = `${callFrame.url.split("/").pop()}:${line.line} (${callFrame.functionName})`;
    byLine.set(key, (byLine.get(key) ?? 0) + line.ticks);
  }
}
const total = profile.samples.length;
const show = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, ticks]) => console.log(`${((100 * ticks) / total).toFixed(1).padStart(5)} %  ${name}`));
console.log(`${total} samples; by function:`);
show(byFunction);
console.log("\nby line:");
show(byLine);

// With a third argument: who calls the functions of that name (self ticks by caller).
const callee = process.argv[4];
if (callee) {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byCaller = new Map<string, number>();
  for (const [id, ticks] of selfTicks) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName !== callee) continue;
    let parent = parentOf.get(id);
    const chain: string[] = [];
    for (let depth = 0; depth < 3 && parent !== undefined; depth++) {
      chain.push(byId.get(parent)!.callFrame.functionName || "(anonymous)");
      parent = parentOf.get(parent);
    }
    const key = chain.join(" ← ");
    byCaller.set(key, (byCaller.get(key) ?? 0) + ticks);
  }
  console.log(`\ncallers of ${callee}:`);
  show(byCaller);
}
