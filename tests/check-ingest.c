/*
 * check-ingest.c: the import unit of work on a real store and the real
 * parser: outcomes (imported, already present, rejected) reported only
 * after their batch is committed, a batch dropped unreported when it is
 * not, duplicates inside one batch, recurring lines counted once per
 * article, warnings passed up, and the align hook (called per new article
 * inside the transaction; its failure undoes the batch).  Then the same
 * with parsing threads: the same result as a parse in order, a failure
 * that drops what was queued, and alignment deferred to the pending list.
 */
#include <config.h>

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "suites.h"
#include "px.h"
#include "article.h"
#include "ingest.h"
#include "store.h"

static char	tmpdir[64];
static char	dbpath[128];

struct seen {
	size_t	n;
	int	status[16];
	int64_t	id[16];
	char	path[16][64];
	size_t	nwarnings[16];
	int	hook_calls;
	int64_t	hook_last;
	int	hook_fail;
};

static void
setup(void)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/px-ingest-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	snprintf(dbpath, sizeof dbpath, "%s/test.db", tmpdir);
}

static void
teardown(void)
{
	char	*cmd = util_printf("rm -rf '%s'", tmpdir);

	if (cmd != NULL && system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", tmpdir);
	free(cmd);
}

static void
report(void *arg, const struct ingest_result *r)
{
	struct seen	*s = arg;

	if (s->n >= 16)
		return;
	s->status[s->n] = (int)r->status;
	s->id[s->n] = r->id;
	snprintf(s->path[s->n], sizeof s->path[0], "%s",
	    r->path != NULL ? r->path : "(stdin)");
	s->nwarnings[s->n] = r->nwarnings;
	s->n++;
}

static int
hook(void *arg, struct store *st, int64_t article, void *prep,
    char **cause)
{
	struct seen		*s = arg;
	struct store_article	*a = NULL;

	(void)prep;
	s->hook_calls++;
	s->hook_last = article;
	/* The article and its sentences are there when the hook runs. */
	if (store_article_get(st, article, &a, cause) != 0 || a == NULL)
		return -1;
	store_article_free(a);
	if (s->hook_fail) {
		util_cause(cause, "align failed");
		return -1;
	}
	return 0;
}

/* A plain article; n makes it unique. */
static char *
text(int n)
{
	return util_printf("Delegations meet for talks in the capital %d\n\n"
	    "The foreign ministers of both countries met on Tuesday to "
	    "discuss the border crossing number %d.\n\n"
	    "Officials said the talks lasted six hours and would resume "
	    "next week.\n", n, n);
}

static struct ingest *
make(struct store **st, struct seen *s, size_t batch)
{
	struct ingest_options	 o;
	struct ingest		*in = NULL;
	char			*cause = NULL;

	if (store_open(dbpath, STORE_CREATE, st, &cause) != 0)
		ck_abort_msg("open: %s", cause);
	memset(&o, 0, sizeof o);
	o.batch = batch;
	o.report = report;
	o.report_arg = s;
	o.after_add = hook;
	o.after_add_arg = s;
	ck_assert_int_eq(ingest_new(*st, &o, &in, &cause), 0);
	return in;
}

START_TEST(test_outcomes)
{
	struct store	*st;
	struct seen	 s;
	struct ingest	*in;
	char		*a = text(1), *b = text(2);
	size_t		 ni, np, nr;
	int64_t		 n;

	memset(&s, 0, sizeof s);
	in = make(&st, &s, 10);
	ck_assert_int_eq(ingest_add(in, "a.txt", a, strlen(a), NULL), 0);
	ck_assert_int_eq(ingest_add(in, "a-again.txt", a, strlen(a), NULL),
	    0);
	ck_assert_int_eq(ingest_add(in, "empty.txt", "", 0, NULL), 0);
	ck_assert_int_eq(ingest_reject(in, "gone.txt", "No such file"), 0);
	ck_assert_int_eq(ingest_add(in, NULL, b, strlen(b), NULL), 0);
	/* Nothing reported before the commit. */
	ck_assert_uint_eq(s.n, 0);
	ck_assert_int_eq(ingest_flush(in, NULL), 0);
	ck_assert_uint_eq(s.n, 5);
	ck_assert_int_eq(s.status[0], INGEST_IMPORTED);
	ck_assert_int_eq(s.status[1], INGEST_PRESENT);
	ck_assert_int_eq(s.id[1], s.id[0]);
	ck_assert_int_eq(s.status[2], INGEST_REJECTED);
	ck_assert_int_eq(s.status[3], INGEST_REJECTED);
	ck_assert_str_eq(s.path[3], "gone.txt");
	ck_assert_int_eq(s.status[4], INGEST_IMPORTED);
	ck_assert_str_eq(s.path[4], "(stdin)");
	ck_assert_int_eq(s.hook_calls, 2);
	ck_assert_int_eq(s.hook_last, s.id[4]);
	ingest_counts(in, &ni, &np, &nr);
	ck_assert_uint_eq(ni, 2);
	ck_assert_uint_eq(np, 1);
	ck_assert_uint_eq(nr, 2);
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 2);
	ingest_free(in);
	store_close(st);
	free(a);
	free(b);
}
END_TEST

