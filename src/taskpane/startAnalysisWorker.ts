import { AnalysisWorkerClient } from "../pipeline/worker/analysisWorkerClient";
import { sameThreadAnalyser, type WorkbookAnalyser } from "../pipeline/workbookAnalyser";

/**
 * The pane's analysis Web Worker (webpack bundles `analysis.worker.ts` as a chunk of its own, next to the pane's
 * bundle). Where no worker can be started, the analysis runs on the pane's thread as before.
 */
export function startAnalysisWorker(): WorkbookAnalyser {
  if (typeof Worker === "undefined") return sameThreadAnalyser;
  try {
    const worker = new Worker(new URL("../pipeline/worker/analysis.worker.ts", import.meta.url), {
      name: "orgwright-analysis",
    });
    return new AnalysisWorkerClient(worker);
  } catch {
    return sameThreadAnalyser;
  }
}
