/** Office's theme colours (`Office.context.officeTheme`), as `#rrggbb`, handed to the pane as data. */
export interface OfficeThemeColours {
  bodyBackground: string;
  bodyForeground: string;
  controlBackground: string;
  controlForeground: string;
}

const HEX_COLOUR = /^#?([0-9a-f]{6})$/i;

function hexColour(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = HEX_COLOUR.exec(value.trim());
  return match ? `#${match[1].toLowerCase()}` : undefined;
}

/**
 * Reads `Office.context.officeTheme` (Excel on Windows, Mac and the web; undefined in older hosts). Each colour is
 * checked to be `#rrggbb` (Office omits the `#` in some builds); anything else gives undefined: the pane then keeps
 * its own light theme.
 */
export function readOfficeTheme(officeTheme: unknown): OfficeThemeColours | undefined {
  if (typeof officeTheme !== "object" || officeTheme === null) return undefined;
  const theme = officeTheme as Record<string, unknown>;
  let bodyBackground: string | undefined;
  let bodyForeground: string | undefined;
  let controlBackground: string | undefined;
  let controlForeground: string | undefined;
  try {
    bodyBackground = hexColour(theme.bodyBackgroundColor);
    bodyForeground = hexColour(theme.bodyForegroundColor);
    controlBackground = hexColour(theme.controlBackgroundColor) ?? bodyBackground;
    controlForeground = hexColour(theme.controlForegroundColor) ?? bodyForeground;
  } catch {
    return undefined;
  }
  if (!bodyBackground || !bodyForeground || !controlBackground || !controlForeground) return undefined;
  return { bodyBackground, bodyForeground, controlBackground, controlForeground };
}
