// @ts-check
import { readFileSync } from 'node:fs';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { cspHeaderFile, siteCsp } from '@confnotes/quality/csp';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { siteBase, siteUrl } from './site.config.mjs';
import { parseGlossaryTerms } from './src/glossary/glossary-terms.ts';
import { contentCheck } from './src/integrations/content-check.mjs';
import { siteSidebar } from './src/navigation/sidebar.ts';
import { rehypeBaseLinks } from './src/rehype/rehype-base-links.mjs';
import { rehypeGlossaryLinks } from './src/rehype/rehype-glossary-links.ts';
import { rehypeScrollableMath } from './src/rehype/rehype-scrollable-math.mjs';
import { rehypeTaskListLabels } from './src/rehype/rehype-task-list-labels.mjs';
import { contentDir } from './src/talks/content-dir.mjs';

const base = siteBase(process.env);
// content/ or CONFNOTES_CONTENT_DIR (an absolute path): every reader of the content uses this.
const content = contentDir(process.env);
// Read at config time: prose links the first mention of each term to the glossary.
const glossaryTerms = parseGlossaryTerms(readFileSync(`${content}glossary.yaml`, 'utf8'));

export default defineConfig({
  site: siteUrl(process.env),
  base,
  trailingSlash: 'always',
  output: 'static',
  // Strict CSP (a hashed <meta> policy on every page; see docs/deploy.md). Stylesheets are
  // always files: Astro does not hash the small ones it would inline for content pages.
  experimental: { csp: siteCsp({ from: import.meta.url }) },
  build: { inlineStylesheets: 'never' },
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // One cache per build folder, so parallel builds into different folders do not collide. A build
  // of a scratch content copy passes its own (CONFNOTES_CACHE_DIR): a cache kept from an earlier
  // scratch folder points at files that are gone and fails the next build.
  cacheDir:
    process.env.CONFNOTES_CACHE_DIR ??
    `./node_modules/.astro/${(process.env.SITE_OUT_DIR ?? './dist').replace(/[^A-Za-z0-9_-]/g, '_')}`,
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [
      [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true }],
      [rehypeGlossaryLinks, { terms: glossaryTerms }],
      [rehypeBaseLinks, { base }],
      rehypeTaskListLabels,
      rehypeScrollableMath,
    ],
  },
  integrations: [
    contentCheck({ contentDir: content }),
    starlight({
      title: 'confnotes',
      description:
        'Conference notes for SREs, explained properly, with interactive demos for team learning sessions and onboarding.',
      favicon: '/favicon.svg',
      // Long command lines wrap instead of scrolling: readable when projected, and no
      // scroll region that keyboard users would have to reach (axe scrollable-region-focusable).
      expressiveCode: { defaultProps: { wrap: true } },
      logo: { src: './src/assets/logo.svg', alt: '', replacesTitle: false },
      lastUpdated: false,
      // Content lives outside src/content/docs: let Starlight's heading anchor links and asides apply to it.
      markdown: { processedDirs: [content] },
      customCss: ['katex/dist/katex.min.css', './src/styles/site.css', './src/styles/print.css'],
      // RSS link on every page; social-card image on talk pages.
      routeMiddleware: './src/share/route-data.ts',
      components: {
        PageTitle: './src/components/PageTitle.astro',
        // Talk pages show their notes file under "The notes"; conference pages their "Other notes".
        MarkdownContent: './src/components/MarkdownContent.astro',
        // Related talks and "Mentioned in" at the end of talk pages.
        Footer: './src/components/Footer.astro',
      },
      // From the content: every conference folder's index.mdx and talk frontmatter (src/navigation/).
      sidebar: siteSidebar(),
    }),
    preact(),
    // dist/_headers gets the pages' CSP as an HTTP header too (plus frame-ancestors).
    cspHeaderFile(),
  ],
});
