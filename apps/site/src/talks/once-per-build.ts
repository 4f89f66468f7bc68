/**
 * `read` wrapped so that a static build calls it once and shares the promise with every page,
 * while the dev server calls it on each request, so edited content shows at once. For site-wide
 * reads of the content collections that many pages make (each getCollection call maps over
 * every entry).
 * @example const allNotes = oncePerBuild(() => getCollection('notes'));
 */
export function oncePerBuild<T>(read: () => Promise<T>, dev: boolean = import.meta.env.DEV): () => Promise<T> {
  let shared: Promise<T> | undefined;
  return () => {
    if (dev) return read();
    shared ??= read();
    return shared;
  };
}
