/*
 * check-months.c: the month names table: the line format and its errors,
 * matching in any case of any script, English forms told apart, forms two
 * months claim never matching, and the shipped table.  The table is built
 * here line by line so the tests do not depend on the shipped data.
 */
#include <config.h>

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "px.h"
#include "months.h"

static const char *const table[] = {
	"# comment",
	"",
	"3 | en march mar | es marzo mar | de märz",
	"5 | en may | tr mayıs may | id mei",
	"11 | tr kasım kas | ru ноября | pl listopad",
	"10 | hr listopad",	/* another month: "listopad" is ambiguous */
	"7 | xx q",		/* a form of one letter */
};

static struct months *
make_table(void)
{
	struct months	*t = months_new();
	char		*cause = NULL;
	size_t		 i;

	ck_assert_ptr_nonnull(t);
	for (i = 0; i < PX_NITEMS(table); i++)
		ck_assert_int_eq(months_add(t, table[i], &cause), 0);
	return t;
}

struct month_case {
	const char	*text;
	int		 month;		/* 0: none */
	int		 english;
	size_t		 end;
};

static const struct month_case month_cases[] = {
	{ "March 4", 3, 1, 5 },
	{ "MAR. 4", 3, 1, 4 },		/* the full stop is taken */
	{ "marzo de", 3, 0, 5 },
	{ "MÄRZ 2026", 3, 0, 5 },
	{ "Mayıs", 5, 0, 6 },
	{ "MAYIS", 5, 0, 5 },		/* dotless i folds with I */
	{ "Mei", 5, 0, 3 },
	{ "KASIM", 11, 0, 5 },
	{ "НОЯБРЯ", 11, 0, 12 },
	{ "Marches", 0, 0, 0 },		/* a whole word only */
	{ "Mars", 0, 0, 0 },
	{ "listopad", 0, 0, 0 },	/* two months claim it */
	{ "4 March", 0, 0, 0 },		/* no word at the start */
	{ "Q, 2026", 7, 0, 1 },		/* one letter, then no letter */
	{ "q", 7, 0, 1 },		/* one letter, then the end */
	{ "Qu", 0, 0, 0 },		/* no form starts so */
	{ "May-June", 5, 1, 3 },
	{ "Xmas", 0, 0, 0 },
};

START_TEST(test_month)
{
	const struct month_case	*c = &month_cases[_i];
	struct months		*t = make_table();
	size_t			 end = 0;
	int			 en = -1;

	ck_assert_int_eq(months_at(t, c->text, strlen(c->text), 0, &end, &en),
	    c->month);
	if (c->month != 0) {
		ck_assert_int_eq(en, c->english);
		ck_assert_uint_eq(end, c->end);
	}
	months_free(t);
}
END_TEST

static const char *const bad_lines[] = {
	"13 | en smarch",
	"march | en march",
	"3 en march",
	"3 | en march | ",
	"3 | en mar.",
};

START_TEST(test_bad_line)
{
	struct months	*t = months_new();
	char		*cause = NULL;

	ck_assert_int_eq(months_add(t, bad_lines[_i], &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	months_free(t);
	months_free(NULL);
}
END_TEST

START_TEST(test_default)
{
	const struct months	*t = months_default();
	size_t			 end;
	int			 en;

	ck_assert_ptr_nonnull(t);
	ck_assert_ptr_eq(months_default(), t);
	ck_assert_uint_gt(months_count(t), 100);
	ck_assert_int_eq(months_at(t, "Sept.", 5, 0, &end, &en), 9);
	ck_assert_int_eq(en, 1);
	ck_assert_uint_eq(end, 5);
	ck_assert_int_eq(months_at(t, "avril", 5, 0, &end, &en), 4);
	ck_assert_int_eq(en, 0);
	ck_assert_int_eq(months_at(t, "грудня", strlen("грудня"), 0, &end,
	    &en), 12);
}
END_TEST

/* No data file at all: the English months built in. */
START_TEST(test_builtin)
{
	struct months	*t = NULL;
	char		*cause = NULL, *dir, *conf;
	const char	*v;
	size_t		 end;

	dir = (v = getenv("PARALLAX_DATADIR")) != NULL ? strdup(v) : NULL;
	conf = (v = getenv("XDG_CONFIG_HOME")) != NULL ? strdup(v) : NULL;
	setenv("PARALLAX_DATADIR", "/nonexistent", 1);
	setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
	ck_assert_int_eq(months_load(&t, &cause), 0);
	if (dir != NULL)
		setenv("PARALLAX_DATADIR", dir, 1);
	if (conf != NULL)
		setenv("XDG_CONFIG_HOME", conf, 1);
	free(dir);
	free(conf);
	ck_assert_uint_eq(months_count(t), 24);
	ck_assert_int_eq(months_at(t, "Dec", 3, 0, &end, NULL), 12);
	ck_assert_int_eq(months_at(t, "diciembre", 9, 0, &end, NULL), 0);
	months_free(t);
}
END_TEST

/* The user's file extends the shipped table; a broken one is an error
 * that names the file and line. */
START_TEST(test_user_file)
{
	struct months	*t = NULL;
	char		 dir[64], sub[96], path[128], *cause = NULL, *conf;
	const char	*v;
	size_t		 end;
	FILE		*f;

	snprintf(dir, sizeof dir, "/tmp/px-months-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(sub, sizeof sub, "%s/parallax", dir);
	ck_assert_int_eq(mkdir(sub, 0700), 0);
	snprintf(path, sizeof path, "%s/months", sub);
	ck_assert_ptr_nonnull(f = fopen(path, "w"));
	fputs("# Czech, genitive\n3 | cs března\n", f);
	fclose(f);
	conf = (v = getenv("XDG_CONFIG_HOME")) != NULL ? strdup(v) : NULL;
	setenv("XDG_CONFIG_HOME", dir, 1);
	ck_assert_int_eq(months_load(&t, &cause), 0);
	ck_assert_int_eq(months_at(t, "BŘEZNA", strlen("BŘEZNA"), 0, &end,
	    NULL), 3);
	ck_assert_int_eq(months_at(t, "May", 3, 0, &end, NULL), 5);
	months_free(t);
	ck_assert_ptr_nonnull(f = fopen(path, "a"));
	fputs("march | en march\n", f);
	fclose(f);
	ck_assert_int_eq(months_load(&t, &cause), -1);
	ck_assert_ptr_null(t);
	ck_assert_ptr_nonnull(strstr(cause, ":3:"));
	free(cause);
	if (conf != NULL)
		setenv("XDG_CONFIG_HOME", conf, 1);
	free(conf);
	unlink(path);
	rmdir(sub);
	rmdir(dir);
}
END_TEST

Suite *
months_suite(void)
{
	Suite	*s = suite_create("months");
	TCase	*tc;

	tc = tcase_create("table");
	tcase_add_loop_test(tc, test_month, 0, PX_NITEMS(month_cases));
	tcase_add_loop_test(tc, test_bad_line, 0, PX_NITEMS(bad_lines));
	tcase_add_test(tc, test_default);
	tcase_add_test(tc, test_builtin);
	tcase_add_test(tc, test_user_file);
	suite_add_tcase(s, tc);
	return s;
}
