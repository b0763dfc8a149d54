/*
 * ingest.c: the import unit of work (see ingest.h).
 *
 * State: an open batch transaction (or none), the outcomes of the files
 * handled in it in order (pending[]), and the lines the parser asked about
 * for the article being parsed.  Invariant: pending outcomes are reported
 * only after the commit that makes their articles durable, in the order
 * the files were given; if the batch fails they are dropped unreported,
 * which is the truth (nothing of them is stored).
 *
 * Recurring lines: the parser asks store_line_count() about each line it
 * considers (through a wrapper here that remembers the line); once the
 * article is stored, those lines count one more article.  So the lines
 * table always uses exactly the parser's idea of a line and its
 * normalisation, whatever that is.
 */
#include "px.h"
#include "article.h"
#include "ingest.h"
#include "store.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define INGEST_BATCH		200
#define INGEST_BATCH_NSEC	1000000000LL	/* commit at least every 1 s */
#define INGEST_GAP_USEC		3000		/* lock left free after a batch */

struct pending {
	char			*path;
	enum ingest_status	 status;
	int64_t			 id;
	char			*cause;
	char			**warnings;
	size_t			 nwarnings;
	size_t			 nsentences;
};

struct ingest {
	struct store		*st;
	struct ingest_options	 o;
	int			 open;		/* a batch transaction */
	size_t			 batches;	/* opened so far */
	size_t			 inbatch;	/* articles written in it */
	struct timespec		 since;		/* when it was opened */
	struct pending		*pending;
	size_t			 npending, cappending;
	size_t			 counts[3];
	char			**lines;	/* asked about, this article */
	size_t			 nlines, caplines;
	int			 lines_failed;
};

static int
nomem(char **cause)
{
	util_cause(cause, "%s", strerror(ENOMEM));
	return -1;
}

static void
pending_clear(struct pending *p)
{
	size_t	i;

	free(p->path);
	free(p->cause);
	for (i = 0; i < p->nwarnings; i++)
		free(p->warnings[i]);
	free(p->warnings);
}

static void
pending_drop(struct ingest *in)
{
	size_t	i;

	for (i = 0; i < in->npending; i++)
		pending_clear(&in->pending[i]);
	in->npending = 0;
}

static void
lines_drop(struct ingest *in)
{
	size_t	i;

	for (i = 0; i < in->nlines; i++)
		free(in->lines[i]);
	in->nlines = 0;
	in->lines_failed = 0;
}

