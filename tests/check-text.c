/*
 * check-text.c: decoding and cleaning, one table row per rule (encodings,
 * line ends, BOM, odd spaces, NFC, invisible characters, invalid bytes),
 * the offset map checked for every row, binary detection, a 1 MiB line;
 * word folding under both sets of flags.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "text.h"

struct text_case {
	const char		*in;
	size_t			 inlen;		/* 0: strlen */
	const char		*want;
	enum text_encoding	 enc;
	size_t			 nreplaced;
};

static const struct text_case text_cases[] = {
	{ "Quake hits  coast", 0, "Quake hits coast", TEXT_UTF8, 0 },
	{ "Line one\r\nLine two\rLine three", 0,
	  "Line one\nLine two\nLine three", TEXT_UTF8, 0 },
	{ "\xef\xbb\xbfSummit opens", 0, "Summit opens", TEXT_UTF8, 0 },
	{ "7\xc2\xa0km\tdeep,\xe2\x80\x89" "10\xe2\x80\xaf" "km\xe3\x80\x80wide",
	  0, "7 km deep, 10 km wide", TEXT_UTF8, 0 },
	{ "a\n\n\n\n\nb", 0, "a\n\nb", TEXT_UTF8, 0 },
	{ "   left  \n\t right \t\n", 0, "left\nright", TEXT_UTF8, 0 },
	{ "\n\n\nFire\n\n", 0, "Fire", TEXT_UTF8, 0 },
	{ "Cafe\xcc\x81 fire", 0, "Caf\xc3\xa9 fire", TEXT_UTF8, 0 },
	{ "A\xcc\x8a\xcc\xa3 x", 0, "\xe1\xba\xa0\xcc\x8a x", TEXT_UTF8, 0 },
	{ "co\xc2\xad" "operate\xe2\x80\x8b now", 0, "cooperate now",
	  TEXT_UTF8, 0 },
	{ "one\xe2\x80\xa8two", 0, "one\ntwo", TEXT_UTF8, 0 },
	{ "\x93" "Fire\x94 \x96 1\x80", 0,
	  "\xe2\x80\x9c" "Fire\xe2\x80\x9d \xe2\x80\x93 1\xe2\x82\xac",
	  TEXT_CP1252, 0 },
	{ "It\x92s a \x85", 0, "It\xe2\x80\x99s a \xe2\x80\xa6", TEXT_CP1252,
	  0 },
	{ "Z\xfcrich caf\xe9", 0, "Z\xc3\xbcrich caf\xc3\xa9", TEXT_LATIN1, 0 },
	{ "bad \x81 byte \x92", 0, "bad \xef\xbf\xbd byte \xe2\x80\x99",
	  TEXT_CP1252, 1 },
	{ "Kyiv \xe2\x80\x94 \xff ok", 0,
	  "Kyiv \xe2\x80\x94 \xef\xbf\xbd ok", TEXT_UTF8_REPAIRED, 1 },
	{ "caf\xc3\xa9 cut \xe2\x80", 0,
	  "caf\xc3\xa9 cut \xef\xbf\xbd\xef\xbf\xbd",
	  TEXT_UTF8_REPAIRED, 2 },
	{ "tab\x01" "bell\x07", 0, "tabbell", TEXT_UTF8, 0 },
	{ "\xe2\x80", 0, "\xc3\xa2\xe2\x82\xac", TEXT_CP1252, 0 },
	{ "", 0, "", TEXT_UTF8, 0 },
};

/* Every clean byte maps into the original, spans never go backwards, and
 * an ASCII letter maps to itself. */
static void
check_map(const char *raw, size_t rawlen, const struct text *t)
{
	size_t	i, bad = 0;

	for (i = 0; i < t->len; i++) {
		if (t->ostart[i] >= t->oend[i] || t->oend[i] > rawlen)
			bad++;
		else if (i > 0 && (t->ostart[i] < t->ostart[i - 1] ||
		    t->oend[i] < t->oend[i - 1]))
			bad++;
		else if (t->oend[i] - t->ostart[i] == 1 &&
		    ((t->s[i] >= 'a' && t->s[i] <= 'z') ||
		    (t->s[i] >= 'A' && t->s[i] <= 'Z')) &&
		    raw[t->ostart[i]] != t->s[i])
			bad++;
	}
	ck_assert_uint_eq(bad, 0);
}

START_TEST(test_decode)
{
	const struct text_case	*c = &text_cases[_i];
	size_t			 len;
	struct text		*t = NULL;
	char			*cause = NULL;

	len = c->inlen ? c->inlen : strlen(c->in);
	ck_assert_int_eq(text_decode(c->in, len, &t, &cause), 0);
	ck_assert_str_eq(t->s, c->want);
	ck_assert_uint_eq(t->len, strlen(c->want));
	ck_assert_int_eq(t->encoding, c->enc);
	ck_assert_uint_eq(t->nreplaced, c->nreplaced);
	check_map(c->in, len, t);
	text_free(t);
}
END_TEST

