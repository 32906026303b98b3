import type { CliMessages } from "../en/cli";

export const cliZh: CliMessages = {
  "cli.usage": "用法：orgwright check <文件.xlsx|文件.csv> [--sheet 工作表] [--map 字段=表头 ...] [--format json|text] [--lang en|zh-CN]",
};
