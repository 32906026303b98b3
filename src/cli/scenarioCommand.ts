import type { ColumnMapping } from "../core/columns/columnMapping";
import { FIELD_KEYS } from "../core/columns/fields";
import type { PositionStatus } from "../core/model/position";
import type { ScenarioEdit } from "../core/scenario/scenarioEdit";
import type { Lang, MessageKey, MessageParams } from "../i18n";
import { fieldKeyForName } from "./fieldKeyForName";

/** `orgwright scenario create|list|edit …`. */
export type ScenarioCommand =
  | {
      kind: "scenario";
      action: "create";
      file: string;
      title: string;
      sheet?: string;
      mapping: ColumnMapping;
      out: string;
    }
  | { kind: "scenario"; action: "list"; file: string; format: "json" | "text" }
  | { kind: "scenario"; action: "edit"; file: string; planSheet: string; edits: ScenarioEdit[]; out: string };

export type ParsedScenarioArgs =
  | { ok: true; lang: Lang; command: ScenarioCommand }
  | { ok: false; lang: Lang; problem: { key: MessageKey; params?: MessageParams } };

const STATUSES: readonly PositionStatus[] = ["filled", "vacant", "planned", "closed"];
/** Options and how many values each takes. */
const ARITY: Readonly<Record<string, number>> = {
  "--name": 1,
  "--sheet": 1,
  "--map": 1,
  "--out": 1,
  "--format": 1,
  "--lang": 1,
  "--plan-sheet": 1,
  "--move": 1,
  "--to": 1,
  "--remove": 1,
  "--add-under": 1,
  "--title": 1,
  "--id": 1,
  "--status": 2,
  "--fte": 2,
  "--salary": 2,
};
const ACTION_OPTIONS: Readonly<Record<"create" | "list" | "edit", readonly string[]>> = {
  create: ["--name", "--sheet", "--map", "--out", "--lang"],
  list: ["--format", "--lang"],
  edit: [
    "--plan-sheet",
    "--move",
    "--to",
    "--remove",
    "--add-under",
    "--title",
    "--id",
    "--status",
    "--fte",
    "--salary",
    "--out",
    "--lang",
  ],
};

/**
 * Reads the arguments after `scenario` (options before it included): `create FILE --name TITLE [--sheet S]
 * [--map field=Header] --out OUT.xlsx`, `list FILE [--format json|text]`, `edit FILE --plan-sheet NAME EDIT…
 * --out OUT.xlsx` where each EDIT is `--move ID --to MANAGER`, `--remove ID`, `--add-under ID [--title T] [--id NEW]`,
 * `--status ID filled|vacant|planned|closed`, `--fte ID 0.5` or `--salary ID 300000|none`, applied in order.
 * `--lang` is read by the caller (`lang`).
 */
