/*
 * verdict.h: what the reader shows of an editor's verdict and what its
 * review actions record, kept apart from curses so that tests link it.
 *
 * A verdict is one of the store's words (confirmed, disputed, needs-check,
 * cleared); each has a one-cell marker, a Unicode one and an ASCII one for
 * non-UTF-8 locales, and a role.  Undo never deletes (verdicts are
 * append-only): it records the state before the latest verdict again, or
 * `cleared` when the latest verdict was the first; the verdict recorded is
 * signed by the editor who undid, its note says whose verdict came back.
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
 * records: *verdict, and *from, the verdict restored (pointing into h;
 * NULL when undo clears the item).  -1 when there is nothing to undo (no
 * verdict, or only a `cleared` one).
 */
int verdict_undo(const struct store_verdict *h, size_t n,
    const char **verdict, const struct store_verdict **from);

/*
 * The note an editor records when taking over verdict v (NULL: none): its
 * note as it is when v is the editor's own, else a note that says whose it
 * was, "(restored: olena's verdict of 2026-11-22 09:14) her note" for an
 * undo (restored != 0), "(olena's note of 2026-11-22 09:14) her note" for
 * the note key.  The verdict's author stays in the note: the store signs
 * the new verdict with the editor who recorded it.  NULL when there is
 * nothing to record (v NULL, or the editor's own verdict without a note;
 * and the note key on a verdict without one); *nomem is set if memory ran
 * out.  malloc'd.
 */
char *verdict_note_from(const struct store_verdict *v, const char *editor,
    int restored, int *nomem);

/*
 * Clean a note written in an editor, in place: lines starting with '#'
 * (the instructions of the template) are dropped, trailing white space of
 * every line and blank lines at both ends are removed.  Returns the new
 * length (0: no note).
 */
size_t verdict_note_clean(char *note);

/*
 * A note on one line for the screen: its first line that is not blank,
 * each run of tabs and other control characters in it one space; *more
 * is set when more text follows (the caller shows an ellipsis), the note
 * itself keeps its lines.  malloc'd, NULL if out of memory.
 */
char *verdict_note_line(const char *note, int *more);

#endif
