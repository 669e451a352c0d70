/** The text of `whosaid --help`; `cores` is the default number of worker threads. */
export function helpText(cores: number): string {
  return `whosaid: who said what, and which numbers it asserts, in news articles given as plain text.

Usage
  whosaid [options] [FILE ...]           analyse plain-text articles (no FILE, or -, reads stdin)
  whosaid --jsonl [options] [FILE ...]   a filter: one JSON article a line in, one result a line out

Output
  One file (or stdin): the analysis, one JSON object.
  Several files: one JSON object per file, in the order given, each on its own line (each indented with
    --pretty): {"file": PATH, "analysis": {...}}, or {"file": PATH, "error": {"code", "message"}} when a
    file could not be analysed (the others still are).
  --jsonl: each input line is {"id": ..., "text": "...", "publishedAt": "YYYY-MM-DD", ...other fields}.
    Each gives exactly one output line, in input order: {"id", ...other fields, "analysis": {...}} ("text" is
    not copied back), or, when the line cannot be analysed, {"id", ...other fields, "error": {"code", "line",
    "message"}} and the run goes on. Codes: invalid_json, not_an_object, missing_text, text_not_string,
    line_too_long (over 256 MiB), extract_failed, worker_failed, timed_out. Blank lines are skipped: they give no
    output line. Input is streamed: a run over any number of lines holds only a few articles in memory.
  Text is read as UTF-8 (invalid bytes become U+FFFD, a byte order mark is kept in files); offsets are
  JavaScript string indexes into that text.

Options
  --jsonl               JSON Lines mode (above)
  -w, --workers N       worker threads (default: the number of cores, here ${cores}); 0 runs on the main thread.
                        Output order never depends on N.
  -p, --pretty          indent the JSON (not with --jsonl)
  --html FILE           write the article's HTML view (quotes by speaker, claims, entities) to FILE instead
                        of JSON; one input file or stdin
  --published-at DATE   publication date (YYYY-MM-DD) for articles that carry none; it resolves "on Monday"
  --max-chars N         longest text accepted, in characters (default 10000000); longer ones fail
  --timeout SECONDS     give up on an article after this long (error code timed_out) and go on. Applies
                        on worker threads (--jsonl, several files), not with --workers 0. Default: no limit
  --recycle N           replace each worker thread after N articles, giving back the memory it keeps
                        between articles (default 20000; 0: never)
  --no-progress         no progress bar (one is drawn on stderr only when stderr is a terminal)
  -h, --help            this help
  -V, --version         the version

Exit status
  0  every article was analysed
  1  at least one article or line failed (its error record says why; the others were analysed)
  2  usage error: unknown option, missing file, a directory. Nothing was analysed.

Examples
  whosaid story.txt --pretty
  whosaid --html story.html story.txt
  curl -s https://example.org/story.txt | whosaid --published-at 2026-02-18 > story.json
  whosaid corpus/*.txt > results.jsonl
  whosaid --jsonl < articles.jsonl > results.jsonl
  jq -c '{id, text, publishedAt: .date}' feed.jsonl | whosaid --jsonl | jq -c '{id, quotes: .analysis.quotes}'
  parallel --pipe -k --block 20M whosaid --jsonl --workers 1 < big.jsonl > results.jsonl
  hadoop jar hadoop-streaming.jar -input articles/ -output results/ -numReduceTasks 0 \\
    -mapper 'whosaid --jsonl --workers 1'
  spark: rdd.pipe("whosaid --jsonl --workers 1")
`;
}
