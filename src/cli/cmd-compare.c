/*
 * cmd-compare.c: parallax compare [--width N] [--plain] ID ID [ID]: two or
 * three articles aligned sentence by sentence, for a terminal or a pipe.
 *
 * The rows come from rows_align() (src/tui/rows.c) over the pairs the
 * engine stored between the articles (pane 0 with each other pane; with
 * three, also pane 1 with pane 2), as in the reader's compare view.  Each
 * row is one sentence per pane (or "." where a pane has none) wrapped to
 * its column, after a marker column: "=" same, "~" similar, "!" conflict,
 * " " a sentence the other panes do not have.  Inside a paired row the
 * words that differ (diff_words) are marked: on a terminal bold reverse
 * for figures and names and underline for other words; in plain output
 * (--plain, or stdout not a terminal) between [brackets], which are part
 * of the text before wrapping so no line is wider than the width.
 *
 * All article text becomes cells through cells_add() and is printed by
 * out_line() (out.c): nothing else writes it.
 */
#include "cli.h"
#include "args.h"
#include "cells.h"
#include "diff.h"
#include "out.h"
#include "rows.h"
#include "store.h"
#include "story.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COMPARE_WIDTH_DEFAULT	80
#define COMPARE_WIDTH_MIN	30
#define COMPARE_WIDTH_MAX	1000

static const struct option compare_options[] = {
	{ "width",	required_argument,	NULL, 'w' },
	{ "plain",	no_argument,		NULL, 'p' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 }
};

struct compare_pane {
	struct store_article	*art;
	struct store_sentence	*sent;
	size_t			 nsent;
};

struct compare {
	struct compare_pane	 pane[ROWS_PANES];
	size_t			 npanes;
	struct rows_row		*rows;
	size_t			 nrows;
	int			 width;
	int			 styled;
	int			 plain;		/* [differences] */
};

static void
compare_help(void)
{
	printf(_("Usage: %s compare [OPTION]... ID ID [ID]\n"), PACKAGE);
	fputs(_("Show two or three articles side by side, sentence by "
	    "sentence.\n\n"), stdout);
	fputs(_("  -w, --width=N  fit the output in N columns (default: the "
	    "terminal's width,\n"
	    "                 else $COLUMNS, else 80)\n"
	    "  -p, --plain    no attributes; differing words in [brackets] "
	    "(the default\n"
	    "                 when the output is not a terminal)\n"
	    "  -h, --help     display this help and exit\n\n"), stdout);
	fputs(_("Markers: '=' same, '~' similar, '!' conflict, ' ' only in "
	    "one article;\n'.' where an article has no sentence in that row."
	    "\n"), stdout);
}

static void
compare_free(struct compare *c)
{
	size_t	k;

	for (k = 0; k < ROWS_PANES; k++) {
		store_article_free(c->pane[k].art);
		store_sentences_free(c->pane[k].sent, c->pane[k].nsent);
	}
	free(c->rows);
}

/* Load the articles and align them; 1 when an id names no article. */
static int
compare_load(struct store *st, struct compare *c, const int64_t *ids,
    char **cause)
{
	struct store_pair	*p = NULL;
	struct rows_link	*links = NULL, *nl;
	size_t			 k, np, nlinks = 0, ns[ROWS_PANES], from, to;
	int			 rc = -1;

	for (k = 0; k < c->npanes; k++) {
		if (store_article_get(st, ids[k], &c->pane[k].art, cause) != 0)
			return -1;
		if (c->pane[k].art == NULL) {
			util_cause(cause, _("no article %lld"),
			    (long long)ids[k]);
			return 1;
		}
		if (store_sentences(st, ids[k], &c->pane[k].sent,
		    &c->pane[k].nsent, cause) != 0)
			return -1;
		ns[k] = c->pane[k].nsent;
	}
	for (k = 1; k < c->npanes + (c->npanes == 3); k++) {
		from = k < c->npanes ? 0 : 1;
		to = k < c->npanes ? k : 2;
		if (store_pairs_between(st, ids[from], ids[to], &p, &np,
		    cause) != 0)
			goto out;
		nl = util_reallocarray(links, nlinks + np + 1, sizeof *links);
		if (nl == NULL) {
			free(p);
			util_cause(cause, "%s", _("out of memory"));
			goto out;
		}
		links = nl;
		nlinks += rows_links(p, np, c->pane[from].sent,
		    c->pane[from].nsent, c->pane[to].sent, c->pane[to].nsent,
		    from, to, links + nlinks);
		free(p);
	}
	if (rows_align(c->npanes, ns, links, nlinks, &c->rows, &c->nrows) !=
	    0) {
		util_cause(cause, "%s", _("out of memory"));
		goto out;
	}
	rc = 0;
out:
	free(links);
	return rc;
}

