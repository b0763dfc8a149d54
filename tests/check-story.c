/*
 * check-story.c: stories from links between articles.  Cases from a quake
 * story, a summit story and an unrelated sports item.
 */
#include <config.h>

#include <stdlib.h>

#include "suites.h"
#include "px.h"
#include "story.h"

struct days_case {
	const char	*a, *b;
	long		 want;
};

static const struct days_case days_cases[] = {
	{ "1970-01-01", "1970-01-01", 0 },
	{ "2000-02-28", "2000-03-01", 2 },	/* 2000 was a leap year */
	{ "1900-02-28", "1900-03-01", 1 },	/* 1900 was not */
	{ "2024-12-31", "2025-01-01", 1 },
	{ "2022-02-25", "2024-07-23", 879 },
	{ "2024-07-23", "2022-02-25", 879 },
	{ NULL, "2024-07-23", -1 },
	{ "2024-13-01", "2024-01-01", -1 },
	{ "24-1-1", "2024-01-01", -1 },
	{ "2024-01-01x", "2024-01-01", -1 },
	{ "2024-01-0", "2024-01-01", -1 },	/* cut short */
	{ "2024/01/01", "2024-01-01", -1 },
	{ "2024-1a-01", "2024-01-01", -1 },
	{ " 2024-01-01", "2024-01-01", -1 },
	{ "2024-02-00", "2024-01-01", -1 },
	{ "0999-12-31", "1000-01-01", 1 },
};

START_TEST(test_days)
{
	const struct days_case	*c = &days_cases[_i];

	ck_assert_int_eq(story_days_between(c->a, c->b), c->want);
}
END_TEST

struct link_case {
	struct story_link	 l;
	const char		*da, *db;
	int			 want;
};

static const struct link_case link_cases[] = {
	{ { 0, 1, 1, 0, 0.9, 0, 1, 0 }, NULL, NULL, 1 },		/* one strong same */
	{ { 0, 1, 1, 0, 0.9, 0, 0, 0 }, NULL, NULL, 0 },	/* one short same */
	{ { 0, 1, 2, 0, 0.9, 0, 0, 0 }, NULL, NULL, 1 },	/* two short same */
	{ { 0, 1, 1, 0, 0.3, 0, 1, 0 }, NULL, NULL, 0 },		/* one weak same */
	{ { 0, 1, 0, 1, 0.6, 0, 0, 0 }, NULL, NULL, 0 },		/* one similar */
	{ { 0, 1, 0, 1, 0.6, 2, 0, 0 }, NULL, NULL, 0 },	/* and two weak */
	{ { 0, 1, 0, 1, 0.6, 3, 0, 0 }, NULL, NULL, 0 },	/* and three weak */
	{ { 0, 1, 0, 1, 0.6, 4, 0, 0 }, NULL, NULL, 1 },	/* and four weak */
	{ { 0, 1, 0, 0, 0.6, 4, 0, 0 }, NULL, NULL, 0 },	/* stock phrases only */
	{ { 0, 1, 0, 0, 0.6, 9, 0, 0 }, NULL, NULL, 0 },
	{ { 0, 1, 0, 0, 0.6, 4, 0, 0 }, "2023-01-01", "2023-03-01", 0 },
	{ { 0, 1, 0, 2, 0.6, 0, 0, 0 }, NULL, NULL, 1 },		/* two similar */
	{ { 0, 1, 0, 3, 0.6, 0, 0, 0 }, "2023-01-01", "2023-06-01", 0 }, /* far apart */
	{ { 0, 1, 0, 3, 0.6, 0, 0, 0 }, "2023-01-01", "2023-01-09", 1 },
	/* the same words months later are another event */
	{ { 0, 1, 2, 0, 0.8, 0, 2, 0 }, "2022-02-25", "2024-07-23", 0 },
	{ { 0, 1, 2, 0, 0.8, 0, 2, 0 }, "2024-07-15", "2024-07-23", 1 },
	{ { 0, 1, 2, 0, 0.8, 0, 2, 0 }, "2024-07-01", "2024-07-23", 0 },
	/* six sentences in ten pairs are one story whatever the dates */
	{ { 0, 1, 0, 10, 0.4, 0, 0, 6 }, "2022-02-25", "2024-07-23", 1 },
	{ { 0, 1, 3, 7, 0.4, 0, 0, 8 }, "2022-02-25", "2024-07-23", 1 },
	{ { 0, 1, 0, 10, 0.4, 0, 0, 5 }, "2022-02-25", "2024-07-23", 0 },
	{ { 0, 1, 0, 9, 0.4, 0, 0, 8 }, "2022-02-25", "2024-07-23", 0 },
	/* an undated article links to any date */
	{ { 0, 1, 2, 0, 0.8, 0, 2, 0 }, NULL, "2024-07-23", 1 },
	{ { 0, 1, 0, 0, 0.0, 0, 0, 0 }, NULL, NULL, 0 },
};

