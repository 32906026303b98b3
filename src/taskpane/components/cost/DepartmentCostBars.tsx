import { tokens } from "@fluentui/react-components";
import { formatPercent } from "../../../core/findings/localeFormat";
import type { DepartmentRow } from "../../cost/costFigures";
import { linearScale } from "../../cost/costScales";
import { useElementWidth } from "../../hooks/useElementWidth";
import { usePaneLanguage } from "../../translateContext";

const ROW_HEIGHT = 32;
const BAR_HEIGHT = 10;

/** One bar per department, its length the department's fully loaded cost, its share of the total beside its name. */
export function DepartmentCostBars({ rows }: { rows: DepartmentRow[] }) {
  const { lang, t } = usePaneLanguage();
  const [ref, width] = useElementWidth<HTMLDivElement>(300);
  const max = rows.reduce((most, row) => Math.max(most, row.total), 0);
  const x = linearScale(max, 0, Math.max(width - 2, 10));
  return (
    <div ref={ref} style={{ minWidth: 0 }}>
      <svg
        width={width}
        height={rows.length * ROW_HEIGHT}
        role="img"
        aria-label={t("ui.cost.departmentBars")}
        data-testid="cost-department-bars"
      >
        {rows.map((row, i) => (
          <g key={row.department} transform={`translate(0, ${i * ROW_HEIGHT})`} data-department={row.department}>
            <text x={0} y={12} fontSize={12} fill={tokens.colorNeutralForeground1}>
              {row.department}
            </text>
            <text x={width - 2} y={12} fontSize={12} textAnchor="end" fill={tokens.colorNeutralForeground2}>
              {formatPercent(lang, Math.round(row.share * 1000) / 1000)}
            </text>
            <rect x={0} y={16} width={width - 2} height={BAR_HEIGHT} rx={2} fill={tokens.colorNeutralBackground3} />
            <rect
              x={0}
              y={16}
              width={Math.max(row.total > 0 ? 1 : 0, x(row.total))}
              height={BAR_HEIGHT}
              rx={2}
              fill={tokens.colorBrandBackground}
              data-testid="cost-department-bar"
            />
          </g>
        ))}
      </svg>
    </div>
  );
}
