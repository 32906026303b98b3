import { Button, Caption1, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  ArrowSync20Regular,
  DocumentTable20Regular,
  DocumentTableCheckmark20Regular,
  FolderOpen20Regular,
  TableAdd20Regular,
  TableSettings20Regular,
} from "@fluentui/react-icons";
import { useRef, type ChangeEvent, type ReactNode } from "react";
import { usePaneLanguage } from "../translateContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** What the user can do with the workbook; which actions exist depends on the host. */
export interface WorkbookActionsProps {
  inExcel: boolean;
  busy: boolean;
  columnsOpen: boolean;
  canDownload: boolean;
  /** False until a positions table has been read with every required column. */
  canWriteReport: boolean;
  onToggleColumns: () => void;
  onInsertSample: () => void;
  onRefresh: () => void;
  onOpenFile: (file: File) => void;
  onOpenSample: () => void;
  onDownload: () => void;
  onWriteReport: () => void;
  /**
   * The pane's status line under the buttons (see AnalysisStatus's `line`), given what to show when idle: outside
   * Excel, the hint that a file can be dropped.
   */
  status: (idle: ReactNode) => ReactNode;
}

/** The file types the pane opens outside Excel. */
export const OPENABLE_FILE_TYPES = ".xlsx,.xlsm,.csv,.txt";

/**
 * Inside Excel: Insert sample, Refresh. Outside: Open file…, Open sample, Download .xlsx. Both:
 * Write report, Columns.
 */
export function WorkbookActions(props: WorkbookActionsProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const fileInput = useRef<HTMLInputElement>(null);
  const { busy } = props;

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) props.onOpenFile(file);
  };

  const writeReport = (
    <Button
      size="small"
      icon={<DocumentTableCheckmark20Regular />}
      disabled={busy || !props.canWriteReport}
      onClick={props.onWriteReport}
    >
      {t("ui.action.writeReport")}
    </Button>
  );

  const columns = (
    <ToggleButton
      size="small"
      checked={props.columnsOpen}
      icon={<TableSettings20Regular />}
      onClick={props.onToggleColumns}
      aria-expanded={props.columnsOpen}
    >
      {t("ui.action.columns")}
    </ToggleButton>
  );

  if (props.inExcel) {
    return (
      <div className={styles.root} role="group" aria-label={t("ui.actions.label")}>
        <div className={styles.buttons}>
          <Button
            size="small"
            appearance="primary"
            icon={<TableAdd20Regular />}
            disabled={busy}
            onClick={props.onInsertSample}
          >
            {t("ui.action.insertSample")}
          </Button>
          <Button size="small" icon={<ArrowSync20Regular />} disabled={busy} onClick={props.onRefresh}>
            {t("ui.action.refresh")}
          </Button>
          {writeReport}
          {columns}
        </div>
        {props.status(undefined)}
      </div>
    );
  }

  return (
    <div className={styles.root} role="group" aria-label={t("ui.actions.label")}>
      <div className={styles.buttons}>
        <Button
          size="small"
          appearance="primary"
          icon={<FolderOpen20Regular />}
          onClick={() => fileInput.current?.click()}
        >
          {t("ui.action.openFile")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept={OPENABLE_FILE_TYPES}
          data-testid="open-file"
          aria-label={t("ui.action.openFileInput")}
          onChange={onFileChosen}
        />
        <Button size="small" icon={<DocumentTable20Regular />} disabled={busy} onClick={props.onOpenSample}>
          {t("ui.action.openSample")}
        </Button>
        <Button
          size="small"
          icon={<ArrowDownload20Regular />}
          disabled={busy || !props.canDownload}
          onClick={props.onDownload}
        >
          {t("ui.action.download")}
        </Button>
        {writeReport}
        {columns}
      </div>
      {props.status(<Caption1 className={styles.hint}>{t("ui.drop.hint")}</Caption1>)}
    </div>
  );
}