/* Spans of whole clean ranges, compared with the original bytes. */
START_TEST(test_span)
{
	const char	*raw =
			    "\xef\xbb\xbfHe said\xc2\xa0\"Cafe\xcc\x81\"\r\n"
			    "\x20 next\tline";
	struct text	*t = NULL;
	size_t		 os, oe;
	const char	*p;

	ck_assert_int_eq(text_decode(raw, strlen(raw), &t, NULL), 0);
	ck_assert_str_eq(t->s, "He said \"Caf\xc3\xa9\"\nnext line");
	/* "Café" composed maps back to "Cafe" + U+0301 */
	p = strstr(t->s, "Caf");
	text_span(t, (size_t)(p - t->s), (size_t)(p - t->s) + 5, &os, &oe);
	ck_assert_uint_eq(oe - os, 6);
	ck_assert_int_eq(memcmp(raw + os, "Cafe\xcc\x81", 6), 0);
	/* the first line, BOM left out */
	text_span(t, 0, (size_t)(strchr(t->s, '\n') - t->s), &os, &oe);
	ck_assert_uint_eq(os, 3);
	ck_assert_int_eq(memcmp(raw + os, "He said\xc2\xa0\"Cafe\xcc\x81\"",
	    oe - os), 0);
	ck_assert_uint_eq(oe - os, strlen("He said\xc2\xa0\"Cafe\xcc\x81\""));
	/* the second line: the tab is inside the span */
	p = strstr(t->s, "next");
	text_span(t, (size_t)(p - t->s), t->len, &os, &oe);
	ck_assert_int_eq(memcmp(raw + os, "next\tline", 9), 0);
	ck_assert_uint_eq(oe, strlen(raw));
	text_free(t);
	text_free(NULL);
}
END_TEST

struct bin_case {
	const char	*in;
	size_t		 len;
	int		 binary;
};

static const struct bin_case bin_cases[] = {
	{ "plain text\n", 11, 0 },
	{ "with\0nul", 8, 1 },
	{ "\x01\x02\x03\x04 abc", 8, 1 },
	{ "\x89PNG\r\n\x1a\n\x01\x02\x03\x04", 12, 1 },
	{ "colour \x1b[1mbold\x1b[0m text and more text here", 43, 0 },
	{ "Z\xfcrich", 6, 0 },
	{ "", 0, 0 },
};

START_TEST(test_binary)
{
	ck_assert_int_eq(text_is_binary(bin_cases[_i].in, bin_cases[_i].len),
	    bin_cases[_i].binary);
}
END_TEST

static const struct {
	const char	*s;
	int		 want;
} case_cases[] = {
	{ "Kyiv", 1 }, { "\"Warsaw\"", 1 }, { "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", 1 },
	{ "said", -1 }, { "\xc3\xa9t\xc3\xa9", -1 }, { "2026", 0 },
	{ "\xe6\x96\xb0\xe5\x8d\x8e", 0 },	/* no case */
	{ "\xe2\x80\xa2 Home", 1 }, { "", 0 }, { "\xff\xfe" "A", 0 },
};

START_TEST(test_first_case)
{
	ck_assert_int_eq(text_first_case(case_cases[_i].s,
	    strlen(case_cases[_i].s)), case_cases[_i].want);
}
END_TEST

/*
 * text_fold_word(): months.c folds letters only and refuses a word too
 * long for its key (flags 0); outlets.c takes digits too and cuts
 * (TEXT_FOLD_DIGITS | TEXT_FOLD_CUT).  Rows where the two differ have the
 * same input under both flags.
 */
static const struct {
	const char	*s;
	size_t		 at, size;
	int		 flags;
	size_t		 want;		/* bytes taken */
	const char	*key;
} fold_cases[] = {
	{ "March 5", 0, 48, 0, 5, "march" },
	{ "on 5 MAI. 2026", 5, 48, 0, 3, "mai" },
	/* U+0130 and U+0131 fold with I and i */
	{ "\xc4\xb0STANBUL", 0, 48, 0, 9, "istanbul" },
	{ "\xc4\xb1stanbul", 0, 48, 0, 9, "istanbul" },
	{ "\xc5\x9eUBAT", 0, 48, 0, 6, "\xc5\x9f" "ubat" },
	{ "\xd0\x9a\xd0\x98\xd0\x87\xd0\x92", 0, 48, 0, 8,
	  "\xd0\xba\xd0\xb8\xd1\x97\xd0\xb2" },
	{ "ab\xff" "cd", 0, 48, 0, 2, "ab" },
	{ "", 0, 48, 0, 0, "" },
	{ "-May", 0, 48, 0, 0, "" },
	/* digits: a letter-only word stops at them */
	{ "Kyiv24 news", 0, 48, 0, 4, "kyiv" },
	{ "Kyiv24 news", 0, 32, TEXT_FOLD_DIGITS | TEXT_FOLD_CUT, 6,
	  "kyiv24" },
	{ "2026", 0, 48, 0, 0, "" },
	{ "2026", 0, 32, TEXT_FOLD_DIGITS | TEXT_FOLD_CUT, 4, "2026" },
	{ "\xd9\xa3\xd9\xa4", 0, 32, TEXT_FOLD_DIGITS, 4,
	  "\xd9\xa3\xd9\xa4" },
	/* too long: refused, or cut with four bytes to spare */
	{ "abcdefghij", 0, 8, 0, 0, "" },
	{ "abcdefghij", 0, 8, TEXT_FOLD_CUT, 3, "abc" },
	{ "abcdefg", 0, 8, 0, 7, "abcdefg" },
	{ "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", 0, 6, 0, 0, "" },
	{ "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", 0, 8, TEXT_FOLD_CUT, 2,
	  "\xd0\xba" },
	{ "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", 0, 9, 0, 8,
	  "\xd0\xba\xd0\xb8\xd1\x97\xd0\xb2" },
};

