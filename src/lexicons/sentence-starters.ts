/**
 * Words for the sentence splitter's ambiguous cases, lowercase.
 *
 * After an initialism or an initial ("in the U.S. How ...", "Plan B. The ..."), a capitalised word starts a new
 * sentence only when it is a typical sentence opener: a closed-class word (pronoun, determiner, quantifier,
 * conjunction, preposition, wh-word, common adverb) or one of the plural nouns that open news sentences. Any other
 * capitalised word is taken as the rest of a name ("U.S. Senate", "J. R. R. Tolkien").
 */
export const SENTENCE_STARTERS: readonly string[] = [
  // pronouns and determiners
  'i', 'i\'m', 'i\'ve', 'i\'d', 'i\'ll', 'you', 'he', 'she', 'it', 'it\'s', 'we', 'they', 'he\'s', 'she\'s', 'we\'re',
  'they\'re', 'there\'s', 'that\'s', 'me', 'him', 'her', 'them', 'my', 'your', 'his', 'its', 'our', 'their',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'such',
  // quantifiers
  'all', 'any', 'both', 'each', 'every', 'either', 'neither', 'no', 'none', 'nobody', 'nothing', 'some', 'someone',
  'something', 'many', 'much', 'more', 'most', 'few', 'fewer', 'less', 'several', 'other', 'others', 'another',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
  'millions', 'billions', 'half', 'everyone', 'everybody', 'everything', 'anyone', 'nearly', 'almost', 'about',
  // conjunctions and wh-words
  'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'whereas', 'although', 'though', 'because', 'since',
  'unless', 'until', 'after', 'before', 'as', 'once', 'what', 'who', 'whom', 'whose', 'which', 'where', 'why', 'how',
  // prepositions
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'without', 'of', 'during', 'under', 'over', 'among',
  'between', 'against', 'despite', 'through', 'into', 'within', 'across', 'around', 'following', 'according',
  // adverbs and discourse words
  'however', 'meanwhile', 'still', 'also', 'then', 'now', 'later', 'earlier', 'today', 'yesterday', 'tomorrow',
  'instead', 'indeed', 'thus', 'therefore', 'moreover', 'furthermore', 'finally', 'first', 'second', 'third',
  'last', 'next', 'even', 'only', 'just', 'not', 'never', 'always', 'often', 'sometimes', 'perhaps', 'maybe',
  'already', 'again', 'nevertheless', 'nonetheless', 'otherwise', 'overall', 'currently', 'previously',
  'recently', 'separately', 'similarly', 'likewise', 'ultimately', 'yes', 'well', 'do', 'does', 'did', 'is', 'are',
  'was', 'were', 'has', 'have', 'had', 'can', 'could', 'would', 'should', 'might', 'must', 'let',
  // plural nouns that open news sentences
  'officials', 'police', 'authorities', 'experts', 'critics', 'analysts', 'investors', 'residents', 'witnesses',
  'people', 'researchers', 'scientists', 'doctors', 'voters', 'lawmakers', 'prosecutors', 'investigators',
  'protesters', 'supporters', 'opponents', 'shares', 'prices', 'sales', 'stocks', 'markets',
];

/**
 * Prepositions that open a fronted phrase ("At 5 a.m. Mr. Smith went ..."): a sentence made only of such a short
 * phrase ending in an abbreviation does not end there.
 */
export const FRONTING_PREPOSITIONS: readonly string[] = [
  'at', 'by', 'on', 'in', 'from', 'until', 'till', 'before', 'after', 'around', 'about', 'since', 'for', 'near',
  'like', 'with', 'under', 'per', 'circa', 'as',
];

