/*
 * check-cells.c: the sanitiser (every kind of terminal control becomes a
 * visible placeholder and no escape byte survives), display widths from
 * libunistring, wrapping by width and side-by-side columns.
 */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "cells.h"

/* The line's text, cells joined. */
static void
text_of(const struct line *l, char *buf, size_t len)
{
	size_t	i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < l->n; i++)
		used += (size_t)snprintf(buf + used, len - used, "%s",
		    l->cells[i].ch);
}

struct san_case {
	const char	*in;
	size_t		 len;		/* 0: strlen */
	const char	*want;		/* the text after sanitising */
	int		 placeholder;	/* a placeholder cell is expected */
};

static const struct san_case san_cases[] = {
	{ "plain text", 0, "plain text", 0 },
	{ "a\x1b[2Jb", 0, "a^[[2Jb", 1 },			/* CSI */
	{ "\x1b]0;evil\x07", 0, "^[]0;evil^G", 1 },		/* OSC title */
	{ "\x1b]52;c;aGk=\x07", 0, "^[]52;c;aGk=^G", 1 },	/* clipboard */
	{ "\x1b]8;;http://x\x1b\\a", 0, "^[]8;;http://x^[\\a", 1 },
	{ "x\xc2\x9b" "31m", 0, "x<U+009B>31m", 1 },		/* C1 CSI */
	{ "\xe2\x80\xae" "abc", 0, "<U+202E>abc", 1 },		/* RLO */
	{ "a\xe2\x81\xa6" "b", 0, "a<U+2066>b", 1 },		/* LRI */
	{ "a\xe2\x80\x8b" "b", 0, "a<U+200B>b", 1 },		/* ZWSP */
	{ "a\xef\xbb\xbf" "b", 0, "a<U+FEFF>b", 1 },		/* BOM */
	{ "a\xd8\x9c" "b", 0, "a<U+061C>b", 1 },		/* ALM */
	{ "a\x7f" "b", 0, "a^?b", 1 },				/* DEL */
	{ "a\xff" "b", 0, "a<FF>b", 1 },			/* invalid */
	{ "a\xc3", 0, "a<C3>", 1 },				/* truncated */
	{ "a\0b", 3, "a^@b", 1 },				/* NUL */
	{ "tab\there", 0, "tab here", 0 },
	{ "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", 0,
	  "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", 0 },		/* Cyrillic */
};

START_TEST(test_sanitise)
{
	const struct san_case	*c = &san_cases[_i];
	struct line		 l;
	char			 buf[256];
	size_t			 i, j;
	int			 ph = 0;

	memset(&l, 0, sizeof l);
	cells_ascii = 0;
	ck_assert_int_eq(cells_add(&l, c->in, c->len ? c->len : strlen(c->in),
	    ROLE_TEXT), 0);
	text_of(&l, buf, sizeof buf);
	ck_assert_str_eq(buf, c->want);
	for (i = 0; i < l.n; i++) {
		ph |= l.cells[i].role == ROLE_PLACEHOLDER;
		ck_assert(l.cells[i].width == 1 || l.cells[i].width == 2);
		for (j = 0; l.cells[i].ch[j] != '\0'; j++) {
			unsigned char	b = (unsigned char)l.cells[i].ch[j];

			ck_assert_msg(b >= 0x20 && b != 0x7f,
			    "control byte %02x in a cell", b);
		}
	}
	ck_assert_int_eq(ph, c->placeholder);
	cells_free(&l);
}
END_TEST

struct width_case {
	const char	*in;
	int		 cols;
};

static const struct width_case width_cases[] = {
	{ "abc", 3 },
	{ "\xe4\xb8\xad\xe6\x96\x87", 4 },		/* two CJK */
	{ "e\xcc\x81", 1 },				/* e + combining */
	{ "\xf0\x9f\x98\x80", 2 },			/* emoji */
	{ "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", 4 },	/* Cyrillic */
};

