/*
 * store.h: the parallax database (SQLite), the only module that speaks SQL.
 *
 * One struct store is one connection to one database file.  Everything the
 * engine and the reader keep lives here: articles (metadata, the original
 * bytes, content sentences with their byte offsets and a full-text index),
 * recurring lines (page furniture seen across articles), the candidate
 * index of the alignment engine (terms and postings), sentence pairs,
 * claims, conflicts, stories and the editors' verdicts.
 *
 * Conventions (as in px.h):
 * - Functions return 0 on success and -1 on failure with *cause set to a
 *   malloc'd one-line message (cause may be NULL).
 * - Ids are int64_t; 0 is never a valid id and means "none" wherever an id
 *   is optional (an article's story, a query's filter).
 * - Functions that return arrays set *out to a new array of *n elements
 *   (NULL when *n is 0) that the caller releases with the matching
 *   store_*s_free(array, n); single structs are released with store_*_free.
 *   Every free function accepts NULL.  Strings in returned structs are
 *   owned by the struct.
 * - Lookups of one item by id or hash return 0 with *out = NULL (or *id = 0)
 *   when there is no such item: "not found" is not an error.
 * - The _each functions stream rows to a callback without building an
 *   array: fn returns 0 to go on, non-zero to stop (the _each function then
 *   returns that value).  The struct passed to fn is valid only during the
 *   call.  Callbacks may call any read function of the same store.
 * - Writes outside store_begin()/store_commit() are each their own
 *   transaction (slow for bulk work: group them).
 * - The store is not thread-safe: one thread per struct store.  Several
 *   processes may share a database (WAL: readers never block the writer).
 */
#ifndef PX_STORE_H
#define PX_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"

struct store;

/*
 * The schema version this build creates and upgrades to.  Version 1 made
 * every table; version 2 added articles.size; version 3 (renumber when
 * merging) indexes pairs with their relation from either sentence;
 * version 9 lists the articles waiting for alignment.  store_open()
 * upgrades older databases one step at a time in one transaction.
 */
#define STORE_SCHEMA_VERSION	10

