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
