import type { ColumnMapping } from "../core/columns/columnMapping";
import { FIELD_KEYS } from "../core/columns/fields";
import type { Lang, MessageKey, MessageParams } from "../i18n";
import { parseCostOptions, COST_OPTIONS, type CostCommand } from "./costCommand";
import { fieldKeyForName } from "./fieldKeyForName";
import { parseScenarioArgs, type ScenarioCommand } from "./scenarioCommand";
import { COMPARE_OPTIONS, parseCompareCommand, type CompareCommand } from "./parseCompareArgs";
import { EXPORT_OPTIONS, parseExportCommand, type ExportCommand } from "./parseExportArgs";

export type OutputFormat = "json" | "text";

/** What the command line asks for. */
export type CliCommand =
  | { kind: "help" }
  | {
      kind: "check";
      file: string;
      /** Files after the first: tables of headcount lines, joined into the first file's org. */
      lineFiles?: string[];
      sheet?: string;
      mapping: ColumnMapping;
      format: OutputFormat;
      /** Write a copy of the workbook with the Org checks and Coverage sheets here (an .xlsx). */
      out?: string;
      /** A JSON file of rules (as saved in the workbook's `orgwright.rules` setting). */
      rules?: string;
    }
  | { kind: "sample"; out: string }
  | CostCommand
  | ExportCommand
  | ScenarioCommand
  | CompareCommand;

/** Why the arguments cannot be run, as a message to show with the usage. */
export interface ArgumentProblem {
  key: MessageKey;
  params?: MessageParams;
}

export type ParsedArgs = { lang: Lang } & ({ ok: true; command: CliCommand } | { ok: false; problem: ArgumentProblem });

/** Options each command takes, and whether they take a value. */
const OPTIONS: Readonly<
  Record<"check" | "sample" | "cost" | "export" | "compare", Readonly<Record<string, "value" | "flag">>>
> = {
  check: {
    "--sheet": "value",
    "--map": "value",
    "--format": "value",
    "--out": "value",
    "--rules": "value",
    "--lang": "value",
    "--help": "flag",
  },
  sample: { "--out": "value", "--lang": "value", "--help": "flag" },
  cost: COST_OPTIONS,
  export: EXPORT_OPTIONS,
  compare: COMPARE_OPTIONS,
};
const TAKES_VALUE = new Set([
  "--sheet",
  "--map",
  "--format",
  "--lang",
  "--out",
  "--rules",
  ...Object.keys(COST_OPTIONS).filter((name) => COST_OPTIONS[name] === "value"),
  ...Object.keys(EXPORT_OPTIONS).filter((name) => EXPORT_OPTIONS[name] === "value"),
  ...Object.keys(COMPARE_OPTIONS).filter((name) => COMPARE_OPTIONS[name] === "value"),
]);

interface Option {
  name: string;
  value?: string;
}

/**
 * Reads `orgwright` arguments: `check FILE [--sheet NAME] [--map field=Header ...] [--format json|text]
 * [--out REPORT.xlsx] [--rules RULES.json]`,
 * `sample --out FILE.xlsx`, `--help`; `--lang en|zh-CN` anywhere (default `defaultLang`). Options may
 * be written `--name value` or `--name=value`; `--` ends the options.
 */
