import { useMemo, useState } from 'preact/hooks';
import { Notices } from '../shared/Notices';
import { useUrlState } from '../shared/useUrlState';
import { WidgetFrame } from '../shared/WidgetFrame';
import { ConnectionPicker } from './ConnectionPicker';
import { EventTypes } from './EventTypes';
import { EXAMPLE_IDS, EXAMPLE_LABELS, type ExampleId, exampleData, exampleFile } from './examples';
import { FileDrop } from './FileDrop';
import type { EventFilter } from './filter';
import { LadderSvg } from './LadderSvg';
import { formatsSentence, progressText, traceLabel } from './labels';
import { buildLadder } from './model';
import { PacketTable } from './PacketTable';
import { QlogSummary } from './QlogSummary';
import { RowPager } from './RowPager';
import { pagePosition } from './row-page';
import { localSource, type RowSource } from './row-source';
import { QLOG_VIEWER_PREFIX, qlogViewerSpec } from './state';
import { useQlogFiles } from './use-qlog-files';
import { useRowPage } from './use-row-page';
import type { ConnectionOutline } from './views';

export interface QlogViewerProps {
  /** Element id and URL anchor. Default: "qlog-viewer". */
  id?: string;
  /** Visible title. Default: "qlog viewer: packets between client and server". */
  title?: string;
}

/** What is drawn when no connection was found. */
const NOTHING: ConnectionOutline = {
  label: '',
  traces: [],
  summary: buildLadder([]).summary,
  counts: [],
  frameTypes: [],
  rowCount: 0,
};

/** Opens qlog traces (examples or the user's files) and shows them as a ladder, a table and key numbers. */
export function QlogViewer({
  id = 'qlog-viewer',
  title = 'qlog viewer: packets between client and server',
}: QlogViewerProps) {
  const { state, setState, notices, link } = useUrlState(qlogViewerSpec, QLOG_VIEWER_PREFIX, id);
  const files = useQlogFiles();
  const { loaded, busy } = files;
  const [selected, setSelected] = useState<number | null>(null);
  const [connection, setConnection] = useState(0);

  const example = state.example as ExampleId;
  const source = useMemo(() => loaded?.source ?? localSource(exampleData(example)), [loaded, example]);
  const parsed = source.outline;
  const views = parsed.connections;
  const shownConnection = views[connection] ? connection : 0;
  const { traces, summary, counts, frameTypes: types } = views[shownConnection] ?? NOTHING;
  const filter = { event: state.event as EventFilter, direction: state.dir, frame: state.frame, marked: state.marked };
  // The page offset belongs to one source, connection and filter; any change starts at row 1.
  const pageKey = JSON.stringify([shownConnection, filter]);
  const [paging, setPaging] = useState<{ source: RowSource | null; key: string; offset: number }>({
    source: null,
    key: '',
    offset: 0,
  });
  const offset = paging.source === source && paging.key === pageKey ? paging.offset : 0;
  const { page, pending } = useRowPage(source, { connection: shownConnection, filter, offset });
  const shown = page.rows;
  const errors = parsed.problems.map((p) => (p.source ? `${p.source}: ${p.message}` : p.message));
  if (!busy && views.length === 0 && errors.length === 0) errors.push('No trace with events was found.');

  const openFiles = async (chosen: File[]) => {
    await files.open(chosen);
    setSelected(null);
    setConnection(0);
  };

  const sourceName = loaded ? loaded.names : exampleFile(example);
  const traceList = traces.map(traceLabel).join('; ');
  const detected = formatsSentence(parsed.formats);
  const position = page.matching > shown.length ? ` (${pagePosition(page).toLowerCase()})` : '';
  const caption = `Packets in ${sourceName}${position}${pending ? ', loading' : ''}`;

  return (
    <WidgetFrame
      id={id}
      title={title}
      intro="A ladder of QUIC packets by type with their frames. The examples are hand-written, illustrative reconstructions of the QUIC talk's three scenarios, not captures."
      notices={notices}
      link={link}
    >
      <div class="qv-controls">
        <label>
          Example trace
          <select
            value={loaded ? '' : example}
            onChange={(e) => {
              files.clear();
              setSelected(null);
              setConnection(0);
              setState({ example: e.currentTarget.value as ExampleId });
            }}
          >
            {loaded && <option value="">Your file: {loaded.names}</option>}
            {EXAMPLE_IDS.map((ex) => (
              <option key={ex} value={ex}>
                {EXAMPLE_LABELS[ex]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Event type
          <select value={state.event} onChange={(e) => setState({ event: e.currentTarget.value as EventFilter })}>
            <option value="all">all packet events</option>
            <option value="packet_sent">packet_sent</option>
            <option value="packet_received">packet_received</option>
            <option value="packet_lost">packet_lost</option>
          </select>
        </label>
        <label>
          Direction
          <select
            value={state.dir}
            onChange={(e) => setState({ dir: e.currentTarget.value as 'both' | 'client' | 'server' })}
          >
            <option value="both">both directions</option>
            <option value="client">client → server</option>
            <option value="server">server → client</option>
          </select>
        </label>
        <label>
          Frame type
          <select value={state.frame} onChange={(e) => setState({ frame: e.currentTarget.value })}>
            <option value="">any frame</option>
            {[...new Set([...types, ...(state.frame ? [state.frame] : [])])].map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label class="qv-check">
          <input
            type="checkbox"
            checked={state.marked}
            onChange={(e) => setState({ marked: e.currentTarget.checked })}
          />
          Only highlighted packets (handshake done, close, retransmissions, losses)
        </label>
      </div>
      <FileDrop id={id} onFiles={openFiles} busy={busy} />
      <p role="status" class="qv-source">
        {busy ? progressText(files.progress) : `Showing ${sourceName}${traceList ? `: ${traceList}` : ''}.`}
        {!busy && detected && ` ${detected}`}
        {loaded && ' A copied link carries the filters but not your file.'}
      </p>
      {busy && (
        <progress
          class="qv-progress"
          max={100}
          value={Math.round((files.progress?.fraction ?? 0) * 100)}
          aria-label="Progress reading your files"
        />
      )}
      <ConnectionPicker
        id={id}
        views={views}
        selected={connection}
        onSelect={(i) => {
          setConnection(i);
          setSelected(null);
        }}
      />
      <Notices errors={errors} />
      <QlogSummary summary={summary} />
      <EventTypes counts={counts} />
      {!summary.inferred && (
        <p class="qv-note">Both endpoints' traces: each packet is placed at its send time on the sender's own clock.</p>
      )}
      <LadderSvg
        rows={shown}
        selectedId={selected}
        label={`Ladder diagram of ${shown.length} packets between client and server; the table below lists the same packets.`}
      />
      <RowPager page={page} onOffset={(next) => setPaging({ source, key: pageKey, offset: next })} />
      <PacketTable rows={shown} selectedId={selected} onSelect={setSelected} caption={caption} />
    </WidgetFrame>
  );
}
