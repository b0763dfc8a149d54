/*
 * article-dateline.c: the dateline that may open the first content lines
 * ("CITY, May 4 (Agency) -", "Lakeside \u2014 ", "Lakeside. "), else a place
 * on a date line or a byline is one: the place, an optional region in
 * brackets or after a comma, the date and the agency.  dateline_find()
 * sets the line's body past it and records the agency in p->dl_agency; it
 * never moves the line's bounds.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "outlets.h"
#include "text.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

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
	if (i >= l->cut)	/* the text must begin before an end marker */
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
	if (i >= l->cut || span_first_case(s, i, len) != 1)
		return 0;
	if (p->dl_agency == NULL && (p->dl_agency = util_strdup(known)) ==
	    NULL)
		return -1;
	l->body = i;
	return 1;
}

/*
 * "Lakeside \u2014 The minister said ...", "Lakeside - The ...": a place in
 * mixed case (at most three words, no outlet) then a dash between spaces
 * and a capital letter; where the text starts (0: no such dateline).
 */
static size_t
dashed_place(const struct parse *p, const struct line *l, size_t pe,
    size_t words)
{
	const char	*s = p->t->s;
	size_t		 len = l->b, k, e;

	if (!l->punct || words > 3 || pe + 1 >= len || s[pe] != ' ' ||
	    (k = span_dash_at(s, len, pe + 1)) == 0 || pe + 1 + k >= len ||
	    s[pe + 1 + k] != ' ' || outlets_lookup(p->outlets, s + l->a,
	    pe - l->a) != NULL)
		return 0;
	e = span_skip_sp(s, len, pe + 1 + k);
	if (e >= len || !isupper((unsigned char)s[e]) || span_first_case(s, e,
	    len) != 1)
		return 0;
	return e;
}

/*
 * "Lakeside. The ferry line ...", "Port of Arden. The ...": a place in
 * mixed case (one to four words, capitalised but for particles inside:
 * "Dar es Salaam") and a full stop that ends a sentence (no "Gen.") open
 * the lede, when the text names the place again elsewhere (a one-word
 * sentence would not be).  Returns
 * where the text starts (0: no such dateline) and the place's end in *pe.
 */
static size_t
dotted_place(struct parse *p, const struct line *l, size_t *pe)
{
	static const char *const particles[] = { "es", "el", "al", "de",
	    "del", "la", "le", "du", "da", "do", "di", "dos", "of" };
	const char	*s = p->t->s, *at;
	char		 place[64];
	size_t		 len = l->b, i, e, k, words = 0;
	int		 part = 0;

	if (!l->punct || !isupper((unsigned char)s[l->a]))
		return 0;
	for (k = l->a; k < len && k - l->a < sizeof place && !(s[k] == '.' &&
	    k + 1 < len && s[k + 1] == ' '); k++)
		;
	if (k >= len || k - l->a >= sizeof place || span_all_caps(s, l->a, k))
		return 0;
	for (i = l->a; i < k; i = span_skip_sp(s, k, e)) {
		for (e = i; e < k && s[e] != ' '; e++)
			if ((unsigned char)s[e] < 0x80 && !isalpha(
			    (unsigned char)s[e]) && s[e] != '-' && s[e] != '\'')
				return 0;
		if (++words > 4)
			return 0;
		part = span_word_in(s + i, e - i, particles,
		    PX_NITEMS(particles));
		if (!part && span_first_case(s, i, e) != 1)
			return 0;
		if (part && i == l->a)
			return 0;
	}
	if (part || lines_not_place(s + l->a, k - l->a) ||
	    outlets_lookup(p->outlets, s + l->a, k - l->a) != NULL)
		return 0;
	e = span_skip_sp(s, len, k + 1);
	if (e >= len || !isupper((unsigned char)s[e]) ||
	    !title_several_sentences(p, l->a, e + 1))
		return 0;	/* "Gen. Lee" */
	memcpy(place, s + l->a, k - l->a);
	place[k - l->a] = '\0';
	if ((at = strstr(s, place)) == s + l->a)
		at = strstr(s + l->a + 1, place);
	if (at == NULL)
		return 0;
	*pe = k;
	return e;
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
int
dateline_find(struct parse *p, struct line *l)
{
	const char	*s = p->t->s;
	size_t		 len = l->b, i = l->a, pe, words = 0, k;
	size_t		 ag = 0, age = 0;
	size_t		 e;
	int		 caps, y, m, d, ok = 0, dated = 0, md = 0;
	const char	*known;
	char		 iso[11] = "";

	if ((ok = dated_place(p, l)) != 0)
		return ok < 0 ? -1 : 0;
	if ((ok = agency_opener(p, l)) != 0)
		return ok < 0 ? -1 : 0;
	if ((e = dotted_place(p, l, &pe)) != 0) {
		ok = 1;
		goto done;
	}
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
	if (lines_not_place(s + l->a, pe - l->a))
		return 0;
	if (!caps && (e = dashed_place(p, l, pe, words)) != 0) {
		ok = 1;
		goto done;
	}
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
			md = m * 100 + d;
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
		md = m * 100 + d;
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
	if (ok != 1 || e >= l->cut)
		return 0;
	if ((p->art->dateline = span_title_case(s + l->a, pe - l->a)) == NULL)
		return -1;
	if (iso[0] != '\0' && p->art->date == NULL &&
	    (p->art->date = util_strdup(iso)) == NULL)
		return -1;
	/* without its year: what the engine can still compare */
	if (iso[0] == '\0' && md != 0 && dates_valid_date(2000, md / 100,
	    md % 100))
		p->art->month_day = md;
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
