/*
 * article.c: one scraped file to a clean article (see article.h).
 *
 * The bytes are decoded by text.c into clean text with a map back to the
 * original.  The clean text is cut into lines and every line classified
 * once, top to bottom (article-lines.c, asking the other article-*.c
 * files about single kinds of line: dates, sites, bylines, menus,
 * captions, titles, datelines).  Content lines are then split into
 * sentences (sentence.c), past a dateline and before a cut tail; the
 * last may end with an agency tag, and any may end with a wire's end
 * marker ("Enditem"), which is cut; repeated and near-repeated sentences
 * are dropped, the first occurrence kept (article-repeats.c).  Last the
 * page date is resolved (article-dates.c) and the outlet and citations
 * chosen (article-cites.c).  struct parse (article-int.h) carries all of
 * it and is freed by parse_free().
 *
 * Offsets: everything is found in the clean text and mapped back with
 * text_span(); a sentence's span is that of its clean text, except that a
 * trailing agency tag cut from the text stays inside the span.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "furniture.h"
#include "outlets.h"
#include "sentence.h"
#include "text.h"

#include <string.h>
#include <unistr.h>

#define NEAR_WORDS	120	/* words of a sentence compared for repeats */

/* --- sentences --------------------------------------------------------- */

static int
add_sentence(struct parse *p, size_t a, size_t b, size_t oext, int is_title,
    int dedupe)
{
	struct article		*art = p->art;
	struct article_sentence	*nv, *st;
	uint64_t		 w[NEAR_WORDS], h, sig;
	size_t			 n, os, oe;
	int			 r;

	while (a < b && p->t->s[a] == ' ')
		a++;
	while (b > a && p->t->s[b - 1] == ' ')
		b--;
	if (a == b)
		return 0;
	n = repeats_words(p->t->s, a, b, w, NEAR_WORDS, &h, &sig);
	if (n == 0 && !is_title)
		return 0;
	if ((r = repeats_exact_seen(p, h)) != 0)
		return r < 0 ? -1 : 0;
	if (dedupe && (r = repeats_near(p, w, n, sig,
	    (uint32_t)art->nsentences)) != 0)
		return r < 0 ? -1 : 0;
	if (art->nsentences == p->sent_cap) {
		p->sent_cap = p->sent_cap * 2 + 16;
		if ((nv = util_reallocarray(art->sentences, p->sent_cap,
		    sizeof *nv)) == NULL)
			return -1;
		art->sentences = nv;
	}
	st = &art->sentences[art->nsentences];
	if ((st->text = util_strndup(p->t->s + a, b - a)) == NULL)
		return -1;
	text_span(p->t, a, b, &os, &oe);
	if (oext > oe)
		oe = oext;
	st->start = os;
	st->end = oe;
	st->is_title = is_title;
	art->nsentences++;
	return 0;
}

