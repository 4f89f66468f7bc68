import { render } from 'astro:content';
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { trimSidebar } from '../navigation/trim-sidebar';
import { theNotesEntry } from '../notes/notes-toc';
import { notesForPage } from '../notes/page-notes';
import { withBase } from '../present/talk-routes';
import { OG_HEIGHT, OG_WIDTH } from './og-image';
import { ogPng, talkCard } from './og-png';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * Adds to every page's <head>: the RSS feed link, and for talk pages the social-card image
 * (og:image, twitter:image). Starlight already emits og:title/description/url and canonical.
 * Puts the notes into the table of contents: a talk's "The notes" (with the notes' headings)
 * first, a conference's "Other notes" last.
 * Trims the sidebar to the page's own conference in full, the newest others one link each.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = trimSidebar<Extract<SidebarEntry, { type: 'link' }>, Extract<SidebarEntry, { type: 'group' }>>(
    route.sidebar,
    { allConferencesHref: withBase('/conferences/') },
  );
  const base = import.meta.env.BASE_URL;
  route.head.push({
    tag: 'link',
    attrs: { rel: 'alternate', type: 'application/rss+xml', title: 'confnotes: talk notes', href: `${base}rss.xml` },
  });
  const { entry } = route;
  await addNotesToToc(route);
  if (entry.data.pageType !== 'talk' || !context.site) return;
  // Start rendering the page's social card now, off the main thread (see ogPng).
  void ogPng(talkCard(entry.data));
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

type Route = App.Locals['starlightRoute'];

async function addNotesToToc(route: Route): Promise<void> {
  const { toc, entry } = route;
  if (!toc) return;
  const notes = await notesForPage(entry);
  if (!notes) return;
  if (entry.data.pageType === 'talk') {
    const { headings } = await render(notes);
    // After Starlight's "Overview" (the page title), before the page's own sections.
    toc.items.splice(1, 0, theNotesEntry(headings, notes.data.links.length > 0, toc));
  } else if (notes.data.hasContent && toc.maxHeadingLevel >= 2) {
    toc.items.push({ depth: 2, slug: 'other-notes', text: 'Other notes', children: [] });
  }
}
