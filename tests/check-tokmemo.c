/*
 * check-tokmemo.c: the memo of sentences' tokens.  Its promise is that a
 * sentence read from it is the sentence the store would give back, so the
 * main case splits real sentences, sends them through tokens_encode() and
 * tokens_decode() as the store path does, and compares that with what the
 * memo returns, field by field; the others hold it to its budget.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "tokens.h"
#include "tokmemo.h"

static struct tokens	*tk;

static void
setup(void)
{
	char	*cause = NULL;

	if (getenv("PARALLAX_DATADIR") == NULL)
		setenv("PARALLAX_DATADIR", "share/parallax", 1);
	tk = tokens_new("english", 1, &cause);
	ck_assert_msg(tk != NULL, "tokens_new: %s", cause);
}

static void
teardown(void)
{
	tokens_free(tk);
	tk = NULL;
}

static const char *const sentences[] = {
	"At least 137 people were killed, the ministry said on Friday.",
	"The toll rose to 2,870 dead and 1.4 million displaced, officials "
	    "told Reuters.",
	"Talks will not be held in Minsk, a spokesman said.",
	"Prices climbed 4.5% in March, between $10 and $12 a barrel.",
	"",
	"He didn't say when the delegation, led by Gen. Ivanova, would "
	    "arrive on 25 February 2022.",
	"\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba \xd0\xb8 "
	    "\xd0\x92\xd0\xb0\xd1\x80\xd1\x88\xd0\xb0\xd0\xb2\xd0\xb0.",
};

static void
same_tokens(const struct token *a, size_t na, const struct token *b,
    size_t nb, const char *what)
{
	size_t	i;

	ck_assert_msg(na == nb, "%s: %zu tokens, %zu expected", what, nb, na);
	for (i = 0; i < na; i++) {
		ck_assert_msg(a[i].term == b[i].term, "%s: term %zu", what, i);
		ck_assert_msg(a[i].flags == b[i].flags, "%s: flags %zu", what,
		    i);
		ck_assert_msg(a[i].nflags == b[i].nflags, "%s: nflags %zu",
		    what, i);
		ck_assert_msg(memcmp(&a[i].value, &b[i].value,
		    sizeof a[i].value) == 0, "%s: value %zu", what, i);
		ck_assert_msg(memcmp(&a[i].high, &b[i].high,
		    sizeof a[i].high) == 0, "%s: high %zu", what, i);
		ck_assert_msg(b[i].start == 0 && b[i].end == 0,
		    "%s: span %zu kept", what, i);
	}
}

/* What the memo gives back is what the store's encoding gives back. */
START_TEST(test_as_the_store)
{
	struct tokmemo	*m;
	struct token	*t, *dec, *got;
	unsigned char	*data;
	char		*cause = NULL;
	int64_t		 article;
	long		 n, nd, ng, len;
	size_t		 i, figures = 0;

	ck_assert_ptr_nonnull(m = tokmemo_new(1u << 20));
	for (i = 0; i < PX_NITEMS(sentences); i++) {
		n = tokens_split(tk, sentences[i], strlen(sentences[i]), &t,
		    &cause);
		ck_assert_msg(n >= 0, "split: %s", cause);
		for (long k = 0; k < n; k++)
			figures += (t[k].flags & TOKEN_NUMBER) != 0;
		len = tokens_encode(tk, t, (size_t)n, &data, &cause);
		ck_assert_msg(len > 0, "encode: %s", cause);
		nd = tokens_decode(tk, data, (size_t)len, &dec, &cause);
		ck_assert_msg(nd == n, "decode: %s", cause);
		ck_assert_int_eq(tokmemo_put(m, (int64_t)i + 1,
		    (int64_t)i + 100, t, (size_t)n), 0);
		free(data);
		free(t);

		ng = tokmemo_get(m, (int64_t)i + 1, &article, &got);
		same_tokens(dec, (size_t)nd, got, (size_t)ng, sentences[i]);
		ck_assert_int_eq(article, (int64_t)i + 100);
		if (n == 0)
			ck_assert_ptr_null(got);
		free(dec);
		free(got);
	}
	/* the table has figures, or the case proves less than it says */
	ck_assert_uint_ge(figures, 6);
	ck_assert_uint_eq(tokmemo_count(m), PX_NITEMS(sentences));
	tokmemo_free(m);
}
END_TEST

