import type { PacketRow } from './ladder-types';
import { formatMs } from './time';

export interface LadderSvgProps {
  /** Rows to draw, in order. */
  rows: readonly PacketRow[];
  /** Row highlighted as selected (from the table). Default: none. */
  selectedId?: number | null;
  /** Accessible summary of the picture (the table carries the details). */
  label: string;
}

const WIDTH = 640;
const CLIENT_X = 150;
const SERVER_X = 600;
const ROW = 30;
const TOP = 36;
const SLANT = 16;

function rowClass(row: PacketRow, selected: boolean): string {
  const type = row.packetType.toLowerCase().replace(/[^a-z0-9]/g, '');
  const parts = ['qv-arrow', `qv-type-${type}`];
  if (row.retransmission) parts.push('qv-retx');
  if (row.close) parts.push('qv-close');
  if (row.handshakeDone) parts.push('qv-hsdone');
  if (row.kind === 'packet_lost') parts.push('qv-lost');
  if (selected) parts.push('qv-selected');
  return parts.join(' ');
}

function label(row: PacketRow): string {
  const marks = [row.handshakeDone ? '✓' : '', row.retransmission ? '↻' : '', row.close ? '✕' : ''].join('');
  const frames = row.frames.map((f) => f.text).join(', ');
  const text = `${marks ? `${marks} ` : ''}${row.packetType} #${row.packetNumber ?? '?'} ${frames}`;
  return text.length > 62 ? `${text.slice(0, 61)}…` : text;
}

/** Client/server sequence ("ladder") diagram of packets, drawn as SVG; evenly spaced rows. */
export function LadderSvg({ rows, selectedId = null, label: ariaLabel }: LadderSvgProps) {
  const height = TOP + rows.length * ROW + 10;
  return (
    <svg class="qv-ladder" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={ariaLabel}>
      <text x={CLIENT_X} y={16} text-anchor="middle" class="qv-endpoint">
        Client
      </text>
      <text x={SERVER_X} y={16} text-anchor="middle" class="qv-endpoint">
        Server
      </text>
      <text x={4} y={16} class="qv-axis">
        time (ms)
      </text>
      <line x1={CLIENT_X} y1={24} x2={CLIENT_X} y2={height} class="qv-lane" />
      <line x1={SERVER_X} y1={24} x2={SERVER_X} y2={height} class="qv-lane" />
      {rows.map((row, i) => {
        const y = TOP + i * ROW;
        const fromX = row.from === 'client' ? CLIENT_X : SERVER_X;
        const toX = row.from === 'client' ? SERVER_X : CLIENT_X;
        const endX = row.kind === 'packet_lost' ? (fromX + toX) / 2 : toX;
        const dir = toX > fromX ? -1 : 1;
        return (
          <g key={row.id} class={rowClass(row, row.id === selectedId)}>
            <text x={4} y={y + 12} class="qv-axis">
              {formatMs(row.time)}
            </text>
            <line x1={fromX} y1={y} x2={endX} y2={y + SLANT} />
            {row.kind === 'packet_lost' ? (
              <text x={endX} y={y + SLANT + 4} text-anchor="middle" class="qv-mark">
                ✕ lost
              </text>
            ) : (
              <polyline
                points={`${endX + dir * 8},${y + SLANT - 4} ${endX},${y + SLANT} ${endX + dir * 8},${y + SLANT + 4}`}
              />
            )}
            <text x={(CLIENT_X + SERVER_X) / 2} y={y - 2} text-anchor="middle" class="qv-label">
              {label(row)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
