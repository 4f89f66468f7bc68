import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { trimSidebar } from '../navigation/trim-sidebar';
import { OG_HEIGHT, OG_WIDTH } from './og-image';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * Adds to every page's <head>: the RSS feed link, and for talk pages the social-card image
 * (og:image, twitter:image). Starlight already emits og:title/description/url and canonical.
 * Trims the sidebar to the page's own conference in full, the others one link each.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = trimSidebar<Extract<SidebarEntry, { type: 'link' }>, Extract<SidebarEntry, { type: 'group' }>>(
    route.sidebar,
  );
  const base = import.meta.env.BASE_URL;
  route.head.push({
    tag: 'link',
    attrs: { rel: 'alternate', type: 'application/rss+xml', title: 'confnotes: talk notes', href: `${base}rss.xml` },
  });
  const { entry } = route;
  if (entry.data.pageType !== 'talk' || !context.site) return;
  const image = new URL(`${base}og/${entry.id}.png`, context.site).toString();
  const alt = `${entry.data.title}: ${entry.data.summary ?? ''}`.trim();
  for (const [property, content] of [
    ['og:image', image],
    ['og:image:width', String(OG_WIDTH)],
    ['og:image:height', String(OG_HEIGHT)],
    ['og:image:alt', alt],
  ] as const) {
    route.head.push({ tag: 'meta', attrs: { property, content } });
  }
  route.head.push({ tag: 'meta', attrs: { name: 'twitter:image', content: image } });
  route.head.push({ tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } });
});