static int
add_line(struct parse *p, struct line *l, char **cause)
{
	struct sentence_span	*sp = NULL;
	size_t			 n, i, oext = 0, os, a, b;
	const char		*s = p->t->s;
	char			*name;

	if (l->cut < l->body)	/* nothing of the line is left */
		return 0;
	if (sentence_split(s + l->body, l->cut - l->body, p->abbrevs, &sp,
	    &n, cause) != 0)
		return -1;
	if (l->tagged)
		text_span(p->t, l->a, l->b, &os, &oext);
	if (lines_appeal(p, l, sp, n))
		n = 0;
	for (i = 0; i < n; i++) {
		a = l->body + sp[i].start;
		b = l->body + sp[i].end;
		/* Furniture and credits also come inside a paragraph:
		 * "... officials said. (With inputs from agencies)". */
		if (n > 1 && (furniture_match(p->furniture, s + a, b - a) !=
		    FURNITURE_NONE || (s[a] == '(' && captions_photo(s, a,
		    b))))
			continue;
		if (n > 1 && outlets_credit_line(p->outlets, s + a, b - a,
		    &name)) {
			if (bylines_take_credit(p, name) != 0)
				goto oom;
			continue;
		}
		if (add_sentence(p, a, b, i + 1 == n ? oext : 0, 0, 1) != 0)
			goto oom;
	}
	free(sp);
	return 0;
oom:
	free(sp);
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

/*
 * "Headline | Site": a known outlet after the last " | " or " - " of the
 * headline names the site and is not part of the headline; so does a short
 * capitalised name (at most five words) there when the headline stands
 * again below without it.  Returns where the headline proper ends.
 */
static int
title_suffix(struct parse *p, const struct line *l, size_t *end)
{
	const char	*s = p->t->s, *known;
	size_t		 i, k;

	*end = l->b;
	for (i = l->b; i > l->a + 1; i--) {
		if (s[i - 1] != ' ')
			continue;
		if ((k = span_dash_at(s, l->b, i)) == 0 && s[i] != '|')
			continue;
		if (k == 0)
			k = 1;
		if (i + k >= l->b || s[i + k] != ' ')
			continue;
		known = outlets_lookup(p->outlets, s + i + k, l->b - i - k);
		if (known == NULL && span_words(s, i + k + 1, l->b) <= 5 &&
		    span_first_case(s, i + k + 1, l->b) == 1 &&
		    menus_repeated_below(p, l, i - 1)) {
			/* "Headline - Harbour Gazette Online" over
			 * "Headline": the site's name */
			if (p->site == NULL && (p->site = util_strndup(s + i +
			    k + 1, l->b - i - k - 1)) == NULL)
				return -1;
			*end = i - 1;
			return 0;
		}
		if (known == NULL)
			return 0;
		if (p->site == NULL && (p->site = util_strdup(known)) == NULL)
			return -1;
		*end = i - 1;
		return 0;
	}
	return 0;
}

/*
 * An embedded post whose attribution shares its line: "Kremlin says ...
 * pic.twitter.com/x — AFP News Agency (@AFP) February 25, 2022".  The
 * attribution is cut from the line; its date is kept as a fallback.
 */
static int
social_tail(struct parse *p, struct line *l)
{
	const char	*s = p->t->s;
	size_t		 at, i, j, k;
	char		 iso[11];

	for (at = l->body; at + 1 < l->cut; at++)
		if (s[at] == '(' && s[at + 1] == '@')
			break;
	if (at + 1 >= l->cut || l->cut - at > 120)
		return 0;
	for (i = at; i > l->body + 1 && at - i < 80; i--) {
		if (s[i - 1] != ' ' || (k = span_dash_at(s, at, i)) == 0 ||
		    s[i + k] != ' ')
			continue;
		if (p->social_date == NULL && dates_find(s, at, l->cut, iso, &j,
		    &j) && (p->social_date = util_strdup(iso)) == NULL)
			return -1;
		l->cut = i - 1;
		return 0;
	}
	return 0;
}

/* --- the whole --------------------------------------------------------- */

static void
parse_free(struct parse *p)
{
	size_t	i;

	text_free(p->t);
	free(p->lines);
	free(p->credit);
	free(p->recredit);
	free(p->site);
	free(p->tagged);
	free(p->dl_agency);
	free(p->copyright);
	free(p->follow);
	free(p->barred);
	free(p->social_date);
	free(p->date_place);
	for (i = 0; i < p->ncites; i++)
		free(p->cites[i]);
	free(p->cites);
	free(p->exact);
	free(p->near_key);
	free(p->near_val);
	free(p->near_nbi);
	free(p->near_sig);
}

static int
only_space(const char *raw, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)raw[i];

		if (c != ' ' && c != '\t' && c != '\n' && c != '\r' &&
		    c != '\f' && c != '\v')
			return 0;
	}
	return 1;
}

int
article_parse(const char *raw, size_t len, const struct article_ctx *ctx,
    struct article **out, char **cause)
{
	struct parse	 p;
	struct article	*art;
	struct line	*l, *last = NULL;
	size_t		 i, n, cut;
	const char	*tag;
	char		*w;

	*out = NULL;
	if (len == 0) {
		util_cause(cause, "%s", _("empty file"));
		return -1;
	}
	if (text_is_binary(raw, len)) {
		util_cause(cause, "%s", _("binary file, not text"));
		return -1;
	}
	if (only_space(raw, len)) {
		util_cause(cause, "%s", _("only white space"));
		return -1;
	}
	memset(&p, 0, sizeof p);
	p.ctx = ctx;
	p.outlets = ctx != NULL && ctx->outlets != NULL ? ctx->outlets :
	    outlets_default();
	p.furniture = ctx != NULL && ctx->furniture != NULL ?
	    ctx->furniture : furniture_default();
	p.abbrevs = ctx != NULL && ctx->abbrevs != NULL ? ctx->abbrevs :
	    sentence_abbrevs_default();
	if ((art = p.art = calloc(1, sizeof *art)) == NULL)
		goto oom;
	p.raw = raw;
	if (text_decode(raw, len, &p.t, cause) != 0) {
		parse_free(&p);
		article_free(art);
		return -1;
	}
	if (p.t->len == 0) {
		util_cause(cause, "%s", _("only white space"));
		goto fail;
	}
	art->nreplaced = p.t->nreplaced;
	switch (p.t->encoding) {
	case TEXT_CP1252:
		art->encoding = ARTICLE_CP1252;
		if (span_warn(art,
		    _("not UTF-8: converted from Windows-1252")) != 0)
			goto oom;
		break;
	case TEXT_LATIN1:
		art->encoding = ARTICLE_LATIN1;
		if (span_warn(art, _("not UTF-8: converted from Latin-1")) != 0)
			goto oom;
		break;
	case TEXT_UTF8_REPAIRED:
		art->encoding = ARTICLE_UTF8_REPAIRED;
		w = util_printf(P_("%zu invalid UTF-8 byte replaced",
		    "%zu invalid UTF-8 bytes replaced", p.t->nreplaced),
		    p.t->nreplaced);
		if (w == NULL || span_push(&art->warnings, &art->nwarnings,
		    w) != 0) {
			free(w);
			goto oom;
		}
		free(w);
		break;
	case TEXT_UTF8:
		art->encoding = ARTICLE_UTF8;
		break;
	}

