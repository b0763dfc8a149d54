/*
 * cells.c: the one sanitiser, and lines of styled cells.
 *
 * cells_add() is the only way text becomes cells, and draw.c writes nothing
 * but cells, so every byte of article text, titles, search input and
 * messages passes through here on its way to the terminal.  Invariants of
 * a cell after cells_add(): ch is valid UTF-8 holding one printable
 * character of width 1 or 2 (uc_width) plus at most a few combining marks,
 * or, when cells_ascii is set (a locale other than UTF-8), a character the
 * locale's character set has (ASCII alone under LANG=C), so that the
 * renderer can hand it to curses as a wide character.  Placeholders:
 *   C0 controls and DEL     ^@ .. ^_, ^?   (tab, CR and LF become a space)
 *   C1 controls (U+0080-9F), bidi controls, zero-width and other format
 *   characters, line and paragraph separators: <U+XXXX>
 *   invalid UTF-8 bytes     <XX>
 * all in ROLE_PLACEHOLDER.  No escape byte can survive.
 */
#include "px.h"
#include "cells.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <unictype.h>
#include <unistr.h>
#include <uniwidth.h>

int cells_ascii;

static int
line_grow(struct line *l, size_t more)
{
	struct cell	*v;
	size_t		 cap;

	if (l->n + more <= l->cap)
		return 0;
	cap = l->cap == 0 ? 64 : l->cap;
	while (cap < l->n + more)
		cap *= 2;
	if ((v = util_reallocarray(l->cells, cap, sizeof *v)) == NULL)
		return -1;
	l->cells = v;
	l->cap = cap;
	return 0;
}

/* Append one printable cell; s holds len bytes of width w. */
static int
put(struct line *l, const char *s, size_t len, int w, int role)
{
	struct cell	*c;

	if (len >= CELL_BYTES || line_grow(l, 1) != 0)
		return -1;
	c = &l->cells[l->n++];
	memcpy(c->ch, s, len);
	c->ch[len] = '\0';
	c->width = (unsigned char)w;
	c->role = (unsigned char)role;
	l->cols += w;
	return 0;
}

/* Append an ASCII string as single-width cells. */
static int
put_ascii(struct line *l, const char *s, int role)
{
	for (; *s != '\0'; s++) {
		if (put(l, s, 1, 1, role) != 0)
			return -1;
	}
	return 0;
}

static int
placeholder_uc(struct line *l, ucs4_t uc)
{
	char	buf[16];

	snprintf(buf, sizeof buf, "<U+%04X>", (unsigned)uc);
	return put_ascii(l, buf, ROLE_PLACEHOLDER);
}

/* Characters that must never reach the terminal as themselves. */
static int
is_dangerous(ucs4_t uc)
{
	if (uc >= 0x80 && uc <= 0x9f)
		return 1;		/* C1, including CSI U+009B */
	if (uc == 0x061c || uc == 0x200e || uc == 0x200f)
		return 1;		/* bidi marks */
	if (uc >= 0x202a && uc <= 0x202e)
		return 1;		/* bidi embeddings and overrides */
	if (uc >= 0x2066 && uc <= 0x2069)
		return 1;		/* bidi isolates */
	if ((uc >= 0x200b && uc <= 0x200d) || uc == 0x2060 || uc == 0xfeff)
		return 1;		/* zero-width characters */
	if (uc == 0x2028 || uc == 0x2029)
		return 1;		/* line and paragraph separators */
	if (uc >= 0xfff9 && uc <= 0xfffb)
		return 1;		/* interlinear annotation */
	if (uc_is_general_category(uc, UC_CATEGORY_Cf) && uc != 0x00ad)
		return 1;		/* other format characters */
	if (uc_is_general_category(uc, UC_CATEGORY_Cs) ||
	    uc_is_general_category(uc, UC_CATEGORY_Cc))
		return 1;
	return 0;
}

/*
 * Can the locale's character set (LC_CTYPE) hold uc?  Only where wchar_t
 * is Unicode (__STDC_ISO_10646__: glibc, musl); elsewhere ASCII alone.
 */
static int
locale_has(ucs4_t uc)
{
#ifdef __STDC_ISO_10646__
	mbstate_t	st;
	char		mb[MB_LEN_MAX];

	memset(&st, 0, sizeof st);
	return wcrtomb(mb, (wchar_t)uc, &st) != (size_t)-1;
#else
	(void)uc;
	return 0;
#endif
}

/* ASCII stand-ins for common typography in a non-UTF-8 locale. */
static const char *
ascii_standin(ucs4_t uc)
{
	switch (uc) {
	case 0x00a0: case 0x2002: case 0x2003: case 0x2009: case 0x202f:
		return " ";
	case 0x2018: case 0x2019: case 0x201a: case 0x2032:
		return "'";
	case 0x201c: case 0x201d: case 0x201e: case 0x00ab: case 0x00bb:
		return "\"";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2212: case 0x00ad:
		return "-";
	case 0x2026:
		return "...";
	case 0x2022: case 0x00b7:
		return "*";
	}
	return NULL;
}

