/** The body of `## [version]` in a Keep a Changelog file, or undefined when it has none. */
export declare function releaseNotes(changelog: string, version: string): string | undefined;

export interface ReleasePlan {
  tag: string;
  version: string;
  prerelease: boolean;
  /** The major tag the release moves (v1); none for a pre-release. */
  majorTag: string | undefined;
  notes: string;
}

/** The release of `tag`; throws an Error that says what is wrong. */
export declare function releasePlan(tag: string, version: string, changelog: string): ReleasePlan;
