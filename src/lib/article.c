/*
 * article.c: one scraped file to a clean article (see article.h).
 *
 * The bytes are decoded by text.c into clean text with a map back to the
 * original.  The clean text is cut into lines; every line is classified
 * once, top to bottom (after a pass that marks menu runs: four or more
 * short lines in a row), printed date, embedded post attribution, page
 * furniture (furniture.c, bylines, breadcrumbs, menus, time stamps,
 * captions, gallery captions, a dateline alone on its line, subheadings,
 * notices of two or three sentences, taken whole before the sentence
 * split), menu columns (one item a line) and the tagline over one,
 * credit line or masthead (outlets.c), tag line, a tagline
 * over the sections, headline, lines recurring across the database,
 * content; below the text, a line opening the comments makes the rest
 * furniture.  Some lines are furniture by their place: a publisher's
 * name right under a byline, a caption right under a photo credit or
 * between the headline and the text (one ending with a full date), links
 * under a heading or, below the text, under a section's name ("Europe")
 * (those without sentence punctuation, and questions shaped as
 * headlines) and headline-shaped lines below the last
 * paragraph.  The first content lines may open with a dateline (else a
 * place on a date line or a byline is one), the last may end with an
 * agency tag, and any may end with a wire's end marker ("Enditem"),
 * which is cut.  Month names come from months.c: English ones make a date
 * with a day alone, those of other languages only between a day and a
 * year.  A page date in figures whose day and month could change places
 * ("03/04/2026") is read day first, then month first once the outlet is
 * known if the outlet writes its dates so or the page prints that reading
 * unambiguously (resolve_date()).  A date line with a two-digit year
 * ("19.11.26") at the top is the page date only when no full date is
 * printed, read the same way.  Content lines are split into sentences
 * (sentence.c); repeated and near-repeated sentences are dropped, the
 * first occurrence kept.  The outlet is, in this order: the override, a
 * credit line or a byline's outlet, a trailing tag, a dateline agency, the
 * owner a copyright line names, the site name (a masthead, a page metadata
 * line), the site a "Follow X on" line names, a credit in the text, the
 * outlet of a stamp between bars ("World | Agency | Updated: date"); other
 * outlets named as sources are the citations, except through an
 * abbreviation the text defines as something else ("the Harbour Army
 * (HA)").  On a page translated by machine, the original's headline over
 * the translated one is furniture.  A credit that is an
 * outlet's bare name ("Reuters" under the date) yields to the site when
 * the page names its own (a web address at the top, a "Follow @handle"
 * line, a known masthead) and that is another outlet: the editor files
 * the site's story, citing the wire.
 *
 * Near repeats are found with word bigrams in one open-addressing
 * multimap (bigram -> sentences that have it, at most NEAR_PER each), so a
 * new sentence finds the earlier one sharing most of its bigrams in time
 * linear in its length; figures and negations must agree.  The table is
 * bounded (NEAR_MAX entries) and only the first NEAR_WORDS words of a
 * sentence take part, so a huge article stays linear.
 *
 * Offsets: everything is found in the clean text and mapped back with
 * text_span(); a sentence's span is that of its clean text, except that a
 * trailing agency tag cut from the text stays inside the span.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "furniture.h"
#include "months.h"
#include "outlets.h"
#include "sentence.h"
#include "text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#define TOP_LINES	8	/* lines where page date and headline live */
#define TITLE_MAX_WORDS	30
#define MENU_ITEM_WORDS	4	/* the longest item of a menu line */
#define MENU_RUN	5	/* the fewest items of a menu column */
#define CREDIT_WORDS	6	/* the longest photo credit */
#define TITLE_MAX_BYTES	300
#define NEAR_WORDS	120	/* words of a sentence compared for repeats */
#define NEAR_MAX	(1 << 16)	/* bigram table size (entries) */
#define NEAR_MIN	6	/* bigrams needed to be a near repeat */
#define NEAR_PER	8	/* sentences indexed per bigram */
#define NEAR_CAND	251	/* candidate sentences counted (prime) */
#define RECURRING_MIN	3	/* articles a line must be in to be furniture */
#define RECURRING_TITLE_MIN 10	/* the same for a headline */
#define RECURRING_WORDS	4	/* longer punctuated lines are never asked */
#define NOTICE_WORDS	30	/* the longest notice of sentences */
#define MENU_ROWS	4	/* short lines in a row that make a menu run */

/* Words that may stand before a colon at the top without being a place. */
static const char *const not_places[] = {
	"source", "sources", "note", "update", "updated", "photo", "video",
	"watch", "read", "also", "editor", "editors", "breaking", "exclusive",
	"analysis", "opinion", "live", "comment", "warning", "disclaimer",
	"correction", "summary", "related", "image", "credit", "by",
	"published", "posted", "tags", "topics", "quote", "question", "answer",
	"fact check", "explainer", "feature", "special report", "in pictures",
	"in depth", "podcast", "newsletter", "interview", "key points",
	"highlights", "key facts", "in brief", "background", "context",
	"timeline", "more", "see also", "listen"
};

/* --- lines ------------------------------------------------------------- */

static int
split_lines(struct parse *p)
{
	const char	*s = p->t->s;
	size_t		 len = p->t->len, i = 0, e, cap = 0;
	struct line	*nv;

	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);

		e = nl != NULL ? (size_t)(nl - s) : len;
		if (e > i) {
			if (p->nlines == cap) {
				cap = cap * 2 + 32;
				nv = util_reallocarray(p->lines, cap,
				    sizeof *nv);
				if (nv == NULL)
					return -1;
				p->lines = nv;
			}
			memset(&p->lines[p->nlines], 0, sizeof *p->lines);
			p->lines[p->nlines].a = i;
			p->lines[p->nlines].b = e;
			p->lines[p->nlines].body = i;
			p->lines[p->nlines].cut = e;
			p->lines[p->nlines].words = span_words(s, i, e);
			p->lines[p->nlines].punct = span_ends_sentence(s, i, e);
			p->nlines++;
		}
		i = e + 1;
	}
	return 0;
}

/* "— Name (@handle) February 25, 2022": the line under an embedded post. */
static int
social_line(const char *s, size_t a, size_t b)
{
	size_t	k = 0;

	if (b - a > 200)
		return 0;
	if (s[a] == '-')
		k = 1;
	else if (b - a >= 3 && (memcmp(s + a, "\xe2\x80\x94", 3) == 0 ||
	    memcmp(s + a, "\xe2\x80\x93", 3) == 0))
		k = 3;
	if (k == 0)
		return 0;
	for (k = a; k + 1 < b; k++)
		if ((s[k] == '(' || s[k] == ' ') && s[k + 1] == '@')
			return 1;
	return 0;
}

/*
 * The first separator of a masthead in s[a, b): " | ", " - ", " \u2013 ",
 * " \u2014 ", " \u2022 ", " \u00b7 ".  Returns where it starts (the space
 * before it), *after where the next part starts; 0 when there is none.
 */
static size_t
separator(const char *s, size_t a, size_t b, size_t *after)
{
	static const char *const seps[] = { "|", "-", "\xe2\x80\x93",
	    "\xe2\x80\x94", "\xe2\x80\xa2", "\xc2\xb7" };
	size_t	i, k, n;

	for (i = a + 1; i + 2 < b; i++) {
		if (s[i] != ' ')
			continue;
		for (k = 0; k < PX_NITEMS(seps); k++) {
			n = strlen(seps[k]);
			if (i + 1 + n < b && memcmp(s + i + 1, seps[k],
			    n) == 0 && s[i + 1 + n] == ' ') {
				*after = i + 2 + n;
				return i;
			}
		}
	}
	return 0;
}

/* A known outlet named by s[a, b): exactly, or followed by a section or
 * edition word ("BBC Homepage", "Daily Post English"). */
static const char *
site_part(struct parse *p, const char *s, size_t a, size_t b)
{
	const char	*known;
	size_t		 e;

	while (b > a && s[b - 1] == ' ')
		b--;
	if ((known = outlets_lookup(p->outlets, s + a, b - a)) != NULL)
		return known;
	if ((known = outlets_match(p->outlets, s, b, a, &e)) != NULL &&
	    e < b && s[e] == ' ' && furniture_is_section(p->furniture,
	    s + e + 1, b - e - 1))
		return known;
	return NULL;
}

/*
 * "<Site Name> <Section>" near the top: capitalised words without
 * punctuation whose last one or two are a section name, or a known
 * outlet's name on its own (a masthead).  Returns the site
 * name (malloc'd, canonical when known) or NULL.
 */
static char *
site_line(struct parse *p, const char *s, size_t a, size_t b, size_t words)
{
	size_t		 i, cut[2], nc = 0, w;
	const char	*known;
	int		 k;

	/* "<Outlet> | <anything>", "<Outlet> - <slogan>": a masthead when
	 * what stands before the first separator names a known outlet. */
	if ((i = separator(s, a, b, &w)) != 0 && i > a &&
	    (known = site_part(p, s, a, i)) != NULL)
		return util_strdup(known);
	if (words > 7 || b - a > 80)
		return NULL;
	/* a masthead: the name of a known outlet, in any case */
	if ((known = outlets_lookup(p->outlets, s + a, b - a)) != NULL)
		return util_strdup(known);
	if (words < 2)
		return NULL;
	for (i = a; i < b; i++) {
		if (s[i] == ' ')
			continue;
		if (i == a || s[i - 1] == ' ') {
			if (span_first_case(s, i, b) != 1 && s[i] != '&')
				return NULL;
		}
		if (isdigit((unsigned char)s[i]) || s[i] == ',' ||
		    s[i] == ':' || s[i] == '.' || s[i] == '!' || s[i] == '?')
			return NULL;
	}
	/* The start of the last and of the second last word. */
	for (i = b; i > a && nc < 2; i--) {
		if (s[i - 1] == ' ')
			cut[nc++] = i;
	}
	for (k = nc - 1; k >= 0; k--) {
		w = cut[k];
		if (!furniture_is_section(p->furniture, s + w, b - w))
			continue;
		i = w - 1;	/* the space before the section */
		if ((known = outlets_lookup(p->outlets, s + a, i - a)) != NULL)
			return util_strdup(known);
		if (span_words(s, a, i) >= 2)
			return util_strndup(s + a, i - a);
	}
	return NULL;
}

/*
 * A name written after a label: the outlet's canonical name when s[a, b)
 * starts with a known one, else a short run of capitalised words (or a
 * domain, "dailypost.com") as written, stopping at punctuation or the
 * first word in lower case.  NULL when there is none.
 */
static char *
name_at(struct parse *p, const char *s, size_t a, size_t b)
{
	const char	*known;
	size_t		 i, e, words = 0, end = a;

	a = span_skip_sp(s, b, a);
	if ((known = outlets_match(p->outlets, s, b, a, &e)) != NULL)
		return util_strdup(known);
	for (i = a; i < b && words < 5;) {
		for (e = i; e < b && s[e] != ' ' && s[e] != ',' &&
		    s[e] != '|' && s[e] != ';' && !(s[e] == '.' &&
		    (e + 1 == b || s[e + 1] == ' ')); e++)
			;
		if (e == i || (span_first_case(s, i, e) != 1 &&
		    memchr(s + i, '.', e - i) == NULL && s[i] != '&'))
			break;
		words++;
		end = e;
		if (e >= b || s[e] != ' ')
			break;
		i = e + 1;
	}
	if (words == 0)
		return NULL;
	/* "All rights reserved" is no name */
	if (end - a >= 3 && strncmp(s + a, "All", 3) == 0)
		return NULL;
	return util_strndup(s + a, end - a);
}

/*
 * "\xc2\xa9 2026 Daily Post", "Copyright 2023 The Associated Press. All
 * rights reserved.": the owner a copyright line names, or NULL.  A photo
 * credit ("\xc2\xa9 Agency / Photographer") names no owner of the text.
 */
static char *
copyright_owner(struct parse *p, const char *s, size_t a, size_t b)
{
	size_t	i;

	if (b - a >= 2 && memcmp(s + a, "\xc2\xa9", 2) == 0)
		i = a + 2;
	else if (b - a > 10 && strncasecmp(s + a, "copyright ", 10) == 0)
		i = a + 10;
	else if (b - a > 4 && strncasecmp(s + a, "(c) ", 4) == 0)
		i = a + 4;
	else
		return NULL;
	if (memchr(s + a, '/', b - a) != NULL)
		return NULL;
	/* "Copyright \xc2\xa9 2020-2026,", "\xc2\xa9 Copyright X" */
	while (i < b) {
		if (i + 2 <= b && memcmp(s + i, "\xc2\xa9", 2) == 0)
			i += 2;
		else if (i + 9 < b && strncasecmp(s + i, "copyright ", 10) ==
		    0)
			i += 10;
		else if (s[i] == ' ' || s[i] == '-' || s[i] == ',' ||
		    isdigit((unsigned char)s[i]))
			i++;
		else
			break;
	}
	return i < b ? name_at(p, s, i, b) : NULL;
}

/*
 * A line of page metadata: a JSON object ({"og:site_name": "X", ...}).
 * Its site name (the Open Graph and schema.org property names) becomes
 * the site unless one is known; a date in it the page date near the top.
 */
static int
meta_line(struct parse *p, const char *s, size_t a, size_t b, int top)
{
	static const char *const keys[] = { "\"og:site_name\"",
	    "\"site_name\"", "\"siteName\"" };
	const char	*k, *v, *ve;
	char		 iso[11], *name;
	size_t		 i, n, ds, de;

	if (b - a < 2 || s[a] != '{' || s[b - 1] != '}')
		return 0;
	for (i = 0; i < PX_NITEMS(keys); i++) {
		n = strlen(keys[i]);
		for (k = s + a; (k = memchr(k, '"', (size_t)(s + b - k))) !=
		    NULL && (size_t)(s + b - k) > n; k++)
			if (memcmp(k, keys[i], n) == 0)
				break;
		if (k == NULL || (size_t)(s + b - k) <= n)
			continue;
		for (v = k + n; v < s + b && (*v == ' ' || *v == ':'); v++)
			;
		if (v >= s + b || *v != '"')
			continue;
		v++;
		if ((ve = memchr(v, '"', (size_t)(s + b - v))) == NULL ||
		    ve == v)
			continue;
		if (p->site == NULL) {
			const char *known = outlets_lookup(p->outlets, v,
			    (size_t)(ve - v));

			name = known != NULL ? util_strdup(known) :
			    util_strndup(v, (size_t)(ve - v));
			if (name == NULL)
				return -1;
			p->site = name;
		}
		break;
	}
	if (top && p->art->date == NULL && dates_find(s, a, b, iso, &ds, &de) &&
	    (p->art->date = util_strdup(iso)) == NULL)
		return -1;
	return 1;
}

/*
 * "Follow Daily Post on Facebook, X and Instagram": a link to the site's
 * pages elsewhere, the first place after " on " being a furniture line (a
 * network's name).  Returns 1 and sets *name to the site it names (NULL
 * for "Follow us on"); a handle, "Follow @dailypost on X", names it when
 * it squeezes to a known outlet's name, which is then the page's own.
 */
static int
follow_line(struct parse *p, const char *s, const struct line *l,
    char **name)
{
	const char	*known;
	size_t		 i, e, on = 0;

	*name = NULL;
	if (l->b - l->a < 12 || strncmp(s + l->a, "Follow ", 7) != 0 ||
	    l->words > 16)
		return 0;
	for (i = l->a + 7; i + 4 < l->b; i++)
		if (memcmp(s + i, " on ", 4) == 0) {
			on = i;
			break;
		}
	if (on == 0 || span_words(s, l->a, on) > 5)
		return 0;
	i = on + 4;
	for (e = i; e < l->b && s[e] != ',' && s[e] != '.' &&
	    strncmp(s + e, " and ", 5) != 0 && strncmp(s + e, " for ", 5) != 0;
	    e++)
		;
	if (furniture_match(p->furniture, s + i, e - i) != FURNITURE_LINE)
		return 0;
	i = l->a + 7;
	if (s[i] == '@') {
		/* "Follow @dailypost on X": the handle names the site */
		if ((known = outlets_squeezed(p->outlets, s + i + 1,
		    on - i - 1)) != NULL) {
			if (p->own == NULL)
				p->own = known;
			*name = util_strdup(known);
		}
	} else if (!(on - i == 2 && strncasecmp(s + i, "us", 2) == 0) &&
	    strncasecmp(s + i, "our ", 4) != 0)
		*name = name_at(p, s, i, on);	/* NULL: none (or no memory) */
	return 1;
}

/*
 * "JANE DOE, Daily Post staff writer", "Jane Doe, Daily Post
 * Correspondent": a name of one to four capitalised words, a comma, a
 * known outlet and byline words in any case.  Returns the outlet's
 * canonical name, or NULL.
 */
static const char *
staff_outlet(struct parse *p, const char *s, const struct line *l)
{
	const char	*known, *comma;
	size_t		 c, i, e, words = 0;

	if (l->punct || (comma = memchr(s + l->a, ',', l->b - l->a)) == NULL)
		return NULL;
	if ((c = (size_t)(comma - s)) == l->a)
		return NULL;
	for (i = l->a; i < c; i = span_skip_sp(s, c, e)) {
		if (++words > 4 || span_first_case(s, i, c) != 1)
			return NULL;
		for (e = i; e < c && s[e] != ' '; e++)
			if (isdigit((unsigned char)s[e]))
				return NULL;
	}
	i = span_skip_sp(s, l->b, c + 1);
	if ((known = outlets_match(p->outlets, s, l->b, i, &e)) == NULL ||
	    e >= l->b)
		return NULL;
	for (i = span_skip_sp(s, l->b, e); i < l->b; i = span_skip_sp(s, l->b,
	    e)) {
		for (e = i; e < l->b && s[e] != ' '; e++)
			;
		if (!furniture_is_byline_word(p->furniture, s + i, e - i))
			return NULL;
	}
	return known;
}

/*
 * "BBC News, Nairobi": a known outlet (perhaps with the word of its
 * language service: "BBC Arabic"), a comma and a place of one to three
 * capitalised words (no figure, no byline word) is the byline of a
 * correspondent's bureau.
 */
static int
outlet_place(struct parse *p, const char *s, const struct line *l)
{
	size_t	i, e, words = 0;

	if (outlets_match(p->outlets, s, l->b, l->a, &e) == NULL ||
	    e >= l->b)
		return 0;
	/* "BBC Arabic, Cairo": a language service's word between */
	if (s[e] == ' ' && e + 1 < l->b && isupper((unsigned char)s[e + 1])) {
		for (i = e + 1; i < l->b && isalpha((unsigned char)s[i]); i++)
			;
		if (i < l->b && s[i] == ',' && !furniture_is_byline_word(
		    p->furniture, s + e + 1, i - e - 1))
			e = i;
	}
	if (e >= l->b || s[e] != ',')
		return 0;
	for (i = span_skip_sp(s, l->b, e + 1); i < l->b; i = span_skip_sp(s,
	    l->b, e)) {
		for (e = i; e < l->b && s[e] != ' '; e++)
			if (isdigit((unsigned char)s[e]) || s[e] == ',')
				return 0;
		if (++words > 3 || !isupper((unsigned char)s[i]) ||
		    furniture_is_byline_word(p->furniture, s + i, e - i))
			return 0;
	}
	return words > 0;
}

