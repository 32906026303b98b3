import { Button, Field, Input, makeStyles, Select, Text, tokens, useId } from "@fluentui/react-components";
import { Save20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { SavedCostSettings } from "../../../core/cost/costSettingsSetting";
import { intlLocaleOf } from "../../../core/findings/localeFormat";
import type { MessageKey } from "../../../i18n";
import { costFormFrom, readCostForm, type CostForm } from "../../cost/costSettingsForm";
import { usePaneLanguage } from "../../translateContext";
import { useCostStyles } from "./costStyles";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(150px, 100%), 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  // A long option must not widen its column past the pane: the control takes the column's width.
  field: { minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

type Choice = Exclude<keyof CostForm, "year" | "currency" | "startMonth">;

const CHOICES: Record<Choice, { label: MessageKey; prefix: string; values: readonly string[] }> = {
  salaryBasis: {
    label: "ui.cost.salaryBasis",
    prefix: "ui.cost.salaryBasis.",
    values: ["auto", "actual", "full-time"],
  },
  payPoint: { label: "ui.cost.payPoint", prefix: "ui.cost.payPointOption.", values: ["min", "mid", "max"] },
  proration: { label: "ui.cost.proration", prefix: "ui.cost.prorationOption.", values: ["days", "months"] },
  vacancies: { label: "ui.cost.vacancies", prefix: "ui.cost.vacanciesOption.", values: ["funded", "unfunded"] },
  shown: { label: "ui.cost.shown", prefix: "ui.cost.shownOption.", values: ["loaded", "base"] },
};

export interface CostSettingsFormProps {
  saved: SavedCostSettings;
  /** The fiscal year costed (shown when none is saved). */
  year: number;
  /** The org's main currency, named in the hint. */
  mainCurrency: string;
  busy: boolean;
  onSave: (saved: SavedCostSettings) => void;
}

/** The cost settings: year, start month, currency, basis, pay point, proration, vacancies; saved in the workbook. */
export function CostSettingsForm({ saved, year, mainCurrency, busy, onSave }: CostSettingsFormProps) {
  const styles = useStyles();
  const shared = useCostStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("cost-settings");
  const [form, setForm] = useState<CostForm>(() => costFormFrom(saved, year));
  const [attempted, setAttempted] = useState(false);
  const read = readCostForm(form);
  const invalid = new Set(attempted && !read.ok ? read.errors : []);
  const monthNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocaleOf(lang), { month: "long", timeZone: "UTC" });
    return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2025, m, 1))));
  }, [lang]);
  const change = (patch: Partial<CostForm>) => setForm((previous) => ({ ...previous, ...patch }));

  return (
    <section className={shared.section} aria-labelledby={headingId} data-testid="cost-settings">
      <Text as="h3" id={headingId} weight="semibold" className={shared.heading}>
        {t("ui.cost.settings")}
      </Text>
      <Text size={200} className={styles.intro}>
        {t("ui.cost.settingsIntro")}
      </Text>
      <div className={styles.grid}>
        <Field
          className={styles.field}
          label={t("ui.cost.year")}
          validationState={invalid.has("year") ? "error" : "none"}
          validationMessage={invalid.has("year") ? t("ui.cost.yearInvalid") : undefined}
        >
          <Input
            className={styles.control}
            size="small"
            inputMode="numeric"
            value={form.year}
            onChange={(_, data) => change({ year: data.value })}
            data-testid="cost-setting-year"
          />
        </Field>
        <Field className={styles.field} label={t("ui.cost.startMonth")}>
          <Select
            className={styles.control}
            size="small"
            value={form.startMonth}
            onChange={(_, data) => change({ startMonth: data.value })}
            data-testid="cost-setting-startMonth"
          >
            {monthNames.map((name, m) => (
              <option key={m} value={String(m + 1)}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          className={styles.field}
          label={t("ui.cost.currency")}
          hint={t("ui.cost.currencyHint", { currency: mainCurrency || "—" })}
          validationState={invalid.has("currency") ? "error" : "none"}
          validationMessage={invalid.has("currency") ? t("ui.cost.currencyInvalid") : undefined}
        >
          <Input
            className={styles.control}
            size="small"
            value={form.currency}
            placeholder={mainCurrency}
            maxLength={3}
            onChange={(_, data) => change({ currency: data.value })}
            data-testid="cost-setting-currency"
          />
        </Field>
        {(Object.keys(CHOICES) as Choice[]).map((choice) => {
          const { label, prefix, values } = CHOICES[choice];
          return (
            <Field key={choice} className={styles.field} label={t(label)}>
              <Select
                className={styles.control}
                size="small"
                value={form[choice]}
                onChange={(_, data) => change({ [choice]: data.value } as Partial<CostForm>)}
                data-testid={`cost-setting-${choice}`}
              >
                {values.map((value) => (
                  <option key={value} value={value}>
                    {t(`${prefix}${value}` as MessageKey)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          size="small"
          icon={<Save20Regular />}
          disabled={busy}
          data-testid="cost-settings-save"
          onClick={() => {
            setAttempted(true);
            if (read.ok) onSave(read.saved);
          }}
        >
          {t("ui.cost.save")}
        </Button>
      </div>
    </section>
  );
}
