import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { usePaneLanguage } from "../../translateContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  swatch: { width: "10px", height: "10px", borderRadius: "2px", flexShrink: 0 },
  name: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface DepartmentLegendProps {
  /** Department → colour, in the order to list them. */
  colours: ReadonlyMap<string, string>;
}

/** Which colour stands for which department on the cards. */
export function DepartmentLegend({ colours }: DepartmentLegendProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  if (colours.size === 0) return null;
  return (
    <ul className={styles.root} aria-label={t("ui.orgChart.legend")} data-testid="chart-legend">
      {[...colours].map(([department, colour]) => (
        <li key={department} className={styles.item} data-legend-department={department}>
          <span className={styles.swatch} style={{ backgroundColor: colour }} aria-hidden="true" />
          <Caption1 className={styles.name}>{department || t("ui.orgChart.noDepartment")}</Caption1>
        </li>
      ))}
    </ul>
  );
}
