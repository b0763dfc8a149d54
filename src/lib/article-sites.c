/*
 * article-sites.c: lines that name the site or an outlet: mastheads
 * ("<Site> World"), copyright owners, page metadata, "Follow X on" lines,
 * staff and byline outlets, web addresses, lists of agencies.  What they
 * find goes into struct parse (site, copyright, follow, credit ...) for
 * cites_choose_outlet(); they never decide the outlet themselves.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "furniture.h"
#include "outlets.h"
#include "text.h"

#include <ctype.h>
#include <string.h>
#include <unistr.h>

#define RECURRING_WORDS	4	/* longer punctuated lines are never asked */

/* "— Name (@handle) February 25, 2022": the line under an embedded post. */
int
sites_social_line(const char *s, size_t a, size_t b)
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

/* Does s[a, e) end in a word that joins it to what follows ("Harbour Life
 * And" before "Weather": one item of a menu, no site's name)? */
static int
joined(const char *s, size_t a, size_t e)
{
	static const char *const joins[] = { "and", "&", "of", "the", "for",
	    "in", "on" };
	size_t	i;

	for (i = e; i > a && s[i - 1] != ' '; i--)
		;
	return span_word_in(s + i, e - i, joins, PX_NITEMS(joins));
}

/*
 * "<Site Name> <Section>" near the top: capitalised words without
 * punctuation whose last one or two are a section name, or a known
 * outlet's name on its own (a masthead).  Returns the site
 * name (malloc'd, canonical when known) or NULL.
 */
char *
sites_site_line(struct parse *p, const char *s, size_t a, size_t b,
    size_t words)
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
		if (span_words(s, a, i) >= 2 && !joined(s, a, i))
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
char *
sites_copyright_owner(struct parse *p, const char *s, size_t a, size_t b)
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
int
sites_meta_line(struct parse *p, const char *s, size_t a, size_t b, int top)
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
int
sites_follow_line(struct parse *p, const char *s, const struct line *l,
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
const char *
sites_staff_outlet(struct parse *p, const char *s, const struct line *l)
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
int
sites_outlet_place(struct parse *p, const char *s, const struct line *l)
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
int
sites_address_line(struct parse *p, const struct line *l, int top)
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
int
sites_by_glued(const char *s, const struct line *l)
{
	return l->b - l->a > 3 && s[l->a] == 'B' && s[l->a + 1] == 'y' &&
	    isupper((unsigned char)s[l->a + 2]);
}

/* "By Jane Doe, Daily Post": the outlet after the last comma, or NULL;
 * the outlet whose staff a name is ("Jane Doe, Daily Post staff
 * writer"). */
char *
sites_byline_outlet(struct parse *p, const char *s, const struct line *l)
{
	size_t		 i;
	const char	*known;

	/* "By The Associated Press", "ByReuters": the outlet is the byline */
	if (strncasecmp(s + l->a, "by ", 3) == 0 || sites_by_glued(s, l)) {
		i = span_skip_sp(s, l->b, l->a + 2);
		if ((known = outlets_lookup(p->outlets, s + i, l->b - i)) !=
		    NULL)
			return util_strdup(known);
	}
	if (strncasecmp(s + l->a, "by ", 3) != 0) {
		known = sites_staff_outlet(p, s, l);
		if (known == NULL && sites_outlet_place(p, s, l))
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
int
sites_names_outlet(const struct parse *p, const struct line *l)
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
long
sites_ask_recurring(struct parse *p, const struct line *l)
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

/*
 * "dpa, AFP (dp/kw)", "Reuters/AP (ab)": below the text, a line that only
 * lists known agencies (between commas, slashes, "and" or "&"), closed by
 * the editors' initials in brackets, or two agencies without them: the
 * agencies the text drew on, cites.  Returns 1 when the line is one.
 */
int
sites_agency_list(struct parse *p, const struct line *l)
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
		if (cites_add(p, names[i]) != 0)
			return -1;
	return 1;
}
