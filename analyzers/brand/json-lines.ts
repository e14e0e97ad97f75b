// Where things are in a JSON file: the line of every member and item, by dotted
// path, or the line and column of the first syntax error. JSON.parse gives no
// position for most errors on Node 20, and none at all for valid values.

export type JsonLines =
  { ok: true; lines: Map<string, number> } | { ok: false; line: number; column: number; message: string };

class JsonError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

export function jsonLines(source: string): JsonLines {
  const lines = new Map<string, number>();
  let i = 0;
  const lineAt = (at: number) => {
    let line = 1;
    for (let k = 0; k < at && k < source.length; k++) if (source.charCodeAt(k) === 10) line++;
    return line;
  };
  const fail = (message: string): never => {
    throw new JsonError(message, i);
  };
  const space = () => {
    while (i < source.length && /[ \t\n\r\ufeff]/.test(source[i]!)) i++;
  };
  const expect = (ch: string) => {
    space();
    if (source[i] !== ch)
      fail(
        i >= source.length ? `expected "${ch}", found the end of the file` : `expected "${ch}", found "${source[i]}"`,
      );
    i++;
  };
  const string = (): string => {
    if (source[i] !== '"') fail(`expected a string in double quotes, found "${source[i] ?? 'the end of the file'}"`);
    const start = i++;
    while (i < source.length && source[i] !== '"') {
      if (source[i] === '\\') i++;
      if (source[i] === '\n') fail('a line break inside a string');
      i++;
    }
    if (i >= source.length) fail('a string is not closed');
    i++;
    return JSON.parse(source.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    space();
    if (path) lines.set(path, lines.get(path) ?? lineAt(i));
    const ch = source[i];
    if (ch === '{') {
      i++;
      space();
      if (source[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        const keyAt = i;
        const key = string();
        const child = path ? `${path}.${key}` : key;
        lines.set(child, lineAt(keyAt));
        expect(':');
        value(child);
        space();
        if (source[i] === ',') {
          i++;
          continue;
        }
        expect('}');
        return;
      }
    }
    if (ch === '[') {
      i++;
      space();
      if (source[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(path ? `${path}.${n}` : String(n));
        space();
        if (source[i] === ',') {
          i++;
          continue;
        }
        expect(']');
        return;
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(source.slice(i, i + 40));
    if (!literal)
      fail(
        ch === undefined ? 'the file ends too early' : ch === "'" ? 'strings take double quotes' : `unexpected "${ch}"`,
      );
    i += literal![0].length;
  };
  try {
    value('');
    space();
    if (i < source.length) fail(`unexpected "${source[i]}" after the end of the rule set`);
    return { ok: true, lines };
  } catch (error) {
    if (!(error instanceof JsonError)) throw error;
    const line = lineAt(error.at);
    const column = error.at - source.lastIndexOf('\n', error.at - 1);
    return { ok: false, line, column, message: error.message };
  }
}
