import { FileWorkbookSource, openWorkbookFile } from "../../files";
import type { Lang } from "../../i18n";
import type { OpenFileResult, PaneHost, PaneWorkbook } from "./paneHost";
import { sampleWorkbook } from "./sampleWorkbook";

function fileWorkbook(source: FileWorkbookSource): PaneWorkbook {
  return { source, origin: "file", toXlsx: () => source.toXlsx() };
}

/**
 * The pane outside Office: the sample workbook (Positions and Departments) opens at once, with no
 * setup and no network; files open from the user's disk.
 */
export function createBrowserHost(lang: Lang): PaneHost {
  const openSample = (sampleLang: Lang = lang): PaneWorkbook => sampleWorkbook(sampleLang);
  const openFile = async (bytes: Uint8Array, fileName: string): Promise<OpenFileResult> => {
    const opened = await openWorkbookFile(bytes, fileName);
    return opened.ok ? { ok: true, workbook: fileWorkbook(opened.source) } : opened;
  };
  return { lang, inExcel: false, openInitial: () => openSample(), openSample, openFile };
}
