// Deploy-time settings read from the environment, validated so a typo fails the build loudly.

/**
 * The public origin used for canonical URLs, the sitemap and the feed.
 * @param {Record<string, string | undefined>} env
 */
export function siteUrl(env) {
  const raw = env.SITE_URL ?? 'https://confnotes.example';
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://notes.example.org (got "${raw}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https (got "${raw}")`);
  }
  return url.origin;
}

/**
 * The sub-path the site is served under ("/" by default), e.g. SITE_BASE=/notes/.
 * @param {Record<string, string | undefined>} env
 */
export function siteBase(env) {
  const raw = (env.SITE_BASE ?? '/').trim();
  if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(raw)) {
    throw new Error(`SITE_BASE must be a path like /notes/ made of letters, digits, . _ ~ - (got "${raw}")`);
  }
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
