import { ColumnHeads } from '../shared/ColumnHeads';
import { formatNumber } from '../shared/format';
import type { ProtocolDef } from './config';
import { ladderFlights } from './ladder-flights';

export interface LadderProps {
  /** The handshake to draw. */
  protocol: ProtocolDef;
  /** Round-trip time, ms (labels only; the drawing is scaled per round trip). */
  rttMs: number;
  /** Changing this number restarts the drawing animation. */
  replay: number;
}

const W = 320;
const LEG = 56;
const TOP = 26;
const CLIENT_X = 40;
const SERVER_X = W - 40;

/** SVG ladder of one handshake (decorative, animated unless reduced motion) and its table equivalent. */
export function Ladder({ protocol, rttMs, replay }: LadderProps) {
  const flights = ladderFlights(protocol, rttMs);
  const height = TOP + protocol.legs.length * LEG + 16;
  const y = (ms: number) => TOP + (ms / rttMs) * LEG;
  return (
    <div class="cn-hr-ladder">
      <svg key={replay} viewBox={`0 0 ${W} ${height}`} aria-hidden="true" focusable="false">
        <defs>
          <marker
            id={`cn-hr-arrow-${protocol.id}`}
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="6"
            markerHeight="6"
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" class="cn-hr-head" />
          </marker>
        </defs>
        <text x={CLIENT_X} y="14" text-anchor="middle" class="cn-hr-side">
          Client
        </text>
        <text x={SERVER_X} y="14" text-anchor="middle" class="cn-hr-side">
          Server
        </text>
        <line x1={CLIENT_X} x2={CLIENT_X} y1={TOP - 6} y2={height - 4} class="cn-hr-life" />
        <line x1={SERVER_X} x2={SERVER_X} y1={TOP - 6} y2={height - 4} class="cn-hr-life" />
        {flights.map((f, i) => {
          const x1 = f.from === 'client' ? CLIENT_X : SERVER_X;
          const x2 = f.from === 'client' ? SERVER_X : CLIENT_X;
          const y1 = y(f.sentAt);
          const y2 = y(f.arrivesAt);
          return (
            <g key={f.step}>
              <line
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                pathLength={1}
                class="cn-hr-arrow cn-hr-flight"
                style={{ animationDelay: `${i * 0.45}s` }}
                marker-end={`url(#cn-hr-arrow-${protocol.id})`}
              />
              <text x={W / 2} y={(y1 + y2) / 2 - 4} text-anchor="middle" class="cn-hr-label">
                {f.label.length > 44 ? `${f.label.slice(0, 43)}…` : f.label}
              </text>
            </g>
          );
        })}
      </svg>
      <table>
        <caption>{protocol.name} without loss: each flight and when it arrives</caption>
        <ColumnHeads columns={['#', 'From', 'Message', 'Arrives (ms)']} />
        <tbody>
          {flights.map((f) => (
            <tr key={f.step}>
              <th scope="row">{f.step}</th>
              <td>{f.from}</td>
              <td>{f.label}</td>
              <td>{formatNumber(f.arrivesAt, 6)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
