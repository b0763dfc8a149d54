/*
 * check-verdict.c: the reader's verdict helpers.  Every verdict word has a
 * marker of one cell (also in ASCII), undo records the state before the
 * latest verdict (or `cleared`) and a note taken over from another
 * editor's verdict says whose it was, notes from an editor lose the
 * template's comment lines and the blank ends, and a note on the screen is
 * its first line.
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
	const char		*verdict;
	const struct store_verdict *from;
	size_t			 k;

	memset(h, 0, sizeof h);
	for (k = 0; k < c->n; k++) {
		h[k].id = (int64_t)k + 1;
		h[k].verdict = (char *)c->history[k];
		snprintf(notes[k], sizeof notes[k], "note %zu", k);
		h[k].note = k % 2 == 0 ? notes[k] : NULL;
	}
	ck_assert_int_eq(verdict_undo(h, c->n, &verdict, &from), c->rc);
	if (c->rc != 0)
		return;
	ck_assert_str_eq(verdict, c->verdict);
	ck_assert(store_review_valid(verdict));
	if (c->note_of < 0)
		ck_assert_ptr_null(from);
	else
		ck_assert_ptr_eq(from, &h[c->note_of]);
}
END_TEST

/* The note taken over from a verdict says whose it was, unless ours. */
struct from_case {
	const char	*editor, *note;	/* of the verdict */
	int		 restored;	/* undo, else the note key */
	const char	*out;		/* NULL: none */
};

static const struct from_case from_cases[] = {
	{ "olena", "figure from the ministry", 1, "(restored: olena's "
	  "verdict of 2026-11-22 09:14) figure from the ministry" },
	{ "olena", NULL, 1, "(restored: olena's verdict of 2026-11-22 "
	  "09:14)" },
	{ "olena", "two\nlines", 0, "(olena's note of 2026-11-22 09:14) "
	  "two\nlines" },
	{ "olena", NULL, 0, NULL },
	/* Our own verdict: the note as it is. */
	{ "taras", "mine", 1, "mine" },
	{ "taras", "mine\nstill", 0, "mine\nstill" },
	{ "taras", NULL, 1, NULL },
};

START_TEST(test_note_from)
{
	const struct from_case	*c = &from_cases[_i];
	struct store_verdict	 v;
	char			*note;
	int			 nomem;

	memset(&v, 0, sizeof v);
	v.verdict = (char *)"disputed";
	v.editor = (char *)c->editor;
	v.note = (char *)c->note;
	v.time = (char *)"2026-11-22T09:14:05Z";
	note = verdict_note_from(&v, "taras", c->restored, &nomem);
	ck_assert_int_eq(nomem, 0);
	if (c->out == NULL)
		ck_assert_ptr_null(note);
	else
		ck_assert_str_eq(note, c->out);
	free(note);
	ck_assert_ptr_null(verdict_note_from(NULL, "taras", 1, &nomem));
	ck_assert_int_eq(nomem, 0);
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

struct line_case {
	const char	*in;
	const char	*out;
	int		 more;		/* text after the first line */
};

static const struct line_case line_cases[] = {
	{ "", "", 0 },
	{ "one line", "one line", 0 },
	{ "two\nlines", "two", 1 },
	{ "runs\t\x1b[31mof\x07" "controls\n", "runs [31mof controls", 0 },
	{ "cr\r\nlf", "cr", 1 },
	{ "\nleading", "leading", 0 },
	{ "\n\nfirst\n\n  \n", "first", 0 },
	{ "first\n\n\nthird", "first", 1 },
};

START_TEST(test_note_line)
{
	int	 more = -1;
	char	*s = verdict_note_line(line_cases[_i].in, &more);

	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s, line_cases[_i].out);
	ck_assert_int_eq(more, line_cases[_i].more);
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
	tcase_add_loop_test(tc, test_note_from, 0, PX_NITEMS(from_cases));
	tcase_add_loop_test(tc, test_note_clean, 0, PX_NITEMS(note_cases));
	tcase_add_loop_test(tc, test_note_line, 0, PX_NITEMS(line_cases));
	suite_add_tcase(s, tc);
	return s;
}