/* Whether text[from, to) is only spaces (two spans then share brackets). */
static int
compare_spaces(const char *text, size_t from, size_t to)
{
	for (; from < to; from++) {
		if (text[from] != ' ')
			return 0;
	}
	return 1;
}

/*
 * A sentence's cells with its differing words marked: by role, and in
 * plain output also between brackets (neighbouring words share a pair).
 */
static int
compare_text(const struct compare *c, struct line *l, const char *text,
    const struct diff_span *d, size_t nd)
{
	size_t	pos = 0, i;
	int	role, open = 0, r = 0;

	for (i = 0; i < nd; i++) {
		if (d[i].start < pos || d[i].end < d[i].start)
			continue;
		r |= cells_add(l, text + pos, d[i].start - pos, ROLE_TEXT);
		role = d[i].cls == DIFF_WORD ? ROLE_HIGHLIGHT : ROLE_NUMBER;
		if (c->plain && !open)
			r |= cells_addstr(l, "[", role);
		r |= cells_add(l, text + d[i].start, d[i].end - d[i].start,
		    role);
		pos = d[i].end;
		open = i + 1 < nd && d[i + 1].start >= pos &&
		    compare_spaces(text, pos, d[i + 1].start);
		if (c->plain && !open)
			r |= cells_addstr(l, "]", role);
	}
	r |= cells_addstr(l, text + pos, ROLE_TEXT);
	return r;
}

/* Lay out one row of columns after its marker and print it. */
static int
compare_print(const struct compare *c, const struct line *cols,
    const char *marker, int mrole)
{
	struct lines	 tmp;
	struct line	 o;
	int		 w[ROWS_PANES], avail, r = 0;
	size_t		 k, i;
	const char	*sep = cells_ascii ? " | " : " \xe2\x94\x82 ";

	avail = c->width - 2 - (int)(c->npanes - 1) * 3;
	for (k = 0; k < c->npanes; k++)
		w[k] = avail / (int)c->npanes;
	w[c->npanes - 1] += avail % (int)c->npanes;
	memset(&tmp, 0, sizeof tmp);
	memset(&o, 0, sizeof o);
	if (cells_columns(cols, w, c->npanes, sep, ROLE_DIM, &tmp) != 0) {
		lines_free(&tmp);
		return -1;
	}
	for (i = 0; i < tmp.n && r == 0; i++) {
		cells_clear(&o);
		r |= cells_addstr(&o, i == 0 ? marker : " ",
		    i == 0 ? mrole : ROLE_TEXT);
		r |= cells_addstr(&o, " ", ROLE_TEXT);
		r |= cells_append(&o, &tmp.v[i]);
		/* No trailing spaces (a short last column is not padded). */
		while (o.n > 0 && strcmp(o.cells[o.n - 1].ch, " ") == 0) {
			o.n--;
			o.cols--;
		}
		if (r == 0)
			r = out_line(stdout, &o, c->styled);
	}
	cells_free(&o);
	lines_free(&tmp);
	return r;
}

static int
compare_header(const struct compare *c)
{
	struct line	 cols[ROWS_PANES];
	const char	*date;
	char		 day[8];
	size_t		 k;
	int		 r = 0;

	memset(cols, 0, sizeof cols);
	for (k = 0; k < c->npanes; k++) {
		cells_clear(&cols[k]);
		r |= cells_addstr(&cols[k], c->pane[k].art->outlet != NULL ?
		    c->pane[k].art->outlet : "?", ROLE_TITLE);
		r |= cells_addstr(&cols[k], " ", ROLE_TEXT);
		date = story_date_label(c->pane[k].art->date,
		    c->pane[k].art->month_day, day);
		r |= cells_addstr(&cols[k], date != NULL ? date : "-",
		    ROLE_DIM);
		r |= cells_addstr(&cols[k], " ", ROLE_TEXT);
		r |= cells_addstr(&cols[k], c->pane[k].art->title,
		    ROLE_TITLE);
	}
	if (r == 0)
		r = compare_print(c, cols, " ", ROLE_DIM);
	/* A rule under the headers. */
	cells_clear(&cols[0]);
	while (r == 0 && cols[0].cols < c->width)
		r = cells_addstr(&cols[0], cells_ascii ? "-" :
		    "\xe2\x94\x80", ROLE_DIM);
	if (r == 0)
		r = out_line(stdout, &cols[0], c->styled);
	for (k = 0; k < ROWS_PANES; k++)
		cells_free(&cols[k]);
	return r;
}

