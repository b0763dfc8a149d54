/*
 * view-story.c: one story.  Items, in order:
 *   the "Articles" heading, one item per article (newest first: outlet,
 *   date, title, how many of its sentences are shared with the story's
 *   other articles and how many conflict), the "Claims" heading, the
 *   claims table's header (one column per outlet, and one per article
 *   without an outlet, labelled "#ID" like its row) and one item per claim
 *   kind and subject, each cell the outlet's figure with its hedge and
 *   source, conflicting cells marked '!'.  When the columns do not fit the
 *   width, each claims row lists its values instead, one line per outlet
 *   that has one (nothing is in a column off the screen).
 * `mark` ticks articles; `compare` opens the ticked ones (or the first two
 * or three) side by side; `open` opens an article, or on a claims row
 * compares the articles of its claims (the conflicting ones first).
 *
 * Review: a claims row is one reviewable item, its conflict when its
 * claims are in one, else its first claim; the row shows the item's
 * latest verdict (a marker before the kind, a line underneath) and the
 * review actions apply to the selected row.  `open-items` lists what is
 * still open in the story.  A reload (another editor's change, or ours)
 * keeps the cursor on the same article or claims row and the ticks.
 *
 * A story holds at most STORY_MAX articles here (the rest are counted, not
 * listed); an article's counts of pairs with other articles are asked for
 * when its row is first drawn.
 */
#include "px.h"
#include "tui.h"
#include "store.h"
#include "story.h"
#include "verdict.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STORY_MAX		500
#define STORY_WIDE		72	/* narrower: rows on two lines */
#define STORY_CELL_MIN		12	/* narrowest claims table column */
#define STORY_LABEL_MAX		22	/* claims rows' first column */

/* A claims table column: an outlet, or one article without an outlet. */
struct story_col {
	const char	*outlet;	/* NULL: article's own column */
	int64_t		 article;
	char		 label[32];	/* the outlet, or "#ID" */
};

struct claim_row {
	const char	*kind, *subject;	/* point into claims */
	size_t		*by_outlet;	/* per column: claim + 1, 0: none */
	int64_t		 conflict;	/* its conflict, or 0 */
	int64_t		 claim;		/* its first claim */
	struct store_verdict *latest;	/* the item's, or NULL */
};

struct story {
	struct store_story	*story;
	struct store_article	*arts;
	size_t			 narts;
	int64_t			 total;
	size_t			*shared, *conflicts; /* per article */
	unsigned char		*counted;	/* counts asked for */
	unsigned char		*marked;
	struct store_claim	*claims;
	size_t			 nclaims;
	int64_t			*claim_conflict;	/* per claim, or 0 */
	struct story_col	*outlets;	/* the claims table's columns */
	size_t			 noutlets;
	struct claim_row	*rows;
	size_t			 nrows;
};

/* Item layout. */
#define IT_ART0(s)	1L
#define IT_CLAIMS(s)	(1L + (long)(s)->narts)
#define IT_CHEAD(s)	(IT_CLAIMS(s) + 1)
#define IT_ROW0(s)	(IT_CHEAD(s) + 1)

static int
same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/*
 * An article's pairs with other articles, shared (same or similar) and
 * conflicting: counted when its row is first drawn, so that opening a
 * story costs the rows on the screen, not the story.
 */
static void
story_counts(struct view *v, size_t i)
{
	struct story	*s = v->data;
	int64_t		 c[3];

	if (s->counted[i])
		return;
	s->counted[i] = 1;
	if (store_pairs_counts(v->ui->st, s->arts[i].id, c, NULL) != 0)
		return;
	s->shared[i] = (size_t)(c[STORE_SAME] + c[STORE_SIMILAR]);
	s->conflicts[i] = (size_t)c[STORE_CONFLICT];
}

