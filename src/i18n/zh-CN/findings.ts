import type { FindingMessages } from "../en/findings";

export const findingsZh: FindingMessages = {
  "finding.MISSING_COLUMN": "未找到“{field}”列（查找过 {aliases} 等表头）。请将其对应到表中的某一列。",
  "finding.MISSING_ID": "第 {row} 行没有岗位编号，该行未纳入组织。",
  "finding.LINE_ID_GENERATED":
    "第 {row} 行是编制行（{posts} × “{title}”），本身没有岗位编号：以“{id}”（上级、岗位名称与行号）纳入组织。",
  "finding.LINE_ID_GENERATED_JOINED":
    "工作表“{sheet}”第 {row} 行是编制行（{posts} × “{title}”）：以“{id}”（上级、岗位名称、工作表与行号）并入组织，挂在其上级之下。",
  "finding.DUPLICATE_ID": "岗位编号“{id}”出现在 {count} 行（{rowList}），仅保留第一行。",
  "finding.DUPLICATE_ID_RENAMED":
    "岗位编号“{id}”出现在 {count} 行（{rowList}），但岗位名称或汇报对象不同，是不同的岗位。第一行保留该编号，其余各行以 {renamed} 显示在组织图中。",
  "finding.MANAGER_PLACEHOLDER":
    "汇报对象“{placeholder}”（{count} 个：{idList}）不是本表中的岗位编号，而是“不向本表中任何人汇报”的占位符：这些岗位按顶层岗位处理。",
  "finding.MERGED_CELLS_FILLED":
    "合并单元格已按 Excel 的显示方式读取，合并区域内每个单元格均取合并后的值：{areaList}（共 {count} 处）。",
  "finding.CSV_LINES_JOINED":
    '这一行在 CSV 文件中有一个带引号的单元格没有在应有的位置结束，文件的 {lines} 行被读成了这一行，其中可能包含文件中的其他行。请检查这一行的引号：以引号开头的单元格须以引号结束，单元格内的引号须写成两个（""）。',
  "finding.CSV_QUOTE_NOT_DOUBLED":
    '这一行在 CSV 文件中带引号的单元格内有引号没有写成两个（""）；该单元格已按原文读取。请核对这一行的内容是否符合原意。',
  "finding.SHARED_POST":
    "岗位“{id}”出现在 {count} 行（{rowList}：{holderList}），岗位名称和汇报对象相同：按一人以上共同担任的同一岗位处理（岗位分担或交接），编制与薪酬相加。",
  "finding.SHARED_POST_OVER_FTE":
    "岗位“{id}”各任职人的编制合计 {fte}，超过该岗位的 {postFte}（第 {rowList} 行）：是交接期重叠，还是分担超出了岗位编制？",
  "finding.UNKNOWN_MANAGER": "岗位“{id}”的汇报对象“{manager}”不是本表中的岗位编号。",
  "finding.UNKNOWN_MANAGER_LINE":
    "工作表“{sheet}”第 {row} 行的编制行（“{title}”）所写上级“{manager}”不是组织中的岗位编号：该行按顶层岗位显示。",
  "finding.UNKNOWN_DOTTED_MANAGER": "岗位“{id}”的虚线汇报对象“{manager}”不是本表中的岗位编号。",
  "finding.MANAGER_BY_EMAIL":
    "汇报对象为邮箱而非岗位编号：已按“邮箱”列匹配到在岗人员使用该邮箱的岗位（{count} 个：{idList}；例如“{written}”→“{managerId}”）。",
  "finding.MANAGER_BY_NAME":
    "岗位“{id}”的汇报对象“{manager}”不是岗位编号，而是岗位“{managerId}”在岗人员的姓名；已按汇报给“{managerId}”处理。",
  "finding.SELF_REPORT": "岗位“{id}”向自己汇报。",
  "finding.CYCLE": "汇报关系形成循环：{path}。图表在“{id}”处断开该循环。",
  "finding.MULTIPLE_ROOTS": "有 {count} 个岗位没有汇报对象（{idList}），已置于同一个虚拟顶层之下。",
  "finding.INVALID_NUMBER": "{column}中的“{value}”不是大于或等于 0 的数字（第 {row} 行，岗位“{id}”）。",
  "finding.INVALID_DATE": "{column}中的“{value}”不是日期（第 {row} 行，岗位“{id}”）。",
  "finding.FORMULA_ERROR": "{column}单元格含公式错误 {value}（第 {row} 行）。",
  "finding.END_BEFORE_START": "岗位“{id}”的离岗日期（{end}）早于到岗日期（{start}）（第 {row} 行）。",
  "finding.MANAGER_ID_VARIANT":
    "汇报对象与本表中的岗位编号写法不同（全角半角、大小写、省略了前导零、整数写成 1002.0，或编号前后附有姓名），已按其所指的岗位读取（{count} 个：{idList}；例如“{written}”→“{managerId}”）。",
  "finding.ID_VARIANTS":
    "岗位编号 {idList}（第 {rowList} 行）仅写法不同（全角半角、大小写、前导零或末尾的 .0）：按 {count} 个不同岗位读取。如为同一岗位，请在各行使用相同写法的编号。",
  "finding.TOTALS_ROW": "第 {row} 行（“{label}”）是合计行，不是岗位：未计入组织，以免其数字被重复计算。",
  "finding.DECIMAL_COMMA":
    "此表以逗号作小数点（第 {row} 行：“{example}”）：编制与薪资按此读取，句点为千位分隔符（120.000,50 即 120000.50；80.000 即 80000）。",
  "finding.DAY_FIRST_DATES":
    "此表日期为“日/月/年”写法（第 {row} 行：“{example}”）：到岗与离岗日期按此读取（01/03/2024 即 2024年3月1日，而非 1月3日）。",
  "finding.AMBIGUOUS_DATES":
    "此表的日期（如第 {row} 行的“{example}”）既可读作“日/月/年”，也可读作“月/日/年”，表中没有能判断的日期：按月在前读取，与美国版 Excel 相同（“{example}”读作 {reading}）。为免误读，请把日期写成 2024-03-01 或 Excel 日期。",
  "finding.MONTHLY_SALARY":
    "“{column}”列（表头在第 {row} 行）为月薪，且表中没有年薪列：各岗位的年度基本薪资按月薪 × {months} 读取（十三薪等由“薪资月数”列另计；奖金与津贴按原值）。",
  "finding.SALARY_PER_MONTH":
    "薪资列“{column}”中有 {count} 个单元格按月填写（第 {rowList} 行；如“{example}”）：各按金额 × {months} 读作年度基本薪资，而不是记为 0。",
  "finding.SALARY_PER_YEAR":
    "月薪列“{column}”中有 {count} 个单元格按年填写（第 {rowList} 行；如“{example}”）：各按该金额读作年度基本薪资，而不是再 × {months}。",
  "finding.UNKNOWN_STATUS":
    "“{column}”列中的“{status}”不是可识别的岗位状态（{count} 行：第 {rowList} 行）：这些岗位按姓名判断，有任职者即为在职，否则为空缺。请改写为 在职、空缺、计划 或 关闭（或 Filled、Vacant、Planned、Closed）。",
  "finding.FTE_PERCENT":
    "编制列“{column}”（表头在第 {row} 行）为百分数：100 按 1 个编制读取，50 按 0.5；小数（0.5、50%）按原值读取。",
  "finding.WEEKLY_HOURS_FTE":
    "“{column}”列（表头在第 {row} 行）为每周工时，且表中没有编制列：各岗位的编制按工时 ÷ 每周 {fullTime} 小时的全职工时计算（保留 4 位小数）；全职工时取表头注明的值，否则取 35 至 48 小时之间最多岗位的工时，否则为 40。如全职工时不同，请在表头中注明，例如“周工时（37.5）”。",
  "finding.HOURS_OVER_FULL_TIME":
    "“{column}”列中有 {count} 个岗位的每周工时超过全职的 {fullTime} 小时（第 {rowList} 行）：其编制大于 1，按原值保留。是加班，还是全职工时另有规定？",
  "finding.DEPARTMENT_PATH":
    "“{column}”列为部门路径，各级以“{separator}”分隔（{count} 行：第 {rowList} 行）：各按其部门读取（所有路径共同的上级之下的一级，否则为第一级）；未填写团队时，以最后一级为团队——“{example}”读作部门“{department}”、团队“{team}”。",
  "finding.NOTE_ROW": "第 {row} 行是备注（“{text}”），不是岗位：未计入组织。",
};
