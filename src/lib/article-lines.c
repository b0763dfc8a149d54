/*
 * article-lines.c: the clean text cut into lines (struct line) and each
 * line classified once, top to bottom (lines_classify(); after a pass that
 * marks menu runs: four or more short lines in a row), into printed date,
 * embedded post attribution, page furniture (furniture.c, bylines,
 * breadcrumbs, menus, time stamps, captions, gallery captions, a dateline
 * alone on its line, subheadings, notices of two or three sentences, taken
 * whole before the sentence split), menu columns (one item a line) and the
 * tagline over one, credit line or masthead (outlets.c), tag line, a tagline
 * over the sections, headline, lines recurring across the database, content;
 * below the text, a line opening the comments makes the rest furniture.
 * A line's [a, b) is trimmed clean text; body and cut bound its content
 * (a dateline before, a tag or post after).  The predicates for single
 * kinds of line live in the other article-*.c files; this file decides.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "furniture.h"
#include "outlets.h"
#include "sentence.h"
#include "text.h"

#include <ctype.h>
#include <string.h>
#include <unistr.h>

#define NOTICE_WORDS	30	/* the longest notice of sentences */

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

/* A word of not_places? */
int
lines_not_place(const char *s, size_t n)
{
	return span_word_in(s, n, not_places, PX_NITEMS(not_places));
}

int
lines_split(struct parse *p)
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

/*
 * "Updated at 11.05 BST", "Published 09:40 GMT+3", "12:05 pm", "5:47
 * p.m.": a time stamp, perhaps with a label, with no date.
 */
static int
time_stamp(const char *s, const struct line *l)
{
	static const char *const labels[] = { "updated", "published",
	    "posted", "modified", "first", "last", "at", "on" };
	size_t	i, e, k;
	int	times = 0;

	/* the full stop of "5:47 p.m." ends no sentence */
	for (e = l->b; e > l->a && s[e - 1] != ' '; e--)
		;
	if ((l->punct && !span_meridiem(s, e, l->b)) || l->words > 6)
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
		if (span_meridiem(s, i, e))
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
 * a "By" or "Author" byline, a date, a time stamp, navigation)?  A short
 * headline over such a line is no kicker.
 */
int
lines_plain_furniture(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	char		 iso[11];

	return furniture_match(p->furniture, s + l->a,
	    l->b - l->a) != FURNITURE_NONE || (!l->punct && (strncmp(s + l->a,
	    "By ", 3) == 0 || strncmp(s + l->a, "BY ", 3) == 0 ||
	    bylines_author_line(s, l))) ||
	    dates_line(s, l->a, l->b, iso) || bylines_relative_time(s, l) ||
	    menus_breadcrumb(p, s, l) || menus_navigation(p, s, l) ||
	    time_stamp(s, l);
}

/*
 * "Lakeside, Updated At : 10:05 PM Mar 3, 2026": a place in any case (up
 * to three capitalised words) before a comma and a time stamp's label,
 * the date after them (at ds).  Returns the place's end, 0 for none.
 */
static size_t
labelled_place(const struct parse *p, const struct line *l, size_t ds)
{
	static const char *const labels[] = { "updated", "published",
	    "posted", "modified", "last", "first" };
	const char	*s = p->t->s;
	size_t		 b, i, e;

	for (b = l->a; b < ds && s[b] != ','; b++)
		if ((unsigned char)s[b] < 0x80 && !isalpha((unsigned char)
		    s[b]) && strchr(" -.'", s[b]) == NULL)
			return 0;
	if (b == l->a || b >= ds || span_words(s, l->a, b) > 3 ||
	    lines_not_place(s + l->a, b - l->a) || dates_weekday(s + l->a,
	    b - l->a) || outlets_lookup(p->outlets, s + l->a, b - l->a) !=
	    NULL)
		return 0;
	for (i = l->a; i < b; i = span_skip_sp(s, b, e)) {
		for (e = i; e < b && s[e] != ' '; e++)
			;
		if (span_first_case(s, i, e) != 1)
			return 0;
	}
	i = span_skip_sp(s, l->b, b + 1);
	for (e = i; e < l->b && isalpha((unsigned char)s[e]); e++)
		;
	return span_word_in(s + i, e - i, labels, PX_NITEMS(labels)) ? b : 0;
}

/*
 * "ISTANBUL May 04, 2026 - 12:05 pm": a place in capitals before the date
 * of a date line, or after its last dash ("Published - May 4, 2026 10:12
 * am IST - ISTANBUL"), or in any case before a label (labelled_place()),
 * is the dateline when the text opens with none.  Returns -1 when out of
 * memory.
 */
