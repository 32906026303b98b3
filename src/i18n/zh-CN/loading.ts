import type { loadingEn } from "../en/loading";

/** 窗格读取和分析时：分析进度，以及后台刷新失败时的提示。 */
export const loadingZh: Record<keyof typeof loadingEn, string> = {
  "loading.stage.reading": "正在读取岗位…",
  "loading.stage.model": "正在构建组织…",
  "loading.stage.checks": "正在检查管理幅度、层级和职责覆盖…",
  "loading.stage.done": "分析完成",
  "loading.progress.label": "正在分析",
  "loading.stale.cellEdit": "Excel 正忙（正在编辑单元格）：显示上次读取的组织，稍后重试…",
  "loading.stale.failed": "无法读取最近的更改（{detail}）：显示上次读取的组织，稍后重试…",
};
