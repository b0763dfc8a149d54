/*
 * check-tokens.c: words to terms.  Most cases compare two spellings that
 * must (or must not) give the same terms, so that the tests do not depend
 * on what the stemmer makes of a word; the vocabulary is the shipped one
 * (PARALLAX_DATADIR, set by the test harness) plus lines added here.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "tokens.h"

static struct tokens	*tk;

static void
setup(void)
{
	char	*cause = NULL;

	if (getenv("PARALLAX_DATADIR") == NULL)
		setenv("PARALLAX_DATADIR", "share/parallax", 1);
	tk = tokens_new("english", 1, &cause);
	ck_assert_msg(tk != NULL, "tokens_new: %s", cause);
	/* a group of this test's own, with a multiword form */
	ck_assert_int_eq(tokens_add_alias(tk,
	    "Zaporizhzhia Zaporozhye \"Zaporizhzhia Nuclear Power Plant\" ZNPP",
	    &cause), 0);
}

static void
teardown(void)
{
	tokens_free(tk);
	tk = NULL;
}

/* The content terms (no stop words) of s, space-separated. */
static char *
render(const char *s)
{
	struct token	*t;
	char		*out, *cause = NULL;
	size_t		 len = 1, i;
	long		 n;

	n = tokens_split(tk, s, strlen(s), &t, &cause);
	ck_assert_msg(n >= 0, "tokens_split: %s", cause);
	for (i = 0; i < (size_t)n; i++)
		len += strlen(tokens_term(tk, t[i].term)) + 1;
	out = calloc(1, len);
	ck_assert_ptr_nonnull(out);
	for (i = 0; i < (size_t)n; i++) {
		if (t[i].flags & TOKEN_STOP)
			continue;
		if (*out != '\0')
			strcat(out, " ");
		strcat(out, tokens_term(tk, t[i].term));
	}
	free(t);
	return out;
}

struct same_case {
	const char	*a, *b;
	int		 same;
};

static const struct same_case same_cases[] = {
	/* folding, possessives, quotes */
	{ "Ukraine\xe2\x80\x99s president", "UKRAINE'S PRESIDENT", 1 },
	{ "Ukraine's army", "Ukraine army", 1 },
	{ "Belarus' capital", "Belarus capital", 1 },
	{ "\xe2\x80\x9cready\xe2\x80\x9d", "ready", 1 },
	{ "ﬁnal", "final", 1 },			/* NFKC ligature */
	/* stems */
	{ "the talks were held", "talk held", 1 },
	{ "negotiations", "negotiation", 1 },
	{ "killed", "kills", 1 },
	/* stop words go, negations stay */
	{ "the delegation of the president", "delegation president", 1 },
	{ "it is not true", "it is true", 0 },
	{ "no threat", "threat", 0 },
	{ "they never agreed", "they agreed", 0 },
	{ "we don\xe2\x80\x99t agree", "we do not agree", 1 },
	/* figures */
	{ "2,870 killed", "2870 killed", 1 },
	{ "eight people", "8 people", 1 },
	{ "two hundred people", "200 people", 1 },
	{ "1.4 million tons", "1400000 tons", 1 },
	{ "twenty-five", "25", 1 },
	{ "one thousand two hundred", "1200", 1 },
	{ "137 killed", "138 killed", 0 },
	{ "two, three", "5", 0 },
	/* times of day: one term for the hour, whatever the style */
	{ "hit at 02:17", "hit at 2.17 am", 1 },
	{ "hit at 02:17", "hit at 2am", 1 },
	{ "talks at 2:30 pm", "talks at 14:30", 1 },
	{ "talks at 2:30 pm", "talks at 2:30 am", 0 },
	{ "at 10 a.m.", "at 10am", 1 },
	{ "at 0335 GMT", "at 3:35 GMT", 1 },
	{ "at 2am", "2 people", 0 },
	/* aliases */
	{ "Kiev", "Kyiv", 1 },
	{ "Zelensky", "Zelenskyy", 1 },
	{ "Kharkov", "Kharkiv", 1 },
	{ "tonnes", "tons", 1 },
	{ "the United Nations", "the UN", 1 },
	{ "United States officials", "U.S. officials", 1 },
	{ "US officials", "USA officials", 1 },
	{ "the United States of America", "the US", 1 },	/* longest */
	{ "told us", "told US", 0 },
	{ "Islamic State fighters", "ISIS fighters", 1 },
	{ "Daesh", "ISIL", 1 },
	{ "Britain", "UK", 1 },
	{ "the Zaporizhzhia Nuclear Power Plant", "ZNPP", 1 },
	{ "Zaporozhye", "Zaporizhzhia", 1 },
	{ "Kiev", "Minsk", 0 },
};

