/*
 * verdict.c: markers, roles and undo of the editors' verdicts for the
 * reader (see verdict.h).  No curses here: tests/check-verdict.c links it.
 * Strings in: the store's verdict words; strings out: static markers, or
 * pointers into the caller's history, or malloc'd notes.
 */
#include "px.h"
#include "cells.h"
#include "store.h"
#include "verdict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char	*verdict;
	const char	*utf8;
	const char	*ascii;
	int		 role;
} verdict_marks[] = {
	{ "confirmed",	"\xe2\x9c\x93",	"+",	ROLE_SHARED },
	{ "disputed",	"\xe2\x9c\x97",	"x",	ROLE_CONFLICT },
	{ "needs-check", "?",		"?",	ROLE_HIGHLIGHT },
	{ "cleared",	"-",		"-",	ROLE_DIM },
};

const char *
verdict_marker(const char *verdict, int ascii)
{
	size_t	i;

	if (verdict == NULL)
		return " ";
	for (i = 0; i < PX_NITEMS(verdict_marks); i++) {
		if (strcmp(verdict, verdict_marks[i].verdict) == 0)
			return ascii ? verdict_marks[i].ascii :
			    verdict_marks[i].utf8;
	}
	return " ";
}

int
verdict_role(const char *verdict)
{
	size_t	i;

	if (verdict == NULL)
		return ROLE_TEXT;
	for (i = 0; i < PX_NITEMS(verdict_marks); i++) {
		if (strcmp(verdict, verdict_marks[i].verdict) == 0)
			return verdict_marks[i].role;
	}
	return ROLE_TEXT;
}

int
verdict_undo(const struct store_verdict *h, size_t n, const char **verdict,
    const struct store_verdict **from)
{
	*verdict = NULL;
	*from = NULL;
	if (n == 0)
		return -1;
	if (n == 1) {
		if (strcmp(h[0].verdict, "cleared") == 0)
			return -1;
		*verdict = "cleared";
		return 0;
	}
	*verdict = h[n - 2].verdict;
	*from = &h[n - 2];
	return 0;
}

char *
verdict_note_from(const struct store_verdict *v, const char *editor,
    int restored, int *nomem)
{
	char	 when[32], *head, *note;

	*nomem = 0;
	if (v == NULL || (!restored && v->note == NULL))
		return NULL;
	if (v->editor != NULL && editor != NULL &&
	    strcmp(v->editor, editor) == 0) {
		if (v->note == NULL)
			return NULL;
		if ((note = util_strdup(v->note)) == NULL)
			*nomem = 1;
		return note;
	}
	/* "2026-11-22T09:14:05Z" as "2026-11-22 09:14". */
	snprintf(when, sizeof when, "%.10s %.5s", v->time != NULL ? v->time :
	    "", v->time != NULL && strlen(v->time) > 11 ? v->time + 11 : "");
	if (restored)
		head = util_printf(_("(restored: %s's verdict of %s)"),
		    v->editor != NULL ? v->editor : "?", when);
	else
		head = util_printf(_("(%s's note of %s)"),
		    v->editor != NULL ? v->editor : "?", when);
	if (head == NULL || v->note == NULL) {
		*nomem = head == NULL;
		return head;
	}
	note = util_printf("%s %s", head, v->note);
	free(head);
	*nomem = note == NULL;
	return note;
}

size_t
verdict_note_clean(char *note)
{
	char	*r = note, *w = note, *eol, *end;
	size_t	 len;
	int	 last;

	while (*r != '\0') {
		eol = r + strcspn(r, "\n");
		last = *eol == '\0';	/* the '\n' written may land on it */
		if (*r != '#') {
			end = eol;
			while (end > r && (end[-1] == ' ' || end[-1] == '\t' ||
			    end[-1] == '\r'))
				end--;
			if (end > r || w > note) {
				memmove(w, r, (size_t)(end - r));
				w += end - r;
				*w++ = '\n';
			}
		}
		if (last)
			break;
		r = eol + 1;
	}
	while (w > note && w[-1] == '\n')
		w--;
	*w = '\0';
	len = (size_t)(w - note);
	return len;
}

char *
verdict_note_line(const char *note, int *more)
{
	char		*out, *w;
	const unsigned char *p;
	int		 space = 0;

	*more = 0;
	if ((out = malloc(strlen(note) + 1)) == NULL)
		return NULL;
	w = out;
	for (p = (const unsigned char *)note; *p != '\0'; p++) {
		if (*p == '\n' && w > out) {
			/* The first line ends: is there more than blanks? */
			for (; *p != '\0'; p++) {
				if (*p > 0x20 && *p != 0x7f)
					*more = 1;
			}
			break;
		}
		if (*p < 0x20 || *p == 0x7f) {
			space = 1;
			continue;
		}
		if (space && w > out)
			*w++ = ' ';
		space = 0;
		*w++ = (char)*p;
	}
	*w = '\0';
	return out;
}
