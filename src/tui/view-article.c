/*
 * view-article.c: one article, its sentences numbered in reading order.
 * The `original` action switches to the original bytes as imported, one
 * item per line of the file, with what no sentence covers (page furniture,
 * repeated paragraphs, credit lines) dimmed; the sentence at the top stays
 * at the top across the switch.  Both are sanitised like everything else:
 * an original holding escape sequences shows them as placeholders.
 *
 * The marker column says how each sentence relates to the other articles'
 * (the store's pairs, read once when the view opens): '!' a conflict, '='
 * the same fact, '~' similar, the strongest one when there are several;
 * the conflict and shared actions move between such sentences.
 *
 * An article is small (its sentences, their relations and its original are
 * loaded whole when it is opened); the original only when first shown.
 */
#include "px.h"
#include "tui.h"
#include "rows.h"
#include "store.h"
#include "story.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct article_view {
	struct store_article	*art;
	struct store_sentence	*sent;
	size_t			 nsent;
	int			*rel;		/* per sentence, or -1 */
	int			 original;
	long			 mark;		/* a hit, or -1 */
	char			*raw;		/* original, or NULL */
	size_t			 rawlen;
	size_t			*line;		/* line starts */
	size_t			 nline;
};

static int
article_load_raw(struct view *v, char **cause)
{
	struct article_view	*a = v->data;
	size_t			 i, n = 1, *line;

	if (a->raw != NULL)
		return 0;
	if (store_article_raw(v->ui->st, a->art->id, &a->raw, &a->rawlen,
	    cause) != 0)
		return -1;
	if (a->raw == NULL) {
		util_cause(cause, "%s", _("the original is not stored"));
		return -1;
	}
	for (i = 0; i < a->rawlen; i++) {
		if (a->raw[i] == '\n')
			n++;
	}
	if ((line = calloc(n, sizeof *line)) == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	n = 0;
	line[n++] = 0;
	for (i = 0; i < a->rawlen; i++) {
		if (a->raw[i] == '\n' && i + 1 < a->rawlen)
			line[n++] = i + 1;
	}
	a->line = line;
	a->nline = n;
	return 0;
}

/* The index of sentence id in the article, or -1 (ids grow in reading
 * order; the bisection is checked). */
static long
article_index(const struct article_view *a, int64_t id)
{
	size_t	lo = 0, hi = a->nsent, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (a->sent[mid].id == id)
			return (long)mid;
		if (a->sent[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (mid = 0; mid < a->nsent; mid++) {
		if (a->sent[mid].id == id)
			return (long)mid;
	}
	return -1;
}

/* Rank of a relation: a conflict over the same fact over similar. */
static int
article_rank(int rel)
{
	return rel == STORE_CONFLICT ? 3 : rel == STORE_SAME ? 2 :
	    rel == STORE_SIMILAR ? 1 : 0;
}

/* Each sentence's strongest relation to another article's sentences. */
static int
article_load_rel(struct view *v, char **cause)
{
	struct article_view	*a = v->data;
	struct store_pair	*p = NULL;
	size_t			 np = 0, i;
	long			 x, y;

	if ((a->rel = calloc(a->nsent + 1, sizeof *a->rel)) == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	for (i = 0; i < a->nsent; i++)
		a->rel[i] = -1;
	if (store_pairs_of_article(v->ui->st, a->art->id, &p, &np, cause) !=
	    0)
		return -1;
	for (i = 0; i < np; i++) {
		x = article_index(a, p[i].a);
		y = article_index(a, p[i].b);
		if ((x < 0) == (y < 0))
			continue;	/* inside the article */
		if (x < 0)
			x = y;
		if (article_rank((int)p[i].relation) >
		    article_rank(a->rel[x]))
			a->rel[x] = (int)p[i].relation;
	}
	free(p);
	return 0;
}

static int
article_open(struct view *v, const struct view_arg *arg, char **cause)
{
	struct article_view	*a;
	struct store		*st = v->ui->st;

	if ((a = calloc(1, sizeof *a)) == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	v->data = a;
	if (store_article_get(st, arg->article, &a->art, cause) != 0)
		goto fail;
	if (a->art == NULL) {
		util_cause(cause, "%s", _("no such article"));
		goto fail;
	}
	if (store_sentences(st, arg->article, &a->sent, &a->nsent, cause) != 0)
		goto fail;
	if (article_load_rel(v, cause) != 0)
		goto fail;
	a->mark = -1;
	if (arg->sentence < a->nsent) {
		v->top = (long)arg->sentence;
		if (arg->mark)
			a->mark = (long)arg->sentence;
	}
	return 0;
fail:
	store_article_free(a->art);
	store_sentences_free(a->sent, a->nsent);
	free(a->rel);
	free(a);
	v->data = NULL;
	return -1;
}

static long
article_count(struct view *v)
{
	struct article_view	*a = v->data;

	return (long)(a->original ? a->nline : a->nsent);
}

/* Does any sentence cover byte b of the original?  (Spans are short lists.) */
static size_t
article_covered_until(const struct article_view *a, size_t b, int *covered)
{
	size_t	i, next = a->rawlen;

	for (i = 0; i < a->nsent; i++) {
		if (a->sent[i].start <= b && b < a->sent[i].end) {
			*covered = 1;
			return a->sent[i].end;
		}
		if (a->sent[i].start > b && a->sent[i].start < next)
			next = a->sent[i].start;
	}
	*covered = 0;
	return next;
}

static int
article_render_original(struct article_view *a, long i, int width,
    struct lines *out)
{
	struct line	 l;
	size_t		 b, e, stop;
	int		 covered, rc;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	b = a->line[i];
	e = (size_t)i + 1 < a->nline ? a->line[i + 1] : a->rawlen;
	while (e > b && (a->raw[e - 1] == '\n' || a->raw[e - 1] == '\r'))
		e--;
	while (b < e) {
		stop = article_covered_until(a, b, &covered);
		if (stop > e || stop <= b)
			stop = e;
		cells_add(&l, a->raw + b, stop - b,
		    covered ? ROLE_TEXT : ROLE_DIM);
		b = stop;
	}
	rc = cells_wrap(&l, width, 0, out);
	cells_free(&l);
	return rc;
}

static int
article_render(struct view *v, long i, int width, struct lines *out)
{
	struct article_view	*a = v->data;
	struct store_sentence	*s;
	struct line		 l;
	char			 num[16];
	int			 rc, rel;

	if (a->original)
		return article_render_original(a, i, width, out);
	if (i < 0 || (size_t)i >= a->nsent)
		return -1;
	s = &a->sent[i];
	memset(&l, 0, sizeof l);
	cells_clear(&l);
	rel = a->rel[i];
	cells_addstr(&l, rel == STORE_CONFLICT ? "!" : rel == STORE_SAME ?
	    "=" : rel == STORE_SIMILAR ? "~" : " ", rel >= 0 ?
	    rows_role(rel) : ROLE_MARKER);
	snprintf(num, sizeof num, "%c%3zu ", i == a->mark ? '>' : ' ',
	    s->idx + 1);
	cells_addstr(&l, num, i == a->mark ? ROLE_MATCH : ROLE_DIM);
	search_highlight(&l, s->text, v->ui->search, s->is_title ?
	    ROLE_HEADING : ROLE_TEXT);
	rc = cells_wrap(&l, width, 6, out);
	cells_free(&l);
	return rc;
}

static void
article_title(struct view *v, struct line *l, int width)
{
	struct article_view	*a = v->data;
	char			 buf[32], day[8];
	const char		*date;

	(void)width;

	cells_addstr(l, ui_outlet(a->art->outlet, a->art->id, buf, sizeof buf),
	    ROLE_TITLE);
	if ((date = story_date_label(a->art->date, a->art->month_day,
	    day)) != NULL) {
		cells_addstr(l, "  ", ROLE_TITLE);
		cells_addstr(l, date, ROLE_TITLE);
	}
	cells_addstr(l, "  ", ROLE_TITLE);
	if (a->original)
		cells_addstr(l, _("[original]"), ROLE_TITLE);
	else
		cells_addstr(l, a->art->title != NULL ? a->art->title : "",
		    ROLE_TITLE);
}

/* The line of the original holding byte b. */
static long
article_line_of(const struct article_view *a, size_t b)
{
	size_t	lo = 0, hi = a->nline, mid;

	while (hi - lo > 1) {
		mid = (lo + hi) / 2;
		if (a->line[mid] <= b)
			lo = mid;
		else
			hi = mid;
	}
	return (long)lo;
}

/* The strongest relation of sentence i's pairs (-1: none). */
static int
article_rel(struct view *v, long i)
{
	const struct article_view	*a = v->data;

	return a->rel[i];
}

/* Move to the next (dir 1) or previous (-1) sentence with a conflict,
 * or with the same fact or a similar one. */
static int
article_jump(struct view *v, int conflict, int dir)
{
	struct article_view	*a = v->data;

	if (a->original) {
		ui_message(v->ui, 0, "%s", _("the original shows no "
		    "relations: press o for the sentences"));
		return 1;
	}
	return ui_jump_related(v, 0, (long)a->nsent - 1, conflict, dir,
	    article_rel);
}

static int
article_action(struct view *v, enum action_id act)
{
	struct article_view	*a = v->data;
	char			*cause = NULL;
	long			 i;
	size_t			 k;

	switch (act) {
	case ACT_NEXT_CONFLICT:
		return article_jump(v, 1, 1);
	case ACT_PREV_CONFLICT:
		return article_jump(v, 1, -1);
	case ACT_NEXT_SHARED:
		return article_jump(v, 0, 1);
	case ACT_PREV_SHARED:
		return article_jump(v, 0, -1);
	case ACT_ORIGINAL:
		if (!a->original) {
			if (article_load_raw(v, &cause) != 0) {
				ui_message(v->ui, 1, "%s", cause);
				free(cause);
				return 1;
			}
			a->original = 1;
			i = v->top < (long)a->nsent ?
			    article_line_of(a, a->sent[v->top].start) : 0;
		} else {
			a->original = 0;
			for (k = 0; k < a->nsent; k++) {
				if (article_line_of(a, a->sent[k].start) >=
				    v->top)
					break;
			}
			i = k < a->nsent ? (long)k : 0;
		}
		ui_goto(v->ui, i);
		return 1;
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV:
		if (v->ui->search == NULL || a->original)
			return 0;
		for (i = v->top + (act == ACT_SEARCH_NEXT ? 1 : -1);
		    i >= 0 && (size_t)i < a->nsent;
		    i += act == ACT_SEARCH_NEXT ? 1 : -1) {
			if (search_matches(a->sent[i].text, v->ui->search)) {
				ui_goto(v->ui, i);
				return 1;
			}
		}
		ui_message(v->ui, 0, "%s", _("no more matches"));
		return 1;
	default:
		return 0;
	}
}

static void
article_close(struct view *v)
{
	struct article_view	*a = v->data;

	if (a == NULL)
		return;
	store_article_free(a->art);
	store_sentences_free(a->sent, a->nsent);
	free(a->rel);
	free(a->raw);
	free(a->line);
	free(a);
	v->data = NULL;
}

const struct view_ops view_article_ops = {
	"article", 0, article_open, article_count, article_render,
	article_title, article_action, NULL, article_close
};
