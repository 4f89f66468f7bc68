import fc from 'fast-check';
import { expect, it } from 'vitest';
import { splitNotes } from '../src/split-notes.mjs';

// Markdown-like lines: headings (some in fences), breaks, bold titles, lists, HTML, odd endings.
const line = fc.oneof(
  fc.constantFrom('# Day 1', '## Talk 3', `### \${Talk Name}`, '---', '**Bold**', '```', '- item', '', '> quote'),
  fc.constantFrom('<3 <options> {x}', '<script>alert(1)</script>', '  ## indented', 'Setext', '===', '    # code'),
  fc.string({ maxLength: 12 }),
  fc.tuple(fc.constantFrom('#', '##', '###', '####'), fc.string({ maxLength: 10 })).map(([h, t]) => `${h} ${t}`),
);
const ending = fc.constantFrom('\n', '\r\n', '\r');
const document = fc.array(fc.tuple(line, ending), { minLength: 1, maxLength: 40 }).chain((lines) =>
  fc.boolean().map((finalNewline) => {
    const text = lines.map(([l, e]) => l + e).join('');
    return finalNewline ? text : text.replace(/(?:\r\n|\r|\n)$/, '');
  }),
);

it('the parts put back together equal the input, for any Markdown-like text', () => {
  fc.assert(
    fc.property(document, fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), (text, talkLevel) => {
      const { parts } = splitNotes(text, { fileName: 'notes.md', talkLevel });
      expect(parts.map((p) => p.text).join('')).toBe(text);
      for (const [i, part] of parts.entries()) {
        if (i > 0) expect(part.firstLine).toBe((parts[i - 1]?.lastLine ?? 0) + 1);
      }
    }),
    { numRuns: 200, seed: 12 },
  );
}, 60_000); // a budget for a loaded shared machine, not a speed target
