/**
 * True when the host supports the ExcelApi requirement set `version` (e.g. "1.7"). Outside Office
 * (tests), where there is nothing to ask, it answers true.
 */
export function supportsExcelApi(version: string): boolean {
  const office = (
    globalThis as {
      Office?: { context?: { requirements?: { isSetSupported?: (name: string, version: string) => boolean } } };
    }
  ).Office;
  const isSetSupported = office?.context?.requirements?.isSetSupported;
  return typeof isSetSupported === "function"
    ? isSetSupported.call(office?.context?.requirements, "ExcelApi", version)
    : true;
}