/* article_ctx.recurring: answer from the store, remember the line. */
static long
ingest_recurring(void *arg, const char *line)
{
	struct ingest	 *in = arg;
	char		**nl;

	if (in->nlines == in->caplines) {
		nl = util_reallocarray(in->lines, in->caplines + 64,
		    sizeof *nl);
		if (nl == NULL) {
			in->lines_failed = 1;
			return store_line_count(in->st, line);
		}
		in->lines = nl;
		in->caplines += 64;
	}
	if ((in->lines[in->nlines] = util_strdup(line)) == NULL)
		in->lines_failed = 1;
	else
		in->nlines++;
	return store_line_count(in->st, line);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Count the article's lines once each. */
static int
lines_store(struct ingest *in, char **cause)
{
	size_t	i, n = 0;
	int	rc;

	if (in->lines_failed)
		return nomem(cause);
	if (in->nlines > 1)
		qsort(in->lines, in->nlines, sizeof *in->lines, cmp_str);
	for (i = 0; i < in->nlines; i++) {
		if (n > 0 && strcmp(in->lines[n - 1], in->lines[i]) == 0) {
			free(in->lines[i]);
			continue;
		}
		in->lines[n++] = in->lines[i];
	}
	in->nlines = n;
	rc = store_lines_add(in->st, (const char *const *)in->lines, n,
	    cause);
	lines_drop(in);
	return rc;
}

int
ingest_new(struct store *st, const struct ingest_options *o,
    struct ingest **out, char **cause)
{
	struct ingest	*in;

	*out = NULL;
	if ((in = calloc(1, sizeof *in)) == NULL)
		return nomem(cause);
	in->st = st;
	if (o != NULL)
		in->o = *o;
	if (in->o.batch == 0)
		in->o.batch = INGEST_BATCH;
	*out = in;
	return 0;
}

static struct pending *
pending_new(struct ingest *in, const char *path)
{
	struct pending	*p;

	if (in->npending == in->cappending) {
		p = util_reallocarray(in->pending, in->cappending + 64,
		    sizeof *p);
		if (p == NULL)
			return NULL;
		in->pending = p;
		in->cappending += 64;
	}
	p = &in->pending[in->npending];
	memset(p, 0, sizeof *p);
	if (path != NULL && (p->path = util_strdup(path)) == NULL)
		return NULL;
	in->npending++;
	return p;
}

static void
report_all(struct ingest *in)
{
	struct ingest_result	 r;
	struct pending		*p;
	size_t			 i;

	for (i = 0; i < in->npending; i++) {
		p = &in->pending[i];
		in->counts[p->status]++;
		if (in->o.report == NULL)
			continue;
		memset(&r, 0, sizeof r);
		r.path = p->path;
		r.status = p->status;
		r.id = p->id;
		r.cause = p->cause;
		r.warnings = p->warnings;
		r.nwarnings = p->nwarnings;
		r.nsentences = p->nsentences;
		in->o.report(in->o.report_arg, &r);
	}
	pending_drop(in);
}

/* Give up the open batch: nothing of it is stored, nothing reported. */
static void
batch_abort(struct ingest *in)
{
	if (in->open) {
		store_rollback(in->st);
		if (in->o.after_rollback != NULL)
			in->o.after_rollback(in->o.after_add_arg, in->st);
	}
	in->open = 0;
	in->inbatch = 0;
	pending_drop(in);
	lines_drop(in);
}

int
ingest_flush(struct ingest *in, char **cause)
{
	if (in->open) {
		if ((in->o.before_commit != NULL &&
		    in->o.before_commit(in->o.after_add_arg, in->st,
		    cause) != 0) || store_commit(in->st, cause) != 0) {
			batch_abort(in);
			return -1;
		}
		in->open = 0;
		in->inbatch = 0;
	}
	report_all(in);
	return 0;
}

static int
batch_open(struct ingest *in, char **cause)
{
	if (in->open)
		return 0;
	/*
	 * Between two batches leave the write lock free for a moment, so
	 * that another process waiting for it (store.c polls every
	 * millisecond) gets in: 3 ms a batch, a few per cent of an import.
	 */
	if (in->batches++ > 0)
		usleep(INGEST_GAP_USEC);
	/* a second batch: a large import, which reads much of the file */
	if (in->batches == 2 && store_map(in->st, cause) != 0)
		return -1;
	if (store_begin_batch(in->st, cause) != 0)
		return -1;
	in->open = 1;
	in->inbatch = 0;
	clock_gettime(CLOCK_MONOTONIC, &in->since);
	return 0;
}

static int
batch_due(struct ingest *in)
{
	struct timespec	now;
	long long	ns;

	if (in->inbatch >= in->o.batch)
		return 1;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ns = (long long)(now.tv_sec - in->since.tv_sec) * 1000000000LL +
	    (now.tv_nsec - in->since.tv_nsec);
	return ns >= INGEST_BATCH_NSEC;
}

int
ingest_reject(struct ingest *in, const char *path, const char *why)
{
	struct pending	*p;

	if ((p = pending_new(in, path)) == NULL)
		return -1;
	p->status = INGEST_REJECTED;
	if ((p->cause = util_strdup(why)) == NULL)
		return -1;
	if (!in->open)
		report_all(in);
	return 0;
}

/* Move the parser's warnings into the outcome. */
static void
take_warnings(struct pending *p, struct article *a)
{
	p->warnings = a->warnings;
	p->nwarnings = a->nwarnings;
	a->warnings = NULL;
	a->nwarnings = 0;
}

int
ingest_add(struct ingest *in, const char *path, const void *raw, size_t len,
    char **cause)
{
	struct article_ctx	 ctx;
	struct article		*a = NULL;
	struct pending		*p;
	char			 hash[65], *why = NULL;
	int64_t			 id;

	util_sha256_hex(raw, len, hash);
	/* The duplicate check and the insert in one transaction. */
	if (batch_open(in, cause) != 0)
		return -1;
	if (store_article_by_hash(in->st, hash, &id, cause) != 0)
		goto fail;
	if ((p = pending_new(in, path)) == NULL) {
		nomem(cause);
		goto fail;
	}
	if (id != 0) {
		p->status = INGEST_PRESENT;
		p->id = id;
		goto done;
	}

	memset(&ctx, 0, sizeof ctx);
	ctx.outlets = in->o.outlets;
	ctx.outlet_override = in->o.outlet;
	ctx.recurring = ingest_recurring;
	ctx.recurring_arg = in;
	lines_drop(in);
	if (article_parse(raw, len, &ctx, &a, &why) != 0) {
		lines_drop(in);
		p->status = INGEST_REJECTED;
		p->cause = why != NULL ? why : util_strdup(_("not an article"));
		if (p->cause == NULL) {
			nomem(cause);
			goto fail;
		}
		goto done;
	}
	if (store_article_add(in->st, a, path, raw, len, hash, &id,
	    cause) != 0)
		goto fail;
	if (lines_store(in, cause) != 0)
		goto fail;

	/*
	 * ALIGN HOOK: the alignment engine (align_article()) indexes the new
	 * article's sentences and pairs them with the database here, inside
	 * the batch transaction, so that an article is never stored without
	 * its pairs.  Wired by the caller through ingest_options.after_add.
	 */
	if (in->o.after_add != NULL &&
	    in->o.after_add(in->o.after_add_arg, in->st, id, cause) != 0)
		goto fail;

	p->status = INGEST_IMPORTED;
	p->id = id;
	p->nsentences = a->nsentences;
	take_warnings(p, a);
	in->inbatch++;
done:
	article_free(a);
	if (batch_due(in))
		return ingest_flush(in, cause);
	return 0;
fail:
	article_free(a);
	batch_abort(in);
	return -1;
}

void
ingest_counts(const struct ingest *in, size_t *imported, size_t *present,
    size_t *rejected)
{
	*imported = in->counts[INGEST_IMPORTED];
	*present = in->counts[INGEST_PRESENT];
	*rejected = in->counts[INGEST_REJECTED];
}

void
ingest_free(struct ingest *in)
{
	size_t	i;

	if (in == NULL)
		return;
	batch_abort(in);
	free(in->pending);
	for (i = 0; i < in->nlines; i++)
		free(in->lines[i]);
	free(in->lines);
	free(in);
}
