import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesBelow, resolveNotesPath } from '../src/notes/rehype-notes-images';
import { type NotesImageContext, renderNotes } from '../src/notes/render-notes';

const notesDir = fileURLToPath(new URL('./fixtures/notes/', import.meta.url));
const images: NotesImageContext = {
  fileFolder: '',
  fileExists: filesBelow(notesDir),
  urlPrefix: '/base/notes-files/conf/',
};
const render = (markdown: string) => renderNotes(markdown, images);

describe('renderNotes: hostile and MDX-breaking text', () => {
  it.each([
    ['<script>', '<script>alert(1)</script>', /<script|alert\(1\)/],
    ['<img onerror>', '<img src=x onerror=alert(1)>', /onerror|alert/],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/],
    ['a raw javascript: href', '<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<iframe>', '<iframe src="https://evil.example/"></iframe>', /<iframe|evil\.example/],
    ['style=', '<p style="position:fixed">styled</p>', /style=|position:fixed/],
    ['a <style> element', '<style>body { display: none }</style>', /<style|display: none/],
  ])('removes %s', (_kind, markdown, forbidden) => {
    expect(render(`## Talk\n\n${markdown}\n`).html).not.toMatch(forbidden);
  });

  it('keeps harmless HTML: details/summary, a, img, ins with title, tables, task lists', () => {
    const { html } = render(
      [
        '<details><summary>More</summary>hidden text</details>',
        '',
        'kolmorogov <ins title="edit: typo">[Kolmogorov]</ins>, <a href="https://example.org/">site</a>',
        '',
        '| a | b |',
        '| - | - |',
        '| 1 | 2 |',
        '',
        '- [x] done',
        '- [ ] todo',
        '',
      ].join('\n'),
    );
    expect(html).toContain('<details><summary>More</summary>hidden text</details>');
    expect(html).toContain('<ins title="edit: typo">[Kolmogorov]</ins>');
    expect(html).toContain('<a href="https://example.org/">site</a>');
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
    expect(html).toMatch(/<input type="checkbox" checked disabled aria-label="done">/);
    expect(html).toMatch(/<input type="checkbox" disabled aria-label="todo">/);
  });

  /** The placeholder heading some note templates leave in: "$" + "{Talk Name}". */
  const placeholder = `$${'{Talk Name}'}`;

  it('shows <3, <options>, {x} and the placeholder heading as text', () => {
    const { html } = render(
      `### ${placeholder}\n\nService Mesh <3 legacy, \`@mapbox <command> <options>\`, {x}-as-code\n`,
    );
    expect(html).toContain(`<h3 id="notes.talk-name">${placeholder}</h3>`);
    expect(html).toContain('Service Mesh &#x3C;3 legacy');
    expect(html).toContain('<code>@mapbox &#x3C;command> &#x3C;options></code>');
    expect(html).toContain('{x}-as-code');
  });

  it('shows tag-like words that are not HTML elements as typed, outside code too', () => {
    const { html } = render(
      '## Talk\n\n- run `mapbox` as @mapbox <command> <options>\n\n<options>\n\nQuestions about </options> and <x-y z="1"/>\n',
    );
    expect(html).toContain('@mapbox &#x3C;command> &#x3C;options>');
    expect(html).toContain('<p>&#x3C;options></p>');
    expect(html).toContain('Questions about &#x3C;/options> and &#x3C;x-y z="1"/>');
  });

  it('still sanitises real HTML elements next to tag-like words', () => {
    const { html } = render('## Talk\n\n<command> then <script>alert(1)</script> and <b>bold</b>\n');
    expect(html).toContain('&#x3C;command>');
    expect(html).not.toMatch(/<script|alert\(1\)/);
    expect(html).toContain('<b>bold</b>');
  });

  it('renders a code fence as code, its "#" lines not as headings', () => {
    const { html, headings } = render('## Talk\n\n```sh\n# not a heading\n<script>x</script>\n```\n');
    expect(html).toContain(
      '<pre><code class="language-sh"># not a heading\n&#x3C;script>x&#x3C;/script>\n</code></pre>',
    );
    expect(headings).toHaveLength(1);
  });

  it('never displays a leading front matter block, but keeps a thematic break that only looks like one', () => {
    expect(render('---\ntitle: Day 1\n---\n# Day 1\n').html).not.toContain('title');
    expect(render('---\n**Talk one**\n\ntext\n').html).toContain('<strong>Talk one</strong>');
  });

  it("shows a block closed by YAML's `...` as notes, as the importer reads it", () => {
    const { html } = render('---\ntitle: Day 1\n...\n\nKeynote notes\n');
    expect(html).toContain('title: Day 1');
    expect(html).toContain('Keynote notes');
  });
});

