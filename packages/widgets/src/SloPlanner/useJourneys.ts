import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readCompressedParam, withCompressedParam, writeCompressedParam } from '../shared/compressed-param';
import { type Journey, parseJourneys, SAMPLE_JOURNEYS } from './journeys';
import { JOURNEYS_PARAM } from './state';

/** The journey list, kept in one compressed URL param. */
export interface JourneysHandle {
  journeys: Journey[];
  setJourneys: (next: Journey[]) => void;
  /** Notices about a damaged journeys param in the link. */
  notices: string[];
  /** Adds the journeys to a widget link. */
  addToLink: (url: string) => string;
}

const WRITE_DELAY_MS = 250;
const isSample = (j: Journey[]) => JSON.stringify(j) === JSON.stringify(SAMPLE_JOURNEYS);

/** Starts from the sample (what the build renders), adopts the URL's journeys on hydration. */
export function useJourneys(): JourneysHandle {
  const [journeys, setJourneys] = useState<Journey[]>(() => structuredClone([...SAMPLE_JOURNEYS]));
  const [notices, setNotices] = useState<string[]>([]);
  const loaded = useRef(false);

  useEffect(() => {
    const read = readCompressedParam(window.location.search, JOURNEYS_PARAM, parseJourneys);
    if (read?.ok) setJourneys(read.value);
    else if (read) setNotices([`${read.error} The sample journeys are shown instead.`]);
    loaded.current = true;
  }, []);

  useEffect(() => {
    if (!loaded.current) return;
    const timer = window.setTimeout(
      () => writeCompressedParam(JOURNEYS_PARAM, isSample(journeys) ? null : journeys),
      WRITE_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [journeys]);

  const addToLink = useCallback(
    (url: string) => withCompressedParam(url, JOURNEYS_PARAM, isSample(journeys) ? null : journeys),
    [journeys],
  );
  return { journeys, setJourneys, notices, addToLink };
}
