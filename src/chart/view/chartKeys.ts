/** What a key does on a focused card (the arrow keys and Home move the keyboard: see `cardForArrowKey`). */
export type ChartKeyCommand = "toggle" | "activate" | "zoomIn" | "zoomOut" | "fit";

/** The command of a key pressed on a card, or undefined for a key the chart leaves alone. */
export function chartKeyCommand(key: string): ChartKeyCommand | undefined {
  switch (key) {
    case "Enter":
      return "toggle";
    case " ":
    case "Spacebar":
      return "activate";
    case "+":
    case "=":
      return "zoomIn";
    case "-":
    case "_":
      return "zoomOut";
    case "0":
      return "fit";
    default:
      return undefined;
  }
}