/* An article's outlet, else "#ID": the label of its column and row. */
static void
story_label(const struct store_article *a, char *buf, size_t len)
{
	const char	*o = ui_outlet(a->outlet, a->id, buf, len);

	if (o != buf)
		snprintf(buf, len, "%s", o);
}

/* The column of an article: its outlet's, or its own; noutlets if none. */
static size_t
story_col_of(const struct story *s, int64_t article)
{
	const char	*outlet = NULL;
	size_t		 i, o;

	for (i = 0; i < s->narts; i++) {
		if (s->arts[i].id == article)
			break;
	}
	if (i == s->narts)
		return s->noutlets;
	outlet = s->arts[i].outlet;
	for (o = 0; o < s->noutlets; o++) {
		if (outlet != NULL ? same(s->outlets[o].outlet, outlet) :
		    s->outlets[o].outlet == NULL &&
		    s->outlets[o].article == article)
			break;
	}
	return o;
}

static int
story_claims(struct view *v, char **cause)
{
	struct story		*s = v->data;
	struct store_conflict	*cf = NULL;
	struct claim_row	*r;
	size_t			 ncf = 0, i, j, k, o;

	if (store_claims_of_story(v->ui->st, s->story->id, &s->claims,
	    &s->nclaims, cause) != 0)
		return -1;
	if (s->nclaims == 0)
		return 0;
	if ((s->claim_conflict = calloc(s->nclaims,
	    sizeof *s->claim_conflict)) == NULL ||
	    (s->rows = calloc(s->nclaims, sizeof *s->rows)) == NULL)
		goto nomem;
	if (store_conflicts_of_story(v->ui->st, s->story->id, &cf, &ncf,
	    NULL) == 0) {
		for (i = 0; i < ncf; i++) {
			for (j = 0; j < cf[i].nclaims; j++) {
				for (k = 0; k < s->nclaims; k++) {
					if (s->claims[k].id == cf[i].claims[j])
						s->claim_conflict[k] = cf[i].id;
				}
			}
		}
		store_conflicts_free(cf, ncf);
	}
	/* Columns: the outlets in the order of the article list, an
	 * article without an outlet in a column of its own. */
	if ((s->outlets = calloc(s->narts + 1, sizeof *s->outlets)) == NULL)
		goto nomem;
	for (i = 0; i < s->narts; i++) {
		if (story_col_of(s, s->arts[i].id) < s->noutlets)
			continue;
		s->outlets[s->noutlets].outlet = s->arts[i].outlet;
		s->outlets[s->noutlets].article = s->arts[i].id;
		story_label(&s->arts[i], s->outlets[s->noutlets].label,
		    sizeof s->outlets[s->noutlets].label);
		s->noutlets++;
	}
	for (i = 0; i < s->nclaims; i++) {
		for (j = 0; j < s->nrows; j++) {
			if (same(s->rows[j].kind, s->claims[i].kind) &&
			    same(s->rows[j].subject, s->claims[i].subject))
				break;
		}
		r = &s->rows[j];
		if (j == s->nrows) {
			r->kind = s->claims[i].kind;
			r->subject = s->claims[i].subject;
			r->claim = s->claims[i].id;
			if ((r->by_outlet = calloc(s->noutlets + 1,
			    sizeof *r->by_outlet)) == NULL)
				goto nomem;
			s->nrows++;
		}
		if (r->conflict == 0)
			r->conflict = s->claim_conflict[i];
		o = story_col_of(s, s->claims[i].article);
		/* First claim per outlet, unless a later one conflicts. */
		if (o < s->noutlets && (r->by_outlet[o] == 0 ||
		    (s->claim_conflict[i] &&
		    !s->claim_conflict[r->by_outlet[o] - 1])))
			r->by_outlet[o] = i + 1;
	}
	for (j = 0; j < s->nrows; j++) {
		r = &s->rows[j];
		if (store_verdict_latest(v->ui->st, r->conflict != 0 ?
		    STORE_TARGET_CONFLICT : STORE_TARGET_CLAIM, r->conflict !=
		    0 ? r->conflict : r->claim, &r->latest, cause) != 0)
			return -1;
	}
	return 0;
nomem:
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

static void story_close(struct view *);

/* Load story id into v->data (NULL on failure). */
static int
story_load(struct view *v, int64_t id, char **cause)
{
	struct story		*s;
	struct store_page	 q;

	if ((s = calloc(1, sizeof *s)) == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	v->data = s;
	if (store_story_get(v->ui->st, id, &s->story, cause) != 0)
		goto fail;
	if (s->story == NULL) {
		util_cause(cause, "%s", _("no such story"));
		goto fail;
	}
	memset(&q, 0, sizeof q);
	q.order = STORE_BY_DATE;
	q.story = id;
	q.limit = STORY_MAX;
	if (store_articles_page(v->ui->st, &q, &s->arts, &s->narts,
	    cause) != 0)
		goto fail;
	if (store_article_count(v->ui->st, id, &s->total, NULL) != 0)
		s->total = (int64_t)s->narts;
	s->shared = calloc(s->narts + 1, sizeof *s->shared);
	s->conflicts = calloc(s->narts + 1, sizeof *s->conflicts);
	s->marked = calloc(s->narts + 1, 1);
	s->counted = calloc(s->narts + 1, 1);
	if (s->shared == NULL || s->conflicts == NULL || s->marked == NULL ||
	    s->counted == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		goto fail;
	}
	if (story_claims(v, cause) != 0)
		goto fail;
	return 0;
fail:
	story_close(v);
	return -1;
}

static int
story_open(struct view *v, const struct view_arg *arg, char **cause)
{
	struct story	*s;

	if (story_load(v, arg->story, cause) != 0)
		return -1;
	s = v->data;
	v->cur = s->narts > 0 ? IT_ART0(s) : 0;
	return 0;
}

static long
story_count(struct view *v)
{
	struct story	*s = v->data;

	return IT_ROW0(s) + (long)(s->nrows > 0 ? s->nrows : 1);
}

/* "about 2,870 (police)" for one claim. */
static void
story_claim_text(const struct store_claim *c, char *buf, size_t len)
{
	char	num[64];
	int	n;

	if (c->has_num) {
		if (fabs(c->value_num - floor(c->value_num)) < 1e-9 &&
		    fabs(c->value_num) < 1e15)
			snprintf(num, sizeof num, "%.0f", c->value_num);
		else
			snprintf(num, sizeof num, "%g", c->value_num);
	} else
		snprintf(num, sizeof num, "%s",
		    c->value_text != NULL ? c->value_text : "?");
	if (c->approx)
		n = snprintf(buf, len, _("about %s"), num);
	else
		n = snprintf(buf, len, "%s", num);
	if (c->source != NULL && n >= 0 && (size_t)n < len)
		snprintf(buf + n, len - (size_t)n, " (%s)", c->source);
}

/* The width of the claims rows' first column, and how many outlet
 * columns fit beside it (at least one). */
static size_t
story_fit(int width, int *label)
{
	int	n;

	*label = width / 4 < STORY_LABEL_MAX ? width / 4 : STORY_LABEL_MAX;
	n = (width - *label) / (STORY_CELL_MIN + 3);
	return n < 1 ? 1 : (size_t)n;
}

/* A claims row's kind and subject, after its verdict's marker. */
static void
story_row_label(struct line *l, const struct claim_row *r)
{
	review_marker(l, r->latest);
	cells_addstr(l, " ", ROLE_TEXT);
	cells_addstr(l, r->kind, ROLE_TEXT);
	if (r->subject != NULL) {
		cells_addstr(l, ": ", ROLE_DIM);
		cells_addstr(l, r->subject, ROLE_DIM);
	}
}

/* A cell: the claim's value, "! value" in the conflict role. */
static void
story_cell(const struct story *s, size_t k, struct line *l)
{
	char	buf[256];

	story_claim_text(&s->claims[k], buf, sizeof buf);
	if (s->claim_conflict[k]) {
		cells_addstr(l, "! ", ROLE_CONFLICT);
		cells_addstr(l, buf, ROLE_CONFLICT);
	} else
		cells_addstr(l, buf, ROLE_TEXT);
}

/*
 * The claims when the outlets' columns do not fit: the header says so,
 * and each row is its kind and subject, then one line per outlet with a
 * value ("    Outlet   value").
 */
static int
story_render_list(struct story *s, long i, int width, struct lines *out)
{
	const struct claim_row	*r;
	struct line		 l;
	char			 buf[160];
	int			 lw = 0, w, rc;
	size_t			 o;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	if (i == IT_CHEAD(s)) {
		snprintf(buf, sizeof buf, P_("  (%zu outlet: too many for "
		    "columns at this width, each claim lists its values)",
		    "  (%zu outlets: too many for columns at this width, each "
		    "claim lists its values)", s->noutlets), s->noutlets);
		cells_addstr(&l, buf, ROLE_DIM);
		rc = cells_wrap(&l, width, 4, out);
		cells_free(&l);
		return rc;
	}
	r = &s->rows[i - IT_ROW0(s)];
	story_row_label(&l, r);
	rc = cells_wrap(&l, width, 4, out);
	for (o = 0; o < s->noutlets; o++) {
		if (r->by_outlet[o] != 0 &&
		    (w = cells_width(s->outlets[o].label)) > lw)
			lw = w;
	}
	if (lw > width / 3)
		lw = width / 3;
	for (o = 0; rc == 0 && o < s->noutlets; o++) {
		if (r->by_outlet[o] == 0)
			continue;
		cells_clear(&l);
		cells_addstr(&l, "    ", ROLE_TEXT);
		cells_addstr(&l, s->outlets[o].label, ROLE_KEY);
		cells_truncate_mark(&l, 4 + lw);
		cells_pad(&l, 4 + lw + 2, ROLE_TEXT);
		story_cell(s, r->by_outlet[o] - 1, &l);
		rc = cells_wrap(&l, width, 4 + lw + 2, out);
	}
	cells_free(&l);
	if (rc == 0)
		rc = review_render(r->latest, width, 2, out);
	return rc;
}

static int
story_render_claims(struct story *s, long i, int width, struct lines *out)
{
	struct line	*cols;
	int		*w, label, each, rc = -1;
	size_t		 o, n, k, shown;
	struct claim_row *r;

	/* One column per outlet when they fit at STORY_CELL_MIN each. */
	shown = story_fit(width, &label);
	if (shown < s->noutlets)
		return story_render_list(s, i, width, out);
	shown = s->noutlets;
	n = shown + 1;
	cols = calloc(n, sizeof *cols);
	w = calloc(n, sizeof *w);
	if (cols == NULL || w == NULL)
		goto out;
	each = (width - label - 3 * (int)shown) / (int)(shown > 0 ? shown : 1);
	w[0] = label;
	for (o = 0; o < shown; o++)
		w[o + 1] = each;
	for (k = 0; k < n; k++)
		cells_clear(&cols[k]);
	if (i == IT_CHEAD(s)) {
		for (o = 0; o < shown; o++)
			cells_addstr(&cols[o + 1], s->outlets[o].label,
			    ROLE_KEY);
	} else {
		r = &s->rows[i - IT_ROW0(s)];
		story_row_label(&cols[0], r);
		for (o = 0; o < shown; o++) {
			if (r->by_outlet[o] == 0)
				cells_addstr(&cols[o + 1], "-", ROLE_FILLER);
			else
				story_cell(s, r->by_outlet[o] - 1,
				    &cols[o + 1]);
		}
	}
	rc = cells_columns(cols, w, n, cells_ascii ? " | " :
	    " \xe2\x94\x82 ", ROLE_DIM, out);
	if (rc == 0 && i != IT_CHEAD(s))
		rc = review_render(s->rows[i - IT_ROW0(s)].latest, width, 2,
		    out);
out:
	for (k = 0; cols != NULL && k < n; k++)
		cells_free(&cols[k]);
	free(cols);
	free(w);
	return rc;
}

static int
story_render(struct view *v, long i, int width, struct lines *out)
{
	struct story		*s = v->data;
	struct store_article	*a;
	struct line		 l;
	char			 buf[96], day[8];
	const char		*date;
	int			 rc = 0, narrow;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	if (i == 0 || i == IT_CLAIMS(s)) {
		if (i == 0)
			snprintf(buf, sizeof buf, P_("%lld article",
			    "%lld articles", s->total), (long long)s->total);
		else
			snprintf(buf, sizeof buf, "%s", _("Claims"));
		cells_addstr(&l, buf, ROLE_HEADING);
	} else if (i < IT_CLAIMS(s)) {
		/* Wide: one line of columns; narrow: the title underneath. */
		a = &s->arts[i - IT_ART0(s)];
		story_counts(v, (size_t)(i - IT_ART0(s)));
		narrow = width < STORY_WIDE;
		cells_addstr(&l, s->marked[i - IT_ART0(s)] ? "[x] " : "[ ] ",
		    ROLE_MARKER);
		story_label(a, buf, sizeof buf);
		cells_addstr(&l, buf, ROLE_KEY);
		cells_truncate_mark(&l, narrow ? width - 22 : 24);
		cells_pad(&l, narrow ? l.cols + 1 : 25, ROLE_TEXT);
		date = story_date_label(a->date, a->month_day, day);
		cells_addstr(&l, date != NULL ? date : "", ROLE_DIM);
		cells_pad(&l, narrow ? l.cols + 1 : 36, ROLE_TEXT);
		snprintf(buf, sizeof buf, "=%-3zu ",
		    s->shared[i - IT_ART0(s)]);
		cells_addstr(&l, buf, ROLE_SHARED);
		snprintf(buf, sizeof buf, "!%-3zu ",
		    s->conflicts[i - IT_ART0(s)]);
		cells_addstr(&l, buf, s->conflicts[i - IT_ART0(s)] > 0 ?
		    ROLE_CONFLICT : ROLE_DIM);
		if (narrow) {
			cells_truncate_mark(&l, width);
			rc = cells_wrap(&l, width, 4, out);
			cells_clear(&l);
			cells_addstr(&l, "    ", ROLE_TEXT);
		}
		cells_addstr(&l, a->title != NULL ? a->title : "",
		    ROLE_TEXT);
		if (!narrow || rc == 0)
			rc = cells_wrap(&l, width, narrow ? 4 : 46, out);
		cells_free(&l);
		return rc;
	} else if (s->nrows == 0) {
		if (i == IT_CHEAD(s))
			return cells_wrap(&l, width, 0, out);
		cells_addstr(&l, _("  (no claims found in this story yet)"),
		    ROLE_DIM);
	} else
		return story_render_claims(s, i, width, out);
	rc = cells_wrap(&l, width, 2, out);
	cells_free(&l);
	return rc;
}

static void
story_title(struct view *v, struct line *l, int width)
{
	struct story	*s = v->data;
	char		 buf[96];

	(void)width;
	/* "2026-10-13..2026-10-15", or one date when the story has one. */
	if (s->story->first_date != NULL) {
		if (s->story->last_date != NULL &&
		    strcmp(s->story->first_date, s->story->last_date) != 0)
			snprintf(buf, sizeof buf, "%s..%s  ",
			    s->story->first_date, s->story->last_date);
		else
			snprintf(buf, sizeof buf, "%s  ",
			    s->story->first_date);
		cells_addstr(l, buf, ROLE_TITLE);
	}
	cells_addstr(l, s->story->title != NULL ? s->story->title :
	    _("(untitled story)"), ROLE_TITLE);
}

static int story_action(struct view *, enum action_id);

/* The selected claims row, or NULL. */
static const struct claim_row *
story_row(struct view *v)
{
	struct story	*s = v->data;

	if (s->nrows == 0 || v->cur < IT_ROW0(s) ||
	    v->cur >= IT_ROW0(s) + (long)s->nrows)
		return NULL;
	return &s->rows[v->cur - IT_ROW0(s)];
}

static int
story_review(struct view *v, enum action_id a)
{
	const struct claim_row	*r = story_row(v);
	struct review_item	 it;

	if (r == NULL) {
		ui_message(v->ui, 0, "%s", _("select a claim or conflict in "
		    "the claims table (] goes to the next conflict)"));
		return 1;
	}
	memset(&it, 0, sizeof it);
	it.target = r->conflict != 0 ? STORE_TARGET_CONFLICT :
	    STORE_TARGET_CLAIM;
	it.id = r->conflict != 0 ? r->conflict : r->claim;
	it.latest = r->latest;
	return review_action(v->ui, a, &it);
}

/* The cursor to the next (dir 1) or previous conflicting claims row. */
static int
story_jump(struct view *v, int dir)
{
	struct story	*s = v->data;
	long		 i;

	for (i = v->cur + dir; i >= IT_ROW0(s) &&
	    i < IT_ROW0(s) + (long)s->nrows; i += dir) {
		if (s->rows[i - IT_ROW0(s)].conflict != 0) {
			ui_goto(v->ui, i);
			return 1;
		}
	}
	if (dir > 0 && v->cur < IT_ROW0(s)) {
		for (i = IT_ROW0(s); i < IT_ROW0(s) + (long)s->nrows; i++) {
			if (s->rows[i - IT_ROW0(s)].conflict != 0) {
				ui_goto(v->ui, i);
				return 1;
			}
		}
	}
	ui_message(v->ui, 0, "%s", _("no more conflicts"));
	return 1;
}

/*
 * Load the story again; the cursor stays on the same article or claims
 * row (kind and subject), the ticked articles stay ticked.
 */
static int
story_reload(struct view *v)
{
	struct story		*old = v->data, *s;
	const struct claim_row	*r = story_row(v);
	int64_t			 art = 0;
	long			 i = v->cur - IT_ART0(old), j;
	size_t			 k, m;
	char			*cause = NULL;

	if (i >= 0 && (size_t)i < old->narts)
		art = old->arts[i].id;
	v->data = NULL;
	if (story_load(v, old->story->id, &cause) != 0) {
		ui_message(v->ui, 1, "%s", cause);
		free(cause);
		v->data = old;
		return 1;
	}
	s = v->data;
	for (k = 0; k < s->narts; k++) {
		for (m = 0; m < old->narts; m++) {
			if (old->marked[m] && old->arts[m].id == s->arts[k].id)
				s->marked[k] = 1;
		}
	}
	j = -1;
	for (k = 0; k < s->narts && art != 0; k++) {
		if (s->arts[k].id == art)
			j = IT_ART0(s) + (long)k;
	}
	for (k = 0; k < s->nrows && r != NULL && j < 0; k++) {
		if (same(s->rows[k].kind, r->kind) &&
		    same(s->rows[k].subject, r->subject))
			j = IT_ROW0(s) + (long)k;
	}
	if (j < 0)
		j = v->cur < story_count(v) ? v->cur : story_count(v) - 1;
	v->data = old;
	story_close(v);
	v->data = s;
	v->cur = j;
	if (v->top > v->cur)
		v->top = v->cur;
	if (v->top >= story_count(v))
		v->top = 0;
	v->topline = 0;
	return 1;
}

/*
 * Compare the articles of a claims row's claims (the conflicting ones
 * first), else what `compare` would.
 */
static int
story_compare_row(struct view *v, const struct claim_row *r)
{
	struct story	*s = v->data;
	struct view_arg	 arg;
	size_t		 o, k, m;
	int		 pass;
	int64_t		 art;

	memset(&arg, 0, sizeof arg);
	for (pass = 0; pass < 2; pass++) {
		for (o = 0; o < s->noutlets && arg.narticles < 3; o++) {
			if (r->by_outlet[o] == 0)
				continue;
			k = r->by_outlet[o] - 1;
			if ((s->claim_conflict[k] != 0) != (pass == 0))
				continue;
			art = s->claims[k].article;
			for (m = 0; m < arg.narticles; m++) {
				if (arg.articles[m] == art)
					break;
			}
			if (m == arg.narticles)
				arg.articles[arg.narticles++] = art;
		}
	}
	if (arg.narticles < 2)
		return story_action(v, ACT_COMPARE);
	arg.story = s->story->id;
	ui_push(v->ui, &view_compare_ops, &arg);
	return 1;
}

static int
story_action(struct view *v, enum action_id a)
{
	struct story		*s = v->data;
	struct view_arg		 arg;
	long			 i = v->cur - IT_ART0(s);
	size_t			 k;

	if (review_is_action(a))
		return story_review(v, a);
	memset(&arg, 0, sizeof arg);
	switch (a) {
	case ACT_RELOAD:
		return story_reload(v);
	case ACT_NEXT_CONFLICT:
		return story_jump(v, 1);
	case ACT_PREV_CONFLICT:
		return story_jump(v, -1);
	case ACT_OPEN_ITEMS:
		arg.story = s->story->id;
		ui_push(v->ui, &view_open_ops, &arg);
		return 1;
	case ACT_OPEN:
		if (i >= 0 && (size_t)i < s->narts) {
			arg.article = s->arts[i].id;
			ui_push(v->ui, &view_article_ops, &arg);
		} else if (story_row(v) != NULL)
			return story_compare_row(v, story_row(v));
		return 1;
	case ACT_MARK:
		if (i >= 0 && (size_t)i < s->narts) {
			s->marked[i] = !s->marked[i];
			ui_move(v->ui, 1);
		}
		return 1;
	case ACT_COMPARE:
		for (k = 0; k < s->narts && arg.narticles < 3; k++) {
			if (s->marked[k])
				arg.articles[arg.narticles++] = s->arts[k].id;
		}
		if (arg.narticles < 2) {
			/* Nothing (or one) marked: the cursor's and next. */
			arg.narticles = 0;
			k = i >= 0 && (size_t)i < s->narts ? (size_t)i : 0;
			for (; k < s->narts && arg.narticles < 3; k++)
				arg.articles[arg.narticles++] = s->arts[k].id;
			for (k = 0; k < s->narts && arg.narticles < 2; k++) {
				if (s->arts[k].id != arg.articles[0])
					arg.articles[arg.narticles++] =
					    s->arts[k].id;
			}
		}
		if (arg.narticles < 2) {
			ui_message(v->ui, 0, "%s",
			    _("a story needs two articles to compare"));
			return 1;
		}
		arg.story = s->story->id;
		ui_push(v->ui, &view_compare_ops, &arg);
		return 1;
	default:
		return 0;
	}
}

static void
story_close(struct view *v)
{
	struct story	*s = v->data;
	size_t		 i;

	if (s == NULL)
		return;
	store_story_free(s->story);
	store_articles_free(s->arts, s->narts);
	free(s->shared);
	free(s->conflicts);
	free(s->marked);
	free(s->counted);
	for (i = 0; i < s->nrows; i++) {
		free(s->rows[i].by_outlet);
		store_verdict_free(s->rows[i].latest);
	}
	free(s->rows);
	free(s->claim_conflict);
	free(s->outlets);
	store_claims_free(s->claims, s->nclaims);
	free(s);
	v->data = NULL;
}

const struct view_ops view_story_ops = {
	"story", VIEW_LIST, story_open, story_count, story_render,
	story_title, story_action, NULL, story_close
};
