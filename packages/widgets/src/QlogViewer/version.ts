import type { TimeFormat } from './clock';

/**
 * The qlog versions the viewer reads, and the rules that differ between them. README.md lists
 * where each rule comes from in the drafts.
 */
export type VersionId = 'draft-00' | 'draft-01' | 'draft-02' | '0.3' | '0.4' | 'contained' | 'sequential' | 'unstated';

export interface QlogVersion {
  id: VersionId;
  /** Shown to the user: "draft-01", "0.3", "file_schema sequential", "version not stated". */
  label: string;
  /** `time_format` when neither the trace nor the event names one. */
  defaultTimeFormat: TimeFormat;
  /** True when `configuration.time_units` ("ms" / "us") applies (draft-00 and draft-01 only). */
  timeUnits: boolean;
}

/** What the viewer reads, for messages about a version it cannot read. */
export const SUPPORTED_VERSIONS =
  'qlog draft-00, draft-01 and draft-02 (JSON, NDJSON), 0.3 and 0.4 (JSON, JSON-SEQ), and files with ' +
  'file_schema urn:ietf:params:qlog:file:contained or urn:ietf:params:qlog:file:sequential';

const CONTAINED = 'urn:ietf:params:qlog:file:contained';
const SEQUENTIAL = 'urn:ietf:params:qlog:file:sequential';

function version(id: VersionId, label: string): QlogVersion {
  const modern = id === 'contained' || id === 'sequential';
  return {
    id,
    label,
    defaultTimeFormat: modern ? 'relative_to_epoch' : 'absolute',
    timeUnits: id === 'draft-00' || id === 'draft-01',
  };
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** True when a JSON object is a qlog file header (it names a version, a format or a schema). */
export function isHeader(json: Record<string, unknown>): boolean {
  return 'qlog_version' in json || 'qlog_format' in json || 'file_schema' in json;
}

/**
 * The version a file header declares, or a sentence saying which version it is and what the
 * viewer reads instead. `file_schema` (the current drafts) wins over `qlog_version` (older ones).
 *
 * @param header - the file's top-level object (contained JSON) or its first record (JSON-SEQ, NDJSON)
 */
export function versionOf(header: Record<string, unknown>): QlogVersion | string {
  if ('file_schema' in header) {
    const schema = typeof header.file_schema === 'string' ? header.file_schema.trim().toLowerCase() : '';
    if (schema === CONTAINED) return version('contained', 'file_schema contained');
    if (schema === SEQUENTIAL) return version('sequential', 'file_schema sequential');
    return `this file uses file_schema ${shown(header.file_schema)}, which the viewer cannot read. It reads ${SUPPORTED_VERSIONS}.`;
  }
  if (!('qlog_version' in header)) return version('unstated', 'version not stated');
  const raw = header.qlog_version;
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  const draft = /^draft-0([0-2])(?:$|[-.])/.exec(text);
  if (draft) return version(`draft-0${draft[1]}` as VersionId, `draft-0${draft[1]}`);
  if (/^0\.3(?:$|\.)/.test(text)) return version('0.3', '0.3');
  if (/^0\.4(?:$|\.)/.test(text)) return version('0.4', '0.4');
  return `this file says qlog_version ${shown(raw)}, which the viewer cannot read. It reads ${SUPPORTED_VERSIONS}.`;
}
