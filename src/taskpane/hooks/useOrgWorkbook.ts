import { useCallback, useEffect, useRef, useState } from "react";
import { operationsCenterWorkbook, type ColumnMapping, type SourceProblem } from "../../core";
import type { OrgRules } from "../../core/checks/orgRules";
import { translate } from "../../i18n";
import { xlsxFileName } from "../describeSource";
import type { PaneHost, PaneWorkbook } from "../host/paneHost";
import type { SavedCostSettings } from "../../core/cost/costSettingsSetting";
import {
  loadOrgWorkbook,
  saveColumnMapping,
  saveCostSettings,
  saveOrgRules,
  type LoadedWorkbook,
} from "../loadOrgWorkbook";
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

export interface OrgWorkbookState {
  workbook: PaneWorkbook;
  /** True while the workbook is read or written. */
  busy: boolean;
  /** The positions table as last read; undefined before the first read, or when it could not be read. */
  loaded?: LoadedWorkbook;
  /** Why the workbook (or a file the user opened) could not be read. */
  problem?: SourceProblem;
  notice?: PaneNotice;
  /** Counts the reads: views that page through the data start over when it changes. */
  version: number;
}

export interface OrgWorkbookActions {
  refresh: () => void;
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
  download: () => void;
  dismissNotice: () => void;
  dismissProblem: () => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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

  /** Runs one action; its outcome is dropped when a later action started meanwhile. */
  const run = useCallback(
    (
      work: (isCurrent: () => boolean) => Promise<Partial<OrgWorkbookState> | undefined>,
      keep?: Partial<OrgWorkbookState>,
    ) => {
      const ticket = ++sequence.current;
      const isCurrent = () => ticket === sequence.current;
      setState((previous) => ({ ...previous, ...keep, busy: true, notice: undefined }));
      work(isCurrent).then(
        (outcome) => {
          if (!isCurrent()) return;
          const reread = outcome !== undefined && "loaded" in outcome;
          setState((previous) => ({
            ...previous,
            ...outcome,
            busy: false,
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
          setState((previous) => ({ ...previous, busy: false, notice }));
        },
      );
    },
    [lang],
  );

  const read = useCallback(
    async (workbook: PaneWorkbook): Promise<Partial<OrgWorkbookState>> => {
      const result = await loadOrgWorkbook(workbook.source, { lang, sheet: sheetRef.current });
      return result.ok
        ? { workbook, loaded: result.loaded, problem: undefined }
        : { workbook, loaded: undefined, problem: result.problem };
    },
    [lang],
  );

  const open = useCallback(
    (workbook: PaneWorkbook) => {
      sheetRef.current = undefined;
      run(() => read(workbook), { workbook, loaded: undefined, problem: undefined });
    },
    [read, run],
  );

  useEffect(() => {
    run(() => read(stateRef.current.workbook));
  }, [read, run]);

  const refresh = useCallback(() => run(() => read(stateRef.current.workbook)), [read, run]);

  const insertSample = useCallback(() => {
    run(async (isCurrent) => {
      const workbook = stateRef.current.workbook;
      const written: string[] = [];
      for (const spec of operationsCenterWorkbook(lang))
        written.push((await workbook.source.writeSheet(spec)).sheetName);
      if (!isCurrent()) return undefined;
      // The first sheet of the sample is its positions table.
      sheetRef.current = written[0];
      const outcome = await read(workbook);
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
      run(async () => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const opened = await openHostFile(bytes, file.name);
        // A file that cannot be read leaves the workbook that was open in place, with the problem shown above it.
        if (!opened.ok) return { problem: opened.problem };
        sheetRef.current = undefined;
        return read(opened.workbook);
      });
    },
    [host, read, run],
  );

  const applyMapping = useCallback(
    (mapping: ColumnMapping) => {
      run(async () => {
        const workbook = stateRef.current.workbook;
        await saveColumnMapping(workbook.source, mapping);
        const outcome = await read(workbook);
        return { ...outcome, notice: { intent: "success", text: translate(lang, "ui.status.mappingSaved") } };
      });
    },
    [lang, read, run],
  );

  const saveRules = useCallback(
    (rules: OrgRules) => {
      run(async () => {
        const workbook = stateRef.current.workbook;
        await saveOrgRules(workbook.source, rules);
        const outcome = await read(workbook);
        return { ...outcome, notice: { intent: "success", text: translate(lang, "ui.status.rulesSaved") } };
      });
    },
    [lang, read, run],
  );

  const saveCost = useCallback(
    (saved: SavedCostSettings) => {
      run(async () => {
        const workbook = stateRef.current.workbook;
        await saveCostSettings(workbook.source, saved);
        const outcome = await read(workbook);
        return { ...outcome, notice: { intent: "success", text: translate(lang, "ui.cost.saved") } };
      });
    },
    [lang, read, run],
  );

  const writeReport = useCallback(() => {
    const { workbook, loaded } = stateRef.current;
    if (!loaded) return;
    run(async () => {
      const written = await writeReportSheets(workbook.source, loaded, { lang });
      const sheets = quoteSheetNames(
        lang,
        written.map((result) => result.sheetName),
      );
      const notice: PaneNotice = workbook.toXlsx
        ? { intent: "success", text: translate(lang, "ui.status.reportAdded", { sheets }), action: "download" }
        : { intent: "success", text: translate(lang, "ui.status.reportWritten", { sheets }) };
      return { notice };
    });
  }, [lang, run]);

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
      insertSample,
      openSample,
      openFile,
      applyMapping,
      saveRules,
      saveCost,
      writeReport,
      download,
      dismissNotice,
      dismissProblem,
    },
  ];
}