int
cells_add(struct line *l, const char *s, size_t len, int role)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len;
	struct cell	*prev;
	ucs4_t		 uc;
	int		 n, w;
	size_t		 have;
	char		 buf[8];
	const char	*standin;

	while (p < end) {
		if (*p < 0x80) {
			if (*p == '\t' || *p == '\n' || *p == '\r') {
				if (put(l, " ", 1, 1, role) != 0)
					return -1;
			} else if (*p < 0x20 || *p == 0x7f) {
				buf[0] = '^';
				buf[1] = *p == 0x7f ? '?' : (char)(*p + '@');
				buf[2] = '\0';
				if (put_ascii(l, buf, ROLE_PLACEHOLDER) != 0)
					return -1;
			} else if (put(l, (const char *)p, 1, 1, role) != 0)
				return -1;
			p++;
			continue;
		}
		n = u8_mbtoucr(&uc, p, (size_t)(end - p));
		if (n < 0) {
			snprintf(buf, sizeof buf, "<%02X>", *p);
			if (put_ascii(l, buf, ROLE_PLACEHOLDER) != 0)
				return -1;
			p++;
			continue;
		}
		if (is_dangerous(uc)) {
			if (placeholder_uc(l, uc) != 0)
				return -1;
			p += n;
			continue;
		}
		w = uc_width(uc, "UTF-8");
		if (w == 0) {
			/* A combining mark rides on the character before. */
			prev = l->n > 0 ? &l->cells[l->n - 1] : NULL;
			if (cells_ascii) {
				p += n;
				continue;
			}
			have = prev != NULL ? strlen(prev->ch) : 0;
			if (prev == NULL || prev->role == ROLE_PLACEHOLDER ||
			    prev->ch[0] == ' ' ||
			    have + (size_t)n >= CELL_BYTES) {
				if (placeholder_uc(l, uc) != 0)
					return -1;
			} else {
				memcpy(prev->ch + have, p, (size_t)n);
				prev->ch[have + (size_t)n] = '\0';
			}
			p += n;
			continue;
		}
		if (w < 0 || w > 2) {
			if (placeholder_uc(l, uc) != 0)
				return -1;
			p += n;
			continue;
		}
		if (cells_ascii && !locale_has(uc)) {
			standin = ascii_standin(uc);
			if (standin != NULL) {
				if (put_ascii(l, standin, role) != 0)
					return -1;
			} else if (put_ascii(l, w == 2 ? "??" : "?",
			    ROLE_PLACEHOLDER) != 0)
				return -1;
			p += n;
			continue;
		}
		if (put(l, (const char *)p, (size_t)n, w, role) != 0)
			return -1;
		p += n;
	}
	return 0;
}

int
cells_addstr(struct line *l, const char *s, int role)
{
	if (s == NULL)
		return 0;
	return cells_add(l, s, strlen(s), role);
}

int
cells_pad(struct line *l, int col, int role)
{
	while (l->cols < col) {
		if (put(l, " ", 1, 1, role) != 0)
			return -1;
	}
	return 0;
}

void
cells_truncate(struct line *l, int cols)
{
	while (l->n > 0 && l->cols > cols) {
		l->n--;
		l->cols -= l->cells[l->n].width;
	}
}

void
cells_truncate_mark(struct line *l, int cols)
{
	int	role;

	if (l->cols <= cols)
		return;
	if (cols < 1) {
		cells_truncate(l, cols);
		return;
	}
	cells_truncate(l, cols - 1);
	role = l->n > 0 ? l->cells[l->n - 1].role : ROLE_TEXT;
	if (role == ROLE_PLACEHOLDER)
		role = ROLE_TEXT;
	if (cells_ascii)
		put(l, "~", 1, 1, role);
	else
		put(l, "\xe2\x80\xa6", 3, 1, role);
}

int
cells_append(struct line *l, const struct line *from)
{
	if (from->n == 0)
		return 0;
	if (line_grow(l, from->n) != 0)
		return -1;
	memcpy(l->cells + l->n, from->cells, from->n * sizeof *l->cells);
	l->n += from->n;
	l->cols += from->cols;
	return 0;
}

void
cells_set_role(struct line *l, size_t from, size_t to, int role)
{
	size_t	i;

	for (i = from; i < to && i < l->n; i++) {
		if (l->cells[i].role != ROLE_PLACEHOLDER)
			l->cells[i].role = (unsigned char)role;
	}
}

void
cells_clear(struct line *l)
{
	l->n = 0;
	l->cols = 0;
	l->fill = -1;
	l->sel = 0;
}

