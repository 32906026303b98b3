import { useCallback, useEffect, useRef, useState } from "react";
import { operationsCenterWorkbook, type ColumnMapping, type SourceProblem } from "../../core";
import type { OrgRules } from "../../core/checks/orgRules";
import { translate } from "../../i18n";
import { isTransientExcelError } from "../../excel/excelProblems";
import { isTransientProblem } from "../../pipeline/sourceProblems";
import {
  sameThreadAnalyser,
  type AnalysedWorkbook,
  type AnalysisStage,
  type OrgFirst,
  type WorkbookAnalyser,
} from "../../pipeline/workbookAnalyser";
import { rememberRollups } from "../chart/chartBasis";
import { xlsxFileName } from "../describeSource";
import type { OpenFileResult, PaneHost, PaneWorkbook } from "../host/paneHost";
import type { SavedCostSettings } from "../../core/cost/costSettingsSetting";
import { saveColumnMapping, saveCostSettings, saveOrgRules } from "../loadOrgWorkbook";
import { quoteSheetNames } from "../quoteSheetNames";
import { saveBytesAsFile } from "../saveBytesAsFile";
import { writeReportSheets } from "../writeReportSheets";

/** A short message about the last action. */
export interface PaneNotice {
  intent: "success" | "error";
  title?: string;
  text: string;
  /** A follow-up the message offers: the report sheets written outside Excel are kept by downloading the workbook. */
  action?: "download";
}

/** The workbook as the pane holds it: the place of the positions table, the saved choices, the whole analysis. */
export type LoadedWorkbook = AnalysedWorkbook;

/** A background refresh (after an edit in Excel) that failed: the last good org stays on screen. */
export interface StaleOrg {
  /** Excel refused the read for a passing reason (a cell being edited): said so, and tried again. */
  cellEdit: boolean;
  detail: string;
}

export interface OrgWorkbookState {
  workbook: PaneWorkbook;
  /** True while the workbook is read or written. */
  busy: boolean;
  /** The positions table as last read and analysed; undefined before the first read, or when it could not be read. */
  loaded?: LoadedWorkbook;
  /**
   * The newest org model: drawn as soon as it exists, while the checks and coverage of that read still run (then
   * `loaded` catches up with it). Undefined when no org can be shown.
   */
  org?: OrgFirst;
  /** What the analysis is doing while `busy`. */
  stage?: AnalysisStage;
  /** Set while the org on screen is older than the workbook (a background refresh failed and is being retried). */
  stale?: StaleOrg;
  /** Why the workbook (or a file the user opened) could not be read. */
  problem?: SourceProblem;
  notice?: PaneNotice;
  /** Counts the reads: views that page through the data start over when it changes. */
  version: number;
}

