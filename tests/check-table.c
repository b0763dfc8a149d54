/*
 * check-table.c: loading the data tables users may extend, through a kind
 * of table made here (two parts, "one" and "two", whose parser writes down
 * every line it is given and refuses a line starting with "bad").  Every
 * row writes a system and a user file for each part into directories of
 * its own (PARALLAX_DATADIR, XDG_CONFIG_HOME), loads them and compares the
 * lines the parser saw, the result and the error; then text parsed from
 * memory, and the default table kept once loaded (once, by one thread
 * when several ask for it at once).
 */
#include <config.h>

#include <sys/stat.h>

#include <pthread.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "px.h"
#include "table.h"

struct seen {
	char	lines[256];	/* "PART:LINE|" for every line parsed */
};

static atomic_int	creates;	/* calls of seen_create() */

static void *
seen_create(void)
{
	creates++;
	return calloc(1, sizeof(struct seen));
}

static void
seen_destroy(void *t)
{
	free(t);
}

static int
seen_line(void *t, size_t part, char *line, char **cause)
{
	struct seen	*s = t;
	size_t		 n = strlen(s->lines);

	if (strncmp(line, "bad", 3) == 0) {
		util_cause(cause, "%s", "no good");
		return -1;
	}
	snprintf(s->lines + n, sizeof s->lines - n, "%zu:%s|", part, line);
	return 0;
}

static const struct table_kind seen_kind = {
	{ "one", "two", NULL }, seen_create, seen_destroy, seen_line, 0
};

static const struct table_kind fallback_kind = {
	{ "one", NULL }, seen_create, seen_destroy, seen_line, 1
};

enum { SYS, USER };

static const struct {
	const char	*name;
	const char	*file[2][2];	/* [SYS or USER][part], NULL: none */
	int		 rc;
	const char	*want;		/* lines seen (on success) */
	int		 bad_in;	/* SYS or USER: whose file is named */
	const char	*bad_part;
	const char	*bad_at;	/* ":LINE: no good" */
} cases[] = {
	{ "comments",
	  { { "# head\nA\n  # indented\n\t#tab\nB # not a comment\n",
	      NULL }, { NULL, NULL } },
	  0, "0:A|0:B # not a comment|", 0, NULL, NULL },
	{ "blank lines",
	  { { "\n\nA\n\n   \n\t\nB\n\n", NULL }, { NULL, NULL } },
	  0, "0:A|0:B|", 0, NULL, NULL },
	{ "CRLF",
	  { { "# c\r\nA\r\n\r\n \r\nB x\r\n", NULL }, { NULL, NULL } },
	  0, "0:A|0:B x|", 0, NULL, NULL },
	{ "a CR inside a line stays",
	  { { "A\rB\nC\r\r\n", NULL }, { NULL, NULL } },
	  0, "0:A\rB|0:C\r|", 0, NULL, NULL },
	{ "no last newline",
	  { { "A\nB", NULL }, { NULL, NULL } },
	  0, "0:A|0:B|", 0, NULL, NULL },
	{ "no last newline, CR",
	  { { "A\r\nB\r", NULL }, { NULL, NULL } },
	  0, "0:A|0:B|", 0, NULL, NULL },
	{ "no files",
	  { { NULL, NULL }, { NULL, NULL } },
	  0, "", 0, NULL, NULL },
	{ "empty files",
	  { { "", "" }, { "", "" } },
	  0, "", 0, NULL, NULL },
	{ "a user file extends the system one",
	  { { "A\nB\n", NULL }, { "# mine\nC\n", NULL } },
	  0, "0:A|0:B|0:C|", 0, NULL, NULL },
	{ "a user file alone",
	  { { NULL, NULL }, { "C\n", NULL } },
	  0, "0:C|", 0, NULL, NULL },
	{ "parts in order, system file first in each",
	  { { "A\n", "X\n" }, { "B\n", "Y\n" } },
	  0, "0:A|0:B|1:X|1:Y|", 0, NULL, NULL },
	{ "a bad line, counted with comments and blank lines",
	  { { "A\n# c\n\nbad x\nC\n", NULL }, { "D\n", NULL } },
	  -1, NULL, SYS, "one", ":4: no good" },
	{ "a bad line, CRLF",
	  { { "A\r\n\r\nbad\r\n", NULL }, { NULL, NULL } },
	  -1, NULL, SYS, "one", ":3: no good" },
	{ "a bad line in the user's file",
	  { { "A\n", NULL }, { "C\nbad\n", NULL } },
	  -1, NULL, USER, "one", ":2: no good" },
	{ "a bad line in the second part",
	  { { "A\n", "X\nY\nZ\nbad" }, { NULL, NULL } },
	  -1, NULL, SYS, "two", ":4: no good" },
};

