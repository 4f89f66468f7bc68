/** Reserved identifiers that quiche sent in the follow-along repository's qlogs (read from the files; exact digits). */
export interface TraceGreaseValue {
  value: bigint;
  /** What kind of identifier it was. */
  kind: 'SETTINGS identifier' | 'frame type';
  /** The qlog file it appears in. */
  file: string;
}

export const traceGreaseValues: readonly TraceGreaseValue[] = [
  { value: 2666898865075330550n, kind: 'SETTINGS identifier', file: 'client-localhost-good.sqlog' },
  { value: 3000208649829426157n, kind: 'frame type', file: 'client-localhost-good.sqlog' },
  { value: 4435954207593725425n, kind: 'frame type', file: 'client-localhost-good.sqlog' },
  { value: 2458765902193721434n, kind: 'SETTINGS identifier', file: 'server-localhost-good.sqlog' },
  { value: 1941777208799050570n, kind: 'frame type', file: 'server-localhost-good.sqlog' },
  { value: 565630899172085760n, kind: 'frame type', file: 'server-localhost-good.sqlog' },
  { value: 3453704660644761566n, kind: 'SETTINGS identifier', file: 'client-localhost-streams-uni-0.sqlog' },
  { value: 105335206652900893n, kind: 'SETTINGS identifier', file: 'client-lucaspardue.com-0-streams-uni.sqlog' },
];
