// @ts-check
/**
 * Bad input the note-taker can fix: names the file and the 1-based line, and makes the CLI exit 1
 * with nothing written.
 */
export class ImportInputError extends Error {
  /**
   * @param {string} code  stable machine-readable reason, e.g. `NOT_UTF8`, `NO_TALKS`
   * @param {string} file  the input file as the user gave it
   * @param {number} line  1-based line the problem is on
   * @param {string} detail  what is wrong, in words
   */
  constructor(code, file, line, detail) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ImportInputError';
    this.code = code;
    this.file = file;
    this.line = line;
  }
}

/** A wrong command line (unknown option, missing file): the CLI prints usage and exits 2. */
export class ImportUsageError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ImportUsageError';
    this.code = 'USAGE';
  }
}

/** A bug in the importer, such as a failed round-trip check: exit 3, nothing written. */
export class ImportInternalError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.name = 'ImportInternalError';
    this.code = code;
  }
}
