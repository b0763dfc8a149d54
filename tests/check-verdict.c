/*
 * check-verdict.c: the reader's verdict helpers.  Every verdict word has a
 * marker of one cell (also in ASCII), undo records the state before the
 * latest verdict (or `cleared`), and notes from an editor lose the
 * template's comment lines and the blank ends.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "cells.h"
#include "store.h"
#include "verdict.h"

static const char *const words[] = {
	"confirmed", "disputed", "needs-check", "cleared"
};

START_TEST(test_marker)
{
	const char	*u = verdict_marker(words[_i], 0);
	const char	*a = verdict_marker(words[_i], 1);
	size_t		 k;

	ck_assert_int_eq(cells_width(u), 1);
	ck_assert_int_eq(strlen(a), 1);
	ck_assert(a[0] > 0x20 && a[0] < 0x7f);
	ck_assert_int_ne(verdict_role(words[_i]), ROLE_TEXT);
	/* Markers tell the verdicts apart, in both alphabets. */
	for (k = 0; k < PX_NITEMS(words); k++) {
		if (k == (size_t)_i)
			continue;
		ck_assert_str_ne(u, verdict_marker(words[k], 0));
		ck_assert_str_ne(a, verdict_marker(words[k], 1));
	}
}
END_TEST

START_TEST(test_marker_unknown)
{
	ck_assert_str_eq(verdict_marker(NULL, 0), " ");
	ck_assert_str_eq(verdict_marker("approved", 1), " ");
	ck_assert_int_eq(verdict_role(NULL), ROLE_TEXT);
}
END_TEST

struct undo_case {
	const char	*history[4];	/* verdicts, oldest first */
	size_t		 n;
	int		 rc;
	const char	*verdict;	/* recorded by undo */
	int		 note_of;	/* index of the note kept, or -1 */
};

static const struct undo_case undo_cases[] = {
	{ { NULL }, 0, -1, NULL, -1 },
	{ { "disputed" }, 1, 0, "cleared", -1 },
	{ { "cleared" }, 1, -1, NULL, -1 },
	{ { "disputed", "confirmed" }, 2, 0, "disputed", 0 },
	{ { "needs-check", "disputed", "cleared" }, 3, 0, "disputed", 1 },
	/* Undo of an undo brings the undone verdict back. */
	{ { "confirmed", "disputed", "confirmed" }, 3, 0, "disputed", 1 },
};

START_TEST(test_undo)
{
	const struct undo_case	*c = &undo_cases[_i];
	struct store_verdict	 h[4];
	char			 notes[4][32];
	const char		*verdict, *note;
	size_t			 k;

	memset(h, 0, sizeof h);
	for (k = 0; k < c->n; k++) {
		h[k].id = (int64_t)k + 1;
		h[k].verdict = (char *)c->history[k];
		snprintf(notes[k], sizeof notes[k], "note %zu", k);
		h[k].note = k % 2 == 0 ? notes[k] : NULL;
	}
	ck_assert_int_eq(verdict_undo(h, c->n, &verdict, &note), c->rc);
	if (c->rc != 0)
		return;
	ck_assert_str_eq(verdict, c->verdict);
	ck_assert(store_review_valid(verdict));
	if (c->note_of < 0 || h[c->note_of].note == NULL)
		ck_assert_ptr_null(note);
	else
		ck_assert_str_eq(note, h[c->note_of].note);
}
END_TEST

struct note_case {
	const char	*in;
	const char	*out;
};

static const struct note_case note_cases[] = {
	{ "", "" },
	{ "\n\n  \n", "" },
	{ "# write the note\n", "" },
	{ "casualty figure from the ministry \n", "casualty figure from "
	    "the ministry" },
	{ "# comment\n\nfirst\t\n\nsecond\n\n\n", "first\n\nsecond" },
	{ "a\r\n# hidden\nb", "a\nb" },
	{ "no newline at the end", "no newline at the end" },
	{ "  indented stays\n", "  indented stays" },
};

START_TEST(test_note_clean)
{
	const struct note_case	*c = &note_cases[_i];
	char			*s = strdup(c->in);
	size_t			 len;

	ck_assert_ptr_nonnull(s);
	len = verdict_note_clean(s);
	ck_assert_str_eq(s, c->out);
	ck_assert_uint_eq(len, strlen(c->out));
	free(s);
}
END_TEST

static const struct note_case line_cases[] = {
	{ "", "" },
	{ "one line", "one line" },
	{ "two\nlines", "two lines" },
	{ "runs\r\n\t\x1b[31mof\x07" "controls\n", "runs [31mof controls" },
	{ "\nleading", "leading" },
};

START_TEST(test_note_line)
{
	char	*s = verdict_note_line(line_cases[_i].in);

	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s, line_cases[_i].out);
	free(s);
}
END_TEST

Suite *
verdict_suite(void)
{
	Suite	*s = suite_create("verdict");
	TCase	*tc = tcase_create("core");

	tcase_add_loop_test(tc, test_marker, 0, PX_NITEMS(words));
	tcase_add_test(tc, test_marker_unknown);
	tcase_add_loop_test(tc, test_undo, 0, PX_NITEMS(undo_cases));
	tcase_add_loop_test(tc, test_note_clean, 0, PX_NITEMS(note_cases));
	tcase_add_loop_test(tc, test_note_line, 0, PX_NITEMS(line_cases));
	suite_add_tcase(s, tc);
	return s;
}
