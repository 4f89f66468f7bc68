// Which external link targets each talk page may use. Every entry is a verified source: a link
// checked in the team's fact-checked record of the conference day or a well-known
// authoritative specification or documentation site.
//
// An entry is either a host ("usenix.org", which also allows subdomains such as www.usenix.org)
// or a host with a path prefix ("github.com/LPardue/sreconemea2023"), which allows only that
// path and what lies below it. Query strings count as part of the path
// ("youtube.com/watch?v=bR86qiPOH7s" allows exactly that video).

/**
 * Allowed on every page: the conference organiser, IETF specifications, the Google SRE books.
 * @type {readonly string[]}
 */
export const sharedAllowedDomains = Object.freeze([
  'usenix.org',
  'usenix.net',
  'rfc-editor.org',
  'datatracker.ietf.org',
  'sre.google',
]);

/**
 * Extra entries per talk page, keyed by the page id (path below content/ without extension).
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const talkAllowedDomains = Object.freeze({
  'srecon23-emea/ebpf-superpowers-for-sre': ['ebpf.io', 'docs.kernel.org', 'rawkode.academy/watch/the-magic-of-ebpf'],
  'srecon23-emea/symptom-based-alerting-for-ml': [
    'research.google/pubs/pub46555',
    'research.google/pubs/pub45742',
    'static.googleusercontent.com/media/research.google.com/en/pubs/archive/aad9f93b86b7addfea4c419b9100c6cdd26cacea.pdf',
    'lina-weichbrodt.medium.com',
    'applyconf.com/agenda/impact-oriented-machine-learning-monitoring',
    'vincent-maladiere.github.io/apply-2022/monitoring',
    'youtube.com/watch?v=Ki0es3bLsG8',
  ],
  'srecon23-emea/reliability-enhancing-procedures': [
    'srecon16europe.sched.com/event/7Vjm/how-to-improve-your-service-by-roasting-it',
  ],
  'srecon23-emea/quic-http3-mapping-vs-encapsulation': [
    'github.com/LPardue/sreconemea2023',
    'github.com/quicwg/base-drafts/pull/2762',
    'youtube.com/watch?v=bR86qiPOH7s',
  ],
  'srecon23-emea/deploying-and-debugging-http3': [
    'github.com/LPardue/sreconemea2023',
    'researchportal.be/en/node/6106477',
    'curl.se/docs',
    'wireshark.org/docs',
  ],
});