static const struct {
	const char	*a, *b;
	int		 near;
} near_cases[] = {
	{ "2024-07-13", "2024-07-23", 1 }, { "2024-07-12", "2024-07-23", 0 },
	{ NULL, "2024-07-23", 1 }, { NULL, NULL, 1 }, { "bad", "2024-07-23", 1 },
};

/* The span of an undated article's story stands for its date. */
static const struct {
	const char	*date, *first, *last, *want;
} span_cases[] = {
	{ "2026-10-09", "2026-03-03", "2026-03-04", "2026-03-04" },
	{ "2026-01-09", "2026-03-03", "2026-03-04", "2026-03-03" },
	{ "2026-03-03", "2026-03-01", "2026-03-09", "2026-03-03" },
	{ "2026-03-03", "2026-03-01", NULL, "2026-03-01" },
	{ NULL, "2026-03-01", "2026-03-09", NULL },
	{ "2026-03-03", NULL, NULL, NULL },
};

START_TEST(test_span_nearest)
{
	const char	*got = story_span_nearest(span_cases[_i].date,
			    span_cases[_i].first, span_cases[_i].last);

	if (span_cases[_i].want == NULL)
		ck_assert_ptr_null(got);
	else
		ck_assert_str_eq(got, span_cases[_i].want);
}
END_TEST

static const struct {
	const char	*fa, *la, *fb, *lb;
	int		 near;
} spans_cases[] = {
	{ "2026-03-01", "2026-03-04", "2026-03-10", "2026-03-20", 1 },
	{ "2026-03-10", "2026-03-20", "2026-03-01", "2026-03-04", 1 },
	{ "2026-03-01", "2026-03-04", "2026-03-15", "2026-03-20", 0 },
	{ "2026-10-09", NULL, "2026-03-01", "2026-03-04", 0 },
	{ "2026-03-01", "2026-03-30", "2026-03-10", "2026-03-12", 1 },
	{ NULL, NULL, "2026-03-01", "2026-03-04", 1 },
};

START_TEST(test_spans_near)
{
	ck_assert_int_eq(story_spans_near(spans_cases[_i].fa,
	    spans_cases[_i].la, spans_cases[_i].fb, spans_cases[_i].lb),
	    spans_cases[_i].near);
	ck_assert_int_eq(story_spans_near(spans_cases[_i].fb,
	    spans_cases[_i].lb, spans_cases[_i].fa, spans_cases[_i].la),
	    spans_cases[_i].near);
}
END_TEST

/* A month and day without the year, in the year nearest a date. */
static const struct {
	int		 md;
	const char	*date, *want;
} date_near_cases[] = {
	{ 314, "2026-05-04", "2026-03-14" },
	{ 1230, "2026-01-03", "2025-12-30" },
	{ 105, "2025-12-28", "2026-01-05" },
	{ 229, "2026-03-01", "2028-02-29" },	/* the nearest leap year */
	{ 229, "2024-03-01", "2024-02-29" },
	{ 0, "2026-05-04", NULL },
	{ 314, NULL, NULL },
	{ 1314, "2026-05-04", NULL },
	{ 314, "bad", NULL },
};

START_TEST(test_date_near)
{
	char		 buf[11];
	const char	*got = story_date_near(date_near_cases[_i].md,
			    date_near_cases[_i].date, buf);

	if (date_near_cases[_i].want == NULL)
		ck_assert_ptr_null(got);
	else
		ck_assert_str_eq(got, date_near_cases[_i].want);
}
END_TEST

/* An article's date as shown. */
START_TEST(test_date_label)
{
	char	buf[8];

	ck_assert_str_eq(story_date_label("2026-03-14", 314, buf),
	    "2026-03-14");
	ck_assert_str_eq(story_date_label(NULL, 314, buf), "--03-14");
	ck_assert_str_eq(story_date_label(NULL, 1231, buf), "--12-31");
	ck_assert_ptr_null(story_date_label(NULL, 0, buf));
	ck_assert_ptr_null(story_date_label(NULL, 1300, buf));
	ck_assert_ptr_null(story_date_label(NULL, 100, buf));
	ck_assert_ptr_null(story_date_label(NULL, -5, buf));
}
END_TEST

START_TEST(test_near)
{
	ck_assert_int_eq(story_near(near_cases[_i].a, near_cases[_i].b),
	    near_cases[_i].near);
}
END_TEST