	if (lines_split(&p) != 0 || lines_classify(&p) != 0)
		goto oom;

	/* A dateline opens one of the first two content lines that end a
	 * sentence (a headline repeated, a caption above do not count); a
	 * tag ends
	 * the last; a wire's end marker ends a paragraph ("... Enditem"). */
	for (i = 0, n = 0; i < p.nlines; i++) {
		l = &p.lines[i];
		if (l->kind != L_CONTENT)
			continue;
		l->cut = l->body + furniture_marker_at(p.furniture,
		    p.t->s + l->body, l->cut - l->body);
		if (n < 2 && art->dateline == NULL && dateline_find(&p, l) != 0)
			goto oom;
		n += l->punct;
		if (social_tail(&p, l) != 0)
			goto oom;
		last = l;
	}
	if (last != NULL && (tag = outlets_trailing_tag(p.outlets,
	    p.t->s + last->body, last->cut - last->body, &cut)) != NULL) {
		last->cut = last->body + cut;
		last->tagged = 1;
		if ((p.tagged = util_strdup(tag)) == NULL)
			goto oom;
	}
	if (art->dateline == NULL && p.date_place != NULL) {
		art->dateline = p.date_place;
		p.date_place = NULL;
	}
	if (art->date == NULL && p.social_date != NULL) {
		art->date = p.social_date;
		p.social_date = NULL;
	}
	if (art->date == NULL && p.short_date[0] != '\0') {
		if ((art->date = util_strdup(p.short_date)) == NULL)
			goto oom;
	} else
		p.short_ambig = 0;
	if (art->date == NULL && p.end_date[0] != '\0' &&
	    (art->date = util_strdup(p.end_date)) == NULL)
		goto oom;
	if (art->date != NULL)
		art->month_day = 0;	/* only for a page without its date */

	for (i = 0; i < p.nlines; i++) {
		l = &p.lines[i];
		/* the outlet's name over its story is its masthead */
		if (l->kind == L_TITLE && art->title == NULL &&
		    sites_names_outlet(&p, l))
			continue;
		if (l->kind == L_TITLE) {
			if (art->title == NULL) {
				if (title_suffix(&p, l, &cut) != 0)
					goto oom;
				l->a = title_tags(p.t->s, l->a, cut);
				art->title = util_strndup(p.t->s + l->a,
				    cut - l->a);
				if (art->title == NULL ||
				    add_sentence(&p, l->a, cut, 0, 1, 0) != 0)
					goto oom;
			}
			continue;
		}
		if (l->kind != L_CONTENT)
			continue;
		if (add_line(&p, l, cause) != 0)
			goto fail;
	}
	if (art->nsentences == 0) {
		util_cause(cause, "%s", _("only page furniture, no article "
		    "text"));
		goto fail;
	}
	if (cites_choose_outlet(&p) != 0)
		goto oom;
	dates_resolve(&p);
	parse_free(&p);
	*out = art;
	return 0;
oom:
	util_cause(cause, "%s", _("out of memory"));
fail:
	parse_free(&p);
	article_free(art);
	return -1;
}

int
article_recurring_same(long a, long b)
{
	return (a >= RECURRING_MIN) == (b >= RECURRING_MIN) &&
	    (a >= RECURRING_TITLE_MIN) == (b >= RECURRING_TITLE_MIN);
}

void
article_free(struct article *a)
{
	size_t	i;

	if (a == NULL)
		return;
	free(a->title);
	free(a->date);
	free(a->dateline);
	free(a->outlet);
	for (i = 0; i < a->ncites; i++)
		free(a->cites[i]);
	free(a->cites);
	for (i = 0; i < a->nsentences; i++)
		free(a->sentences[i].text);
	free(a->sentences);
	for (i = 0; i < a->nwarnings; i++)
		free(a->warnings[i]);
	free(a->warnings);
	free(a);
}