export interface OrgWorkbookActions {
  refresh: () => void;
  /**
   * Reads the workbook again after an edit (live follow): when that fails, the org on screen stays, the pane says so
   * quietly, and the read is tried again until it succeeds.
   */
  refreshInBackground: () => void;
  insertSample: () => void;
  openSample: () => void;
  openFile: (file: File) => void;
  applyMapping: (mapping: ColumnMapping) => void;
  /** Saves the rules in the workbook and runs the checks again. */
  saveRules: (rules: OrgRules) => void;
  /** Saves the cost settings in the workbook and costs the org again. */
  saveCost: (saved: SavedCostSettings) => void;
  /** Writes the Org checks and Coverage sheets into the workbook. */
  writeReport: () => void;
  /** Writes the Headcount cost sheet (live formulas) into the workbook. */
  writeCostSheet: () => void;
  download: () => void;
  dismissNotice: () => void;
  dismissProblem: () => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first retry of a failed background refresh, and the longest wait between retries (doubling in between). */
export const BACKGROUND_RETRY_FIRST_MS = 1_000;
export const BACKGROUND_RETRY_MAX_MS = 30_000;

/** A file opened in the analysis worker, as the pane's workbook (its source a proxy of the worker's). */
async function openInAnalyser(
  openFile: NonNullable<WorkbookAnalyser["openFile"]>,
  bytes: Uint8Array,
  fileName: string,
): Promise<OpenFileResult> {
  const opened = await openFile(bytes, fileName);
  return opened.ok ? { ok: true, workbook: { source: opened.source, origin: "file", toXlsx: opened.toXlsx } } : opened;
}

/**
 * The pane's state: which workbook is open, its analysis, and the actions on it. Every read and
 * write goes through the workbook's {@link WorkbookSource}; the data work is the core's. A later
 * action supersedes an earlier one still running.
 */
export function useOrgWorkbook(host: PaneHost): [OrgWorkbookState, OrgWorkbookActions] {
  const { lang } = host;
  const [state, setState] = useState<OrgWorkbookState>(() => ({
    workbook: host.openInitial(),
    busy: true,
    version: 0,
  }));
  const stateRef = useRef(state);
  stateRef.current = state;
  const sequence = useRef(0);
  /** The sheet the pane reads: the one it last wrote the sample to, else the source's own choice. */
  const sheetRef = useRef<string | undefined>(undefined);

  const analyser = host.analyser ?? sameThreadAnalyser;
  /** The retry of a failed background refresh, pending. */
  const retry = useRef<{ timer: ReturnType<typeof setTimeout>; attempt: number } | undefined>(undefined);
  const cancelRetry = useCallback(() => {
    if (retry.current) clearTimeout(retry.current.timer);
    retry.current = undefined;
  }, []);
  useEffect(() => cancelRetry, [cancelRetry]);

  /** Runs one action; its outcome is dropped when a later action started meanwhile. */
  const run = useCallback(
    (
      work: (isCurrent: () => boolean) => Promise<Partial<OrgWorkbookState> | undefined>,
      keep?: Partial<OrgWorkbookState>,
      background = false,
    ) => {
      const ticket = ++sequence.current;
      const isCurrent = () => ticket === sequence.current;
      if (!background) cancelRetry();
      setState((previous) => ({
        ...previous,
        ...keep,
        busy: true,
        ...(background ? {} : { notice: undefined }),
      }));
      work(isCurrent).then(
        (outcome) => {
          if (!isCurrent()) return;
          const reread = outcome !== undefined && "loaded" in outcome;
          setState((previous) => ({
            ...previous,
            ...outcome,
            busy: false,
            stage: undefined,
            version: previous.version + (reread ? 1 : 0),
          }));
        },
        (error: unknown) => {
          if (!isCurrent()) return;
          const notice: PaneNotice = {
            intent: "error",
            title: translate(lang, "ui.error.title"),
            text: messageOf(error),
          };
          setState((previous) => ({ ...previous, busy: false, stage: undefined, notice }));
        },
      );
    },
    [cancelRetry, lang],
  );

  /**
   * Reads and analyses the workbook (in the analysis worker when there is one): the org is shown as soon as its
   * model exists, the checks and coverage when they are done.
   */
  const read = useCallback(
    async (workbook: PaneWorkbook, isCurrent: () => boolean = () => true): Promise<Partial<OrgWorkbookState>> => {
      const result = await analyser.load(
        workbook.source,
        { lang, sheet: sheetRef.current },
        {
          onStage: (stage) => {
            if (isCurrent()) setState((previous) => ({ ...previous, stage }));
          },
          onOrg: (org) => {
            if (org.rollups) rememberRollups(org.analysis.model, org.rollups);
            if (isCurrent()) setState((previous) => ({ ...previous, workbook, org, problem: undefined }));
          },
        },
      );
      return result.ok
        ? {
            workbook,
            loaded: result.loaded,
            org: { grid: result.loaded.grid, analysis: result.loaded.analysis },
            problem: undefined,
            stale: undefined,
          }
        : { workbook, loaded: undefined, org: undefined, problem: result.problem, stale: undefined };
    },
    [analyser, lang],
  );

  const open = useCallback(
    (workbook: PaneWorkbook) => {
      sheetRef.current = undefined;
      run((isCurrent) => read(workbook, isCurrent), {
        workbook,
        loaded: undefined,
        org: undefined,
        problem: undefined,
        stale: undefined,
      });
    },
    [read, run],
  );

  useEffect(() => {
    run((isCurrent) => read(stateRef.current.workbook, isCurrent));
  }, [read, run]);

  const refresh = useCallback(
    () => run((isCurrent) => read(stateRef.current.workbook, isCurrent), { stale: undefined }),
    [read, run],
  );

  const refreshInBackground = useCallback(() => {
    cancelRetry();
    const attempt = (): void =>
      run(
        async (isCurrent) => {
          const workbook = stateRef.current.workbook;
          let outcome: Partial<OrgWorkbookState>;
          let failure: { problem?: SourceProblem; error?: unknown } | undefined;
          try {
            outcome = await read(workbook, isCurrent);
            if (outcome.problem) failure = { problem: outcome.problem };
          } catch (error) {
            failure = { error };
            outcome = {};
          }
          if (!failure) {
            retry.current = undefined;
            return outcome;
          }
          if (!isCurrent()) return undefined;
          // Keep the last good org (and what the pane shows of it); say so quietly; try again later.
          const tries = (retry.current?.attempt ?? 0) + 1;
          const delay = Math.min(BACKGROUND_RETRY_MAX_MS, BACKGROUND_RETRY_FIRST_MS * 2 ** (tries - 1));
          retry.current = { attempt: tries, timer: setTimeout(attempt, delay) };
          const stale: StaleOrg = {
            cellEdit:
              failure.problem !== undefined
                ? isTransientProblem(failure.problem)
                : isTransientExcelError(failure.error),
            detail: failure.problem?.detail ?? (failure.error === undefined ? "" : messageOf(failure.error)),
          };
          const previous = stateRef.current;
          return {
            stale,
            org: previous.loaded ? { grid: previous.loaded.grid, analysis: previous.loaded.analysis } : previous.org,
          };
        },
        undefined,
        true,
      );
    attempt();
  }, [cancelRetry, read, run]);

  const insertSample = useCallback(() => {
    run(async (isCurrent) => {
      const workbook = stateRef.current.workbook;
      const written: string[] = [];
      for (const spec of operationsCenterWorkbook(lang))
        written.push((await workbook.source.writeSheet(spec)).sheetName);
      if (!isCurrent()) return undefined;
      // The first sheet of the sample is its positions table.
      sheetRef.current = written[0];
      const outcome = await read(workbook, isCurrent);
      const text = translate(lang, "ui.status.sampleInserted", { sheets: quoteSheetNames(lang, written) });
      return { ...outcome, notice: { intent: "success", text } };
    });
  }, [lang, read, run]);

  const openSample = useCallback(() => {
    if (host.openSample) open(host.openSample());
  }, [host, open]);

  const openFile = useCallback(
    (file: File) => {
      const openHostFile = host.openFile;
      if (!openHostFile) return;
      run(async (isCurrent) => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const opened = analyser.openFile
          ? await openInAnalyser(analyser.openFile.bind(analyser), bytes, file.name)
          : await openHostFile(bytes, file.name);
        // A file that cannot be read leaves the workbook that was open in place, with the problem shown above it.
        if (!opened.ok) return { problem: opened.problem };
        sheetRef.current = undefined;
        return read(opened.workbook, isCurrent);
      });
    },
    [analyser, host, read, run],
  );

