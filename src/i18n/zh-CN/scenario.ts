import type { ScenarioMessages } from "../en/scenario";

export const scenarioZh: ScenarioMessages = {
  /** 工作表名不能含半角冒号“:”，全角“：”可以。 */
  "scenario.sheetName": "方案：{title}",
  "scenario.note": "方案“{title}”：{created} 由 {source} 复制而来。可随意修改：Orgwright 从不改动 {source} 本身。",
  "scenario.defaultTitle": "方案 {n}",
  "scenario.newPositionTitle": "新岗位",
  "scenario.status.filled": "在职",
  "scenario.status.vacant": "空缺",
  "scenario.status.planned": "计划",
  "scenario.status.closed": "已关闭",
  "scenario.refusal.SCENARIO_UNKNOWN_POSITION": "本方案中没有岗位“{id}”。",
  "scenario.refusal.SCENARIO_UNKNOWN_MANAGER": "本方案中没有可汇报的岗位“{manager}”。",
  "scenario.refusal.SCENARIO_MOVE_UNDER_SELF": "“{id}”不能向自己汇报。",
  "scenario.refusal.SCENARIO_MOVE_UNDER_OWN_REPORT":
    "“{id}”不能调到“{manager}”之下：“{manager}”（直接或间接）向“{id}”汇报，组织会形成循环。",
  "scenario.refusal.SCENARIO_ID_TAKEN": "岗位编号“{id}”在本方案中已被使用。",
  "scenario.refusal.SCENARIO_MISSING_COLUMN": "本方案没有“{column}”列；请先在工作表中添加该列再做此修改。",
  "scenario.refusal.SCENARIO_SHARED_POST": "“{id}”由 {count} 行共同担任（共享岗位）；请在工作表中逐行修改其{column}。",
  "scenario.refusal.SCENARIO_BAD_NUMBER": "{value} 不是有效的{column}（应为 0 或更大的数）。",
  "scenario.refusal.SCENARIO_NO_HEADER": "本方案的工作表没有岗位编号和汇报对象列。",
  "problem.NOT_A_SCENARIO": "“{subject}”不是 Orgwright 创建的方案工作表；Orgwright 只修改它自己的方案工作表。",
  "problem.SCENARIO_CHANGED": "方案工作表“{subject}”在读取后已被修改；请重新读取后再做此修改。",
  "scenario.cliHelp":
    "  scenario create 文件 --name 标题 [--sheet 工作表] [--map 字段=表头 ...] --out 输出.xlsx\n" +
    "                     把岗位表（或指定工作表，例如另一个方案）复制为新的方案工作表“方案：标题”，\n" +
    "                     并将工作簿另存为 输出.xlsx（.csv 文件另存为 .xlsx）。\n" +
    "  scenario list 文件 [--format json|text]\n" +
    "                     列出工作簿中的方案：工作表、标题、来源、日期。\n" +
    "  scenario edit 文件 --plan-sheet 工作表 修改 ... --out 输出.xlsx\n" +
    "                     修改方案工作表（从不修改岗位表本身）；按顺序执行的修改：\n" +
    "                     --move 编号 --to 上级, --remove 编号（其下属上移）, --add-under 编号 [--title 名称]\n" +
    "                     [--id 新编号], --status 编号 filled|vacant|planned|closed, --fte 编号 0.5, --salary 编号 300000|none。\n",
  "scenario.cli.error.noAction": "请指定方案操作：create、list 或 edit。",
  "scenario.cli.error.missingFile": "请指定工作簿：orgwright scenario {action} 文件.xlsx",
  "scenario.cli.error.missingOut": "请指定要写入的文件：orgwright scenario {action} 文件 --out 输出.xlsx",
  "scenario.cli.error.missingName": '请为方案命名：--name "2026 重组"。',
  "scenario.cli.error.missingPlanSheet": '请指定要修改的方案工作表：--plan-sheet "方案：2026 重组"。',
  "scenario.cli.error.moveWithoutTo": '请说明“{id}”调到哪里：--move {id} --to 上级（"" 表示最高层）。',
  "scenario.cli.error.badStatus": "“{value}”不是岗位状态；请使用 filled、vacant、planned 或 closed。",
  "scenario.cli.error.badNumber": "{option} 的“{value}”不是 0 或更大的数。",
  "scenario.cli.error.misplaced": "{option} 应紧跟在它所属的修改之后（--move … --to，--add-under … --title/--id）。",
  "scenario.cli.error.noEdit": "请至少给出一项修改：--move、--remove、--add-under、--status、--fte 或 --salary。",
  "scenario.cli.none": "此工作簿中没有方案。",
  "scenario.cli.listLine": "{sheet}：“{title}”，{created} 由 {source} 复制而来",
};
