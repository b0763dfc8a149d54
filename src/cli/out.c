/*
 * out.c: cells to standard output for the commands (see out.h).
 *
 * Everything here prints cells made by cells_add(), the reader's one
 * sanitiser, so a cell is always printable text of width 1 or 2.  Styled
 * output changes attributes only where the role of consecutive cells
 * changes and resets them before every newline, so that a line cut by a
 * pager or a terminal never leaks an attribute into the next.
 */
#include "px.h"
#include "cells.h"
#include "out.h"

#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define OUT_SGR_RESET	"\033[0m"

int
out_init(void)
{
	const char	*cs;
	int		 tty = isatty(STDOUT_FILENO);

	if (tty) {
		cs = nl_langinfo(CODESET);
		cells_ascii = cs == NULL || strcmp(cs, "UTF-8") != 0;
	}
	return tty;
}

int
out_width(int fallback)
{
	struct winsize	 ws;
	const char	*c;
	char		*end;
	long		 v;

	if (isatty(STDOUT_FILENO) &&
	    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if ((c = getenv("COLUMNS")) != NULL && *c != '\0') {
		v = strtol(c, &end, 10);
		if (*end == '\0' && v > 0 && v < 10000)
			return (int)v;
	}
	return fallback;
}

/* The attributes of a role in styled output ("" for none). */
static const char *
out_sgr(int role)
{
	switch (role) {
	case ROLE_NUMBER:
		return "\033[1;7m";
	case ROLE_HIGHLIGHT:
		return "\033[4m";
	case ROLE_CONFLICT:
	case ROLE_TITLE:
	case ROLE_KEY:
		return "\033[1m";
	case ROLE_PLACEHOLDER:
	case ROLE_DIM:
	case ROLE_FILLER:
		return "\033[2m";
	}
	return "";
}

int
out_line(FILE *f, const struct line *l, int styled)
{
	const char	*cur = "", *want;
	size_t		 i;

	for (i = 0; i < l->n; i++) {
		if (styled) {
			want = out_sgr(l->cells[i].role);
			if (strcmp(want, cur) != 0) {
				if (*cur != '\0')
					fputs(OUT_SGR_RESET, f);
				fputs(want, f);
				cur = want;
			}
		}
		fputs(l->cells[i].ch, f);
	}
	if (*cur != '\0')
		fputs(OUT_SGR_RESET, f);
	fputc('\n', f);
	return ferror(f) ? -1 : 0;
}

int
out_field(FILE *f, const char *s, int width, int pad)
{
	struct line	 l;
	/* The mark of a cut: an ellipsis, or ">" in ASCII. */
	const char	*ell = cells_ascii ? ">" : "\xe2\x80\xa6";
	size_t		 i;
	int		 rc = -1;

	memset(&l, 0, sizeof l);
	if (cells_addstr(&l, s != NULL ? s : "-", ROLE_TEXT) != 0)
		goto out;
	if (width > 0 && l.cols > width) {
		cells_truncate(&l, width - 1);
		if (cells_addstr(&l, ell, ROLE_TEXT) != 0)
			goto out;
	}
	if (width > 0 && pad && cells_pad(&l, width, ROLE_TEXT) != 0)
		goto out;
	for (i = 0; i < l.n; i++)
		fputs(l.cells[i].ch, f);
	rc = ferror(f) ? -1 : 0;
out:
	cells_free(&l);
	return rc;
}

int
out_cells(const char *s)
{
	return cells_width(s != NULL ? s : "-");
}
