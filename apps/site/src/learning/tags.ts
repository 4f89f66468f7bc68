/** Tags → the items carrying them, tags sorted alphabetically, items in their given order. */
export function groupByTag<T>(
  items: readonly T[],
  tagsOf: (item: T) => readonly string[] | undefined,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const tag of new Set(tagsOf(item) ?? [])) {
      const list = groups.get(tag) ?? [];
      list.push(item);
      groups.set(tag, list);
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, 'en')));
}

/** "machine-learning" → "machine learning". */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}
