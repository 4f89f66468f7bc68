import type { AltSvcError } from './types';

/** RFC 9110 token characters. */
export function isTchar(c: string | undefined): boolean {
  return c !== undefined && /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/.test(c);
}

/** Thrown inside the parser to abandon one list element; never escapes {@link parseAltSvc}. */
export class ElementError extends Error {
  constructor(
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

/** Cursor over the header text; columns it reports are 1-based. */
export class Scanner {
  i: number;
  constructor(
    readonly s: string,
    start: number,
    readonly end: number,
  ) {
    this.i = start;
  }
  get c(): string | undefined {
    return this.i < this.end ? this.s[this.i] : undefined;
  }
  /** True when the character under the cursor is `ch` (a method, so TypeScript does not narrow). */
  is(ch: string): boolean {
    return this.c === ch;
  }
  get column(): number {
    return this.i + 1;
  }
  skipSpace() {
    while (this.c === ' ' || this.c === '\t') this.i++;
  }
  token(): string {
    const start = this.i;
    while (isTchar(this.c)) this.i++;
    return this.s.slice(start, this.i);
  }
  fail(message: string, column = this.column): never {
    throw new ElementError(column, message);
  }
  /** Describes the character under the cursor for messages. */
  here(): string {
    const c = this.c;
    if (c === undefined) return 'the end of the header';
    if (c === ' ' || c === '\t') return 'a space';
    return `"${c}"`;
  }
  /**
   * Reads a quoted-string; returns its unescaped text and the source column of every character.
   * The cursor must be on the opening quote.
   */
  quoted(): { text: string; columns: number[] } {
    const open = this.column;
    this.i++;
    let text = '';
    const columns: number[] = [];
    while (this.c !== undefined && this.c !== '"') {
      if (this.c === '\\') this.i++;
      const ch = this.c;
      if (ch === undefined) break;
      text += ch;
      columns.push(this.column);
      this.i++;
    }
    if (this.c !== '"') this.fail('this quoted value is never closed (a closing " is missing)', open);
    this.i++;
    return { text, columns };
  }
  /** Moves past the next comma outside quotes (error recovery). */
  skipElement() {
    let quoted = false;
    while (this.c !== undefined) {
      if (this.c === '\\' && quoted) this.i++;
      else if (this.c === '"') quoted = !quoted;
      else if (this.c === ',' && !quoted) return;
      this.i++;
    }
  }
}

/** Collects errors up to a bound, so hostile input cannot grow the list without limit. */
export function pushError(errors: AltSvcError[], error: AltSvcError, max = 20) {
  if (errors.length < max) errors.push(error);
}
