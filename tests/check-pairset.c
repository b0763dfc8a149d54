/*
 * check-pairset.c: the set of id pairs.  Pairs are ordered ((a, b) is not
 * (b, a)), the first id may be negative (the engine marks a story read
 * with (-story, 0)), adding a pair twice keeps one, and the set stays
 * exact across its growth: every pair added is found, no other is.
 */
#include <config.h>

#include <stdlib.h>

#include "suites.h"
#include "px.h"
#include "pairset.h"

static const struct {
	int64_t	a, b;
	int	add;	/* pairset_add(): 1 new, 0 there already */
} steps[] = {
	{ 1, 2, 1 }, { 2, 1, 1 }, { 1, 2, 0 }, { -7, 0, 1 }, { -7, 0, 0 },
	{ 7, 0, 1 }, { INT64_MAX, INT64_MIN, 1 }, { 1, 3, 1 },
};

START_TEST(test_steps)
{
	struct pairset	ps = { NULL, 0, 0 };
	size_t		i, n = 0;

	ck_assert(!pairset_has(&ps, 1, 2));
	for (i = 0; i < PX_NITEMS(steps); i++) {
		ck_assert_int_eq(pairset_add(&ps, steps[i].a, steps[i].b),
		    steps[i].add);
		n += (size_t)steps[i].add;
		ck_assert_uint_eq(ps.n, n);
		ck_assert(pairset_has(&ps, steps[i].a, steps[i].b));
	}
	ck_assert(!pairset_has(&ps, 2, 3));
	ck_assert(!pairset_has(&ps, 0, 7));
	pairset_clear(&ps);
	ck_assert_uint_eq(ps.n, 0);
	ck_assert(!pairset_has(&ps, 1, 2));
	pairset_clear(&ps);
	pairset_clear(NULL);
}
END_TEST

START_TEST(test_growth)
{
	struct pairset	ps = { NULL, 0, 0 };
	int64_t		i;

	for (i = 1; i <= 20000; i++)
		ck_assert_int_eq(pairset_add(&ps, i * 3, -i), 1);
	ck_assert_uint_eq(ps.n, 20000);
	ck_assert_uint_ge(ps.cap, 2 * ps.n);
	ck_assert_uint_eq(ps.cap & (ps.cap - 1), 0);
	for (i = 1; i <= 20000; i++) {
		ck_assert(pairset_has(&ps, i * 3, -i));
		ck_assert(!pairset_has(&ps, i * 3, i));
		ck_assert(!pairset_has(&ps, i * 3 + 1, -i));
	}
	pairset_clear(&ps);
}
END_TEST

Suite *
pairset_suite(void)
{
	Suite	*s = suite_create("pairset");
	TCase	*tc = tcase_create("core");

	tcase_add_test(tc, test_steps);
	tcase_add_test(tc, test_growth);
	suite_add_tcase(s, tc);
	return s;
}