START_TEST(test_batch_size_commits)
{
	struct store	*st;
	struct seen	 s;
	struct ingest	*in;
	char		*t;
	int		 i;

	memset(&s, 0, sizeof s);
	in = make(&st, &s, 2);
	for (i = 0; i < 5; i++) {
		t = text(10 + i);
		ck_assert_int_eq(ingest_add(in, "x", t, strlen(t), NULL), 0);
		free(t);
		/* Reported in whole batches of two. */
		ck_assert_uint_eq(s.n, (size_t)((i + 1) / 2 * 2));
	}
	ingest_free(in);	/* the fifth is dropped, unreported */
	ck_assert_uint_eq(s.n, 4);
	store_close(st);
	ck_assert_int_eq(store_open(dbpath, STORE_READONLY, &st, NULL), 0);
	{
		int64_t	n;

		ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
		ck_assert_int_eq(n, 4);
	}
	store_close(st);
}
END_TEST

START_TEST(test_hook_failure_undoes_batch)
{
	struct store	*st;
	struct seen	 s;
	struct ingest	*in;
	char		*a = text(20), *b = text(21), *cause = NULL;
	int64_t		 n;

	memset(&s, 0, sizeof s);
	in = make(&st, &s, 10);
	ck_assert_int_eq(ingest_add(in, "a", a, strlen(a), NULL), 0);
	s.hook_fail = 1;
	ck_assert_int_eq(ingest_add(in, "b", b, strlen(b), &cause), -1);
	ck_assert_str_eq(cause, "align failed");
	free(cause);
	ck_assert_uint_eq(s.n, 0);	/* neither reported */
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 0);		/* nor stored */
	ck_assert_int_eq(store_in_transaction(st), 0);
	/* The unit of work goes on with a new batch. */
	s.hook_fail = 0;
	ck_assert_int_eq(ingest_add(in, "a", a, strlen(a), NULL), 0);
	ck_assert_int_eq(ingest_flush(in, NULL), 0);
	ck_assert_uint_eq(s.n, 1);
	ck_assert_int_eq(s.status[0], INGEST_IMPORTED);
	ingest_free(in);
	store_close(st);
	free(a);
	free(b);
}
END_TEST

