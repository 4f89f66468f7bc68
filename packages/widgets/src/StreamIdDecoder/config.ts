/** The stream IDs of the follow-along repository's good exchange (scenario A) and their roles. */
export interface TalkStream {
  id: bigint;
  /** What the stream carried in the trace. */
  role: string;
}

/** Streams opened in scenario A, as the repository's qlogs show (client 0, 2, 6, 10, 14; server 3, 7, 11, 15). */
export const talkStreams: readonly TalkStream[] = [
  { id: 0n, role: 'request stream: GET /index.html and its 404 response' },
  { id: 2n, role: 'client HTTP/3 control stream' },
  { id: 6n, role: 'client QPACK encoder stream' },
  { id: 10n, role: 'client QPACK decoder stream' },
  { id: 14n, role: 'client stream of a reserved (GREASE) type' },
  { id: 3n, role: 'server HTTP/3 control stream' },
  { id: 7n, role: 'server QPACK encoder stream' },
  { id: 11n, role: 'server QPACK decoder stream' },
  { id: 15n, role: 'server stream of a reserved (GREASE) type' },
];

/** The role of `id` in scenario A, or null when the trace has no such stream. */
export function talkRole(id: bigint): string | null {
  return talkStreams.find((s) => s.id === id)?.role ?? null;
}