static int
compare_row(const struct compare *c, const struct rows_row *row)
{
	struct line		 cols[ROWS_PANES];
	struct diff_span	*da, *db, *d0 = NULL;
	size_t			 na, nb, n0 = 0, k, base;
	const char		*t0, *mark;
	int			 rel, r = 0;

	memset(cols, 0, sizeof cols);
	for (k = 0; k < ROWS_PANES; k++)
		cells_clear(&cols[k]);
	rel = rows_strongest(row, c->npanes);
	mark = rel == STORE_CONFLICT ? "!" : rel == STORE_SAME ? "=" :
	    rel == STORE_SIMILAR ? "~" : " ";
	/* The row's first sentence is the one the others relate to. */
	for (base = 0; base < c->npanes && row->s[base] < 0; base++)
		continue;
	t0 = base < c->npanes ? c->pane[base].sent[row->s[base]].text : NULL;
	for (k = 0; k < c->npanes; k++) {
		if (row->s[k] < 0) {
			r |= cells_addstr(&cols[k], ".", ROLE_FILLER);
			continue;
		}
		if (k == base)
			continue;
		da = db = NULL;
		na = nb = 0;
		if (row->rel[k] >= 0 && t0 != NULL &&
		    diff_words(t0, c->pane[k].sent[row->s[k]].text, &da, &na,
		    &db, &nb) != 0)
			r = -1;
		if (d0 == NULL && da != NULL) {
			d0 = da;
			n0 = na;
			da = NULL;
		}
		r |= compare_text(c, &cols[k], c->pane[k].sent[row->s[k]].text,
		    db, nb);
		free(da);
		free(db);
	}
	if (t0 != NULL)
		r |= compare_text(c, &cols[base], t0, d0, n0);
	free(d0);
	if (r == 0)
		r = compare_print(c, cols, mark,
		    rel >= 0 ? rows_role(rel) : ROLE_MARKER);
	for (k = 0; k < ROWS_PANES; k++)
		cells_free(&cols[k]);
	return r;
}

int
cmd_compare(struct cli *cli, int argc, char **argv)
{
	struct store	*st = NULL;
	struct compare	 c;
	int64_t		 ids[ROWS_PANES];
	char		*cause = NULL, *end;
	size_t		 i, k;
	long		 v;
	int		 ch, tty, r, rc = CLI_EXIT_OK;

	memset(&c, 0, sizeof c);
	optind = 0;	/* glibc: reinitialise; options may follow ids */
	while ((ch = getopt_long(argc, argv, "w:ph", compare_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'w':
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (errno != 0 || end == optarg || *end != '\0' ||
			    v < COMPARE_WIDTH_MIN || v > COMPARE_WIDTH_MAX)
				return cli_usage(_("compare: the width must "
				    "be a number from %d to %d"),
				    COMPARE_WIDTH_MIN, COMPARE_WIDTH_MAX);
			c.width = (int)v;
			break;
		case 'p':
			c.plain = 1;
			break;
		case 'h':
			compare_help();
			return CLI_EXIT_OK;
		default:
			return cli_usage("%s", _("compare: bad option"));
		}
	}
	if (argc - optind < 2 || argc - optind > ROWS_PANES)
		return cli_usage("%s", _("compare: give two or three article "
		    "ids"));
	c.npanes = (size_t)(argc - optind);
	for (k = 0; k < c.npanes; k++) {
		if ((ids[k] = args_id(argv[optind + (int)k])) == 0)
			return cli_usage(_("compare: not an article id '%s'"),
			    argv[optind + (int)k]);
		for (i = 0; i < k; i++) {
			if (ids[i] == ids[k])
				return cli_usage(_("compare: article %lld "
				    "given twice"), (long long)ids[k]);
		}
	}
	tty = out_init();
	c.styled = tty && !c.plain;
	c.plain = !c.styled;
	if (c.width == 0) {
		c.width = out_width(COMPARE_WIDTH_DEFAULT);
		if (c.width < COMPARE_WIDTH_MIN)
			c.width = COMPARE_WIDTH_MIN;
	}

	if (cli_snapshot(cli, &st, &cause) != 0)
		goto fail;
	if ((r = compare_load(st, &c, ids, &cause)) != 0)
		goto fail;
	r = compare_header(&c);
	for (i = 0; i < c.nrows && r == 0; i++)
		r = compare_row(&c, &c.rows[i]);
	if (r != 0 || fflush(stdout) != 0) {
		util_cause(&cause, "%s", _("cannot write the output"));
		goto fail;
	}
	store_read_end(st);
	store_close(st);
	compare_free(&c);
	return rc;
fail:
	rc = cli_fail(cause);
	store_read_end(st);
	store_close(st);
	compare_free(&c);
	return rc;
}
