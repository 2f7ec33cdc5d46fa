// Hiding our comment once the gates pass, and showing it again when they fail. The REST API cannot
// do either: GitHub's GraphQL API does, with minimizeComment and unminimizeComment on the comment's
// node id (the REST answers' `node_id`).

type Octokit = InstanceType<typeof import('@actions/github/lib/utils').GitHub>;

/** `hide`: minimized as resolved, as a person would mark a review remark that was dealt with; `show`: not minimized. */
export type Visibility = 'hide' | 'show';

/** What a call changed: the comment was hidden or shown again; undefined when it already was as asked. */
export type VisibilityChange = 'hidden' | 'unhidden' | undefined;

/** GitHub's ReportedContentClassifiers value for a comment that was dealt with. */
export const HIDE_CLASSIFIER = 'RESOLVED';

const IS_MINIMIZED = 'query($id: ID!) { node(id: $id) { ... on Minimizable { isMinimized } } }';
const MINIMIZE =
  'mutation($id: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: {subjectId: $id, classifier: $classifier}) { minimizedComment { isMinimized } } }';
const UNMINIMIZE = 'mutation($id: ID!) { unminimizeComment(input: {subjectId: $id}) { unminimizedComment { isMinimized } } }';

/**
 * Hides or shows the comment with node id `nodeId`. It asks first whether the comment is hidden, so a
 * comment already as asked is left alone, and one a person hid is shown again only when the gates fail.
 */
export async function setVisibility(octokit: Octokit, nodeId: string, visibility: Visibility): Promise<VisibilityChange> {
  const state = await octokit.graphql<{ node?: { isMinimized?: unknown } | null }>(IS_MINIMIZED, { id: nodeId });
  const hidden = state.node?.isMinimized;
  if (typeof hidden !== 'boolean') throw new Error(`GitHub's answer does not say whether comment ${nodeId} is hidden`);
  if (visibility === 'hide') {
    if (hidden) return undefined;
    await octokit.graphql(MINIMIZE, { id: nodeId, classifier: HIDE_CLASSIFIER });
    return 'hidden';
  }
  if (!hidden) return undefined;
  await octokit.graphql(UNMINIMIZE, { id: nodeId });
  return 'unhidden';
}