START_TEST(test_same)
{
	const struct same_case	*c = &same_cases[_i];
	char			*a = render(c->a), *b = render(c->b);

	if (c->same)
		ck_assert_msg(strcmp(a, b) == 0,
		    "'%s' -> '%s' but '%s' -> '%s'", c->a, a, c->b, b);
	else
		ck_assert_msg(strcmp(a, b) != 0, "'%s' and '%s' both -> '%s'",
		    c->a, c->b, a);
	free(a);
	free(b);
}
END_TEST

struct flag_case {
	const char	*s;
	size_t		 token;		/* index in the output */
	uint32_t	 flag;
	int		 set;
	double		 value;		/* for numbers, else NAN */
};

static const struct flag_case flag_cases[] = {
	{ "the", 0, TOKEN_STOP, 1, NAN },
	{ "of", 0, TOKEN_STOP, 1, NAN },
	{ "not", 0, TOKEN_STOP, 0, NAN },
	{ "not", 0, TOKEN_NEGATION, 1, NAN },
	{ "no", 0, TOKEN_NEGATION, 1, NAN },
	{ "never", 0, TOKEN_NEGATION, 1, NAN },
	{ "didn't", 0, TOKEN_NEGATION, 1, NAN },
	{ "denied", 0, TOKEN_NEGATION, 1, NAN },
	{ "denies", 0, TOKEN_STOP, 0, NAN },
	{ "Minsk", 0, TOKEN_STOP, 0, NAN },
	{ "talks in Minsk", 2, TOKEN_PROPER, 1, NAN },
	{ "talks in minsk", 2, TOKEN_PROPER, 0, NAN },
	{ "2,870 others", 0, TOKEN_NUMBER, 1, 2870 },
	{ "about 3,700 injured", 1, TOKEN_NUMBER, 1, 3700 },
	{ "1.4 million", 0, TOKEN_NUMBER, 1, 1.4e6 },
	{ "two hundred", 0, TOKEN_NUMBER, 1, 200 },
	{ "eight people", 0, TOKEN_NUMBER, 1, 8 },
	{ "ninety-nine", 0, TOKEN_NUMBER, 1, 99 },
	{ "12.5", 0, TOKEN_NUMBER, 1, 12.5 },
	{ "$2.5 billion", 0, TOKEN_MEASURE, 1, 2.5e9 },
	{ "up 11 percent", 1, TOKEN_MEASURE, 1, 11 },
	{ "4.4% rise", 0, TOKEN_MEASURE, 1, 4.4 },
	{ "498 servicemen", 0, TOKEN_MEASURE, 0, 498 },
	{ "the 10th day", 1, TOKEN_MEASURE, 1, NAN },	/* not a count */
	{ "in 2022", 1, TOKEN_MEASURE, 1, 2022 },
	{ "about 400 died", 1, TOKEN_MEASURE, 0, 400 },
	{ "hundreds of people", 0, TOKEN_NUMBER, 1, 100 },
	{ "Kyiv", 0, TOKEN_ALIAS, 1, NAN },
	{ "the United Nations said", 1, TOKEN_ALIAS, 1, NAN },
};

