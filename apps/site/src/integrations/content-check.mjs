// Fails `astro build` when the content breaks its rules (each talk page against the stage it
// claims, link allow-lists, glossary anchors) and says what each page needs for its next
// stage: see content/check/ and docs/content-layout.md.
import { checkContentReport } from '@confnotes/content/check';
import { nextStageSummary } from './next-stage-summary.mjs';

/**
 * @param {{ contentDir: string }} options  the content folder (see src/talks/content-dir.mjs)
 * @returns {import('astro').AstroIntegration}
 */
export function contentCheck({ contentDir }) {
  return {
    name: 'confnotes:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems, nextSteps } = checkContentReport(contentDir);
        if (nextSteps.length > 0)
          logger.info(
            `next stages:\n${nextStageSummary(nextSteps)
              .map((s) => `  - ${s}`)
              .join('\n')}`,
          );
        if (problems.length === 0) return;
        const report = problems.map((p) => `  - ${p}`).join('\n');
        if (command === 'build') throw new Error(`The content check found ${problems.length} problem(s):\n${report}`);
        logger.warn(`content check:\n${report}`);
      },
    },
  };
}
