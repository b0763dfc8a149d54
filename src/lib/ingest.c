/*
 * ingest.c: the import unit of work (see ingest.h).
 *
 * State: an open batch transaction (or none), the outcomes of the files
 * handled in it in order (pending[]), and a queue of the files given but
 * not yet stored (struct job, a ring of at most QUEUE_MAX, oldest first).
 * Invariant: pending outcomes are reported only after the commit that
 * makes their articles durable, in the order the files were given; if the
 * batch fails they are dropped unreported, which is the truth (nothing of
 * them is stored).
 *
 * Threads: parsing a file needs nothing from the batch but the counts of
 * its lines in the database, so with o.threads > 0 that many parsing
 * threads parse the queued files (article_parse() and the prepare hook)
 * while this thread stores the oldest parsed one and runs the engine on
 * it.  A parsing thread asks a read-only connection of its own for the
 * line counts: it sees the database as last committed, not the open
 * batch.  So its parse is a guess, checked when the job is stored: the
 * counts it was given are asked again of the writing connection, and if
 * any of them would have decided otherwise (article_recurring_same()) the
 * file is parsed again here.  Every article is therefore stored exactly
 * as a parse in order would store it, whatever the threads did; only the
 * CPU is spent twice on the rare file whose lines just became recurring.
 * Only this thread writes; the threads touch nothing but their job (under
 * the queue's lock: its state) and their own connection.
 *
 * Recurring lines: the parser asks the line counts of each line it
 * considers (through a wrapper here that remembers the line and the
 * answer); once the article is stored, those lines count one more
 * article.  So the lines table always uses exactly the parser's idea of a
 * line and its normalisation, whatever that is.
 */
#include "px.h"
#include "article.h"
#include "ingest.h"
#include "store.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define INGEST_BATCH		200
#define INGEST_BATCH_NSEC	1000000000LL	/* commit at least every 1 s */
#define INGEST_GAP_USEC		3000		/* lock left free after a batch */
#define THREADS_MAX		16
#define QUEUE_PER_THREAD	4		/* jobs queued a thread */
#define QUEUE_BYTES		(64u << 20)	/* and at most this much text */

struct pending {
	char			*path;
	enum ingest_status	 status;
	int64_t			 id;
	char			*cause;
	char			**warnings;
	size_t			 nwarnings;
	size_t			 nsentences;
};

/* The lines a parse asked about and what it was told. */
struct asked {
	char			**line;
	long			 *count;
	size_t			  n, cap;
	int			  failed;	/* out of memory: ask again */
	struct store		 *st;		/* whom to ask */
};

enum job_state {
	JOB_QUEUED = 0,		/* waiting for a parsing thread */
	JOB_RUNNING,		/* a thread parses it */
	JOB_DONE		/* parsed (or nothing to parse) */
};

struct job {
	enum job_state		 state;
	char			*path;		/* NULL: standard input */
	unsigned char		*raw;		/* a copy of the bytes */
	size_t			 len;
	char			*reject;	/* ingest_reject()'s reason */
	/* What the parsing thread found: */
	int			 parsed;	/* parse (and why) are set */
	char			 hash[65];
	struct article		*a;		/* or NULL: why */
	char			*why;
	void			*prep;		/* prepare()'s, or NULL */
	struct asked		 asked;
};

struct worker {
	pthread_t		 thread;
	struct ingest		*in;
	struct store		*rd;		/* read-only, this thread's */
	int			 started;
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

