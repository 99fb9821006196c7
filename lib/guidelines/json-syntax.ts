/**
 * Where a JSON text first goes wrong, as line and column (both from 1). JSON.parse's own message
 * differs by browser and rarely says where, and a municipality editing a profile by hand needs the
 * place. This scanner only finds the first error; parsing is left to JSON.parse.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  problem: JsonSyntaxProblem;
}

/** The character found where something else was expected, or null at the end of the text. */
type Found = string | null;

/** What is wrong at that place, as a code the UI words. */
export type JsonSyntaxProblem =
  | { code: 'after-value'; found: Found }
  | { code: 'expected'; char: string; found: Found }
  | { code: 'ends-before-value' }
  | { code: 'unexpected'; found: Found }
  | { code: 'expected-name'; found: Found }
  /** A comma right before the closing `close`: one comma too many. */
  | { code: 'comma-before-close'; close: '}' | ']' }
  | { code: 'expected-comma-or'; close: '}' | ']'; found: Found }
  | { code: 'string-never-ends' }
  | { code: 'newline-in-string' }
  | { code: 'control-char-in-string' }
  | { code: 'bad-unicode-escape' }
  | { code: 'bad-escape' }
  | { code: 'bad-number' };

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (!scanner.atEnd()) scanner.fail({ code: 'after-value', found: scanner.here() });
    return null;
  } catch (error) {
    if (error instanceof ScanError) return { ...scanner.lineColumn(error.at), problem: error.problem };
    throw error;
  }
}

class ScanError extends Error {
  constructor(
    readonly at: number,
    readonly problem: JsonSyntaxProblem,
  ) {
    super(problem.code);
  }
}

class Scanner {
  private pos = 0;
  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  fail(problem: JsonSyntaxProblem, at = this.pos): never {
    throw new ScanError(at, problem);
  }

  here(): Found {
    return this.atEnd() ? null : this.text[this.pos]!;
  }

  lineColumn(at: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at && i < this.text.length; i++) {
      if (this.text[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: at - lineStart + 1 };
  }

  skipSpace(): void {
    while (!this.atEnd() && ' \t\n\r'.includes(this.text[this.pos]!)) this.pos++;
  }

  private expect(char: string): void {
    if (this.text[this.pos] !== char) this.fail({ code: 'expected', char, found: this.here() });
    this.pos++;
  }

  value(): void {
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(this.atEnd() ? { code: 'ends-before-value' } : { code: 'unexpected', found: this.here() });
  }

  private object(): void {
    this.expect('{');
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail({ code: 'expected-name', found: this.here() });
      this.string();
      this.skipSpace();
      this.expect(':');
      this.skipSpace();
      this.value();
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === '}') this.fail({ code: 'comma-before-close', close: '}' });
        continue;
      }
      if (c === '}') {
        this.pos++;
        return;
      }
      this.fail({ code: 'expected-comma-or', close: '}', found: this.here() });
    }
  }

  private array(): void {
    this.expect('[');
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value();
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === ']') this.fail({ code: 'comma-before-close', close: ']' });
        continue;
      }
      if (c === ']') {
        this.pos++;
        return;
      }
      this.fail({ code: 'expected-comma-or', close: ']', found: this.here() });
    }
  }

  private string(): void {
    const start = this.pos;
    this.expect('"');
    for (;;) {
      if (this.atEnd()) this.fail({ code: 'string-never-ends' }, start);
      const c = this.text[this.pos]!;
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\n' || c === '\r') this.fail({ code: 'newline-in-string' });
      if (c < ' ') this.fail({ code: 'control-char-in-string' });
      if (c === '\\') {
        const e = this.text[this.pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail({ code: 'bad-unicode-escape' });
          this.pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) this.fail({ code: 'bad-escape' });
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match || match[0] === '-') this.fail({ code: 'bad-number' });
    this.pos += match[0].length;
  }
}