START_TEST(test_flags)
{
	const struct flag_case	*c = &flag_cases[_i];
	struct token		*t;
	long			 n;

	n = tokens_split(tk, c->s, strlen(c->s), &t, NULL);
	ck_assert_msg(n > (long)c->token, "'%s': %ld tokens", c->s, n);
	ck_assert_msg(((t[c->token].flags & c->flag) != 0) == c->set,
	    "'%s' token %zu: flags %#x", c->s, c->token,
	    (unsigned)t[c->token].flags);
	if (!isnan(c->value))
		ck_assert_double_eq_tol(t[c->token].value, c->value, 1e-6);
	free(t);
}
END_TEST

START_TEST(test_spans)
{
	const char	*s = "  Ukraine\xe2\x80\x99s army, said "
	    "\xe2\x80\x9cno\xe2\x80\x9d to 1.4 million tonnes.";
	struct token	*t;
	long		 n, i;

	n = tokens_split(tk, s, strlen(s), &t, NULL);
	ck_assert_int_gt(n, 5);
	for (i = 0; i < n; i++) {
		ck_assert_uint_lt(t[i].start, t[i].end);
		ck_assert_uint_le(t[i].end, strlen(s));
		if (i > 0)
			ck_assert_uint_ge(t[i].start, t[i - 1].end);
	}
	ck_assert(strncmp(s + t[0].start, "Ukraine", 7) == 0);
	free(t);
}
END_TEST

struct near_case {
	const char	*a, *b;
	int		 near;
};

static const struct near_case near_cases[] = {
	{ "Vladmir", "Vladimir", 1 },
	{ "Ukranian", "Ukrainian", 1 },
	{ "Lukahsenko", "Lukashenko", 1 },	/* transposition */
	{ "Zelenskyi", "Zelensky", 1 },	/* against an alias */
	{ "Belovezhskaya", "Belovezhskya", 1 },
	{ "Minsk", "Pinsk", 0 },		/* short: never */
	{ "Medinsky", "Putinsky", 0 },
	{ "Warsaw", "Moscow", 0 },
	{ "2870", "2871", 0 },			/* numbers: never */
	{ "Lukashenko", "Lukashenko", 1 },
};

START_TEST(test_near)
{
	const struct near_case	*c = &near_cases[_i];
	struct token		*ta, *tb;
	long			 na, nb;

	na = tokens_split(tk, c->a, strlen(c->a), &ta, NULL);
	nb = tokens_split(tk, c->b, strlen(c->b), &tb, NULL);
	ck_assert_int_eq(na, 1);
	ck_assert_int_eq(nb, 1);
	ck_assert_msg(tokens_near(tk, ta[0].term, tb[0].term) == c->near,
	    "'%s' ~ '%s'", c->a, c->b);
	ck_assert_int_eq(tokens_near(tk, tb[0].term, ta[0].term), c->near);
	free(ta);
	free(tb);
}
END_TEST

/*
 * What tokens_near() compares: the length in characters of the term (0
 * when it is near no other), and its set of letters, which for every near
 * pair of near_cases differs in at most 4 bits and 2 characters.
 */
struct near_length_case {
	const char	*word;
	size_t		 length;
};

static const struct near_length_case near_length_cases[] = {
	{ "Pinsk", 0 },				/* 5 letters */
	{ "Warsaw", 6 },
	{ "Tbilisi", 7 },
	{ "\xc5\x81\xc3\xb3" "d\xc5\xba", 0 },	/* 4 letters, 7 bytes */
	{ "\xc5\x81ukaszewicz", 11 },		/* 12 bytes */
	{ "\xd0\xa5\xd0\xb0\xd1\x80\xd0\xba\xd1\x96\xd0\xb2", 6 },
	{ "2870", 0 },				/* digits */
	{ "Qxzqxzqxzqxzqxzqxzqxzqxzqxzqxzqx", 32 },
	{ "Qxzqxzqxzqxzqxzqxzqxzqxzqxzqxzqxz", 0 },	/* 33 letters */
};

