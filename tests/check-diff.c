/*
 * check-diff.c: the words that differ between two sentences, and their
 * class (figure, name, other word).  Sentences are invented.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "diff.h"

struct diff_case {
	const char	*a, *b;
	const char	*want_a;	/* differing words of a, '|' joined */
	const char	*want_b;
	int		 cls_a;		/* class of a's first difference */
};

static const struct diff_case diff_cases[] = {
	{ "The storm left 40 people dead.", "The storm left 40 people dead.",
	  "", "", -1 },
	{ "The storm left 40 people dead.", "The storm left 1,250 people dead.",
	  "40", "1,250", DIFF_NUMBER },
	{ "Talks will be held in Norhaven on Monday.",
	  "Talks will be held in Eastport on Monday.",
	  "Norhaven", "Eastport", DIFF_NAME },
	{ "About twelve boats sank.", "About thirty boats sank.",
	  "twelve", "thirty", DIFF_NUMBER },
	{ "Officials said the bridge was closed.",
	  "officials SAID the bridge was shut.", "closed", "shut",
	  DIFF_WORD },
	{ "Losses reached 2.5 million.", "Losses reached 2.75 million.",
	  "2.5", "2.75", DIFF_NUMBER },
};

static void
joined(const char *s, const struct diff_span *d, size_t n, char *buf,
    size_t len)
{
	size_t	i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		used += (size_t)snprintf(buf + used, len - used, "%s%.*s",
		    i > 0 ? "|" : "", (int)(d[i].end - d[i].start),
		    s + d[i].start);
}

START_TEST(test_diff)
{
	const struct diff_case	*c = &diff_cases[_i];
	struct diff_span	*da, *db;
	size_t			 na, nb;
	char			 buf[256];

	ck_assert_int_eq(diff_words(c->a, c->b, &da, &na, &db, &nb), 0);
	joined(c->a, da, na, buf, sizeof buf);
	ck_assert_str_eq(buf, c->want_a);
	joined(c->b, db, nb, buf, sizeof buf);
	ck_assert_str_eq(buf, c->want_b);
	if (c->cls_a >= 0) {
		ck_assert_uint_ge(na, 1);
		ck_assert_int_eq(da[0].cls, c->cls_a);
	}
	free(da);
	free(db);
}
END_TEST

START_TEST(test_diff_long)
{
	char			*a, *b;
	struct diff_span	*da, *db;
	size_t			 na, nb, i;

	a = malloc(8 * 1000 + 1);
	b = malloc(8 * 1000 + 1);
	for (i = 0; i < 1000; i++) {
		memcpy(a + 8 * i, "word    ", 8);
		memcpy(b + 8 * i, "word    ", 8);
	}
	a[8000] = b[8000] = '\0';
	ck_assert_int_eq(diff_words(a, b, &da, &na, &db, &nb), 0);
	ck_assert_uint_eq(na, 0);
	ck_assert_uint_eq(nb, 0);
	free(a);
	free(b);
}
END_TEST

Suite *
diff_suite(void)
{
	Suite	*s = suite_create("diff");
	TCase	*tc = tcase_create("diff");

	tcase_add_loop_test(tc, test_diff, 0, PX_NITEMS(diff_cases));
	tcase_add_test(tc, test_diff_long);
	suite_add_tcase(s, tc);
	return s;
}
