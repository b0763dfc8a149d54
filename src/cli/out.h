/*
 * out.h: printing sanitised text from the commands.
 *
 * The commands that print article text (stories, claims, compare) turn it
 * into cells with the reader's one sanitiser, cells_add() (src/tui/cells.c),
 * and print the cells with out_line() or out_field(): no byte of article
 * text reaches standard output any other way, so control characters, C1,
 * bidi overrides and zero-width characters show as placeholders in every
 * output format.  Styled output (a terminal, no --plain) turns the roles
 * of cells into SGR attributes (bold, reverse, underline, dim), never
 * colours.
 */
#ifndef PX_OUT_H
#define PX_OUT_H

#include <stdio.h>

struct line;

/*
 * Set up for printing to stdout: in a non-UTF-8 locale on a terminal the
 * cells become ASCII (as in the reader).  Returns whether stdout is a
 * terminal.
 */
int out_init(void);

/*
 * The width of standard output in columns: the terminal's, else $COLUMNS,
 * else fallback (0: no limit).
 */
int out_width(int fallback);

/* Print a line of cells and a newline; styled: SGR attributes by role.
 * Returns -1 on a write error. */
int out_line(FILE *f, const struct line *l, int styled);

/*
 * Print s (NULL: "-") sanitised, unstyled, without a newline.  With width
 * > 0 it is cut to width cells (an ellipsis marks the cut) and, with pad,
 * padded with spaces to width.  Returns -1 on a write error or no memory.
 */
int out_field(FILE *f, const char *s, int width, int pad);

/* The width of s in cells once sanitised (NULL: "-"). */
int out_cells(const char *s);

#endif
