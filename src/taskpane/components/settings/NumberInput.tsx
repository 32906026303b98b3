import { Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { RulesFormError } from "../../settings/rulesForm";

const useStyles = makeStyles({
  input: { width: "100%", minWidth: 0 },
  invalid: { borderBottomColor: tokens.colorPaletteRedBorder2 },
});

export interface NumberInputProps {
  value: string;
  onChange: (value: string) => void;
  /** The accessible name ("Coach: least"). */
  label: string;
  error?: RulesFormError;
  /** Id of the element that shows the error. */
  errorId?: string;
  placeholder?: string;
  field: string;
}

/** A whole-number input of the rules form (typed as text, checked when read). */
export function NumberInput({ value, onChange, label, error, errorId, placeholder, field }: NumberInputProps) {
  const styles = useStyles();
  return (
    <Input
      size="small"
      className={mergeClasses(styles.input, error && styles.invalid)}
      value={value}
      inputMode="numeric"
      aria-label={label}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      placeholder={placeholder}
      onChange={(_, data) => onChange(data.value)}
      data-field={field}
    />
  );
}
