import { useCallback, useState } from "react";
import type { OrgModel } from "../../core";
import type { BuiltChartScene } from "../../chart/buildChartScene";
import type { PaneExportFormat } from "../../chart/export/browserExport";
import { fileDelivery } from "../../excel/officePlatform";
import type { Lang, Translate } from "../../i18n";

const FORMAT_LABEL = { svg: "export.svg", png: "export.png", pptx: "export.pptx" } as const;

/**
 * Exporting the chart the pane shows: the writers load on first use (their own chunk); the file is downloaded where
 * the host lets a pane download (a browser, Excel on the web); in desktop Excel, where a download from the pane is
 * dropped without a word, the pane says so instead. Every outcome ends in a message: never a silent failure.
 */
export function useChartExport(
  built: BuiltChartScene,
  model: OrgModel,
  lang: Lang,
  t: Translate,
): { exportChart: (format: PaneExportFormat) => void; message: string | undefined; busy: boolean } {
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const exportChart = useCallback(
    (format: PaneExportFormat) => {
      if (fileDelivery() === "desktopExcel") {
        setMessage(t("export.noDownload"));
        return;
      }
      setBusy(true);
      setMessage(t("export.working", { format: t(FORMAT_LABEL[format]) }));
      import(/* webpackChunkName: "export" */ "../../chart/export/browserExport")
        .then(async ({ exportFromPane, downloadFile }) => {
          const result = await exportFromPane({
            format,
            built,
            model,
            lang,
            translate: t,
            date: new Date(),
            doc: document,
          });
          downloadFile(result.blob, result.fileName, document);
          const done = t("export.downloaded", { file: result.fileName });
          setMessage(
            result.pngScale === undefined
              ? done
              : `${t("export.pngScaled", { scale: Math.round((result.pngScale / 2) * 100), factor: result.pngScale.toFixed(2) })} ${done}`,
          );
        })
        .catch((error: unknown) =>
          setMessage(t("export.failed", { reason: error instanceof Error ? error.message : String(error) })),
        )
        .finally(() => setBusy(false));
    },
    [built, model, lang, t],
  );
  return { exportChart, message, busy };
}
