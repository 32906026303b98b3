/**
 * Every suite of `npm run bench`, in the order they run. To add one: export a `BenchSuite` from its file
 * (bench/benchSuite.ts) and add it here — one import, one line in the list.
 */
import type { BenchSuite } from "./benchSuite";
import { paneSuite } from "./browser/paneSuite";
import { chartSuite, layoutSuite } from "./chartSuites";
import { compareSuite } from "./compareBench";
import { costSuite } from "./costBench";
import { costSheetSuite } from "./costSheetPayload";
import { exportSuite } from "./exportSuite";
import { modelSuite } from "./modelSuite";
import { sheetSuite } from "./sheetBench";

export const SUITES: readonly BenchSuite[] = [
  modelSuite,
  layoutSuite,
  chartSuite,
  sheetSuite,
  costSuite,
  costSheetSuite,
  compareSuite,
  exportSuite,
  paneSuite,
];
