import type { ProblemMessages } from "../en/problems";

export const problemsZh: ProblemMessages = {
  "problem.FILE_UNREADABLE": "无法将“{subject}”作为工作簿读取：{detail}",
  "problem.UNSUPPORTED_FILE_TYPE": "“{subject}”不是 .xlsx 或 .csv 文件。",
  "problem.SHEET_NOT_FOUND": "没有名为“{subject}”的工作表。",
  "problem.NO_SHEETS": "“{subject}”中没有工作表。",
  "problem.EXCEL_API_ERROR": "无法读取 Excel：{detail}",
  "problem.EXCEL_BUSY": "Excel 正忙（正在编辑单元格），稍后将重新读取数据。",
};