START_TEST(test_near_length)
{
	const struct near_length_case	*c = &near_length_cases[_i];
	struct token			*t;
	uint32_t			 letters = 1;
	long				 n;

	n = tokens_split(tk, c->word, strlen(c->word), &t, NULL);
	ck_assert_int_eq(n, 1);
	ck_assert_msg(tokens_near_length(tk, t[0].term, &letters) ==
	    c->length, "'%s': %zu", c->word,
	    tokens_near_length(tk, t[0].term, &letters));
	ck_assert_int_eq(letters == 0, c->length == 0);
	free(t);
	ck_assert_uint_eq(tokens_near_length(tk, UINT32_MAX, &letters), 0);
	ck_assert_uint_eq(letters, 0);
}
END_TEST

START_TEST(test_near_shape)
{
	const struct near_case	*c = &near_cases[_i];
	struct token		*ta, *tb;
	uint32_t		 la, lb, x;
	size_t			 na, nb, bits;

	ck_assert_int_eq(tokens_split(tk, c->a, strlen(c->a), &ta, NULL), 1);
	ck_assert_int_eq(tokens_split(tk, c->b, strlen(c->b), &tb, NULL), 1);
	na = tokens_near_length(tk, ta[0].term, &la);
	nb = tokens_near_length(tk, tb[0].term, &lb);
	if (c->near && ta[0].term != tb[0].term) {
		ck_assert(na > 0 && nb > 0);
		ck_assert(na <= nb + 2 && nb <= na + 2);
		for (bits = 0, x = la ^ lb; x != 0; x &= x - 1)
			bits++;
		ck_assert_uint_le(bits, 4);
	}
	if (na == 0 || nb == 0)
		ck_assert_int_eq(tokens_near(tk, ta[0].term, tb[0].term),
		    ta[0].term == tb[0].term);
	free(ta);
	free(tb);
}
END_TEST

static const char *const odd_inputs[] = {
	"",
	"   ",
	"!!! ... \xe2\x80\x94 ???",
	"\xff\xfe invalid \xc3 bytes \x80",
	"Россия готова направить делегацию в Минск",
	"俄罗斯准备派代表团前往明斯克",
	"Київ і Харків",
	"ثلاثة قتلى",
	"99999999999999999999999999 1e400",
	"one two three four five six seven eight nine ten eleven",
	"\"\" '' ' s's",
};

START_TEST(test_odd)
{
	const char	*s = odd_inputs[_i];
	struct token	*t;
	long		 n, i;

	n = tokens_split(tk, s, strlen(s), &t, NULL);
	ck_assert_int_ge(n, 0);
	for (i = 0; i < n; i++) {
		ck_assert_ptr_nonnull(tokens_term(tk, t[i].term));
		ck_assert_uint_le(t[i].end, strlen(s));
	}
	free(t);
}
END_TEST

START_TEST(test_russian)
{
	struct tokens	*ru;
	struct token	*a, *b;
	const char	*s1 = "переговоры в Минске", *s2 = "переговорами Минск";
	long		 na, nb;

	ru = tokens_new("russian", 0, NULL);
	ck_assert_ptr_nonnull(ru);
	na = tokens_split(ru, s1, strlen(s1), &a, NULL);
	nb = tokens_split(ru, s2, strlen(s2), &b, NULL);
	ck_assert_int_eq(na, 3);
	ck_assert_int_eq(nb, 2);
	/* the stemmer joins the inflected forms */
	ck_assert_uint_eq(a[0].term, b[0].term);
	ck_assert_uint_eq(a[2].term, b[1].term);
	free(a);
	free(b);
	tokens_free(ru);
}
END_TEST

/* Sentences whose tokens go to the store and back. */
static const char *const encode_inputs[] = {
	"",
	"The ministry said 2,870 servicemen were killed, not 137.",
	"About 1.4 million people in Kyiv had no power on Monday.",
	"Between 100 and 300 fishermen were detained near Z\xc3\xbcrich.",
	"Islamic State claimed the attack; IS fighters fled east.",
	"\xd0\x9f\xd0\xb5\xd1\x81\xd0\xba\xd0\xbe\xd0\xb2 said "
	    "two hundred and five.",
};

