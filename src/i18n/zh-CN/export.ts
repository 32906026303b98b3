import type { ExportMessages } from "../en/export";

export const exportZh: ExportMessages = {
  "export.title": "组织架构图",
  "export.titleDepartments": "组织架构图：部门",
  "export.titleFocus": "组织架构图：{name}",
  "export.date": "导出于 {date}",
  "export.legend": "部门",
  "export.page": "第 {page} 页，共 {pages} 页",
  "export.overview": "部门总览",
  "export.menu": "导出",
  "export.svg": "SVG 图片",
  "export.png": "PNG 图片（2 倍）",
  "export.pdf": "PDF 文档",
  "export.pptx": "PowerPoint（.pptx）",
  "export.working": "正在导出 {format}…",
  "export.done": "{file} 已就绪（{size}）。",
  "export.downloaded": "{file} 已下载。",
  "export.failed": "导出失败：{reason}",
  "export.noDownload": "此版本的 Excel 无法从任务窗格保存文件。请在 Excel 网页版中导出，或使用命令行。",
  "export.pngScaled": "图表超出了此处图片的最大尺寸：已缩小到 {scale}%（×{factor}）。",
  "export.cliUnknownFormat": "导出文件须以 .svg、.png、.pdf 或 .pptx 结尾：{file}",
  "export.cliNoRoot": "--root {id}：没有此编号的岗位。",
  "export.cliWritten": "已写入 {file}（{cards} 张卡片，{size}）。",
  "export.cliBadValue": "{option}：不接受“{value}”（见 --help）。",
  "export.cliMissingOut": "请指定要写入的文件：orgwright export 文件 --out chart.svg|chart.png|chart.pdf|chart.pptx",
  "export.cliHelp":
    "  export 文件 --out 图.svg|图.png|图.pdf|图.pptx\n" +
    "                     像任务窗格一样把组织架构图绘制到文件中。\n" +
    "    --view positions|departments|focus   --root 编号   --depth 层数\n" +
    "    --orientation top-down|left-right\n" +
    "    --paper A4|A3|letter   --landscape   --pages tiles|poster（PDF）\n",
};
