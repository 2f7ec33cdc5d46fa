// Left only for src/action/main.ts, which still calls truncateComment(renderMarkdown(report), SUMMARY_LIMIT):
// renderMarkdown fits the job summary itself now (fit.ts). Delete this file once main.ts calls renderMarkdown(report) alone.

/** `body`, which renderMarkdown already fitted to `limit`. */
export function truncateComment(body: string, limit: number): string {
  if (body.length > limit) throw new RangeError(`a report of ${body.length} characters, over the limit of ${limit}: render it with fit()`);
  return body;
}