	/* The queue: jobs head .. tail-1 (mod qcap); next is the oldest
	 * job no thread has taken.  Indexes only grow. */
	struct job		**q;
	size_t			 qcap, head, next, tail, qbytes;
	pthread_mutex_t		 lock;
	pthread_cond_t		 work;		/* a job queued, or stop */
	pthread_cond_t		 done;		/* a job parsed */
	int			 stop;
	struct worker		*w;
	size_t			 nw;
	struct ingest_times	 times;		/* the storing thread's */
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
asked_drop(struct asked *k)
{
	size_t	i;

	for (i = 0; i < k->n; i++)
		free(k->line[i]);
	k->n = 0;
	k->failed = 0;
}

static void
asked_free(struct asked *k)
{
	asked_drop(k);
	free(k->line);
	free(k->count);
	k->line = NULL;
	k->count = NULL;
	k->cap = 0;
}

/* article_ctx.recurring: answer from k->st, remember line and answer. */
static long
ask_recurring(void *arg, const char *line)
{
	struct asked	 *k = arg;
	char		**nl;
	long		 *nc, n;

	n = store_line_count(k->st, line);
	if (k->n == k->cap) {
		nl = util_reallocarray(k->line, k->cap + 64, sizeof *nl);
		if (nl != NULL)
			k->line = nl;
		nc = util_reallocarray(k->count, k->cap + 64, sizeof *nc);
		if (nc != NULL)
			k->count = nc;
		if (nl == NULL || nc == NULL) {
			k->failed = 1;
			return n;
		}
		k->cap += 64;
	}
	if ((k->line[k->n] = util_strdup(line)) == NULL) {
		k->failed = 1;
		return n;
	}
	k->count[k->n++] = n;
	return n;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Count the article's lines once each. */
static int
lines_store(struct ingest *in, struct asked *k, char **cause)
{
	size_t	i, n = 0;
	int	rc;

	if (k->failed)
		return nomem(cause);
	if (k->n > 1)
		qsort(k->line, k->n, sizeof *k->line, cmp_str);
	for (i = 0; i < k->n; i++) {
		if (n > 0 && strcmp(k->line[n - 1], k->line[i]) == 0) {
			free(k->line[i]);
			continue;
		}
		k->line[n++] = k->line[i];
	}
	k->n = n;
	rc = store_lines_add(in->st, (const char *const *)k->line, n, cause);
	asked_drop(k);
	return rc;
}

/*
 * Would the parse that was told these counts have gone the same way
 * with the counts the batch holds now?
 */
static int
asked_still(struct ingest *in, const struct asked *k)
{
	size_t	i;

	if (k->failed)
		return 0;
	for (i = 0; i < k->n; i++)
		if (!article_recurring_same(k->count[i],
		    store_line_count(in->st, k->line[i])))
			return 0;
	return 1;
}

/* Parse job j's bytes, asking k->st for line counts. */
static void
job_parse(struct ingest *in, struct job *j)
{
	struct article_ctx	ctx;

	asked_drop(&j->asked);
	article_free(j->a);
	j->a = NULL;
	free(j->why);
	j->why = NULL;
	memset(&ctx, 0, sizeof ctx);
	ctx.outlets = in->o.outlets;
	ctx.outlet_override = in->o.outlet;
	ctx.recurring = ask_recurring;
	ctx.recurring_arg = &j->asked;
	if (article_parse((const char *)j->raw, j->len, &ctx, &j->a,
	    &j->why) != 0)
		j->a = NULL;
	j->parsed = 1;
}

static void
job_free(struct ingest *in, struct job *j)
{
	if (j == NULL)
		return;
	free(j->path);
	free(j->raw);
	free(j->reject);
	article_free(j->a);
	free(j->why);
	if (j->prep != NULL && in->o.prep_free != NULL)
		in->o.prep_free(in->o.after_add_arg, j->prep);
	asked_free(&j->asked);
	free(j);
}

/* --- parsing threads ------------------------------------------------- */

static void *
worker_main(void *arg)
{
	struct worker	*w = arg;
	struct ingest	*in = w->in;
	struct job	*j;

	for (;;) {
		pthread_mutex_lock(&in->lock);
		for (;;) {
			/* rejections and jobs this thread's caller took */
			while (in->next < in->tail &&
			    in->q[in->next % in->qcap]->state != JOB_QUEUED)
				in->next++;
			if (in->stop || in->next < in->tail)
				break;
			pthread_cond_wait(&in->work, &in->lock);
		}
		if (in->stop) {
			pthread_mutex_unlock(&in->lock);
			return NULL;
		}
		j = in->q[in->next++ % in->qcap];
		j->state = JOB_RUNNING;
		pthread_mutex_unlock(&in->lock);

		util_sha256_hex(j->raw, j->len, j->hash);
		j->asked.st = w->rd;
		job_parse(in, j);
		if (j->a != NULL && in->o.prepare != NULL)
			j->prep = in->o.prepare(in->o.after_add_arg, j->a);

		pthread_mutex_lock(&in->lock);
		j->state = JOB_DONE;
		pthread_cond_broadcast(&in->done);
		pthread_mutex_unlock(&in->lock);
	}
}

/* Stop and join the threads; jobs they had not taken stay queued. */
static void
workers_stop(struct ingest *in)
{
	size_t	i;

	if (in->nw == 0)
		return;
	pthread_mutex_lock(&in->lock);
	in->stop = 1;
	pthread_cond_broadcast(&in->work);
	pthread_mutex_unlock(&in->lock);
	for (i = 0; i < in->nw; i++) {
		if (in->w[i].started)
			pthread_join(in->w[i].thread, NULL);
		store_close(in->w[i].rd);
	}
	free(in->w);
	in->w = NULL;
	in->nw = 0;
}

/*
 * Start up to n parsing threads, each with its own read-only connection.
 * A thread that cannot start (or a database that cannot be opened twice,
 * such as one in memory) leaves fewer: parsing then happens here.
 */
static void
workers_start(struct ingest *in, size_t n)
{
	struct worker	*w;
	char		*cause = NULL;
	size_t		 i;

	if (n > THREADS_MAX)
		n = THREADS_MAX;
	if (n == 0 || (in->w = calloc(n, sizeof *in->w)) == NULL)
		return;
	for (i = 0; i < n; i++) {
		w = &in->w[in->nw];
		w->in = in;
		if (store_open(store_path(in->st), STORE_READONLY, &w->rd,
		    &cause) != 0) {
			free(cause);
			break;
		}
		in->nw++;
		if (pthread_create(&w->thread, NULL, worker_main, w) != 0)
			break;
		w->started = 1;
	}
	if (in->nw == 0 || !in->w[in->nw - 1].started)
		workers_stop(in);
}

/* --- batches and outcomes --------------------------------------------- */

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
	in->qcap = QUEUE_PER_THREAD * (in->o.threads > THREADS_MAX ?
	    THREADS_MAX : in->o.threads) + 1;
	if ((in->q = calloc(in->qcap, sizeof *in->q)) == NULL) {
		free(in);
		return nomem(cause);
	}
	if (pthread_mutex_init(&in->lock, NULL) != 0) {
		free(in->q);
		free(in);
		return nomem(cause);
	}
	pthread_cond_init(&in->work, NULL);
	pthread_cond_init(&in->done, NULL);
	workers_start(in, in->o.threads);
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

/* Drop every queued job, once no thread parses one. */
static void
queue_drop(struct ingest *in)
{
	struct job	*j;
	size_t		 i;

	pthread_mutex_lock(&in->lock);
	in->next = in->tail;	/* no thread takes another */
	for (i = in->head; i < in->tail; i++)
		while (in->q[i % in->qcap]->state == JOB_RUNNING)
			pthread_cond_wait(&in->done, &in->lock);
	pthread_mutex_unlock(&in->lock);
	while (in->head < in->tail) {
		j = in->q[in->head % in->qcap];
		in->q[in->head++ % in->qcap] = NULL;
		job_free(in, j);
	}
	in->head = in->next = in->tail = 0;
	in->qbytes = 0;
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
	queue_drop(in);
}

static int
batch_commit(struct ingest *in, char **cause)
{
	double	t;
	int	rc;

	if (in->open) {
		if (in->o.before_commit != NULL &&
		    in->o.before_commit(in->o.after_add_arg, in->st,
		    cause) != 0) {
			batch_abort(in);
			return -1;
		}
		t = util_clock();
		rc = store_commit(in->st, cause);
		in->times.commit += util_clock() - t;
		if (rc != 0) {
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

/* Move the parser's warnings into the outcome. */
static void
take_warnings(struct pending *p, struct article *a)
{
	p->warnings = a->warnings;
	p->nwarnings = a->nwarnings;
	a->warnings = NULL;
	a->nwarnings = 0;
}

/*
 * Store the oldest job: its outcome joins the batch.  -1 with *cause when
 * the database failed (the caller aborts the batch).
 */
static int
job_store(struct ingest *in, struct job *j, char **cause)
{
	struct pending	*p;
	int64_t		 id;
	double		 t;

	if (j->reject != NULL) {
		if ((p = pending_new(in, j->path)) == NULL)
			return nomem(cause);
		p->status = INGEST_REJECTED;
		p->cause = j->reject;
		j->reject = NULL;
		if (!in->open)
			report_all(in);
		return 0;
	}
	if (!j->parsed)
		util_sha256_hex(j->raw, j->len, j->hash);
	/* The duplicate check and the insert in one transaction. */
	if (batch_open(in, cause) != 0)
		return -1;
	if (store_article_by_hash(in->st, j->hash, &id, cause) != 0)
		return -1;
	if ((p = pending_new(in, j->path)) == NULL)
		return nomem(cause);
	if (id != 0) {
		p->status = INGEST_PRESENT;
		p->id = id;
		return 0;
	}
	/* A thread's guess that the batch proves wrong is parsed again. */
	if (!j->parsed || !asked_still(in, &j->asked)) {
		if (j->prep != NULL && in->o.prep_free != NULL)
			in->o.prep_free(in->o.after_add_arg, j->prep);
		j->prep = NULL;
		j->asked.st = in->st;
		t = util_clock();
		job_parse(in, j);
		in->times.parse += util_clock() - t;
	}
	if (j->a == NULL) {
		asked_drop(&j->asked);
		p->status = INGEST_REJECTED;
		p->cause = j->why != NULL ? j->why :
		    util_strdup(_("not an article"));
		j->why = NULL;
		return p->cause == NULL ? nomem(cause) : 0;
	}
	t = util_clock();
	if (store_article_add(in->st, j->a, j->path, j->raw, j->len, j->hash,
	    &id, cause) != 0)
		return -1;
	if (lines_store(in, &j->asked, cause) != 0)
		return -1;
	in->times.store += util_clock() - t;
	if (in->o.defer && store_pending_add(in->st, id, cause) != 0)
		return -1;

	/*
	 * ALIGN HOOK: the alignment engine (align_article()) indexes the new
	 * article's sentences and pairs them with the database here, inside
	 * the batch transaction, so that an article is never stored without
	 * its pairs.  Wired by the caller through ingest_options.after_add.
	 */
	if (!in->o.defer && in->o.after_add != NULL &&
	    in->o.after_add(in->o.after_add_arg, in->st, id, j->prep,
	    cause) != 0)
		return -1;

	p->status = INGEST_IMPORTED;
	p->id = id;
	p->nsentences = j->a->nsentences;
	take_warnings(p, j->a);
	in->inbatch++;
	return 0;
}

/*
 * Store the oldest queued job, waiting for its parse when wait is set
 * (else returning 1 when it is not parsed yet).  -1: the batch failed
 * and was aborted.
 */
static int
queue_step(struct ingest *in, int wait, char **cause)
{
	struct job	*j;
	double		 t;
	int		 rc;

	j = in->q[in->head % in->qcap];
	pthread_mutex_lock(&in->lock);
	if (j->state == JOB_QUEUED && (wait || in->nw == 0)) {
		j->state = JOB_RUNNING;	/* job_store() parses it */
	} else if (j->state != JOB_DONE) {
		if (!wait) {
			pthread_mutex_unlock(&in->lock);
			return 1;
		}
		t = util_clock();
		while (j->state != JOB_DONE)
			pthread_cond_wait(&in->done, &in->lock);
		in->times.wait += util_clock() - t;
	}
	if (in->next <= in->head)
		in->next = in->head + 1;
	pthread_mutex_unlock(&in->lock);
	in->q[in->head++ % in->qcap] = NULL;
	in->qbytes -= j->len;
	rc = job_store(in, j, cause);
	job_free(in, j);
	if (rc != 0) {
		batch_abort(in);
		return -1;
	}
	if (in->open && batch_due(in))
		return batch_commit(in, cause);
	return 0;
}

/* Queue job j (owned from now on), storing older jobs to make room. */
static int
queue_add(struct ingest *in, struct job *j, char **cause)
{
	int	rc;

	while (in->tail - in->head == in->qcap ||
	    (in->tail > in->head && in->qbytes + j->len > QUEUE_BYTES)) {
		if (queue_step(in, 1, cause) != 0) {
			job_free(in, j);
			return -1;
		}
	}
	pthread_mutex_lock(&in->lock);
	j->state = j->reject != NULL ? JOB_DONE : JOB_QUEUED;
	in->q[in->tail++ % in->qcap] = j;
	in->qbytes += j->len;
	pthread_cond_signal(&in->work);
	pthread_mutex_unlock(&in->lock);
	/* Without threads, or when jobs are ready: store them now. */
	while (in->head < in->tail) {
		if ((rc = queue_step(in, in->nw == 0, cause)) < 0)
			return -1;
		if (rc > 0)
			break;
	}
	return 0;
}

int
ingest_flush(struct ingest *in, char **cause)
{
	while (in->head < in->tail)
		if (queue_step(in, 1, cause) != 0)
			return -1;
	return batch_commit(in, cause);
}

int
ingest_reject(struct ingest *in, const char *path, const char *why)
{
	struct job	*j;
	char		*cause = NULL;

	if ((j = calloc(1, sizeof *j)) == NULL)
		return -1;
	if ((path != NULL && (j->path = util_strdup(path)) == NULL) ||
	    (j->reject = util_strdup(why)) == NULL) {
		job_free(in, j);
		return -1;
	}
	if (queue_add(in, j, &cause) != 0) {
		free(cause);
		return -1;
	}
	return 0;
}

int
ingest_add(struct ingest *in, const char *path, const void *raw, size_t len,
    char **cause)
{
	struct job	*j;

	if ((j = calloc(1, sizeof *j)) == NULL)
		return nomem(cause);
	if ((path != NULL && (j->path = util_strdup(path)) == NULL) ||
	    (j->raw = malloc(len > 0 ? len : 1)) == NULL) {
		job_free(in, j);
		return nomem(cause);
	}
	if (len > 0)
		memcpy(j->raw, raw, len);
	j->len = len;
	return queue_add(in, j, cause);
}

void
ingest_counts(const struct ingest *in, size_t *imported, size_t *present,
    size_t *rejected)
{
	*imported = in->counts[INGEST_IMPORTED];
	*present = in->counts[INGEST_PRESENT];
	*rejected = in->counts[INGEST_REJECTED];
}

size_t
ingest_threads(const struct ingest *in)
{
	return in->nw;
}

void
ingest_times(const struct ingest *in, struct ingest_times *out)
{
	if (in == NULL)
		memset(out, 0, sizeof *out);
	else
		*out = in->times;
}

void
ingest_free(struct ingest *in)
{
	if (in == NULL)
		return;
	batch_abort(in);
	workers_stop(in);
	pthread_cond_destroy(&in->work);
	pthread_cond_destroy(&in->done);
	pthread_mutex_destroy(&in->lock);
	free(in->q);
	free(in->pending);
	free(in);
}