/* store_open() flags. */
#define STORE_CREATE	0x1	/* create the file (not its directory) */
#define STORE_READONLY	0x2	/* never write; works on a read-only file */
#define STORE_BULK	0x4	/* a command that writes much (import,
				   align): a large page cache, rarer
				   checkpoints and no foreign-key checks
				   (the engine's writes keep them) */

/*
 * Open the database at path.  Without STORE_CREATE a missing file is an
 * error.  A file that is not an SQLite database, a database made by a newer
 * parallax, or (without STORE_READONLY) a file that cannot be written gives
 * a clear cause and leaves the file untouched.  Opening for writing upgrades
 * an older schema (in one transaction); opening read-only an older schema
 * is refused with a cause asking for a writable open first.  Read-only
 * opens work on files and directories we cannot write (a WAL database
 * whose -shm cannot be created is then read immutable, provided no -wal
 * file holds changes).
 */
int store_open(const char *path, int flags, struct store **out,
    char **cause);
void store_close(struct store *st);

/*
 * Create a new database file at an older schema version (1 ..
 * STORE_SCHEMA_VERSION): the migration tests use it to make the databases
 * an older parallax made.  path must not exist.
 */
int store_create_at_version(const char *path, int version, char **cause);

/*
 * A writer about to read much of the file (an import past its first batch,
 * align): map as much of it as SQLite allows (2 GiB in Debian's build)
 * instead of a read per page.  Not at open: a fault on a mapped page reads
 * the device's whole read-ahead window (8 MB on the benchmark machine), so
 * one article imported into a cold 100k database read 866 MB through the
 * map and 10 MB without it.  The mapped pages count in the process's
 * memory.
 */
int store_map(struct store *st, char **cause);

/* The path given to store_open (owned by the store). */
const char *store_path(const struct store *st);

/* The schema version of the open database (PRAGMA user_version). */
int store_schema_version(struct store *st, int *version, char **cause);

/*
 * Transactions.  store_begin() is BEGIN IMMEDIATE (takes the write lock at
 * once, retried while another process holds it, up to the busy timeout).
 * Not nestable: a second begin while one is open is an error.
 * store_rollback() undoes everything since begin and never fails in a way
 * the caller can act on (it returns nothing).
 */
int store_begin(struct store *st, char **cause);
/*
 * The same for a batch of units of work (articles of an import) that is
 * kept or dropped whole: the units inside take no savepoints of their own
 * (FTS5 flushes its index at each, half of its cost), so a unit that
 * fails after writing leaves the batch unfit to commit: store_commit()
 * then rolls it back and fails.  The caller rolls back on any failure.
 */
int store_begin_batch(struct store *st, char **cause);
int store_commit(struct store *st, char **cause);
void store_rollback(struct store *st);
int store_in_transaction(const struct store *st);

/*
 * A read snapshot: every read until store_read_end() sees the database as
 * it was when the first one ran, whatever other processes commit (an
 * export stays consistent).  Not while store_begin() is open.
 */
int store_read_begin(struct store *st, char **cause);
void store_read_end(struct store *st);

/*
 * A number that changes when another connection (another process) commits
 * to the database: poll it to notice that a view must be reloaded.
 */
int store_data_version(struct store *st, int64_t *version, char **cause);

/* --- articles --------------------------------------------------------- */

struct store_article {
	int64_t		 id;
	char		*path;		/* as given to import; NULL for stdin */
	char		*outlet;	/* or NULL */
	char		*title;		/* or NULL */
	char		*date;		/* "YYYY-MM-DD" or NULL */
	int		 month_day;	/* without a date: MMDD or 0 */
	char		*dateline;	/* or NULL */
	char		**cites;	/* ncites strings */
	size_t		 ncites;
	int64_t		 story;		/* 0: none yet */
	char		 hash[65];	/* SHA-256 of the original, hex */
	int		 encoding;	/* enum article_encoding */
	char		*imported_at;	/* "YYYY-MM-DDTHH:MM:SSZ" */
	size_t		 nsentences;
	size_t		 size;		/* bytes of the original */
};

/*
 * Add a parsed article with its original bytes (raw, len) and their
 * SHA-256 hex (util_sha256_hex).  Stores the article, its cites and its
 * sentences (indexed for full-text search).  Fails (cause "already
 * present") if an article with that hash exists: check with
 * store_article_by_hash() first.  path NULL means standard input.
 */
int store_article_add(struct store *st, const struct article *a,
    const char *path, const void *raw, size_t len, const char *hash,
    int64_t *id, char **cause);

/* The id of the article with that content hash, or *id = 0. */
int store_article_by_hash(struct store *st, const char *hash, int64_t *id,
    char **cause);

/* One article without its sentences; *out = NULL when there is none. */
int store_article_get(struct store *st, int64_t id,
    struct store_article **out, char **cause);
void store_article_free(struct store_article *a);

/*
 * An article's story (0: none), date (*date malloc'd, NULL when it has
 * none; the caller frees) and, when month_day is not NULL, the MMDD of a
 * date printed without its year (0: none), read from the row alone:
 * *story = -1 when there is no such article.
 */
int store_article_story(struct store *st, int64_t id, int64_t *story,
    char **date, int *month_day, char **cause);

/* The original bytes, exactly as imported: *data (malloc'd, caller frees,
 * NUL-terminated for convenience) and *len.  *data = NULL if no article. */
int store_article_raw(struct store *st, int64_t id, char **data,
    size_t *len, char **cause);

/* Number of articles, all (story 0) or of one story. */
int store_article_count(struct store *st, int64_t story, int64_t *n,
    char **cause);

/* Put an article into a story (story 0: into none). */
int store_article_set_story(struct store *st, int64_t article,
    int64_t story, char **cause);

/*
 * A page of articles, keyset-paged so that any page costs the same on a
 * million rows (no table scan, no OFFSET):
 * - order STORE_BY_ID: by id; rows after (id > from) or, with backward,
 *   before (id < from; from 0 = from the end) the key, returned in the
 *   direction of travel (backward pages come newest id first).
 * - order STORE_BY_DATE: newest printed date first (undated last), then
 *   id; from_date/from (the last row of the previous page; from 0 = first
 *   page) continue after that row.  Used inside a story.
 * story != 0 restricts to one story.  *out is an array of *n articles
 * (cites filled, no sentences), freed with store_articles_free().
 */
enum store_order {
	STORE_BY_ID = 0,
	STORE_BY_DATE
};

struct store_page {
	enum store_order	 order;
	int64_t			 story;		/* 0: all articles */
	int64_t			 from;		/* key: last id seen, or 0 */
	const char		*from_date;	/* STORE_BY_DATE: its date */
	int			 backward;	/* STORE_BY_ID only */
	size_t			 limit;		/* rows wanted (> 0) */
};

int store_articles_page(struct store *st, const struct store_page *q,
    struct store_article **out, size_t *n, char **cause);
void store_articles_free(struct store_article *a, size_t n);

/* Every article in id order (for export), no sentences. */
int store_articles_each(struct store *st,
    int (*fn)(void *arg, const struct store_article *a), void *arg,
    char **cause);

/* --- sentences -------------------------------------------------------- */

struct store_sentence {
	int64_t		 id;
	int64_t		 article;
	size_t		 idx;		/* 0-based, reading order */
	char		*text;
	size_t		 start, end;	/* byte offsets in the original */
	int		 is_title;
};

/* The sentences of an article in reading order. */
int store_sentences(struct store *st, int64_t article,
    struct store_sentence **out, size_t *n, char **cause);
void store_sentences_free(struct store_sentence *s, size_t n);

/* One sentence by id; *out = NULL if there is none. */
int store_sentence_get(struct store *st, int64_t id,
    struct store_sentence **out, char **cause);
void store_sentence_free(struct store_sentence *s);

/*
 * Number of sentences in the database (the N of idf): the highest id, as
 * sentences are only ever added with dense ids (a rolled-back batch hands
 * its ids out again); count(*) would read the whole table (60 ms at
 * 2 million sentences), this one index step.
 */
int store_sentence_count(struct store *st, int64_t *n, char **cause);

/* --- full-text search ------------------------------------------------- */

/* Snippet highlight markers (control characters; never in clean text). */
#define STORE_MARK_ON	"\002"
#define STORE_MARK_OFF	"\003"

struct store_hit {
	int64_t		 article;
	int64_t		 sentence;	/* sentence id */
	size_t		 idx;		/* sentence index in its article */
	char		*outlet;	/* or NULL */
	char		*title;		/* or NULL */
	char		*text;		/* the whole sentence */
	char		*snippet;	/* a window, matches between MARKs */
	double		 rank;		/* bm25: lower is better */
};

/*
 * Search sentences for the user's query, best first (bm25), rows
 * [offset, offset + limit).  The query is the user's words, not FTS5
 * syntax: each word is matched as is (any punctuation is safe), all words
 * must occur; "double quoted words" match as a phrase; a word ending in *
 * matches as a prefix; OR between two words or phrases means either.  An
 * unbalanced quote or an empty query is an error with a clear cause.
 */
int store_search(struct store *st, const char *query, size_t offset,
    size_t limit, struct store_hit **out, size_t *n, char **cause);
void store_hits_free(struct store_hit *h, size_t n);

/* The FTS5 query store_search() runs for a user query (exposed for the
 * tests); NULL with *cause on an unbalanced quote or no words. */
char *store_search_query(const char *query, char **cause);

/* --- recurring lines -------------------------------------------------- */

/*
 * How many articles contained a line (its clean text), for
 * article_ctx.recurring (whose signature it has: arg is the struct store).
 * Returns 0 on any error.
 */
long store_line_count(void *arg, const char *line);

/* Count one more article containing each of the n lines. */
int store_lines_add(struct store *st, const char *const *lines, size_t n,
    char **cause);

/* --- candidate index (terms and postings) ----------------------------- */

/*
 * Count `count` more sentences containing term (normalised by the
 * caller) and index n of them, sentences[], under it (a sentence already
 * indexed under the term is not counted again).  The engine indexes only
 * the rare terms' sentences but counts every term: df is the number of
 * sentences with the term, postings may stop at any df.  Inside the
 * caller's transaction a failure may leave part of it written: roll the
 * transaction back.
 */
int store_term_add(struct store *st, const char *term, int64_t count,
    const int64_t *sentences, size_t n, char **cause);

/*
 * The same with the term's row id: *id, when not 0, is what
 * store_term_get() or an earlier call gave (checked against the term, so
 * a stale one only costs the search by text); *id gets the term's id.
 */
int store_term_put(struct store *st, int64_t *id, const char *term,
    int64_t count, const int64_t *sentences, size_t n, char **cause);

/*
 * The tokens of a sentence as tokens_encode() made them: put (replacing
 * any), and get: *data (malloc'd, the caller frees; NULL when the sentence
 * has none stored), its size and the sentence's article.
 */
int store_tokens_put(struct store *st, int64_t sentence, int64_t article,
    const void *data, size_t len, char **cause);
int store_tokens_get(struct store *st, int64_t sentence, int64_t *article,
    unsigned char **data, size_t *len, char **cause);

/* The df of a term (0 if unknown); store_term_get() also gives its row
 * id (0 if unknown). */
int store_term_df(struct store *st, const char *term, int64_t *df,
    char **cause);
int store_term_get(struct store *st, const char *term, int64_t *id,
    int64_t *df, char **cause);

/* The sentences indexed under a term, ascending ids, at most limit (0: all);
 * *out (caller frees with free()) has *n ids. */
int store_postings(struct store *st, const char *term, size_t limit,
    int64_t **out, size_t *n, char **cause);

/*
 * The time index (align.c): sentences under (term, week) keys.  A key is
 * store_week_key(): 62 bits, the week in the high 20 and a hash of the
 * term in the low 42, so that the keys of one week are neighbours in the
 * table (stable: changing it needs a migration; two terms that collide
 * only share candidates).  One row per key: how many sentences were
 * indexed under it (its df) and their ids, which stop once the key is
 * common.  store_week_add() counts `count` more sentences and appends
 * ids[0, n) (ascending, newer than any before, n <= count);
 * store_week_df() gives the count; store_week_postings() every id,
 * ascending (*out: the caller frees).
 */
int64_t store_week_key(const char *term, int32_t week);
int store_week_add(struct store *st, int64_t key, int64_t count,
    const int64_t *ids, size_t n, char **cause);
int store_week_df(struct store *st, int64_t key, int64_t *df, char **cause);
int store_week_postings(struct store *st, int64_t key, int64_t **out,
    size_t *n, char **cause);

/* --- pairs ------------------------------------------------------------ */

enum store_relation {
	STORE_SAME = 0,		/* report the same fact */
	STORE_SIMILAR,		/* overlapping, partial, related */
	STORE_CONFLICT		/* incompatible values, or a denial */
};

/* "same", "similar", "conflict"; and back (-1 if unknown). */
const char *store_relation_name(enum store_relation r);
int store_relation_parse(const char *s, enum store_relation *r);

struct store_pair {
	int64_t			 id;
	int64_t			 a, b;		/* sentence ids, a < b */
	enum store_relation	 relation;
	double			 score;		/* [0, 1] */
};

/*
 * Record that sentences a and b are related (order does not matter: the
 * store keeps a < b).  Putting an existing pair again updates its relation
 * and score and keeps its id.  a == b is an error.  id may be NULL when the
 * caller does not need the pair's id (it saves a lookup on an update).
 */
int store_pair_put(struct store *st, int64_t a, int64_t b,
    enum store_relation relation, double score, int64_t *id, char **cause);

/* The pair of two sentences, *out = NULL if none (arrays: free()). */
int store_pair_get(struct store *st, int64_t a, int64_t b,
    struct store_pair **out, char **cause);

/* Pairs with one sentence in each of two articles (the same article twice:
 * pairs inside it), ordered by a then b.  *out: free(). */
int store_pairs_between(struct store *st, int64_t article_a,
    int64_t article_b, struct store_pair **out, size_t *n, char **cause);

/* How many pairs join an article's sentences to other articles'
 * sentences, by relation: counts[enum store_relation].  Counts only: the
 * story view asks for the articles it shows. */
int store_pairs_counts(struct store *st, int64_t article, int64_t counts[3],
    char **cause);

/*
 * The conflict pairs of score 1 (as the engine stores them) whose first
 * sentence is in a story's articles: *ab gets a, b of each in turn (2 * *n
 * ids; free()).  The engine reads them once per story to know which of
 * the story's conflict pairs need not be put again.
 */
int store_conflict_pairs_of_story(struct store *st, int64_t story,
    int64_t **ab, size_t *n, char **cause);

/* Pairs with a sentence in an article (with any article, itself
 * included), ordered by a then b.  *out: free(). */
int store_pairs_of_article(struct store *st, int64_t article,
    struct store_pair **out, size_t *n, char **cause);

/* Pairs one sentence is part of.  *out: free(). */
int store_pairs_of_sentence(struct store *st, int64_t sentence,
    struct store_pair **out, size_t *n, char **cause);

/* Every pair in id order (for export). */
int store_pairs_each(struct store *st,
    int (*fn)(void *arg, const struct store_pair *p), void *arg,
    char **cause);

/* --- claims ----------------------------------------------------------- */

struct store_claim {
	int64_t		 id;
	int64_t		 sentence;
	int64_t		 article;	/* filled on read */
	char		*kind;		/* "killed", "venue", ... */
	char		*subject;	/* or NULL */
	int		 has_num;	/* value_num is set */
	double		 value_num;	/* counts (the low end of a range) */
	double		 value_high;	/* the high end; <= value_num: none */
	char		*value_text;	/* other values, or NULL */
	int		 approx;	/* hedged figure */
	char		*hedge;		/* "at least", "about", or NULL */
	char		*source;	/* who made the claim, or NULL */
};

/* Add a claim (c->id and c->article are ignored). */
int store_claim_add(struct store *st, const struct store_claim *c,
    int64_t *id, char **cause);

/* Claims of one article, of one story (its articles'), by sentence then
 * id.  Freed with store_claims_free(). */
int store_claims_of_article(struct store *st, int64_t article,
    struct store_claim **out, size_t *n, char **cause);
int store_claims_of_story(struct store *st, int64_t story,
    struct store_claim **out, size_t *n, char **cause);
void store_claims_free(struct store_claim *c, size_t n);

/* Every claim in id order. */
int store_claims_each(struct store *st,
    int (*fn)(void *arg, const struct store_claim *c), void *arg,
    char **cause);

/* --- conflicts -------------------------------------------------------- */

struct store_conflict {
	int64_t		 id;
	int64_t		 story;		/* 0: not in a story */
	char		*kind;
	char		*subject;	/* or NULL */
	char		*reason;	/* one line for the editor, or NULL */
	int64_t		*claims;	/* nclaims claim ids, ascending */
	size_t		 nclaims;
};

/* Add a conflict and its claims (c->id ignored). */
int store_conflict_add(struct store *st, const struct store_conflict *c,
    int64_t *id, char **cause);

/* Conflicts of one story (story 0: all), by id. */
int store_conflicts_of_story(struct store *st, int64_t story,
    struct store_conflict **out, size_t *n, char **cause);
void store_conflicts_free(struct store_conflict *c, size_t n);

/* Every conflict in id order, with its claims. */
int store_conflicts_each(struct store *st,
    int (*fn)(void *arg, const struct store_conflict *c), void *arg,
    char **cause);

/* --- stories ---------------------------------------------------------- */

struct store_story {
	int64_t		 id;
	char		*title;		/* or NULL */
	char		*first_date;	/* "YYYY-MM-DD" or NULL */
	char		*last_date;	/* or NULL */
	/* Filled on read: */
	char		**outlets;	/* distinct outlets, sorted */
	size_t		 noutlets;
	int64_t		 narticles;
	int64_t		 nconflicts;
};

/* Insert (s->id == 0: *id gets the new id) or update a story's title and
 * dates. */
int store_story_put(struct store *st, const struct store_story *s,
    int64_t *id, char **cause);

/* One story with its counts, *out = NULL if none. */
int store_story_get(struct store *st, int64_t id, struct store_story **out,
    char **cause);
/* The same without outlets and counts (title and dates: what the engine
 * needs for every article, which a story of thousands would make slow). */
int store_story_head(struct store *st, int64_t id, struct store_story **out,
    char **cause);
void store_story_free(struct store_story *s);

/* Stories newest first (last_date, undated last, then id descending),
 * rows [offset, offset + limit), with outlets and counts. */
int store_stories_page(struct store *st, size_t offset, size_t limit,
    struct store_story **out, size_t *n, char **cause);
void store_stories_free(struct store_story *s, size_t n);

/*
 * The same order keyset-paged, so that a page costs the same anywhere in
 * a million stories: up to limit stories after the row key (the last one
 * of the previous page; NULL: from the top) or, with backward, before it
 * (NULL: from the bottom), in the direction of travel (backward pages
 * come nearest first, so reversed from the list order).
 */
int store_stories_next(struct store *st, const struct store_story *key,
    int backward, size_t limit, struct store_story **out, size_t *n,
    char **cause);

int store_story_count(struct store *st, int64_t *n, char **cause);

/* --- for the alignment engine (store-align.c) ------------------------- */

/* Move every article of story from into story to. */
int store_story_move(struct store *st, int64_t from, int64_t to,
    char **cause);

/* Drop the conflicts of a story (before computing them again). */
int store_story_conflicts_clear(struct store *st, int64_t story,
    char **cause);

/* Drop a story and its conflicts; its articles are left in no story. */
int store_story_delete(struct store *st, int64_t story, char **cause);

/* Give conflict id a new reason and claims (it keeps its id). */
int store_conflict_update(struct store *st, int64_t id, const char *reason,
    const int64_t *claims, size_t n, char **cause);

/* Drop one conflict. */
int store_conflict_delete(struct store *st, int64_t id, char **cause);

/*
 * Articles waiting for alignment: those imported with alignment deferred
 * (`import --no-align`), in id order, until `align --pending` aligns
 * them.  store_pending_add() marks one, store_pending_done() unmarks one,
 * store_pending_clear() unmarks all (everything is aligned again).
 * store_pending_ids() gives at most max ids (0: all) in id order, in a
 * new array the caller frees (NULL when there are none).
 */
int store_pending_add(struct store *st, int64_t article, char **cause);
int store_pending_done(struct store *st, int64_t article, char **cause);
int store_pending_clear(struct store *st, char **cause);
int store_pending_count(struct store *st, int64_t *n, char **cause);
/* The sentences of the articles waiting (not in the candidate index). */
int store_pending_sentences(struct store *st, int64_t *n, char **cause);
int store_pending_ids(struct store *st, size_t max, int64_t **ids,
    size_t *n, char **cause);

/* --- derived data ----------------------------------------------------- */

#define STORE_CLEAR_INDEX	0x1	/* also terms and postings */

/*
 * Forget what the engine derived (pairs, claims, conflicts, stories, the
 * articles' story; with STORE_CLEAR_INDEX the candidate index) before a new
 * `parallax align`.  Articles, sentences, lines and verdicts stay (verdicts
 * are history; they name targets by id).
 */
int store_clear_derived(struct store *st, int flags, char **cause);

/* --- verdicts --------------------------------------------------------- */

enum store_target {
	STORE_TARGET_PAIR = 0,
	STORE_TARGET_CLAIM,
	STORE_TARGET_CONFLICT
};

/* "pair", "claim", "conflict"; and back (-1 if unknown). */
const char *store_target_name(enum store_target t);
int store_target_parse(const char *s, enum store_target *t);

struct store_verdict {
	int64_t			 id;
	enum store_target	 target;
	int64_t			 target_id;
	char			*verdict;	/* "confirmed", "disputed", ... */
	char			*note;		/* or NULL */
	char			*editor;
	char			*time;		/* "YYYY-MM-DDTHH:MM:SSZ" */
};

/*
 * Append a verdict (the time is now, UTC).  Verdicts are never changed or
 * deleted: the current state of an item is its latest verdict.
 */
int store_verdict_add(struct store *st, enum store_target target,
    int64_t target_id, const char *verdict, const char *note,
    const char *editor, int64_t *id, char **cause);

/* The history of one item, oldest first. */
int store_verdicts_of(struct store *st, enum store_target target,
    int64_t target_id, struct store_verdict **out, size_t *n, char **cause);
void store_verdicts_free(struct store_verdict *v, size_t n);

/* The latest verdict of one item, *out = NULL if none. */
int store_verdict_latest(struct store *st, enum store_target target,
    int64_t target_id, struct store_verdict **out, char **cause);
void store_verdict_free(struct store_verdict *v);

/* The latest verdict of every item of one kind that has any, by
 * target_id: the current state of all pairs (claims, conflicts). */
int store_verdicts_latest(struct store *st, enum store_target target,
    struct store_verdict **out, size_t *n, char **cause);

/* Every verdict, oldest first. */
int store_verdicts_each(struct store *st,
    int (*fn)(void *arg, const struct store_verdict *v), void *arg,
    char **cause);

/* --- editorial review (store-review.c) -------------------------------- */

/*
 * Whether verdict is one an editor may give ("confirmed", "disputed",
 * "needs-check", "cleared"), and whether an item whose latest verdict it is
 * is still open (disputed, needs-check).
 */
int store_review_valid(const char *verdict);
int store_review_is_open(const char *verdict);

/* Whether the pair, claim or conflict with that id exists (*exists 0/1). */
int store_review_exists(struct store *st, enum store_target target,
    int64_t id, int *exists, char **cause);

/* store_review_add() expect: add whatever the latest verdict is. */
#define STORE_REVIEW_ANY	(-1)

/*
 * Append a verdict (checked with store_review_valid) if the item exists and
 * its latest verdict is still the one the editor saw: expect is that
 * verdict's id, 0 when the item had none, STORE_REVIEW_ANY for no check.
 * The check and the append are one BEGIN IMMEDIATE transaction (a savepoint
 * inside store_begin()).  Returns:
 * - 0 with *id the new verdict and *latest NULL: added;
 * - 0 with *id 0 and *latest the verdict that is latest now (caller frees
 *   with store_verdict_free; NULL if the item has none although expect
 *   named one): someone else changed the item, nothing was added;
 * - -1 with *cause: no such item, not a verdict, or a database error.
 */
int store_review_add(struct store *st, enum store_target target,
    int64_t target_id, int64_t expect, const char *verdict, const char *note,
    const char *editor, int64_t *id, struct store_verdict **latest,
    char **cause);

/* store_review_each() flags. */
#define STORE_REVIEW_OPEN	0x1	/* only open items' latest verdicts */

/*
 * The verdicts on the items of one story (story 0: every verdict), oldest
 * first, streamed to fn as the _each functions do.  With STORE_REVIEW_OPEN
 * only the latest verdict of each item whose latest verdict leaves it open.
 */
int store_review_each(struct store *st, int64_t story, int flags,
    int (*fn)(void *arg, const struct store_verdict *v), void *arg,
    char **cause);

/* The pairs with both sentences in articles of one story (story != 0), by
 * id.  *out: free(). */
int store_review_pairs_of_story(struct store *st, int64_t story,
    struct store_pair **out, size_t *n, char **cause);

/* PRAGMA integrity_check: *result (malloc'd) is "ok" for a sound database,
 * else the first problem found.  For the tests and for support. */
int store_review_integrity(struct store *st, char **result, char **cause);

#endif
