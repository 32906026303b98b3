import { Button, Caption1, Combobox, makeStyles, Option, Text, tokens, useId } from "@fluentui/react-components";
import { Add16Regular, Delete16Regular } from "@fluentui/react-icons";
import type { DepartmentRuleInput, RulesFormError } from "../../settings/rulesForm";
import { usePaneLanguage } from "../../translateContext";
import { FieldError } from "./FieldError";
import { NumberInput } from "./NumberInput";
import { useSettingsStyles } from "./settingsStyles";

const useStyles = makeStyles({
  top: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  combobox: { flexGrow: 1, minWidth: 0 },
  numbers: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
  },
  head: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  add: { alignSelf: "flex-start" },
});

export interface DepartmentRulesSectionProps {
  rows: DepartmentRuleInput[];
  /** Departments the positions name, offered in the department box (any other name may be typed). */
  departments: string[];
  errors: ReadonlyMap<string, RulesFormError>;
  onChange: (row: DepartmentRuleInput) => void;
  onAdd: () => void;
  onRemove: (key: number) => void;
}

/** Per-department overrides of the span target and the layers: rows added and removed. */
export function DepartmentRulesSection({
  rows,
  departments,
  errors,
  onChange,
  onAdd,
  onRemove,
}: DepartmentRulesSectionProps) {
  const styles = useStyles();
  const shared = useSettingsStyles();
  const { t } = usePaneLanguage();
  const baseId = useId("department-rule");
  return (
    <fieldset className={shared.section} data-testid="settings-departments">
      <legend className={shared.legend}>
        <Text weight="semibold">{t("ui.settings.departments")}</Text>
      </legend>
      <Caption1 className={shared.hint}>{t("ui.settings.departmentsHint")}</Caption1>
      {rows.length === 0 ? (
        <Caption1 className={shared.hint}>{t("ui.settings.noDepartments")}</Caption1>
      ) : (
        <ul className={shared.entryList}>
          {rows.map((row) => {
            const field = `departments.${row.key}`;
            const errorId = `${baseId}-${row.key}-error`;
            const rowErrors = ["department", "min", "max", "maxLayers"]
              .map((part) => errors.get(`${field}.${part}`))
              .filter((error): error is RulesFormError => error !== undefined);
            const name = row.department.trim() || t("ui.settings.thisDepartment");
            return (
              <li key={row.key} className={shared.entry} data-department-rule={row.key}>
                <div className={styles.top}>
                  <Combobox
                    size="small"
                    freeform
                    className={styles.combobox}
                    aria-label={t("ui.settings.department")}
                    placeholder={t("ui.settings.department")}
                    value={row.department}
                    selectedOptions={departments.includes(row.department) ? [row.department] : []}
                    aria-invalid={errors.has(`${field}.department`) || undefined}
                    aria-describedby={rowErrors.length > 0 ? errorId : undefined}
                    onChange={(event) => onChange({ ...row, department: event.target.value })}
                    onOptionSelect={(_, data) =>
                      data.optionText !== undefined && onChange({ ...row, department: data.optionText })
                    }
                    data-field={`${field}.department`}
                  >
                    {departments.map((department) => (
                      <Option key={department} text={department}>
                        {department}
                      </Option>
                    ))}
                  </Combobox>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<Delete16Regular />}
                    aria-label={t("ui.settings.removeDepartment", { department: name })}
                    title={t("ui.settings.removeDepartment", { department: name })}
                    onClick={() => onRemove(row.key)}
                  />
                </div>
                <div className={styles.numbers}>
                  <Caption1 className={styles.head} aria-hidden>
                    {t("ui.settings.min")}
                  </Caption1>
                  <Caption1 className={styles.head} aria-hidden>
                    {t("ui.settings.max")}
                  </Caption1>
                  <Caption1 className={styles.head} aria-hidden>
                    {t("ui.settings.departmentMaxLayers")}
                  </Caption1>
                  <NumberInput
                    field={`${field}.min`}
                    value={row.min}
                    label={`${name}: ${t("ui.settings.min")}`}
                    error={errors.get(`${field}.min`)}
                    errorId={errorId}
                    placeholder={t("ui.settings.asAbove")}
                    onChange={(min) => onChange({ ...row, min })}
                  />
                  <NumberInput
                    field={`${field}.max`}
                    value={row.max}
                    label={`${name}: ${t("ui.settings.max")}`}
                    error={errors.get(`${field}.max`)}
                    errorId={errorId}
                    placeholder={t("ui.settings.noLimit")}
                    onChange={(max) => onChange({ ...row, max })}
                  />
                  <NumberInput
                    field={`${field}.maxLayers`}
                    value={row.maxLayers}
                    label={`${name}: ${t("ui.settings.departmentMaxLayers")}`}
                    error={errors.get(`${field}.maxLayers`)}
                    errorId={errorId}
                    placeholder={t("ui.settings.asAbove")}
                    onChange={(maxLayers) => onChange({ ...row, maxLayers })}
                  />
                </div>
                {rowErrors.length > 0 && (
                  <div id={errorId}>
                    {rowErrors.map((error) => (
                      <FieldError key={error.field} error={error} id={`${errorId}-${error.field}`} />
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Button size="small" icon={<Add16Regular />} className={styles.add} onClick={onAdd}>
        {t("ui.settings.addDepartment")}
      </Button>
    </fieldset>
  );
}