void
cells_free(struct line *l)
{
	if (l == NULL)
		return;
	free(l->cells);
	memset(l, 0, sizeof *l);
}

struct line *
lines_add(struct lines *ls)
{
	struct line	*v;
	size_t		 cap;

	if (ls->n == ls->cap) {
		cap = ls->cap == 0 ? 16 : ls->cap * 2;
		if ((v = util_reallocarray(ls->v, cap, sizeof *v)) == NULL)
			return NULL;
		memset(v + ls->cap, 0, (cap - ls->cap) * sizeof *v);
		ls->v = v;
		ls->cap = cap;
	}
	cells_clear(&ls->v[ls->n]);
	return &ls->v[ls->n++];
}

/* Forget the lines but keep their memory for the next frame. */
void
lines_clear(struct lines *ls)
{
	ls->n = 0;
}

void
lines_free(struct lines *ls)
{
	size_t	i;

	if (ls == NULL)
		return;
	for (i = 0; i < ls->cap; i++)
		cells_free(&ls->v[i]);
	free(ls->v);
	memset(ls, 0, sizeof *ls);
}

static int
is_space(const struct cell *c)
{
	return c->ch[0] == ' ' && c->ch[1] == '\0';
}

int
cells_wrap(const struct line *l, int width, int indent, struct lines *out)
{
	struct line	*o;
	size_t		 i, start, brk, j;
	int		 cols, avail, ind, first = 1;

	if (width < 1)
		width = 1;
	if (indent >= width)
		indent = 0;
	start = 0;
	if (l->n == 0) {
		if ((o = lines_add(out)) == NULL)
			return -1;
		o->fill = l->fill;
		o->sel = l->sel;
		return 0;
	}
	while (start < l->n) {
		/* No indent when the next character would not fit after it. */
		ind = first ? 0 : indent;
		if (l->cells[start].width > width - ind)
			ind = 0;
		avail = width - ind;
		/* Find the longest run of cells that fits. */
		cols = 0;
		brk = l->n;
		for (i = start; i < l->n; i++) {
			if (cols + l->cells[i].width > avail)
				break;
			cols += l->cells[i].width;
		}
		if (i < l->n) {
			/* Break after the last space, if there is one. */
			brk = i;
			for (j = i; j > start; j--) {
				if (is_space(&l->cells[j])) {
					brk = j;
					break;
				}
			}
			if (j == start && is_space(&l->cells[start]))
				brk = start + 1;
			if (brk == start)
				brk = i > start ? i : start + 1;
		}
		if ((o = lines_add(out)) == NULL)
			return -1;
		o->fill = l->fill;
		o->sel = l->sel;
		if (cells_pad(o, ind, ROLE_TEXT) != 0)
			return -1;
		if (line_grow(o, brk - start) != 0)
			return -1;
		for (i = start; i < brk; i++) {
			o->cells[o->n++] = l->cells[i];
			o->cols += l->cells[i].width;
		}
		/* Trailing spaces of a wrapped line are dropped. */
		while (o->n > 0 && brk < l->n &&
		    is_space(&o->cells[o->n - 1])) {
			o->n--;
			o->cols--;
		}
		start = brk;
		while (start < l->n && is_space(&l->cells[start]) &&
		    start != 0)
			start++;
		first = 0;
	}
	return 0;
}

int
cells_width(const char *s)
{
	struct line	l;
	int		w;

	memset(&l, 0, sizeof l);
	if (cells_addstr(&l, s, ROLE_TEXT) != 0) {
		cells_free(&l);
		return (int)strlen(s);
	}
	w = l.cols;
	cells_free(&l);
	return w;
}

int
cells_columns(const struct line *cols, const int *widths, size_t ncols,
    const char *sep, int seprole, struct lines *out)
{
	struct lines	*w;
	struct line	*o;
	size_t		 i, r, rows = 0;
	int		 col, rc = -1;

	if ((w = calloc(ncols + 1, sizeof *w)) == NULL)
		return -1;
	for (i = 0; i < ncols; i++) {
		if (cells_wrap(&cols[i], widths[i], 0, &w[i]) != 0)
			goto out;
		if (w[i].n > rows)
			rows = w[i].n;
	}
	for (r = 0; r < rows; r++) {
		if ((o = lines_add(out)) == NULL)
			goto out;
		col = 0;
		for (i = 0; i < ncols; i++) {
			if (i > 0 && cells_addstr(o, sep, seprole) != 0)
				goto out;
			col = o->cols + widths[i];
			if (r < w[i].n && cells_append(o, &w[i].v[r]) != 0)
				goto out;
			cells_truncate(o, col);
			if (i + 1 < ncols && cells_pad(o, col, ROLE_TEXT) != 0)
				goto out;
		}
	}
	rc = 0;
out:
	for (i = 0; i < ncols; i++)
		lines_free(&w[i]);
	free(w);
	return rc;
}
