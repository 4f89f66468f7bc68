// @ts-check
// Lighthouse gate: which pages are audited, the score thresholds, and reading a JSON report.

/** Pages audited (mobile): home, a text page and the heaviest widget page. */
export const LIGHTHOUSE_PAGES = Object.freeze([
  { name: 'home', path: '/' },
  { name: 'text page (glossary)', path: '/glossary/' },
  { name: 'heaviest widget page', path: '/srecon23-emea/symptom-based-alerting-for-ml/' },
]);

/** Minimum scores (0–1) per Lighthouse category. */
export const LIGHTHOUSE_THRESHOLDS = Object.freeze({
  performance: 0.95,
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
});

/**
 * @typedef {object} PageScores
 * @property {string} page the audited path.
 * @property {Record<string, number | null>} scores category id → score 0–1 (null when Lighthouse could not score it).
 * @property {Record<string, string[]>} failingAudits category id → titles of audits below 1 that count towards it.
 */

/**
 * Reads the scores and failing audits out of a Lighthouse JSON result (LHR).
 * @param {string} page
 * @param {any} lhr the parsed JSON report (`--output=json`).
 * @returns {PageScores}
 * @throws {Error} when the report has no categories (Lighthouse failed to load the page).
 */
export function summarizeLighthouse(page, lhr) {
  const categories = lhr?.categories;
  if (!categories || typeof categories !== 'object') {
    const reason = lhr?.runtimeError?.message ?? 'no categories in the report';
    throw new Error(`summarizeLighthouse requires a complete report for ${page} (got: ${reason})`);
  }
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {Record<string, string[]>} */
  const failingAudits = {};
  for (const [id, category] of Object.entries(categories)) {
    const c = /** @type {{ score: number | null, auditRefs?: Array<{ id: string, weight: number }> }} */ (category);
    scores[id] = typeof c.score === 'number' ? c.score : null;
    failingAudits[id] = (c.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits?.[ref.id])
      .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1)
      .map((audit) => `${audit.title} (${Math.round(audit.score * 100)})`);
  }
  return { page, scores, failingAudits };
}

/**
 * One sentence per category below its threshold, naming the page and the audits that cost points.
 * @param {PageScores[]} results
 * @param {Readonly<Record<string, number>>} [thresholds]
 * @returns {string[]}
 */
export function lighthouseFailures(results, thresholds = LIGHTHOUSE_THRESHOLDS) {
  /** @type {string[]} */
  const failures = [];
  for (const r of results) {
    for (const [id, min] of Object.entries(thresholds)) {
      const score = r.scores[id];
      if (score === undefined || score === null || score < min) {
        const shown = score === undefined || score === null ? 'no score' : String(Math.round(score * 100));
        const audits = r.failingAudits[id]?.slice(0, 5).join('; ') || 'no failing audit listed';
        failures.push(`${r.page}: ${id} ${shown} < ${Math.round(min * 100)} — ${audits}`);
      }
    }
  }
  return failures;
}
