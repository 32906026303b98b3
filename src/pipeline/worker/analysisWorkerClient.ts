import type { SheetSpec, WriteSheetResult } from "../../core/sheet/sheetSpec";
import type {
  ApplyScenarioResult,
  CreateScenarioRequest,
  CreateScenarioResult,
  ReadResult,
  SourceProblem,
  WorkbookSource,
} from "../../core/sheet/workbookSource";
import type { ScenarioChangeSet } from "../../core/scenario/scenarioChange";
import type { ScenarioInfo } from "../../core/scenario/scenarioInfo";
import type { SupportTableKind } from "../../core/coverage/supportTables";
import type { ColumnMapping } from "../../core/columns/columnMapping";
import { rememberFindingsByPosition } from "../../core/rollup/findingsByPosition";
import { readWorkbook } from "../loadWorkbook";
import type { Finding } from "../../core/findings/finding";
import type { OrgModel } from "../../core/model/orgModel";
import { LazyIdIndex } from "../transfer/lazyIdIndex";
import { unpackOrgModel } from "../transfer/packedModel";
import {
  setReportWriter,
  type AnalysedWorkbook,
  type AnalyseOptions,
  type AnalyseResult,
  type AnalysisEvents,
  type OpenedFile,
  type WorkbookAnalyser,
} from "../workbookAnalyser";
import type { ReportSource } from "../../core/report/reportSource";
import type { Lang } from "../../i18n";
import type { AnalysisReply, AnalysisRequest, SourceMethod } from "./analysisProtocol";

/** Rows per message when a table read on the pane's thread goes to the worker: each clone stays a few ms. */
export const ROWS_PER_MESSAGE = 4_000;

/** IDs indexed per task when an org model arrives (each slice a few ms of the pane's thread). */
export const ID_INDEX_SLICE = 10_000;

