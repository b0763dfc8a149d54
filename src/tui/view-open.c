/*
 * view-open.c: the open items of one story, what the desk still has to
 * settle: items whose latest verdict is disputed or needs-check, and
 * conflicts nobody has reviewed (report.h decides, as the report does).
 * Items: 0 is the heading, then one per open item: what it is (a
 * conflict's claims with their outlets, a pair's two sentences, a claim
 * and its sentence) and its latest verdict, or "not reviewed".
 *
 * The review actions apply to the selected item; an item that is no
 * longer open leaves the list at the next reload (after our own verdict,
 * or when another editor's arrives), the cursor staying on the same item
 * or, if it went, at the same place.  `open` compares a pair's or a
 * conflict's articles with the pair (for a conflict: the pair between two
 * of its claims' sentences) on top, so that the review actions there
 * apply to it, or opens a claim's article at its sentence.
 *
 * Data: one report_story (report_story_load), loaded whole: a story's
 * items are few.
 */
#include "px.h"
#include "tui.h"
#include "report.h"
#include "store.h"
#include "verdict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct open_view {
	int64_t			 story;
	struct report_story	*rs;
};

static int
open_load(struct view *v, char **cause)
{
	struct open_view	*r = v->data;
	struct report_story	*rs;

	if (report_story_load(v->ui->st, r->story, &rs, cause) != 0)
		return -1;
	report_story_free(r->rs);
	r->rs = rs;
	return 0;
}