START_TEST(test_fold_word)
{
	char	key[64];
	size_t	n;

	memset(key, 'z', sizeof key);
	ck_assert_uint_le(fold_cases[_i].size, sizeof key);
	n = text_fold_word(fold_cases[_i].s, strlen(fold_cases[_i].s),
	    fold_cases[_i].at, key, fold_cases[_i].size, fold_cases[_i].flags);
	ck_assert_uint_eq(n, fold_cases[_i].want);
	ck_assert_str_eq(key, fold_cases[_i].key);
	/* nothing written past the key's size */
	if (fold_cases[_i].size < sizeof key)
		ck_assert_int_eq(key[fold_cases[_i].size], 'z');
}
END_TEST

START_TEST(test_huge_line)
{
	size_t		 len = 1 << 20, i;
	char		*raw = malloc(len);
	struct text	*t = NULL;

	ck_assert_ptr_nonnull(raw);
	for (i = 0; i < len; i++)
		raw[i] = (i % 7 == 6) ? ' ' : (i % 3 ? 'x' : ' ');
	ck_assert_int_eq(text_decode(raw, len, &t, NULL), 0);
	ck_assert_ptr_null(memchr(t->s, '\n', t->len));
	ck_assert_ptr_null(strstr(t->s, "  "));
	check_map(raw, len, t);
	text_free(t);
	/* one long run of non-ASCII: a single NFC segment */
	for (i = 0; i + 2 <= len; i += 2) {
		raw[i] = (char)0xd0;
		raw[i + 1] = (char)0x96;
	}
	ck_assert_int_eq(text_decode(raw, len, &t, NULL), 0);
	ck_assert_uint_eq(t->len, len);
	ck_assert_int_eq(t->encoding, TEXT_UTF8);
	text_free(t);
	free(raw);
}
END_TEST

/* One code point at a time: what it is and how far it moves. */
struct next_case {
	const char	*s;
	size_t		 len;
	unsigned int	 cp;
	size_t		 step;
};

static const struct next_case next_cases[] = {
	{ "a", 1, 'a', 1 },
	{ "\xc3\xa9t\xc3\xa9", 5, 0xe9, 2 },		/* e acute */
	{ "\xe2\x82\xac" "5", 4, 0x20ac, 3 },		/* euro sign */
	{ "\xf0\x9f\x93\xb0", 4, 0x1f4f0, 4 },	/* newspaper */
	{ "\xe2\x82", 2, 0xfffd, 1 },			/* cut short */
	{ "\x82" "a", 2, 0xfffd, 1 },			/* a lone tail */
	{ "\xff" "a", 2, 0xfffd, 1 },			/* no UTF-8 lead */
	{ "\xc3" "a", 2, 0xfffd, 1 },			/* lead, no tail */
};

START_TEST(test_next)
{
	const struct next_case	*c = &next_cases[_i];
	size_t			 p = 0, q = 0;

	ck_assert_uint_eq(text_next(c->s, c->len, &p), c->cp);
	ck_assert_uint_eq(p, c->step);
	ck_assert_uint_eq(text_utf8_next(c->s, c->len, &q), c->cp);
	ck_assert_uint_eq(q, c->step);
}
END_TEST

Suite *
text_suite(void)
{
	Suite	*s = suite_create("text");
	TCase	*tc;

	tc = tcase_create("decode");
	tcase_add_loop_test(tc, test_decode, 0, PX_NITEMS(text_cases));
	tcase_add_test(tc, test_span);
	tcase_add_loop_test(tc, test_binary, 0, PX_NITEMS(bin_cases));
	tcase_add_test(tc, test_huge_line);
	tcase_add_loop_test(tc, test_first_case, 0, PX_NITEMS(case_cases));
	tcase_add_loop_test(tc, test_fold_word, 0, PX_NITEMS(fold_cases));
	tcase_add_loop_test(tc, test_next, 0, PX_NITEMS(next_cases));
	tcase_set_timeout(tc, 30);
	suite_add_tcase(s, tc);
	return s;
}
