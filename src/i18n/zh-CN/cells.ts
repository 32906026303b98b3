import type { CellMessages } from "../en/cells";

export const cellsZh: CellMessages = {
  "cellError.NULL": "区域不相交",
  "cellError.DIV0": "除数为零",
  "cellError.VALUE": "值的类型错误",
  "cellError.REF": "引用的单元格已不存在",
  "cellError.NAME": "公式中有无法识别的名称",
  "cellError.NUM": "数值无效",
  "cellError.NA": "找不到值",
  "cellError.GETTING_DATA": "正在获取数据",
  "cellError.SPILL": "结果无法溢出",
  "cellError.CALC": "计算出错",
  "cellError.FIELD": "找不到字段",
  "cellError.BLOCKED": "已被阻止",
  "cellError.CONNECT": "连接失败",
  "cellError.BUSY": "正在计算",
  "cellError.UNKNOWN": "未知的数据类型",
  "cellError.PYTHON": "Python 错误",
  "cellError.described": "{error}（{meaning}）",
};
