/** Where the pane runs, as far as saving a file from it goes. */
export type FileDelivery = "download" | "desktopExcel";

/**
 * Whether the pane can hand the user a file by a download: yes in a browser and in Excel on the web (a sandboxed
 * iframe that Microsoft allows downloads from); no in Excel on Windows, Mac and iPad, whose webviews (WebView2 on
 * Windows, WKWebView on the Mac and the iPad) drop or refuse downloads from a pane (office-js #2700, #3385;
 * Microsoft's webview notes).
 */
export function fileDelivery(): FileDelivery {
  if (typeof Office === "undefined" || !Office.context) return "download";
  const platform = Office.context.platform;
  // Excel on the web, or office.js loaded outside Office (no platform): a real browser. Every other Office is a
  // webview: Windows (WebView2), Mac and iPad (WKWebView, where a download is dropped silently).
  if (platform === undefined || platform === null || platform === Office.PlatformType.OfficeOnline) return "download";
  return "desktopExcel";
}
