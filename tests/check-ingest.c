/*
 * check-ingest.c: the import unit of work on a real store and the real
 * parser: outcomes (imported, already present, rejected) reported only
 * after their batch is committed, a batch dropped unreported when it is
 * not, duplicates inside one batch, recurring lines counted once per
 * article, warnings passed up, and the align hook (called per new article
 * inside the transaction; its failure undoes the batch).
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "suites.h"
#include "px.h"
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
hook(void *arg, struct store *st, int64_t article, char **cause)
{
	struct seen		*s = arg;
	struct store_article	*a = NULL;

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
slow_hook(void *arg, struct store *st, int64_t article, char **cause)
{
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
		o.batch = 25;			/* 0.25 s a batch */
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
	suite_add_tcase(s, tc);
	return s;
}
