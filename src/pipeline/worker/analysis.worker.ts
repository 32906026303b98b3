/**
 * The analysis Web Worker's entry (bundled by webpack as its own chunk: `new Worker(new URL(…, import.meta.url))`).
 * Requests are handled one after another, in the order they came (createAnalysisWorker queues them).
 */
import type { AnalysisReply, AnalysisRequest } from "./analysisProtocol";
import { createAnalysisWorker } from "./analysisWorker";

const scope = self as unknown as {
  postMessage(message: AnalysisReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
};
const receive = createAnalysisWorker((reply, transfer = []) => scope.postMessage(reply, transfer));
scope.onmessage = (event) => {
  void receive(event.data);
};
