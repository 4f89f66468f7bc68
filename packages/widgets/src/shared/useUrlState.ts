import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  type Decoded,
  decodeState,
  defaultState,
  encodeState,
  type StateOf,
  type StateSpec,
  widgetUrl,
} from './url-state';

export interface UrlStateHandle<S extends StateSpec> {
  state: StateOf<S>;
  /** Merge a patch into the state; the URL follows (debounced, replaceState). */
  setState: (patch: Partial<StateOf<S>>) => void;
  /** Notices about params that were invalid or clamped when the page loaded. */
  notices: string[];
  /** A link to this widget in its current state. */
  link: () => string;
}

const WRITE_DELAY_MS = 250;

/**
 * Widget state that starts from the spec's defaults (what the static build renders), then
 * adopts the page URL's params on hydration and writes changes back with `replaceState`.
 */
export function useUrlState<S extends StateSpec>(spec: S, prefix: string, anchor: string): UrlStateHandle<S> {
  const [decoded, setDecoded] = useState<Decoded<S>>(() => ({ state: defaultState(spec), notices: [] }));
  const loaded = useRef(false);

  useEffect(() => {
    setDecoded(decodeState(spec, new URLSearchParams(window.location.search), prefix));
    loaded.current = true;
  }, [spec, prefix]);

  useEffect(() => {
    if (!loaded.current) return;
    const timer = window.setTimeout(() => {
      const url = new URL(window.location.href);
      encodeState(spec, decoded.state, prefix, url.searchParams);
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [decoded.state, spec, prefix]);

  const setState = useCallback((patch: Partial<StateOf<S>>) => {
    setDecoded((prev) => ({ state: { ...prev.state, ...patch }, notices: prev.notices }));
  }, []);

  const link = useCallback(
    () => widgetUrl(window.location.href, spec, decoded.state, prefix, anchor),
    [spec, decoded.state, prefix, anchor],
  );

  return { state: decoded.state, setState, notices: decoded.notices, link };
}