START_TEST(test_warnings_and_lines)
{
	struct store	*st;
	struct seen	 s;
	struct ingest	*in;
	struct store_sentence *sent;
	char		*a, *b;
	size_t		 ns, k;
	int		 i;

	memset(&s, 0, sizeof s);
	in = make(&st, &s, 10);
	a = util_printf("Ministers meet for talks on the border\n\n"
	    "The ministers met on Tuesday in the caf\xe9 by the border "
	    "crossing.\n\nOfficials said the talks would resume next "
	    "week.\n");
	ck_assert_int_eq(ingest_add(in, "latin.txt", a, strlen(a), NULL), 0);
	ck_assert_int_eq(ingest_flush(in, NULL), 0);
	ck_assert_uint_eq(s.n, 1);
	ck_assert_int_eq(s.status[0], INGEST_IMPORTED);
	ck_assert_uint_ge(s.nwarnings[0], 1);

	/*
	 * A short line in every article: each stored article counts it once
	 * (a duplicate does not), and once it is in enough articles the
	 * parser drops it as furniture.
	 */
	for (i = 0; i < 5; i++) {
		b = util_printf("Ministers meet for talks in town %d\n\n"
		    "Watch our evening bulletin live\n"
		    "Watch our evening bulletin live\n\n"
		    "The foreign ministers met on Tuesday to discuss crossing "
		    "number %d.\n\nOfficials said the talks would resume "
		    "next week in round %d.\n", i, i, i);
		ck_assert_int_eq(ingest_add(in, "b", b, strlen(b), NULL), 0);
		ck_assert_int_eq(ingest_add(in, "b2", b, strlen(b), NULL), 0);
		ck_assert_int_eq(ingest_flush(in, NULL), 0);
		free(b);
		ck_assert_int_eq(store_line_count(st,
		    "Watch our evening bulletin live"), i + 1);
	}
	ck_assert_int_eq(s.status[s.n - 2], INGEST_IMPORTED);
	ck_assert_int_eq(store_sentences(st, s.id[s.n - 2], &sent, &ns, NULL),
	    0);
	for (k = 0; k < ns; k++)
		ck_assert_ptr_null(strstr(sent[k].text, "evening bulletin"));
	store_sentences_free(sent, ns);
	ingest_free(in);
	store_close(st);
	free(a);
}
END_TEST

static int
slow_hook(void *arg, struct store *st, int64_t article, void *prep,
    char **cause)
{
	(void)prep;
	(void)arg;
	(void)st;
	(void)article;
	(void)cause;
	usleep(10000);
	return 0;
}

/*
 * While an import holds the write lock batch after batch, another process
 * still gets its turn between two batches instead of timing out.
 */
START_TEST(test_writer_gets_in)
{
	struct ingest_options	 o;
	struct ingest		*in;
	struct store		*st, *w;
	pid_t			 pid;
	char			*t, *cause = NULL, c;
	int			 i, p[2], status;
	int64_t			 id;

	ck_assert_int_eq(store_open(dbpath, STORE_CREATE, &st, NULL), 0);
	store_close(st);
	ck_assert_int_eq(pipe(p), 0);
	if ((pid = fork()) == 0) {
		close(p[0]);
		if (store_open(dbpath, 0, &st, NULL) != 0)
			_exit(1);
		memset(&o, 0, sizeof o);
		o.batch = 10;			/* 0.1 s a batch */
		o.after_add = slow_hook;
		if (ingest_new(st, &o, &in, NULL) != 0)
			_exit(1);
		for (i = 0; i < 300; i++) {	/* 3 s in all */
			t = text(1000 + i);
			if (ingest_add(in, "t", t, strlen(t), NULL) != 0)
				_exit(1);
			free(t);
			if (i == 0 && write(p[1], "x", 1) != 1)
				_exit(1);
		}
		_exit(ingest_flush(in, NULL) == 0 ? 0 : 1);
	}
	close(p[1]);
	ck_assert_int_eq(read(p[0], &c, 1), 1);	/* the import is on */
	close(p[0]);
	ck_assert_int_eq(store_open(dbpath, 0, &w, NULL), 0);
	for (i = 0; i < 3; i++) {
		if (store_begin(w, &cause) != 0)
			ck_abort_msg("writer %d kept out: %s", i, cause);
		ck_assert_int_eq(store_verdict_add(w, STORE_TARGET_PAIR, 1,
		    "confirmed", NULL, "test", &id, NULL), 0);
		ck_assert_int_eq(store_commit(w, NULL), 0);
	}
	/* The writes went in between batches, not after the import. */
	ck_assert_int_eq(waitpid(pid, &status, WNOHANG), 0);
	store_close(w);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}