/** Lets the pane's thread handle input and paint between chunks of work (a task of its own, not clamped). */
export function yieldToPane(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The longest the pane waits for its thread to be idle after a new org before the worker goes on with the checks. */
export const PANE_IDLE_WAIT_MS = 1_000;

/**
 * Resolves when the pane's thread is next idle (the tasks that render and draw a new org done, its frame painted), or
 * after `timeout` ms; where the browser has no idle callbacks (WebKit), in a task of its own.
 */
export function whenPaneIdle(timeout = PANE_IDLE_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

interface Pending {
  onReply: (reply: AnalysisReply) => void;
  fail: (error: Error) => void;
}

/** A file's WorkbookSource living in the analysis worker, called from the pane's thread. */
export class WorkerWorkbookSource implements WorkbookSource {
  constructor(
    readonly client: AnalysisWorkerClient,
    readonly handle: number,
    readonly label: string,
  ) {}

  private call<T>(method: SourceMethod, ...args: unknown[]): Promise<T> {
    return this.client.call(this.handle, method, args) as Promise<T>;
  }
  listSheets(): Promise<string[]> {
    return this.call("listSheets");
  }
  readPositions(options?: { sheet?: string; mapping?: ColumnMapping }): Promise<ReadResult> {
    return this.call("readPositions", options);
  }
  readSupportTable(kind: SupportTableKind): Promise<ReadResult | undefined> {
    return this.call("readSupportTable", kind);
  }
  readSetting(key: string): Promise<string | undefined> {
    return this.call("readSetting", key);
  }
  writeSetting(key: string, value: string): Promise<void> {
    return this.call("writeSetting", key, value);
  }
  writeSheet(spec: SheetSpec): Promise<WriteSheetResult> {
    return this.call("writeSheet", spec);
  }
  toXlsx(): Promise<Uint8Array> {
    return this.call("toXlsx");
  }
  listScenarios(): Promise<ScenarioInfo[]> {
    return this.call("listScenarios");
  }
  createScenario(request: CreateScenarioRequest): Promise<CreateScenarioResult> {
    return this.call("createScenario", request);
  }
  applyScenarioChanges(sheet: string, changes: ScenarioChangeSet): Promise<ApplyScenarioResult> {
    return this.call("applyScenarioChanges", sheet, changes);
  }
  deleteScenario(sheet: string): Promise<{ ok: true } | { ok: false; problem: SourceProblem }> {
    return this.call("deleteScenario", sheet);
  }
}

/**
 * The pane's side of the analysis worker. A file is parsed in the worker; a table read on the pane's thread (Excel)
 * goes there in chunks of rows. The org model comes back first (typed arrays transferred, texts packed, positions
 * read out lazily), then the checks and coverage; the pane's thread never runs the analysis.
 */
export class AnalysisWorkerClient implements WorkbookAnalyser {
  readonly inWorker = true;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private broken: Error | undefined;

  constructor(
    private readonly worker: Worker,
    private readonly rowsPerMessage = ROWS_PER_MESSAGE,
  ) {
    worker.onmessage = (event: MessageEvent<AnalysisReply>) => this.pending.get(event.data.id)?.onReply(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      this.broken = new Error(`the analysis worker failed: ${event.message || "unknown error"}`);
      for (const pending of this.pending.values()) pending.fail(this.broken);
      this.pending.clear();
    };
  }

  /** Posts a request and routes its replies to `onReply` until it settles (or the worker fails). */
  private send(
    id: number,
    message: AnalysisRequest,
    onReply: (reply: AnalysisReply, settle: (value: unknown) => void) => void,
    transfer: Transferable[] = [],
  ): Promise<unknown> {
    const done = new Promise<unknown>((resolve, reject) => {
      if (this.broken) {
        reject(this.broken);
        return;
      }
      const settle = (value: unknown) => {
        this.pending.delete(id);
        resolve(value);
      };
      this.pending.set(id, {
        onReply: (reply) => {
          if (reply.type !== "error") onReply(reply, settle);
          else {
            this.pending.delete(id);
            reject(new Error(reply.message));
          }
        },
        fail: reject,
      });
    });
    this.worker.postMessage(message, transfer);
    return done;
  }

  private request(
    build: (id: number) => AnalysisRequest,
    onReply: (reply: AnalysisReply, settle: (value: unknown) => void) => void,
    transfer: Transferable[] = [],
  ): Promise<unknown> {
    const id = this.nextId++;
    return this.send(id, build(id), onReply, transfer);
  }

  /** Calls a method of a file's source in the worker. */
  call(handle: number, method: SourceMethod, args: unknown[]): Promise<unknown> {
    return this.request(
      (id) => ({ type: "call", id, handle, method, args }),
      (reply, settle) => {
        if (reply.type === "result") settle(reply.value);
      },
    );
  }

  async openFile(bytes: Uint8Array, fileName: string): Promise<OpenedFile> {
    const done = this.request(
      (id) => ({ type: "openFile", id, bytes, fileName }),
      (reply, settle) => {
        if (reply.type === "opened") settle(reply);
      },
      [bytes.buffer],
    );
    const reply = (await done) as Extract<AnalysisReply, { type: "opened" }>;
    if (!reply.ok) return { ok: false, problem: reply.problem };
    const source = new WorkerWorkbookSource(this, reply.handle, reply.label);
    return { ok: true, source, toXlsx: () => source.toXlsx() };
  }

  async load(source: WorkbookSource, options: AnalyseOptions, events: AnalysisEvents = {}): Promise<AnalyseResult> {
    if (source instanceof WorkerWorkbookSource && source.client === this) {
      events.onStage?.("reading");
      return this.receive((id) => ({ type: "load", id, handle: source.handle, sheet: options.sheet }), events);
    }
    // A workbook on the pane's thread (Excel, the sample): read here, analyse there.
    events.onStage?.("reading");
    const read = await readWorkbook(source, { sheet: options.sheet, fallBackWhenSheetGone: true });
    if (!read.ok) return read;
    const { rows, ...place } = read.read.positions;
    const id = this.nextId++;
    for (let start = 0; start < rows.length; start += this.rowsPerMessage) {
      if (start > 0) await yieldToPane();
      this.worker.postMessage({
        type: "rows",
        id,
        rows: rows.slice(start, start + this.rowsPerMessage),
      } satisfies AnalysisRequest);
    }
    return this.receive(() => ({ type: "analyse", id, read: { ...read.read, positions: place } }), events, id);
  }

  /** Sends an analysis request and gathers its replies: the org first, then the rest. */
  private async receive(
    build: (id: number) => AnalysisRequest,
    events: AnalysisEvents,
    fixedId?: number,
  ): Promise<AnalyseResult> {
    /** The org, unpacked and its IDs indexed (in slices, between which the pane's thread does other work). */
    let org: Promise<OrgModel> | undefined;
    /** The findings of the next `org` or `complete` message, gathered from their slices (one task each). */
    let findings: Finding[] = [];
    const onReply = (reply: AnalysisReply, settle: (value: unknown) => void) => {
      switch (reply.type) {
        case "findings":
          for (const finding of reply.findings) findings.push(finding);
          return;
        case "stage":
          events.onStage?.(reply.stage);
          return;
        case "org": {
          const orgFindings = findings;
          findings = [];
          rememberFindingsByPosition(orgFindings, reply.byPosition);
          // Each step a task of its own: the message's clone, the positions unpacked, the IDs indexed a slice at a
          // time, then the org handed to the pane (which renders it in a task of its own).
          org = (async () => {
            await yieldToPane();
            const model = unpackOrgModel(reply.org.model);
            await yieldToPane();
            if (model.indexById instanceof LazyIdIndex)
              await model.indexById.buildInSlices(yieldToPane, ID_INDEX_SLICE);
            await yieldToPane();
            events.onOrg?.({
              grid: reply.grid,
              analysis: { ...reply.org, findings: orgFindings, model },
              rollups: reply.rollups,
            });
            // The worker holds the checks back until the pane has drawn the org: on a machine with few cores they
            // would take the core the pane's thread needs, and stretch each of its tasks.
            void whenPaneIdle().then(() => this.worker.postMessage({ type: "resume", id } satisfies AnalysisRequest));
            return model;
          })();
          return;
        }
        case "problem":
          settle({ ok: false, problem: reply.problem } satisfies AnalyseResult);
          return;
        case "complete": {
          if (!org) throw new Error("the analysis worker sent no org model");
          const allFindings = findings;
          findings = [];
          rememberFindingsByPosition(allFindings, reply.byPosition);
          void org.then((model) => {
            const loaded: AnalysedWorkbook = {
              grid: reply.grid,
              mapping: reply.mapping,
              rules: reply.rules,
              costSettings: reply.costSettings,
              cost: reply.cost,
              budget: reply.budget,
              analysis: { ...reply.rest, findings: allFindings, model },
            };
            setReportWriter(loaded, (source, lang, report) => this.writeReport(id, source, lang, report));
            settle({ ok: true, loaded } satisfies AnalyseResult);
          });
          return;
        }
        default:
          return;
      }
    };
    const id = fixedId ?? this.nextId++;
    return (await this.send(id, build(id), onReply)) as AnalyseResult;
  }

  /**
   * Writes the report sheets of analysis `analysisId`, built in the worker: into a file opened there, there; else
   * (Excel) sent here in parts, each a short task, and written by the source.
   */
  private async writeReport(
    analysisId: number,
    source: WorkbookSource,
    lang: Lang,
    report: ReportSource,
  ): Promise<WriteSheetResult[]> {
    if (source instanceof WorkerWorkbookSource && source.client === this)
      return (await this.request(
        (id) => ({ type: "report", id, analysisId, lang, source: report, handle: source.handle }),
        (reply, settle) => {
          if (reply.type === "result") settle(reply.value);
        },
      )) as WriteSheetResult[];
    const parts: Extract<AnalysisReply, { type: "specRows" }>[] = [];
    const specs = (await this.request(
      (id) => ({ type: "report", id, analysisId, lang, source: report }),
      (reply, settle) => {
        if (reply.type === "specRows") parts.push(reply);
        else if (reply.type === "result") settle(reply.value);
      },
    )) as SheetSpec[];
    for (const part of parts) {
      const spec = specs[part.sheet];
      const rows = part.section < 0 ? spec.rows : spec.sections![part.section].rows;
      for (const row of part.rows) rows.push(row);
    }
    const written: WriteSheetResult[] = [];
    for (const spec of specs) {
      await yieldToPane();
      written.push(await source.writeSheet({ ...spec, role: "report" }));
    }
    return written;
  }

  dispose(): void {
    this.worker.terminate();
    const error = new Error("the analysis worker was stopped");
    for (const pending of this.pending.values()) pending.fail(error);
    this.pending.clear();
  }
}
