import { shortDepartmentLabel } from "../../../src/taskpane/charts/shortDepartmentLabel";
import {
  estimateTextWidth,
  isMostlyWide,
  isWideCharacter,
  truncateText,
  wrapLabel,
} from "../../../src/taskpane/charts/textWidth";

describe("estimateTextWidth(text, fontSize) and friends", () => {
  test("a CJK character is one em; Latin letters narrower", () => {
    expect(isWideCharacter("运")).toBe(true);
    expect(isWideCharacter("Ａ")).toBe(true);
    expect(isWideCharacter("A")).toBe(false);
    expect(estimateTextWidth("运营部门", 10)).toBe(40);
    expect(estimateTextWidth("Operations", 10)).toBeGreaterThan(40);
    expect(estimateTextWidth("Operations", 10)).toBeLessThan(70);
    expect(isMostlyWide("技术支持")).toBe(true);
    expect(isMostlyWide("Tech Support")).toBe(false);
  });

  test("truncateText ends a cut text with …, and leaves a fitting one alone", () => {
    expect(truncateText("Design", 100, 10)).toBe("Design");
    const cut = truncateText("Business Development", 60, 10);
    expect(cut.endsWith("…")).toBe(true);
    expect(estimateTextWidth(cut, 10)).toBeLessThanOrEqual(60);
  });

  test("wrapLabel breaks between words, or between CJK characters, within the lines allowed", () => {
    expect(wrapLabel("Customer Service", 60, 10, 2)).toEqual(["Customer", "Service"]);
    expect(wrapLabel("Design", 60, 10, 2)).toEqual(["Design"]);
    expect(wrapLabel("运营策略调整和优化", 50, 10, 2)).toEqual(["运营策略调", "整和优化"]);
    const three = wrapLabel("Traffic acquisition and conversion of users", 70, 10, 2);
    expect(three).toHaveLength(2);
    expect(three[1].endsWith("…")).toBe(true);
    for (const line of three) expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(70);
    expect(wrapLabel("One two three", 20, 10, 1)).toHaveLength(1);
    expect(wrapLabel("  ", 50, 10, 2)).toEqual([]);
  });
});

describe("shortDepartmentLabel(name)", () => {
  test("drops the redundant 部门 / Department", () => {
    expect(shortDepartmentLabel("运营部门")).toBe("运营");
    expect(shortDepartmentLabel("技术支持部门")).toBe("技术支持");
    expect(shortDepartmentLabel("财务部")).toBe("财务");
    expect(shortDepartmentLabel("管理层")).toBe("管理层");
    expect(shortDepartmentLabel("Finance Department")).toBe("Finance");
    expect(shortDepartmentLabel("Department of Design")).toBe("Design");
    expect(shortDepartmentLabel("Tech Support")).toBe("Tech Support");
    // A name that is nothing but the suffix stays as it is.
    expect(shortDepartmentLabel("部门")).toBe("部门");
  });
});
