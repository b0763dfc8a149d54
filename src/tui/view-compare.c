/*
 * view-compare.c: two articles side by side, three when the terminal is
 * wide enough (COMPARE_PANE_MIN columns a pane).
 *
 * Item 0 is the pane headings; item r + 1 is compare row r (rows.c): one
 * sentence per pane, or a filler.  The marker column says what the row is
 * without colour: '!' conflict, '=' shared, '~' similar, ' ' only on one
 * side, and inside a paired row the words that differ (diff.c) are
 * highlighted, figures and names in the number role; inside a conflicting
 * row only the values of the claims that disagree (rows_claim_spans(): the
 * figures, places, names the sentences dispute).  Panes scroll
 * together because a row is one item.  The anchor across a resize (which
 * may change the number of panes and so the rows) is pane 0's sentence.
 *
 * Data: the articles' sentences and claims (loaded whole, an article is
 * small), the
 * pairs between pane 0 and each other pane with their latest verdicts,
 * and the story's article ids for picking which articles are shown
 * (pane-1/2/3 actions).
 *
 * Opened on a pair (an open item, a conflict's pair), the pair's row is
 * on top.
 *
 * Review: the review actions apply to the first row from the top of the
 * screen that holds a pair (the pair on top); a row's verdict is the
 * second character of its marker column and a line under the row (who,
 * when, the note).  A reload (another editor's change, or ours) keeps the
 * top row when the rows are the same, else pane 0's sentence.
 */
#include "px.h"
#include "tui.h"
#include "rows.h"
#include "diff.h"
#include "store.h"
#include "story.h"
#include "verdict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COMPARE_PANE_MIN	45
#define COMPARE_STORY_MAX	200
/* Columns for three panes: theirs, the marker column and separators. */
#define COMPARE_THREE_COLS	(3 * COMPARE_PANE_MIN + 8)

struct pane {
	struct store_article	*art;
	struct store_sentence	*sent;
	size_t			 nsent;
	struct store_claim	*claims;	/* by sentence */
	size_t			 nclaims;
};

struct compare_pair {
	int64_t			 id, a, b;	/* sentence ids */
	int			 rel;
	struct store_verdict	*latest;	/* or NULL */
};

struct compare {
	int64_t			 story;
	int64_t			 picked[ROWS_PANES];
	size_t			 npicked;
	struct pane		 pane[ROWS_PANES];
	size_t			 npanes;	/* shown */
	struct rows_row		*rows;
	size_t			 nrows;
	size_t			 nrel[3];	/* rows by relation */
	struct compare_pair	*pairs;		/* shown panes' pairs */
	size_t			 npairs;
	int64_t			*story_arts;
	size_t			 nstory_arts;
};

/* A pane's outlet, else its article's "#ID" (as in the story's table). */
static const char *
compare_outlet(const struct pane *p, char *buf, size_t len)
{
	return ui_outlet(p->art->outlet, p->art->id, buf, len);
}

static size_t
compare_fit(const struct compare *c, int width)
{
	size_t	n = c->npicked;

	if (n > 2 && width < COMPARE_THREE_COLS)
		n = 2;
	return n;
}

static void
compare_free_panes(struct compare *c)
{
	size_t	k;

	for (k = 0; k < ROWS_PANES; k++) {
		store_article_free(c->pane[k].art);
		store_sentences_free(c->pane[k].sent, c->pane[k].nsent);
		store_claims_free(c->pane[k].claims, c->pane[k].nclaims);
		memset(&c->pane[k], 0, sizeof c->pane[k]);
	}
	free(c->rows);
	c->rows = NULL;
	c->nrows = 0;
	for (k = 0; k < c->npairs; k++)
		store_verdict_free(c->pairs[k].latest);
	free(c->pairs);
	c->pairs = NULL;
	c->npairs = 0;
}