END_TEST

/* --- parsing threads ---------------------------------------------------- */

#define NLOG	64

/* Outcomes and what the hooks saw, for runs with and without threads. */
struct run {
	size_t	n;
	int	status[NLOG];
	int64_t	id[NLOG];
	size_t	nsentences[NLOG];
	char	path[NLOG][16];
	int	hooks;
	int	fail_at;	/* the hook call that fails, or 0 */
	int	bad_prep;	/* a prep that was not its article's */
	int	preps;		/* preps made */
	atomic_int made;	/* by prepare(), on the threads */
	atomic_int freed;
};

static void
run_report(void *arg, const struct ingest_result *r)
{
	struct run	*u = arg;

	if (u->n >= NLOG)
		return;
	u->status[u->n] = (int)r->status;
	u->id[u->n] = r->id;
	u->nsentences[u->n] = r->nsentences;
	snprintf(u->path[u->n], sizeof u->path[0], "%s",
	    r->path != NULL ? r->path : "-");
	u->n++;
}

/* The prep of an article is its title, as the parser found it. */
static void *
run_prepare(void *arg, const struct article *a)
{
	struct run	*u = arg;

	atomic_fetch_add(&u->made, 1);
	return util_strdup(a->title != NULL ? a->title : "");
}

static void
run_prep_free(void *arg, void *prep)
{
	struct run	*u = arg;

	atomic_fetch_add(&u->freed, 1);
	free(prep);
}

static int
run_hook(void *arg, struct store *st, int64_t article, void *prep,
    char **cause)
{
	struct run		*u = arg;
	struct store_article	*a = NULL;

	if (++u->hooks == u->fail_at) {
		util_cause(cause, "align failed");
		return -1;
	}
	if (prep != NULL) {
		u->preps++;
		if (store_article_get(st, article, &a, cause) != 0 ||
		    a == NULL)
			return -1;
		if (strcmp(prep, a->title != NULL ? a->title : "") != 0)
			u->bad_prep++;
		store_article_free(a);
	}
	return 0;
}

static struct ingest *
run_make(const char *path, struct store **st, struct run *u, size_t threads,
    int defer)
{
	struct ingest_options	 o;
	struct ingest		*in = NULL;
	char			*cause = NULL;

	if (store_open(path, STORE_CREATE, st, &cause) != 0)
		ck_abort_msg("open: %s", cause);
	memset(&o, 0, sizeof o);
	o.batch = 7;
	o.threads = threads;
	o.defer = defer;
	o.report = run_report;
	o.report_arg = u;
	o.after_add = run_hook;
	o.after_add_arg = u;
	o.prepare = run_prepare;
	o.prep_free = run_prep_free;
	ck_assert_int_eq(ingest_new(*st, &o, &in, &cause), 0);
	return in;
}

/*
 * Article i of the set: every one carries the same short line (page
 * furniture once it is in enough articles, which happens in the middle
 * of a batch), every fifth repeats an earlier one, and two are no
 * articles at all.
 */
static char *
set_text(int i)
{
	if (i == 11)
		return util_strdup("");
	if (i == 17)
		return util_strdup("   \n\n  \n");
	if (i % 5 == 4)
		i -= 3;
	return util_printf("Flooding cuts roads in the valley %d\n\n"
	    "Listen to the morning briefing\n\n"
	    "Rescue teams reached village number %d on Sunday after the "
	    "river burst its banks.\n\nOfficials said %d families were "
	    "moved to shelters overnight.\n\nListen to the morning "
	    "briefing\n", i, i, i * 3 + 1);
}

