const MARKDOWN_SPECIAL = /[\\`*_[\]|#~<>&!()"'{}$]/g;

/**
 * Makes an untrusted string (metric, feature and group names, model names) render as plain text
 * in GitHub Markdown: no HTML, no links, no emphasis, no table breaks, and no @-mentions
 * (a zero-width space after "@" keeps `@org/team` from notifying anyone).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(MARKDOWN_SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/@/g, '@\u200b');
}