START_TEST(test_absent_and_refused)
{
	struct tokmemo	*m;
	struct token	 t[2], *got;
	int64_t		 article = 7;

	memset(t, 0, sizeof t);
	t[0].term = 3;
	t[1].term = 4;
	t[1].flags = TOKEN_STOP;
	ck_assert_ptr_nonnull(m = tokmemo_new(1u << 20));
	got = (struct token *)&article;
	ck_assert_int_eq(tokmemo_get(m, 1, &article, &got), -1);
	ck_assert_ptr_null(got);
	ck_assert_int_eq(tokmemo_put(m, 0, 1, t, 2), -1);
	ck_assert_int_eq(tokmemo_put(m, -5, 1, t, 2), -1);
	ck_assert_uint_eq(tokmemo_count(m), 0);

	/* a second put of an id keeps the first */
	ck_assert_int_eq(tokmemo_put(m, 9, 1, t, 2), 0);
	ck_assert_int_eq(tokmemo_put(m, 9, 2, t, 1), 0);
	ck_assert_int_eq(tokmemo_get(m, 9, &article, &got), 2);
	ck_assert_int_eq(article, 1);
	ck_assert_uint_eq(got[1].flags, TOKEN_STOP);
	free(got);
	ck_assert_uint_eq(tokmemo_count(m), 1);

	/* a record larger than half the budget is refused, nothing moves */
	tokmemo_free(m);
	ck_assert_ptr_nonnull(m = tokmemo_new(40000));
	ck_assert_int_eq(tokmemo_put(m, 1, 1, t, 2), 0);
	{
		struct token	*big = calloc(4000, sizeof *big);

		ck_assert_ptr_nonnull(big);
		ck_assert_int_eq(tokmemo_put(m, 2, 1, big, 4000), -1);
		free(big);
	}
	ck_assert_uint_eq(tokmemo_count(m), 1);
	ck_assert_int_eq(tokmemo_get(m, 1, &article, &got), 2);
	free(got);

	tokmemo_clear(m);
	ck_assert_uint_eq(tokmemo_count(m), 0);
	ck_assert_int_eq(tokmemo_get(m, 1, &article, &got), -1);
	ck_assert_int_eq(tokmemo_put(m, 1, 1, t, 2), 0);
	tokmemo_free(m);
	tokmemo_free(NULL);
}
END_TEST

/*
 * Many sentences through a small memo: it stays within its budget, the
 * most recent ones are all there with their own tokens, the first ones are
 * gone.
 */
START_TEST(test_budget)
{
	enum { N = 20000, NT = 12 };
	const size_t	 budget = 256u << 10;
	struct tokmemo	*m;
	struct token	 t[NT], *got;
	int64_t		 id, article;
	size_t		 i, held = 0, maxbytes = 0;
	long		 n;

	ck_assert_ptr_nonnull(m = tokmemo_new(budget));
	memset(t, 0, sizeof t);
	for (id = 1; id <= N; id++) {
		for (i = 0; i < NT; i++) {
			t[i].term = (uint32_t)(id * 31 + (int64_t)i);
			t[i].flags = i == 3 ? TOKEN_NUMBER : 0;
			t[i].value = i == 3 ? (double)id : 0;
			t[i].high = t[i].value;
		}
		ck_assert_int_eq(tokmemo_put(m, id, id / 20, t, NT), 0);
		if (tokmemo_bytes(m) > maxbytes)
			maxbytes = tokmemo_bytes(m);
	}
	ck_assert_uint_le(maxbytes, budget);
	ck_assert_int_eq(tokmemo_get(m, 1, &article, &got), -1);
	for (id = N; id > 0; id--) {
		if ((n = tokmemo_get(m, id, &article, &got)) < 0)
			break;
		ck_assert_int_eq(n, NT);
		ck_assert_int_eq(article, id / 20);
		ck_assert_uint_eq(got[5].term, (uint32_t)(id * 31 + 5));
		ck_assert(got[3].value == (double)id);
		free(got);
		held++;
	}
	/* what is held is the most recent run, at least a quarter of it */
	ck_assert_uint_eq(held, tokmemo_count(m));
	ck_assert_uint_ge(held * (16 + NT * 8 + 16 + 32), budget / 4);
	ck_assert_uint_lt(held, N);
	tokmemo_free(m);
}
END_TEST

Suite *
tokmemo_suite(void)
{
	Suite	*s = suite_create("tokmemo");
	TCase	*tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_as_the_store);
	tcase_add_test(tc, test_absent_and_refused);
	tcase_add_test(tc, test_budget);
	suite_add_tcase(s, tc);
	return s;
}
