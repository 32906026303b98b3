/**
 * Resolves a minified bundle's frames (a CPU profile's url, line, column) to the original source through the bundle's
 * source map: "src/taskpane/App.tsx:88 positionsWithFindings". For reading traces (longTaskTrace.ts), not shipped.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map";
import type { FrameResolver } from "./longTaskTrace";

/** `maps`: a bundle's file name ("taskpane.js") → its source map (parsed JSON). */
export function sourceMapResolver(maps: ReadonlyMap<string, RawSourceMap>): FrameResolver {
  const consumers = new Map<string, SourceMapConsumer>();
  for (const [file, map] of maps) consumers.set(file, new SourceMapConsumer(map));
  const cache = new Map<string, string | undefined>();
  return (frame) => {
    const file = (frame.url ?? "").replace(/[?#].*$/, "").replace(/^.*\//, "");
    const consumer = consumers.get(file);
    if (!consumer) return undefined;
    const key = `${file}:${frame.lineNumber}:${frame.columnNumber}`;
    if (cache.has(key)) return cache.get(key);
    const at = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    const source = at.source
      ?.replace(/^(webpack:\/\/[^/]*\/|\.\.\/|\.\/)+/g, "")
      .replace(/^.*?(src\/|node_modules\/)/, "$1");
    const resolved = source ? `${source}:${at.line} ${at.name ?? frame.functionName ?? ""}`.trim() : undefined;
    cache.set(key, resolved);
    return resolved;
  };
}

/** The source maps beside the bundles of a folder (dist/): every `x.js.map` as "x.js". */
export function folderSourceMaps(folder: string, files: readonly string[]): Map<string, RawSourceMap> {
  const maps = new Map<string, RawSourceMap>();
  for (const file of files) {
    const mapPath = path.join(folder, `${file}.map`);
    if (existsSync(mapPath)) maps.set(file, JSON.parse(readFileSync(mapPath, "utf8")) as RawSourceMap);
  }
  return maps;
}