/*
 * "https://arab.news/w7k3p", "www.dailypost.example/world/123": a web
 * address alone on its line is furniture.  At the top, the site its host
 * names (outlets_host()) is the page's own and its site name.  Returns 1
 * for such a line, -1 when out of memory.
 */
static int
address_line(struct parse *p, const struct line *l, int top)
{
	const char	*s = p->t->s, *known;
	size_t		 n = l->b - l->a;

	if (memchr(s + l->a, ' ', n) != NULL || !((n > 10 && strncasecmp(
	    s + l->a, "https://", 8) == 0) || (n > 9 && strncasecmp(s + l->a,
	    "http://", 7) == 0) || (n > 6 && strncasecmp(s + l->a, "www.",
	    4) == 0)))
		return 0;
	if (!top || (known = outlets_host(p->outlets, s + l->a, n)) == NULL)
		return 1;
	if (p->own == NULL)
		p->own = known;
	if (p->site == NULL && (p->site = util_strdup(known)) == NULL)
		return -1;
	return 1;
}

/*
 * "ByThe Associated Press", "ByJane Roe": a byline whose "By" the scraper
 * ran into the name (a capital right after it; "Bystanders" is a word).
 */
static int
by_glued(const char *s, const struct line *l)
{
	return l->b - l->a > 3 && s[l->a] == 'B' && s[l->a + 1] == 'y' &&
	    isupper((unsigned char)s[l->a + 2]);
}

/* "By Jane Doe, Daily Post": the outlet after the last comma, or NULL;
 * the outlet whose staff a name is ("Jane Doe, Daily Post staff
 * writer"). */
static char *
byline_outlet(struct parse *p, const char *s, const struct line *l)
{
	size_t		 i;
	const char	*known;

	/* "By The Associated Press", "ByReuters": the outlet is the byline */
	if (strncasecmp(s + l->a, "by ", 3) == 0 || by_glued(s, l)) {
		i = span_skip_sp(s, l->b, l->a + 2);
		if ((known = outlets_lookup(p->outlets, s + i, l->b - i)) !=
		    NULL)
			return util_strdup(known);
	}
	if (strncasecmp(s + l->a, "by ", 3) != 0) {
		known = staff_outlet(p, s, l);
		if (known == NULL && outlet_place(p, s, l))
			known = outlets_match(p->outlets, s, l->b, l->a, &i);
		return known != NULL ? util_strdup(known) : NULL;
	}
	for (i = l->b; i > l->a; i--)
		if (s[i - 1] == ',')
			break;
	if (i == l->a)
		return NULL;
	i = span_skip_sp(s, l->b, i);
	known = outlets_lookup(p->outlets, s + i, l->b - i);
	return known != NULL ? util_strdup(known) : NULL;
}