static int
open_open(struct view *v, const struct view_arg *arg, char **cause)
{
	struct open_view	*r;

	if ((r = calloc(1, sizeof *r)) == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	r->story = arg->story;
	v->data = r;
	if (open_load(v, cause) != 0) {
		free(r);
		v->data = NULL;
		return -1;
	}
	v->cur = 1;
	return 0;
}

static long
open_count(struct view *v)
{
	struct open_view	*r = v->data;

	return 1 + (long)(r->rs->nopen > 0 ? r->rs->nopen : 1);
}

static const struct store_conflict *
open_conflict(const struct report_story *rs, int64_t id)
{
	size_t	i;

	for (i = 0; i < rs->nconflicts; i++) {
		if (rs->conflicts[i].id == id)
			return &rs->conflicts[i];
	}
	return NULL;
}

/* An article's outlet, else "#ID" (as in the story's claims table). */
static const char *
open_outlet(const struct report_story *rs, int64_t article, char *buf,
    size_t len)
{
	const struct report_article	*a = report_article(rs, article);

	return ui_outlet(a != NULL ? a->outlet : NULL, article, buf, len);
}

/* "    Outlet: text" wrapped under the item. */
static int
open_line(const char *outlet, const char *text, int role, int width,
    struct lines *out)
{
	struct line	l;
	int		rc;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	cells_addstr(&l, "    ", ROLE_TEXT);
	cells_addstr(&l, outlet, ROLE_KEY);
	cells_addstr(&l, ": ", ROLE_DIM);
	cells_addstr(&l, text, role);
	rc = cells_wrap(&l, width, 6, out);
	cells_free(&l);
	return rc;
}

/* A claim's value: "about 40 (police)". */
static void
open_value(const struct store_claim *c, char *buf, size_t len)
{
	char	num[64];

	if (c->has_num)
		snprintf(num, sizeof num, "%.15g", c->value_num);
	else
		snprintf(num, sizeof num, "%s", c->value_text != NULL ?
		    c->value_text : "?");
	if (c->source != NULL)
		snprintf(buf, len, c->approx ? _("about %s (%s)") : "%s (%s)",
		    num, c->source);
	else
		snprintf(buf, len, c->approx ? _("about %s") : "%s", num);
}

static int
open_claim_line(const struct report_story *rs, const struct store_claim *c,
    int width, struct lines *out)
{
	char	buf[256], id[32];

	open_value(c, buf, sizeof buf);
	return open_line(open_outlet(rs, c->article, id, sizeof id), buf,
	    ROLE_CONFLICT, width, out);
}

static int
open_sentence_line(const struct report_story *rs, int64_t id, int role,
    int width, struct lines *out)
{
	const struct store_sentence	*s = report_sentence(rs, id);
	char				 buf[32];

	if (s == NULL)
		return 0;
	return open_line(open_outlet(rs, s->article, buf, sizeof buf),
	    s->text, role, width, out);
}

static int
open_render(struct view *v, long i, int width, struct lines *out)
{
	struct open_view		*r = v->data;
	const struct report_story	*rs = r->rs;
	const struct report_open	*o;
	const struct store_conflict	*cf;
	const struct store_claim	*c;
	const struct store_pair		*p = NULL;
	struct line			 l;
	char				 buf[96];
	size_t				 k;
	int				 rc;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	if (i == 0) {
		snprintf(buf, sizeof buf, P_("%zu open item", "%zu open items",
		    rs->nopen), rs->nopen);
		cells_addstr(&l, buf, ROLE_HEADING);
		cells_addstr(&l, _("  (disputed, needs-check, conflicts not "
		    "reviewed)"), ROLE_DIM);
		rc = cells_wrap(&l, width, 2, out);
		cells_free(&l);
		return rc;
	}
	if (rs->nopen == 0) {
		cells_addstr(&l, _("  nothing is open in this story"),
		    ROLE_DIM);
		rc = cells_wrap(&l, width, 2, out);
		cells_free(&l);
		return rc;
	}
	o = &rs->open[i - 1];
	if (o->latest != NULL)
		review_marker(&l, o->latest);
	else
		cells_addstr(&l, "!", ROLE_CONFLICT);
	snprintf(buf, sizeof buf, " %s %lld  ", store_target_name(o->target),
	    (long long)o->id);
	cells_addstr(&l, buf, ROLE_DIM);
	cf = o->target == STORE_TARGET_CONFLICT ? open_conflict(rs, o->id) :
	    NULL;
	c = o->target == STORE_TARGET_CLAIM ? report_claim(rs, o->id) : NULL;
	if (o->target == STORE_TARGET_PAIR) {
		for (k = 0; k < rs->npairs; k++) {
			if (rs->pairs[k].id == o->id)
				p = &rs->pairs[k];
		}
		if (p != NULL)
			cells_addstr(&l, store_relation_name(p->relation),
			    ROLE_TEXT);
	}
	if (cf != NULL || c != NULL) {
		cells_addstr(&l, cf != NULL ? cf->kind : c->kind, ROLE_TEXT);
		if ((cf != NULL ? cf->subject : c->subject) != NULL) {
			cells_addstr(&l, ": ", ROLE_DIM);
			cells_addstr(&l, cf != NULL ? cf->subject : c->subject,
			    ROLE_TEXT);
		}
		if (cf != NULL && cf->reason != NULL) {
			cells_addstr(&l, "  ", ROLE_TEXT);
			cells_addstr(&l, cf->reason, ROLE_DIM);
		}
	}
	rc = cells_wrap(&l, width, 4, out);
	cells_free(&l);
	for (k = 0; rc == 0 && cf != NULL && k < cf->nclaims; k++) {
		if ((c = report_claim(rs, cf->claims[k])) != NULL)
			rc = open_claim_line(rs, c, width, out);
	}
	if (rc == 0 && o->target == STORE_TARGET_CLAIM && c != NULL) {
		rc = open_claim_line(rs, c, width, out);
		if (rc == 0)
			rc = open_sentence_line(rs, c->sentence, ROLE_TEXT,
			    width, out);
	}
	if (rc == 0 && p != NULL) {
		rc = open_sentence_line(rs, p->a, ROLE_TEXT, width, out);
		if (rc == 0)
			rc = open_sentence_line(rs, p->b, ROLE_TEXT, width,
			    out);
	}
	if (rc != 0)
		return rc;
	if (o->latest != NULL)
		return review_render(o->latest, width, 2, out);
	memset(&l, 0, sizeof l);
	cells_clear(&l);
	cells_addstr(&l, _("    not reviewed yet"), ROLE_DIM);
	rc = cells_wrap(&l, width, 4, out);
	cells_free(&l);
	return rc;
}

static void
open_title(struct view *v, struct line *l, int width)
{
	struct open_view	*r = v->data;

	(void)width;
	cells_addstr(l, _("open items: "), ROLE_TITLE);
	cells_addstr(l, r->rs->title != NULL ? r->rs->title :
	    _("(untitled story)"), ROLE_TITLE);
}

/* Add an article to compare's list unless it is there or the list full. */
static void
open_add_article(struct view_arg *arg, int64_t article)
{
	size_t	m;

	for (m = 0; m < arg->narticles; m++) {
		if (arg->articles[m] == article)
			return;
	}
	if (arg->narticles < 3)
		arg->articles[arg->narticles++] = article;
}

/* Is sentence s the sentence of one of a conflict's claims? */
static int
open_conflict_sentence(const struct report_story *rs,
    const struct store_conflict *cf, int64_t s)
{
	const struct store_claim	*c;
	size_t				 k;

	for (k = 0; k < cf->nclaims; k++) {
		if ((c = report_claim(rs, cf->claims[k])) != NULL &&
		    c->sentence == s)
			return 1;
	}
	return 0;
}

/*
 * The pair that carries a conflict: between two of its claims' sentences
 * in different articles, a conflicting pair first; NULL if none.
 */
static const struct store_pair *
open_conflict_pair(const struct report_story *rs,
    const struct store_conflict *cf)
{
	const struct store_pair		*p, *found = NULL;
	const struct store_sentence	*a, *b;
	size_t				 k;

	for (k = 0; k < rs->npairs; k++) {
		p = &rs->pairs[k];
		if (!open_conflict_sentence(rs, cf, p->a) ||
		    !open_conflict_sentence(rs, cf, p->b))
			continue;
		if ((a = report_sentence(rs, p->a)) == NULL ||
		    (b = report_sentence(rs, p->b)) == NULL ||
		    a->article == b->article)
			continue;
		if (found == NULL || (p->relation == STORE_CONFLICT &&
		    found->relation != STORE_CONFLICT))
			found = p;
	}
	return found;
}

/*
 * The articles of a conflict's claims (two or three) for compare, those
 * of the pair that carries it first (panes 0 and 1: its row shows it),
 * and that pair to put on top.
 */
static void
open_conflict_articles(const struct report_story *rs,
    const struct store_conflict *cf, struct view_arg *arg)
{
	const struct store_claim	*c;
	const struct store_sentence	*s;
	const struct store_pair		*p;
	size_t				 k;

	if ((p = open_conflict_pair(rs, cf)) != NULL) {
		arg->pair = p->id;
		if ((s = report_sentence(rs, p->a)) != NULL)
			open_add_article(arg, s->article);
		if ((s = report_sentence(rs, p->b)) != NULL)
			open_add_article(arg, s->article);
	}
	for (k = 0; k < cf->nclaims; k++) {
		if ((c = report_claim(rs, cf->claims[k])) != NULL)
			open_add_article(arg, c->article);
	}
}

static int
open_enter(struct view *v, const struct report_open *o)
{
	struct open_view		*r = v->data;
	const struct report_story	*rs = r->rs;
	const struct store_sentence	*s;
	const struct store_claim	*c;
	const struct store_conflict	*cf;
	struct view_arg			 arg;
	size_t				 k;

	memset(&arg, 0, sizeof arg);
	arg.story = r->story;
	if (o->target == STORE_TARGET_CONFLICT &&
	    (cf = open_conflict(rs, o->id)) != NULL)
		open_conflict_articles(rs, cf, &arg);
	else if (o->target == STORE_TARGET_PAIR) {
		for (k = 0; k < rs->npairs; k++) {
			if (rs->pairs[k].id != o->id)
				continue;
			arg.pair = o->id;
			if ((s = report_sentence(rs, rs->pairs[k].a)) != NULL)
				open_add_article(&arg, s->article);
			if ((s = report_sentence(rs, rs->pairs[k].b)) != NULL)
				open_add_article(&arg, s->article);
		}
	} else if (o->target == STORE_TARGET_CLAIM &&
	    (c = report_claim(rs, o->id)) != NULL &&
	    (s = report_sentence(rs, c->sentence)) != NULL) {
		arg.article = c->article;
		arg.sentence = s->idx;
		arg.mark = 1;
		ui_push(v->ui, &view_article_ops, &arg);
		return 1;
	}
	if (arg.narticles >= 2)
		ui_push(v->ui, &view_compare_ops, &arg);
	else
		ui_message(v->ui, 0, "%s", _("nothing to compare for this "
		    "item"));
	return 1;
}

/* Load again; the cursor stays on the same item, else at its place. */
static int
open_reload(struct view *v)
{
	struct open_view	*r = v->data;
	enum store_target	 target = STORE_TARGET_PAIR;
	int64_t			 id = 0;
	size_t			 k;
	char			*cause = NULL;

	if (v->cur >= 1 && (size_t)v->cur <= r->rs->nopen) {
		target = r->rs->open[v->cur - 1].target;
		id = r->rs->open[v->cur - 1].id;
	}
	if (open_load(v, &cause) != 0) {
		ui_message(v->ui, 1, "%s", cause);
		free(cause);
		return 1;
	}
	for (k = 0; k < r->rs->nopen; k++) {
		if (r->rs->open[k].target == target &&
		    r->rs->open[k].id == id)
			v->cur = (long)k + 1;
	}
	if (v->cur >= open_count(v))
		v->cur = open_count(v) - 1;
	if (v->cur < 1)
		v->cur = 1;
	if (v->top > v->cur)
		v->top = v->cur;
	v->topline = 0;
	return 1;
}

static int
open_action(struct view *v, enum action_id a)
{
	struct open_view		*r = v->data;
	const struct report_open	*o = NULL;
	struct review_item		 it;

	if (v->cur >= 1 && (size_t)v->cur <= r->rs->nopen)
		o = &r->rs->open[v->cur - 1];
	if (a == ACT_RELOAD)
		return open_reload(v);
	if (review_is_action(a) || a == ACT_OPEN) {
		if (o == NULL) {
			ui_message(v->ui, 0, "%s", _("nothing is open"));
			return 1;
		}
		if (a == ACT_OPEN)
			return open_enter(v, o);
		memset(&it, 0, sizeof it);
		it.target = o->target;
		it.id = o->id;
		it.latest = o->latest;
		return review_action(v->ui, a, &it);
	}
	return 0;
}

static void
open_close(struct view *v)
{
	struct open_view	*r = v->data;

	if (r == NULL)
		return;
	report_story_free(r->rs);
	free(r);
	v->data = NULL;
}

const struct view_ops view_open_ops = {
	"open items", VIEW_LIST, open_open, open_count, open_render,
	open_title, open_action, NULL, open_close
};
