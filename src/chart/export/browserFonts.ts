import type { ExportFonts } from "./exportFonts";

/**
 * Where the pane finds the PDF's fonts and hb-subset: files of the add-in itself (webpack copies them into
 * dist/export-fonts/), relative to the page. Fetched the first time a PDF is exported, never on the pane's first load.
 */
export const EXPORT_FONT_URLS = {
  regular: "export-fonts/NotoSansSC-Regular.ttf",
  bold: "export-fonts/NotoSansSC-SemiBold.ttf",
  harfbuzzWasm: "export-fonts/harfbuzz-subset.wasm",
} as const;

let loading: Promise<ExportFonts> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The export fonts, fetched once per page (a failed fetch is tried again on the next export). */
export function fetchExportFonts(base: string): Promise<ExportFonts> {
  loading ??= Promise.all([
    fetchBytes(new URL(EXPORT_FONT_URLS.regular, base).href),
    fetchBytes(new URL(EXPORT_FONT_URLS.bold, base).href),
    fetchBytes(new URL(EXPORT_FONT_URLS.harfbuzzWasm, base).href),
  ]).then(
    ([regular, bold, harfbuzzWasm]) => ({ regular, bold, harfbuzzWasm }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
