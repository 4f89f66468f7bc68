import { useRef } from 'preact/hooks';
import { ColumnHeads } from '../shared/ColumnHeads';
import { formatErrorCode } from './frames';
import type { PacketRow } from './ladder-types';
import { formatMs } from './time';

export interface PacketTableProps {
  /** Rows to list, in ladder order. */
  rows: readonly PacketRow[];
  /** Selected row id (highlighted in the ladder). Default: none (the first row takes focus). */
  selectedId?: number | null;
  /** Called when a row gets focus or is chosen with the keyboard. */
  onSelect: (id: number) => void;
  /** Table caption. */
  caption: string;
}

const arrow = (row: PacketRow) => (row.from === 'client' ? 'client → server' : 'server → client');

function notes(row: PacketRow): string {
  const out: string[] = [];
  if (row.handshakeDone) out.push('handshake done');
  if (row.retransmission) out.push('retransmission');
  if (row.kind === 'packet_lost') out.push('declared lost');
  if (row.close) out.push(`CONNECTION_CLOSE ${formatErrorCode(row.close)}`);
  return out.join('; ');
}

function eventText(row: PacketRow): string {
  const arrival = row.arrival !== null ? ` (peer received at ${formatMs(row.arrival)} ms)` : '';
  return `${row.kind}${arrival}`;
}

/**
 * The ladder as a table: one focusable row per packet (roving tabindex: Tab enters the table
 * once, arrow keys, Home and End move between rows).
 */
export function PacketTable({ rows, selectedId = null, onSelect, caption }: PacketTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const current = rows.some((r) => r.id === selectedId) ? selectedId : (rows[0]?.id ?? null);

  const move = (event: KeyboardEvent, index: number) => {
    const last = rows.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(last, index + 1)
        : event.key === 'ArrowUp'
          ? Math.max(0, index - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = rows[next];
    if (!target) return;
    onSelect(target.id);
    (body.current?.children[next] as HTMLElement | undefined)?.focus();
  };

  return (
    <div class="qv-table-wrap">
      <table class="qv-table">
        <caption>{caption}</caption>
        <ColumnHeads columns={['Time (ms)', 'Direction', 'Packet', 'Frames', 'Bytes', 'Event', 'Notes']} />
        <tbody ref={body}>
          {rows.map((row, index) => (
            <tr
              key={row.id}
              tabIndex={row.id === current ? 0 : -1}
              aria-current={row.id === selectedId ? 'true' : undefined}
              class={row.close ? 'qv-row-close' : row.retransmission ? 'qv-row-retx' : undefined}
              onFocus={() => onSelect(row.id)}
              onKeyDown={(event) => move(event, index)}
              data-row={row.id}
            >
              <td>{formatMs(row.time)}</td>
              <td>{arrow(row)}</td>
              <td>
                {row.packetType} #{row.packetNumber ?? '?'}
              </td>
              <td>{row.frames.map((f) => f.text).join(', ')}</td>
              <td>{row.size ?? '—'}</td>
              <td>{eventText(row)}</td>
              <td>{notes(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>No packets match the filters.</p>}
    </div>
  );
}