START_TEST(test_linked)
{
	const struct link_case	*c = &link_cases[_i];

	ck_assert_int_eq(story_linked(&c->l, c->da, c->db), c->want);
}
END_TEST

START_TEST(test_group_components)
{
	/*
	 * 0-1 quake (strong), 2 summit, 3 quake follow-up linked to 1 by two
	 * similar sentences, 4 sports (no links), 5 summit denial linked to 2.
	 */
	const char		*dates[] = { "2025-03-01", "2025-03-01",
	    "2025-05-10", "2025-03-03", NULL, "2025-05-11" };
	struct story_link	 links[] = {
		{ 5, 2, 1, 1, 0.7, 0, 1, 0 },
		{ 0, 1, 3, 1, 0.95, 0, 3, 0 },
		{ 3, 1, 0, 2, 0.55, 0, 0, 0 },
		{ 4, 0, 0, 1, 0.4, 0, 0, 0 },	/* too weak */
	};
	long			 out[6];

	ck_assert_int_eq(story_group(6, dates, links, PX_NITEMS(links), out),
	    3);
	ck_assert_int_eq(out[0], 0);
	ck_assert_int_eq(out[1], 0);
	ck_assert_int_eq(out[3], 0);
	ck_assert_int_eq(out[2], 1);
	ck_assert_int_eq(out[5], 1);
	ck_assert_int_eq(out[4], 2);
}
END_TEST

START_TEST(test_group_undated_bridge)
{
	/* 0 and 2 are years apart but both share a report with undated 1 */
	const char		*dates[] = { "2022-02-25", NULL, "2024-07-23" };
	struct story_link	 links[] = { { 0, 2, 3, 0, 0.9, 0, 3, 0 },
	    { 0, 1, 1, 0, 0.9, 0, 1, 0 }, { 1, 2, 1, 0, 0.9, 0, 1, 0 } };
	long			 out[3];

	ck_assert_int_eq(story_group(3, dates, links, 1, out), 3);
	ck_assert_int_eq(story_group(3, dates, links, 3, out), 1);
	ck_assert_int_eq(out[0], out[2]);
}
END_TEST

START_TEST(test_group_order_independent)
{
	struct story_link	 fwd[] = { { 0, 3, 1, 0, 0.9, 0, 1, 0 },
	    { 1, 2, 1, 0, 0.9, 0, 1, 0 }, { 2, 3, 1, 0, 0.9, 0, 1, 0 } };
	struct story_link	 rev[] = { { 2, 3, 1, 0, 0.9, 0, 1, 0 },
	    { 1, 2, 1, 0, 0.9, 0, 1, 0 }, { 0, 3, 1, 0, 0.9, 0, 1, 0 } };
	long			 a[5], b[5];
	size_t			 i;

	ck_assert_int_eq(story_group(5, NULL, fwd, 3, a), 2);
	ck_assert_int_eq(story_group(5, NULL, rev, 3, b), 2);
	for (i = 0; i < 5; i++)
		ck_assert_int_eq(a[i], b[i]);
	ck_assert_int_eq(a[4], 1);
}
END_TEST

START_TEST(test_group_bad_links_ignored)
{
	struct story_link	 links[] = { { 0, 7, 1, 0, 0.9, 0, 1, 0 },
	    { 1, 1, 1, 0, 0.9, 0, 1, 0 } };
	long			 out[2];

	ck_assert_int_eq(story_group(2, NULL, links, 2, out), 2);
	ck_assert_int_eq(story_group(0, NULL, NULL, 0, out), 0);
}
END_TEST

Suite *
story_suite(void)
{
	Suite	*s = suite_create("story");
	TCase	*tc = tcase_create("story");

	tcase_add_loop_test(tc, test_days, 0, PX_NITEMS(days_cases));
	tcase_add_loop_test(tc, test_linked, 0, PX_NITEMS(link_cases));
	tcase_add_loop_test(tc, test_near, 0, PX_NITEMS(near_cases));
	tcase_add_loop_test(tc, test_span_nearest, 0,
	    PX_NITEMS(span_cases));
	tcase_add_loop_test(tc, test_spans_near, 0, PX_NITEMS(spans_cases));
	tcase_add_loop_test(tc, test_date_near, 0,
	    PX_NITEMS(date_near_cases));
	tcase_add_test(tc, test_date_label);
	tcase_add_test(tc, test_group_components);
	tcase_add_test(tc, test_group_order_independent);
	tcase_add_test(tc, test_group_undated_bridge);
	tcase_add_test(tc, test_group_bad_links_ignored);
	suite_add_tcase(s, tc);
	return s;
}
