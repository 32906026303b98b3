import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { REQUIRED_FIELDS, type ColumnMapping, type DetectedColumns, type FieldKey } from "../../core";
import type { MessageKey } from "../../i18n";
import {
  choicesFromColumns,
  chooseColumn,
  findDuplicateChoices,
  headerOptions,
  mappingFieldOrder,
  mappingFromChoices,
  unchosenRequiredFields,
  type ColumnChoices,
} from "../columnChoices";
import { usePaneLanguage } from "../translateContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The dropdown value of "Not used". */
const NOT_USED = "";

export interface ColumnMappingPanelProps {
  columns: DetectedColumns;
  busy: boolean;
  onApply: (mapping: ColumnMapping) => void;
  /** Absent while a required column is missing: the step stays open until it is mapped. */
  onClose?: () => void;
}

/** The column mapping step: one dropdown of the sheet's headers per field; Apply saves the choices in the workbook. */
export function ColumnMappingPanel({ columns, busy, onApply, onClose }: ColumnMappingPanelProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const headingId = useId("mapping-heading");
  const [choices, setChoices] = useState<ColumnChoices>(() => choicesFromColumns(columns));
  const options = useMemo(() => headerOptions(columns.headers), [columns.headers]);
  const duplicates = findDuplicateChoices(choices, columns.headers);
  const fieldName = (field: FieldKey) => t(`field.${field}` as MessageKey);
  const unchosenRequired = unchosenRequiredFields(choices);
  // Picking a column moves it from the field that had it; "Not used" (value "") leaves the field without one.
  const choose = (field: FieldKey, value: string) =>
    setChoices((previous) => chooseColumn(previous, field, value === NOT_USED ? undefined : Number(value)));

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="column-mapping">
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t("ui.mapping.heading")}
      </Text>
      <Text size={200}>{t(columns.missing.length > 0 ? "ui.mapping.missingIntro" : "ui.mapping.intro")}</Text>
      {columns.headerRow > 0 && (
        <Caption1 className={styles.muted}>{t("ui.mapping.headerRow", { row: columns.headerRow })}</Caption1>
      )}
      {options.length === 0 ? (
        <Text size={200}>{t("ui.mapping.noHeaders")}</Text>
      ) : (
        <div className={styles.fields}>
          {mappingFieldOrder().map((field) => {
            const column = choices[field];
            const header = column === undefined ? "" : (columns.headers[column] ?? "").trim();
            const required = REQUIRED_FIELDS.includes(field);
            const missing = required && column === undefined;
            return (
              <Field
                key={field}
                label={fieldName(field)}
                required={required}
                orientation="horizontal"
                size="small"
                validationState={missing ? "error" : "none"}
                data-field={field}
              >
                <Dropdown
                  size="small"
                  className={styles.dropdown}
                  placeholder={t(required ? "ui.mapping.notFound" : "ui.mapping.notUsed")}
                  value={header}
                  selectedOptions={column === undefined ? [NOT_USED] : [String(column)]}
                  onOptionSelect={(_, data) => data.optionValue !== undefined && choose(field, data.optionValue)}
                >
                  <Option key="not-used" value={NOT_USED} text={t("ui.mapping.notUsed")}>
                    {t("ui.mapping.notUsed")}
                  </Option>
                  {options.map((option) => (
                    <Option key={option.column} value={String(option.column)} text={option.header}>
                      {option.header}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
        </div>
      )}
      {duplicates.map((duplicate) => (
        <MessageBar key={duplicate.header} intent="warning" layout="multiline">
          <MessageBarBody>
            {t("ui.mapping.duplicate", {
              header: duplicate.header,
              fields: duplicate.fields.map(fieldName).join(t("ui.listSeparator")),
            })}
          </MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          size="small"
          disabled={busy || duplicates.length > 0 || unchosenRequired.length > 0 || options.length === 0}
          onClick={() => onApply(mappingFromChoices(choices, columns.headers, columns.columnOf))}
        >
          {t("ui.mapping.apply")}
        </Button>
        {onClose && (
          <Button size="small" onClick={onClose}>
            {t("ui.mapping.close")}
          </Button>
        )}
      </div>
    </section>
  );
}
