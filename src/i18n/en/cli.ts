/** Command-line strings. */
export const cliEn = {
  "cli.usage": "Usage: orgwright check <file.xlsx|file.csv> [--sheet NAME] [--map field=Header ...] [--format json|text] [--lang en|zh-CN]",
} as const;

export type CliMessages = Record<keyof typeof cliEn, string>;
