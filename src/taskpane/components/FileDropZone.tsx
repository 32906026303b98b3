import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ArrowUpload24Regular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent, type ReactNode } from "react";
import { usePaneLanguage } from "../translateContext";

const useStyles = makeStyles({
  root: { position: "relative", minHeight: "100vh", display: "flex", flexDirection: "column" },
  overlay: {
    position: "fixed",
    inset: tokens.spacingHorizontalS,
    zIndex: 10,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackgroundAlpha2,
    color: tokens.colorBrandForeground1,
    pointerEvents: "none",
  },
});

export interface FileDropZoneProps {
  /** Without a handler (inside Excel) the pane takes no drops. */
  onFile?: (file: File) => void;
  className?: string;
  children: ReactNode;
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/** The whole pane as a drop target for an .xlsx or .csv file. */
export function FileDropZone({ onFile, className, children }: FileDropZoneProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const [active, setActive] = useState(false);
  const depth = useRef(0);

  if (!onFile) return <div className={mergeClasses(styles.root, className)}>{children}</div>;

  const onDragEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current++;
    setActive(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  };
  const onDragLeave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setActive(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current = 0;
    setActive(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.root, className)}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      {children}
      {active && (
        <div className={styles.overlay} aria-hidden>
          <ArrowUpload24Regular />
          <Text weight="semibold">{t("ui.drop.active")}</Text>
        </div>
      )}
    </div>
  );
}
