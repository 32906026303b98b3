/**
 * A tiny static server for the browser bench, bound to 127.0.0.1 only (no network): the page, its bundle,
 * and the generated orgs as JSON, made on first request and kept.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface BenchResource {
  type: string;
  body: string | Uint8Array;
}

/** What the server answers for a path, or undefined for 404. May be slow the first time (generating an org). */
export type ResolveResource = (path: string) => BenchResource | undefined | Promise<BenchResource | undefined>;

export interface BenchServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  close(): Promise<void>;
}

export async function startBenchServer(resolve: ResolveResource): Promise<BenchServer> {
  const cache = new Map<string, Promise<BenchResource | undefined>>();
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    try {
      let found = cache.get(path);
      if (!found) {
        found = Promise.resolve(resolve(path));
        cache.set(path, found);
      }
      const resource = await found;
      if (!resource) {
        response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}`);
        return;
      }
      response.writeHead(200, { "content-type": resource.type, "cache-control": "no-store" }).end(resource.body);
    } catch (error) {
      cache.delete(path);
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  };
  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
