import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface ChartDataTableProps {
  caption: string;
  /** Column headers; the first column holds the row headers. */
  columns: string[];
  rows: string[][];
  testId?: string;
}

/** A chart's numbers as a table that screen readers read and the eye does not see: the chart's text alternative. */
export function ChartDataTable({ caption, columns, rows, testId }: ChartDataTableProps) {
  const styles = useStyles();
  return (
    // A table grows to its content whatever its width: the clipped box around it keeps it out of the layout.
    <div className={styles.hidden}>
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
