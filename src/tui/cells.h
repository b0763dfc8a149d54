/*
 * cells.h: styled screen cells, the reader's only currency for text.
 *
 * Every byte that the reader shows goes through cells_add() (the one
 * sanitiser): it decodes UTF-8, measures each character with libunistring
 * and turns anything that could act on a terminal (C0 and C1 controls, also
 * C1 written as UTF-8, DEL, bidi overrides and isolates, zero-width
 * characters, invalid bytes) into a visible placeholder in the placeholder
 * role.  A cell therefore holds only printable text of width 1 or 2, in
 * UTF-8 whatever the locale.  In a non-UTF-8 locale (cells_ascii) what its
 * character set lacks becomes an ASCII stand-in or a placeholder (under
 * LANG=C: everything outside ASCII); draw.c, the only code that writes
 * cells to the terminal, hands them to curses as wide characters, which
 * curses writes in the locale's character set.
 *
 * This file has no curses in it so that tests link it without a terminal.
 */
#ifndef PX_CELLS_H
#define PX_CELLS_H

#include <stddef.h>

#define CELL_BYTES 16	/* one character and its combining marks */

/* Semantic roles; theme.c gives each a colour and a monochrome attribute. */
enum role {
	ROLE_TEXT = 0,
	ROLE_TITLE,		/* header line */
	ROLE_STATUS,		/* status line */
	ROLE_SELECTED,		/* the cursor row in lists */
	ROLE_HEADING,		/* section headings inside a view */
	ROLE_DIM,		/* secondary text; furniture in originals */
	ROLE_SHARED,		/* sentence shared verbatim */
	ROLE_SIMILAR,		/* near-verbatim or paraphrase */
	ROLE_CONFLICT,		/* disagreeing sentence or claim */
	ROLE_UNIQUE,		/* only in this article */
	ROLE_MARKER,		/* the marker column */
	ROLE_HIGHLIGHT,		/* a word that differs inside a pair */
	ROLE_NUMBER,		/* a figure or name that differs */
	ROLE_PLACEHOLDER,	/* a character shown in escaped form */
	ROLE_FILLER,		/* alignment filler rows */
	ROLE_MATCH,		/* search match */
	ROLE_KEY,		/* key names in help */
	ROLE_ERROR,		/* messages in the status line */
	ROLE_COUNT
};

struct cell {
	char		ch[CELL_BYTES];	/* printable, NUL-ended */
	unsigned char	width;		/* 1 or 2 */
	unsigned char	role;		/* enum role */
};

/* One screen line: cells in order, their widths summed in cols. */
struct line {
	struct cell	*cells;
	size_t		 n, cap;
	int		 cols;
	int		 fill;		/* role of the rest, or -1 */
	int		 sel;		/* drawn as the selected row */
};

/* A growing list of lines. */
struct lines {
	struct line	*v;
	size_t		 n, cap;
};

/* Non-zero: a non-UTF-8 locale; keep only what its character set has. */
extern int cells_ascii;

/*
 * Append len bytes of s to l as sanitised cells of the given role.  Each
 * character, placeholder or not, ends up as cells of width 1 or 2; returns
 * -1 only when memory runs out.
 */
int cells_add(struct line *l, const char *s, size_t len, int role);
int cells_addstr(struct line *l, const char *s, int role);
/* Pad with spaces up to column col (no-op when already there). */
int cells_pad(struct line *l, int col, int role);
/* Cut a line at width cols, never in the middle of a wide character. */
void cells_truncate(struct line *l, int cols);
/*
 * The same, but a line that is cut ends with an ellipsis ('…'; '~' in a
 * locale that is not UTF-8) in the role of the text before it, so that
 * the cut shows.
 */
void cells_truncate_mark(struct line *l, int cols);
/* Append another line's cells. */
int cells_append(struct line *l, const struct line *from);
/* Set the role of cells [from, to). */
void cells_set_role(struct line *l, size_t from, size_t to, int role);
void cells_clear(struct line *l);
void cells_free(struct line *l);

/*
 * Wrap a line at spaces to lines of at most width columns (long words are
 * cut), appending them to out; continuation lines start with indent spaces.
 * A line that fits is copied as it is.  Returns -1 on allocation failure.
 */
int cells_wrap(const struct line *l, int width, int indent,
    struct lines *out);

/*
 * Lay ncols lines out side by side: each wrapped to its width (indent 0),
 * the columns joined by sep (in seprole) on every output line, appended to
 * out.  Returns -1 on allocation failure.
 */
int cells_columns(const struct line *cols, const int *widths, size_t ncols,
    const char *sep, int seprole, struct lines *out);

/* A new empty line at the end of ls, or NULL. */
struct line *lines_add(struct lines *ls);
void lines_clear(struct lines *ls);
void lines_free(struct lines *ls);

/* The display width of text after sanitising (a short label, a key name). */
int cells_width(const char *s);

#endif