struct dirs {
	char	 top[64];
	char	 dir[2][128];	/* share, config/parallax */
	char	*saved[2];	/* PARALLAX_DATADIR, XDG_CONFIG_HOME */
};

static const char *const envs[2] = { "PARALLAX_DATADIR", "XDG_CONFIG_HOME" };

static void
write_file(const char *path, const char *text)
{
	FILE	*f;

	ck_assert_ptr_nonnull(f = fopen(path, "w"));
	ck_assert_int_ge(fputs(text, f), 0);
	ck_assert_int_eq(fclose(f), 0);
}

static void
dirs_make(struct dirs *d)
{
	char		 conf[96];
	const char	*v;
	int		 k;

	snprintf(d->top, sizeof d->top, "/tmp/px-table-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(d->top));
	snprintf(d->dir[SYS], sizeof d->dir[SYS], "%s/share", d->top);
	snprintf(conf, sizeof conf, "%s/config", d->top);
	snprintf(d->dir[USER], sizeof d->dir[USER], "%s/parallax", conf);
	ck_assert_int_eq(mkdir(d->dir[SYS], 0700), 0);
	ck_assert_int_eq(mkdir(conf, 0700), 0);
	ck_assert_int_eq(mkdir(d->dir[USER], 0700), 0);
	for (k = 0; k < 2; k++)
		d->saved[k] = (v = getenv(envs[k])) != NULL ? strdup(v) : NULL;
	setenv(envs[SYS], d->dir[SYS], 1);
	setenv(envs[USER], conf, 1);
}

static void
dirs_remove(struct dirs *d)
{
	char	path[256], conf[96];
	int	k;

	for (k = 0; k < 2; k++) {
		snprintf(path, sizeof path, "%s/one", d->dir[k]);
		unlink(path);
		snprintf(path, sizeof path, "%s/two", d->dir[k]);
		unlink(path);
		rmdir(d->dir[k]);
		if (d->saved[k] != NULL)
			setenv(envs[k], d->saved[k], 1);
		else
			unsetenv(envs[k]);
		free(d->saved[k]);
	}
	snprintf(conf, sizeof conf, "%s/config", d->top);
	rmdir(conf);
	rmdir(d->top);
}

START_TEST(test_load)
{
	struct dirs	 d;
	struct seen	*t = NULL;
	void		*out;
	char		 path[256], *cause = NULL;
	int		 k, part;

	dirs_make(&d);
	for (k = 0; k < 2; k++) {
		for (part = 0; part < 2; part++) {
			if (cases[_i].file[k][part] == NULL)
				continue;
			snprintf(path, sizeof path, "%s/%s", d.dir[k],
			    seen_kind.parts[part]);
			write_file(path, cases[_i].file[k][part]);
		}
	}
	out = table_load(&seen_kind, &cause);
	if (cases[_i].rc == 0) {
		ck_assert_ptr_nonnull(t = out);
		ck_assert_str_eq(t->lines, cases[_i].want);
		ck_assert_ptr_null(cause);
	} else {
		ck_assert_ptr_null(out);
		snprintf(path, sizeof path, "%s/%s%s", d.dir[cases[_i].bad_in],
		    cases[_i].bad_part, cases[_i].bad_at);
		ck_assert_ptr_nonnull(cause);
		ck_assert_str_eq(cause, path);
	}
	free(cause);
	seen_destroy(t);
	dirs_remove(&d);
}
END_TEST

/* A file that cannot be read is an error naming it. */
START_TEST(test_unreadable)
{
	struct dirs	 d;
	char		 path[256], *cause = NULL;

	dirs_make(&d);
	snprintf(path, sizeof path, "%s/one", d.dir[USER]);
	ck_assert_int_eq(mkdir(path, 0700), 0);	/* a directory */
	ck_assert_ptr_null(table_load(&seen_kind, &cause));
	ck_assert_ptr_nonnull(cause);
	ck_assert_int_eq(strncmp(cause, path, strlen(path)), 0);
	ck_assert_int_eq(strncmp(cause + strlen(path), ": ", 2), 0);
	free(cause);
	rmdir(path);
	dirs_remove(&d);
}
END_TEST

/* Text in memory: the same filter; the cause is named or left alone. */
START_TEST(test_parse)
{
	struct seen	 s;
	char		 text[64], *cause = NULL;

	memset(&s, 0, sizeof s);
	snprintf(text, sizeof text, "# c\r\nA\r\n\n  \nB");
	ck_assert_int_eq(table_parse(text, "mem", seen_line, &s, 1, &cause),
	    0);
	ck_assert_str_eq(s.lines, "1:A|1:B|");
	snprintf(text, sizeof text, "A\n\nbad\n");
	ck_assert_int_eq(table_parse(text, "mem", seen_line, &s, 0, &cause),
	    -1);
	ck_assert_str_eq(cause, "mem:3: no good");
	free(cause);
	cause = NULL;
	snprintf(text, sizeof text, "bad\n");
	ck_assert_int_eq(table_parse(text, NULL, seen_line, &s, 0, &cause),
	    -1);
	ck_assert_str_eq(cause, "no good");
	free(cause);
	snprintf(text, sizeof text, "bad\n");
	ck_assert_int_eq(table_parse(text, NULL, seen_line, &s, 0, NULL), -1);
}
END_TEST

/* The default table is loaded once; when loading fails it is NULL, or
 * the created table for a kind with a fallback. */
START_TEST(test_default)
{
	static struct table_cache	 good = TABLE_CACHE_INIT;
	static struct table_cache	 broken = TABLE_CACHE_INIT;
	static struct table_cache	 fallback = TABLE_CACHE_INIT;
	struct dirs			 d;
	const struct seen		*t;
	char				 path[256];

	dirs_make(&d);
	snprintf(path, sizeof path, "%s/one", d.dir[SYS]);
	write_file(path, "A\n");
	creates = 0;
	ck_assert_ptr_nonnull(t = table_default(&seen_kind, &good));
	ck_assert_str_eq(t->lines, "0:A|");
	write_file(path, "B\n");
	ck_assert_ptr_eq(table_default(&seen_kind, &good), t);
	ck_assert_str_eq(t->lines, "0:A|");
	ck_assert_int_eq(creates, 1);
	write_file(path, "bad\n");
	ck_assert_ptr_null(table_default(&seen_kind, &broken));
	ck_assert_ptr_null(table_default(&seen_kind, &broken));
	ck_assert_int_eq(creates, 2);
	ck_assert_ptr_nonnull(t = table_default(&fallback_kind, &fallback));
	ck_assert_str_eq(t->lines, "");
	ck_assert_ptr_eq(table_default(&fallback_kind, &fallback), t);
	ck_assert_int_eq(creates, 4);
	dirs_remove(&d);
	seen_destroy(good.table);
	seen_destroy(fallback.table);
}
END_TEST

#define RACERS	4

static struct table_cache	race = TABLE_CACHE_INIT;
static pthread_barrier_t	race_start;

static void *
racer(void *arg)
{
	pthread_barrier_wait(&race_start);
	*(const void **)arg = table_default(&seen_kind, &race);
	return NULL;
}

/* Threads asking for the default table at once get one table, loaded
 * once. */
START_TEST(test_default_threads)
{
	struct dirs		 d;
	pthread_t		 t[RACERS];
	const void		*got[RACERS];
	const struct seen	*s;
	char			 path[256];
	size_t			 i;

	dirs_make(&d);
	snprintf(path, sizeof path, "%s/one", d.dir[SYS]);
	write_file(path, "A\n");
	creates = 0;
	ck_assert_int_eq(pthread_barrier_init(&race_start, NULL, RACERS), 0);
	for (i = 0; i < RACERS; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, racer, &got[i]),
		    0);
	for (i = 0; i < RACERS; i++)
		pthread_join(t[i], NULL);
	pthread_barrier_destroy(&race_start);
	ck_assert_int_eq(creates, 1);
	ck_assert_ptr_nonnull(s = got[0]);
	for (i = 1; i < RACERS; i++)
		ck_assert_ptr_eq(got[i], s);
	ck_assert_str_eq(s->lines, "0:A|");
	dirs_remove(&d);
	seen_destroy(race.table);
}
END_TEST

Suite *
table_suite(void)
{
	Suite	*s = suite_create("table");
	TCase	*tc;

	tc = tcase_create("load");
	tcase_add_loop_test(tc, test_load, 0, PX_NITEMS(cases));
	tcase_add_test(tc, test_unreadable);
	tcase_add_test(tc, test_parse);
	tcase_add_test(tc, test_default);
	tcase_add_test(tc, test_default_threads);
	suite_add_tcase(s, tc);
	return s;
}
