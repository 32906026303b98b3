import type { CliMessages } from "../en/cli";

export const cliZh: CliMessages = {
  "cli.usage":
    "用法：orgwright check <文件.xlsx|文件.csv> [<编制行.xlsx|编制行.csv>…] [--sheet 工作表] [--map 字段=表头 ...] [--format json|text]\n" +
    "                      [--out 报告.xlsx] [--rules 规则.json] [--lang en|zh-CN]\n" +
    "      orgwright cost <文件.xlsx|文件.csv> [<编制行.xlsx|编制行.csv>…] [--sheet 工作表] [--map 字段=表头 ...] [--year 2025] [--start-month 1]\n" +
    "                     [--currency CNY] [--pay-point min|mid|max] [--salary-basis actual|full-time]\n" +
    "                     [--proration days|months] [--vacancies funded|unfunded] [--format json|text|csv]\n" +
    "                     [--out 成本.xlsx]\n" +
    "      orgwright sample --out 文件.xlsx [--lang en|zh-CN]\n" +
    "      orgwright scenario create|list|edit <文件.xlsx|文件.csv> ...（见 --help）\n" +
    "      orgwright compare <基线.xlsx> [<方案.xlsx>] [--plan-sheet 工作表] [--format json|text] [--out 对比.xlsx] ...\n" +
    "      orgwright --help",
  "cli.help":
    "Orgwright 按 Excel 加载项的规则检查岗位表（.xlsx 或 .csv 文件）。\n" +
    "\n" +
    "命令：\n" +
    "  check 文件         读取岗位表（以及职责表、部门表，如有），建立组织架构，\n" +
    "                     进行组织检查和职责覆盖检查，列出发现的问题。\n" +
    "                     其他工作表或文件之后列出的文件中的编制行（有上级列和人数等计数列、没有岗位编号）\n" +
    "                     并入组织，挂在各自的上级之下。\n" +
    "    --sheet 工作表   要读取的工作表（默认：表头最像岗位表的工作表）。\n" +
    "    --map 字段=表头\n" +
    "                     从别名识别不了的列读取某个字段，例如\n" +
    '                     --map 汇报对象=上级工号 或 --map reportsTo="Manager No."。多个字段请重复使用。\n' +
    "    --format json|text\n" +
    "                     json 供脚本使用（默认），text 为简短的文字报告。\n" +
    "    --out 报告.xlsx\n" +
    "                     另外写出一份工作簿副本，其中加入“组织检查”和“职责覆盖”工作表\n" +
    "                     （被检查的文件本身不会改动；.csv 文件成为副本的第一个工作表）。\n" +
    "    --rules 规则.json\n" +
    "                     按此规则检查（加载项保存的 JSON），而不是工作簿中保存的规则。\n" +
    "  cost 文件          按财年逐月计算每个岗位的人力成本：薪酬与单位社保等附加成本（费率表，否则用内置的北京、\n" +
    "                     上海、英国费率），折算为一种币种（汇率表）。详见 docs/cost.md。--year、--start-month（1–12）、\n" +
    "                     --currency、--pay-point、--salary-basis、--proration、--vacancies；--format csv 供表格软件打开；\n" +
    "                     --out 成本.xlsx 另存一份带“人力成本”工作表的工作簿副本（公式引用岗位表，原文件不会被修改）。\n" +
    "  sample --out 文件.xlsx\n" +
    "                     写出运营中心示例工作簿。\n" +
    "\n" +
    "所有命令的选项：\n" +
    "  --lang en|zh-CN    消息语言（默认取自 LANG / LC_ALL）。\n" +
    "  --help             显示本帮助。\n" +
    "\n" +
    "--map 可用的字段：{fields}\n" +
    "退出码：读取了文件时为 0（即使有发现的问题）；文件无法读取或参数有误时为 2。",
  "cli.error.noCommand": "请指定命令：check、cost、compare、export、sample 或 scenario。",
  "cli.error.unknownCommand": "“{command}”不是命令，请使用 check、cost、compare、export、sample 或 scenario。",
  "cli.error.unknownOption": "“{option}”不是 {command} 的选项。",
  "cli.error.missingValue": "{option} 需要一个值。",
  "cli.error.extraArgument": "多余的参数“{value}”。",
  "cli.error.noHeadcountLines":
    "{file} 中没有编制行表（有上级列如 Reporting Senior Post、计数列如 Number of Posts，且没有岗位编号列）；第一个文件之后只能列出这样的文件。",
  "cli.error.missingFile": "请指定要检查的文件：orgwright check 文件.xlsx",
  "cli.error.badFormat": "“{value}”不是输出格式，请使用 json 或 text。",
  "cli.error.badLang": "不支持语言“{value}”，请使用 en 或 zh-CN。",
  "cli.error.badMap": "“{value}”不是列映射，请写成 字段=表头，例如 汇报对象=上级工号。",
  "cli.error.unknownField": "“{field}”不是岗位表的字段，请使用以下之一：{fields}。",
  "cli.error.missingOut": "请指定要写入的文件：orgwright sample --out 文件.xlsx",
  "cli.error.outNotXlsx": "“{file}”的扩展名不是 .xlsx；示例以 .xlsx 工作簿写出。",
  "cli.error.reportNotXlsx": "“{file}”的扩展名不是 .xlsx；报告以 .xlsx 工作簿写出。",
  "cli.error.outIsInput": "--out “{file}”就是被检查的文件；请指定一个新文件：报告写入副本，绝不写入原文件。",
  "cli.error.rulesNotJson": "“{file}”不是规则文件（JSON）：{detail}",
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
  "cli.report.spans": "管理幅度：管理者 {managers} 人 · 中位数 {median} · 平均 {mean} · 最大 {widest}",
  "cli.report.spanBands": "按管理幅度区间的管理者人数：{list}",
  "cli.report.bandItem": "{band}：{managers}",
  "cli.report.layerPyramid": "层级金字塔：{list}",
  "cli.report.layerItem": "第 {layer} 层 {positions} 个（编制 {fte}）",
  "cli.report.coverage": "职责覆盖：{capabilities} 项职责 × {departments} 个部门 · 没有在职人员承担的：{uncovered}",
  "cli.report.written": "已写出 {file}：{input} 的副本，加入了工作表 {sheets}。",
  "cli.report.row": "第 {rows} 行",
  "cli.report.rows": "第 {rows} 行",
};
