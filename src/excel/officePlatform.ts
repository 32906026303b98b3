/** Where the pane runs, as far as saving a file from it goes. */
export type FileDelivery = "download" | "desktopExcel";

/**
 * Whether the pane can hand the user a file by a download: yes in a browser and in Excel on the web (a sandboxed
 * iframe that Microsoft allows downloads from); no in desktop Excel, whose webviews (WebView2 on Windows, WKWebView on
 * the Mac) drop or refuse downloads from a pane (office-js #2700, #3385; Microsoft's webview notes).
 */
export function fileDelivery(): FileDelivery {
  if (typeof Office === "undefined" || !Office.context) return "download";
  const platform = Office.context.platform;
  return platform === Office.PlatformType.PC || platform === Office.PlatformType.Mac ? "desktopExcel" : "download";
}
