import { operationsCenterWorkbook } from "../../src/core";
import { plainPosition } from "../../src/core/model/position";
import { FileWorkbookSource } from "../../src/files";
import { findingsByPosition, knownFindingsByPosition } from "../../src/core/rollup/findingsByPosition";
import { loadWorkbook } from "../../src/pipeline/loadWorkbook";
import type { AnalysisReply, AnalysisRequest } from "../../src/pipeline/worker/analysisProtocol";
import { createAnalysisWorker, findingSlices } from "../../src/pipeline/worker/analysisWorker";
import type { Finding } from "../../src/core/findings/finding";
import { AnalysisWorkerClient } from "../../src/pipeline/worker/analysisWorkerClient";
import type { AnalysedWorkbook, AnalysisStage, OrgFirst } from "../../src/pipeline/workbookAnalyser";
import { generateOrg } from "../../bench/generateOrg";
import { workbookReport } from "../../src/core/report/workbookReport";
import type { SheetSpec } from "../../src/core/sheet/sheetSpec";
import type { WorkbookSource } from "../../src/core/sheet/workbookSource";
import { SPEC_ROWS_PER_MESSAGE } from "../../src/pipeline/worker/analysisProtocol";
import { reportWriterOf } from "../../src/pipeline/workbookAnalyser";
import { reportSheets } from "../../src/pipeline/reportSheets";
import { writeCostSheet, writeReportSheets } from "../../src/taskpane/writeReportSheets";

/**
 * The analysis worker and its client, joined by a stand-in for a Web Worker that does what the browser does with a
 * message: a structured clone, with the listed buffers transferred (detached on the sending side), delivered later.
 */
function connectedClient(rowsPerMessage?: number): { client: AnalysisWorkerClient; requests: AnalysisRequest[] } {
  const requests: AnalysisRequest[] = [];
  const post = (reply: AnalysisReply, transfer: Transferable[] = []) => {
    const copy = structuredClone(reply, { transfer });
    setTimeout(() => (fakeWorker.onmessage as (event: { data: AnalysisReply }) => void)({ data: copy }), 0);
  };
  // The worker's handler queues requests itself, as in the browser (analysis.worker.ts).
  const receive = createAnalysisWorker(post);
  const fakeWorker = {
    onmessage: null as unknown,
    onerror: null as unknown,
    postMessage(message: AnalysisRequest, transfer: Transferable[] = []) {
      const copy = structuredClone(message, { transfer });
      requests.push(copy.type === "rows" ? { ...copy, rows: [...copy.rows] } : copy);
      setTimeout(() => void receive(copy), 0);
    },
    terminate() {},
  };
  const client = new AnalysisWorkerClient(fakeWorker as unknown as Worker, rowsPerMessage);
  return { client, requests };
}

function events() {
  const seen: string[] = [];
  let org: OrgFirst | undefined;
  return {
    seen,
    org: () => org,
    handlers: {
      onStage: (stage: AnalysisStage) => seen.push(stage),
      onOrg: (first: OrgFirst) => {
        seen.push("org");
        org = first;
      },
    },
  };
}

/** Typed arrays as plain arrays (a structured clone makes them in another realm here, which toEqual tells apart). */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object" && !(value instanceof Map))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}

function expectSameAnalysis(actual: AnalysedWorkbook, expected: AnalysedWorkbook) {
  const { model: actualModel, ...actualRest } = actual.analysis;
  const { model: expectedModel, ...expectedRest } = expected.analysis;
  expect(actualModel.positions.map(plainPosition)).toEqual(expectedModel.positions.map(plainPosition));
  const { positions: _a, indexById: actualIds, ...actualTree } = actualModel;
  const { positions: _b, indexById: expectedIds, ...expectedTree } = expectedModel;
  void _a;
  void _b;
  expect(plain(actualTree)).toEqual(plain(expectedTree));
  expect([...actualIds.entries()]).toEqual([...expectedIds.entries()]);
  expect(plain(actualRest)).toEqual(plain(expectedRest));
  expect(actual.mapping).toEqual(expected.mapping);
  expect(actual.rules).toEqual(expected.rules);
  expect(actual.grid.sheetName).toBe(expected.grid.sheetName);
}