static int
date_place(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	char		 iso[11];
	size_t		 ds, de, i, b, a = l->a, k;

	if (p->date_place != NULL || !dates_find(s, l->a, l->b, iso, &ds, &de))
		return 0;
	if ((b = labelled_place(p, l, ds)) != 0)
		return (p->date_place = span_title_case(s + l->a,
		    b - l->a)) == NULL ? -1 : 0;
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
	if (lines_not_place(s + a, b - a) ||
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
	int		 d, m;

	if (l->words > 8 || !l->punct)
		return 0;
	for (pe = l->a; pe < b && s[pe] != ','; pe++)
		if ((unsigned char)s[pe] < 0x80 &&
		    !isalpha((unsigned char)s[pe]) &&
		    strchr(" -.'", s[pe]) == NULL)
			return 0;
	if (pe >= b || pe == l->a || span_first_case(s, l->a, pe) != 1 ||
	    span_words(s, l->a, pe) > 4 || outlets_lookup(p->outlets, s + l->a,
	    pe - l->a) != NULL || lines_not_place(s + l->a, pe - l->a))
		return 0;
	i = span_skip_sp(s, b, pe + 1);
	if ((d = dates_number_at(s, b, i, 2, &e)) > 0) {
		i = span_skip_sp(s, b, e);
		if (b - i > 3 && strncasecmp(s + i, "de ", 3) == 0)
			i += 3;
		if ((m = dates_month_word(s, b, i, &e)) == 0)
			return 0;
	} else if ((m = dates_month_word(s, b, i, &e)) != 0) {
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
	/* its date without the year (article.c drops it for a dated page) */
	if (p->art->month_day == 0 && dates_valid_date(2000, m, d))
		p->art->month_day = m * 100 + d;
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
	    s + l->a, c - l->a) != NULL || lines_not_place(s + l->a, c - l->a))
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
	    lines_not_place(s + l->a, l->b - l->a) || dates_weekday(s + l->a,
	    l->b - l->a) || dates_month_at(s, l->b, l->a, &e) != 0)
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
	    lines_not_place(s + l->a, b - l->a) ||
	    furniture_match(p->furniture, s + l->a, l->b - l->a) !=
	    FURNITURE_NONE)
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
 * Post", "More on Storm Kamala"); and a programme's name over a promo of
 * its next show, "From: Inside Story".
 */
