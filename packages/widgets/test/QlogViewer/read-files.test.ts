import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QLOG_BYTES } from '../../src/QlogViewer/parse';
import { MAX_FILES, parseFiles, sizeProblem } from '../../src/QlogViewer/read-files';

const RS = '\u001e';
const TRACE = `${RS}{"qlog_version":"0.3","qlog_format":"JSON-SEQ","trace":{"vantage_point":{"type":"client"}}}\n${RS}{"time":1,"name":"transport:packet_sent","data":{"header":{"packet_type":"initial","packet_number":0}}}\n`;

const file = (text: string, name = 'x.sqlog') => new File([text], name);

describe('parseFiles', () => {
  it(`reads up to ${MAX_FILES} files and says that more are ignored`, async () => {
    const names = Array.from({ length: MAX_FILES + 1 }, (_, i) => `f${i}.sqlog`);
    const r = await parseFiles(names.map((name) => file(TRACE, name)));
    expect(r.traces).toHaveLength(MAX_FILES);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toContain(`first ${MAX_FILES} files`);
  });

  it('refuses a file over the size limit by name and still reads the other', async () => {
    const big = { name: 'huge.qlog', size: MAX_QLOG_BYTES + 1 } as File;
    const r = await parseFiles([big, file(TRACE)]);
    expect(r.traces).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ source: 'huge.qlog', line: 0 });
    expect(sizeProblem(big)).toContain('huge.qlog is');
    expect(sizeProblem({ name: 'ok', size: MAX_QLOG_BYTES })).toBeNull();
  });

  it('reports an unreadable file instead of throwing', async () => {
    const broken = { name: 'gone.qlog', size: 10, text: () => Promise.reject(new Error('NotReadableError')) } as File;
    const r = await parseFiles([broken]);
    expect(r.traces).toEqual([]);
    expect(r.problems[0]?.message).toContain('could not be read');
  });

  it('never rejects on arbitrary file contents, and every problem names its file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 3 }), async (texts) => {
        const files = texts.map((t, k) => file(k === 0 ? `${TRACE}${t}` : t, `f${k}.qlog`));
        const r = await parseFiles(files);
        for (const p of r.problems) {
          expect(p.message.length).toBeGreaterThan(0);
          if (p.line > 0) expect(texts.map((_, k) => `f${k}.qlog`)).toContain(p.source);
        }
        for (const t of r.traces) for (const e of t.events) expect(Number.isFinite(e.time)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
