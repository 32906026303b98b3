import { parseArgs } from "../../src/cli/parseArgs";
import { langFromEnvironment } from "../../src/cli/langFromEnvironment";

describe("parseArgs(argv, defaultLang)", () => {
  it("reads check with its options, in either --name value or --name=value form", () => {
    expect(parseArgs(["check", "org.xlsx", "--sheet", "岗位表", "--format=text", "--lang", "zh-CN"], "en")).toEqual({
      lang: "zh-CN",
      ok: true,
      command: { kind: "check", file: "org.xlsx", sheet: "岗位表", mapping: {}, format: "text" },
    });
    expect(parseArgs(["--lang=en", "check", "--", "--odd name.csv"], "zh-CN")).toMatchObject({
      lang: "en",
      ok: true,
      command: { file: "--odd name.csv", format: "json" },
    });
  });

  it("maps fields named by key or by canonical English or Chinese header, without regard to case or spaces", () => {
    const parsed = parseArgs(
      [
        "check",
        "f.csv",
        "--map",
        "reportsTo=Manager No.",
        "--map",
        "position id=Seat",
        "--map",
        "汇报对象=上级工号",
        "--map",
        "BASE_SALARY=月薪 = 12",
      ],
      "en",
    );
    expect(parsed).toMatchObject({
      ok: true,
      command: { mapping: { id: "Seat", reportsTo: "上级工号", baseSalary: "月薪 = 12" } },
    });
  });

  it("reports wrong arguments with the message to show, in the language asked for", () => {
    const problem = (argv: string[]) => {
      const parsed = parseArgs(argv, "en");
      return parsed.ok ? undefined : { lang: parsed.lang, ...parsed.problem };
    };
    expect(problem([])).toEqual({ lang: "en", key: "cli.error.noCommand" });
    expect(problem(["chekc", "f.csv"])).toEqual({
      lang: "en",
      key: "cli.error.unknownCommand",
      params: { command: "chekc" },
    });
    expect(problem(["check"])).toEqual({ lang: "en", key: "cli.error.missingFile" });
    // Files after the first are tables of headcount lines, joined into the first's org.
    expect(parseArgs(["check", "a.csv", "b.csv", "c.xlsx"], "en")).toEqual({
      lang: "en",
      ok: true,
      command: expect.objectContaining({ kind: "check", file: "a.csv", lineFiles: ["b.csv", "c.xlsx"] }),
    });
    expect(parseArgs(["cost", "a.csv", "b.csv"], "en")).toEqual({
      lang: "en",
      ok: true,
      command: expect.objectContaining({ kind: "cost", file: "a.csv", lineFiles: ["b.csv"] }),
    });
    expect(problem(["check", "a.csv", "--out", "x.csv"])).toEqual({
      lang: "en",
      key: "cli.error.reportNotXlsx",
      params: { file: "x.csv" },
    });
    expect(problem(["check", "a.csv", "--sheet"])).toEqual({
      lang: "en",
      key: "cli.error.missingValue",
      params: { option: "--sheet" },
    });
    expect(problem(["check", "a.csv", "--format", "xml", "--lang", "zh"])).toEqual({
      lang: "zh-CN",
      key: "cli.error.badFormat",
      params: { value: "xml" },
    });
    expect(problem(["check", "a.csv", "--map", "reportsTo"])).toEqual({
      lang: "en",
      key: "cli.error.badMap",
      params: { value: "reportsTo" },
    });
    expect(problem(["check", "a.csv", "--map", "boss=Manager"])).toMatchObject({
      key: "cli.error.unknownField",
      params: { field: "boss" },
    });
    expect(problem(["check", "a.csv", "--lang", "fr"])).toEqual({
      lang: "en",
      key: "cli.error.badLang",
      params: { value: "fr" },
    });
    expect(problem(["sample"])).toEqual({ lang: "en", key: "cli.error.missingOut" });
    expect(problem(["sample", "--out", "sample.csv"])).toEqual({
      lang: "en",
      key: "cli.error.outNotXlsx",
      params: { file: "sample.csv" },
    });
  });

  it("reads check's --out report and --rules file", () => {
    expect(parseArgs(["check", "org.csv", "--out", "报告.XLSX", "--rules=rules.json"], "en")).toEqual({
      lang: "en",
      ok: true,
      command: { kind: "check", file: "org.csv", mapping: {}, format: "json", out: "报告.XLSX", rules: "rules.json" },
    });
    expect(parseArgs(["check", "org.csv", "--out"], "en")).toMatchObject({
      ok: false,
      problem: { key: "cli.error.missingValue", params: { option: "--out" } },
    });
  });

  it("reads sample and --help", () => {
    expect(parseArgs(["sample", "--out", "s.xlsx"], "zh-CN")).toEqual({
      lang: "zh-CN",
      ok: true,
      command: { kind: "sample", out: "s.xlsx" },
    });
    expect(parseArgs(["check", "--help"], "en")).toEqual({ lang: "en", ok: true, command: { kind: "help" } });
    expect(parseArgs(["-h"], "en")).toMatchObject({ ok: true, command: { kind: "help" } });
  });
});

describe("langFromEnvironment(env)", () => {
  it("takes Chinese locales as zh-CN, LC_ALL first", () => {
    expect(langFromEnvironment({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(langFromEnvironment({ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langFromEnvironment({ LC_ALL: "zh_TW.UTF-8", LANG: "C" })).toBe("zh-CN");
    expect(langFromEnvironment({ LANG: "C.UTF-8" })).toBe("en");
    expect(langFromEnvironment({})).toBe("en");
  });
});
