/** Every warning code extract() can emit, with what it means. */
export const WARNING_CODES = {
  'unclosed-quote': 'A quotation mark opens and nothing closes it before the paragraph ends.',
  'missing-quote': 'A sentence announces a quote (it ends with a colon) but the quote is not in the text.',
  'duplicate-paragraph': 'A paragraph repeats an earlier one; nothing is extracted from the repeat.',
  'no-body': 'No paragraph of the text was recognised as article body.',
} as const;
export type WarningCode = keyof typeof WARNING_CODES;
