const MARKDOWN_SPECIAL = /[\\`*_[\]|#~<>&!()"'{}$]/g;

/**
 * Makes an untrusted string (metric, feature and group names, model names) render as plain text
 * in GitHub Markdown: no HTML, no links (nor autolinked addresses), no emphasis, no table breaks, no @-mentions and no
 * #-references (GitHub finds those in the rendered text, entities decoded, so a zero-width space
 * after "@" and "#" keeps `@org/team` from notifying anyone and `#123` from linking an issue).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n\t]+/g, ' ')
      .replace(MARKDOWN_SPECIAL, (ch) => `&#${ch.charCodeAt(0)};${ch === '#' ? '\u200b' : ''}`)
      .replace(/@/g, '@\u200b')
      // GitHub turns bare web addresses into links; a zero-width space keeps them text
      .replace(/:\/\//g, ':\u200b//')
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u200b.`)
  );
}

// Kept as they are inside a quoted mermaid label; every other printable ASCII character becomes
// its fullwidth twin (＜ ＂ ＃ ％ ＠ …), which reads the same but means nothing to mermaid, to
// its entity decoding (#60;), directives (%%{…}%%) or markdown strings (`…`), nor to HTML.
const MERMAID_PLAIN = /[A-Za-z0-9 _.,:/+()'!?=-]/;
const FULLWIDTH_OFFSET = 0xfee0;

/**
 * Makes an untrusted string safe as a double-quoted label in a mermaid diagram inside a fenced
 * code block: one line, no quote, nothing mermaid or HTML interprets, at most `maxLength` characters.
 */
export function escapeMermaid(text: string, maxLength = 40): string {
  const plain = text
    .replace(/[\p{C}\p{Z}\s]+/gu, ' ')
    .trim()
    .replace(/[\x21-\x7e]/g, (ch) => (MERMAID_PLAIN.test(ch) ? ch : String.fromCharCode(ch.charCodeAt(0) + FULLWIDTH_OFFSET)));
  const chars = [...plain];
  return chars.length <= maxLength ? plain : `${chars.slice(0, maxLength - 1).join('')}…`;
}
