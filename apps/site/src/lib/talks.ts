import type { CollectionEntry } from 'astro:content';

type DocsEntry = CollectionEntry<'docs'>;

/** Talks in program order: by date, then slot start; talks with no confirmed slot keep file order after timed ones of the same day. */
export function talkOrder(entries: readonly DocsEntry[]): DocsEntry[] {
  const order = [
    'srecon23-emea/ebpf-superpowers-for-sre',
    'srecon23-emea/symptom-based-alerting-for-ml',
    'srecon23-emea/reliability-enhancing-procedures',
    'srecon23-emea/quic-http3-mapping-vs-encapsulation',
    'srecon23-emea/deploying-and-debugging-http3',
  ];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...entries].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}