  const applyMapping = useCallback(
    (mapping: ColumnMapping) => {
      run(async (isCurrent) => {
        const workbook = stateRef.current.workbook;
        await saveColumnMapping(workbook.source, mapping);
        const outcome = await read(workbook, isCurrent);
        return { ...outcome, notice: { intent: "success", text: translate(lang, "ui.status.mappingSaved") } };
      });
    },
    [lang, read, run],
  );

  const saveRules = useCallback(
    (rules: OrgRules) => {
      run(async (isCurrent) => {
        const workbook = stateRef.current.workbook;
        await saveOrgRules(workbook.source, rules);
        const outcome = await read(workbook, isCurrent);
        return { ...outcome, notice: { intent: "success", text: translate(lang, "ui.status.rulesSaved") } };
      });
    },
    [lang, read, run],
  );

  const saveCost = useCallback(
    (saved: SavedCostSettings) => {
      run(async (isCurrent) => {
        const workbook = stateRef.current.workbook;
        await saveCostSettings(workbook.source, saved);
        const outcome = await read(workbook, isCurrent);
        return { ...outcome, notice: { intent: "success", text: translate(lang, "ui.cost.saved") } };
      });
    },
    [lang, read, run],
  );

  const writeSheets = useCallback(
    (which: "checks" | "cost") => {
      const { workbook, loaded } = stateRef.current;
      if (!loaded) return;
      run(async () => {
        const written = await writeReportSheets(workbook.source, loaded, { lang }, which);
        const sheets = quoteSheetNames(
          lang,
          written.map((result) => result.sheetName),
        );
        const notice: PaneNotice = workbook.toXlsx
          ? { intent: "success", text: translate(lang, "ui.status.reportAdded", { sheets }), action: "download" }
          : { intent: "success", text: translate(lang, "ui.status.reportWritten", { sheets }) };
        return { notice };
      });
    },
    [lang, run],
  );
  const writeReport = useCallback(() => writeSheets("checks"), [writeSheets]);
  const writeCostSheet = useCallback(() => writeSheets("cost"), [writeSheets]);

  const download = useCallback(() => {
    const { workbook } = stateRef.current;
    const toXlsx = workbook.toXlsx;
    if (!toXlsx) return;
    run(async () => {
      const fileName = xlsxFileName(workbook.source.label);
      saveBytesAsFile(await toXlsx(), fileName);
      return { notice: { intent: "success", text: translate(lang, "ui.status.downloaded", { file: fileName }) } };
    });
  }, [lang, run]);

  const dismissNotice = useCallback(() => setState((previous) => ({ ...previous, notice: undefined })), []);
  const dismissProblem = useCallback(() => setState((previous) => ({ ...previous, problem: undefined })), []);

  return [
    state,
    {
      refresh,
      refreshInBackground,
      insertSample,
      openSample,
      openFile,
      applyMapping,
      saveRules,
      saveCost,
      writeReport,
      writeCostSheet,
      download,
      dismissNotice,
      dismissProblem,
    },
  ];
}
