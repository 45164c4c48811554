/**
 * The string literals of a TypeScript source, for the locale tests: quoted
 * strings and template literals (their text parts, `${…}` replaced by "…";
 * strings inside the expressions are literals of their own). Comments and
 * regular-expression literals are skipped: neither is ever shown to a user.
 *
 * A small tokenizer rather than the compiler: it only has to tell strings
 * from comments and regexes, which a `/` after an operand (a name, a number,
 * `)` or `]`) is not.
 */

/** One string literal and where it is. */
export interface StringLiteral {
  text: string;
  /** 1-based line of its opening quote. */
  line: number;
  /** True inside an `aliases: [ … ]` array: other spellings of a command, parsing words. */
  alias: boolean;
}

/** Words after which a `/` starts a regular expression, not a division. */
const REGEX_AFTER_WORDS = new Set(["return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "instanceof", "yield", "await"]);

export function stringLiterals(source: string): StringLiteral[] {
  const out: StringLiteral[] = [];
  let i = 0;
  let line = 1;
  /** The last significant token: a word, "0" for any literal or number, or a punctuator. */
  let previous = "";
  /** The one before, for `aliases: [`. */
  let beforePrevious = "";
  /** Bracket depth of each open `aliases` array, and the current depth. */
  const aliasDepths: number[] = [];
  let brackets = 0;
  /** Brace depth at which each open template's `${` started. */
  const templates: number[] = [];
  let braces = 0;

  const push = (token: string) => {
    beforePrevious = previous;
    previous = token;
  };
  const next = () => {
    const c = source[i++]!;
    if (c === "\n") line++;
    return c;
  };

  /** Reads template text up to the closing backtick or the next `${`; returns the text and whether it ended. */
  const templateText = (): { text: string; ended: boolean } => {
    let text = "";
    while (i < source.length) {
      const c = next();
      if (c === "\\") {
        text += c + next();
      } else if (c === "`") {
        return { text, ended: true };
      } else if (c === "$" && source[i] === "{") {
        next();
        return { text: `${text}…`, ended: false };
      } else {
        text += c;
      }
    }
    return { text, ended: true };
  };
  /** The template literal being read: its text so far, start line, and alias flag. */
  const open: { text: string; line: number; alias: boolean }[] = [];

  while (i < source.length) {
    const c = source[i]!;
    const d = source[i + 1];
    if (c === "\n" || c === " " || c === "\t" || c === "\r") {
      next();
    } else if (c === "/" && d === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === "/" && d === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end === -1 ? source.length : end + 2;
      while (i < stop) next();
    } else if (c === '"' || c === "'") {
      const start = line;
      next();
      let text = "";
      while (i < source.length && source[i] !== c && source[i] !== "\n") text += source[i] === "\\" ? next() + next() : next();
      next();
      out.push({ text, line: start, alias: aliasDepths.length > 0 });
      push("0");
    } else if (c === "`") {
      const start = line;
      next();
      const part = templateText();
      if (part.ended) {
        out.push({ text: part.text, line: start, alias: aliasDepths.length > 0 });
        push("0");
      } else {
        open.push({ text: part.text, line: start, alias: aliasDepths.length > 0 });
        templates.push(braces);
        push("${");
      }
    } else if (c === "}" && templates.length > 0 && templates.at(-1) === braces) {
      next();
      templates.pop();
      const part = templateText();
      const current = open.at(-1)!;
      current.text += part.text;
      if (part.ended) {
        open.pop();
        out.push(current);
        push("0");
      } else {
        templates.push(braces);
        push("${");
      }
    } else if (c === "/" && startsRegex(previous)) {
      next();
      let inClass = false;
      while (i < source.length && source[i] !== "\n") {
        const r = next();
        if (r === "\\") next();
        else if (r === "[") inClass = true;
        else if (r === "]") inClass = false;
        else if (r === "/" && !inClass) break;
      }
      while (/[a-z]/.test(source[i] ?? "")) next();
      push("0");
    } else if (/[\w$]/.test(c)) {
      let word = "";
      while (i < source.length && /[\w$]/.test(source[i]!)) word += next();
      push(/^\d/.test(word) ? "0" : word);
    } else {
      next();
      if (c === "{") braces++;
      else if (c === "}") braces--;
      else if (c === "[") {
        brackets++;
        if (previous === ":" && beforePrevious === "aliases") aliasDepths.push(brackets);
      } else if (c === "]") {
        if (aliasDepths.at(-1) === brackets) aliasDepths.pop();
        brackets--;
      }
      push(c);
    }
  }
  return out;
}

/** A `/` after an operand (a name, a literal, `)` or `]`) divides; anywhere else it opens a regex. */
function startsRegex(previous: string): boolean {
  return REGEX_AFTER_WORDS.has(previous) || !/^[\w$)\]]/.test(previous.slice(-1));
}
