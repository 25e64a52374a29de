/**
 * Control characters are rejected where text enters: XML 1.0 forbids every C0 control but tab, line feed and
 * carriage return (a Word line break, U+000B, made the feeds invalid), and U+FFFE/U+FFFF are not characters.
 */

// Tab (U+0009), line feed (U+000A) and carriage return (U+000D, CRLF line ends) are allowed.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const NAMES: Record<number, string> = {
  0x00: 'null',
  0x08: 'backspace',
  0x0b: 'line tabulation, a Word manual line break',
  0x0c: 'form feed, a Word page break',
  0x1b: 'escape',
};

/** Describes the first forbidden character of a text, or returns undefined when there is none. */
export function findControlCharacter(text: string): string | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  return `contains the control character ${hex}${name ? ` (${name})` : ''}: delete it, or use a space or a line break`;
}

/** Every string in parsed front matter with a forbidden character, with its field path ("tags.1"). */
export function findControlCharactersInData(data: unknown, path: string[] = []): { field: string; message: string }[] {
  if (typeof data === 'string') {
    const message = findControlCharacter(data);
    return message ? [{ field: path.join('.'), message }] : [];
  }
  if (Array.isArray(data))
    return data.flatMap((item, index) => findControlCharactersInData(item, [...path, String(index)]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => [
      ...(findControlCharacter(key)
        ? [{ field: [...path, key].join('.'), message: 'name ' + findControlCharacter(key)! }]
        : []),
      ...findControlCharactersInData(value, [...path, key]),
    ]);
  }
  return [];
}

/** The first body line with a forbidden character (1-based), with the message. */
export function findControlCharacterInBody(body: string): { line: number; message: string } | undefined {
  const message = findControlCharacter(body);
  if (!message) return undefined;
  const index = FORBIDDEN.exec(body)!.index;
  return { line: body.slice(0, index).split('\n').length, message };
}

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const FORBIDDEN_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Cleans text on import, where it comes from Word or a scraped page: a vertical tab or a form feed (Word's line and
 * page breaks) becomes a line break, any other forbidden character a space. Returns the text and how many changed.
 */
export function cleanControlCharacters(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const cleaned = text.replace(FORBIDDEN_ALL, (char) => {
    replaced += 1;
    return char === '\u000B' || char === '\u000C' ? '\n' : ' ';
  });
  return { text: cleaned, replaced };
}