/* Random bytes, deterministic: whatever comes in, only printable cells of
 * width 1 or 2 come out, and wrapping never exceeds the width. */
START_TEST(test_random_bytes)
{
	struct line	 l;
	struct lines	 out;
	unsigned char	 buf[512];
	unsigned	 seed = 12345;
	size_t		 i, j, k;
	int		 round, width, bad;
	unsigned char	 b;

	memset(&out, 0, sizeof out);
	cells_ascii = 0;
	for (round = 0; round < 200; round++) {
		for (i = 0; i < sizeof buf; i++) {
			seed = seed * 1103515245 + 12345;
			buf[i] = (unsigned char)(seed >> 16);
		}
		memset(&l, 0, sizeof l);
		cells_clear(&l);
		ck_assert_int_eq(cells_add(&l, (char *)buf, sizeof buf,
		    ROLE_TEXT), 0);
		/* One assertion a round: Check records every one. */
		bad = 0;
		for (i = 0; i < l.n; i++) {
			bad |= l.cells[i].width != 1 && l.cells[i].width != 2;
			for (j = 0; l.cells[i].ch[j] != '\0'; j++) {
				b = (unsigned char)l.cells[i].ch[j];
				bad |= b < 0x20 || b == 0x7f;
			}
		}
		ck_assert_msg(!bad, "round %d: a bad cell", round);
		width = 1 + round % 60;
		lines_clear(&out);
		ck_assert_int_eq(cells_wrap(&l, width, 2, &out), 0);
		for (k = 0; k < out.n; k++)
			bad |= out.v[k].cols > (width < 2 ? 2 : width);
		ck_assert_msg(!bad, "round %d: a line wider than %d", round,
		    width);
		cells_free(&l);
	}
	lines_free(&out);
}
END_TEST

START_TEST(test_width)
{
	cells_ascii = 0;
	ck_assert_int_eq(cells_width(width_cases[_i].in),
	    width_cases[_i].cols);
}
END_TEST

START_TEST(test_ascii_fallback)
{
	struct line	l;
	char		buf[64];
	size_t		i;

	/* LANG=C: ASCII alone. */
	setlocale(LC_CTYPE, "C");
	memset(&l, 0, sizeof l);
	cells_ascii = 1;
	cells_addstr(&l, "\xe2\x80\x9cQ\xe2\x80\x9d \xe4\xb8\xad \xe2\x80\x94",
	    ROLE_TEXT);
	text_of(&l, buf, sizeof buf);
	ck_assert_str_eq(buf, "\"Q\" ?? -");
	for (i = 0; i < l.n; i++)
		ck_assert((unsigned char)l.cells[i].ch[0] < 0x80);
	cells_ascii = 0;
	cells_free(&l);
	setlocale(LC_CTYPE, "C.UTF-8");
}
END_TEST

/*
 * A non-UTF-8 locale with more than ASCII (KOI8-U, when the system has it
 * or LOCPATH holds it; tests/ui/koi8.sh builds one): what it has stays,
 * in UTF-8 in the cells; the rest as in LANG=C.
 */
START_TEST(test_locale_charset)
{
	struct line	l;
	char		buf[64];

	if (setlocale(LC_CTYPE, "uk_UA.KOI8-U") == NULL &&
	    setlocale(LC_CTYPE, "uk_UA.koi8u") == NULL)
		return;
	memset(&l, 0, sizeof l);
	cells_ascii = 1;
	cells_addstr(&l, "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2 \xe2\x80\x94 "
	    "\xe4\xb8\xad", ROLE_TEXT);
	text_of(&l, buf, sizeof buf);
	ck_assert_str_eq(buf, "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2 - ??");
	ck_assert_int_eq(l.cells[0].width, 1);
	ck_assert_int_eq(l.cells[l.n - 1].role, ROLE_PLACEHOLDER);
	cells_ascii = 0;
	cells_free(&l);
	setlocale(LC_CTYPE, "C.UTF-8");
}
END_TEST