describe("the analysis worker (pane side and worker side, over structured clones)", () => {
  test("a file parsed in the worker: the org comes first, then the same analysis as on one thread", async () => {
    const { client, requests } = connectedClient();
    const csv = [
      "Position ID,Title,Reports To,Name,Department,Capabilities,Start Date,Dotted Line To",
      "B,Boss,,Bo,Office,Planning; Budget,2020-01-15,",
      "L1,Lead one,B,,Ops,Routing,,L2",
      "L2,Lead two,B,Lu,Ops,,,",
      "M1,Member,L1,Mo,Ops,Routing,2024-03-01,",
      "X,Orphan,NOPE,Xi,Ops,,,",
    ].join("\n");
    const bytes = new TextEncoder().encode(csv);
    const opened = await client.openFile(bytes.slice(), "people.csv");
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(opened.source.label).toBe("people.csv");
    const seen = events();
    const result = await client.load(opened.source, {}, seen.handlers);
    if (!result.ok) throw new Error(result.problem.code);
    // The stages in order; the org arrives while the checks run (before the whole analysis resolves).
    expect(seen.seen.filter((event) => event !== "org")).toEqual(["reading", "model", "checks"]);
    expect(seen.seen).toContain("org");
    // The chart's model is the one the complete analysis carries: the chart keeps its state when the checks arrive.
    expect(result.loaded.analysis.model).toBe(seen.org()!.analysis.model);

    const reference = FileWorkbookSource.fromGrid("people.csv", {
      sheetName: "people",
      firstRow: 1,
      firstColumn: 1,
      rows: csv.split("\n").map((line) => line.split(",")),
    });
    const expected = await loadWorkbook(reference, { lang: "en" });
    if (!expected.ok) throw new Error(expected.problem.code);
    expectSameAnalysis(result.loaded, expected.loaded);
    expect(result.loaded.analysis.findings.map((finding) => finding.code)).toContain("UNKNOWN_MANAGER");
    // Which positions the findings name came worked out from the worker, equal to working it out here.
    const known = knownFindingsByPosition(result.loaded.analysis.findings);
    const here = findingsByPosition(expected.loaded.analysis.model, expected.loaded.analysis.findings);
    expect(known && Array.from(known.counts)).toEqual(Array.from(here.counts));
    expect(known && Array.from(known.named)).toEqual(Array.from(here.named));
    expect(Array.from(here.named)).toContain(1);
    // The file's cells stayed in the worker: the pane's thread never received them.
    expect(requests.some((request) => request.type === "rows")).toBe(false);
  });

  test("the file's source lives in the worker: settings, sheets and the .xlsx go through it", async () => {
    const { client } = connectedClient();
    const opened = await client.openFile(new TextEncoder().encode("Position ID,Title,Reports To\nA,Top,\n"), "a.csv");
    if (!opened.ok) throw new Error(opened.problem.code);
    await opened.source.writeSetting("orgwright.test", "kept");
    await expect(opened.source.readSetting("orgwright.test")).resolves.toBe("kept");
    await expect(opened.source.listSheets()).resolves.toEqual(["a"]);
    const xlsx = await opened.toXlsx();
    expect(xlsx).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(xlsx.subarray(0, 2)).toString()).toBe("PK");
  });

  test("a table read on the pane's thread goes to the worker in chunks of rows and comes back analysed", async () => {
    const { client, requests } = connectedClient(100);
    const { grid } = generateOrg(210, 7);
    const source = FileWorkbookSource.fromGrid("Excel", grid);
    const seen = events();
    const result = await client.load(source, {}, seen.handlers);
    if (!result.ok) throw new Error(result.problem.code);
    const chunks = requests.filter((request) => request.type === "rows");
    expect(chunks.map((chunk) => (chunk.type === "rows" ? chunk.rows.length : 0))).toEqual([100, 100, 11]);
    const expected = await loadWorkbook(FileWorkbookSource.fromGrid("Excel", grid), { lang: "zh-CN" });
    if (!expected.ok) throw new Error(expected.problem.code);
    expectSameAnalysis(result.loaded, expected.loaded);
  });

  test("the sample with its Departments table; a problem comes back as a problem", async () => {
    const { client } = connectedClient();
    const sample = FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook("en"));
    const result = await client.load(sample, {});
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.loaded.analysis.departments).toBeDefined();
    expect(result.loaded.analysis.model.positions).toHaveLength(35);

    const opened = await client.openFile(new Uint8Array([1, 2, 3]), "x.pdf");
    expect(opened.ok ? "" : opened.problem.code).toBe("UNSUPPORTED_FILE_TYPE");
  });

  test("the report sheets of a table read on the pane's thread are built in the worker and come back in parts", async () => {
    const { client } = connectedClient();
    const { grid } = generateOrg(5_000, 3);
    const source = FileWorkbookSource.fromGrid("Excel", grid);
    const result = await client.load(source, {});
    if (!result.ok) throw new Error(result.problem.code);
    const writer = reportWriterOf(result.loaded);
    expect(writer).toBeDefined();
    const written: SheetSpec[] = [];
    const recorder = { writeSheet: async (spec: SheetSpec) => (written.push(spec), { sheetName: spec.name }) };
    const report = { positionsSheet: grid.sheetName, firstColumn: 1 };
    const results = await writeReportSheets(recorder as unknown as WorkbookSource, result.loaded, { lang: "en" });
    expect(results.map((r) => r.sheetName)).toEqual(written.map((spec) => spec.name));
    // The same sheets as built on one thread, every row back in its place (more rows than one message holds).
    const expected = await loadWorkbook(FileWorkbookSource.fromGrid("Excel", grid), { lang: "en" });
    if (!expected.ok) throw new Error(expected.problem.code);
    const here = workbookReport(expected.loaded.analysis, "en", report).map((spec) => ({ ...spec, role: "report" }));
    expect(written).toEqual(here);
    const longest = Math.max(
      ...here.flatMap((spec) => [spec.rows, ...(spec.sections ?? []).map((s) => s.rows)].map((rows) => rows.length)),
    );
    expect(longest).toBeGreaterThan(SPEC_ROWS_PER_MESSAGE);
    // A copy of the loaded workbook (not the one the worker analysed) builds its report where it is.
    expect(reportWriterOf({ ...result.loaded })).toBeUndefined();
  });

  test("the Headcount cost sheet (the Cost tab's Write cost sheet) is built in the worker, from the cells it holds", async () => {
    const { client } = connectedClient();
    const { grid } = generateOrg(3_000, 5);
    const result = await client.load(FileWorkbookSource.fromGrid("Excel", grid), {});
    if (!result.ok) throw new Error(result.problem.code);
    const written: SheetSpec[] = [];
    const recorder = { writeSheet: async (spec: SheetSpec) => (written.push(spec), { sheetName: spec.name }) };
    await writeCostSheet(recorder as unknown as WorkbookSource, result.loaded, { lang: "en" });
    // The same sheet as built on one thread, every row back in its place.
    const expected = await loadWorkbook(FileWorkbookSource.fromGrid("Excel", grid), { lang: "en" });
    if (!expected.ok) throw new Error(expected.problem.code);
    const here = reportSheets(expected.loaded, "en", { positionsSheet: grid.sheetName, sheets: "cost" });
    expect(written.map((spec) => spec.name)).toEqual(["Headcount cost"]);
    expect(written).toEqual(here.map((spec) => ({ ...spec, role: "report" })));
  });

  test("the report of a file opened in the worker is built and written there", async () => {
    const { client, requests } = connectedClient();
    const opened = await client.openFile(
      new TextEncoder().encode("Position ID,Title,Reports To,Capabilities\nA,Top,,Routing\nB,Lead,A,\nC,Solo,B,\n"),
      "a.csv",
    );
    if (!opened.ok) throw new Error(opened.problem.code);
    const result = await client.load(opened.source, {});
    if (!result.ok) throw new Error(result.problem.code);
    const results = await writeReportSheets(opened.source, result.loaded, { lang: "zh-CN" });
    expect(results.length).toBe(2);
    await expect(opened.source.listSheets()).resolves.toEqual(["a", ...results.map((r) => r.sheetName)]);
    // The specs never crossed to the pane's thread: one report request, no writeSheet call through the proxy.
    expect(requests.filter((request) => request.type === "report")).toHaveLength(1);
    expect(requests.some((request) => request.type === "call" && request.method === "writeSheet")).toBe(false);
  });

  test("the worker holds a big org's checks back until the pane, having drawn the org, says to go on", async () => {
    const posted: AnalysisReply[] = [];
    // Held from 3 positions here (from 10,000 in the pane): a 3-row sheet stands for a big org.
    const receive = createAnalysisWorker((reply) => posted.push(reply), 3);
    const csv = "Position ID,Title,Reports To\nA,Top,\nB,Lead,A\nC,Member,B\n";
    await receive({ type: "openFile", id: 1, bytes: new TextEncoder().encode(csv), fileName: "a.csv" });
    const opened = posted.find((reply) => reply.type === "opened");
    if (opened?.type !== "opened" || !opened.ok) throw new Error("not opened");
    const done = receive({ type: "load", id: 2, handle: opened.handle });
    while (!posted.some((reply) => reply.type === "org")) await new Promise((resolve) => setTimeout(resolve, 0));
    // The checks of a 3-row sheet take no time: without the wait they would have followed the org at once.
    const after = () => posted.slice(posted.findIndex((reply) => reply.type === "org") + 1).map((reply) => reply.type);
    expect(after()).toEqual(["stage"]);
    await receive({ type: "resume", id: 2 });
    await done;
    expect(
      after()
        .slice(1)
        .filter((type) => type !== "findings"),
    ).toEqual(["complete"]);
  });

  test("without the pane's word the checks go on after a while; the client gives it once the org is handed over", async () => {
    const posted: AnalysisReply[] = [];
    const receive = createAnalysisWorker((reply) => posted.push(reply), 1);
    const csv = "Position ID,Title,Reports To\nA,Top,\n";
    await receive({ type: "openFile", id: 1, bytes: new TextEncoder().encode(csv), fileName: "a.csv" });
    const opened = posted.find((reply) => reply.type === "opened");
    if (opened?.type !== "opened" || !opened.ok) throw new Error("not opened");
    await receive({ type: "load", id: 2, handle: opened.handle });
    expect(posted.map((reply) => reply.type)).toContain("complete");

    const { client, requests } = connectedClient();
    const file = await client.openFile(new TextEncoder().encode(csv), "b.csv");
    if (!file.ok) throw new Error(file.problem.code);
    let orgHandedOver = false;
    const result = await client.load(file.source, {}, { onOrg: () => (orgHandedOver = true) });
    expect(result.ok && orgHandedOver).toBe(true);
    const load = requests.find((request) => request.type === "load");
    // (This small org's checks did not wait for it: the word may come after them.)
    while (!requests.some((request) => request.type === "resume")) await new Promise((r) => setTimeout(r, 0));
    expect(requests.filter((request) => request.type === "resume")).toEqual([{ type: "resume", id: load?.id }]);
  });

  test("a small org's checks come with it, without waiting for the pane", async () => {
    const posted: AnalysisReply[] = [];
    const receive = createAnalysisWorker((reply) => posted.push(reply));
    const csv = "Position ID,Title,Reports To\nA,Top,\nB,Lead,A\n";
    await receive({ type: "openFile", id: 1, bytes: new TextEncoder().encode(csv), fileName: "a.csv" });
    const opened = posted.find((reply) => reply.type === "opened");
    if (opened?.type !== "opened" || !opened.ok) throw new Error("not opened");
    const done = receive({ type: "load", id: 2, handle: opened.handle });
    while (!posted.some((reply) => reply.type === "org")) await new Promise((resolve) => setTimeout(resolve, 0));
    // Posted in the same run as the org: nothing was awaited in between.
    expect(posted.map((reply) => reply.type)).toContain("complete");
    await done;
  });

  test("findings go in slices of at most 1,000, fewer when they name many rows and IDs; none is cut", () => {
    const finding = (named: number): Finding => ({
      code: "UNKNOWN_MANAGER",
      severity: "error",
      rows: Array.from({ length: named }, (_, i) => i + 2),
      ids: Array.from({ length: named }, (_, i) => `P${i}`),
      params: {},
    });
    const small = Array.from({ length: 2_500 }, () => finding(1));
    expect(findingSlices(small)).toEqual([
      [0, 1_000],
      [1_000, 2_000],
      [2_000, 2_500],
    ]);
    // Two findings naming 6,000 positions each (12,001 items apiece): a message ends once it reaches 20,000.
    const mixed = [finding(1), finding(6_000), finding(6_000), finding(1), finding(30_000), finding(1)];
    expect(findingSlices(mixed)).toEqual([
      [0, 3],
      [3, 5],
      [5, 6],
    ]);
    expect(findingSlices([])).toEqual([]);
  });
});
