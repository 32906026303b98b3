import type { ReportMessages } from "../en/report";

export const reportZh: ReportMessages = {
  "report.orgChecks.sheet": "组织检查",
  "report.orgChecks.reconciliation":
    "读取的行 {rowsRead} = 组织中的岗位 {positions} + 仅见于问题的行 {rowsOnlyInFindings}",
  "report.orgChecks.reconciliationBlank":
    "读取的行 {rowsRead} = 组织中的岗位 {positions} + 仅见于问题的行 {rowsOnlyInFindings}（另跳过空行 {blank} 行）",
  "report.orgChecks.findingsCount":
    "问题：{count} 项（错误 {errors}，警告 {warnings}，提示 {info}）。岗位表：“{sheet}”。点击“行”列可跳转到问题所在的行。",
  "report.orgChecks.noFindings": "没有发现问题。岗位表：“{sheet}”。",
  "report.orgChecks.rules":
    "规则：未指定管理类型的管理者，管理幅度目标为 {min}–{max} 人；最多 {maxLayers} 层。助理不计入管理幅度。",
  "report.orgChecks.rulesOpen":
    "规则：未指定管理类型的管理者，管理幅度至少 {min} 人；最多 {maxLayers} 层。助理不计入管理幅度。",
  "report.findings.title": "问题清单",
  "report.findings.number": "序号",
  "report.findings.severity": "严重程度",
  "report.findings.rule": "规则",
  "report.findings.message": "说明",
  "report.findings.positions": "涉及岗位",
  "report.findings.sheet": "工作表",
  "report.findings.row": "行",
  "report.findings.toRow": "至行",
  "report.spanBands.title": "按管理幅度区间统计的管理者（直接下属，不含助理）",
  "report.spanBands.band": "幅度区间",
  "report.spanBands.managers": "管理者人数",
  "report.spanBands.share": "占管理者比例",
  "report.spanStats.title": "管理者的管理幅度（个人贡献者没有管理幅度）",
  "report.spanStats.managers": "管理者人数",
  "report.spanStats.median": "管理幅度中位数",
  "report.spanStats.mean": "平均管理幅度",
  "report.spanStats.widest": "最大管理幅度",
  "report.layers.title": "层级金字塔（最高层为第 1 层）",
  "report.layers.layer": "层级",
  "report.layers.positions": "岗位数",
  "report.layers.fte": "编制",
  "report.layers.managers": "管理者人数",
  "report.layers.averageSpan": "平均管理幅度",
  "report.coverage.sheet": "职责覆盖",
  "report.coverage.catalogueWorkbook": "职责目录：工作簿中“{sheet}”上的表（{count} 项职责）· 部门：{departments} 个",
  "report.coverage.catalogueSheet":
    "职责目录：岗位自己使用的职责名称（{count} 项职责，多数不在默认目录中）· 部门：{departments} 个",
  "report.coverage.catalogueDefault": "职责目录：默认的运营中心职责目录（{count} 项职责）· 部门：{departments} 个",
  "report.coverage.legend":
    "承担各项职责的岗位的编制，在职与空缺分开统计。红色：没有在职岗位承担；琥珀色：只有一人承担。",
  "report.coverage.filledTitle": "在职编制（按部门）",
  "report.coverage.vacantTitle": "空缺编制（按部门，待招岗位）",
  "report.coverage.capability": "职责 \\ 部门",
  "report.coverage.area": "领域",
  "report.coverage.owner": "主责部门",
  "report.coverage.required": "所需人数",
  "report.coverage.people": "承担人数",
  "report.coverage.filledFte": "在职编制",
  "report.coverage.vacantFte": "空缺编制",
  "report.coverage.noDepartment": "（未填部门）",
};
