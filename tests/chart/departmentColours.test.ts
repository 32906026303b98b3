import {
  DARK_DEPARTMENT_PALETTE,
  DARK_PALETTE,
  DEPARTMENT_PALETTE,
  NO_DEPARTMENT_COLOUR,
  ORG_COLOUR,
  departmentColours,
} from "../../src/chart/departmentColours";
import { SAMPLE_DEPARTMENT_NAMES } from "../../src/core/sample/operationsCenterDepartments";
import { contrastRatio } from "../../src/taskpane/theme/paneTheme";
import { listDepartments } from "../../src/core/rollup/listDepartments";
import { sampleModel } from "../core/rollup/rollupOrgs";

/** WCAG contrast of a #RRGGBB colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

const SAMPLE_EN = listDepartments(sampleModel("en"));
const SAMPLE_ZH = listDepartments(sampleModel("zh-CN"));
const EXTRA = [
  "Finance",
  "Legal",
  "HR",
  "Security",
  "运维部门",
  "Growth",
  "Procurement",
  "Platform",
  "QA Lab",
  "总裁办",
];

describe("departmentColours(names)", () => {
  test("uses twelve distinct colours that read on white (3:1), and a grey that does too", () => {
    expect(new Set(DEPARTMENT_PALETTE).size).toBe(12);
    for (const colour of [...DEPARTMENT_PALETTE, NO_DEPARTMENT_COLOUR, ORG_COLOUR]) {
      expect(colour).toMatch(/^#[0-9A-F]{6}$/i);
      expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(3);
    }
    expect(DEPARTMENT_PALETTE).not.toContain(NO_DEPARTMENT_COLOUR);
  });

  test.each([
    ["en", SAMPLE_EN],
    ["zh-CN", SAMPLE_ZH],
  ])("gives each of the sample's departments its own colour (%s)", (_, names) => {
    expect(names).toHaveLength(9);
    const colours = departmentColours(names);
    expect(new Set(names.map((name) => colours.get(name))).size).toBe(9);
    for (const name of names) expect(DEPARTMENT_PALETTE).toContain(colours.get(name));
  });

  test("is the same whatever the order of the names", () => {
    const forward = departmentColours(SAMPLE_EN);
    const backward = departmentColours([...SAMPLE_EN].reverse());
    expect(SAMPLE_EN.map((name) => backward.get(name))).toEqual(SAMPLE_EN.map((name) => forward.get(name)));
  });

  test("moves few of the sample's colours when a department is added", () => {
    for (const sample of [SAMPLE_EN, SAMPLE_ZH]) {
      const before = departmentColours(sample);
      let moved = 0;
      for (const added of EXTRA) {
        const after = departmentColours([...sample, added]);
        const movedNow = sample.filter((name) => after.get(name) !== before.get(name));
        expect(movedNow.length).toBeLessThanOrEqual(3);
        moved += movedNow.length;
        // Ten departments fit the palette: all still differ.
        expect(new Set([...sample, added].map((name) => after.get(name))).size).toBe(10);
      }
      expect(moved / EXTRA.length).toBeLessThanOrEqual(1.5);
    }
  });

  test("with more departments than colours, uses every colour and moves few when one is added", () => {
    const many = Array.from({ length: 30 }, (_, i) => `Department ${i + 1}`);
    const before = departmentColours(many);
    expect(new Set(before.values()).size).toBe(12);
    let moved = 0;
    for (const added of EXTRA) {
      const after = departmentColours([...many, added]);
      const movedNow = many.filter((name) => after.get(name) !== before.get(name)).length;
      expect(movedNow).toBeLessThanOrEqual(6);
      moved += movedNow;
    }
    expect(moved / EXTRA.length).toBeLessThanOrEqual(2.5);
  });

  test("colours spellings of one department alike, and a blank department grey", () => {
    const colours = departmentColours([
      "Data Analysis",
      "data analysis",
      "ＤＡＴＡ ＡＮＡＬＹＳＩＳ",
      "",
      "  ",
      "Design",
    ]);
    expect(colours.get("data analysis")).toBe(colours.get("Data Analysis"));
    expect(colours.get("ＤＡＴＡ ＡＮＡＬＹＳＩＳ")).toBe(colours.get("Data Analysis"));
    expect(colours.get("")).toBe(NO_DEPARTMENT_COLOUR);
    expect(colours.get("  ")).toBe(NO_DEPARTMENT_COLOUR);
    expect(colours.get("Design")).not.toBe(colours.get("Data Analysis"));
  });
});

describe("a department keeps its colour", () => {
  test("across languages: the English and Chinese samples colour each department alike", () => {
    const en = departmentColours(SAMPLE_EN);
    const zh = departmentColours(SAMPLE_ZH);
    expect(SAMPLE_DEPARTMENT_NAMES).toHaveLength(9);
    for (const [english, chinese] of SAMPLE_DEPARTMENT_NAMES) {
      expect(SAMPLE_EN).toContain(english);
      expect(SAMPLE_ZH).toContain(chinese);
      expect(zh.get(chinese)).toBe(en.get(english));
    }
  });

  test("across themes: the dark palette gives each department the same slot, in a shade that reads on dark", () => {
    expect(new Set(DARK_DEPARTMENT_PALETTE).size).toBe(DEPARTMENT_PALETTE.length);
    for (const colour of [...DARK_DEPARTMENT_PALETTE, DARK_PALETTE.noDepartment]) {
      expect(contrastRatio(colour, "#292929")).toBeGreaterThanOrEqual(3); // Fluent's dark card
      expect(contrastRatio(colour, "#1f1f1f")).toBeGreaterThanOrEqual(3);
    }
    const light = departmentColours([...SAMPLE_EN, ""]);
    const dark = departmentColours([...SAMPLE_EN, ""], DARK_PALETTE);
    for (const name of SAMPLE_EN) {
      expect(DARK_DEPARTMENT_PALETTE.indexOf(dark.get(name)!)).toBe(DEPARTMENT_PALETTE.indexOf(light.get(name)!));
    }
    expect(dark.get("")).toBe(DARK_PALETTE.noDepartment);
  });
});
