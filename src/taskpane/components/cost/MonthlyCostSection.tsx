import { tokens } from "@fluentui/react-components";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import { monthLabel, moneyOf } from "../../cost/costFigures";
import { areaPath, linearScale, polylinePath } from "../../cost/costScales";
import { useElementWidth } from "../../hooks/useElementWidth";
import { usePaneLanguage } from "../../translateContext";
import { CostSection } from "./CostSection";
import { MoneyTable } from "./MoneyTable";

const HEIGHT = 120;
const TOP = 8;
const BOTTOM = 20;
const SIDE = 14;

/** The fully loaded cost of each month of the fiscal year: a curve, then the months as a table. */
export function MonthlyCostSection({ cost }: { cost: HeadcountCost }) {
  const { lang, t } = usePaneLanguage();
  const [ref, width] = useElementWidth<HTMLDivElement>(300);
  const values = Array.from(cost.monthTotals);
  const high = Math.max(0, ...values);
  const low = Math.min(...values);
  const x = linearScale(values.length - 1, SIDE, Math.max(width - SIDE, SIDE + 1));
  const y = linearScale(high, HEIGHT - BOTTOM, TOP);
  const points: [number, number][] = values.map((value, m) => [x(m), y(value)]);
  const curve = polylinePath(points);
  const fill = areaPath(points, HEIGHT - BOTTOM);
  const label = t("ui.cost.monthCurve", { low: moneyOf(lang, cost, low), high: moneyOf(lang, cost, high) });
  // Every month is labelled when there is room, else every other month.
  const every = width >= 420 ? 1 : 2;
  return (
    <CostSection cost={cost} testId="cost-months" title={t("ui.cost.months")}>
      {(headingId) => (
        <>
          <div ref={ref} style={{ minWidth: 0 }}>
            <svg width={width} height={HEIGHT} role="img" aria-label={label} data-testid="cost-month-curve">
              <line
                x1={SIDE}
                x2={width - SIDE}
                y1={HEIGHT - BOTTOM}
                y2={HEIGHT - BOTTOM}
                stroke={tokens.colorNeutralStroke1}
              />
              <path d={fill} fill={tokens.colorBrandBackground2} />
              <path d={curve} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} />
              {points.map(([px, py], m) => (
                <circle key={m} cx={px} cy={py} r={2.5} fill={tokens.colorBrandForeground1} />
              ))}
              {cost.months.map((month, m) =>
                m % every === 0 ? (
                  <text
                    key={month.key}
                    x={x(m)}
                    y={HEIGHT - 5}
                    fontSize={10}
                    textAnchor="middle"
                    fill={tokens.colorNeutralForeground2}
                  >
                    {monthLabel(lang, month, false)}
                  </text>
                ) : null,
              )}
            </svg>
          </div>
          <MoneyTable
            labelledBy={headingId}
            columns={[
              { header: t("ui.cost.month"), kind: "plain" },
              { header: t("ui.cost.cost"), kind: "number" },
            ]}
            rows={cost.months.map((month, m) => ({
              key: month.key,
              data: { "data-testid": "cost-month-row" },
              cells: [monthLabel(lang, month), moneyOf(lang, cost, cost.monthTotals[m])],
            }))}
          />
        </>
      )}
    </CostSection>
  );
}
