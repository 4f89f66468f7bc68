import { describe, expect, it } from 'vitest';
import { HOOKS, LAYERS } from '../../src/EbpfHookExplorer/hooks';
import { PROJECT_NOTES, QUESTIONS, questionById } from '../../src/EbpfHookExplorer/questions';

/** A small bpftrace syntax sanity check: quoting, balanced braces/parens, known probe types. */
function checkBpftrace(command: string): string[] {
  const problems: string[] = [];
  const m = /^bpftrace -e '(.*)'$/.exec(command);
  if (!m) return ["not of the form bpftrace -e '…'"];
  const program = m[1] as string;
  if (program.includes("'")) problems.push('single quote inside the program');
  for (const [open, close] of [
    ['{', '}'],
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    let depth = 0;
    for (const c of program) {
      if (c === open) depth++;
      if (c === close) depth--;
      if (depth < 0) problems.push(`unbalanced ${open}${close}`);
    }
    if (depth !== 0) problems.push(`unbalanced ${open}${close}`);
  }
  if ((program.match(/"/g) ?? []).length % 2 !== 0) problems.push('unbalanced double quotes');
  const probes = program.match(/(^|\}\s*)([a-z]+):/g) ?? [];
  for (const probe of probes) {
    const type = probe.replace(/[}\s:]/g, '');
    if (!['tracepoint', 'kprobe', 'kretprobe', 'uprobe', 'uretprobe', 'usdt', 'profile'].includes(type)) {
      problems.push(`unknown probe type ${type}`);
    }
  }
  if (/args->/.test(program)) problems.push('old args-> syntax');
  return problems;
}

describe('hook explorer data', () => {
  it('covers all seven hook types and every hook sits on a known layer', () => {
    expect(new Set(QUESTIONS.map((q) => q.hook))).toEqual(new Set(Object.keys(HOOKS)));
    for (const hook of Object.values(HOOKS)) expect(LAYERS).toContain(hook.layer);
  });

  it('every command is a well-formed bpftrace one-liner or a bpftool command', () => {
    for (const q of QUESTIONS) {
      if (q.command.startsWith('bpftool ')) {
        expect(q.command).toBe('bpftool net show');
        continue;
      }
      expect(checkBpftrace(q.command), q.id).toEqual([]);
    }
  });

  it('names only the background projects, each with a note', () => {
    for (const q of QUESTIONS) for (const p of q.projects) expect(PROJECT_NOTES[p]).toBeTruthy();
    const all = new Set(QUESTIONS.flatMap((q) => q.projects));
    expect(all).toEqual(new Set(['bpftrace', 'BCC', 'Cilium', 'Tetragon', 'Falco', 'Parca', 'Pixie']));
  });

  it('has unique ids and falls back to the first question for unknown ids', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(questionById('nope')).toBe(QUESTIONS[0]);
  });

  it('the checker itself catches broken one-liners', () => {
    expect(checkBpftrace("bpftrace -e 'kprobe:x { @ = count(); '")).toContain('unbalanced {}');
    expect(checkBpftrace('bpftrace -e \'tracepoint:a:b { printf("%s", str(args->f)); }\'')).toContain(
      'old args-> syntax',
    );
  });
});