#define SET_SIZE	40

/* Import the set (a rejection named in the middle), return the run. */
static void
run_set(const char *path, struct run *u, size_t threads)
{
	struct store	*st;
	struct ingest	*in;
	char		*t, name[16];
	int		 i;

	in = run_make(path, &st, u, threads, 0);
	/* each thread has a connection of its own to the new database */
	ck_assert_uint_eq(ingest_threads(in), threads);
	for (i = 0; i < SET_SIZE; i++) {
		if (i == 23)
			ck_assert_int_eq(ingest_reject(in, "gone", "missing"),
			    0);
		t = set_text(i);
		snprintf(name, sizeof name, "f%d", i);
		ck_assert_int_eq(ingest_add(in, name, t, strlen(t), NULL), 0);
		free(t);
	}
	ck_assert_int_eq(ingest_flush(in, NULL), 0);
	ingest_free(in);
	store_close(st);
}

/*
 * Parsed on threads, the set is stored exactly as parsed in order: the
 * same outcomes in the same order, the same articles and sentences
 * (the recurring line dropped from the same article on), every prep its
 * own article's and every prep freed.
 */
START_TEST(test_threads_same_result)
{
	struct run		 one, many;
	struct store		*a, *b;
	struct store_sentence	*sa, *sb;
	char			 path2[160];
	size_t			 i, k, na, nb;
	int			 dropped = 0;

	memset(&one, 0, sizeof one);
	memset(&many, 0, sizeof many);
	snprintf(path2, sizeof path2, "%s/threads.db", tmpdir);
	run_set(dbpath, &one, 0);
	run_set(path2, &many, 3);
	ck_assert_uint_eq(one.n, SET_SIZE + 1);
	ck_assert_uint_eq(many.n, one.n);
	ck_assert_int_eq(many.bad_prep, 0);
	ck_assert_int_eq(atomic_load(&many.made), atomic_load(&many.freed));
	ck_assert_int_eq(atomic_load(&one.made), 0);	/* no threads */
	ck_assert_int_eq(store_open(dbpath, STORE_READONLY, &a, NULL), 0);
	ck_assert_int_eq(store_open(path2, STORE_READONLY, &b, NULL), 0);
	for (i = 0; i < one.n; i++) {
		ck_assert_str_eq(many.path[i], one.path[i]);
		ck_assert_int_eq(many.status[i], one.status[i]);
		ck_assert_int_eq(many.id[i], one.id[i]);
		ck_assert_uint_eq(many.nsentences[i], one.nsentences[i]);
		if (one.status[i] != INGEST_IMPORTED)
			continue;
		ck_assert_int_eq(store_sentences(a, one.id[i], &sa, &na,
		    NULL), 0);
		ck_assert_int_eq(store_sentences(b, many.id[i], &sb, &nb,
		    NULL), 0);
		ck_assert_uint_eq(na, nb);
		for (k = 0; k < na; k++)
			ck_assert_str_eq(sa[k].text, sb[k].text);
		for (k = 0; k < na && strstr(sa[k].text, "briefing") ==
		    NULL; k++)
			;
		dropped += k == na;
		store_sentences_free(sa, na);
		store_sentences_free(sb, nb);
	}
	/* The line became furniture along the way, not from the start. */
	ck_assert_int_gt(dropped, 0);
	ck_assert_int_lt(dropped, SET_SIZE - 10);
	ck_assert_int_eq(one.status[11], INGEST_REJECTED);
	ck_assert_int_eq(one.status[4], INGEST_PRESENT);
	ck_assert_str_eq(one.path[23], "gone");
	store_close(a);
	store_close(b);
}
END_TEST

/* A hook failing while threads parse ahead: the batch is undone and not
 * reported, the files queued behind it are dropped, and the unit of work
 * goes on. */