export function parseScenarioArgs(argv: readonly string[], lang: Lang): ParsedScenarioArgs {
  const fail = (key: MessageKey, params?: MessageParams): ParsedScenarioArgs => ({
    ok: false,
    lang,
    problem: { key, params },
  });
  const options: { name: string; values: string[] }[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const arity = ARITY[name];
    if (arity === undefined) return fail("cli.error.unknownOption", { option: name, command: "scenario" });
    const values = equals > 0 ? [arg.slice(equals + 1)] : [];
    while (values.length < arity && i + 1 < argv.length && !argv[i + 1].startsWith("--")) values.push(argv[++i]);
    if (values.length < arity) return fail("cli.error.missingValue", { option: name });
    options.push({ name, values });
  }
  const [action, file, extra] = positionals;
  if (action !== "create" && action !== "list" && action !== "edit") return fail("scenario.cli.error.noAction");
  const unknown = options.find((option) => !ACTION_OPTIONS[action].includes(option.name));
  if (unknown) return fail("cli.error.unknownOption", { option: unknown.name, command: `scenario ${action}` });
  if (file === undefined) return fail("scenario.cli.error.missingFile", { action });
  if (extra !== undefined) return fail("cli.error.extraArgument", { value: extra });
  const last = (name: string) => options.filter((option) => option.name === name).at(-1)?.values[0];
  const out = last("--out");
  const needOut = (): MessageKey | undefined =>
    out === undefined ? "scenario.cli.error.missingOut" : /\.xlsx$/i.test(out) ? undefined : "cli.error.reportNotXlsx";

  if (action === "list") {
    const format = (last("--format") ?? "json").toLowerCase();
    if (format !== "json" && format !== "text") return fail("cli.error.badFormat", { value: last("--format")! });
    return { ok: true, lang, command: { kind: "scenario", action, file, format } };
  }
  const outProblem = needOut();
  if (outProblem) return fail(outProblem, { file: out ?? "", action });

  if (action === "create") {
    const title = last("--name")?.trim();
    if (!title) return fail("scenario.cli.error.missingName");
    const mapping: ColumnMapping = {};
    for (const option of options.filter((o) => o.name === "--map")) {
      const text = option.values[0];
      const equals = text.indexOf("=");
      const field = equals > 0 ? fieldKeyForName(text.slice(0, equals).trim()) : undefined;
      if (equals <= 0 || text.slice(equals + 1).trim() === "") return fail("cli.error.badMap", { value: text });
      if (!field)
        return fail("cli.error.unknownField", { field: text.slice(0, equals).trim(), fields: FIELD_KEYS.join(", ") });
      mapping[field] = text.slice(equals + 1).trim();
    }
    const sheet = last("--sheet");
    return {
      ok: true,
      lang,
      command: { kind: "scenario", action, file, title, ...(sheet !== undefined ? { sheet } : {}), mapping, out: out! },
    };
  }

  const planSheet = last("--plan-sheet");
  if (!planSheet) return fail("scenario.cli.error.missingPlanSheet");
  const edits: ScenarioEdit[] = [];
  for (let i = 0; i < options.length; i++) {
    const { name, values } = options[i];
    const [id, value] = values;
    const following = (wanted: string) => {
      const next = options[i + 1];
      return next?.name === wanted ? (i++, next.values[0]) : undefined;
    };
    switch (name) {
      case "--move": {
        const to = following("--to");
        if (to === undefined) return fail("scenario.cli.error.moveWithoutTo", { id });
        edits.push({ kind: "move", id, newManager: to });
        break;
      }
      case "--remove":
        edits.push({ kind: "remove", id });
        break;
      case "--add-under": {
        const fields: { title?: string; id?: string } = {};
        for (let more = options[i + 1]; more?.name === "--title" || more?.name === "--id"; more = options[i + 1]) {
          fields[more.name === "--title" ? "title" : "id"] = more.values[0];
          i++;
        }
        edits.push({ kind: "add", manager: id, ...(Object.keys(fields).length > 0 ? { fields } : {}) });
        break;
      }
      case "--status": {
        const status = value.toLowerCase() as PositionStatus;
        if (!STATUSES.includes(status)) return fail("scenario.cli.error.badStatus", { value });
        edits.push({ kind: "setStatus", id, status });
        break;
      }
      case "--fte":
      case "--salary": {
        const none = name === "--salary" && /^(none|blank|-)$/i.test(value);
        const number = Number(value.replace(/[,_\s]/g, ""));
        if (!none && (value.trim() === "" || !Number.isFinite(number) || number < 0))
          return fail("scenario.cli.error.badNumber", { value, option: name });
        edits.push(
          name === "--fte"
            ? { kind: "setFte", id, fte: number }
            : { kind: "setSalary", id, baseSalary: none ? null : number },
        );
        break;
      }
      case "--to":
      case "--title":
      case "--id":
        return fail("scenario.cli.error.misplaced", { option: name });
    }
  }
  if (edits.length === 0) return fail("scenario.cli.error.noEdit");
  return { ok: true, lang, command: { kind: "scenario", action, file, planSheet, edits, out: out! } };
}
