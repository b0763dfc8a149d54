/*
 * align.h: the alignment engine, run once per new article.
 *
 * align_article() finds, for each sentence of a newly stored article, the
 * sentences of other articles that share its rarest terms (the candidate
 * index in the store: terms and postings), scores those candidates with the
 * matcher and stores the `same` and `similar` pairs; then indexes the new
 * sentences, extracts the article's claims, puts the article into a story
 * (joining, and if need be merging, the stories it is linked to) and
 * recomputes that story's conflicts, marking the sentence pairs that carry
 * a conflict.  Its cost is bounded by the article's own size: at most
 * ALIGN_TERMS postings lists of at most ALIGN_POSTINGS sentences and
 * ALIGN_CANDIDATES scored candidates per sentence, whatever the size of the
 * database.
 *
 * The caller owns the transaction (ingest runs this inside its batch).
 */
#ifndef PX_ALIGN_H
#define PX_ALIGN_H

#include <stddef.h>
#include <stdint.h>

struct article;
struct store;
struct align;

/*
 * A new engine over store st (borrowed; it must outlive the engine).  With
 * load set, the data tables (stop words, aliases, match model, entities)
 * are read from the data directories.  align_free() accepts NULL.
 */
int align_new(struct store *st, int load, struct align **out, char **cause);
void align_free(struct align *al);

/*
 * For tests: a token cache of at most `slots` sentences (1 to the default,
 * 32,768), emptied, and a memo of sentences' tokens (tokmemo.h) of at most
 * `memo` bytes, emptied (0: none, every candidate is read from the store).
 * An article with more candidates than the cache holds keeps the rest
 * prepared on its own; the results do not change.
 */
int align_set_cache(struct align *al, size_t slots, size_t memo,
    char **cause);

/*
 * Compare each article's sentence pairs on n more threads (0: none, the
 * default; at most one is used): the results are the same.
 */
int align_set_threads(struct align *al, size_t n, char **cause);

/* Align one stored article (see above). */
int align_article(struct align *al, int64_t article, char **cause);

/*
 * Forget every derived fact and align every article again, in id order, in
 * one transaction: interrupted, it leaves the database as it was.
 * progress (may be NULL) is called after each article with the count done
 * and the total.
 */
int align_all(struct align *al,
    void (*progress)(void *arg, int64_t done, int64_t total), void *arg,
    char **cause);

/*
 * Align the articles imported without alignment (store_pending_ids()), in
 * id order, in transactions of ALIGN_PENDING_BATCH articles, each taking
 * its articles off the list: interrupted, the ones not committed still
 * wait.  progress as for align_all() (the total is the count waiting at
 * the start).
 */
#define ALIGN_PENDING_BATCH	200
int align_pending(struct align *al,
    void (*progress)(void *arg, int64_t done, int64_t total), void *arg,
    char **cause);

/*
 * Write what the engine keeps for the end of a transaction (the document
 * frequencies and postings of the articles aligned since the last flush):
 * call it inside the transaction, before committing it.  align_all()
 * flushes by itself.
 */
int align_flush(struct align *al, char **cause);

/*
 * The transaction the engine worked in was rolled back: forget what it
 * learnt since (caches, counts, what was kept for align_flush()).
 */
void align_rollback(struct align *al);

/*
 * Where the engine's time went since it was made: wall-clock seconds of
 * the calling thread in each step of align_article() (and in
 * align_flush()), and what it compared and read, for `import --timings`
 * and the benchmarks.  Measuring costs two clock reads a step.
 */
enum align_step {
	ALIGN_STEP_READ,	/* the article and its sentences */
	ALIGN_STEP_PREPARE,	/* its sentences split and prepared */
	ALIGN_STEP_CANDIDATES,	/* counts, postings and week keys */
	ALIGN_STEP_TOKENS,	/* candidates' tokens, memo or store */
	ALIGN_STEP_COMPARE,	/* candidates prepared and compared */
	ALIGN_STEP_INDEX,	/* its sentences indexed (in memory) */
	ALIGN_STEP_CLAIMS,
	ALIGN_STEP_STORY,	/* its story and its pairs */
	ALIGN_STEP_CONFLICTS,	/* its story's conflicts */
	ALIGN_STEP_FLUSH,	/* the index written before each commit */
	ALIGN_NSTEPS
};

struct align_stats {
	double		seconds[ALIGN_NSTEPS];
	uint64_t	articles;	/* aligned */
	uint64_t	compared;	/* sentence pairs compared */
	uint64_t	prepared;	/* candidates prepared anew */
	uint64_t	read;		/* candidates' tokens read from the
					   store (the memo lacked them) */
};

/* The statistics so far (zeros for NULL). */
void align_stats(const struct align *al, struct align_stats *out);
/* The step's name in English, marked for translation (the caller
 * translates it). */
const char *align_step_name(enum align_step step);

struct ingest_options;

/*
 * Wire an import to the engine: io's after_add (align_hook), its argument,
 * before_commit (align_commit_hook) and after_rollback
 * (align_rollback_hook).  The other options are left as they are.
 */
void align_ingest_options(struct align *al, struct ingest_options *io);

/* For ingest's after_add hook: arg is the struct align, prep NULL or
 * align_prepare()'s claims of the article. */
int align_hook(void *arg, struct store *st, int64_t article, void *prep,
    char **cause);
/*
 * For ingest's prepare hook, on a parsing thread: the claims of a parsed
 * article (a struct claim_list, or NULL on failure: the hook extracts
 * them), freed by align_prep_free().  Reads only the engine's entities,
 * which nothing changes while an import runs.
 */
void *align_prepare(void *arg, const struct article *a);
void align_prep_free(void *arg, void *prep);
/* For ingest's before_commit hook: align_flush(). */
int align_commit_hook(void *arg, struct store *st, char **cause);
/* For ingest's after_rollback hook: align_rollback(). */
void align_rollback_hook(void *arg, struct store *st);

#endif