START_TEST(test_threads_failure)
{
	struct run	 u;
	struct store	*st;
	struct ingest	*in;
	char		*t, *cause = NULL, name[16];
	int		 i, failed = -1;
	int64_t		 n;

	memset(&u, 0, sizeof u);
	u.fail_at = 10;			/* in the second batch of 7 */
	in = run_make(dbpath, &st, &u, 2, 0);
	ck_assert_uint_eq(ingest_threads(in), 2);
	for (i = 0; i < 30 && failed < 0; i++) {
		t = set_text(100 + i * 5);
		snprintf(name, sizeof name, "f%d", i);
		if (ingest_add(in, name, t, strlen(t), &cause) != 0)
			failed = i;
		free(t);
	}
	if (failed < 0 && ingest_flush(in, &cause) != 0)
		failed = i;
	ck_assert_int_ge(failed, 9);
	ck_assert_str_eq(cause, "align failed");
	free(cause);
	ck_assert_uint_eq(u.n, 7);	/* the first batch only */
	ck_assert_int_eq(store_in_transaction(st), 0);
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 7);
	t = set_text(999);
	ck_assert_int_eq(ingest_add(in, "again", t, strlen(t), NULL), 0);
	free(t);
	ck_assert_int_eq(ingest_flush(in, NULL), 0);
	ck_assert_uint_eq(u.n, 8);
	ck_assert_int_eq(u.status[7], INGEST_IMPORTED);
	ingest_free(in);
	ck_assert_int_eq(atomic_load(&u.made), atomic_load(&u.freed));
	store_close(st);
}
END_TEST

/* With alignment deferred the hook is not called and every new article
 * waits for alignment, in order; a duplicate is not listed twice. */
START_TEST(test_defer_lists_pending)
{
	struct run	 u;
	struct store	*st;
	struct ingest	*in;
	int64_t		*ids = NULL, n;
	size_t		 nids, i;
	char		*t;

	memset(&u, 0, sizeof u);
	in = run_make(dbpath, &st, &u, 2, 1);
	for (i = 0; i < 6; i++) {
		t = set_text((int)i);
		ck_assert_int_eq(ingest_add(in, "f", t, strlen(t), NULL), 0);
		free(t);
	}
	ck_assert_int_eq(ingest_flush(in, NULL), 0);
	ck_assert_int_eq(u.hooks, 0);
	ck_assert_int_eq(store_pending_count(st, &n, NULL), 0);
	ck_assert_int_eq(n, 5);		/* the fifth repeats the second */
	ck_assert_int_eq(store_pending_ids(st, 0, &ids, &nids, NULL), 0);
	ck_assert_uint_eq(nids, 5);
	for (i = 1; i < nids; i++)
		ck_assert_int_lt(ids[i - 1], ids[i]);
	free(ids);
	ck_assert_int_eq(store_pending_ids(st, 2, &ids, &nids, NULL), 0);
	ck_assert_uint_eq(nids, 2);
	ck_assert_int_eq(store_pending_done(st, ids[0], NULL), 0);
	free(ids);
	ck_assert_int_eq(store_pending_count(st, &n, NULL), 0);
	ck_assert_int_eq(n, 4);
	ingest_free(in);
	store_close(st);
}
END_TEST

Suite *
ingest_suite(void)
{
	Suite	*s = suite_create("ingest");
	TCase	*tc = tcase_create("ingest");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_outcomes);
	tcase_add_test(tc, test_batch_size_commits);
	tcase_add_test(tc, test_hook_failure_undoes_batch);
	tcase_add_test(tc, test_warnings_and_lines);
	tcase_add_test(tc, test_writer_gets_in);
	tcase_add_test(tc, test_threads_same_result);
	tcase_add_test(tc, test_threads_failure);
	tcase_add_test(tc, test_defer_lists_pending);
	suite_add_tcase(s, tc);
	return s;
}
