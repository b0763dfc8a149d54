/*
 * check-rows.c: compare rows from sentence links.  Whatever the links,
 * every sentence of every pane appears exactly once, in reading order, and
 * the linked sentences of the chain share a row.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "rows.h"
#include "cells.h"
#include "diff.h"
#include "store.h"

struct rows_case {
	size_t			 npanes;
	size_t			 nsent[3];
	struct rows_link	 links[6];	/* pane, a, b, rel, from */
	size_t			 nlinks;
	size_t			 together;	/* links expected in one row */
};

static const struct rows_case rows_cases[] = {
	/* No links: every sentence alone, the other panes filler. */
	{ 2, { 3, 2, 0 }, { { 0, 0, 0, 0, 0 } }, 0, 0 },
	/* One link in the middle: 1 and 1 share a row. */
	{ 2, { 3, 3, 0 }, { { 1, 1, 1, 0, 0 } }, 1, 1 },
	/* Crossing links: only one of them can share a row. */
	{ 2, { 3, 3, 0 }, { { 1, 0, 2, 0, 0 }, { 1, 2, 0, 2, 0 } }, 2, 1 },
	/* A chain of three with a gap on the right side. */
	{ 2, { 4, 6, 0 },
	  { { 1, 0, 0, 0, 0 }, { 1, 1, 3, 1, 0 }, { 1, 3, 5, 2, 0 } }, 3, 3 },
	/* Three panes. */
	{ 3, { 3, 2, 4 },
	  { { 1, 0, 1, 0, 0 }, { 2, 0, 0, 1, 0 }, { 2, 2, 3, 2, 0 } }, 3, 3 },
	/* Three panes: 1 and 2 share a sentence pane 0 does not have. */
	{ 3, { 2, 2, 2 }, { { 1, 0, 0, 0, 0 }, { 2, 1, 1, 1, 1 } }, 2, 2 },
	/* The same, crossing the pane-0 chain: cannot share a row. */
	{ 3, { 2, 2, 2 }, { { 1, 1, 1, 0, 0 }, { 2, 0, 1, 1, 1 } }, 2, 1 },
	/* Out of range links are ignored. */
	{ 2, { 1, 1, 0 }, { { 1, 5, 0, 0, 0 }, { 1, 0, 9, 0, 0 } }, 2, 0 },
};

START_TEST(test_rows)
{
	const struct rows_case	*c = &rows_cases[_i];
	struct rows_row		*r;
	size_t			 n, i, k, l, together = 0;
	long			 last[3] = { -1, -1, -1 };
	size_t			 seen[3] = { 0, 0, 0 };

	ck_assert_int_eq(rows_align(c->npanes, c->nsent, c->links, c->nlinks,
	    &r, &n), 0);
	for (i = 0; i < n; i++) {
		for (k = 0; k < c->npanes; k++) {
			if (r[i].s[k] < 0)
				continue;
			ck_assert_int_gt(r[i].s[k], last[k]);
			last[k] = r[i].s[k];
			seen[k]++;
		}
		for (l = 0; l < c->nlinks; l++) {
			if (r[i].s[c->links[l].from] == (long)c->links[l].a &&
			    r[i].s[c->links[l].pane] == (long)c->links[l].b) {
				together++;
				ck_assert_int_eq(r[i].rel[c->links[l].pane],
				    c->links[l].rel);
			}
		}
	}
	for (k = 0; k < c->npanes; k++)
		ck_assert_uint_eq(seen[k], c->nsent[k]);
	ck_assert_uint_eq(together, c->together);
	free(r);
}
END_TEST

struct strong_case {
	int	rel[ROWS_PANES];
	size_t	npanes;
	int	want;
};

static const struct strong_case strong_cases[] = {
	{ { -1, -1, -1 }, 2, -1 },
	{ { -1, STORE_SIMILAR, -1 }, 2, STORE_SIMILAR },
	{ { -1, STORE_SIMILAR, STORE_SAME }, 3, STORE_SAME },
	{ { -1, STORE_SAME, STORE_CONFLICT }, 3, STORE_CONFLICT },
	/* the third pane does not count when two are shown */
	{ { -1, STORE_SIMILAR, STORE_CONFLICT }, 2, STORE_SIMILAR },
};

START_TEST(test_strongest)
{
	const struct strong_case	*c = &strong_cases[_i];
	struct rows_row			 r;

	memset(&r, 0, sizeof r);
	memcpy(r.rel, c->rel, sizeof r.rel);
	ck_assert_int_eq(rows_strongest(&r, c->npanes), c->want);
}
END_TEST

