import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  SearchBox,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { FindingCode, Severity } from "../../../core";
import type { MessageKey } from "../../../i18n";
import type { FindingFilter } from "../../findings/filterFindings";
import { SEVERITIES } from "../../findings/groupFindingsByRule";
import { ruleName } from "../../findings/ruleName";
import { formatNumber } from "../../formatNumber";
import { usePaneLanguage } from "../../translateContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { padding: 0 },
  severities: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  dropdown: { minWidth: 0, width: "100%" },
  footer: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  count: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

export interface FindingFiltersProps {
  filter: FindingFilter;
  onChange: (filter: FindingFilter) => void;
  severityCounts: Record<Severity, number>;
  ruleCounts: { code: FindingCode; count: number }[];
  shown: number;
  total: number;
}

/** Filters of the Checks view: severities (toggles with counts), one rule, a search text. */
export function FindingFilters({ filter, onChange, severityCounts, ruleCounts, shown, total }: FindingFiltersProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const n = (value: number) => formatNumber(lang, value);
  const toggleSeverity = (severity: Severity) => {
    const severities = filter.severities.includes(severity)
      ? filter.severities.filter((s) => s !== severity)
      : [...filter.severities, severity];
    onChange({ ...filter, severities });
  };
  const allRules = t("ui.checks.allRules", { count: n(total) });
  const selectedRule = filter.code ? ruleCounts.find((rule) => rule.code === filter.code) : undefined;
  const ruleText = (code: FindingCode, count: number) =>
    t("ui.checks.ruleOption", { rule: ruleName(code, t), count: n(count) });
  const filtered = filter.severities.length > 0 || filter.code !== undefined || filter.text.trim() !== "";

  return (
    <fieldset className={styles.root} data-testid="finding-filters">
      <legend className={styles.legend}>
        <Caption1>{t("ui.checks.filters")}</Caption1>
      </legend>
      <div className={styles.severities} role="group" aria-label={t("ui.checks.severity")}>
        {SEVERITIES.map((severity) => {
          const Icon = ICONS[severity];
          return (
            <ToggleButton
              key={severity}
              size="small"
              shape="circular"
              checked={filter.severities.includes(severity)}
              icon={<Icon className={styles[severity]} />}
              onClick={() => toggleSeverity(severity)}
              disabled={severityCounts[severity] === 0 && !filter.severities.includes(severity)}
              data-severity-filter={severity}
            >
              {t("ui.checks.severityOption", {
                severity: t(`ui.findings.group.${severity}` as MessageKey),
                count: n(severityCounts[severity]),
              })}
            </ToggleButton>
          );
        })}
      </div>
      <Field label={t("ui.checks.rule")} size="small">
        <Dropdown
          size="small"
          className={styles.dropdown}
          value={
            selectedRule
              ? ruleText(selectedRule.code, selectedRule.count)
              : filter.code
                ? ruleName(filter.code, t)
                : allRules
          }
          selectedOptions={[filter.code ?? ""]}
          onOptionSelect={(_, data) =>
            onChange({ ...filter, code: data.optionValue ? (data.optionValue as FindingCode) : undefined })
          }
          data-testid="rule-filter"
        >
          <Option value="" text={allRules}>
            {allRules}
          </Option>
          {ruleCounts.map(({ code, count }) => {
            const text = ruleText(code, count);
            return (
              <Option key={code} value={code} text={text}>
                {text}
              </Option>
            );
          })}
        </Dropdown>
      </Field>
      <Field label={t("ui.checks.search")} size="small">
        <SearchBox
          size="small"
          value={filter.text}
          placeholder={t("ui.checks.searchPlaceholder")}
          onChange={(_, data) => onChange({ ...filter, text: data.value })}
          data-testid="finding-search"
        />
      </Field>
      <div className={styles.footer}>
        <Caption1 className={styles.count} role="status" data-testid="findings-shown">
          {t("ui.checks.shown", { shown: n(shown), total: n(total) })}
        </Caption1>
        {filtered && (
          <Button size="small" appearance="transparent" onClick={() => onChange({ severities: [], text: "" })}>
            {t("ui.checks.clear")}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
