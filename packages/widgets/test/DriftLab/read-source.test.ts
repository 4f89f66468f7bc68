import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/DriftLab/parse';
import { parseFile } from '../../src/DriftLab/parse-file';
import { type ReadProgress, readSource } from '../../src/DriftLab/read-source';
import { Transfer } from '../../src/shared/worker/protocol';

/** A Blob whose stream yields `bytes` cut at the given points (so multi-byte characters can be split). */
function chunkedBlob(bytes: Uint8Array, cuts: number[]): Blob {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    if (p > from) chunks.push(bytes.slice(from, p));
    from = Math.max(from, p);
  }
  return {
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      }),
  } as unknown as Blob;
}

describe('readSource', () => {
  it('decodes exactly what TextDecoder decodes at once, however the bytes are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (bom, text, cuts) => {
          const bytes = new TextEncoder().encode(`${bom ? '\ufeff' : ''}${text}`);
          const seen: ReadProgress[] = [];
          const read = await readSource(chunkedBlob(bytes, cuts), (p) => seen.push(p));
          expect(read).toBe(new TextDecoder().decode(bytes));
          expect(seen[0]).toEqual({ phase: 'reading', loaded: 0, total: bytes.length });
          expect(seen.at(-1)?.loaded).toBe(bytes.length);
          for (let i = 1; i < seen.length; i++)
            expect(seen[i]?.loaded).toBeGreaterThanOrEqual(seen[i - 1]?.loaded ?? 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports progress a bounded number of times for a file of many chunks', async () => {
    const bytes = new TextEncoder().encode('1.5\n'.repeat(10_000));
    const cuts = Array.from({ length: 999 }, (_, i) => (i + 1) * 40);
    const seen: ReadProgress[] = [];
    await readSource(chunkedBlob(bytes, cuts), (p) => seen.push(p));
    expect(seen.length).toBeLessThanOrEqual(52);
  });
});

describe('parseFile', () => {
  it('parses a file with progress and marks each column buffer for transfer', async () => {
    const text = 'a,b\n1,2\n3,\n';
    const seen: ReadProgress['phase'][] = [];
    const answer = await parseFile(
      { source: chunkedBlob(new TextEncoder().encode(text), [3]) },
      { progress: (p) => seen.push(p.phase) },
    );
    expect(answer).toBeInstanceOf(Transfer);
    expect(answer.value).toEqual(parseData(text));
    expect(answer.transfer).toEqual(answer.value.columns.map((c) => c.numbers.buffer));
    expect(seen.at(-1)).toBe('parsing');
    expect(seen).toContain('reading');
  });
});