START_TEST(test_encode)
{
	const char	*in = encode_inputs[_i];
	struct token	*t = NULL, *u = NULL;
	unsigned char	*buf = NULL;
	char		*cause = NULL;
	long		 n, m, len, i;

	n = tokens_split(tk, in, strlen(in), &t, &cause);
	ck_assert_int_ge(n, 0);
	len = tokens_encode(tk, t, (size_t)n, &buf, &cause);
	ck_assert_int_ge(len, 1);
	m = tokens_decode(tk, buf, (size_t)len, &u, &cause);
	ck_assert_int_eq(m, n);
	for (i = 0; i < n; i++) {
		ck_assert_uint_eq(u[i].term, t[i].term);
		ck_assert_uint_eq(u[i].flags, t[i].flags);
		ck_assert_int_eq(u[i].nflags, t[i].nflags);
		if (t[i].flags & TOKEN_NUMBER) {
			ck_assert(u[i].value == t[i].value);
			ck_assert(u[i].high == t[i].high);
		}
	}
	/* every cut short of the whole, and another version, is refused */
	if (len > 1) {
		for (i = 0; i < len - 1; i++) {
			struct token	*v = NULL;
			long		 k;

			k = tokens_decode(tk, buf, (size_t)i, &v, &cause);
			if (k >= 0) {
				/* a cut between two tokens reads as fewer */
				ck_assert_int_lt(k, n);
				free(v);
			} else {
				ck_assert_ptr_null(v);
				ck_assert_ptr_nonnull(cause);
				free(cause);
				cause = NULL;
			}
		}
	}
	buf[0] = 99;
	{
		struct token	*v = NULL;

		ck_assert_int_eq(tokens_decode(tk, buf, (size_t)len, &v,
		    &cause), -1);
		ck_assert_ptr_null(v);
	}
	free(cause);
	free(buf);
	free(t);
	free(u);
}
END_TEST

START_TEST(test_lookup)
{
	struct token	*t;
	char		*cause = NULL;
	long		 n;

	n = tokens_split(tk, "Minsk", 5, &t, NULL);
	ck_assert_int_eq(n, 1);
	ck_assert_uint_eq(tokens_lookup(tk, tokens_term(tk, t[0].term)),
	    t[0].term);
	ck_assert_uint_lt(t[0].term, tokens_count(tk));
	ck_assert_uint_eq(tokens_lookup(tk, "no-such-term-here"), UINT32_MAX);
	ck_assert_ptr_null(tokens_term(tk, UINT32_MAX));
	free(t);
	ck_assert_ptr_null(tokens_new("klingon", 0, &cause));
	ck_assert_ptr_nonnull(cause);
	free(cause);
	tokens_free(NULL);
}
END_TEST

Suite *
tokens_suite(void)
{
	Suite	*s = suite_create("tokens");
	TCase	*tc = tcase_create("tokens");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_same, 0, (int)PX_NITEMS(same_cases));
	tcase_add_loop_test(tc, test_flags, 0, (int)PX_NITEMS(flag_cases));
	tcase_add_test(tc, test_spans);
	tcase_add_loop_test(tc, test_near, 0, (int)PX_NITEMS(near_cases));
	tcase_add_loop_test(tc, test_near_length, 0,
	    (int)PX_NITEMS(near_length_cases));
	tcase_add_loop_test(tc, test_near_shape, 0, (int)PX_NITEMS(near_cases));
	tcase_add_loop_test(tc, test_odd, 0, (int)PX_NITEMS(odd_inputs));
	tcase_add_test(tc, test_russian);
	tcase_add_test(tc, test_lookup);
	tcase_add_loop_test(tc, test_encode, 0,
	    (int)PX_NITEMS(encode_inputs));
	suite_add_tcase(s, tc);
	return s;
}