describe('renderNotes: headings', () => {
  it('shifts the shallowest heading to h3 and keeps the distances, capped at h6', () => {
    const { headings } = render('# A\n\n## B\n\n#### C\n\n###### D\n');
    expect(headings.map((h) => h.depth)).toEqual([3, 4, 6, 6]);
    expect(render('### Only\n').headings[0]?.depth).toBe(3);
    expect(render('#### Deep\n\n##### Deeper\n').headings.map((h) => h.depth)).toEqual([3, 4]);
  });

  it('gives unique ids with a prefix github-slugger never produces for the page', () => {
    const { headings, html } = render('## Q&A\n\n## Q&A\n\n## The notes\n\n## <a name="x"></a> Title\n');
    expect(headings.map((h) => h.slug)).toEqual(['notes.qa', 'notes.qa-1', 'notes.the-notes', 'notes.title']);
    expect(html).not.toContain('id="the-notes"');
  });

  it('cuts the notes into sections at their top headings, for slides', () => {
    const { sections } = render('intro\n\n## One\n\ntext\n\n### Sub\n\n## Two\n');
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ['', 'The notes'],
      ['notes.one', 'One'],
      ['notes.two', 'Two'],
    ]);
    expect(sections[1]?.html).toContain('<h4 id="notes.sub">Sub</h4>');
  });

  it('says whether the file holds more than headings', () => {
    expect(render('# Day 1\n\n').hasContent).toBe(false);
    expect(render('---\ntitle: x\n---\n# Day 1\n\n## Day 2\n').hasContent).toBe(false);
    expect(render('# Day 1\n\nTakeaways: sleep more.\n').hasContent).toBe(true);
  });
});

describe('renderNotes: links and images', () => {
  it("lists the note-taker's web links as written, each once", () => {
    const { links } = render(
      '- https://www.youtube.com/watch?v=x\n- [repo](https://github.com/o/r) https://github.com/o/r\n- [here](#top)\n',
    );
    expect(links).toEqual([
      { href: 'https://www.youtube.com/watch?v=x', text: 'https://www.youtube.com/watch?v=x' },
      { href: 'https://github.com/o/r', text: 'repo' },
    ]);
  });

  it('serves an existing relative image under the base path and shows a missing one as text', () => {
    const result = render(
      '![a shot](images/shot.png)\n\n<img src="./images/missing.jpg">\n\n![up](../../secret.png)\n',
    );
    expect(result.html).toContain('<img src="/base/notes-files/conf/images/shot.png" alt="a shot">');
    expect(result.html).toContain('<span class="notes-missing-image">image not found: ./images/missing.jpg</span>');
    expect(result.html).toContain('image not found: ../../secret.png');
    expect(result.images).toEqual(['images/shot.png']);
  });

  it('names a file that is not an image but never publishes it (served here, it could run code)', () => {
    const result = render('<img src="images/page.html">\n');
    expect(result.html).toContain(
      '<span class="notes-missing-image">not an image file, so not published: images/page.html</span>',
    );
    expect(result.html).not.toContain('<img');
    expect(result.images).toEqual([]);
  });

  it('turns an image from another site into a link (the CSP loads images from this site only)', () => {
    const { html } = render('![chart](https://cdn.example.com/c.png)\n');
    expect(html).toContain('<a href="https://cdn.example.com/c.png" class="notes-external-image">image: chart</a>');
    expect(html).not.toContain('<img');
  });

  it('resolves relative paths against the notes file folder and refuses to leave notes/', () => {
    expect(resolveNotesPath('day1', './img/a%20b.png')).toBe('day1/img/a b.png');
    expect(resolveNotesPath('day1', '../x.png')).toBe('x.png');
    expect(resolveNotesPath('', '../x.png')).toBeNull();
  });
});
