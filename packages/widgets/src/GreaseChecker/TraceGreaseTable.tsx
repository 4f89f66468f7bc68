import { ColumnHeads } from '../shared/ColumnHeads';
import { traceGreaseValues } from './config';
import { greaseCheck, toHex } from './model';

export interface TraceGreaseTableProps {
  /** The identifier currently checked, to mark its row; null when none. */
  current: bigint | null;
  /** Called with the decimal text of a row's value when its "Check" button is pressed. */
  onChoose: (text: string) => void;
}

/** The reserved values quiche sent in the follow-along qlogs, each checkable with one click. */
export function TraceGreaseTable({ current, onChoose }: TraceGreaseTableProps) {
  return (
    <div class="cn-qi-scroll">
      <table>
        <caption>
          Reserved values in the follow-along repository's qlogs (quiche also opened a stream of a reserved type, whose
          number the qlogs do not record)
        </caption>
        <ColumnHeads columns={['Value (hex)', 'Kind, qlog file', 'N', <span class="sr-only">Action</span>]} />
        <tbody>
          {traceGreaseValues.map((t) => {
            const r = greaseCheck(t.value);
            return (
              <tr key={String(t.value)} aria-current={current === t.value ? 'true' : undefined}>
                <th scope="row" class="cn-qi-mono">
                  {toHex(t.value)}
                </th>
                <td>
                  {t.kind}
                  <span class="cn-qi-file cn-qi-mono">{t.file}</span>
                </td>
                <td class="cn-qi-mono">{r.n === null ? 'not reserved' : String(r.n)}</td>
                <td>
                  <button type="button" class="cn-button" onClick={() => onChoose(String(t.value))}>
                    Check<span class="sr-only"> {toHex(t.value)}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
