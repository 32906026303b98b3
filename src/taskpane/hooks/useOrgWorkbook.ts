import { useCallback, useEffect, useRef, useState } from "react";
import { operationsCenterWorkbook, type ColumnMapping, type SourceProblem } from "../../core";
import type { OrgWorkbookActions, OrgWorkbookState, StaleOrg } from "./orgWorkbookState";
import type { OrgRules } from "../../core/checks/orgRules";
import { translate, type Lang } from "../../i18n";
import { isTransientExcelError } from "../../excel/excelProblems";
import { isTransientProblem } from "../../pipeline/sourceProblems";
import { sameThreadAnalyser, type WorkbookAnalyser } from "../../pipeline/workbookAnalyser";
import { rememberRollups } from "../chart/chartBasis";
import { openingCollapsedIds } from "../chart/collapsedIds";
import { xlsxFileName } from "../describeSource";
import type { OpenFileResult, PaneHost, PaneWorkbook } from "../host/paneHost";
import type { SavedCostSettings } from "../../core/cost/costSettingsSetting";
import { saveColumnMapping, saveCostSettings, saveOrgRules } from "../loadOrgWorkbook";
import { quoteSheetNames } from "../quoteSheetNames";
import { saveBytesAsFile } from "../saveBytesAsFile";
import { errorNotice, type PaneNotice } from "../paneNotice";
import { writeReportSheets } from "../writeReportSheets";

export type { PaneNotice } from "../paneNotice";
export type { LoadedWorkbook, OrgWorkbookActions, OrgWorkbookState, StaleOrg } from "./orgWorkbookState";

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
 *
 * The analysis takes no language: when the user switches the pane's `lang`, the org loaded stays (no read, no
 * analysis) and the views say it again; the messages of the actions are made in the language they are shown in. Only
 * the built-in sample of a plain browser, while the user has not changed it, is opened again in the new language (it
 * is another workbook: its titles, departments and sheet names are in that language).
 */
export function useOrgWorkbook(host: PaneHost, lang: Lang = host.lang): [OrgWorkbookState, OrgWorkbookActions] {
  /** The language of the actions' sheets and names (Insert sample, the report): the pane's, when the action runs. */
  const langRef = useRef(lang);
  langRef.current = lang;
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
          setState((previous) => ({ ...previous, busy: false, stage: undefined, notice: errorNotice(error) }));
        },
      );
    },
    [cancelRetry],
  );

  /**
   * Reads and analyses the workbook (in the analysis worker when there is one): the org is shown as soon as its
   * model exists, the checks and coverage when they are done.
   */
  const read = useCallback(
    async (workbook: PaneWorkbook, isCurrent: () => boolean = () => true): Promise<Partial<OrgWorkbookState>> => {
      const result = await analyser.load(
        workbook.source,
        { sheet: sheetRef.current },
        {
          onStage: (stage) => {
            if (isCurrent()) setState((previous) => ({ ...previous, stage }));
          },
          onOrg: (org) => {
            if (org.rollups) rememberRollups(org.analysis.model, org.rollups);
            // What the chart opens collapsed, worked out here (a walk over every position) rather than in the render
            // that draws the new org: at 100,000 positions that render is the pane's longest task.
            openingCollapsedIds(org.analysis.model);
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
    [analyser],
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
      for (const spec of operationsCenterWorkbook(langRef.current))
        written.push((await workbook.source.writeSheet(spec)).sheetName);
      if (!isCurrent()) return undefined;
      // The first sheet of the sample is its positions table.
      sheetRef.current = written[0];
      const outcome = await read(workbook, isCurrent);
      const text = (l: Lang) => translate(l, "ui.status.sampleInserted", { sheets: quoteSheetNames(l, written) });
      return { ...outcome, notice: { intent: "success", text } };
    });
  }, [read, run]);

  const openSample = useCallback(() => {
    if (host.openSample) open(host.openSample(langRef.current));
  }, [host, open]);

  // The language switched: the org on screen stays and every view says it again. The built-in sample, while the user
  // has not changed it, follows the language: it is opened again in it (the org on screen stays until it is read).
  useEffect(() => {
    const { workbook } = stateRef.current;
    const follows = workbook.origin === "sample" && workbook.sampleLang !== undefined && !workbook.changed?.();
    if (!follows || workbook.sampleLang === lang || !host.openSample) return;
    const sample = host.openSample(lang);
    sheetRef.current = undefined;
    run((isCurrent) => read(sample, isCurrent), { workbook: sample });
  }, [host, lang, read, run]);

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
        return { ...outcome, notice: { intent: "success", text: (l: Lang) => translate(l, "ui.status.mappingSaved") } };
      });
    },
    [read, run],
  );

  const saveRules = useCallback(
    (rules: OrgRules) => {
      run(async (isCurrent) => {
        const workbook = stateRef.current.workbook;
        await saveOrgRules(workbook.source, rules);
        const outcome = await read(workbook, isCurrent);
        return { ...outcome, notice: { intent: "success", text: (l: Lang) => translate(l, "ui.status.rulesSaved") } };
      });
    },
    [read, run],
  );

  const saveCost = useCallback(
    (saved: SavedCostSettings) => {
      run(async (isCurrent) => {
        const workbook = stateRef.current.workbook;
        await saveCostSettings(workbook.source, saved);
        const outcome = await read(workbook, isCurrent);
        return { ...outcome, notice: { intent: "success", text: (l: Lang) => translate(l, "ui.cost.saved") } };
      });
    },
    [read, run],
  );

  const writeSheets = useCallback(
    (which: "checks" | "cost") => {
      const { workbook, loaded } = stateRef.current;
      if (!loaded) return;
      run(async () => {
        const written = await writeReportSheets(workbook.source, loaded, { lang: langRef.current }, which);
        const names = written.map((result) => result.sheetName);
        const notice: PaneNotice = workbook.toXlsx
          ? {
              intent: "success",
              text: (l) => translate(l, "ui.status.reportAdded", { sheets: quoteSheetNames(l, names) }),
              action: "download",
            }
          : {
              intent: "success",
              text: (l) => translate(l, "ui.status.reportWritten", { sheets: quoteSheetNames(l, names) }),
            };
        return { notice };
      });
    },
    [run],
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
      return {
        notice: { intent: "success", text: (l: Lang) => translate(l, "ui.status.downloaded", { file: fileName }) },
      };
    });
  }, [run]);

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
