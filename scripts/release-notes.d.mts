/** The body of `## [version]` in a Keep a Changelog file, or undefined when it has none. */
export declare function releaseNotes(changelog: string, version: string): string | undefined;
