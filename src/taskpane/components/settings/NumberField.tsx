import { Field, Input, makeStyles } from "@fluentui/react-components";
import type { RulesFormError } from "../../settings/rulesForm";
import { usePaneLanguage } from "../../translateContext";

const useStyles = makeStyles({ input: { width: "6em" } });

export interface NumberFieldProps {
  label: string;
  hint?: string;
  value: string;
  error?: RulesFormError;
  field: string;
  onChange: (value: string) => void;
}

/** One whole number of the rules, with its label and, when wrong, why. */
export function NumberField({ label, hint, value, error, field, onChange }: NumberFieldProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  return (
    <Field
      label={label}
      hint={hint}
      size="small"
      validationState={error ? "error" : "none"}
      validationMessage={error ? t(error.key, error.params) : undefined}
    >
      <Input
        size="small"
        className={styles.input}
        inputMode="numeric"
        value={value}
        onChange={(_, data) => onChange(data.value)}
        data-field={field}
      />
    </Field>
  );
}