START_TEST(test_links_from_pairs)
{
	struct store_sentence	a[3], b[2];
	struct store_pair	p[3];
	struct rows_link	l[3];
	size_t			i;

	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	memset(p, 0, sizeof p);
	for (i = 0; i < 3; i++)
		a[i].id = 10 + (int64_t)i;
	b[0].id = 20;
	b[1].id = 21;
	p[0].a = 11; p[0].b = 21; p[0].relation = STORE_SAME;
	/* stored with a < b the other way round */
	p[1].a = 12; p[1].b = 20; p[1].relation = STORE_CONFLICT;
	/* a sentence of neither pane */
	p[2].a = 10; p[2].b = 99; p[2].relation = STORE_SIMILAR;
	ck_assert_uint_eq(rows_links(p, 3, a, 3, b, 2, 0, 1, l), 2);
	ck_assert_uint_eq(l[0].a, 1);
	ck_assert_uint_eq(l[0].b, 1);
	ck_assert_int_eq(l[0].rel, STORE_SAME);
	ck_assert_uint_eq(l[1].a, 2);
	ck_assert_uint_eq(l[1].b, 0);
	ck_assert_uint_eq(l[1].pane, 1);
	ck_assert_int_eq(l[1].rel, STORE_CONFLICT);
	/* the same pairs seen from the other pane */
	ck_assert_uint_eq(rows_links(p, 3, b, 2, a, 3, 1, 0, l), 2);
	ck_assert_uint_eq(l[1].a, 0);
	ck_assert_uint_eq(l[1].b, 2);
}
END_TEST

START_TEST(test_role)
{
	ck_assert_int_eq(rows_role(STORE_SAME), ROLE_SHARED);
	ck_assert_int_eq(rows_role(STORE_SIMILAR), ROLE_SIMILAR);
	ck_assert_int_eq(rows_role(STORE_CONFLICT), ROLE_CONFLICT);
	ck_assert_int_eq(rows_role(-1), ROLE_UNIQUE);
}
END_TEST

/*
 * A conflicting pair highlights the claim values that disagree, not every
 * word that differs: the place, the figure, and the figures alone when the
 * claims do not locate anything.
 */
struct span_case {
	const char	*a, *b;		/* the pair's sentences */
	const char	*va, *vb;	/* their claims' values (number: %g) */
	const char	*kind_b;	/* b's claim's kind */
	const char	*want_a;	/* a's highlighted words, by '|' */
};

static const struct span_case span_cases[] = {
	{ "A new round of talks will be held in Warsaw next week, the "
	  "foreign ministry said.", "A new round of talks will be held in "
	  "Minsk next week, state agency Belta reported.", "Warsaw", "Minsk",
	  "venue", "Warsaw|" },
	/* Any case, whole words, every time the text names it. */
	{ "WARSAW hosts the round; Warsaw's mayor, not Warsawa, said so.",
	  "Minsk hosts the round, the agency said.", "Warsaw", "Minsk",
	  "venue", "WARSAW|Warsaw|" },
	{ "At least 2,870 people were killed on 12 May, police said.",
	  "The flooding killed 62 people on 13 May, an agency said.", "2870",
	  "62", "killed", "2,870|" },
	/* A figure in words is not read: every differing figure. */
	{ "Forty people were killed on 12 May.", "62 people were killed "
	  "on 13 May.", "40", "62", "killed", "Forty|12|" },
	/* Claims that agree, or of another kind: the figures only. */
	{ "At least 40 people died in Lindow on 12 May.", "Officials in "
	  "Marsk said 40 people died on 13 May.", "40", "40", "killed",
	  "12|" },
	{ "The talks in Warsaw start on 12 May.", "The talks in Minsk start "
	  "on 14 May.", "Warsaw", "Minsk", "venue-denied", "12|" },
};

static void
span_claim(struct store_claim *c, const char *kind, const char *value)
{
	char	*end;

	memset(c, 0, sizeof *c);
	c->kind = (char *)kind;
	c->subject = (char *)"talks";
	c->value_num = strtod(value, &end);
	if (*end == '\0')
		c->has_num = 1;
	else
		c->value_text = (char *)value;
}

START_TEST(test_claim_spans)
{
	const struct span_case	*c = &span_cases[_i];
	struct store_claim	 ca, cb;
	struct diff_span	*da, *db, *out;
	size_t			 na, nb, nout, k;
	char			 got[256];

	span_claim(&ca, c->kind_b[0] == 'k' ? "killed" : "venue", c->va);
	span_claim(&cb, c->kind_b, c->vb);
	ck_assert_int_eq(diff_words(c->a, c->b, &da, &na, &db, &nb), 0);
	ck_assert_int_eq(rows_claim_spans(c->a, &ca, 1, &cb, 1, da, na,
	    &out, &nout), 0);
	got[0] = '\0';
	for (k = 0; k < nout; k++) {
		if (k > 0)
			ck_assert_uint_ge(out[k].start, out[k - 1].end);
		snprintf(got + strlen(got), sizeof got - strlen(got), "%.*s|",
		    (int)(out[k].end - out[k].start), c->a + out[k].start);
	}
	ck_assert_str_eq(got, c->want_a);
	free(out);
	free(da);
	free(db);
}
END_TEST

Suite *
rows_suite(void)
{
	Suite	*s = suite_create("rows");
	TCase	*tc = tcase_create("rows");

	tcase_add_loop_test(tc, test_rows, 0, PX_NITEMS(rows_cases));
	tcase_add_loop_test(tc, test_strongest, 0, PX_NITEMS(strong_cases));
	tcase_add_test(tc, test_role);
	tcase_add_test(tc, test_links_from_pairs);
	tcase_add_loop_test(tc, test_claim_spans, 0, PX_NITEMS(span_cases));
	suite_add_tcase(s, tc);
	return s;
}
