/**
 * Paragraphs that are page furniture, not article. Matched against the paragraph's text folded to lowercase
 * with surrounding punctuation trimmed.
 */

/** A paragraph equal to one of these is boilerplate, and what follows it is a run of teasers for other stories. */
export const TEASER_MARKERS: readonly string[] = [
  'read more', 'read more stories', 'more stories', 'related', 'related stories', 'related articles',
  'related content', 'related news', 'related coverage', 'related posts', 'related reading', 'you may also like',
  'you might also like', 'recommended', 'recommended for you', 'recommended stories', 'more from this section',
  'trending', 'trending now', 'most read', 'most popular', 'popular now', 'also read', 'also on', 'latest news',
  'latest stories', 'more news', 'top stories', 'editor\'s picks', 'editors\' picks', 'don\'t miss', 'more on this story',
  'in other news', 'around the web', 'sponsored stories', 'what to read next', 'keep reading',
];

/** A paragraph equal to one of these is boilerplate on its own. */
export const BOILERPLATE_LINES: readonly string[] = [
  'advertisement', 'advertisements', 'ad', 'sponsored', 'sponsored content', 'share this article', 'share this story',
  'share this', 'share', 'share on facebook', 'share on twitter', 'tweet', 'email', 'print', 'comments',
  'sign up for our newsletter', 'subscribe to our newsletter', 'subscribe', 'subscribe now', 'sign up', 'log in',
  'skip to content', 'skip to main content', 'skip advertisement', 'story continues below advertisement',
  'article continues below', 'continue reading', 'continue reading below', 'scroll to continue with content',
  'click here', 'click to expand', 'listen to this article', 'play video', 'watch', 'loading', 'close',
  'back to top', 'follow us', 'follow us on twitter', 'follow us on facebook', 'support our journalism',
  'we want to hear from you', 'this article has been updated', 'topics', 'tags', 'see all newsletters',
];

/** A paragraph starting with one of these (lowercased) is boilerplate. */
export const BOILERPLATE_PREFIXES: readonly string[] = [
  '©', '(c) ', 'copyright ', 'all rights reserved', 'related:', 'read more:', 'read more at', 'read also:',
  'also read:', 'see also:', 'sign up for', 'sign up to', 'subscribe to', 'follow us on', 'follow @',
  'click here to', 'get the latest', 'get our newsletter', 'download our app', 'this story has been shared',
  'this material may not be published', 'more:', 'watch:', 'listen:', 'share this article', 'share this story',
  'join the conversation', 'have a news tip', 'got a news tip', 'contact the author', 'reporting by',
  'editing by', 'additional reporting by', 'write to ', 'for more information, contact', 'media contact',
  'media contacts', 'press contact', 'investor contact', 'our standards:', '(reporting by', '(editing by',
  '(additional reporting', 'news provided by', 'this interview has been edited', 'this article was amended',
  'this story has been updated', 'correction:', 'editor\'s note:', 'editors\' note:', 'follow us',
];

/** A paragraph containing one of these (lowercased) is boilerplate when it is short. */
export const BOILERPLATE_INFIXES: readonly string[] = [
  'all rights reserved', 'may not be published, broadcast, rewritten', 'cookie policy', 'privacy policy',
  'terms of use', 'terms of service', 'sign up for our', 'subscribe to our',
];

/** Headings after which the rest of a press release is furniture: "About Acme", "Forward-Looking Statements". */
export const TAIL_MARKERS: readonly string[] = [
  'forward-looking statements', 'forward looking statements', 'cautionary statement regarding forward-looking statements',
  'safe harbor statement', 'media contact', 'media contacts', 'press contact', 'investor contact', 'contacts',
  'contact', '###', '# # #', '-30-', 'source:', 'disclaimer',
];

/** Lines that caption a picture rather than tell the story. */
export const CAPTION_PREFIXES: readonly string[] = [
  'photo:', 'photograph:', 'image:', 'picture:', 'caption:', 'image caption', 'photo caption', '(photo',
  'photo by', 'photo courtesy', 'file photo', 'pictured:', 'video:', 'graphic:',
];
export const CAPTION_SUFFIXES: readonly string[] = [
  '(getty images)', '(reuters)', '/ getty images', '/getty images', '(ap photo)', '(afp)', 'getty images',
  '/ reuters', '/ap', '/ ap', '(file photo)', '(pa)', 'pa media', '(photo)',
];

/** Words that, in a byline, name a role rather than an author. */
export const BYLINE_ROLE_WORDS: readonly string[] = [
  'reporter', 'correspondent', 'editor', 'writer', 'staff', 'contributor', 'columnist', 'journalist', 'producer',
  'bureau', 'chief', 'senior', 'local', 'democracy', 'political', 'business', 'technology', 'science', 'health',
  'sports', 'sport', 'news', 'desk', 'team', 'wire', 'associated', 'press', 'reuters', 'afp', 'agency', 'service',
  'special', 'to', 'the', 'for', 'in', 'at', 'of', 'international', 'national', 'affairs', 'analyst', 'and',
  'digital', 'deputy', 'economics', 'environment', 'climate', 'global', 'investigations', 'investigative',
  'data', 'video', 'photographer', 'updated', 'published',
];
