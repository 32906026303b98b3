/**
 * Readies the ribbon's function file (commands.html): Office waits for onReady before it uses the page. The Orgwright
 * button is a ShowTaskpane action, so no function command is associated here.
 */
export function registerCommands(): void {
  Office.onReady(() => undefined);
}