static int
links_heading(const char *s, const struct line *l)
{
	static const char *const verbs[] = { "recommends", "recommend",
	    "suggests", "picks" };
	static const char *const opens[] = { "More from ", "More on ",
	    "Latest from ", "MORE FROM ", "MORE ON ", "From: ", "FROM: " };
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
 * "Survivors describe the night. Video, 00:02:05": an item of a block of
 * videos (up to 24 words), its title then "Video" and its running time.
 */
static int
video_item(const char *s, const struct line *l)
{
	size_t	k = l->b, colons = 0;

	if (l->words > 24)
		return 0;
	while (k > l->a && (isdigit((unsigned char)s[k - 1]) ||
	    s[k - 1] == ':'))
		if (s[--k] == ':')
			colons++;
	if (colons == 0 || colons > 2 || !isdigit((unsigned char)s[k]) ||
	    !isdigit((unsigned char)s[l->b - 1]))
		return 0;
	while (k > l->a && (s[k - 1] == ' ' || s[k - 1] == ','))
		k--;
	if (k < l->a + 5 || strncasecmp(s + k - 5, "video", 5) != 0)
		return 0;
	k -= 5;
	return k == l->a || s[k - 1] == ' ';
}

/*
 * "Support the Guardian", "Subscribe to Daily Post": a short line without
 * sentence punctuation, a call word then an outlet's name, is the site's
 * appeal.
 */
static int
own_appeal(const struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 e, i;

	if (l->punct || l->words < 2 || l->words > 6)
		return 0;
	for (e = l->a; e < l->b && s[e] != ' '; e++)
		;
	if (!furniture_is_call(p->furniture, s + l->a, e - l->a))
		return 0;
	i = span_skip_sp(s, l->b, e);
	if (l->b - i > 3 && strncmp(s + i, "to ", 3) == 0)
		i += 3;
	if (outlets_lookup(p->outlets, s + i, l->b - i) != NULL)
		return 1;
	if (l->b - i > 4 && strncasecmp(s + i, "the ", 4) == 0)
		i += 4;
	return outlets_lookup(p->outlets, s + i, l->b - i) != NULL;
}

/*
 * "Comments" over "Join the discussion" or over "M. Mushi \xc2\xb7 1 hour
 * ago": an end line without its count starts the reader comments when
 * another one, or a comment's header (a name and how long ago), follows
 * in the next two lines.
 */
static int
comments_open(const struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 i = (size_t)(l - p->lines), j;

	if (!furniture_is_end(p->furniture, s + l->a, l->b - l->a))
		return 0;
	for (j = i + 1; j < p->nlines && j <= i + 2; j++)
		if (furniture_is_end(p->furniture, s + p->lines[j].a,
		    p->lines[j].b - p->lines[j].a) ||
		    bylines_relative_time(s, &p->lines[j]))
			return 1;
	return 0;
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
 * "Example Press writer Jane Doe contributed from Bodo.": a wire's tag
 * line, a known outlet then "writer" or "writers" and "contributed" in
 * one short sentence, is furniture like "Reporting by ...".
 */
static int
contributor_line(struct parse *p, const struct line *l)
{
	static const char *const jobs[] = { "writer", "writers",
	    "correspondent", "correspondents", "reporter", "reporters" };
	const char	*s = p->t->s;
	size_t		 i, e, end;

	if (l->words > 20 || outlets_match(p->outlets, s, l->b, l->a,
	    &end) == NULL)
		return 0;
	i = span_skip_sp(s, l->b, end);
	for (e = i; e < l->b && s[e] != ' '; e++)
		;
	if (!span_word_in(s + i, e - i, jobs, PX_NITEMS(jobs)))
		return 0;
	for (i = e; i + 12 <= l->b; i++)
		if (memcmp(s + i, " contributed", 12) == 0)
			return 1;
	return 0;
}

/*
 * "Additional reporting by Example Press", "Texte par : Radio X avec AFP":
 * an outlet after the last word of credit ("by", "with", "avec") of a line
 * of the furniture table is a citation.  Returns -1 when out of memory.
 */
static int
reported_by(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s, *name;
	size_t		 i, b = l->b;

	while (b > l->a && (s[b - 1] == '.' || s[b - 1] == ')' ||
	    s[b - 1] == ' '))
		b--;
	for (i = b; i > l->a + 5; i--)
		if (memcmp(s + i - 4, " by ", 4) == 0 ||
		    memcmp(s + i - 6, " with ", 6) == 0 ||
		    memcmp(s + i - 6, " avec ", 6) == 0)
			break;
	if (i <= l->a + 5 || (name = outlets_lookup(p->outlets, s + i,
	    b - i)) == NULL)
		return 0;
	return cites_add(p, name);
}

/*
 * "--- EXAMPLE NEWS ADVISORY ---", "=== CORRECTION ===": a wire's banner,
 * words without a small letter between runs of two or more rule
 * characters, never a headline.
 */
static int
banner(const char *s, const struct line *l)
{
	size_t	a = l->a, b = l->b, i;
	int	c;

	c = s[a];
	if (b - a < 6 || (c != '-' && c != '=' && c != '*' && c != '#') ||
	    s[a + 1] != c || s[b - 1] != c || s[b - 2] != c)
		return 0;
	for (i = a; i < b; i++)
		if (islower((unsigned char)s[i]))
			return 0;
	while (a < b && s[a] == c)
		a++;
	for (i = a; i < b && s[i] != c; i++)
		if (isupper((unsigned char)s[i]))
			return 1;
	return 0;
}

/*
 * "EXAMPLE E-PAPER | CITY EDITION | MONDAY, MAY 4, 2026 | PAGE 1", "Source:
 * Agency | 2026-05-04 10:12:30 | Editor: ab": a page's header or source
 * line, cells between two or more bars without sentence punctuation, one
 * of them a full date: the page's date, whatever the line is.
 */
static int
header_date(const char *s, const struct line *l, char iso[11])
{
	size_t	i, bars = 0, ds, de;

	if (l->punct)
		return 0;
	for (i = l->a; i < l->b; i++)
		if (s[i] == '|')
			bars++;
	return bars >= 2 && dates_find(s, l->a, l->b, iso, &ds, &de) &&
	    iso[0] != '\0';
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
	if (nonblank <= TOP_LINES && p->art->date == NULL &&
	    header_date(s, l, iso) &&
	    (p->art->date = util_strdup(iso)) == NULL)
		return -1;
	if (banner(s, l))
		*kind = L_FURNITURE;
	else if ((m = sites_meta_line(p, s, l->a, l->b,
	    nonblank <= TOP_LINES)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	} else if ((m = menus_stamp_bar(p, l, nonblank <= TOP_LINES)) != 0) {
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
		/* a date line below the text: the date of a page that
		 * prints none above it */
		if (nonblank > TOP_LINES && seen_content &&
		    p->end_date[0] == '\0' && iso[0] != '\0')
			memcpy(p->end_date, iso, sizeof p->end_date);
		if (nonblank <= TOP_LINES && date_place(p, l) != 0)
			return -1;
	} else if (sites_social_line(s, l->a, l->b)) {
		*kind = L_SOCIAL;
		if (p->social_date == NULL &&
		    dates_find(s, l->a, l->b, iso, &j, &j) &&
		    (p->social_date = util_strdup(iso)) == NULL)
			return -1;
	} else if ((m = sites_address_line(p, l, !seen_content &&
	    nonblank <= TOP_LINES)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	} else if ((fk = furniture_match(p->furniture, s + l->a,
	    l->b - l->a)) == FURNITURE_SUFFIX && outlets_credit_line(
	    p->outlets, s + l->a, l->b - l->a, &name)) {
		/* "Reuters contributed to this report." */
		*kind = L_CREDIT;
		if (bylines_take_credit(p, name) != 0)
			return -1;
	} else if (fk != FURNITURE_NONE || contributor_line(p, l) ||
	    menus_breadcrumb(p, s, l) ||
	    menus_navigation(p, s, l) || time_stamp(s, l) || video_item(s,
	    l) || own_appeal(p, l) || notice_line(p,
	    l) || links_heading(s, l) || date_time(s, l) || languages(s, l) ||
	    captions_photo(s, l->a, l->b) || captions_photo_credit(p, s, l->a,
	    l->b) || captions_credited(p, s, l) || captions_dated(s, l) ||
	    captions_bracket_credit(p, s, l)) {
		*kind = L_FURNITURE;
		p->heading = fk == FURNITURE_HEADING || links_heading(s, l);
		p->ends = fk == FURNITURE_END || (fk == FURNITURE_LINE &&
		    comments_open(p, l));
		if (fk == FURNITURE_PREFIX && (m = reported_by(p, l)) != 0)
			return -1;
		/* the last copyright line: footers come after photo credits */
		if ((name = sites_copyright_owner(p, s, l->a, l->b)) != NULL) {
			free(p->copyright);
			p->copyright = name;
		}
	} else if ((m = bylines_find(p, s, l, titled)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
		p->bylined = 1;
		if (bylines_take_credit(p, sites_byline_outlet(p, s, l)) != 0 ||
		    bylines_byline_place(p, s, l) != 0)
			return -1;
	} else if (bylines_relative_time(s, l)) {
		*kind = L_FURNITURE;
	} else if (captions_gallery(p, l) || (seen_content &&
	    site_notice(p, l))) {
		*kind = L_FURNITURE;
	} else if ((m = bare_dateline(p, l)) != 0 ||
	    (m = lone_dateline(p, l)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	} else if ((m = sites_follow_line(p, s, l, &name)) != 0) {
		*kind = L_FURNITURE;
		if (p->follow == NULL)
			p->follow = name;
		else
			free(name);
	} else if ((m = menus_material_line(p, s, l)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	} else if (seen_content && (m = sites_agency_list(p, l)) != 0) {
		if (m < 0)
			return -1;
		*kind = L_FURNITURE;
	}
	else if (!seen_content && menus_inside(p, l) && outlets_lookup(
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
		if (bylines_credit_cites(p, l, name) != 0 ||
		    bylines_take_credit(p, name) != 0)
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
	    !menus_spaced_menu(p, l) &&
	    (name = sites_site_line(p, s, l->a, l->b, l->words)) != NULL) {
		*kind = L_SITE;
		if (p->site == NULL)
			p->site = name;
		else
			free(name);
	}
	return 0;
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
 * items of a menu run (menus_runs()) above the text are furniture, and so
 * is a notice that the page is a translation, whose original headline
 * over the translated one is no title (title_translated_over()).
 */
int
lines_classify(struct parse *p)
{
	const char	*s = p->t->s;
	struct line	*l;
	size_t		 i, j, nonblank = 0;
	int		 seen_content = 0, repeated, top, titled = 0;
	int		 run = 0, body = 0, ended = 0, lead = 0, named = 0;
	int		 kicker;
	int		 bylined = 0;
	int		 m;
	long		 n;
	enum line_kind	 kind;

	menus_columns(p);
	menus_runs(p);
	for (i = 0; i < p->nlines && i < 5 * TOP_LINES; i++)
		if (title_translation_notice(p, &p->lines[i]))
			p->translated = 1;
	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (furniture_kind(p, l, nonblank + 1, seen_content, titled,
		    &kind) != 0)
			return -1;
		/* the headline under a lede that opens with its date */
		if (kind == L_CONTENT && !seen_content && l->punct &&
		    i + 1 < p->nlines && !p->lines[i + 1].punct &&
		    title_dated_lede(p, l) && title_headline(p,
		    &p->lines[i + 1]) && !title_titled_above(p, i))
			p->late_title = i + 1;
		if (kind == L_CONTENT && i > 0 && i == p->late_title) {
			l->kind = L_TITLE;
			titled = 1;
			seen_content = 1;
			nonblank++;
			continue;
		}
		if (kind == L_CONTENT && (l->menu || menus_spaced_menu(p, l)))
			kind = L_FURNITURE;
		/* a live page's entry: its heading under its time, "14:05
		 * GMT" over "Toll rises to 11" (the entry's text says it) */
		if (kind == L_CONTENT && !l->punct && i > 0 && l->words <= 14 &&
		    i + 1 < p->nlines && p->lines[i + 1].punct &&
		    time_stamp(s, &p->lines[i - 1]))
			kind = L_FURNITURE;
		/* a translation's notice; a menu over the text */
		if (kind == L_CONTENT && !body && (l->inrun ||
		    title_translation_notice(p, l)))
			kind = L_FURNITURE;
		/* "by HARBOUR DAILY WITH AFP", whatever else matched it */
		if (!body && (kind == L_CONTENT || kind == L_FURNITURE) &&
		    (m = bylines_byline_with(p, s, l)) != 0) {
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
		if (kind == L_CONTENT && (title_affiliation(p, i, bylined) ||
		    (titled && captions_below(p, i)) || (titled && !body &&
		    captions_lead(p, l))))
			kind = L_FURNITURE;
		bylined = p->bylined;
		if (kind == L_CONTENT && run && (!l->punct ||
		    title_linked_question(p, l)))
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
		if (kind == L_CONTENT && lead && title_subheading(p, i))
			kind = L_FURNITURE;
		/* "Name/AP" under a caption: the caption */
		if (kind == L_FURNITURE && i > 0 && captions_photo_credit(p, s,
		    l->a, l->b) && captions_above(p, i))
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
		if (top && !lead && (m = title_native_masthead(p, i)) != 0) {
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
		if ((top || (titled && !body)) && title_headline(p, l) &&
		    title_tagline(p, i)) {
			l->kind = L_FURNITURE;
			continue;
		}
		if (top && !titled && title_translated_over(p, i)) {
			l->kind = L_FURNITURE;	/* the original's headline */
			continue;
		}
		if (top) {
			repeated = 0;
			for (j = i + 1; j < p->nlines && j < i + 3; j++)
				if (title_same_line(s, l, &p->lines[j]))
					repeated = 1;
			if (title_headline(p, l) || (repeated &&
			    l->words <= TITLE_MAX_WORDS &&
			    l->b - l->a <= TITLE_MAX_BYTES)) {
				l->kind = L_TITLE;
				titled = 1;
			}
			/* A short line over a longer headline is a kicker or
			 * the site's name: "World Cup 2026" over the story. */
			/* (past a section's name or a date line of at most
			 * four words: "Support us", "News Feed", "June 20,
			 * 2027, 17:05") */
			kicker = l->kind == L_TITLE && !repeated &&
			    l->words <= 4;
			j = menus_below(p, i);
			while (kicker && j < p->nlines && j < i + 6 &&
			    !p->lines[j].punct && p->lines[j].words <= 4)
				j = menus_below(p, j);
			if (kicker && j < p->nlines &&
			    title_headline(p, &p->lines[j]) &&
			    p->lines[j].words > l->words + 1 &&
			    !p->lines[j].punct &&
			    !lines_plain_furniture(p, &p->lines[j])) {
				l->kind = L_TAG;
				continue;
			}
		}
		/*
		 * Lines many articles share are furniture (a site's name, its
		 * slogan); a headline needs many more, as the same story's
		 * headline is carried by several outlets.
		 */
		if ((n = sites_ask_recurring(p, l)) >= (l->kind == L_TITLE ?
		    RECURRING_TITLE_MIN : RECURRING_MIN)) {
			l->kind = L_RECURRING;
			continue;
		}
		seen_content = 1;
		if (l->kind == L_CONTENT && l->punct)
			lead = 1;	/* the text has begun, not a deck */
	}
	title_trailing_links(p);
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

/*
 * "We've been covering the war for years. Become a member to support our
 * journalism.": a short paragraph (two or three sentences) in the site's
 * own voice ("We", "Our") whose last sentence is furniture (a call to
 * action) is an appeal, furniture as a whole.
 */
int
lines_appeal(struct parse *p, const struct line *l,
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