export function parseArgs(argv: readonly string[], defaultLang: Lang): ParsedArgs {
  const options: Option[] = [];
  const positionals: string[] = [];
  let missingValue: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (positionals.length === 0 && arg === "scenario") {
      // `scenario` reads its own options (some take two values: --status ID vacant).
      const rest = argv.slice(i + 1);
      const langValue = lastValue([...options, ...scenarioLangOptions(rest)], "--lang");
      const lang = langValue === undefined ? defaultLang : parseLang(langValue);
      if (lang === undefined)
        return { lang: defaultLang, ok: false, problem: { key: "cli.error.badLang", params: { value: langValue! } } };
      if (options.some((option) => option.name === "--help") || rest.includes("--help") || rest.includes("-h"))
        return { lang, ok: true, command: { kind: "help" } };
      const parsed = parseScenarioArgs(
        rest.filter((_, j) => !isLangArgument(rest, j)),
        lang,
      );
      return parsed.ok ? { lang, ok: true, command: parsed.command } : { lang, ok: false, problem: parsed.problem };
    }
    if (arg === "-h") {
      options.push({ name: "--help" });
    } else if (arg.startsWith("--")) {
      const equals = arg.indexOf("=");
      const name = equals > 0 ? arg.slice(0, equals) : arg;
      if (equals > 0) options.push({ name, value: arg.slice(equals + 1) });
      else if (!TAKES_VALUE.has(name)) options.push({ name });
      else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) options.push({ name, value: argv[++i] });
      else missingValue ??= name;
    } else {
      positionals.push(arg);
    }
  }

  const langOption = lastValue(options, "--lang");
  const lang = langOption === undefined ? defaultLang : parseLang(langOption);
  if (lang === undefined)
    return { lang: defaultLang, ok: false, problem: { key: "cli.error.badLang", params: { value: langOption! } } };
  const fail = (key: MessageKey, params?: MessageParams): ParsedArgs => ({ lang, ok: false, problem: { key, params } });

  if (options.some((option) => option.name === "--help")) return { lang, ok: true, command: { kind: "help" } };
  const [command, ...operands] = positionals;
  if (command === undefined) return fail("cli.error.noCommand");
  if (
    command !== "check" &&
    command !== "sample" &&
    command !== "cost" &&
    command !== "export" &&
    command !== "compare"
  )
    return fail("cli.error.unknownCommand", { command });
  const unknown = options.find((option) => !(option.name in OPTIONS[command]));
  if (unknown) return fail("cli.error.unknownOption", { option: unknown.name, command });
  if (missingValue) return fail("cli.error.missingValue", { option: missingValue });

  if (command === "export") {
    const parsed = parseExportCommand(
      operands,
      (name) => lastValue(options, name),
      (name) => options.some((option) => option.name === name),
    );
    return parsed.ok ? { lang, ok: true, command: parsed.command } : { lang, ok: false, problem: parsed.problem };
  }

  if (command === "compare") {
    const parsed = parseCompareCommand(operands, (name) => lastValue(options, name));
    return parsed.ok ? { lang, ok: true, command: parsed.command } : { lang, ok: false, problem: parsed.problem };
  }

  if (command === "sample") {
    if (operands.length > 0) return fail("cli.error.extraArgument", { value: operands[0] });
    const out = lastValue(options, "--out");
    if (!out) return fail("cli.error.missingOut");
    if (!/\.xlsx$/i.test(out)) return fail("cli.error.outNotXlsx", { file: out });
    return { lang, ok: true, command: { kind: "sample", out } };
  }

  if (operands.length === 0) return fail("cli.error.missingFile");
  const lineFiles = operands.length > 1 ? { lineFiles: operands.slice(1) } : {};
  if (command === "cost") {
    const mapped = mappingOf(options);
    if (!mapped.ok) return fail(mapped.problem.key, mapped.problem.params);
    const cost = parseCostOptions((name) => lastValue(options, name));
    if (!cost.ok) return fail(cost.problem.key, cost.problem.params);
    const sheet = lastValue(options, "--sheet");
    const costOut = lastValue(options, "--out");
    if (costOut !== undefined && !/\.xlsx$/i.test(costOut)) return fail("cli.error.reportNotXlsx", { file: costOut });
    return {
      lang,
      ok: true,
      command: {
        kind: "cost",
        file: operands[0],
        ...lineFiles,
        ...(sheet !== undefined ? { sheet } : {}),
        mapping: mapped.mapping,
        ...cost.options,
        ...(costOut !== undefined ? { out: costOut } : {}),
      },
    };
  }
  const format = (lastValue(options, "--format") ?? "json").toLowerCase();
  if (format !== "json" && format !== "text")
    return fail("cli.error.badFormat", { value: lastValue(options, "--format")! });

  const mapped = mappingOf(options);
  if (!mapped.ok) return fail(mapped.problem.key, mapped.problem.params);
  const mapping = mapped.mapping;
  const out = lastValue(options, "--out");
  if (out !== undefined && !/\.xlsx$/i.test(out)) return fail("cli.error.reportNotXlsx", { file: out });
  const sheet = lastValue(options, "--sheet");
  const rules = lastValue(options, "--rules");
  return {
    lang,
    ok: true,
    command: {
      kind: "check",
      file: operands[0],
      ...lineFiles,
      ...(sheet !== undefined ? { sheet } : {}),
      mapping,
      format,
      ...(out !== undefined ? { out } : {}),
      ...(rules !== undefined ? { rules } : {}),
    },
  };
}

/** The `--map field=Header` options as a column mapping. */
function mappingOf(
  options: readonly Option[],
): { ok: true; mapping: ColumnMapping } | { ok: false; problem: ArgumentProblem } {
  const mapping: ColumnMapping = {};
  for (const option of options) {
    if (option.name !== "--map") continue;
    const text = option.value ?? "";
    const equals = text.indexOf("=");
    const name = equals > 0 ? text.slice(0, equals).trim() : "";
    const header = equals > 0 ? text.slice(equals + 1).trim() : "";
    if (name === "" || header === "")
      return { ok: false, problem: { key: "cli.error.badMap", params: { value: text } } };
    const field = fieldKeyForName(name);
    if (!field)
      return {
        ok: false,
        problem: { key: "cli.error.unknownField", params: { field: name, fields: FIELD_KEYS.join(", ") } },
      };
    mapping[field] = header;
  }
  return { ok: true, mapping };
}

/** The `--lang` options among a command's own arguments. */
function scenarioLangOptions(argv: readonly string[]): Option[] {
  const found: Option[] = [];
  argv.forEach((arg, i) => {
    if (arg.startsWith("--lang=")) found.push({ name: "--lang", value: arg.slice(7) });
    else if (arg === "--lang" && i + 1 < argv.length) found.push({ name: "--lang", value: argv[i + 1] });
  });
  return found;
}

/** True when `argv[j]` is a `--lang` option or its value. */
function isLangArgument(argv: readonly string[], j: number): boolean {
  return argv[j] === "--lang" || argv[j].startsWith("--lang=") || (j > 0 && argv[j - 1] === "--lang");
}

function lastValue(options: readonly Option[], name: string): string | undefined {
  for (let i = options.length - 1; i >= 0; i--) if (options[i].name === name) return options[i].value;
  return undefined;
}

/** "en", "en-US", "zh-CN", "zh", "zh_CN" → a supported language; anything else → undefined. */
function parseLang(text: string): Lang | undefined {
  if (/^en(?:[-_]\w+)*$/i.test(text)) return "en";
  if (/^zh(?:[-_]\w+)*$/i.test(text)) return "zh-CN";
  return undefined;
}
