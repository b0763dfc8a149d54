/*
 * verdict.h: what the reader shows of an editor's verdict and what its
 * review actions record, kept apart from curses so that tests link it.
 *
 * A verdict is one of the store's words (confirmed, disputed, needs-check,
 * cleared); each has a one-cell marker, a Unicode one and an ASCII one for
 * non-UTF-8 locales, and a role.  Undo never deletes (verdicts are
 * append-only): it records the state before the latest verdict again, or
 * `cleared` when the latest verdict was the first.
 */
#ifndef PX_VERDICT_H
#define PX_VERDICT_H

#include <stddef.h>

struct store_verdict;

/* The marker of a verdict ("✓", "✗", "?", "-"; ascii: "+", "x", "?",
 * "-"); a space for NULL or an unknown word.  Static strings. */
const char *verdict_marker(const char *verdict, int ascii);

/* The role (enum role in cells.h) a verdict's marker is drawn in. */
int verdict_role(const char *verdict);

/*
 * What undoing the latest of the n verdicts of an item (h, oldest first)
 * records: *verdict and *note (pointing into h, *note may be NULL).  -1
 * when there is nothing to undo (no verdict, or only a `cleared` one).
 */
int verdict_undo(const struct store_verdict *h, size_t n,
    const char **verdict, const char **note);

/*
 * Clean a note written in an editor, in place: lines starting with '#'
 * (the instructions of the template) are dropped, trailing white space of
 * every line and blank lines at both ends are removed.  Returns the new
 * length (0: no note).
 */
size_t verdict_note_clean(char *note);

/*
 * A note on one line for the screen: each run of line breaks, tabs and
 * other control characters becomes one space; malloc'd, NULL if out of
 * memory.
 */
char *verdict_note_line(const char *note);

#endif
