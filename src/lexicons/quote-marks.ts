/** Quotation marks: which characters open, which close, and which do both. */
export const DOUBLE_OPEN = ['\u201c', '\u201e', '\u00ab', '\u201f', '\u300c'] as const; // “ „ « ‟ 「
export const DOUBLE_CLOSE = ['\u201d', '\u00bb', '\u300d'] as const; // ” » 」
export const SINGLE_OPEN = ['\u2018', '\u201a', '\u2039'] as const; // ‘ ‚ ‹
export const SINGLE_CLOSE = ['\u2019', '\u203a'] as const; // ’ ›
/** Straight marks open or close by where they stand. */
export const DOUBLE_EITHER = ['"'] as const;
export const SINGLE_EITHER = ["'"] as const;
/** Guillemets may close with the mirrored mark in some languages: »text« (rare in English news; not paired). */
