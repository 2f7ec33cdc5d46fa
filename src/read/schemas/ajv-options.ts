/**
 * Options for the ahead-of-time compiled validators. `verbose` keeps the failing value and schema
 * in each error so messages can say what was found; `unicode: false` measures string lengths
 * in UTF-16 units, which keeps the generated code free of runtime helpers.
 */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false, unicode: false, inlineRefs: false } as const;
