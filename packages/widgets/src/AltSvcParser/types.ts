/** A problem in an Alt-Svc header, pointing at the offending character. */
export interface AltSvcError {
  /** 1-based column of the offending character in the text as entered. */
  column: number;
  message: string;
}

/** A parameter after an alternative (`ma=3600`, `persist=1`, or an unknown one). */
export interface AltSvcParameter {
  /** Lower-cased name. */
  name: string;
  value: string;
  /** 1-based column of the name. */
  column: number;
}

/** One alternative service: where the client may reach the same origin, and for how long. */
export interface Alternative {
  /** Protocol id as written (maybe percent-encoded), e.g. "h3" or "w%3Dx". */
  rawProtocolId: string;
  /** Percent-decoded ALPN protocol id, e.g. "h3". */
  protocolId: string;
  /** Host of the alt-authority; "" means the origin's own host. */
  host: string;
  port: number;
  /** Freshness lifetime in seconds (the default 86400 when no valid ma is given). */
  maxAge: number;
  /** True when the header gave a valid `ma`. */
  maxAgeGiven: boolean;
  /** `persist=1`: keep the entry across network changes. */
  persist: boolean;
  params: AltSvcParameter[];
  /** 1-based column where the alternative starts. */
  column: number;
}

export interface AltSvcResult {
  /** The header was `clear`: invalidate every cached alternative of the origin. */
  clear: boolean;
  alternatives: Alternative[];
  errors: AltSvcError[];
}
