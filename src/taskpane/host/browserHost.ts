import { operationsCenterWorkbook } from "../../core";
import { FileWorkbookSource, openWorkbookFile } from "../../files";
import { translate, type Lang } from "../../i18n";
import type { OpenFileResult, PaneHost, PaneWorkbook } from "./paneHost";

function fileWorkbook(source: FileWorkbookSource, origin: "sample" | "file"): PaneWorkbook {
  return { source, origin, toXlsx: () => source.toXlsx() };
}

/**
 * The pane outside Office: the sample workbook (Positions and Departments) opens at once, with no
 * setup and no network; files open from the user's disk.
 */
export function createBrowserHost(lang: Lang): PaneHost {
  const openSample = (): PaneWorkbook =>
    fileWorkbook(
      FileWorkbookSource.fromSheetSpecs(translate(lang, "ui.sample.label"), operationsCenterWorkbook(lang)),
      "sample",
    );
  const openFile = async (bytes: Uint8Array, fileName: string): Promise<OpenFileResult> => {
    const opened = await openWorkbookFile(bytes, fileName);
    return opened.ok ? { ok: true, workbook: fileWorkbook(opened.source, "file") } : opened;
  };
  return { lang, inExcel: false, openInitial: openSample, openSample, openFile };
}
