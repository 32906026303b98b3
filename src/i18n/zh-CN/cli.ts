import type { CliMessages } from "../en/cli";

export const cliZh: CliMessages = {
  "cli.usage":
    "用法：orgwright check <文件.xlsx|文件.csv> [--sheet 工作表] [--map 字段=表头 ...] [--format json|text] [--lang en|zh-CN]\n" +
    "      orgwright sample --out 文件.xlsx [--lang en|zh-CN]\n" +
    "      orgwright --help",
  "cli.help":
    "Orgwright 按 Excel 加载项的规则检查岗位表（.xlsx 或 .csv 文件）。\n" +
    "\n" +
    "命令：\n" +
    "  check 文件         读取岗位表，建立组织架构并列出发现的问题。\n" +
    "    --sheet 工作表   要读取的工作表（默认：表头最像岗位表的工作表）。\n" +
    "    --map 字段=表头\n" +
    "                     从别名识别不了的列读取某个字段，例如\n" +
    '                     --map 汇报对象=上级工号 或 --map reportsTo="Manager No."。多个字段请重复使用。\n' +
    "    --format json|text\n" +
    "                     json 供脚本使用（默认），text 为简短的文字报告。\n" +
    "  sample --out 文件.xlsx\n" +
    "                     写出运营中心示例工作簿。\n" +
    "\n" +
    "所有命令的选项：\n" +
    "  --lang en|zh-CN    消息语言（默认取自 LANG / LC_ALL）。\n" +
    "  --help             显示本帮助。\n" +
    "\n" +
    "--map 可用的字段：{fields}\n" +
    "退出码：读取了文件时为 0（即使有发现的问题）；文件无法读取或参数有误时为 2。",
  "cli.error.noCommand": "请指定命令：check 或 sample。",
  "cli.error.unknownCommand": "“{command}”不是命令，请使用 check 或 sample。",
  "cli.error.unknownOption": "“{option}”不是 {command} 的选项。",
  "cli.error.missingValue": "{option} 需要一个值。",
  "cli.error.extraArgument": "多余的参数“{value}”。",
  "cli.error.missingFile": "请指定要检查的文件：orgwright check 文件.xlsx",
  "cli.error.badFormat": "“{value}”不是输出格式，请使用 json 或 text。",
  "cli.error.badLang": "不支持语言“{value}”，请使用 en 或 zh-CN。",
  "cli.error.badMap": "“{value}”不是列映射，请写成 字段=表头，例如 汇报对象=上级工号。",
  "cli.error.unknownField": "“{field}”不是岗位表的字段，请使用以下之一：{fields}。",
  "cli.error.missingOut": "请指定要写入的文件：orgwright sample --out 文件.xlsx",
  "cli.error.outNotXlsx": "“{file}”的扩展名不是 .xlsx；示例以 .xlsx 工作簿写出。",
  "cli.error.fileNotFound": "文件“{file}”不存在。",
  "cli.error.fileNotReadable": "无法读取“{file}”：{detail}",
  "cli.error.fileNotWritten": "无法写入“{file}”：{detail}",
  "cli.sample.written": "已将运营中心示例（{count} 个岗位，工作表“{sheet}”）写入 {file}。",
  "cli.report.heading": "{file}：工作表“{sheet}”，表头在第 {headerRow} 行",
  "cli.report.headingNoHeader": "{file}：工作表“{sheet}”，未找到表头行",
  "cli.report.counts": "读取行数：{rowsRead} · 岗位：{positions} · 顶层岗位：{roots} · 层级：{layers}",
  "cli.report.leftOut": "未进入组织架构的行：{count}（见下方问题） · 跳过的空行：{blank}",
  "cli.report.separator": "，",
  "cli.report.columns": "列：{list}",
  "cli.report.roots": "顶层：{list}",
  "cli.report.noFindings": "未发现问题。",
  "cli.report.findings": "发现的问题：{count}（错误：{errors}，警告：{warnings}，提示：{info}）",
  "cli.report.finding": "{severity} {code} {rows}：{message}",
  "cli.report.findingNoRows": "{severity} {code}：{message}",
  "cli.report.row": "第 {rows} 行",
  "cli.report.rows": "第 {rows} 行",
};
