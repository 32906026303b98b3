import type { CellValue } from "../../core/cells/cell";
import { rollUpPositions, type PositionRollups } from "../../core/rollup/positionRollups";
import type { SheetGrid } from "../../core/sheet/sheetGrid";
import type { FileWorkbookSource } from "../../files/fileWorkbookSource";
import { openWorkbookFile } from "../../files/openWorkbookFile";
import { findingsByPosition } from "../../core/rollup/findingsByPosition";
import { analyseInStages, readWorkbook, type LoadedWorkbook, type WorkbookRead } from "../loadWorkbook";
import { reportSheets } from "../reportSheets";
import { packOrgModel } from "../transfer/packedModel";
import type { SheetPlace } from "../workbookAnalyser";
import type { Finding } from "../../core/findings/finding";
import type { SheetSpec } from "../../core/sheet/sheetSpec";
import {
  FINDING_ITEMS_PER_MESSAGE,
  FINDINGS_PER_MESSAGE,
  HOLD_CHECKS_FROM,
  PANE_WAIT_MAX_MS,
  SPEC_ROWS_PER_MESSAGE,
  type AnalysisReply,
  type AnalysisRequest,
} from "./analysisProtocol";

/** Where the worker's replies go (the worker's global scope; a stand-in in tests). */
export type PostReply = (reply: AnalysisReply, transfer?: Transferable[]) => void;

function placeOf(grid: SheetGrid): SheetPlace {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { rows, ...place } = grid;
  return place;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Where the findings are cut into messages ([start, end) each, in order): at most `perMessage` findings, and a message
 * ends after the finding that brings the rows and IDs it names to `itemsPerMessage` (one finding is never cut).
 */
export function findingSlices(
  findings: readonly Finding[],
  perMessage = FINDINGS_PER_MESSAGE,
  itemsPerMessage = FINDING_ITEMS_PER_MESSAGE,
): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  let items = 0;
  for (let i = 0; i < findings.length; i++) {
    items += 1 + findings[i].rows.length + findings[i].ids.length;
    if (i + 1 - start < perMessage && items < itemsPerMessage && i + 1 < findings.length) continue;
    slices.push([start, i + 1]);
    start = i + 1;
    items = 0;
  }
  return slices;
}

/**
 * The analysis worker's side: files opened here (the pane's thread gets a proxy of their source), tables read
 * on the pane's thread received in chunks, and the load-and-analyse pipeline run with the org model sent first
 * (packed: transferred typed arrays and packed texts), then the checks and coverage — for an org of
 * {@link HOLD_CHECKS_FROM} positions or more once the pane has drawn it (or after {@link PANE_WAIT_MAX_MS}). The handler queues requests itself: call it for each message.
 */
