import { useCallback, useState } from "react";
import type { OrgAnalysis } from "../../core";
import type { HeadcountCost } from "../../core/cost/costHeadcount";
import type { CostShown } from "../../core/cost/costSettingsSetting";
import { chartBasis, type ChartBasis } from "../../chart/chartBasis";
import type { ChartChanges } from "../../chart/chartChanges";
import type { ChartOptions } from "../../chart/chartOptions";
import { exportOptionsFor, type PaneExportSettings } from "../../chart/export/paneExportSettings";
import { fileDelivery } from "../../excel/officePlatform";
import { translatorFor, type Lang, type Translate } from "../../i18n";
import { rollupsWithCost } from "../cost/costRollups";
import type { ChartInsertion, PaneHost } from "../host/paneHost";
import type { PaneText } from "../paneNotice";

/** What the dialog exports to: a file, or (in Excel) the workbook as shapes or a picture. */
export type ExportTarget = PaneExportSettings["format"] | "sheetShapes" | "sheetPicture";

const FORMAT_LABEL = {
  svg: "export.svg",
  png: "export.png",
  pdf: "export.pdf",
  pptx: "export.pptx",
  sheetShapes: "export.sheetShapes",
  sheetPicture: "export.sheetPicture",
} as const;

export interface ChartExporting {
  exportChart: (settings: PaneExportSettings, target: ExportTarget) => void;
  /** The last export's status, in the language it is shown in (an Excel insertion's own message as it was made). */
  message: PaneText | undefined;
  busy: boolean;
  /** The host can put the chart into the workbook (Excel). */
  canInsert: boolean;
  /** The host can hand the user a file (not desktop Excel). */
  canDownload: boolean;
}

/**
 * Exporting the chart from the pane, with the export dialog's settings: the writers load on first use (chunks of their
 * own; the PDF's fonts only with the first PDF). A file is downloaded where the host lets a pane download (a browser,
 * Excel on the web); in desktop Excel, where a download from the pane is dropped without a word, the pane says so and
 * offers the workbook instead (native shapes or a picture on a sheet of its own). Every outcome ends in a message.
 */
export function useChartExport(
  analysis: OrgAnalysis,
  options: ChartOptions,
  selectedId: string | undefined,
  t: Translate,
  host: Pick<PaneHost, "insertChart">,
  cost?: HeadcountCost,
  costShown: CostShown = "loaded",
  /** The chart of a plan: its changes and ghosts, drawn in the export as on screen. */
  changes?: ChartChanges,
): ChartExporting {
  const [message, setMessageState] = useState<PaneText>();
  /** (A PaneText may be a function: set as the state, never called as React's updater.) */
  const setMessage = useCallback((text: PaneText) => setMessageState(() => text), []);
  const [busy, setBusy] = useState(false);
  const canDownload = fileDelivery() === "download";
  const insertChart = host.insertChart;

  const exportChart = useCallback(
    (settings: PaneExportSettings, target: ExportTarget) => {
      const isFile = target !== "sheetShapes" && target !== "sheetPicture";
      if (isFile && !canDownload) {
        setMessage((l) => translatorFor(l)("export.noDownload"));
        return;
      }
      const base = chartBasis(analysis);
      const basis: ChartBasis = cost
        ? { ...base, rollups: rollupsWithCost(base.rollups, base.model, cost, costShown) }
        : base;
      const exportOptions = { ...exportOptionsFor(settings, options, selectedId), changes };
      setBusy(true);
      setMessage((l) => {
        const tl = translatorFor(l);
        return tl("export.working", { format: tl(FORMAT_LABEL[target]) });
      });
      const work = async (): Promise<PaneText> => {
        if (!isFile) {
          if (!insertChart) throw new Error(t("export.sheetNoShapes"));
          const insertion: ChartInsertion = await insertChart({
            basis,
            options: exportOptions,
            lang: settings.lang,
            mode: target === "sheetShapes" ? "shapes" : "picture",
            translate: t,
          });
          return insertion.message;
        }
        const { exportFromPane, downloadFile, pngNotice } = await import(
          /* webpackChunkName: "export" */ "../../chart/export/browserExport"
        );
        const result = await exportFromPane({
          settings: { ...settings, format: target },
          basis,
          options: exportOptions,
          date: new Date(),
          doc: document,
        });
        downloadFile(result.blob, result.fileName, document);
        return (l: Lang) => {
          const tl = translatorFor(l);
          const done =
            result.slides !== undefined && result.slides > 1
              ? tl("export.slidesWritten", { file: result.fileName, slides: result.slides })
              : tl("export.downloaded", { file: result.fileName });
          // A PNG drawn in tiles and stitched, or scaled down: the pane says which.
          const notice = result.png === undefined ? undefined : pngNotice(result.png, tl);
          return notice === undefined ? done : `${notice} ${done}`;
        };
      };
      work()
        .then(setMessage)
        .catch((error: unknown) =>
          setMessage((l) =>
            translatorFor(l)("export.failed", { reason: error instanceof Error ? error.message : String(error) }),
          ),
        )
        .finally(() => setBusy(false));
    },
    [analysis, options, selectedId, t, cost, costShown, changes, canDownload, insertChart, setMessage],
  );
  return { exportChart, message, busy, canInsert: insertChart !== undefined, canDownload };
}
