import { Caption1, Label, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { Fragment } from "react";
import { ARCHETYPES, type Archetype } from "../../../core/checks/orgRules";
import type { MessageKey } from "../../../i18n";
import type { RulesForm, RulesFormError, SpanBandInput } from "../../settings/rulesForm";
import { usePaneLanguage } from "../../translateContext";
import { FieldError } from "./FieldError";
import { NumberInput } from "./NumberInput";
import { useSettingsStyles } from "./settingsStyles";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 4.5em 4.5em",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  head: { color: tokens.colorNeutralForeground3 },
  label: { overflowWrap: "anywhere" },
  error: { gridColumn: "1 / -1" },
});

export interface SpanTargetsSectionProps {
  form: RulesForm;
  errors: ReadonlyMap<string, RulesFormError>;
  onDefaultChange: (band: SpanBandInput) => void;
  onArchetypeChange: (archetype: Archetype, band: SpanBandInput) => void;
}

/** The span targets: the default band and one per manager archetype, least and most direct reports. */
export function SpanTargetsSection({ form, errors, onDefaultChange, onArchetypeChange }: SpanTargetsSectionProps) {
  const styles = useStyles();
  const shared = useSettingsStyles();
  const { t } = usePaneLanguage();
  const baseId = useId("span");
  const rows: { field: string; label: string; band: SpanBandInput; change: (band: SpanBandInput) => void }[] = [
    { field: "defaultSpan", label: t("ui.settings.defaultSpan"), band: form.defaultSpan, change: onDefaultChange },
    ...ARCHETYPES.map((archetype) => ({
      field: `archetypeSpans.${archetype}`,
      label: t(`ui.settings.archetype.${archetype}` as MessageKey),
      band: form.archetypeSpans[archetype],
      change: (band: SpanBandInput) => onArchetypeChange(archetype, band),
    })),
  ];
  return (
    <fieldset className={shared.section} data-testid="settings-spans">
      <legend className={shared.legend}>
        <Text weight="semibold">{t("ui.settings.spans")}</Text>
      </legend>
      <Caption1 className={shared.hint}>{t("ui.settings.spansHint")}</Caption1>
      <div className={styles.grid}>
        <span />
        <Caption1 className={styles.head} aria-hidden>
          {t("ui.settings.min")}
        </Caption1>
        <Caption1 className={styles.head} aria-hidden>
          {t("ui.settings.max")}
        </Caption1>
        {rows.map((row) => {
          const labelId = `${baseId}-${row.field}`;
          const errorId = `${labelId}-error`;
          const error = errors.get(`${row.field}.min`) ?? errors.get(`${row.field}.max`);
          return (
            <Fragment key={row.field}>
              <Label id={labelId} size="small" className={styles.label}>
                {row.label}
              </Label>
              <NumberInput
                field={`${row.field}.min`}
                value={row.band.min}
                label={`${row.label}: ${t("ui.settings.min")}`}
                error={errors.get(`${row.field}.min`)}
                errorId={errorId}
                onChange={(min) => row.change({ ...row.band, min })}
              />
              <NumberInput
                field={`${row.field}.max`}
                value={row.band.max}
                label={`${row.label}: ${t("ui.settings.max")}`}
                error={errors.get(`${row.field}.max`)}
                errorId={errorId}
                placeholder={t("ui.settings.noLimit")}
                onChange={(max) => row.change({ ...row.band, max })}
              />
              {error && (
                <div className={styles.error}>
                  <FieldError error={error} id={errorId} />
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
    </fieldset>
  );
}