export function createAnalysisWorker(
  post: PostReply,
  /** Positions from which the checks wait for the pane's `resume` (tests lower it). */
  holdChecksFrom = HOLD_CHECKS_FROM,
): (request: AnalysisRequest) => Promise<void> {
  const sources = new Map<number, FileWorkbookSource>();
  const rowsOf = new Map<number, CellValue[][]>();
  let nextHandle = 1;
  /** The last analysis done here, by its request id: the report sheets are built from it. */
  let latest: { id: number; loaded: LoadedWorkbook } | undefined;

  /** Sends a spec's rows in parts and returns it without them (the pane puts them back). */
  const postSpecRows = (id: number, sheet: number, spec: SheetSpec): SheetSpec => {
    const sections = spec.sections ?? [];
    const blocks = [spec.rows, ...sections.map((section) => section.rows)];
    blocks.forEach((rows, b) => {
      for (let start = 0; start < rows.length; start += SPEC_ROWS_PER_MESSAGE)
        post({ type: "specRows", id, sheet, section: b - 1, rows: rows.slice(start, start + SPEC_ROWS_PER_MESSAGE) });
    });
    return {
      ...spec,
      rows: [],
      ...(spec.sections ? { sections: sections.map((section) => ({ ...section, rows: [] })) } : {}),
    };
  };

  const postFindings = (id: number, findings: readonly Finding[]) => {
    for (const [start, end] of findingSlices(findings))
      post({ type: "findings", id, findings: findings.slice(start, end) });
  };

  /** Analyses waiting for the pane's `resume`, by request id. */
  const waiting = new Map<number, () => void>();
  const paneDrawn = (id: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve();
      };
      const timer = setTimeout(done, PANE_WAIT_MAX_MS);
      waiting.set(id, done);
    });

  const analyse = async (id: number, read: WorkbookRead) => {
    post({ type: "stage", id, stage: "model" });
    const staged = analyseInStages(read);
    const place = placeOf(read.positions);
    const { model, findings: orgFindings, ...org } = staged.org;
    postFindings(id, orgFindings);
    const packed = packOrgModel(model);
    // Copies of the rollups' arrays (some are the model's own columns, which the checks still read here).
    const rollups = Object.fromEntries(
      Object.entries(rollUpPositions(model)).map(([key, value]) => [
        key,
        ArrayBuffer.isView(value) ? (value as unknown as Int32Array).slice() : value,
      ]),
    ) as PositionRollups;
    const rollupBuffers = Object.values(rollups)
      .filter((value): value is ArrayBufferView => ArrayBuffer.isView(value))
      .map((view) => view.buffer as ArrayBuffer);
    const orgByPosition = findingsByPosition(model, orgFindings);
    post({ type: "org", id, grid: place, org: { ...org, model: packed.packed }, rollups, byPosition: orgByPosition }, [
      ...new Set([...packed.transfer, ...rollupBuffers, orgByPosition.counts.buffer, orgByPosition.named.buffer]),
    ]);
    post({ type: "stage", id, stage: "checks" });
    if (model.parent.length >= holdChecksFrom) await paneDrawn(id);
    const loaded = staged.finish();
    latest = { id, loaded };
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { model: _model, findings, ...rest } = loaded.analysis;
    postFindings(id, findings);
    const byPosition = findingsByPosition(model, findings);
    post(
      {
        type: "complete",
        id,
        grid: place,
        mapping: loaded.mapping,
        rules: loaded.rules,
        costSettings: loaded.costSettings,
        cost: loaded.cost,
        budget: loaded.budget,
        rest,
        byPosition,
      },
      [byPosition.counts.buffer, byPosition.named.buffer],
    );
  };

  const handle = async (request: AnalysisRequest): Promise<void> => {
    try {
      switch (request.type) {
        case "openFile": {
          const opened = await openWorkbookFile(request.bytes, request.fileName);
          if (!opened.ok) {
            post({ type: "opened", id: request.id, ok: false, problem: opened.problem });
            return;
          }
          const handle = nextHandle++;
          sources.set(handle, opened.source);
          post({ type: "opened", id: request.id, ok: true, handle, label: opened.source.label });
          return;
        }
        case "load": {
          const source = sources.get(request.handle);
          if (!source) throw new Error(`no workbook ${request.handle} in the analysis worker`);
          const read = await readWorkbook(source, { sheet: request.sheet, fallBackWhenSheetGone: true });
          if (!read.ok) post({ type: "problem", id: request.id, problem: read.problem });
          else await analyse(request.id, read.read);
          return;
        }
        case "rows": {
          const rows = rowsOf.get(request.id);
          if (rows) for (const row of request.rows) rows.push(row);
          else rowsOf.set(request.id, request.rows);
          return;
        }
        case "analyse": {
          const rows = rowsOf.get(request.id) ?? [];
          rowsOf.delete(request.id);
          const positions: SheetGrid = { ...request.read.positions, rows };
          await analyse(request.id, { ...request.read, positions });
          return;
        }
        case "call": {
          const source = sources.get(request.handle);
          if (!source) throw new Error(`no workbook ${request.handle} in the analysis worker`);
          const method = source[request.method] as (...args: unknown[]) => Promise<unknown>;
          const value = await method.apply(source, request.args);
          post({ type: "result", id: request.id, value }, value instanceof Uint8Array ? [value.buffer] : []);
          return;
        }
        case "report": {
          if (latest?.id !== request.analysisId)
            throw new Error(`analysis ${request.analysisId} is no longer in the analysis worker`);
          const specs = reportSheets(latest.loaded, request.lang, request.source);
          if (request.handle !== undefined) {
            const source = sources.get(request.handle);
            if (!source) throw new Error(`no workbook ${request.handle} in the analysis worker`);
            const written = [];
            for (const spec of specs) written.push(await source.writeSheet({ ...spec, role: "report" }));
            post({ type: "result", id: request.id, value: written });
          } else
            post({ type: "result", id: request.id, value: specs.map((spec, i) => postSpecRows(request.id, i, spec)) });
          return;
        }
        case "close":
          sources.delete(request.handle);
          return;
        case "resume":
          waiting.get(request.id)?.();
          return;
      }
    } catch (error) {
      if ("id" in request) post({ type: "error", id: request.id, message: messageOf(error) });
    }
  };

  // Requests are handled one after another, in the order they came; a `resume` at once (the request it concerns is
  // the one being handled).
  let queue: Promise<void> = Promise.resolve();
  return (request) => {
    if (request.type === "resume") return handle(request);
    queue = queue.then(() => handle(request));
    return queue;
  };
}
