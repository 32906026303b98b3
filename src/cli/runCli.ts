import { FIELD_KEYS } from "../core/columns/fields";
import { translatorFor } from "../i18n";
import { EXIT_FAILURE, EXIT_OK, type CliOutput } from "./cliOutput";
import { langFromEnvironment } from "./langFromEnvironment";
import { parseArgs } from "./parseArgs";
import { runCheck } from "./runCheck";

/** Runs `orgwright` with its arguments; resolves to the exit status (0 read, 2 could not read / bad arguments). */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  output: CliOutput,
): Promise<number> {
  const parsed = parseArgs(argv, langFromEnvironment(env));
  const t = translatorFor(parsed.lang);
  if (!parsed.ok) {
    output.stderr(`${t(parsed.problem.key, parsed.problem.params)}\n${t("cli.usage")}\n`);
    return EXIT_FAILURE;
  }
  const { command } = parsed;
  switch (command.kind) {
    case "help":
      output.stdout(
        `${t("cli.usage")}\n\n${t("cli.help", { fields: FIELD_KEYS.join(", ") })}\n${t("export.cliHelp")}${t("compare.cliHelp")}${t("scenario.cliHelp")}`,
      );
      return EXIT_OK;
    case "check":
      return runCheck(command, parsed.lang, output);
    // The other commands' modules are loaded when asked for: export's alone (PDF, PPTX, fonts, the renderer) took
    // longer to load than a small file takes to check.
    case "sample":
      return (await import("./runSample")).runSample(command.out, parsed.lang, output);
    case "cost":
      return (await import("./runCost")).runCost(command, parsed.lang, output);
    case "export":
      return (await import("./runExport")).runExport(command, parsed.lang, output);
    case "compare":
      return (await import("./runCompare")).runCompare(command, parsed.lang, output);
    case "scenario":
      return (await import("./runScenario")).runScenario(command, parsed.lang, output);
  }
}