/* A cut line ends with an ellipsis ('~' when not UTF-8) within the width. */
START_TEST(test_truncate_mark)
{
	struct line	l;
	char		buf[64];

	memset(&l, 0, sizeof l);
	cells_ascii = 0;
	cells_addstr(&l, "(+1: widen the terminal)", ROLE_TITLE);
	cells_truncate_mark(&l, 10);
	text_of(&l, buf, sizeof buf);
	ck_assert_str_eq(buf, "(+1: wide\xe2\x80\xa6");
	ck_assert_int_eq(l.cols, 10);
	ck_assert_int_eq(l.cells[l.n - 1].role, ROLE_TITLE);
	cells_truncate_mark(&l, 20);		/* fits: unchanged */
	ck_assert_int_eq(l.cols, 10);
	cells_clear(&l);
	cells_addstr(&l, "ab\xe4\xb8\xad\xe6\x96\x87", ROLE_TEXT);
	cells_truncate_mark(&l, 4);		/* never half a wide one */
	text_of(&l, buf, sizeof buf);
	ck_assert_str_eq(buf, "ab\xe2\x80\xa6");
	cells_clear(&l);
	cells_ascii = 1;
	cells_addstr(&l, "terminal too small", ROLE_ERROR);
	cells_truncate_mark(&l, 8);
	text_of(&l, buf, sizeof buf);
	ck_assert_str_eq(buf, "termina~");
	cells_ascii = 0;
	cells_free(&l);
}
END_TEST

START_TEST(test_wrap)
{
	struct line	 l;
	struct lines	 out;
	size_t		 i;
	int		 width;

	memset(&out, 0, sizeof out);
	for (width = 4; width <= 30; width++) {
		memset(&l, 0, sizeof l);
		cells_clear(&l);
		cells_addstr(&l, "the quick brown fox jumps over "
		    "\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87 dogs",
		    ROLE_TEXT);
		lines_clear(&out);
		ck_assert_int_eq(cells_wrap(&l, width, 2, &out), 0);
		ck_assert(out.n >= (size_t)(l.cols / width));
		for (i = 0; i < out.n; i++)
			ck_assert_int_le(out.v[i].cols, width);
		cells_free(&l);
	}
	lines_free(&out);
}
END_TEST

START_TEST(test_columns)
{
	struct line	 c[2];
	struct lines	 out;
	int		 w[2] = { 10, 12 };
	size_t		 i;

	memset(c, 0, sizeof c);
	memset(&out, 0, sizeof out);
	cells_clear(&c[0]);
	cells_clear(&c[1]);
	cells_addstr(&c[0], "one two three four five", ROLE_TEXT);
	cells_addstr(&c[1], "x", ROLE_TEXT);
	ck_assert_int_eq(cells_columns(c, w, 2, " | ", ROLE_DIM, &out), 0);
	ck_assert_int_ge(out.n, 3);
	for (i = 0; i < out.n; i++) {
		ck_assert_int_le(out.v[i].cols, 10 + 3 + 12);
		/* The separator is at the same column on every line. */
		ck_assert_str_eq(out.v[i].cells[11].ch, "|");
	}
	cells_free(&c[0]);
	cells_free(&c[1]);
	lines_free(&out);
}
END_TEST

Suite *
cells_suite(void)
{
	Suite	*s = suite_create("cells");
	TCase	*tc = tcase_create("cells");

	tcase_add_loop_test(tc, test_sanitise, 0, PX_NITEMS(san_cases));
	tcase_add_loop_test(tc, test_width, 0, PX_NITEMS(width_cases));
	tcase_add_test(tc, test_random_bytes);
	tcase_add_test(tc, test_ascii_fallback);
	tcase_add_test(tc, test_locale_charset);
	tcase_add_test(tc, test_truncate_mark);
	tcase_add_test(tc, test_wrap);
	tcase_add_test(tc, test_columns);
	suite_add_tcase(s, tc);
	return s;
}
