import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'start', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  name: { overflowWrap: 'anywhere' },
});

/** One row: what it names, its figure (already formatted), and test attributes carrying the raw values. */
export interface FigureRow {
  key: string;
  name: ReactNode;
  figure: string;
  attrs: Record<`data-${string}`, string | number>;
}

interface Props {
  caption: string;
  head: [name: string, figure: string];
  rows: readonly FigureRow[];
  testId: string;
  nameClassName?: string;
  attrs?: Record<`data-${string}`, string | number>;
}

/** A two-column table with a caption: names on the left, figures right-aligned (the bundle's files, the redaction counts). */
export function FigureTable({ caption, head, rows, testId, nameClassName, attrs }: Props) {
  const styles = useStyles();
  return (
    <table className={styles.table} data-testid={testId} {...attrs}>
      <caption className={styles.cell}>{caption}</caption>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">
            {head[0]}
          </th>
          <th className={`${styles.cell} ${styles.num}`} scope="col">
            {head[1]}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} {...r.attrs}>
            <td className={`${styles.cell} ${styles.name} ${nameClassName ?? ''}`}>{r.name}</td>
            <td className={`${styles.cell} ${styles.num}`}>{r.figure}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
