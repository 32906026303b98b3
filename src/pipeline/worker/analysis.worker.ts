/**
 * The analysis Web Worker's entry (bundled by webpack as its own chunk: `new Worker(new URL(…, import.meta.url))`).
 * Requests are handled one after another, in the order they came.
 */
import type { AnalysisReply, AnalysisRequest } from "./analysisProtocol";
import { createAnalysisWorker } from "./analysisWorker";

const scope = self as unknown as {
  postMessage(message: AnalysisReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
};
const handle = createAnalysisWorker((reply, transfer = []) => scope.postMessage(reply, transfer));
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() => handle(event.data));
};
