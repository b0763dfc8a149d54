/*
 * ingest.h: the import unit of work.  One file's bytes become one stored
 * article: article_parse() (consulting the store's recurring lines), a
 * duplicate check by content hash, then the article, its sentences and its
 * lines written in the current batch transaction.
 *
 * Threads: with o.threads > 0, files are parsed by that many threads
 * while the caller's thread stores the ones parsed before (ingest.c tells
 * how the result stays that of a parse in order).  ingest_add() then
 * returns before the file is stored; outcomes come as always, in order,
 * through the report callback.
 *
 * Batching: articles are written inside a transaction that stays open for
 * up to `batch` articles (or about a second), because SQLite with an FTS5
 * index pays most of its cost per commit.  An outcome is reported through
 * the report callback only once the article is committed (or, for a
 * rejection, once every earlier article is): whatever a caller prints as
 * imported is in the database even if the process is killed next.
 */
#ifndef PX_INGEST_H
#define PX_INGEST_H

#include <stddef.h>
#include <stdint.h>

struct article;
struct store;
struct outlets;

enum ingest_status {
	INGEST_IMPORTED = 0,	/* a new article: id */
	INGEST_PRESENT,		/* the same bytes were already there: id */
	INGEST_REJECTED		/* not an article: cause */
};

struct ingest_result {
	const char		*path;		/* as given; NULL: stdin */
	enum ingest_status	 status;
	int64_t			 id;		/* article id, 0 if rejected */
	const char		*cause;		/* rejection reason, or NULL */
	char *const		*warnings;	/* translated, one line each */
	size_t			 nwarnings;
	size_t			 nsentences;
};

struct ingest_options {
	const struct outlets	*outlets;	/* or NULL */
	const char		*outlet;	/* --outlet override, or NULL */
	size_t			 batch;		/* articles per commit, 0: 200 */
	size_t			 threads;	/* parsing threads, 0: none */
	/* Store the articles without aligning them: each is listed as
	 * waiting for alignment (store_pending_add()) and after_add is not
	 * called. */
	int			 defer;
	/* Called once per outcome, after it is committed; the result is
	 * valid only during the call. */
	void			(*report)(void *arg,
				    const struct ingest_result *r);
	void			*report_arg;
	/*
	 * ALIGN HOOK: called for each new article inside the batch
	 * transaction, after its sentences are stored (the alignment engine's
	 * align_article() goes here), with what prepare() made of the parsed
	 * article, or NULL (then the hook works it out itself).  Returning
	 * -1 (with *cause) fails the batch.  NULL: nothing.
	 */
	int			(*after_add)(void *arg, struct store *st,
				    int64_t article, void *prep,
				    char **cause);
	void			*after_add_arg;
	/*
	 * Called with after_add_arg on a parsing thread, concurrently with
	 * anything the caller's thread does: work on the parsed article that
	 * needs nothing but it and read-only tables (the engine's claims).
	 * Returns what after_add() gets, freed with prep_free() after it (or
	 * when the article is not stored); NULL: nothing prepared.  Both may
	 * be NULL.
	 */
	void			*(*prepare)(void *arg, const struct article *a);
	void			(*prep_free)(void *arg, void *prep);
	/*
	 * Called inside the batch transaction just before it is committed,
	 * with after_add_arg (the engine writes what it kept for the
	 * batch's end: align_flush()).  Returning -1 fails the batch.
	 * NULL: nothing.
	 */
	int			(*before_commit)(void *arg, struct store *st,
				    char **cause);
	/* Called after a batch was rolled back, with after_add_arg (the
	 * engine forgets what it learnt in it: align_rollback()). */
	void			(*after_rollback)(void *arg,
				    struct store *st);
};

struct ingest;

/* A new unit of work on an open, writable store (not owned). */
int ingest_new(struct store *st, const struct ingest_options *o,
    struct ingest **out, char **cause);

/*
 * Import len bytes read from path (NULL: standard input).  Returns 0 when
 * the file was handled, whatever its outcome (a rejection is an outcome,
 * reported through the callback); -1 with *cause when the database failed:
 * the open batch is rolled back, its pending outcomes are dropped
 * (nothing of it was stored) and the caller should stop.
 */
int ingest_add(struct ingest *in, const char *path, const void *raw,
    size_t len, char **cause);

/*
 * Record that path could not even be read (cause: why): reported as a
 * rejection in its turn, after the outcomes before it.
 */
int ingest_reject(struct ingest *in, const char *path, const char *cause);

/* Commit the open batch and report its outcomes.  Call it before a read
 * that may block (standard input): an open batch holds the write lock. */
int ingest_flush(struct ingest *in, char **cause);

/* Counts of outcomes reported so far. */
void ingest_counts(const struct ingest *in, size_t *imported,
    size_t *present, size_t *rejected);

/* How many parsing threads run (fewer than asked if some could not
 * start or the database cannot be opened twice: 0 parses in line). */
size_t ingest_threads(const struct ingest *in);

/*
 * Where the storing thread's time went so far (wall-clock seconds): parsing
 * files itself (without threads, or again when a thread's guess was
 * wrong), waiting for the parsing threads, storing articles (their rows
 * and search index, the recurring lines) and committing (the engine's
 * hooks are the engine's: align_stats()).  Zeros for NULL.
 */
struct ingest_times {
	double	parse, wait, store, commit;
};
void ingest_times(const struct ingest *in, struct ingest_times *out);

/* Roll back anything not flushed (its outcomes are never reported) and
 * free.  Accepts NULL. */
void ingest_free(struct ingest *in);

#endif