/* Load the shown articles and align them. */
static int
compare_load(struct view *v, int width, char **cause)
{
	struct compare		*c = v->data;
	struct store		*st = v->ui->st;
	struct store_pair	*p = NULL;
	struct rows_link	*links = NULL, *nl;
	struct compare_pair	*cp;
	size_t			 k, i, np, nlinks = 0, ns[ROWS_PANES], from, to;
	int			 rc = -1;

	compare_free_panes(c);
	c->npanes = compare_fit(c, width);
	for (k = 0; k < c->npanes; k++) {
		if (store_article_get(st, c->picked[k], &c->pane[k].art,
		    cause) != 0)
			goto out;
		if (c->pane[k].art == NULL) {
			util_cause(cause, "%s", _("no such article"));
			goto out;
		}
		if (store_sentences(st, c->picked[k], &c->pane[k].sent,
		    &c->pane[k].nsent, cause) != 0)
			goto out;
		if (store_claims_of_article(st, c->picked[k],
		    &c->pane[k].claims, &c->pane[k].nclaims, cause) != 0)
			goto out;
		ns[k] = c->pane[k].nsent;
	}
	/* Pane 0 with each other pane; with three, also pane 1 with 2. */
	for (k = 1; k < c->npanes + (c->npanes == 3); k++) {
		from = k < c->npanes ? 0 : 1;
		to = k < c->npanes ? k : 2;
		if (store_pairs_between(st, c->picked[from], c->picked[to], &p,
		    &np, cause) != 0)
			goto out;
		nl = util_reallocarray(links, nlinks + np + 1, sizeof *links);
		if (nl == NULL) {
			free(p);
			util_cause(cause, "%s", _("out of memory"));
			goto out;
		}
		links = nl;
		cp = util_reallocarray(c->pairs, c->npairs + np + 1,
		    sizeof *c->pairs);
		if (cp == NULL) {
			free(p);
			util_cause(cause, "%s", _("out of memory"));
			goto out;
		}
		c->pairs = cp;
		for (i = 0; i < np; i++) {
			cp = &c->pairs[c->npairs++];
			cp->id = p[i].id;
			cp->a = p[i].a;
			cp->b = p[i].b;
			cp->rel = (int)p[i].relation;
			cp->latest = NULL;
			if (store_verdict_latest(st, STORE_TARGET_PAIR, p[i].id,
			    &cp->latest, cause) != 0) {
				free(p);
				goto out;
			}
		}
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
	memset(c->nrel, 0, sizeof c->nrel);
	for (i = 0; i < c->nrows; i++) {
		for (k = 1; k < c->npanes; k++) {
			if (c->rows[i].rel[k] >= 0 && c->rows[i].rel[k] < 3) {
				c->nrel[c->rows[i].rel[k]]++;
				break;
			}
		}
	}
	rc = 0;
out:
	free(links);
	return rc;
}

/*
 * The row that shows pair id (both its sentences, else its first one);
 * 0 (the headings) if the pair is not between the panes shown.
 */
static long
compare_item_of_pair(const struct compare *c, int64_t id)
{
	const struct compare_pair	*cp = NULL;
	const struct rows_row		*r;
	size_t				 i, k;
	long				 one = 0;
	int				 found;

	for (i = 0; i < c->npairs; i++) {
		if (c->pairs[i].id == id)
			cp = &c->pairs[i];
	}
	for (i = 0; cp != NULL && i < c->nrows; i++) {
		r = &c->rows[i];
		found = 0;
		for (k = 0; k < c->npanes; k++) {
			if (r->s[k] < 0)
				continue;
			if (c->pane[k].sent[r->s[k]].id == cp->a)
				found |= 1;
			if (c->pane[k].sent[r->s[k]].id == cp->b)
				found |= 2;
		}
		if (found == 3)
			return (long)i + 1;
		if (found != 0 && one == 0)
			one = (long)i + 1;
	}
	return one;
}

static int
compare_open(struct view *v, const struct view_arg *arg, char **cause)
{
	struct compare		*c;
	struct store_article	*a = NULL;
	struct store_page	 q;
	size_t			 n = 0, i;

	if (arg->narticles < 2) {
		util_cause(cause, "%s", _("compare needs two articles"));
		return -1;
	}
	if ((c = calloc(1, sizeof *c)) == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	v->data = c;
	c->story = arg->story;
	c->npicked = arg->narticles > ROWS_PANES ? ROWS_PANES :
	    arg->narticles;
	memcpy(c->picked, arg->articles, c->npicked * sizeof *c->picked);
	if (c->story != 0) {
		memset(&q, 0, sizeof q);
		q.order = STORE_BY_DATE;
		q.story = c->story;
		q.limit = COMPARE_STORY_MAX;
		if (store_articles_page(v->ui->st, &q, &a, &n, NULL) == 0 &&
		    n > 0 && (c->story_arts = calloc(n, sizeof *c->story_arts))
		    != NULL) {
			for (i = 0; i < n; i++)
				c->story_arts[i] = a[i].id;
			c->nstory_arts = n;
		}
		store_articles_free(a, n);
	}
	if (compare_load(v, v->ui->cols, cause) != 0) {
		compare_free_panes(c);
		free(c->story_arts);
		free(c);
		v->data = NULL;
		return -1;
	}
	if (arg->pair != 0)
		v->top = compare_item_of_pair(c, arg->pair);
	return 0;
}

static long
compare_count(struct view *v)
{
	return (long)((struct compare *)v->data)->nrows + 1;
}

/*
 * The pair a row shows: between its first sentence and another pane's
 * (a conflicting one first); NULL for a row of one sentence.
 */
static const struct compare_pair *
row_pair(const struct compare *c, const struct rows_row *r)
{
	const struct compare_pair	*found = NULL;
	size_t				 base, k, i;
	int64_t				 x, y, t;

	for (base = 0; base < c->npanes && r->s[base] < 0; base++)
		continue;
	if (base == c->npanes)
		return NULL;
	x = c->pane[base].sent[r->s[base]].id;
	for (k = base + 1; k < c->npanes; k++) {
		if (r->s[k] < 0 || r->rel[k] < 0)
			continue;
		y = c->pane[k].sent[r->s[k]].id;
		if (x > y) {
			t = x;
			x = y;
			y = t;
		}
		for (i = 0; i < c->npairs; i++) {
			if (c->pairs[i].a != x || c->pairs[i].b != y)
				continue;
			if (found == NULL || c->pairs[i].rel == STORE_CONFLICT)
				found = &c->pairs[i];
		}
		x = c->pane[base].sent[r->s[base]].id;
	}
	return found;
}

/*
 * The row of the pair on top, the one the review actions apply to: the
 * first row on screen from the top that has a pair; -1 if none.
 */
static long
compare_target(struct view *v)
{
	struct compare	*c = v->data;
	long		 i, last;

	last = v->top + ui_body_lines(v->ui);
	for (i = v->top > 0 ? v->top : 1; i <= (long)c->nrows && i < last;
	    i++) {
		if (row_pair(c, &c->rows[i - 1]) != NULL)
			return i;
	}
	return -1;
}

/* The claims of a pane's sentence s (index): *n of them from the result. */
static const struct store_claim *
compare_claims(const struct pane *p, long s, size_t *n)
{
	int64_t	id = p->sent[s].id;
	size_t	i, j;

	for (i = 0; i < p->nclaims && p->claims[i].sentence != id; i++)
		continue;
	for (j = i; j < p->nclaims && p->claims[j].sentence == id; j++)
		continue;
	*n = j - i;
	return i < p->nclaims ? &p->claims[i] : NULL;
}

/*
 * A conflicting pair's spans: only the claim values that disagree (the
 * figures, places and names of its claims), not every word that differs.
 */
static void
compare_conflict_spans(const struct pane *pa, long sa, struct diff_span **da,
    size_t *na, const struct pane *pb, long sb, struct diff_span **db,
    size_t *nb)
{
	const struct store_claim	*ca, *cb;
	struct diff_span		*fa = NULL, *fb = NULL;
	size_t				 nca, ncb, nfa = 0, nfb = 0;

	ca = compare_claims(pa, sa, &nca);
	cb = compare_claims(pb, sb, &ncb);
	if (rows_claim_spans(pa->sent[sa].text, ca, nca, cb, ncb, *da, *na,
	    &fa, &nfa) != 0 || rows_claim_spans(pb->sent[sb].text, cb, ncb,
	    ca, nca, *db, *nb, &fb, &nfb) != 0) {
		free(fa);
		fa = fb = NULL;
		nfa = nfb = 0;
	}
	free(*da);
	free(*db);
	*da = fa;
	*na = nfa;
	*db = fb;
	*nb = nfb;
}

/* A sentence's cells with its differing words highlighted. */
static void
compare_text(struct line *l, const char *text, int role,
    const struct diff_span *d, size_t nd)
{
	size_t	pos = 0, i;

	for (i = 0; i < nd; i++) {
		if (d[i].start < pos)
			continue;
		cells_add(l, text + pos, d[i].start - pos, role);
		cells_add(l, text + d[i].start, d[i].end - d[i].start,
		    d[i].cls == DIFF_WORD ? ROLE_HIGHLIGHT : ROLE_NUMBER);
		pos = d[i].end;
	}
	cells_addstr(l, text + pos, role);
}

static void
compare_widths(const struct compare *c, int width, int *w)
{
	int	avail = width - 2 - (int)(c->npanes - 1) * 3;
	size_t	k;

	for (k = 0; k < c->npanes; k++)
		w[k] = avail / (int)c->npanes;
	w[c->npanes - 1] += avail % (int)c->npanes;
}

static int
compare_render(struct view *v, long item, int width, struct lines *out)
{
	struct compare		*c = v->data;
	struct line		 cols[ROWS_PANES], marker;
	struct lines		 tmp;
	const struct rows_row	*r = NULL;
	const struct compare_pair *cp = NULL;
	struct diff_span	*da = NULL, *db = NULL, *d0 = NULL;
	size_t			 na = 0, nb = 0, n0 = 0, k, i, base;
	const char		*sep = cells_ascii ? " | " : " \xe2\x94\x82 ";
	const char		*t0;
	char			 id[32], day[8];
	int			 w[ROWS_PANES], rel, rc = -1, done0 = 0;
	struct line		*o;

	compare_widths(c, width, w);
	memset(cols, 0, sizeof cols);
	memset(&tmp, 0, sizeof tmp);
	memset(&marker, 0, sizeof marker);
	cells_clear(&marker);
	for (k = 0; k < c->npanes; k++)
		cells_clear(&cols[k]);
	if (item == 0) {
		for (k = 0; k < c->npanes; k++) {
			cells_addstr(&cols[k], compare_outlet(&c->pane[k], id,
			    sizeof id), ROLE_KEY);
			cells_addstr(&cols[k], " ", ROLE_TEXT);
			cells_addstr(&cols[k], story_date_label(
			    c->pane[k].art->date, c->pane[k].art->month_day,
			    day), ROLE_DIM);
		}
		cells_addstr(&marker, "  ", ROLE_MARKER);
	} else {
		r = &c->rows[item - 1];
		rel = rows_strongest(r, c->npanes);
		/* The pair the review actions apply to: marker reversed. */
		cells_addstr(&marker, rel == STORE_CONFLICT ? "!" :
		    rel == STORE_SAME ? "=" : rel == STORE_SIMILAR ? "~" : " ",
		    item == compare_target(v) ? ROLE_SELECTED : rel >= 0 ?
		    rows_role(rel) : ROLE_MARKER);
		cp = row_pair(c, r);
		review_marker(&marker, cp != NULL ? cp->latest : NULL);
		/* The row's first sentence is the base the others relate to. */
		for (base = 0; base < c->npanes && r->s[base] < 0; base++)
			continue;
		t0 = base < c->npanes ? c->pane[base].sent[r->s[base]].text :
		    NULL;
		for (k = 0; k < c->npanes; k++) {
			if (r->s[k] < 0) {
				cells_addstr(&cols[k], ".", ROLE_FILLER);
				continue;
			}
			if (k == base)
				continue;
			na = nb = 0;
			da = db = NULL;
			if (r->rel[k] >= 0)
				diff_words(t0, c->pane[k].sent[r->s[k]].text,
				    &da, &na, &db, &nb);
			if (r->rel[k] == STORE_CONFLICT)
				compare_conflict_spans(&c->pane[base],
				    r->s[base], &da, &na, &c->pane[k], r->s[k],
				    &db, &nb);
			/* The base's words: against the strongest pair. */
			if (!done0 && r->rel[k] == rel) {
				d0 = da;
				n0 = na;
				da = NULL;
				done0 = 1;
			}
			compare_text(&cols[k], c->pane[k].sent[r->s[k]].text,
			    rows_role(r->rel[k]), db, nb);
			free(da);
			free(db);
		}
		if (t0 != NULL)
			compare_text(&cols[base], t0, rows_role(rel), d0, n0);
		free(d0);
	}
	if (cells_columns(cols, w, c->npanes, sep, ROLE_DIM, &tmp) != 0)
		goto out;
	for (i = 0; i < tmp.n; i++) {
		if ((o = lines_add(out)) == NULL)
			goto out;
		if (i == 0)
			cells_append(o, &marker);
		else
			cells_addstr(o, "  ", ROLE_TEXT);
		cells_append(o, &tmp.v[i]);
	}
	if (cp != NULL && review_render(cp->latest, width, 2, out) != 0)
		goto out;
	rc = 0;
out:
	for (k = 0; k < ROWS_PANES; k++)
		cells_free(&cols[k]);
	cells_free(&marker);
	lines_free(&tmp);
	return rc;
}

static void
compare_title(struct view *v, struct line *l, int width)
{
	struct compare	*c = v->data;
	char		 buf[96];
	size_t		 k;

	(void)width;
	snprintf(buf, sizeof buf, "=%zu ~%zu !%zu  ", c->nrel[STORE_SAME],
	    c->nrel[STORE_SIMILAR], c->nrel[STORE_CONFLICT]);
	cells_addstr(l, buf, ROLE_TITLE);
	for (k = 0; k < c->npanes; k++) {
		if (k > 0)
			cells_addstr(l, " | ", ROLE_TITLE);
		cells_addstr(l, compare_outlet(&c->pane[k], buf, sizeof buf),
		    ROLE_TITLE);
	}
	if (c->npicked > c->npanes) {
		snprintf(buf, sizeof buf, _("  (+%zu: widen the terminal)"),
		    c->npicked - c->npanes);
		cells_addstr(l, buf, ROLE_TITLE);
	}
}

/* The first row that shows pane p's sentence s or a later one. */
static long
compare_item_of(const struct compare *c, long s, size_t p)
{
	size_t	i;

	for (i = 0; i < c->nrows; i++) {
		if (c->rows[i].s[p] >= s)
			return (long)i + 1;
	}
	return c->nrows > 0 ? (long)c->nrows : 0;
}

/* Pane p's sentence at or after item, the anchor (pane 0's but when that
 * pane's article changes). */
static long
compare_anchor(const struct compare *c, long item, size_t p)
{
	size_t	i;

	for (i = item > 0 ? (size_t)item - 1 : 0; i < c->nrows; i++) {
		if (c->rows[i].s[p] >= 0)
			return c->rows[i].s[p];
	}
	return -1;
}

static long
compare_resize(struct view *v, int width, long top)
{
	struct compare	*c = v->data;
	long		 anchor;
	char		*cause = NULL;

	if (compare_fit(c, width) == c->npanes)
		return top;
	anchor = compare_anchor(c, top, 0);
	if (compare_load(v, width, &cause) != 0) {
		ui_message(v->ui, 1, "%s", cause);
		free(cause);
		return 0;
	}
	return top == 0 || anchor < 0 ? 0 : compare_item_of(c, anchor, 0);
}

/* The strongest relation on row i (1-based, as items). */
static int
compare_rel(struct view *v, long i)
{
	const struct compare	*c = v->data;

	return rows_strongest(&c->rows[i - 1], c->npanes);
}

static int
compare_jump(struct view *v, int conflict, int dir)
{
	const struct compare	*c = v->data;

	return ui_jump_related(v, 1, (long)c->nrows, conflict, dir,
	    compare_rel);
}

/*
 * Show the story's next article (not already shown) in pane k; the pane
 * after the last one picked adds a pane when the terminal is wide enough.
 */
static int
compare_cycle(struct view *v, size_t k)
{
	struct compare	*c = v->data;
	size_t		 i, j, start = 0, m, keep;
	long		 anchor;
	char		*cause = NULL;
	int		 add = 0;

	if (k >= c->npanes) {
		if (k == 2 && v->ui->cols < COMPARE_THREE_COLS &&
		    (c->npicked == 3 || c->nstory_arts > c->npicked)) {
			ui_message(v->ui, 0, _("the terminal is too narrow for "
			    "a third pane (%d columns needed)"),
			    COMPARE_THREE_COLS);
			return 1;
		}
		add = k == c->npicked && k < ROWS_PANES;
	}
	if ((k >= c->npanes && !add) || c->nstory_arts <= c->npicked) {
		ui_message(v->ui, 0, "%s", _("no other article to show"));
		return 1;
	}
	start = c->nstory_arts - 1;
	for (i = 0; !add && i < c->nstory_arts; i++) {
		if (c->story_arts[i] == c->picked[k])
			start = i;
	}
	for (j = 1; j <= c->nstory_arts; j++) {
		i = (start + j) % c->nstory_arts;
		for (m = 0; m < c->npicked; m++) {
			if (c->picked[m] == c->story_arts[i])
				break;
		}
		if (m == c->npicked)
			break;
	}
	if (j > c->nstory_arts) {
		ui_message(v->ui, 0, "%s", _("no other article to show"));
		return 1;
	}
	if (add)
		c->npicked++;
	/* Keep the place: the sentence on top of a pane that stays. */
	keep = k == 0 ? 1 : 0;
	anchor = compare_anchor(c, v->top, keep);
	c->picked[k] = c->story_arts[i];
	if (compare_load(v, v->ui->cols, &cause) != 0) {
		ui_message(v->ui, 1, "%s", cause);
		free(cause);
		ui_pop(v->ui);
		return 1;
	}
	ui_goto(v->ui, v->top == 0 || anchor < 0 ? 0 :
	    compare_item_of(c, anchor, keep));
	return 1;
}

static int
compare_search(struct view *v, int dir)
{
	struct compare	*c = v->data;
	long		 i;
	size_t		 k;

	if (v->ui->search == NULL)
		return 0;
	for (i = v->top + dir; i >= 1 && i <= (long)c->nrows; i += dir) {
		for (k = 0; k < c->npanes; k++) {
			if (c->rows[i - 1].s[k] >= 0 && search_matches(
			    c->pane[k].sent[c->rows[i - 1].s[k]].text,
			    v->ui->search)) {
				ui_goto(v->ui, i);
				return 1;
			}
		}
	}
	ui_message(v->ui, 0, "%s", _("no more matches"));
	return 1;
}


static int
compare_review(struct view *v, enum action_id a)
{
	struct compare			*c = v->data;
	const struct compare_pair	*cp = NULL;
	struct review_item		 it;
	long				 i = compare_target(v);

	if (i > 0)
		cp = row_pair(c, &c->rows[i - 1]);
	if (cp == NULL) {
		ui_message(v->ui, 0, "%s", _("no pair of sentences on the "
		    "screen to review"));
		return 1;
	}
	memset(&it, 0, sizeof it);
	it.target = STORE_TARGET_PAIR;
	it.id = cp->id;
	it.latest = cp->latest;
	return review_action(v->ui, a, &it);
}

/* Load again where we are: the same top row, else pane 0's sentence. */
static int
compare_reload(struct view *v)
{
	struct compare	*c = v->data;
	long		 anchor = compare_anchor(c, v->top, 0);
	size_t		 nrows = c->nrows;
	char		*cause = NULL;

	if (compare_load(v, v->ui->cols, &cause) != 0) {
		ui_message(v->ui, 1, "%s", cause);
		free(cause);
		compare_free_panes(c);
		ui_pop(v->ui);
		return 1;
	}
	if (c->nrows != nrows) {
		v->top = v->top == 0 || anchor < 0 ? 0 :
		    compare_item_of(c, anchor, 0);
		v->topline = 0;
	}
	return 1;
}

static int
compare_action(struct view *v, enum action_id a)
{
	if (review_is_action(a))
		return compare_review(v, a);
	switch (a) {
	case ACT_RELOAD:
		return compare_reload(v);
	case ACT_NEXT_CONFLICT:
		return compare_jump(v, 1, 1);
	case ACT_PREV_CONFLICT:
		return compare_jump(v, 1, -1);
	case ACT_NEXT_SHARED:
		return compare_jump(v, 0, 1);
	case ACT_PREV_SHARED:
		return compare_jump(v, 0, -1);
	case ACT_PANE1:
		return compare_cycle(v, 0);
	case ACT_PANE2:
		return compare_cycle(v, 1);
	case ACT_PANE3:
		return compare_cycle(v, 2);
	case ACT_SEARCH_NEXT:
		return compare_search(v, 1);
	case ACT_SEARCH_PREV:
		return compare_search(v, -1);
	default:
		return 0;
	}
}

static void
compare_close(struct view *v)
{
	struct compare	*c = v->data;

	if (c == NULL)
		return;
	compare_free_panes(c);
	free(c->story_arts);
	free(c);
	v->data = NULL;
}

const struct view_ops view_compare_ops = {
	"compare", 0, compare_open, compare_count, compare_render,
	compare_title, compare_action, compare_resize, compare_close
};
