// Fails `astro build` when the notes break the content rules (required sections and
// frontmatter, per-talk link allow-lists, glossary anchors): see content/check/.
import { fileURLToPath } from 'node:url';
import { checkContent } from '@confnotes/content/check';

/** @returns {import('astro').AstroIntegration} */
export function contentCheck() {
  return {
    name: 'confnotes:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const contentDir = fileURLToPath(new URL('../../../../content/', import.meta.url));
        // Every talk's demos have landed: an empty "Try it" section is now an error.
        const problems = checkContent(contentDir, { requireDemos: true });
        if (problems.length === 0) return;
        const report = problems.map((p) => `  - ${p}`).join('\n');
        if (command === 'build') throw new Error(`The content check found ${problems.length} problem(s):\n${report}`);
        logger.warn(`content check:\n${report}`);
      },
    },
  };
}
