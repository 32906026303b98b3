import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { contrastRatio, paneThemeFor } from "../../../src/taskpane/theme/paneTheme";

/** Office's themes as Excel reports them in Office.context.officeTheme (body and control colours). */
const OFFICE = {
  white: {
    bodyBackground: "#ffffff",
    bodyForeground: "#262626",
    controlBackground: "#ffffff",
    controlForeground: "#262626",
  },
  colorful: {
    bodyBackground: "#f3f3f3",
    bodyForeground: "#262626",
    controlBackground: "#ffffff",
    controlForeground: "#262626",
  },
  darkGray: {
    bodyBackground: "#4a4a4a",
    bodyForeground: "#ffffff",
    controlBackground: "#6a6a6a",
    controlForeground: "#ffffff",
  },
  black: {
    bodyBackground: "#262626",
    bodyForeground: "#ffffff",
    controlBackground: "#404040",
    controlForeground: "#ffffff",
  },
};

describe("paneThemeFor", () => {
  test("in a plain browser follows the system's dark mode", () => {
    expect(paneThemeFor({ prefersDark: false })).toEqual({ kind: "light", fluent: webLightTheme });
    expect(paneThemeFor({ prefersDark: true })).toEqual({ kind: "dark", fluent: webDarkTheme });
  });

  test.each([
    ["white", "light"],
    ["colorful", "light"],
    ["darkGray", "dark"],
    ["black", "dark"],
  ] as const)("in Excel's %s theme is %s, with Office's own body colours", (name, kind) => {
    const office = OFFICE[name];
    // Office's theme wins over the system's mode.
    const theme = paneThemeFor({ office, prefersDark: kind === "light" });
    expect(theme.kind).toBe(kind);
    const base = kind === "dark" ? webDarkTheme : webLightTheme;
    expect(theme.fluent.colorBrandBackground).toBe(base.colorBrandBackground);
    expect(theme.fluent.colorNeutralBackground1).toBe(office.bodyBackground);
    expect(theme.fluent.colorNeutralForeground1).toBe(office.bodyForeground);
  });

  test("keeps Fluent's colours when Office's text would not be readable on its background", () => {
    const theme = paneThemeFor({
      office: { ...OFFICE.black, bodyForeground: "#333333" },
      prefersDark: false,
    });
    expect(theme).toEqual({ kind: "dark", fluent: webDarkTheme });
  });

  test("contrastRatio is WCAG's", () => {
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});