/* Whether a line is the name the dateline or a credit gives the outlet. */
static int
names_outlet(const struct parse *p, const struct line *l)
{
	const char	*names[] = { p->dl_agency, p->credit, p->tagged,
	    p->site, p->copyright, p->follow };
	size_t		 i, n = l->b - l->a;

	for (i = 0; i < PX_NITEMS(names); i++) {
		if (names[i] != NULL && strlen(names[i]) == n &&
		    strncasecmp(names[i], p->t->s + l->a, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * How many articles in the database have this line (0 without a callback).
 * Only lines that could be furniture are asked: unpunctuated ones and very
 * short ones.  A syndicated paragraph recurs too, and must stay.
 */
static long
ask_recurring(struct parse *p, const struct line *l)
{
	const struct article_ctx	*ctx = p->ctx;
	char				*line;
	long				 n;

	if (ctx == NULL || ctx->recurring == NULL)
		return 0;
	if (l->punct && l->words > RECURRING_WORDS)
		return 0;
	if ((line = util_strndup(p->t->s + l->a, l->b - l->a)) == NULL)
		return 0;
	n = ctx->recurring(ctx->recurring_arg, line);
	free(line);
	return n;
}

static int
add_cite(struct parse *p, const char *name)
{
	size_t	i;

	for (i = 0; i < p->ncites; i++)
		if (strcasecmp(p->cites[i], name) == 0)
			return 0;
	return span_push(&p->cites, &p->ncites, name);
}

/* add_cite() of the name s[0, n), a copy. */
static int
add_cite_span(struct parse *p, const char *s, size_t n)
{
	char	*name;
	int	 rc;

	if ((name = util_strndup(s, n)) == NULL)
		return -1;
	rc = add_cite(p, name);
	free(name);
	return rc;
}

/*
 * "dpa, AFP (dp/kw)", "Reuters/AP (ab)": below the text, a line that only
 * lists known agencies (between commas, slashes, "and" or "&"), closed by
 * the editors' initials in brackets, or two agencies without them: the
 * agencies the text drew on, cites.  Returns 1 when the line is one.
 */
static int
agency_list(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s, *names[8];
	size_t		 b = l->b, k, i, e, n = 0;
	int		 initials = 0;

	if (l->punct || l->words > 12)
		return 0;
	/* "(dp/kw)": lower-case initials between slashes */
	if (b - l->a > 4 && s[b - 1] == ')') {
		for (k = b - 1; k > l->a && (islower((unsigned char)s[k - 1]) ||
		    s[k - 1] == '/'); k--)
			;
		if (k > l->a + 1 && s[k - 1] == '(' && k + 1 < b - 1 &&
		    s[k - 2] == ' ') {
			initials = 1;
			b = k - 2;
		}
	}
	for (i = l->a; i < b; i = e) {
		if (n == PX_NITEMS(names) ||
		    (names[n] = outlets_match(p->outlets, s, b, i, &e)) == NULL)
			return 0;
		n++;
		if (e < b && (s[e] == ',' || s[e] == '/' || s[e] == '&'))
			e++;
		else if (e + 5 <= b && strncmp(s + e, " and ", 5) == 0)
			e += 4;
		else if (e + 2 <= b && strncmp(s + e, " &", 2) == 0)
			e += 2;
		else if (e < b)
			return 0;
		while (e < b && s[e] == ' ')
			e++;
	}
	if (n == 0 || (!initials && n < 2))
		return 0;
	for (i = 0; i < n; i++)
		if (add_cite(p, names[i]) != 0)
			return -1;
	return 1;
}

/* Does more than one sentence start in [a, b)?  (A headline is one.) */
static int
several_sentences(struct parse *p, size_t a, size_t b)
{
	struct sentence_span	*sp = NULL;
	size_t			 n = 0;

	if (sentence_split(p->t->s + a, b - a, p->abbrevs, &sp, &n,
	    NULL) != 0)
		return 0;
	free(sp);
	return n > 1;
}

/*
 * "(LEAD) Floods ...", "(2nd LD) ...", "(URGENT) ...": a wire service's
 * tag for the version of a story, in brackets before its headline (one to
 * three words in capitals or ordinals).  Returns where the headline
 * starts after the tags.
 */
static size_t
title_tags(const char *s, size_t a, size_t b)
{
	size_t	i, e, words;

	while (a < b && s[a] == '(') {
		for (i = a + 1, words = 0; i < b && s[i] != ')'; i = e) {
			for (e = i; e < b && isdigit((unsigned char)s[e]); e++)
				;
			if (e > i)	/* "2nd" */
				while (e < b && islower((unsigned char)s[e]) &&
				    e - i < 6)
					e++;
			else
				while (e < b && (isupper((unsigned char)
				    s[e]) || s[e] == '\''))
					e++;
			if (e - i < 2 || ++words > 3 || (e < b && s[e] != ' ' &&
			    s[e] != ')'))
				return a;
			while (e < b && s[e] == ' ')
				e++;
		}
		if (i >= b || words == 0 || i + 2 >= b || s[i + 1] != ' ' ||
		    span_first_case(s, i + 2, b) != 1)
			return a;
		a = i + 2;
	}
	return a;
}

/* Is this line headline-like? */
static int
headline(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 a;

	if (l->words < 2 || l->words > TITLE_MAX_WORDS ||
	    l->b - l->a > TITLE_MAX_BYTES || several_sentences(p, l->a, l->b))
		return 0;
	a = title_tags(s, l->a, l->b);
	if (span_first_case(s, a, l->b) != 1 && !isdigit((unsigned char)s[a]))
		return 0;
	/* A question or exclamation may be a headline; a full stop not. */
	if (l->punct) {
		size_t b = l->b;

		while (b > l->a && !isalnum((unsigned char)s[b - 1]) &&
		    s[b - 1] != '?' && s[b - 1] != '!' && s[b - 1] != '.' &&
		    (unsigned char)s[b - 1] < 0x80)
			b--;
		if (b == l->a || s[b - 1] == '.' || s[b - 1] == ';' ||
		    s[b - 1] == ':')
			return 0;
	}
	return 1;
}

static int
same_line(const char *s, const struct line *x, const struct line *y)
{
	return x->b - x->a == y->b - y->a &&
	    memcmp(s + x->a, s + y->a, x->b - x->a) == 0;
}

/* A credit line's outlet (NULL: none): the first credits the text, later
 * ones are citations.  Takes name. */
static int
take_credit(struct parse *p, char *name)
{
	int	r;

	if (name == NULL)
		return 0;
	if (p->credit == NULL) {
		p->credit = name;
		return 0;
	}
	if (p->recredit == NULL && (p->recredit = util_strdup(name)) ==
	    NULL) {
		free(name);
		return -1;
	}
	r = add_cite(p, name);
	free(name);
	return r;
}

/*
 * "by HARBOUR DAILY WITH AFP": a byline of two known outlets; the first
 * is a credit (take_credit()), the agency after "with" a citation.
 * Returns 1 for such a line, -1 when out of memory.
 */
static int
byline_with(struct parse *p, const char *s, const struct line *l)
{
	size_t		 w;
	const char	*own, *known;
	char		*name;

	if (l->b - l->a > 80 || strncasecmp(s + l->a, "by ", 3) != 0)
		return 0;
	for (w = l->a + 3; w + 6 < l->b; w++)
		if (strncasecmp(s + w, " with ", 6) == 0)
			break;
	if (w + 6 >= l->b || (own = outlets_lookup(p->outlets, s + l->a + 3,
	    w - l->a - 3)) == NULL || (known = outlets_lookup(p->outlets,
	    s + w + 6, l->b - w - 6)) == NULL)
		return 0;
	if (add_cite(p, known) != 0 || (name = util_strdup(own)) == NULL)
		return -1;
	return take_credit(p, name) != 0 ? -1 : 1;
}

/*
 * "Source: X/Y/ab(cd)", "Sources: X, Y": the known outlets a credit line
 * names after the first one (whose name is first) are cites.
 */
static int
credit_cites(struct parse *p, const struct line *l, const char *first)
{
	const char	*s = p->t->s, *name;
	size_t		 i, end;

	for (i = l->a + 1; i < l->b; i++) {
		if (s[i - 1] != '/' && s[i - 1] != ',' && s[i - 1] != '&' &&
		    !(s[i - 1] == ' ' && i >= l->a + 2 && (s[i - 2] == ',' ||
		    s[i - 2] == '&')))
			continue;
		name = outlets_match(p->outlets, s, l->b, i, &end);
		if (name != NULL && (first == NULL || strcasecmp(name,
		    first) != 0) && add_cite(p, name) != 0)
			return -1;
	}
	return 0;
}

/*
 * "Analysis by Jane Doe", "OPINION BY JANE DOE", "Text by: NEWS WIRES":
 * the kind of a piece, then "by" (perhaps with a colon) and a name.
 */
static int
kind_by(const char *s, size_t a, size_t b)
{
	static const char *const kinds[] = { "analysis", "opinion",
	    "commentary", "column", "comment", "review", "essay",
	    "perspective", "interview", "explainer", "reporting", "story",
	    "text", "words", "photos", "video" };
	size_t	e;

	for (e = a; e < b && isalpha((unsigned char)s[e]); e++)
		;
	if (e == a || !isupper((unsigned char)s[a]) || !span_word_in(s + a,
	    e - a, kinds, PX_NITEMS(kinds)) || e + 4 >= b || (strncmp(s + e,
	    " by", 3) != 0 && strncmp(s + e, " BY", 3) != 0))
		return 0;
	/* "Text by: NEWS WIRES" */
	e += 3;
	if (s[e] == ':')
		e++;
	return e + 1 < b && s[e] == ' ' && isupper((unsigned char)s[e + 1]);
}

/*
 * "Author Jane Doe", "Authors: Jane Doe, John Roe": the label of a byline
 * (capitalised, perhaps with a colon) then two to six words of names, each
 * capitalised (or a comma, "and", "&" between them).
 */
static int
author_line(const char *s, const struct line *l)
{
	static const char *const label[] = { "author", "authors" };
	static const char *const join[] = { "and", "&" };
	size_t	i, e, words = 0;

	for (e = l->a; e < l->b && isalpha((unsigned char)s[e]); e++)
		;
	if (e == l->a || !isupper((unsigned char)s[l->a]) ||
	    !span_word_in(s + l->a, e - l->a, label, PX_NITEMS(label)))
		return 0;
	if (e < l->b && s[e] == ':')
		e++;
	if (e >= l->b || s[e] != ' ')
		return 0;
	for (i = span_skip_sp(s, l->b, e); i < l->b; i = span_skip_sp(s, l->b,
	    e)) {
		for (e = i; e < l->b && s[e] != ' '; e++)
			if (isdigit((unsigned char)s[e]))
				return 0;
		if (span_word_in(s + i, e - i, join, PX_NITEMS(join)))
			continue;
		if (++words > 6 || span_first_case(s, i, e) != 1)
			return 0;
	}
	return words >= 2;
}

/*
 * "Staff Report", "Daily Post Online Report": below the headline, two to
 * four capitalised words ending in "Report" credit the outlet's staff.
 */
static int
staff_report(const char *s, const struct line *l)
{
	size_t	i, e;

	if (l->words < 2 || l->words > 4 || l->b - l->a < 7 ||
	    memcmp(s + l->b - 7, " Report", 7) != 0)
		return 0;
	for (i = l->a; i < l->b; i = span_skip_sp(s, l->b, e)) {
		if (!isupper((unsigned char)s[i]))
			return 0;
		for (e = i; e < l->b && s[e] != ' '; e++)
			if (!isalpha((unsigned char)s[e]))
				return 0;
	}
	return 1;
}

/*
 * "By South-East Asia correspondent Jane Doe and wires": a byline of up
 * to 14 words that names the writer's post (a word of jobs in lower case).
 */
static int
long_byline(const char *s, const struct line *l)
{
	static const char *const jobs[] = { "correspondent", "correspondents",
	    "reporter", "reporters", "editor", "writer", "wires", "agencies",
	    "staff", "bureau" };
	size_t	i, e;

	if (l->words > 14 || strncmp(s + l->a, "By ", 3) != 0)
		return 0;
	for (i = l->a + 3; i < l->b; i = e + 1) {
		for (e = i; e < l->b && s[e] != ' '; e++)
			;
		if (span_word_in(s + i, e - i, jobs, PX_NITEMS(jobs)) &&
		    islower((unsigned char)s[i]))
			return 1;
	}
	return 0;
}

/*
 * "By Jane Doe", "BY STAFF REPORTER": a byline, not content.  Below the
 * headline also a short line with a capitalised byline word ("Staff and
 * agencies in Tromso", "Staff Correspondent, Kandy") and "Jane Doe with
 * AFP, dpa" (whose outlets are cites).
 */
static int
byline(struct parse *p, const char *s, const struct line *l, int titled)
{
	size_t		 i, e, with = 0, end;
	const char	*name;

	if (l->punct || l->words < 2 || (l->words > 7 && !long_byline(s, l)))
		return 0;
	if (strncmp(s + l->a, "By ", 3) == 0 ||
	    strncmp(s + l->a, "BY ", 3) == 0 || kind_by(s, l->a, l->b) ||
	    by_glued(s, l) || author_line(s, l))
		return 1;
	if (!titled)
		return 0;
	if (staff_outlet(p, s, l) != NULL || outlet_place(p, s, l) ||
	    staff_report(s, l))
		return 1;
	for (i = l->a; i < l->b; i = e + 1) {
		for (e = i; e < l->b && s[e] != ' ' && s[e] != ','; e++)
			;
		if (e - i == 4 && memcmp(s + i, "with", 4) == 0 && with == 0)
			with = e + 1;
		if (e > i && span_first_case(s, i, e) == 1 &&
		    furniture_is_byline_word(p->furniture, s + i, e - i))
			return 1;
	}
	if (with == 0 || with >= l->b)
		return 0;
	/* "with" then known outlets only, separated by commas or "and" */
	for (i = with, e = 0; i < l->b; e++) {
		if ((name = outlets_match(p->outlets, s, l->b, i, &end)) ==
		    NULL)
			return 0;
		i = span_skip_sp(s, l->b, end);
		if (i < l->b && s[i] == ',')
			i = span_skip_sp(s, l->b, i + 1);
		else if (i + 4 <= l->b && memcmp(s + i, "and ", 4) == 0)
			i += 4;
	}
	for (i = with; e > 0 && i < l->b; e--) {
		name = outlets_match(p->outlets, s, l->b, i, &end);
		if (name == NULL || add_cite(p, name) != 0)
			return -1;
		i = span_skip_sp(s, l->b, end);
		if (i < l->b && s[i] == ',')
			i = span_skip_sp(s, l->b, i + 1);
		else if (i + 4 <= l->b && memcmp(s + i, "and ", 4) == 0)
			i += 4;
	}
	return 1;
}

/*
 * "Staff Correspondent, Kandy": the place after the last comma of a byline
 * whose byline word stands before it (one to three capitalised words, no
 * byline word, no known outlet) is the dateline when the text opens with
 * none.  Returns -1 when out of memory.
 */
static int
byline_place(struct parse *p, const char *s, const struct line *l)
{
	size_t	c, i, e, words = 0;
	int	worded = 0;

	if (p->date_place != NULL)
		return 0;
	for (c = l->b; c > l->a && s[c - 1] != ','; c--)
		;
	if (c == l->a)
		return 0;
	for (i = l->a; i < c - 1; i = e + 1) {
		for (e = i; e < c - 1 && s[e] != ' ' && s[e] != ','; e++)
			;
		if (e > i && span_first_case(s, i, e) == 1 &&
		    furniture_is_byline_word(p->furniture, s + i, e - i))
			worded = 1;
	}
	c = span_skip_sp(s, l->b, c);
	if (!worded && outlet_place(p, s, l))
		worded = 1;	/* "BBC News, Nairobi" */
	if (!worded || c >= l->b || outlets_lookup(p->outlets, s + c,
	    l->b - c) != NULL)
		return 0;
	for (i = c; i < l->b; i = span_skip_sp(s, l->b, e)) {
		for (e = i; e < l->b && s[e] != ' '; e++)
			if (isdigit((unsigned char)s[e]) || s[e] == ',')
				return 0;
		if (++words > 3 || span_first_case(s, i, e) != 1 ||
		    furniture_is_byline_word(p->furniture, s + i, e - i))
			return 0;
	}
	return (p->date_place = span_title_case(s + c, l->b - c)) == NULL ? -1 :
	    0;
}

/*
 * "Published 3 hours ago", "Updated 25 mins ago": a relative time stamp.
 */
static int
relative_time(const char *s, const struct line *l)
{
	static const char *const units[] = { "second", "seconds", "sec",
	    "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
	    "hrs", "day", "days", "week", "weeks", "month", "months", "year",
	    "years" };
	size_t	e = l->b, u, n;

	if (l->punct || l->words > 6 || e - l->a < 7 ||
	    strncasecmp(s + e - 4, " ago", 4) != 0)
		return 0;
	e -= 4;
	for (u = e; u > l->a && s[u - 1] != ' '; u--)
		;
	if (!span_word_in(s + u, e - u, units, PX_NITEMS(units)) ||
	    u < l->a + 2)
		return 0;
	for (n = u - 1; n > l->a && s[n - 1] != ' '; n--)
		;
	return isdigit((unsigned char)s[n]) || (u - 1 - n <= 2 &&
	    (strncasecmp(s + n, "a ", 2) == 0 || strncasecmp(s + n, "an ",
	    3) == 0));
}

/* The separator of menu items at s[i]: " | ", " \u00b7 ", " \u2022 " (its
 * length; 0: none). */
static size_t
menu_sep(const char *s, size_t b, size_t i)
{
	const unsigned char	*u = (const unsigned char *)s;

	if (s[i] != ' ')
		return 0;
	if (i + 3 <= b && s[i + 1] == '|' && s[i + 2] == ' ')
		return 3;
	if (i + 4 <= b && u[i + 1] == 0xC2 && u[i + 2] == 0xB7 &&
	    s[i + 3] == ' ')
		return 4;
	if (i + 5 <= b && u[i + 1] == 0xE2 && u[i + 2] == 0x80 &&
	    u[i + 3] == 0xA2 && s[i + 4] == ' ')
		return 5;
	return 0;
}

/*
 * "Singapore | Asia | Commentary | Watch | Listen", "News \u00b7 Sport
 * \u00b7 Weather", "PHOTO | FILE | AFP": three or more short items (one to
 * MENU_ITEM_WORDS words, none ending a sentence) between bars or dots are
 * a menu, whatever the words.  Of two items, "Sign in | Subscribe" is one
 * when both are furniture, and "SOCIETY | RAIL TRAGEDY" a section label
 * when the first is a section name and the second short.  A sentence with
 * a bar in it has a long item.
 */
static int
menu_line(const struct parse *p, const char *s, const struct line *l)
{
	size_t	i, k, a = l->a, items = 0, furn = 0, w = 0, first = 0;
	int	section = 0;

	if (l->punct)
		return 0;
	for (i = l->a; i <= l->b; i++) {
		k = i < l->b ? menu_sep(s, l->b, i) : 0;
		if (i < l->b && k == 0)
			continue;
		w = span_words(s, a, i);
		if (w == 0 || w > MENU_ITEM_WORDS || span_ends_sentence(s, a,
		    i))
			return 0;
		if (items++ == 0) {
			first = w;
			section = furniture_is_section(p->furniture, s + a,
			    i - a);
		}
		if (furniture_match(p->furniture, s + a, i - a) !=
		    FURNITURE_NONE || furniture_is_section(p->furniture,
		    s + a, i - a))
			furn++;
		if (i == l->b)
			break;
		a = i + k;
		i = a - 1;
	}
	return items >= 3 || (items == 2 && (furn == 2 || (section &&
	    first <= 2 && w <= 3)));
}

/* How wide the page set the clean space at s[i]: the spaces of its run
 * in the original (a tab counts four; 0: not only spaces and tabs). */
static size_t
space_width(const struct parse *p, size_t i)
{
	size_t	o, e, w = 0;

	if (p->raw == NULL || i + 1 >= p->t->len)
		return 0;
	o = p->t->ostart[i];
	e = p->t->ostart[i + 1];
	if (e > p->t->rawlen || o >= e)
		return 0;
	for (; o < e; o++) {
		if (p->raw[o] == ' ')
			w++;
		else if (p->raw[o] == '\t')
			w += 4;
		else
			return 0;
	}
	return w;
}

/*
 * "Home  Politics  Economy  Opinion", "Subscribe   Sign in": short items
 * (one to MENU_ITEM_WORDS words, none opening in lower case) that the page
 * sets apart with runs of spaces, and no sentence punctuation: a menu,
 * whatever the language.  Of two items, the line has at most four words
 * and the run three spaces or a tab (a headline with a doubled space is
 * no menu).
 */
static int
spaced_menu(const struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 i, a = l->a, w, items = 0, widest = 0, k = 0;

	if (l->punct || l->words < 2 || l->words > 24)
		return 0;
	for (i = l->a; i <= l->b; i++) {
		if (i < l->b && (s[i] != ' ' || (k = space_width(p, i)) < 2))
			continue;
		w = span_words(s, a, i);
		if (w == 0 || w > MENU_ITEM_WORDS || span_ends_sentence(s, a,
		    i) || span_first_case(s, a, i) == -1)
			return 0;
		if (i < l->b && k > widest)
			widest = k;
		items++;
		a = i + 1;
	}
	return items >= 3 || (items == 2 && l->words <= 4 && widest >= 3);
}

/*
 * "Home » World » Europe", "Home | World | Science | Video", "Home /
 * World News", "Kenya | Politics": navigation, and menus (menu_line()).
 * One "»" or " > " is enough; bars must separate at least three items, or
 * two when the last is a section name and the first no outlet's; slashes
 * three, or two when the first item is a section name ("Home", "World").
 */
static int
breadcrumb(const struct parse *p, const char *s, const struct line *l)
{
	size_t	i, bars = 0, slashes = 0, first = 0, bar = 0;

	if (menu_line(p, s, l))
		return 1;
	if (l->punct || l->words > 12)
		return 0;
	for (i = l->a; i + 2 < l->b; i++) {
		if ((unsigned char)s[i] == 0xC2 &&
		    (unsigned char)s[i + 1] == 0xBB)		/* » */
			return 1;
		if (s[i] == ' ' && s[i + 1] == '>' && s[i + 2] == ' ')
			return 1;
		if (s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ' &&
		    bars++ == 0)
			bar = i;
		if (s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ' &&
		    slashes++ == 0)
			first = i;
	}
	/* "Place | Section": one bar before a section name, after no
	 * outlet's name (that is a masthead) */
	if (bars == 1 && l->words <= 6 && furniture_is_section(p->furniture,
	    s + bar + 3, l->b - bar - 3) && outlets_lookup(p->outlets,
	    s + l->a, bar - l->a) == NULL)
		return 1;
	return bars >= 2 || slashes >= 2 || (slashes == 1 &&
	    furniture_is_section(p->furniture, s + l->a, first - l->a));
}

/*
 * "World News | Agence France-Presse | Updated: October 14, 2026 4:51 pm
 * IST": a line of items between bars or dots, one of them a printed date
 * (dates_line()), the others section names, known outlets or a "By"
 * byline, is the story's stamp: furniture.  Its date is the page date at
 * the top; its outlet the agency the story comes from, a citation unless
 * nothing else names the outlet.  Returns 1 for such a line, -1 when out
 * of memory.
 */
static int
stamp_bar(struct parse *p, const struct line *l, int top)
{
	const char	*s = p->t->s, *known, *outlet = NULL;
	char		 iso[11], date[11];
	size_t		 i, k, a = l->a, e, items = 0;
	int		 dated = 0;

	if (l->b - l->a > 200)
		return 0;
	for (i = l->a; i <= l->b; i++) {
		k = i < l->b ? menu_sep(s, l->b, i) : 0;
		if (i < l->b && k == 0)
			continue;
		for (e = i; e > a && s[e - 1] == ' '; e--)
			;
		if (e == a)
			return 0;
		items++;
		if (dates_line(s, a, e, iso) && iso[0] != '\0') {
			if (dated++ > 0)
				return 0;
			memcpy(date, iso, sizeof date);
		} else if ((known = outlets_lookup(p->outlets, s + a,
		    e - a)) != NULL) {
			if (outlet == NULL)
				outlet = known;
		} else if (!furniture_is_section(p->furniture, s + a, e - a) &&
		    strncmp(s + a, "By ", 3) != 0 && strncmp(s + a, "BY ",
		    3) != 0)
			return 0;
		if (i == l->b)
			break;
		a = i + k;
		i = a - 1;
	}
	if (items < 2 || !dated)
		return 0;
	if (top && p->art->date == NULL && (p->art->date = util_strdup(
	    date)) == NULL)
		return -1;
	if (outlet != NULL && p->barred == NULL && (p->barred = util_strdup(
	    outlet)) == NULL)
		return -1;
	return 1;
}

/*
 * "With material from Reuters and AFP", "With reporting from X": the
 * outlets credited for part of the text are cites, and the line is not
 * content.  Returns 1 for such a line.
 */
static int
material_line(struct parse *p, const char *s, const struct line *l)
{
	static const char *const lead[] = { "With material from ",
	    "With reporting from ", "With reporting by ", "With files from " };
	const char	*name;
	size_t		 i, k, end, n = 0;

	for (k = 0; k < PX_NITEMS(lead); k++) {
		n = strlen(lead[k]);
		if (l->b - l->a > n && strncasecmp(s + l->a, lead[k], n) == 0)
			break;
	}
	if (k == PX_NITEMS(lead) || p->outlets == NULL)
		return 0;
	for (i = l->a + n; i < l->b; i++) {
		if (i > l->a && s[i - 1] != ' ')
			continue;
		name = outlets_match(p->outlets, s, l->b, i, &end);
		if (name != NULL) {
			if (add_cite(p, name) != 0)
				return -1;
			i = end;
		}
	}
	return 1;
}

/*
 * "World Europe Asia Middle East", "Politics & Diplomacy": navigation
 * (furniture.c), unless it opens with a known outlet ("BBC News World
 * Asia" names the site).
 */
static int
navigation(const struct parse *p, const char *s, const struct line *l)
{
	size_t	e;

	return !l->punct && furniture_is_navigation(p->furniture, s + l->a,
	    l->b - l->a) && outlets_match(p->outlets, s, l->b, l->a, &e) ==
	    NULL;
}

static const char *const photo_words[] = { "photo", "photos",
    "photograph", "photographs", "picture", "pictures", "foto", "fotos",
    "fotografia", "image", "images" };

/* Is a photo word among the words of s[a, b)? */
static int
photo_word_in(const char *s, size_t a, size_t b)
{
	size_t	i, w;

	for (i = a; i < b; i = w) {
		while (i < b && !isalpha((unsigned char)s[i]))
			i++;
		for (w = i; w < b && isalpha((unsigned char)s[w]); w++)
			;
		if (w > i && span_word_in(s + i, w - i, photo_words,
		    PX_NITEMS(photo_words)))
			return 1;
	}
	return 0;
}

/*
 * "... at the colliery, May 4, 2026. (AA Photo)", "(Photo: Reuters)",
 * "... camp [File: Name/AP Photo]": a line or sentence ending in a
 * bracketed photo credit (a few words, one of them a photo word) is a
 * caption; so is one opening with such a credit, "(Photo/Xinhua) Rescuers
 * search ...".
 */
static int
photo_caption(const char *s, size_t a, size_t b)
{
	size_t	o, c;
	char	open;

	while (b > a && s[b - 1] == ' ')
		b--;
	if (b - a < 7 || span_words(s, a, b) > 60)
		return 0;
	if (s[a] == '(' || s[a] == '[') {
		for (c = a + 1; c < b && c - a <= 60 && s[c] != ')' &&
		    s[c] != ']'; c++)
			;
		if (c < b && c - a <= 60 && span_words(s, a, c) <= 6 &&
		    photo_word_in(s, a + 1, c) && c + 1 < b)
			return 1;
	}
	if (s[b - 1] != ')' && s[b - 1] != ']')
		return 0;
	open = s[b - 1] == ')' ? '(' : '[';
	for (o = b - 1; o > a && s[o - 1] != open; o--)
		if (s[o - 1] == s[b - 1] || b - o > 60)
			return 0;
	if (o == a || span_words(s, o, b - 1) > 6)
		return 0;
	return photo_word_in(s, o, b - 1);
}

/*
 * "EFE/Javier Corbal\u00e1n", "Hern\u00e1n Ortiz/AP", "Foto: Noticias
 * Argentinas", "PHOTO | FILE | AFP", "Photo/Xinhua": a photo credit, a
 * short span (up to CREDIT_WORDS words, no sentence end) that opens with a
 * photo or file word before a colon, slash or bar, or joins a name and a
 * known outlet with a slash.
 */
static int
photo_credit(const struct parse *p, const char *s, size_t a, size_t b)
{
	static const char *const by[] = { "courtesy", "by", "credit" };
	size_t	i, w, e;

	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '.'))
		b--;
	/* "\u2013 Photo courtesy of Agency" after a caption */
	if ((i = span_dash_at(s, b, a)) != 0 && a + i < b && s[a + i] == ' ')
		a = span_skip_sp(s, b, a + i);
	if (b <= a || span_words(s, a, b) > CREDIT_WORDS ||
	    span_ends_sentence(s, a, b))
		return 0;
	for (w = a; w < b && isalpha((unsigned char)s[w]); w++)
		;
	i = span_skip_sp(s, b, w);
	if (w > a && i < b && (s[i] == ':' || s[i] == '/' || s[i] == '|') &&
	    (span_word_in(s + a, w - a, photo_words, PX_NITEMS(photo_words)) ||
	    (w - a == 4 && strncasecmp(s + a, "file", 4) == 0)))
		return 1;
	/* "Photo courtesy of Agency", "Photo by Jane Doe" */
	for (e = i; e < b && isalpha((unsigned char)s[e]); e++)
		;
	if (w > a && isupper((unsigned char)s[a]) && span_word_in(s + a, w - a,
	    photo_words, PX_NITEMS(photo_words)) && e > i && e < b &&
	    span_word_in(s + i, e - i, by, PX_NITEMS(by)))
		return 1;
	for (i = a; i < b; i++) {
		if (s[i] != '/' || i == a || s[i - 1] == ' ' || i + 1 >= b ||
		    s[i + 1] == ' ')
			continue;
		/* the outlet after the slash, or before it */
		if (outlets_match(p->outlets, s, b, i + 1, &e) != NULL &&
		    (e == b || strncasecmp(s + span_skip_sp(s, b, e), "photo",
		    5) == 0))
			return 1;
		if (outlets_match(p->outlets, s, i, a, &e) != NULL && e == i)
			return 1;
	}
	return 0;
}

/*
 * A caption with its credit as its last sentence: "Rescuers work near the
 * carriage, 4 March 2026. EFE/Name", "The carriages near the town. Foto:
 * Agency", "Rescuers at the pit. \u2013 Photo courtesy of Agency": a line
 * whose tail after its last full stop is a photo credit.  So is a tail
 * after a slash or a bar, "Rebels near the town. / Group Press Desk": one to
 * CREDIT_WORDS capitalised words without sentence punctuation, under a
 * caption of at most 40 words.
 */
static int
credited_caption(const struct parse *p, const char *s, const struct line *l)
{
	size_t	i, k, e;

	if (l->words > 60)
		return 0;
	for (i = l->b; i > l->a + 1; i--)
		if (s[i - 2] == '.' && s[i - 1] == ' ')
			break;
	if (i <= l->a + 1)
		return 0;
	if (photo_credit(p, s, i, l->b))
		return 1;
	if (l->words > 40 || (s[i] != '/' && s[i] != '|') || i + 2 >= l->b ||
	    s[i + 1] != ' ' || span_words(s, i + 2, l->b) > CREDIT_WORDS ||
	    span_ends_sentence(s, i + 2, l->b))
		return 0;
	for (k = span_skip_sp(s, l->b, i + 2); k < l->b; k = span_skip_sp(s,
	    l->b, e)) {
		if (!isupper((unsigned char)s[k]))
			return 0;
		for (e = k; e < l->b && s[e] != ' '; e++)
			;
	}
	return 1;
}

/*
 * "Relatives wait at the pier [Agency]", "Rescuers at the mine [Jo
 * Lee/Agency]": a line (at most 40 words, three before the bracket)
 * ending in square brackets around a known outlet's name or a photo
 * credit is a caption; a text names its sources otherwise.  So is one
 * whose sentence closes before "(Agency: Photographer)", "Ash over the
 * town. (Reuters: Jo Lee)".
 */
static int
bracket_credit(const struct parse *p, const char *s, const struct line *l)
{
	size_t	o, b = l->b, e;
	char	open;

	if (l->words > 40 || b - l->a < 8 || (s[b - 1] != ']' &&
	    s[b - 1] != ')'))
		return 0;
	open = s[b - 1] == ']' ? '[' : '(';
	for (o = b - 1; o > l->a && s[o - 1] != open; o--)
		if (b - o > 60 || s[o - 1] == s[b - 1])
			return 0;
	if (o <= l->a + 1 || o + 1 >= b || span_words(s, l->a, o) < 4)
		return 0;
	/* "(Agency: Photographer)" after the caption's full stop */
	if (open == '(')
		return o >= l->a + 3 && s[o - 2] == ' ' && s[o - 3] == '.' &&
		    outlets_match(p->outlets, s, b - 1, o, &e) != NULL &&
		    e < b - 1 && s[e] == ':' && span_words(s, e + 1,
		    b - 1) <= CREDIT_WORDS && span_first_case(s, span_skip_sp(s,
		    b, e + 1), b) == 1;
	return outlets_lookup(p->outlets, s + o, b - 1 - o) != NULL ||
	    photo_credit(p, s, o, b - 1);
}

/* How many line breaks stand between two lines, x above y. */
static size_t
newlines(const struct parse *p, const struct line *x, const struct line *y)
{
	size_t	k, n = 0;

	for (k = x->b; k < y->a; k++)
		n += p->t->s[k] == '\n';
	return n;
}

/*
 * Has the line a caption's shape: one sentence of at most 40 words that
 * reports nobody?  "Rescue workers search the cars on Wednesday." is a
 * caption, "Three people died, officials said." a paragraph.
 */
static int
caption_shape(struct parse *p, const struct line *c)
{
	static const char *const say[] = { "said", "says", "say", "told",
	    "tells", "announced", "reported", "according", "added",
	    "stated" };
	const char	*s = p->t->s;
	size_t		 k, w;

	if (c->words > 40 || several_sentences(p, c->a, c->b))
		return 0;
	for (k = c->a; k < c->b; k = w) {
		while (k < c->b && !isalpha((unsigned char)s[k]))
			k++;
		for (w = k; w < c->b && isalpha((unsigned char)s[w]); w++)
			;
		if (w > k && span_word_in(s + k, w - k, say, PX_NITEMS(say)))
			return 0;
	}
	return 1;
}

/*
 * Is the line over a photo credit its caption?  It stands right above it
 * (no blank line between), is one sentence, and reports nobody: "Rescue
 * workers search the cars on Wednesday." is a caption, "Three people
 * died, officials said." a paragraph with a photo after it.
 */
static int
caption_above(struct parse *p, size_t i)
{
	const struct line	*c = &p->lines[i - 1];

	return c->kind == L_CONTENT && c->punct && newlines(p, c,
	    &p->lines[i]) <= 1 && caption_shape(p, c);
}

/*
 * "The minister during a briefing in the capital.": has s[a, b) no word
 * that reads as a finite verb (an auxiliary, or a past form in "-ed" of
 * five letters or more)?  A caption is often verbless, a paragraph never.
 */
static int
verbless(const char *s, size_t a, size_t b)
{
	static const char *const aux[] = { "is", "are", "was", "were", "has",
	    "have", "had", "will", "would", "can", "could", "may", "might",
	    "should", "must", "did", "does", "do", "said", "says" };
	size_t	i, w;

	for (i = a; i < b; i = w) {
		while (i < b && !isalpha((unsigned char)s[i]))
			i++;
		for (w = i; w < b && isalpha((unsigned char)s[w]); w++)
			;
		if (w == i)
			continue;
		if (span_word_in(s + i, w - i, aux, PX_NITEMS(aux)) ||
		    (w - i >= 5 && s[w - 2] == 'e' && s[w - 1] == 'd'))
			return 0;
	}
	return 1;
}

/*
 * "Photo: Jane Doe" over a blank line and "The minister at a briefing.":
 * a credit that says it is one (a photo word and a colon) may stand a
 * blank line above its caption when the caption has no verb (verbless())
 * and is short (up to 25 words) or the last paragraph (after it, the end
 * of the page or plain furniture: "Read also").
 */
static int	plain_furniture(struct parse *, const struct line *);

static int
explicit_credit(struct parse *p, size_t i)
{
	const char		*s = p->t->s;
	const struct line	*c = &p->lines[i - 1];
	size_t			 w;

	for (w = c->a; w < c->b && isalpha((unsigned char)s[w]); w++)
		;
	if (w == c->a || w >= c->b || s[w] != ':' || !span_word_in(s + c->a,
	    w - c->a, photo_words, PX_NITEMS(photo_words)) ||
	    span_words(s, c->a, c->b) > CREDIT_WORDS + 1)
		return 0;
	return p->lines[i].words <= 25 || i + 1 >= p->nlines ||
	    plain_furniture(p, &p->lines[i + 1]);
}

/*
 * "Getty Images" or "PHOTO | JANE DOE | AGENCY", then right below it
 * "Rescuers search for survivors": below the headline, the line under a
 * photo credit (a short line with a photo word, or a credit's shape), with
 * no blank line between and a blank line or the end after it, is the
 * caption when it has its shape.
 */
static int
caption_below(struct parse *p, size_t i)
{
	const char		*s = p->t->s;
	const struct line	*c, *l = &p->lines[i];

	if (i == 0 || l->words < 3 || span_first_case(s, l->a, l->b) != 1)
		return 0;
	c = &p->lines[i - 1];
	if (c->kind != L_CONTENT && c->kind != L_TITLE && newlines(p, c,
	    l) == 2 && explicit_credit(p, i))
		return caption_shape(p, l) && verbless(s, l->a, l->b);
	if (c->kind == L_CONTENT || c->kind == L_TITLE || newlines(p, c,
	    l) > 1 || (i + 1 < p->nlines && newlines(p, l,
	    &p->lines[i + 1]) < 2))
		return 0;
	if (!photo_credit(p, s, c->a, c->b) && (c->punct ||
	    c->words > CREDIT_WORDS || !photo_word_in(s, c->a, c->b)))
		return 0;
	return caption_shape(p, l);
}

/*
 * "Residents inspect a house in the village on Saturday (Nov 21, 2026).":
 * a line ending in a bracketed date with its year, then a full stop, is a
 * photo caption; a text names a day so, "on Saturday (Nov 21)", without
 * the year.
 */
static int
dated_caption(const char *s, const struct line *l)
{
	char	iso[11];
	size_t	b = l->b, o, k, ds, de;

	if (l->words > 40 || b - l->a < 12 || s[b - 1] != '.' ||
	    s[b - 2] != ')')
		return 0;
	for (o = b - 2; o > l->a && s[o - 1] != '('; o--)
		if (b - o > 30)
			return 0;
	for (k = b - 2; k > o && isdigit((unsigned char)s[k - 1]); k--)
		;
	if (o == l->a || b - 2 - k != 4)	/* no year */
		return 0;
	return dates_find(s, o, b - 2, iso, &ds, &de) && ds == o &&
	    de == b - 2;
}

/*
 * "Updated at 11.05 BST", "Published 09:40 GMT+3", "12:05 pm": a time
 * stamp, perhaps with a label, with no date.
 */
static int
time_stamp(const char *s, const struct line *l)
{
	static const char *const labels[] = { "updated", "published",
	    "posted", "modified", "first", "last", "at", "on" };
	size_t	i, e, k;
	int	times = 0;

	if (l->punct || l->words > 6)
		return 0;
	for (i = l->a; i < l->b; i = span_skip_sp(s, l->b, e)) {
		for (e = i; e < l->b && s[e] != ' '; e++)
			;
		if (!times && span_word_in(s + i, e - i, labels,
		    PX_NITEMS(labels)))
			continue;
		if (!times) {
			/* H:MM, HH.MM, perhaps :SS */
			for (k = i; k < e && isdigit((unsigned char)s[k]); k++)
				;
			if (k == i || k - i > 2 || k + 3 > e ||
			    (s[k] != ':' && s[k] != '.') ||
			    !isdigit((unsigned char)s[k + 1]) ||
			    !isdigit((unsigned char)s[k + 2]) || (k + 3 < e &&
			    s[k + 3] != ':'))
				return 0;
			times = 1;
			continue;
		}
		/* am, p.m., BST, GMT+3 */
		if (e - i <= 4 && (strncasecmp(s + i, "am", 2) == 0 ||
		    strncasecmp(s + i, "pm", 2) == 0 || strncasecmp(s + i,
		    "a.m", 3) == 0 || strncasecmp(s + i, "p.m", 3) == 0))
			continue;
		for (k = i; k < e && isupper((unsigned char)s[k]); k++)
			;
		if (k - i < 2 || k - i > 5)
			return 0;
		if (k < e && (s[k] == '+' || s[k] == '-'))
			for (k++; k < e && (isdigit((unsigned char)s[k]) ||
			    s[k] == ':'); k++)
				;
		if (k != e)
			return 0;
	}
	return times;
}

/*
 * Is a line furniture by the rules that learn nothing from it (the table,
 * a "By" byline, a date, a time stamp, navigation)?  A short headline
 * over such a line is no kicker.
 */
static int
plain_furniture(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	char		 iso[11];

	return furniture_match(p->furniture, s + l->a, l->b - l->a) !=
	    FURNITURE_NONE || (!l->punct && (strncmp(s + l->a, "By ", 3) ==
	    0 || strncmp(s + l->a, "BY ", 3) == 0)) ||
	    dates_line(s, l->a, l->b, iso) || relative_time(s, l) ||
	    breadcrumb(p, s, l) || navigation(p, s, l) || time_stamp(s, l);
}

/*
 * "ISTANBUL May 04, 2026 - 12:05 pm": a place in capitals before the date
 * of a date line, or after its last dash ("Published - May 4, 2026 10:12
 * am IST - ISTANBUL"), is the dateline when the text opens with none.
 * Returns -1 when out of memory.
 */
static int
date_place(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	char		 iso[11];
	size_t		 ds, de, i, b, a = l->a, k;

	if (p->date_place != NULL || !dates_find(s, l->a, l->b, iso, &ds, &de))
		return 0;
	for (b = ds; b > l->a && (s[b - 1] == ' ' || s[b - 1] == ','); b--)
		;
	/* "Published - May 4, 2026 10:12 am IST - ISTANBUL": after the
	 * date, the last dash */
	if (b == l->a || !span_all_caps(s, l->a, b)) {
		for (k = l->b; k > de && !(s[k - 1] == ' ' && span_dash_at(s,
		    l->b, k) != 0); k--)
			;
		if (k == de || (a = span_skip_sp(s, l->b, k + span_dash_at(s,
		    l->b, k))) >= l->b)
			return 0;
		b = l->b;
	}
	if (b == a || span_words(s, a, b) > 3 || !span_all_caps(s, a, b))
		return 0;
	for (i = a; i < b; i++)
		if (!isupper((unsigned char)s[i]) && strchr(" -.'", s[i]) ==
		    NULL)
			return 0;
	if (span_word_in(s + a, b - a, not_places, PX_NITEMS(not_places)) ||
	    dates_weekday(s + a, b - a))
		return 0;
	/* an agency is no place: "- AFP" */
	if (b == l->b && outlets_lookup(p->outlets, s + a, b - a) != NULL)
		return 0;
	return (p->date_place = span_title_case(s + a, b - a)) == NULL ? -1 : 0;
}

/*
 * "Lima, 22 de noviembre.", "MOSCOW, November 22. /TASS/.": a line of its
 * own that is only a place (up to four capitalised words), a comma, a day
 * and a month in any language known (perhaps "de" between) or a month and
 * a day, a full stop, and perhaps an agency between slashes or brackets.
 * Furniture; its place is the dateline when the text opens with none, its
 * agency the dateline's.
 * Returns 1 when the line is one, 0 when not, -1 when out of memory.
 */
static int
lone_dateline(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s, *agency = NULL;
	size_t		 b = l->b, i, pe, e, k;
	int		 d;

	if (l->words > 8 || !l->punct)
		return 0;
	for (pe = l->a; pe < b && s[pe] != ','; pe++)
		if ((unsigned char)s[pe] < 0x80 &&
		    !isalpha((unsigned char)s[pe]) &&
		    strchr(" -.'", s[pe]) == NULL)
			return 0;
	if (pe >= b || pe == l->a || span_first_case(s, l->a, pe) != 1 ||
	    span_words(s, l->a, pe) > 4 || outlets_lookup(p->outlets,
	    s + l->a, pe - l->a) != NULL || span_word_in(s + l->a, pe - l->a,
	    not_places, PX_NITEMS(not_places)))
		return 0;
	i = span_skip_sp(s, b, pe + 1);
	if ((d = dates_number_at(s, b, i, 2, &e)) > 0) {
		i = span_skip_sp(s, b, e);
		if (b - i > 3 && strncasecmp(s + i, "de ", 3) == 0)
			i += 3;
		if (dates_month_word(s, b, i, &e) == 0)
			return 0;
	} else if (dates_month_word(s, b, i, &e) != 0) {
		if ((d = dates_number_at(s, b, span_skip_sp(s, b, e), 2,
		    &e)) <= 0)
			return 0;
	} else
		return 0;
	/* the full stop (a month's reading takes it along) */
	if (d > 31 || (s[e - 1] != '.' && (e >= b || s[e++] != '.')))
		return 0;
	i = span_skip_sp(s, b, e);
	if (i < b && (s[i] == '/' || s[i] == '(')) {
		char close = s[i] == '(' ? ')' : '/';

		for (k = i + 1; k < b && k < i + 40 && s[k] != close; k++)
			;
		if (k >= b || s[k] != close || (agency = outlets_lookup(
		    p->outlets, s + i + 1, k - i - 1)) == NULL)
			return 0;
		i = k + 1;
		if (i < b && s[i] == '.')
			i++;
	}
	if (i != b)
		return 0;
	if (p->date_place == NULL &&
	    (p->date_place = span_title_case(s + l->a, pe - l->a)) == NULL)
		return -1;
	if (agency != NULL && p->dl_agency == NULL &&
	    (p->dl_agency = util_strdup(agency)) == NULL)
		return -1;
	return 1;
}

/*
 * "ROME, MAY 6 (AGENCY) -" on a line of its own: a dateline with no text
 * after it (a known outlet in brackets, a dash at the end, at most eight
 * words) is furniture; its place (up to four capitalised words before the
 * first comma or bracket) is the dateline when the text opens with none.
 * Returns 1 when the line is one, 0 when not, -1 when out of memory.
 */
static int
bare_dateline(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 b = l->b, i, o, c, pe;

	if (l->words > 8)
		return 0;
	while (b > l->a && (s[b - 1] == ' ' || s[b - 1] == '.'))
		b--;
	if (b > l->a && s[b - 1] == '-')
		b--;
	else if (b >= l->a + 3 && span_dash_at(s, b, b - 3) == 3)
		b -= 3;
	else
		return 0;
	while (b > l->a && (s[b - 1] == ' ' || s[b - 1] == '.'))
		b--;
	if (b == l->a || s[b - 1] != ')')
		return 0;
	for (o = b - 1; o > l->a && s[o - 1] != '('; o--)
		;
	if (o == l->a || outlets_lookup(p->outlets, s + o, b - 1 - o) == NULL)
		return 0;
	for (pe = l->a; pe < o - 1 && s[pe] != ',' && s[pe] != '('; pe++)
		if (isdigit((unsigned char)s[pe]))
			return 0;
	for (c = pe; c > l->a && s[c - 1] == ' '; c--)
		;
	if (c == l->a || span_first_case(s, l->a, c) != 1 ||
	    span_words(s, l->a, c) > 4 || outlets_lookup(p->outlets,
	    s + l->a, c - l->a) != NULL || span_word_in(s + l->a, c - l->a,
	    not_places, PX_NITEMS(not_places)))
		return 0;
	for (i = l->a; i < c; i++)
		if ((unsigned char)s[i] < 0x80 &&
		    !isalpha((unsigned char)s[i]) &&
		    strchr(" -.'", s[i]) == NULL)
			return 0;
	if (p->date_place == NULL &&
	    (p->date_place = span_title_case(s + l->a, c - l->a)) == NULL)
		return -1;
	return 1;
}

/*
 * "ANKARA" on a line of its own between the headline and the text: a
 * place in capitals (one to three words of letters, no section name, no
 * outlet, no label, month or weekday) is the dateline when the text opens
 * with none.  Returns -1 when out of memory.
 */
static int
lone_place(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 i, e;

	if (p->date_place != NULL || l->punct || l->words > 3 ||
	    !span_all_caps(s, l->a, l->b))
		return 0;
	for (i = l->a; i < l->b; i++)
		if ((unsigned char)s[i] < 0x80 &&
		    !isupper((unsigned char)s[i]) &&
		    strchr(" -.'", s[i]) == NULL)
			return 0;
	if (furniture_is_section(p->furniture, s + l->a, l->b - l->a) ||
	    outlets_lookup(p->outlets, s + l->a, l->b - l->a) != NULL ||
	    span_word_in(s + l->a, l->b - l->a, not_places,
	    PX_NITEMS(not_places)) || dates_weekday(s + l->a, l->b - l->a) ||
	    dates_month_at(s, l->b, l->a, &e) != 0)
		return 0;
	return (p->date_place = span_title_case(s + l->a,
	    l->b - l->a)) == NULL ? -1 : 0;
}

/*
 * "ANKARA, Turkey" on a line of its own between the headline and the
 * text: a place in capitals as lone_place() takes it, a comma, then a
 * region or country of one to three capitalised words ("DR Congo",
 * "Ill.").  Returns 1 with the place kept as the dateline (when the text
 * opens with none), 0 when the line is no such place, -1 when out of
 * memory.
 */
static int
place_region(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s, *comma;
	struct line	 place;
	size_t		 i, words = 0;

	if (l->punct || l->words > 5 || p->date_place != NULL ||
	    (comma = memchr(s + l->a, ',', l->b - l->a)) == NULL)
		return 0;
	for (i = span_skip_sp(s, l->b, (size_t)(comma - s) + 1); i < l->b;
	    i = span_skip_sp(s, l->b, i)) {
		if (!isupper((unsigned char)s[i]) || ++words > 3)
			return 0;
		for (; i < l->b && s[i] != ' '; i++)
			if (!isalpha((unsigned char)s[i]) && s[i] != '.' &&
			    s[i] != '-' && (unsigned char)s[i] < 0x80)
				return 0;
	}
	place = *l;
	place.b = (size_t)(comma - s);
	place.words = span_words(s, place.a, place.b);
	if (words == 0 || lone_place(p, &place) != 0)
		return words == 0 ? 0 : -1;
	return p->date_place != NULL;
}

/*
 * "Dhaka:" on a line of its own between the headline and the text: a
 * place of one to three capitalised words of letters, then a colon (no
 * label, section name, outlet, month or weekday), is the dateline when
 * the text opens with none.  Returns 1 when the line is one, 0 when not,
 * -1 when out of memory.
 */
static int
colon_place(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 b = l->b - 1, i, e;

	if (l->b - l->a < 3 || s[b] != ':' || l->words > 3)
		return 0;
	for (i = l->a; i < b; i = span_skip_sp(s, b, e)) {
		if (span_first_case(s, i, b) != 1 || dates_month_at(s, b, i,
		    &e) != 0)
			return 0;
		for (e = i; e < b && s[e] != ' '; e++)
			if ((unsigned char)s[e] < 0x80 &&
			    !isalpha((unsigned char)s[e]) &&
			    strchr("-.'", s[e]) == NULL)
				return 0;
		if (dates_weekday(s + i, e - i))
			return 0;
	}
	if (furniture_is_section(p->furniture, s + l->a, b - l->a) ||
	    outlets_lookup(p->outlets, s + l->a, b - l->a) != NULL ||
	    span_word_in(s + l->a, b - l->a, not_places,
	    PX_NITEMS(not_places)) || furniture_match(p->furniture, s + l->a,
	    l->b - l->a) != FURNITURE_NONE)
		return 0;
	if (p->date_place == NULL &&
	    (p->date_place = span_title_case(s + l->a, b - l->a)) == NULL)
		return -1;
	return 1;
}

/* Is the word w[0, n) in s[a, b) (any case, as a whole word)? */
static int
word_within(const char *s, size_t a, size_t b, const char *w, size_t n)
{
	size_t	i;

	for (i = a; i + n <= b; i++)
		if ((i == a || !isalpha((unsigned char)s[i - 1])) &&
		    strncasecmp(s + i, w, n) == 0 && (i + n == b ||
		    !isalpha((unsigned char)s[i + n])))
			return 1;
	return 0;
}

/*
 * "Jo Ann Lee" right above the text, below the headline: a line of three
 * or four capitalised words of letters (no section name, outlet, month or
 * weekday among them, none of its longer words in the lead: "Storm Hits
 * Harbour" over a lead about the storm is a kicker) over the lead
 * paragraph is the author's name, a byline without "By".  Two words are a
 * tag anyway.
 */
static int
name_line(const struct parse *p, size_t i)
{
	const char		*s = p->t->s;
	const struct line	*l = &p->lines[i], *next;
	size_t			 k, e;

	if (l->punct || l->words < 3 || l->words > 4 || i + 1 >= p->nlines)
		return 0;
	next = &p->lines[i + 1];
	if (!next->punct || next->words < 8 ||
	    furniture_is_section(p->furniture, s + l->a, l->b - l->a))
		return 0;
	for (k = l->a; k < l->b; k = span_skip_sp(s, l->b, e)) {
		if (!isupper((unsigned char)s[k]) || dates_month_at(s, l->b, k,
		    &e) || outlets_match(p->outlets, s, l->b, k, &e) != NULL)
			return 0;
		for (e = k; e < l->b && s[e] != ' '; e++)
			if (!isalpha((unsigned char)s[e]) && s[e] != '-' &&
			    s[e] != '\'' && (unsigned char)s[e] < 0x80)
				return 0;
		if (e - k > 12 || dates_weekday(s + k, e - k) ||
		    furniture_is_section(p->furniture, s + k, e - k) ||
		    (e - k > 3 && word_within(s, next->a, next->b, s + k,
		    e - k)))
			return 0;
	}
	return 1;
}

/*
 * "3/5 Rescuers at the site. (Agency)": the counter of a photo gallery's
 * caption, "n/N " with 1 <= n <= N; returns N, or 0.
 */
static int
gallery_count(const char *s, const struct line *l)
{
	size_t	e;
	int	n, total;

	if ((n = dates_number_at(s, l->b, l->a, 2, &e)) < 1 || e >= l->b ||
	    s[e] != '/' || (total = dates_number_at(s, l->b, e + 1, 2,
	    &e)) < 2 || n > total || e >= l->b || s[e] != ' ')
		return 0;
	return total;
}

/*
 * A run of gallery captions ("1/4 ...", "2/4 ...") is furniture: a line
 * with the counter whose neighbour has one with the same total.
 */
static int
gallery_caption(const struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 i = (size_t)(l - p->lines);
	int		 total;

	if ((total = gallery_count(s, l)) == 0)
		return 0;
	return (i > 0 && gallery_count(s, &p->lines[i - 1]) == total) ||
	    (i + 1 < p->nlines && gallery_count(s, &p->lines[i + 1]) ==
	    total);
}

/*
 * "The X Agency website carries only part of the service offered to
 * subscribers": below the text, a line that opens with a known outlet's
 * name and its website and speaks of subscribers is the outlet's notice
 * about its own site; so is one that opens with the name and gives a web
 * address ("X Agency provides news ... via www.x.example").
 */
static int
site_notice(struct parse *p, const struct line *l)
{
	static const char *const site[] = { "website", "site", "portal",
	    "web", "app" };
	const char	*s = p->t->s;
	size_t		 i = l->a, e, k;

	if (strncmp(s + i, "The ", 4) == 0)
		i += 4;
	if (outlets_match(p->outlets, s, l->b, i, &e) == NULL)
		return 0;
	for (k = e; k + 4 <= l->b; k++)
		if (strncasecmp(s + k, "www.", 4) == 0 && (k == e ||
		    s[k - 1] == ' '))
			return 1;
	i = span_skip_sp(s, l->b, e);
	for (e = i; e < l->b && isalpha((unsigned char)s[e]); e++)
		;
	if (e == i || !span_word_in(s + i, e - i, site, PX_NITEMS(site)))
		return 0;
	for (k = e; k + 10 <= l->b; k++)
		if (strncasecmp(s + k, "subscriber", 10) == 0)
			return 1;
	return 0;
}

/* Is the line an item of a menu run with items right above and below? */
static int
inside_menu(const struct parse *p, const struct line *l)
{
	size_t	i = (size_t)(l - p->lines);

	return l->inrun && i > 0 && i + 1 < p->nlines && l[-1].inrun &&
	    l[1].inrun && newlines(p, &l[-1], l) == 1 &&
	    newlines(p, l, &l[1]) == 1;
}

/*
 * "This live page is now closed. You can read more here.", "Were you
 * there? You can contact us by email.": a short line (up to NOTICE_WORDS
 * words) of two or three sentences is furniture as a whole when its first
 * sentence is, or when one is and the others are questions (an appeal to
 * readers): the notice's other sentence belongs to it, and is no
 * sentence of the article.  A paragraph that ends with a credit
 * ("... officials said. (With inputs from agencies)") keeps its text.
 */
static int
notice_line(struct parse *p, const struct line *l)
{
	struct sentence_span	*sp = NULL;
	const char		*s = p->t->s;
	size_t			 n = 0, i, a, b;
	int			 notice = 0, other = 0;

	if (!l->punct || l->words < 3 || l->words > NOTICE_WORDS ||
	    sentence_split(s + l->a, l->b - l->a, p->abbrevs, &sp, &n,
	    NULL) != 0)
		return 0;
	for (i = 0; n >= 2 && n <= 3 && i < n; i++) {
		a = l->a + sp[i].start;
		b = l->a + sp[i].end;
		while (b > a && s[b - 1] == ' ')
			b--;
		if (furniture_match(p->furniture, s + a, b - a) !=
		    FURNITURE_NONE && s[a] != '(') {
			if (i == 0)
				notice = 2;
			else if (notice == 0)
				notice = 1;
		} else if (b == a || s[b - 1] != '?')
			other = 1;
	}
	free(sp);
	return n >= 2 && n <= 3 && (notice == 2 || (notice && !other));
}

/*
 * "Editors recommend", "Daily Post recommends": a short line (two to four
 * words, capitalised) ending with a verb of recommending heads links to
 * other stories, as "Related Stories" does; so does one of up to six
 * words opening "More from", "More on", "Latest from" ("More from Daily
 * Post", "More on Storm Kamala").
 */
static int
links_heading(const char *s, const struct line *l)
{
	static const char *const verbs[] = { "recommends", "recommend",
	    "suggests", "picks" };
	static const char *const opens[] = { "More from ", "More on ",
	    "Latest from ", "MORE FROM ", "MORE ON " };
	size_t	k, n;

	if (l->punct || l->words < 2 || l->words > 6 ||
	    !isupper((unsigned char)s[l->a]))
		return 0;
	for (k = 0; k < PX_NITEMS(opens); k++) {
		n = strlen(opens[k]);
		if (l->b - l->a > n && memcmp(s + l->a, opens[k], n) == 0 &&
		    isupper((unsigned char)s[l->a + n]))
			return 1;
	}
	if (l->words > 4)
		return 0;
	for (k = l->b; k > l->a && s[k - 1] != ' '; k--)
		;
	return span_word_in(s + k, l->b - k, verbs, PX_NITEMS(verbs));
}

/*
 * "November 21, 2026, 08:12 A.M.", "21 Nov 2026 \u2013 14:05 p.m.": a
 * line that is only a date and a time, whose time ends with an
 * abbreviation's full stop, is a time stamp like the lines dates_line()
 * reads.
 */
static int
date_time(const char *s, const struct line *l)
{
	static const char *const ampm[] = { "a.m.", "p.m.", "am.", "pm." };
	char	iso[11];
	size_t	ds, de, i, k, e;

	if (l->words > 8 || !dates_find(s, l->a, l->b, iso, &ds, &de) ||
	    ds != l->a)
		return 0;
	for (i = de; i < l->b && (s[i] == ',' || s[i] == ' ' || span_dash_at(s,
	    l->b, i)); i += span_dash_at(s, l->b, i) ? span_dash_at(s, l->b,
	    i) : 1)
		;
	for (k = i; k < l->b && isdigit((unsigned char)s[k]); k++)
		;
	if (k == i || k - i > 2 || k + 3 > l->b || (s[k] != ':' &&
	    s[k] != '.') || !isdigit((unsigned char)s[k + 1]) ||
	    !isdigit((unsigned char)s[k + 2]))
		return 0;
	e = span_skip_sp(s, l->b, k + 3);
	return e < l->b && span_word_in(s + e, l->b - e, ampm, PX_NITEMS(ampm));
}

/*
 * "AZ RU EN", "EN | FR | ES": a line of two to eight language codes (two
 * capital letters each, between spaces or bars) is a language switcher.
 */
static int
languages(const char *s, const struct line *l)
{
	size_t	i, codes = 0;

	for (i = l->a; i < l->b;) {
		if (s[i] == ' ' || s[i] == '|') {
			i++;
			continue;
		}
		if (i + 2 > l->b || !isupper((unsigned char)s[i]) ||
		    !isupper((unsigned char)s[i + 1]) || (i + 2 < l->b &&
		    s[i + 2] != ' ' && s[i + 2] != '|') || ++codes > 8)
			return 0;
		i += 2;
	}
	return codes >= 2;
}

/*
 * What a line is when it is not content: printed date, embedded post
 * attribution, furniture, credit, site name, byline, navigation, or a
 * line the database keeps seeing.  Records what it learns on the way.
 */
static int
furniture_kind(struct parse *p, struct line *l, size_t nonblank,
    int seen_content, int titled, enum line_kind *kind)
{
	const char	*s = p->t->s, *known;
	char		 iso[11], *name;
	size_t		 j;
	int		 m;
	enum furniture_kind fk;

	*kind = L_CONTENT;
	p->heading = 0;
	p->ends = 0;
	p->bylined = 0;
	if ((m = meta_line(p, s, l->a, l->b, nonblank <= TOP_LINES)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	} else if ((m = stamp_bar(p, l, nonblank <= TOP_LINES)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	} else if (nonblank <= TOP_LINES && dates_short(s, l, iso, &m)) {
		/* the page date unless a full one is printed */
		*kind = L_DATE;
		if (p->short_date[0] == '\0') {
			memcpy(p->short_date, iso, sizeof p->short_date);
			p->short_ambig = m;
		}
	} else if (dates_line(s, l->a, l->b, iso)) {
		*kind = L_DATE;
		if (p->art->date == NULL && nonblank <= TOP_LINES &&
		    iso[0] != '\0' && (p->art->date = util_strdup(iso)) == NULL)
			return -1;
		if (nonblank <= TOP_LINES && date_place(p, l) != 0)
			return -1;
	} else if (social_line(s, l->a, l->b)) {
		*kind = L_SOCIAL;
		if (p->social_date == NULL &&
		    dates_find(s, l->a, l->b, iso, &j, &j) &&
		    (p->social_date = util_strdup(iso)) == NULL)
			return -1;
	} else if ((m = address_line(p, l, !seen_content &&
	    nonblank <= TOP_LINES)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	} else if ((fk = furniture_match(p->furniture, s + l->a,
	    l->b - l->a)) == FURNITURE_SUFFIX && outlets_credit_line(
	    p->outlets, s + l->a, l->b - l->a, &name)) {
		/* "Reuters contributed to this report." */
		*kind = L_CREDIT;
		if (take_credit(p, name) != 0)
			return -1;
	} else if (fk != FURNITURE_NONE || breadcrumb(p, s, l) ||
	    navigation(p, s, l) || time_stamp(s, l) || notice_line(p, l) ||
	    links_heading(s, l) || date_time(s, l) || languages(s, l) ||
	    photo_caption(s, l->a, l->b) || photo_credit(p, s, l->a, l->b) ||
	    credited_caption(p, s, l) || dated_caption(s, l) ||
	    bracket_credit(p, s, l)) {
		*kind = L_FURNITURE;
		p->heading = fk == FURNITURE_HEADING || links_heading(s, l);
		p->ends = fk == FURNITURE_END;
		/* the last copyright line: footers come after photo credits */
		if ((name = copyright_owner(p, s, l->a, l->b)) != NULL) {
			free(p->copyright);
			p->copyright = name;
		}
	} else if ((m = byline(p, s, l, titled)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
		p->bylined = 1;
		if (take_credit(p, byline_outlet(p, s, l)) != 0 ||
		    byline_place(p, s, l) != 0)
			return -1;
	} else if (relative_time(s, l)) {
		*kind = L_FURNITURE;
	} else if (gallery_caption(p, l) || (seen_content &&
	    site_notice(p, l))) {
		*kind = L_FURNITURE;
	} else if ((m = bare_dateline(p, l)) != 0 ||
	    (m = lone_dateline(p, l)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	} else if ((m = follow_line(p, s, l, &name)) != 0) {
		*kind = L_FURNITURE;
		if (p->follow == NULL)
			p->follow = name;
		else
			free(name);
	} else if ((m = material_line(p, s, l)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	} else if (seen_content && (m = agency_list(p, l)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	}
	else if (!seen_content && inside_menu(p, l) && outlets_lookup(
	    p->outlets, s + l->a, l->b - l->a) != NULL) {
		/* "Gulf News" between "World" and "Business": a section, no
		 * credit (a masthead opens or closes the menu) */
		*kind = L_FURNITURE;
	} else if (outlets_credit_line(p->outlets, s + l->a, l->b - l->a,
	    &name)) {
		*kind = L_CREDIT;
		/* "Reuters" alone on its line (not "Source: Reuters") */
		m = p->credit == NULL && outlets_lookup(p->outlets, s + l->a,
		    l->b - l->a) != NULL;
		if (credit_cites(p, l, name) != 0 || take_credit(p, name) != 0)
			return -1;
		p->credit_bare = m && p->credit != NULL;
		/* "Source: X| 2025-06-01 09:10|Editor: Y": the page date */
		if (p->art->date == NULL && nonblank <= TOP_LINES &&
		    dates_find(s, l->a, l->b, iso, &j, &j) &&
		    (p->art->date = util_strdup(iso)) == NULL)
			return -1;
	} else if (!seen_content && nonblank <= 3 && !l->punct &&
	    outlets_masthead(p->outlets, s + l->a, l->b - l->a, &known)) {
		/* "TASS Russian News Agency", "News agency" */
		*kind = L_SITE;
		if (p->site == NULL && known != NULL &&
		    (p->site = util_strdup(known)) == NULL)
			return -1;
	} else if (!seen_content && nonblank <= 3 && !l->punct &&
	    !spaced_menu(p, l) &&
	    (name = site_line(p, s, l->a, l->b, l->words)) != NULL) {
		*kind = L_SITE;
		if (p->site == NULL)
			p->site = name;
		else
			free(name);
	}
	return 0;
}

/* Is a line above line i the title? */
static int
titled_above(const struct parse *p, size_t i)
{
	while (i-- > 0)
		if (p->lines[i].kind == L_TITLE)
			return 1;
	return 0;
}

/* Does the paragraph open with a full date ("March 4, 2026 (CITY) -")? */
static int
dated_lede(const struct parse *p, const struct line *l)
{
	size_t	e;
	int	y, m, d;

	return dates_at(p->t->s, l->b, l->a, &y, &m, &d, &e) && e < l->b &&
	    l->words >= 8;
}

/*
 * A line that reads like a headline but stands over the site's section
 * names or menu, with another headline below them, is the site's tagline
 * ("Exclusive news and analysis for professionals" over "World",
 * "Europe" and the story's headline).  Only lines of furniture, single
 * words and the items of a menu run (menu_runs(), however many) may stand
 * between; the headline below must not be this line's start (a title
 * with the site's name after it).  One section name alone may be a label
 * under the headline, over a standfirst: then the line below it must
 * have furniture under it (a byline, a date) to be the headline.  Some
 * sites put the lede, opening with its date, over the headline: a line
 * under the menu and over a lede that opens with a date, with a headline
 * right under it, is the tagline too, and that headline the title
 * (p->late_title).
 */
static int
tagline(struct parse *p, size_t i)
{
	const char	*s = p->t->s;
	struct line	*l;
	size_t		 j, n = 0, sections = 0;
	int		 menu = 0;

	for (j = i + 1; j < p->nlines && n < TOP_LINES; j++) {
		l = &p->lines[j];
		if (l->menu || l->inrun || spaced_menu(p, l)) {
			menu = 1;
			continue;
		}
		n++;
		/* the lede over the headline: "March 4, 2026 (CITY) - ..." */
		if (menu && l->punct && dated_lede(p, l) && j + 1 < p->nlines &&
		    !p->lines[j + 1].punct && headline(p, &p->lines[j + 1])) {
			p->late_title = j + 1;
			return 1;
		}
		if (navigation(p, s, l) || breadcrumb(p, s, l)) {
			menu = 1;
			continue;
		}
		if (furniture_is_section(p->furniture, s + l->a, l->b - l->a)) {
			sections++;
			continue;
		}
		if (plain_furniture(p, l) || (!l->punct && l->words <= 1))
			continue;
		if ((!menu && sections == 0) || !headline(p, l))
			return 0;
		/* the headline again, the line over it with the site's name */
		if (l->b - l->a <= p->lines[i].b - p->lines[i].a &&
		    memcmp(s + l->a, s + p->lines[i].a, l->b - l->a) == 0)
			return 0;
		return menu || sections > 1 || (j + 1 < p->nlines &&
		    plain_furniture(p, &p->lines[j + 1]));
	}
	return 0;
}

/* Has s[a, b) letters, none of them in a script with case (Devanagari,
 * Hangul, Arabic, Han)? */
static int
uncased(const char *s, size_t a, size_t b)
{
	ucs4_t	c;
	int	k, letters = 0;

	while (a < b) {
		if ((k = u8_mbtoucr(&c, (const uint8_t *)s + a, b - a)) < 0)
			return 0;
		if (uc_is_upper(c) || uc_is_lower(c))
			return 0;
		if (uc_is_alpha(c))
			letters++;
		a += (size_t)k;
	}
	return letters > 0;
}

/*
 * A masthead in the outlet's own script over a text in Latin letters:
 * a top line in a script without case, unpunctuated, over a line with
 * capitals.  Returns 1 when the line is one, and 2 when the line right
 * under it (no blank line between: a short unpunctuated line of words)
 * is the name in Latin letters.
 */
static int
native_masthead(const struct parse *p, size_t i)
{
	const char		*s = p->t->s;
	const struct line	*l = &p->lines[i], *next;
	size_t			 k;

	if (l->punct || i + 1 >= p->nlines || !uncased(s, l->a, l->b))
		return 0;
	next = &p->lines[i + 1];
	if (span_first_case(s, next->a, next->b) != 1)
		return 0;
	if (next->punct || next->words > 5)
		return 1;
	for (k = next->a; k < next->b; k++)
		if (isdigit((unsigned char)s[k]))
			return 1;
	for (k = l->b; k < next->a; k++)
		if (s[k] == '\n' && memchr(s + k + 1, '\n', next->a - k - 1))
			return 1;
	return 2;
}

/*
 * "Talks on the venue": inside the text, a short line (three to eight
 * words) that opens with a capital and ends in a letter or digit, between
 * a paragraph that ends a sentence and one that opens with a capital and
 * ends one, is a subheading: furniture.  Shorter ones are tags anyway.
 */
static int
subheading(const struct parse *p, size_t i)
{
	const char		*s = p->t->s;
	const struct line	*l = &p->lines[i], *prev, *next;

	if (i == 0 || i + 1 >= p->nlines || l->punct || l->words < 3 ||
	    l->words > 8 || span_first_case(s, l->a, l->b) != 1 ||
	    !isalpha((unsigned char)s[l->a]) ||
	    !isalnum((unsigned char)s[l->b - 1]))
		return 0;
	prev = &p->lines[i - 1];
	next = &p->lines[i + 1];
	return prev->kind == L_CONTENT && prev->punct && next->punct &&
	    next->words > l->words && span_first_case(s, next->a, next->b) == 1;
}

/*
 * "By Jane Doe" then "Daily Post Media Group" right below it: a short line
 * (two to five words, capitalised but for "of", "and", "&"; no figure, no
 * punctuation) ending in a word that names a firm, under a byline with no
 * blank line between, is the byline's affiliation.  A place under the
 * byline ("New York") is left to be the dateline.
 */
static int
affiliation(const struct parse *p, size_t i, int bylined)
{
	static const char *const small[] = { "of", "and", "&", "the" };
	static const char *const firm[] = { "group", "media", "corporation",
	    "company", "holdings", "limited", "ltd", "inc", "network",
	    "newspapers", "publishing", "publications", "press", "agency",
	    "service", "services", "broadcasting", "communications", "news" };
	const char		*s = p->t->s;
	const struct line	*l = &p->lines[i];
	size_t			 k, e;

	if (!bylined || i == 0 || l->punct || l->words < 2 || l->words > 5 ||
	    newlines(p, &p->lines[i - 1], l) > 1)
		return 0;
	for (k = l->b; k > l->a && s[k - 1] != ' '; k--)
		;
	if (!span_word_in(s + k, l->b - k, firm, PX_NITEMS(firm)))
		return 0;
	for (k = l->a; k < l->b; k = span_skip_sp(s, l->b, e)) {
		for (e = k; e < l->b && s[e] != ' '; e++)
			if (isdigit((unsigned char)s[e]) || s[e] == ',' ||
			    s[e] == ':' || s[e] == '.')
				return 0;
		if (!isupper((unsigned char)s[k]) && !span_word_in(s + k, e - k,
		    small, PX_NITEMS(small)))
			return 0;
	}
	return 1;
}

/*
 * "Kenya floods: Why is it raining so much?": under a heading of links,
 * a question shaped as a headline (one sentence of at most 14 words,
 * opening with a capital, no quotation) is a link like the lines without
 * punctuation around it.
 */
static int
linked_question(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;

	return l->b > l->a && s[l->b - 1] == '?' && l->words <= 14 &&
	    isupper((unsigned char)s[l->a]) && memchr(s + l->a, '"',
	    l->b - l->a) == NULL && !several_sentences(p, l->a, l->b);
}

/*
 * "Residents search the village, on November 18, 2026.": between the
 * headline and the text, a line of a caption's shape that ends with a full
 * date and its year, then a full stop, is a photo caption (a text names
 * its day without the year).
 */
static int
lead_caption(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	char		 iso[11];
	size_t		 ds, de, k, b = l->b;

	if (l->words < 4 || s[b - 1] != '.' || !isupper((unsigned char)
	    s[l->a]))
		return 0;
	for (k = b - 1; k > l->a && isdigit((unsigned char)s[k - 1]); k--)
		;
	if (b - 1 - k != 4 || !caption_shape(p, l))
		return 0;
	for (k = l->a; k < b && dates_find(s, k, b - 1, iso, &ds, &de);
	    k = de)
		if (de == b - 1)
			return 1;
	return 0;
}

/*
 * "Deadly floods hit the capital" after the last paragraph: below the
 * text, content lines shaped as headlines (opening with a capital
 * letter, at most 14 words, no sentence punctuation) are links to other
 * stories, when the text has at least two paragraphs that end a sentence;
 * a list ("- 34 dead") stays.
 */
static void
trailing_links(struct parse *p)
{
	const char	*s = p->t->s;
	struct line	*l;
	size_t		 i, last = 0, paras = 0;

	for (i = 0; i < p->nlines; i++) {
		if (p->lines[i].kind == L_CONTENT && p->lines[i].punct) {
			last = i;
			paras++;
		}
	}
	if (paras < 2)
		return;
	for (i = last + 1; i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->kind == L_CONTENT && l->words <= 14 &&
		    isupper((unsigned char)s[l->a]) && !l->punct)
			l->kind = L_FURNITURE;
	}
}

/* A menu column's item: one to MENU_ITEM_WORDS words, capitalised, no
 * figure, colon or sentence punctuation. */
static int
menu_item(const struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 k;

	if (l->punct || l->words == 0 || l->words > MENU_ITEM_WORDS ||
	    span_first_case(s, l->a, l->b) != 1)
		return 0;
	for (k = l->a; k < l->b; k++)
		if (isdigit((unsigned char)s[k]) || strchr(":,;?!\"", s[k]) !=
		    NULL)
			return 0;
	return 1;
}

/* Has s[a, b) a digit? */
static int
figure_in(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (isdigit((unsigned char)s[a]))
			return 1;
	return 0;
}

/* Is s[l->a, e) a line of its own a little further down? */
static int
repeated_below(const struct parse *p, const struct line *l, size_t e)
{
	const struct line	*x;
	size_t			 i = (size_t)(l - p->lines) + 1;

	for (; i < p->nlines && i <= (size_t)(l - p->lines) + 4 * TOP_LINES;
	    i++) {
		x = &p->lines[i];
		if (x->b - x->a == e - l->a &&
		    memcmp(p->t->s + x->a, p->t->s + l->a, e - l->a) == 0)
			return 1;
	}
	return 0;
}

/*
 * "Home", "Politics", "Diplomacy", "War On Terror", "Business": a column
 * of MENU_RUN or more items (menu_item()), one a line with no blank line
 * between, most of one or two words, is a menu.  An item of three or four
 * words is marked only between two of one or two words, so a short
 * headline at the column's end, over a byline, stays, or first above
 * the text over one of one or two words (not the page's first line, not
 * repeated below: no headline).  Above the text,
 * an unpunctuated line of three words or more right over the column
 * (no blank line between) is the site's tagline ("Exclusive news and
 * analysis for professionals" over "World", "Business" ...), unless it
 * is the first line, has a bar ("Headline | Site") or a figure (a
 * headline's toll over a kicker and a byline) or is repeated below (the
 * headline).
 */
static void
menu_columns(struct parse *p)
{
	struct line	*l;
	size_t		 i, j, k, shortn, from = 0;
	int		 text = 0;

	for (i = 0; i < p->nlines; i = j) {
		for (; from < i; from++)
			if (p->lines[from].punct && p->lines[from].words >= 8)
				text = 1;
		for (j = i; j < p->nlines && menu_item(p, &p->lines[j]) &&
		    (j == i || newlines(p, &p->lines[j - 1], &p->lines[j]) ==
		    1); j++)
			;
		if (j == i) {
			j++;
			continue;
		}
		for (k = i, shortn = 0; k < j; k++)
			shortn += p->lines[k].words <= 2;
		if (j - i < MENU_RUN || shortn * 2 < j - i)
			continue;
		for (k = i; k < j; k++) {
			l = &p->lines[k];
			l->menu = l->words <= 2 || (k > i && k + 1 < j &&
			    p->lines[k - 1].words <= 2 &&
			    p->lines[k + 1].words <= 2);
		}
		/* its first item above the text, over a short one: "Ministry
		 * of Information" over "Home" */
		l = &p->lines[i];
		if (!l->menu && i > 0 && !text && l[1].words <= 2 &&
		    !repeated_below(p, l, l->b))
			l->menu = 1;
		/* the site's tagline right over the column, above the text */
		l = &p->lines[i];
		if (i > 1 && !text && l->menu && !l[-1].punct &&
		    l[-1].words >= 3 && newlines(p, &l[-1], l) == 1 &&
		    memchr(p->t->s + l[-1].a, '|', l[-1].b - l[-1].a) == NULL &&
		    !figure_in(p->t->s, l[-1].a, l[-1].b) &&
		    !repeated_below(p, &l[-1], l[-1].b))
			l[-1].menu = 1;
	}
}

/*
 * "Home", "World", "Climate Crisis", "Sign in" one under the other: a
 * short line (one to MENU_ITEM_WORDS words, no figure, comma, colon or
 * sentence punctuation, no "By") is an item of a menu when at least
 * MENU_ROWS such lines follow each other with no blank line between.
 * Marks l->inrun; one pass over the lines.
 */
static void
menu_runs(struct parse *p)
{
	const char	*s = p->t->s;
	struct line	*l;
	size_t		 i, k, start = 0, run = 0;
	int		 item;

	for (i = 0; i <= p->nlines; i++) {
		item = 0;
		if (i < p->nlines) {
			l = &p->lines[i];
			item = !l->punct && l->words >= 1 &&
			    l->words <= MENU_ITEM_WORDS &&
			    strncasecmp(s + l->a, "by ", 3) != 0;
			for (k = l->a; item && k < l->b; k++)
				if (isdigit((unsigned char)s[k]) ||
				    s[k] == ',' || s[k] == ':')
					item = 0;
		}
		if (item && run > 0 && newlines(p, &p->lines[i - 1],
		    &p->lines[i]) == 1) {
			run++;
			continue;
		}
		/* an item of three or four words only between two of one or
		 * two: a short headline at the run's end stays */
		if (run >= MENU_ROWS)
			for (k = start; k < start + run; k++)
				p->lines[k].inrun = p->lines[k].words <= 2 ||
				    (k > start && k + 1 < start + run &&
				    p->lines[k - 1].words <= 2 &&
				    p->lines[k + 1].words <= 2);
		start = i;
		run = item;
	}
}

/*
 * "This page has been automatically translated from Spanish", "(translated
 * from Russian)", "Machine translation": a short line (at most 16 words)
 * saying the page is a translation, from a language (a capitalised word)
 * or by a machine.
 */
static int
translation_notice(const struct parse *p, const struct line *l)
{
	static const char *const machine[] = { "machine-translated",
	    "machine translated", "automatically translated",
	    "machine translation", "automatic translation",
	    "traduzida automaticamente", "traduzido automaticamente",
	    "traducida autom\xc3\xa1ticamente",
	    "traducido autom\xc3\xa1ticamente", "traduit automatiquement",
	    "traduite automatiquement", "tradotto automaticamente",
	    "tradotta automaticamente", "automatisch \303\274bersetzt",
	    "automatisch vertaald" };
	static const char	 w[] = "translated from ";
	const char		*s = p->t->s;
	size_t			 k, i, n = sizeof w - 1, m;

	if (l->words > 16)
		return 0;
	for (k = l->a; k + n < l->b; k++) {
		if (k > l->a && isalpha((unsigned char)s[k - 1]))
			continue;
		if (strncasecmp(s + k, w, n) == 0 &&
		    isupper((unsigned char)s[k + n]))
			return 1;
		for (i = 0; i < PX_NITEMS(machine); i++) {
			m = strlen(machine[i]);
			if (k + m <= l->b && strncasecmp(s + k, machine[i],
			    m) == 0 && (k + m == l->b || !isalpha(
			    (unsigned char)s[k + m])))
				return 1;
		}
	}
	return 0;
}

/* How many of the words of list s[a, b) has. */
static size_t
words_of(const char *s, size_t a, size_t b, const char *const *list,
    size_t nlist)
{
	size_t	i, e, n = 0;

	for (i = a; i < b; i = e) {
		while (i < b && !isalpha((unsigned char)s[i]))
			i++;
		for (e = i; e < b && isalpha((unsigned char)s[e]); e++)
			;
		if (e > i && (e == b || s[e] == ' ' || s[e] == ',') &&
		    span_word_in(s + i, e - i, list, nlist))
			n++;
	}
	return n;
}

/* How many of English's commonest short words s[a, b) has. */
static size_t
english_words(const char *s, size_t a, size_t b)
{
	static const char *const common[] = { "the", "a", "of", "to", "in",
	    "on", "for", "with", "and", "as", "at", "by", "from", "is", "are",
	    "will", "be", "says", "after", "over", "its", "their" };

	return words_of(s, a, b, common, PX_NITEMS(common));
}

/* How many short words of Spanish, Portuguese, French, German or Italian
 * that English has not s[a, b) has. */
static size_t
foreign_words(const char *s, size_t a, size_t b)
{
	static const char *const common[] = { "de", "del", "la", "el", "los",
	    "las", "y", "en", "un", "una", "por", "con", "para", "da", "do",
	    "dos", "das", "em", "e", "um", "le", "les", "des", "du", "et",
	    "der", "die", "und", "den", "dem", "im", "mit", "von",
	    "zu", "il", "di", "che", "per" };

	return words_of(s, a, b, common, PX_NITEMS(common));
}

/*
 * On a translated page, the headline in the original language stands right
 * over the translated one: a headline with another right under it (no
 * blank line between, not the same words, no sentence) is the original,
 * unless it has more of English's commonest words than the one below.  The
 * notice may stand between the two ("(Translated from German)").  On a
 * page that says nothing of a translation, the original needs two short
 * words of another language ("de", "der") and the one below none of them
 * and at least two of English's.
 */
static int
translated_over(struct parse *p, size_t i)
{
	const struct line	*l = &p->lines[i], *next;
	size_t			 mine, theirs;

	if (i + 1 >= p->nlines || !headline(p, l))
		return 0;
	next = &p->lines[i + 1];
	if (p->translated && translation_notice(p, next) && i + 2 <
	    p->nlines && newlines(p, next, &p->lines[i + 2]) == 1)
		next = &p->lines[i + 2];
	if (newlines(p, l, next) > 2 || next->punct || !headline(p, next) ||
	    same_line(p->t->s, l, next) || translation_notice(p, next) ||
	    plain_furniture(p, next))
		return 0;
	if (next == &p->lines[i + 1] && newlines(p, l, next) != 1)
		return 0;
	mine = english_words(p->t->s, l->a, l->b);
	theirs = english_words(p->t->s, next->a, next->b);
	if (!p->translated)
		return mine < theirs && theirs >= 2 && foreign_words(p->t->s,
		    l->a, l->b) >= 2 && foreign_words(p->t->s, next->a,
		    next->b) == 0;
	return mine <= theirs;
}

/*
 * The line under line i, past menus, single words and a notice of
 * translation between ("Subscribe   Sign in", "World | Asia | Sport",
 * "Indonesia"): its index, or nlines.
 */
static size_t
below_menus(const struct parse *p, size_t i)
{
	const struct line	*l;
	size_t			 j;

	for (j = i + 1; j < p->nlines && j < i + 6; j++) {
		l = &p->lines[j];
		if (l->menu || l->inrun || (!l->punct && l->words <= 1) ||
		    spaced_menu(p, l) || breadcrumb(p, p->t->s, l) ||
		    translation_notice(p, l))
			continue;
		return j;
	}
	return p->nlines;
}

/*
 * Classify every line, top to bottom.  The headline is the first line,
 * among the top ones and before any paragraph, that reads like one (no
 * sentence-final full stop) or is repeated just below, and is no tagline
 * over the site's sections.  Short lines
 * without sentence punctuation that are not the headline are tags.
 * Below the headline, the lines without sentence punctuation right after
 * a heading of furniture ("Related Stories", "Image caption") are
 * furniture: links to other stories, a caption.  Below the text, a line
 * that starts the comments ("12 comments") makes the rest furniture.
 * "Top" counts lines that are not furniture, so a long menu scraped
 * above the story does not push the headline and date out of reach; the
 * items of a menu run (menu_runs()) above the text are furniture, and so
 * is a notice that the page is a translation, whose original headline
 * over the translated one is no title (translated_over()).
 */
static int
classify(struct parse *p)
{
	const char	*s = p->t->s;
	struct line	*l;
	size_t		 i, j, nonblank = 0;
	int		 seen_content = 0, repeated, top, titled = 0;
	int		 run = 0, body = 0, ended = 0, lead = 0, named = 0;
	int		 bylined = 0;
	int		 m;
	long		 n;
	enum line_kind	 kind;

	menu_columns(p);
	menu_runs(p);
	for (i = 0; i < p->nlines && i < 5 * TOP_LINES; i++)
		if (translation_notice(p, &p->lines[i]))
			p->translated = 1;
	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (furniture_kind(p, l, nonblank + 1, seen_content, titled,
		    &kind) != 0)
			return -1;
		/* the headline under a lede that opens with its date */
		if (kind == L_CONTENT && !seen_content && l->punct &&
		    i + 1 < p->nlines && !p->lines[i + 1].punct &&
		    dated_lede(p, l) && headline(p, &p->lines[i + 1]) &&
		    !titled_above(p, i))
			p->late_title = i + 1;
		if (kind == L_CONTENT && i > 0 && i == p->late_title) {
			l->kind = L_TITLE;
			titled = 1;
			seen_content = 1;
			nonblank++;
			continue;
		}
		if (kind == L_CONTENT && (l->menu || spaced_menu(p, l)))
			kind = L_FURNITURE;
		/* a live page's entry: its heading under its time, "14:05
		 * GMT" over "Toll rises to 11" (the entry's text says it) */
		if (kind == L_CONTENT && !l->punct && i > 0 && l->words <= 14 &&
		    i + 1 < p->nlines && p->lines[i + 1].punct &&
		    time_stamp(s, &p->lines[i - 1]))
			kind = L_FURNITURE;
		/* a translation's notice; a menu over the text */
		if (kind == L_CONTENT && !body && (l->inrun ||
		    translation_notice(p, l)))
			kind = L_FURNITURE;
		/* "by HARBOUR DAILY WITH AFP", whatever else matched it */
		if (!body && (kind == L_CONTENT || kind == L_FURNITURE) &&
		    (m = byline_with(p, s, l)) != 0) {
			if (m < 0)
				return -1;
			kind = L_FURNITURE;
		}
		/* Below the text, a comments section: the rest is furniture
		 * (the names and words of readers). */
		if (p->ends && body)
			ended = 1;
		if (ended && kind == L_CONTENT) {
			l->kind = L_FURNITURE;
			continue;
		}
		/* "Dhaka:" over the text: its dateline */
		if (kind == L_CONTENT && titled && !body && i + 1 <
		    p->nlines && p->lines[i + 1].punct && (m = colon_place(p,
		    l)) != 0) {
			if (m < 0)
				return -1;
			kind = L_FURNITURE;
		}
		/* a byline's affiliation, a caption under its credit */
		if (kind == L_CONTENT && (affiliation(p, i, bylined) ||
		    (titled && caption_below(p, i)) || (titled && !body &&
		    lead_caption(p, l))))
			kind = L_FURNITURE;
		bylined = p->bylined;
		if (kind == L_CONTENT && run && (!l->punct ||
		    linked_question(p, l)))
			kind = L_FURNITURE;
		else if (kind == L_CONTENT)
			run = 0;
		if (kind == L_CONTENT && l->punct)
			body = 1;
		/* below the text, a section's name over links: "Europe" */
		if ((p->heading && (seen_content || titled)) || (body &&
		    kind == L_FURNITURE && furniture_is_section(p->furniture,
		    s + l->a, l->b - l->a)))
			run = 1;
		if (kind == L_CONTENT && lead && subheading(p, i))
			kind = L_FURNITURE;
		/* "Name/AP" under a caption: the caption */
		if (kind == L_FURNITURE && i > 0 && photo_credit(p, s, l->a,
		    l->b) && caption_above(p, i))
			p->lines[i - 1].kind = L_FURNITURE;
		if (kind != L_FURNITURE)
			nonblank++;
		if (kind == L_CONTENT && named) {
			/* the masthead's name in Latin letters */
			kind = L_SITE;
			if (p->site == NULL && (p->site = util_strndup(s + l->a,
			    l->b - l->a)) == NULL)
				return -1;
		}
		named = 0;
		if ((l->kind = kind) != L_CONTENT)
			continue;
		top = !seen_content && nonblank <= TOP_LINES;
		if (top && !lead && (m = native_masthead(p, i)) != 0) {
			l->kind = L_TAG;
			named = m == 2;
			continue;
		}
		if (!l->punct && (span_first_case(s, l->a, l->b) == -1 ||
		    l->words <= (top ? 1 : 2))) {
			l->kind = L_TAG;
			if (titled && !lead && i + 1 < p->nlines &&
			    p->lines[i + 1].punct && lone_place(p, l) != 0)
				return -1;
			continue;
		}
		if (titled && !body && name_line(p, i)) {
			l->kind = L_FURNITURE;
			continue;
		}
		if (titled && !body && i + 1 < p->nlines &&
		    p->lines[i + 1].punct && (m = place_region(p, l)) != 0) {
			if (m < 0)
				return -1;
			l->kind = L_FURNITURE;
			continue;
		}
		if ((top || (titled && !body)) && headline(p, l) &&
		    tagline(p, i)) {
			l->kind = L_FURNITURE;
			continue;
		}
		if (top && !titled && translated_over(p, i)) {
			l->kind = L_FURNITURE;	/* the original's headline */
			continue;
		}
		if (top) {
			repeated = 0;
			for (j = i + 1; j < p->nlines && j < i + 3; j++)
				if (same_line(s, l, &p->lines[j]))
					repeated = 1;
			if (headline(p, l) || (repeated &&
			    l->words <= TITLE_MAX_WORDS &&
			    l->b - l->a <= TITLE_MAX_BYTES)) {
				l->kind = L_TITLE;
				titled = 1;
			}
			/* A short line over a longer headline is a kicker or
			 * the site's name: "World Cup 2026" over the story. */
			if (l->kind == L_TITLE && !repeated && l->words <= 4 &&
			    (j = below_menus(p, i)) < p->nlines &&
			    headline(p, &p->lines[j]) &&
			    p->lines[j].words > l->words + 1 &&
			    !p->lines[j].punct &&
			    !plain_furniture(p, &p->lines[j])) {
				l->kind = L_TAG;
				continue;
			}
		}
		/*
		 * Lines many articles share are furniture (a site's name, its
		 * slogan); a headline needs many more, as the same story's
		 * headline is carried by several outlets.
		 */
		if ((n = ask_recurring(p, l)) >= (l->kind == L_TITLE ?
		    RECURRING_TITLE_MIN : RECURRING_MIN)) {
			l->kind = L_RECURRING;
			continue;
		}
		seen_content = 1;
		if (l->kind == L_CONTENT && l->punct)
			lead = 1;	/* the text has begun, not a deck */
	}
	trailing_links(p);
	/* A title-case headline that happens to end in a section name
	 * ("Protests Spread Across Asia") is the headline after all when
	 * nothing else is. */
	for (i = 0; i < p->nlines; i++)
		if (p->lines[i].kind == L_TITLE)
			return 0;
	for (i = 0; i < p->nlines && p->site != NULL &&
	    outlets_lookup(p->outlets, p->site, strlen(p->site)) == NULL; i++) {
		if (p->lines[i].kind == L_SITE) {
			p->lines[i].kind = L_TITLE;
			free(p->site);
			p->site = NULL;
			break;
		}
	}
	return 0;
}

/* --- dateline ---------------------------------------------------------- */

/* A point of the compass abbreviated before a region's name: "E" of "E
 * Nusa Tenggara", "NW" of "NW Province". */
static int
compass(const char *s, size_t len, size_t i)
{
	size_t	k;

	for (k = i; k < len && k < i + 2 && strchr("NSEW", s[k]) != NULL &&
	    s[k] != '\0'; k++)
		;
	return k > i && k + 1 < len && s[k] == ' ' &&
	    isupper((unsigned char)s[k + 1]);
}

/*
 * After "PLACE,": skip a region or country written in title case
 * ("HIROSHIMA, Japan (AP)", "SPRINGFIELD, Ill. (AP)", "KUPANG, E Nusa
 * Tenggara (ANTARA)", its point of the compass abbreviated) when what
 * follows still belongs to a dateline; returns where to go on from.
 */
static size_t
region(const char *s, size_t len, size_t i)
{
	size_t	r = i, e;
	int	words = 0, m;

	while (r + 1 < len && words < 3 && isupper((unsigned char)s[r]) &&
	    (islower((unsigned char)s[r + 1]) || compass(s, len, r))) {
		while (r < len && (isalpha((unsigned char)s[r]) ||
		    s[r] == '.'))
			r++;
		words++;
		if (r + 2 < len && s[r] == ' ' &&
		    isupper((unsigned char)s[r + 1]) &&
		    (islower((unsigned char)s[r + 2]) || compass(s, len,
		    r + 1)) && dates_month_at(s, len, r + 1, &e) == 0)
			r++;
		else
			break;
	}
	if (words == 0 || dates_month_at(s, len, i, &e) != 0)
		return i;
	e = span_skip_sp(s, len, r);
	if (e < len && s[e] == ',')
		return span_skip_sp(s, len, e + 1);
	m = e < len && (s[e] == '(' || s[e] == '/' || span_dash_at(s, len, e));
	return m ? e : i;
}

/*
 * "Salta (Argentina), Mar 4 (Agency).-": after a dateline's place, its
 * country in brackets (one to three capitalised words of letters) and a
 * comma.  Returns where the comma is, or 0.
 */
static size_t
bracketed_region(const char *s, size_t len, size_t i)
{
	size_t	k, words = 0;

	i = span_skip_sp(s, len, i);
	if (i >= len || s[i] != '(')
		return 0;
	for (k = i + 1; k < len && s[k] != ')'; k = span_skip_sp(s, len, k)) {
		if (!isupper((unsigned char)s[k]) || ++words > 3)
			return 0;
		for (; k < len && s[k] != ' ' && s[k] != ')'; k++)
			if (!isalpha((unsigned char)s[k]) && s[k] != '.' &&
			    s[k] != '-' && (unsigned char)s[k] < 0x80)
				return 0;
	}
	if (words == 0 || k >= len)
		return 0;
	k = span_skip_sp(s, len, k + 1);
	return k < len && s[k] == ',' ? k : 0;
}

/*
 * A dateline after the date: "March 3, 2026 (PORT SAID) - ...": the place
 * in brackets (letters, spaces, dots, hyphens; at most four words), then a
 * dash.  Returns 1 with the dateline (and the date, when the page has
 * none) recorded and l->body set, 0 when the line does not open so, -1.
 */
static int
dated_place(struct parse *p, struct line *l)
{
	const char	*s = p->t->s;
	size_t		 len = l->b, i, pa, pe, k;
	int		 y, m, d;
	char		 iso[11];

	if (!dates_at(s, len, l->a, &y, &m, &d, &i))
		return 0;
	i = span_skip_sp(s, len, i);
	if (i < len && s[i] == ',')
		i = span_skip_sp(s, len, i + 1);
	if (i >= len || s[i] != '(')
		return 0;
	pa = i + 1;
	for (pe = pa; pe < len && pe - pa < 40 && s[pe] != ')'; pe++)
		if ((unsigned char)s[pe] < 0x80 && !isalpha((unsigned char)
		    s[pe]) && strchr(" .-'", s[pe]) == NULL)
			return 0;
	if (pe >= len || s[pe] != ')' || pe == pa ||
	    span_first_case(s, pa, pe) != 1 || span_words(s, pa, pe) > 4 ||
	    outlets_lookup(p->outlets, s + pa, pe - pa) != NULL)
		return 0;
	i = span_skip_sp(s, len, pe + 1);
	if ((k = span_dash_at(s, len, i)) == 0)
		return 0;
	i = span_skip_sp(s, len, i + k);
	if (i >= len)
		return 0;
	if ((p->art->dateline = span_title_case(s + pa, pe - pa)) == NULL)
		return -1;
	snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
	if (p->art->date == NULL && (p->art->date = util_strdup(iso)) == NULL)
		return -1;
	l->body = i;
	return 1;
}

/*
 * "(CNN) \u2014 Russia launched ...": a known outlet in brackets and a
 * dash open the text without a place.  Returns 1 with the agency recorded
 * and l->body set, 0 when the line does not open so, -1.
 */
static int
agency_opener(struct parse *p, struct line *l)
{
	const char	*s = p->t->s, *known;
	size_t		 len = l->b, i, k;

	if (s[l->a] != '(')
		return 0;
	for (i = l->a + 1; i < len && i - l->a < 40 && s[i] != ')'; i++)
		;
	if (i >= len || s[i] != ')' || (known = outlets_lookup(p->outlets,
	    s + l->a + 1, i - l->a - 1)) == NULL)
		return 0;
	i = span_skip_sp(s, len, i + 1);
	if ((k = span_dash_at(s, len, i)) == 0)
		return 0;
	while ((k = span_dash_at(s, len, i)) != 0)
		i += k;
	i = span_skip_sp(s, len, i);
	if (i >= len || span_first_case(s, i, len) != 1)
		return 0;
	if (p->dl_agency == NULL && (p->dl_agency = util_strdup(known)) ==
	    NULL)
		return -1;
	l->body = i;
	return 1;
}

/* s[a, b) is a month and a day, or a day and a month ("Nov 21",
 * "21 November"), perhaps with the year. */
static int
paren_date(const char *s, size_t a, size_t b)
{
	size_t	e;
	int	y, m, d;

	if (dates_at(s, b, a, &y, &m, &d, &e) && e == b)
		return 1;
	if (dates_month_at(s, b, a, &e) != 0)
		return dates_number_at(s, b, span_skip_sp(s, b, e), 2,
		    &e) > 0 && e == b;
	return dates_number_at(s, b, a, 2, &e) > 0 && dates_month_at(s, b,
	    span_skip_sp(s, b, e), &e) != 0 && e == b;
}

/*
 * The dateline at the start of a content line: "New Delhi:",
 * "ISTANBUL. March 29 -", "Beirut, MINA -", "KYIV, Feb 25 (Reuters) -",
 * "Lima (Peru), May 4 (Agency).-",
 * "Kyiv, 4 May (Agency) -", "Goma, 4.5.2026 -" (a date with its year is
 * the page date when there is none), "TAWAU (Mar 3):" (a date in
 * brackets is no agency), "March 3, 2026 (PORT SAID) -",
 * "(Agency) -".  Dashes after it may be doubled ("--").
 */
static int
dateline(struct parse *p, struct line *l)
{
	const char	*s = p->t->s;
	size_t		 len = l->b, i = l->a, pe, words = 0, k;
	size_t		 ag = 0, age = 0;
	size_t		 e;
	int		 caps, y, m, d, ok = 0, dated = 0;
	const char	*known;
	char		 iso[11] = "";

	if ((ok = dated_place(p, l)) != 0)
		return ok < 0 ? -1 : 0;
	if ((ok = agency_opener(p, l)) != 0)
		return ok < 0 ? -1 : 0;
	/* Place: up to four capitalised words. */
	while (i < len && words < 4) {
		if (span_first_case(s, i, i + 4 < len ? i + 4 : len) != 1 ||
		    !(isupper((unsigned char)s[i]) ||
		    (unsigned char)s[i] >= 0x80))
			break;
		while (i < len && s[i] != ' ' && s[i] != ',' && s[i] != ':' &&
		    s[i] != '(' && !(s[i] == '.' && (i + 1 == len ||
		    s[i + 1] == ' ')))
			i++;
		words++;
		if (i + 1 < len && s[i] == ' ' && span_first_case(s, i + 1,
		    len) == 1 && span_dash_at(s, len, i + 1) == 0 &&
		    s[i + 1] != '(')
			i++;
		else
			break;
	}
	pe = i;
	if (words == 0 || pe == l->a)
		return 0;
	/* "Q&A:", "G7:" are not places. */
	for (i = l->a; i < pe; i++)
		if (!isalpha((unsigned char)s[i]) &&
		    (unsigned char)s[i] < 0x80 && strchr(" -.'", s[i]) == NULL)
			return 0;
	caps = span_all_caps(s, l->a, pe);
	if (span_word_in(s + l->a, pe - l->a, not_places,
	    PX_NITEMS(not_places)))
		return 0;
	if (pe < len && s[pe] == ':') {
		/* "New Delhi: ..." opens a paragraph; "Storm Ida: Toll
		 * rises" with no sentence's end is a headline's topic */
		if (words > 3 || !l->punct || outlets_lookup(p->outlets,
		    s + l->a, pe - l->a) != NULL)
			return 0;
		e = span_skip_sp(s, len, pe + 1);
		/* "KENYA: FLOODS KILL 12": a kicker over a headline in
		 * capitals, no dateline */
		if (span_first_case(s, e, len) != 1 || span_all_caps(s, e, len))
			return 0;
		ok = 1;
		goto done;
	}
	i = pe;
	if ((k = bracketed_region(s, len, i)) != 0)
		i = k;
	if (i < len && s[i] == ',')
		i = region(s, len, span_skip_sp(s, len, i + 1));
	else if (caps && i < len && s[i] == '.')
		i++;
	i = span_skip_sp(s, len, i);
	/* An optional date: "March 29", "Feb 25, 2022", "25 February",
	 * "4.5.2026"; with its year, the page date when there is none. */
	if ((m = dates_month_at(s, len, i, &e)) != 0) {
		e = span_skip_sp(s, len, e);
		if ((d = dates_number_at(s, len, e, 2, &e)) >= 0) {
			i = e;
			dated = 1;
			if (i + 1 < len && s[i] == ',' && isdigit(
			    (unsigned char)s[span_skip_sp(s, len, i + 1)])) {
				e = span_skip_sp(s, len, i + 1);
				if ((y = dates_number_at(s, len, e, 4,
				    &e)) >= 0) {
					i = e;
					if (dates_valid_date(y, m, d))
						dates_iso(iso, y, m, d);
				}
			}
		}
	} else if (dates_at(s, len, i, &y, &m, &d, &e)) {
		i = e;
		dated = 1;
		dates_iso(iso, y, m, d);
	} else if ((d = dates_number_at(s, len, i, 2, &e)) > 0 &&
	    ((m = dates_month_at(s, len, span_skip_sp(s, len, e), &e)) != 0 ||
	    ((m = dates_month_in(s, len, span_skip_sp(s, len, e), &e,
	    0)) != 0 && s[span_skip_sp(s, len, e)] == '('))) {
		/* "Kyiv, 4 May (Interfax) -"; before an agency also
		 * "Lima, 4 may (Agency).-" */
		i = e;
		dated = 1;
	}
	if (dated && i < len && (s[i] == ',' || s[i] == '.'))
		i++;
	i = span_skip_sp(s, len, i);
	/* An optional agency: "(Reuters)", "/TASS/", "MINA". */
	if (i < len && (s[i] == '(' || s[i] == '/')) {
		char close = s[i] == '(' ? ')' : '/';

		for (k = i + 1; k < len && k < i + 60 && s[k] != close; k++)
			;
		if (k < len && s[k] == close && !dated && close == ')' &&
		    paren_date(s, i + 1, k)) {
			/* "TAWAU (Mar 3):": the date, no agency */
			dated = 1;
			i = span_skip_sp(s, len, k + 1);
		} else if (k < len && s[k] == close) {
			ag = i + 1;
			age = k;
			i = span_skip_sp(s, len, k + 1);
		}
	} else if (i < len && isupper((unsigned char)s[i])) {
		for (k = i; k < len && (isupper((unsigned char)s[k]) ||
		    s[k] == '-'); k++)
			;
		e = span_skip_sp(s, len, k);
		if (k - i >= 2 && k - i <= 8 && span_dash_at(s, len, e)) {
			ag = i;
			age = k;
			i = e;
		}
	}
	if ((k = span_dash_at(s, len, i)) != 0 || (i < len && (s[i] == ':' ||
	    (s[i] == '.' && age > ag)))) {
		i += k != 0 ? k : 1;
		if (k == 0 && s[i - 1] == '.' && (k = span_dash_at(s, len,
		    i)) != 0)
			i += k;		/* "(Agency).-" */
		while (k != 0 && (k = span_dash_at(s, len, i)) != 0)
			i += k;		/* "--" */
		ok = 1;
	} else if (caps && (dated || age > ag))
		ok = 1;
	else if (caps && !dated && age == ag && pe < len && s[pe] == '.' &&
	    i == span_skip_sp(s, len, pe + 1) && pe - l->a >= 4 &&
	    span_first_case(s, i, len) == 1)
		ok = 1;		/* "HUANCAYO. The toll rose ..." */
	else if (age > ag && s[ag - 1] == '(' && span_first_case(s, i,
	    len) == 1)
		ok = 1;		/* "Dhaka, Aug 10 (IANS) A fire ..." */
	if (!ok || (!caps && !dated && age == ag && s[pe] != ','))
		return 0;
	if (!caps && age == ag && !dated)
		return 0;
	e = span_skip_sp(s, len, i);
done:
	if (ok != 1 || e >= len)
		return 0;
	if ((p->art->dateline = span_title_case(s + l->a, pe - l->a)) == NULL)
		return -1;
	if (iso[0] != '\0' && p->art->date == NULL &&
	    (p->art->date = util_strdup(iso)) == NULL)
		return -1;
	if (age > ag && p->dl_agency == NULL) {
		known = outlets_lookup(p->outlets, s + ag, age - ag);
		p->dl_agency = known != NULL ? util_strdup(known) :
		    util_strndup(s + ag, age - ag);
		if (p->dl_agency == NULL)
			return -1;
	}
	l->body = e;
	return 0;
}

/* --- repeats ----------------------------------------------------------- */

static uint64_t
fnv(uint64_t h, const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* Words whose presence changes what a sentence says. */
static const char *const negations[] = {
	"not", "no", "never", "nor", "t", "without", "denied", "denies"
};

/*
 * The words of s[a, b) as hashes: runs of letters and digits (any script),
 * ASCII folded to lower case.  The first max go to w[]; *all hashes the
 * whole sequence; *sig sums the figures and negations, in any order, so
 * that "40 dead" and "45 dead" never count as the same sentence.  Returns
 * how many words were stored in w[].
 */
static size_t
sentence_words(const char *s, size_t a, size_t b, uint64_t *w, size_t max,
    uint64_t *all, uint64_t *sig)
{
	size_t		 i = a, n = 0, ws = a;
	uint64_t	 h = 0;
	int		 in = 0, k, wb, digit = 0;
	ucs4_t		 c;
	char		 ch = 0;

	*all = 0xcbf29ce484222325ULL;
	*sig = 0;
	for (;;) {
		if (i >= b)
			wb = 0, k = 1;
		else if ((unsigned char)s[i] < 0x80) {
			k = 1;
			ch = s[i];
			if (ch >= 'A' && ch <= 'Z')
				ch = (char)(ch + ('a' - 'A'));
			wb = (ch >= 'a' && ch <= 'z') || (ch >= '0' &&
			    ch <= '9');
		} else {
			if ((k = u8_mbtoucr(&c, (const uint8_t *)s + i,
			    b - i)) < 0)
				k = 1;
			wb = k > 0 && uc_is_alnum(c);
		}
		if (wb) {
			if (!in) {
				h = 0xcbf29ce484222325ULL;
				ws = i;
				digit = 0;
			}
			in = 1;
			if (k == 1) {
				h = (h ^ (unsigned char)ch) * 0x100000001b3ULL;
				digit |= ch <= '9';
			} else
				h = fnv(h, s + i, (size_t)k);
		} else if (in) {
			in = 0;
			if (n < max)
				w[n++] = h;
			*all = fnv(*all, (const char *)&h, sizeof h);
			if (digit || (i - ws <= 7 && strchr("ntwdNTWD",
			    s[ws]) != NULL && span_word_in(s + ws, i - ws,
			    negations, PX_NITEMS(negations))))
				*sig += h * 0x9E3779B97F4A7C15ULL;
		}
		if (i >= b)
			break;
		i += (size_t)k;
	}
	return n;
}

static int
exact_seen(struct parse *p, uint64_t h)
{
	size_t		 i, cap;
	uint64_t	*nt;

	if (h == 0)
		h = 1;
	if (p->nexact * 2 >= p->exact_cap) {
		cap = p->exact_cap == 0 ? 64 : p->exact_cap * 2;
		if ((nt = calloc(cap, sizeof *nt)) == NULL)
			return -1;
		for (i = 0; i < p->exact_cap; i++) {
			if (p->exact[i] != 0) {
				size_t j = p->exact[i] & (cap - 1);

				while (nt[j] != 0)
					j = (j + 1) & (cap - 1);
				nt[j] = p->exact[i];
			}
		}
		free(p->exact);
		p->exact = nt;
		p->exact_cap = cap;
	}
	for (i = h & (p->exact_cap - 1); p->exact[i] != 0;
	    i = (i + 1) & (p->exact_cap - 1)) {
		if (p->exact[i] == h)
			return 1;
	}
	p->exact[i] = h;
	p->nexact++;
	return 0;
}

/*
 * Is the sentence (word hashes w[0..n), signature sig) a near repeat of an
 * earlier one: most of the shorter one's bigrams in the other, and at
 * least half of its own, the same figures and negations?  If not, its bigrams are indexed
 * as sentence id.
 *
 * The table is a multimap (a bigram maps to each sentence that has it) in
 * one open-addressing array; a bigram is indexed for at most NEAR_PER
 * sentences, so common ones ("of the") keep chains short, and candidates
 * are counted in a small hash of their own.  Linear in the words.
 */
static int
near_repeat(struct parse *p, const uint64_t *w, size_t n, uint64_t sig,
    uint32_t id)
{
	uint32_t	 cid[NEAR_CAND], best = 0;
	size_t		 ccount[NEAR_CAND], i, j, nbi, bestc = 0;
	size_t		 slot, seen;
	size_t		 ncand = 0;
	size_t		*nn, other, small;
	uint64_t	 k, *ns;

	if (p->near_key == NULL) {
		/* Room for the bigrams of the text, within NEAR_MAX. */
		for (p->near_cap = 64; p->near_cap < NEAR_MAX &&
		    p->near_cap < p->t->len / 2; p->near_cap *= 2)
			;
		p->near_key = calloc(p->near_cap, sizeof *p->near_key);
		p->near_val = calloc(p->near_cap, sizeof *p->near_val);
		if (p->near_key == NULL || p->near_val == NULL)
			return -1;
	}
	if (id >= p->nsent_alloc) {
		size_t cap = p->nsent_alloc * 2 + 64;

		if ((nn = util_reallocarray(p->near_nbi, cap, sizeof *nn)) ==
		    NULL)
			return -1;
		p->near_nbi = nn;
		if ((ns = util_reallocarray(p->near_sig, cap, sizeof *ns)) ==
		    NULL)
			return -1;
		p->near_sig = ns;
		p->nsent_alloc = cap;
	}
	nbi = n > 0 ? n - 1 : 0;
	p->near_nbi[id] = nbi;
	p->near_sig[id] = sig;
	if (nbi >= NEAR_MIN) {
		memset(ccount, 0, sizeof ccount);
		for (i = 0; i < nbi; i++) {
			k = (w[i] * 31 + w[i + 1]) | 1;
			for (slot = k & (p->near_cap - 1), seen = 0;
			    p->near_key[slot] != 0 && seen < NEAR_PER;
			    slot = (slot + 1) & (p->near_cap - 1)) {
				if (p->near_key[slot] != k)
					continue;
				seen++;
				/* Count the candidate in its own small hash. */
				j = p->near_val[slot] % NEAR_CAND;
				while (ccount[j] != 0 &&
				    cid[j] != p->near_val[slot])
					j = (j + 1) % NEAR_CAND;
				if (ccount[j] == 0) {
					if (ncand >= NEAR_CAND / 2)
						continue;
					ncand++;
					cid[j] = p->near_val[slot];
				}
				if (++ccount[j] > bestc &&
				    p->near_sig[cid[j]] == sig) {
					bestc = ccount[j];
					best = cid[j];
				}
			}
		}
		/*
		 * Half of this sentence's bigrams too, not only most of the
		 * shorter one's: a lead that repeats a short deck and goes on
		 * ("X said that ..., but the two sides gave different
		 * answers") is no repeat of the deck, and is kept.
		 */
		if (bestc > 0) {
			other = p->near_nbi[best];
			small = other < nbi ? other : nbi;
			if (small >= NEAR_MIN && bestc * 10 >= small * 7 &&
			    bestc * 2 >= nbi)
				return 1;
		}
	}
	for (i = 0; i + 1 < n; i++) {
		if (p->near_n * 4 >= p->near_cap * 3)
			break;
		k = (w[i] * 31 + w[i + 1]) | 1;
		for (slot = k & (p->near_cap - 1), seen = 0;
		    p->near_key[slot] != 0;
		    slot = (slot + 1) & (p->near_cap - 1)) {
			if (p->near_key[slot] == k && (++seen >= NEAR_PER ||
			    p->near_val[slot] == id))
				break;
		}
		if (p->near_key[slot] != 0)
			continue;
		p->near_key[slot] = k;
		p->near_val[slot] = id;
		p->near_n++;
	}
	return 0;
}

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
	n = sentence_words(p->t->s, a, b, w, NEAR_WORDS, &h, &sig);
	if (n == 0 && !is_title)
		return 0;
	if ((r = exact_seen(p, h)) != 0)
		return r < 0 ? -1 : 0;
	if (dedupe && (r = near_repeat(p, w, n, sig,
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

/*
 * "We've been covering the war for years. Become a member to support our
 * journalism.": a short paragraph (two or three sentences) in the site's
 * own voice ("We", "Our") whose last sentence is furniture (a call to
 * action) is an appeal, furniture as a whole.
 */
static int
appeal(struct parse *p, const struct line *l,
    const struct sentence_span *sp, size_t n)
{
	static const char *const voice[] = { "we", "we've", "we\xe2\x80\x99ve",
	    "our" };
	const char	*s = p->t->s + l->body;
	size_t		 e;

	if (n < 2 || n > 3 || l->words > 40)
		return 0;
	for (e = sp[0].start; e < sp[0].end && s[e] != ' '; e++)
		;
	return span_word_in(s + sp[0].start, e - sp[0].start, voice,
	    PX_NITEMS(voice)) && furniture_match(p->furniture,
	    s + sp[n - 1].start, sp[n - 1].end - sp[n - 1].start) !=
	    FURNITURE_NONE;
}

static int
add_line(struct parse *p, struct line *l, char **cause)
{
	struct sentence_span	*sp = NULL;
	size_t			 n, i, oext = 0, os, a, b;
	const char		*s = p->t->s;
	char			*name;

	if (sentence_split(s + l->body, l->cut - l->body, p->abbrevs, &sp,
	    &n, cause) != 0)
		return -1;
	if (l->tagged)
		text_span(p->t, l->a, l->b, &os, &oext);
	if (appeal(p, l, sp, n))
		n = 0;
	for (i = 0; i < n; i++) {
		a = l->body + sp[i].start;
		b = l->body + sp[i].end;
		/* Furniture and credits also come inside a paragraph:
		 * "... officials said. (With inputs from agencies)". */
		if (n > 1 && (furniture_match(p->furniture, s + a, b - a) !=
		    FURNITURE_NONE || (s[a] == '(' && photo_caption(s, a,
		    b))))
			continue;
		if (n > 1 && outlets_credit_line(p->outlets, s + a, b - a,
		    &name)) {
			if (take_credit(p, name) != 0)
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
		    repeated_below(p, l, i - 1)) {
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

/* --- outlet and cites -------------------------------------------------- */

/*
 * "the Harbour Army (HA)": words whose initials spell it ("of", "the",
 * "and", "for" skipped), then in brackets an abbreviation (two to eight
 * capitals) that is an outlet's alias, the words naming no such outlet:
 * the text uses the abbreviation for something else.  Records up to
 * DEFINED_MAX of them in p->defined.
 */
static void
defined_abbrevs(struct parse *p, const struct line *l)
{
	static const char *const small[] = { "of", "the", "and", "for" };
	const char	*s = p->t->s, *known;
	size_t		 k, e, w, end, me, words, a;
	int		 same;

	for (k = l->body; k + 3 < l->cut && p->ndefined < DEFINED_MAX; k++) {
		if (s[k] != '(' || k < l->body + 2 || s[k - 1] != ' ')
			continue;
		for (e = k + 1; e < l->cut && e - k <= 9 &&
		    isupper((unsigned char)s[e]); e++)
			;
		if (e >= l->cut || s[e] != ')' || e - k < 3 ||
		    (known = outlets_lookup(p->outlets, s + k + 1,
		    e - k - 1)) == NULL)
			continue;
		/* the words' initials spell it, last letter first */
		end = k - 1;
		same = 0;
		for (w = end, words = 0, a = e; w > l->body && a > k + 1 &&
		    !same; ) {
			while (w > l->body && s[w - 1] == ' ')
				w--;
			while (w > l->body && s[w - 1] != ' ')
				w--;
			if (span_word_in(s + w, end - w, small,
			    PX_NITEMS(small)) && words > 0) {
				end = w > l->body ? w - 1 : w;
				continue;
			}
			if (s[w] != s[--a])
				break;
			words++;
			same = outlets_match(p->outlets, s, k - 1, w, &me) ==
			    known && me == k - 1;
			end = w > l->body ? w - 1 : w;
		}
		if (a > k + 1 || same)
			continue;
		p->defined[p->ndefined][0] = k + 1;
		p->defined[p->ndefined++][1] = e;
	}
}

/* Is s[a, b) an abbreviation the text defined as something else? */
static int
defined_as_other(const struct parse *p, size_t a, size_t b)
{
	const char	*s = p->t->s;
	size_t		 i;

	for (i = 0; i < p->ndefined; i++)
		if (p->defined[i][1] - p->defined[i][0] == b - a &&
		    memcmp(s + p->defined[i][0], s + a, b - a) == 0)
			return 1;
	return 0;
}

static int
scan_outlets(struct parse *p, char **credited)
{
	struct outlets_hit	*h = NULL;
	size_t			 i, j, n;
	struct line		*l;

	*credited = NULL;
	for (i = 0; i < p->nlines; i++)
		if (p->lines[i].kind == L_CONTENT)
			defined_abbrevs(p, &p->lines[i]);
	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->kind != L_CONTENT)
			continue;
		if (outlets_scan(p->outlets, p->t->s + l->body,
		    l->cut - l->body, &h, &n, NULL) != 0)
			return -1;
		for (j = 0; j < n; j++) {
			if (h[j].outlet != NULL && p->ndefined > 0 &&
			    defined_as_other(p, l->body + h[j].start,
			    l->body + h[j].end))
				continue;	/* "the Harbour Army (HA)" */
			if (h[j].role == OUTLETS_CREDIT && *credited == NULL) {
				if ((*credited = util_strdup(h[j].outlet)) ==
				    NULL)
					goto fail;
			} else if (h[j].outlet == NULL) {
				if (add_cite_span(p, p->t->s + l->body +
				    h[j].start, h[j].end - h[j].start) != 0)
					goto fail;
			} else if (h[j].role != OUTLETS_MENTION &&
			    add_cite(p, h[j].outlet) != 0)
				goto fail;
		}
		free(h);
		h = NULL;
	}
	return 0;
fail:
	free(h);
	return -1;
}

/*
 * A site's page that carries a wire's copy whole: the dateline's agency
 * ("Moscow (AFP) -") owns the copyright ("\xc2\xa9 2026 AFP") and a credit
 * line of its own names it ("AFP" under the headline), while the first
 * credit is another outlet (the site's masthead).  The copy is the
 * wire's; a site's byline ("Text by: NEWS WIRES") keeps it the site's.
 */
static int
wire_copy(const struct parse *p)
{
	return p->dl_agency != NULL && p->copyright != NULL &&
	    p->recredit != NULL && strcasecmp(p->dl_agency,
	    p->copyright) == 0 && strcasecmp(p->recredit,
	    p->dl_agency) == 0 && strcasecmp(p->credit, p->dl_agency) != 0;
}

static int
choose_outlet(struct parse *p)
{
	struct article	*art = p->art;
	const char	*own;
	char		*body = NULL, **pick = NULL;
	size_t		 i;

	if (scan_outlets(p, &body) != 0)
		return -1;
	if (p->ctx != NULL && p->ctx->outlet_override != NULL &&
	    *p->ctx->outlet_override != '\0') {
		if ((art->outlet = util_strdup(p->ctx->outlet_override)) ==
		    NULL)
			goto fail;
	} else {
		/* a wire credited by its bare name on the page of a site
		 * that names itself (its address, its handle, its known
		 * masthead) is a source of the site's story */
		own = p->own != NULL ? p->own : p->site != NULL ?
		    outlets_lookup(p->outlets, p->site, strlen(p->site)) : NULL;
		if (p->credit != NULL && p->credit_bare && own != NULL &&
		    strcasecmp(p->credit, own) != 0) {
			if (add_cite(p, p->credit) != 0)
				goto fail;
			free(p->credit);
			p->credit = NULL;
			if (p->site == NULL && p->follow == NULL &&
			    (p->site = util_strdup(own)) == NULL)
				goto fail;
		}
		if (p->credit != NULL && wire_copy(p))
			pick = &p->dl_agency;
		else if (p->credit != NULL)
			pick = &p->credit;
		else if (p->tagged != NULL)
			pick = &p->tagged;
		else if (p->dl_agency != NULL)
			pick = &p->dl_agency;
		/* a copyright owner the table lacks may be the publisher's
		 * parent company: a known masthead names the page better */
		else if (p->copyright != NULL && (p->site == NULL ||
		    outlets_lookup(p->outlets, p->copyright,
		    strlen(p->copyright)) != NULL ||
		    outlets_lookup(p->outlets, p->site,
		    strlen(p->site)) == NULL))
			pick = &p->copyright;
		else if (p->site != NULL)
			pick = &p->site;
		else if (p->follow != NULL)
			pick = &p->follow;
		else if (body != NULL)
			pick = &body;
		else if (p->barred != NULL)
			pick = &p->barred;
		if (pick != NULL) {
			art->outlet = *pick;
			*pick = NULL;
		}
	}
	/* Credits that lost (the picked one is now NULL) are citations. */
	if ((p->credit != NULL && add_cite(p, p->credit) != 0) ||
	    (p->tagged != NULL && add_cite(p, p->tagged) != 0) ||
	    (p->dl_agency != NULL && add_cite(p, p->dl_agency) != 0) ||
	    (body != NULL && add_cite(p, body) != 0) ||
	    (p->barred != NULL && add_cite(p, p->barred) != 0))
		goto fail;
	if ((art->cites = calloc(p->ncites + 1, sizeof *art->cites)) == NULL)
		goto fail;
	for (i = 0; i < p->ncites; i++) {
		if (art->outlet != NULL &&
		    strcasecmp(p->cites[i], art->outlet) == 0) {
			free(p->cites[i]);
			continue;
		}
		art->cites[art->ncites++] = p->cites[i];
	}
	free(p->cites);
	p->cites = NULL;
	p->ncites = 0;
	free(body);
	return 0;
fail:
	free(body);
	return -1;
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

	if (split_lines(&p) != 0 || classify(&p) != 0)
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
		if (n < 2 && art->dateline == NULL && dateline(&p, l) != 0)
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

	for (i = 0; i < p.nlines; i++) {
		l = &p.lines[i];
		/* the outlet's name over its story is its masthead */
		if (l->kind == L_TITLE && art->title == NULL &&
		    names_outlet(&p, l))
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
	if (choose_outlet(&p) != 0)
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
