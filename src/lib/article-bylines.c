/*
 * article-bylines.c: bylines and credit lines ("By A and B, Agency",
 * "Staff report", a long byline with a place, "Anna Berg in Bodo" by a
 * date line), the outlet a credit names
 * (bylines_take_credit() keeps the first credit and the next one) and
 * relative time stamps ("2 hours ago").  A publisher's name right under a
 * byline is furniture by its place.
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

/* A credit line's outlet (NULL: none): the first credits the text, later
 * ones are citations.  Takes name. */
int
bylines_take_credit(struct parse *p, char *name)
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
	r = cites_add(p, name);
	free(name);
	return r;
}

/*
 * "by HARBOUR DAILY WITH AFP": a byline of two known outlets; the first
 * is a credit (bylines_take_credit()), the agency after "with" a citation.
 * Returns 1 for such a line, -1 when out of memory.
 */
int
bylines_byline_with(struct parse *p, const char *s, const struct line *l)
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
	if (cites_add(p, known) != 0 || (name = util_strdup(own)) == NULL)
		return -1;
	return bylines_take_credit(p, name) != 0 ? -1 : 1;
}

/*
 * "Source: X/Y/ab(cd)", "Sources: X, Y": the known outlets a credit line
 * names after the first one (whose name is first) are cites.
 */
int
bylines_credit_cites(struct parse *p, const struct line *l, const char *first)
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
		    first) != 0) && cites_add(p, name) != 0)
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
int
bylines_author_line(const char *s, const struct line *l)
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
 * "By JANE DOE and LARS VIK Example Press": a byline of up to 14 words
 * that ends in a known outlet's name, without a comma before it.
 */
static int
outlet_byline(struct parse *p, const char *s, const struct line *l)
{
	size_t	i, end;

	if (l->words > 14 || (strncmp(s + l->a, "By ", 3) != 0 &&
	    strncmp(s + l->a, "BY ", 3) != 0))
		return 0;
	for (i = l->a + 3; i < l->b; i++) {
		if (s[i - 1] != ' ')
			continue;
		if (outlets_match(p->outlets, s, l->b, i, &end) != NULL &&
		    end == l->b)
			return 1;
	}
	return 0;
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
/*
 * "Anna Berg in Bodo" over a date line, or under one: a writer's name
 * (two or three capitalised words) then "in" and a place (one to three
 * capitalised words), no figure, is a byline with the writer's post.
 */
static int
name_in_place(const struct parse *p, const char *s, const struct line *l)
{
	const struct line	*n;
	char			 iso[11];
	size_t			 i, e, k = (size_t)(l - p->lines);
	size_t			 before = 0, after = 0;
	int			 in = 0;

	if (l->words < 4 || l->words > 6)
		return 0;
	for (i = l->a; i < l->b; i = span_skip_sp(s, l->b, e)) {
		for (e = i; e < l->b && s[e] != ' '; e++)
			if (isdigit((unsigned char)s[e]) || s[e] == ',' ||
			    s[e] == ':' || s[e] == '|')
				return 0;
		if (!in && before >= 2 && e - i == 2 && memcmp(s + i, "in",
		    2) == 0) {
			in = 1;
			continue;
		}
		if (span_first_case(s, i, e) != 1)
			return 0;
		if (in)
			after++;
		else
			before++;
	}
	if (!in || before > 3 || after < 1 || after > 3)
		return 0;
	if (k > 0 && p->lines[k - 1].kind == L_DATE)
		return 1;
	if (k + 1 >= p->nlines)
		return 0;
	n = &p->lines[k + 1];
	return dates_line(s, n->a, n->b, iso);
}

int
bylines_find(struct parse *p, const char *s, const struct line *l, int titled)
{
	size_t		 i, e, with = 0, end;
	const char	*name;

	if (l->punct || l->words < 2 || (l->words > 7 && !long_byline(s, l) &&
	    !outlet_byline(p, s, l)))
		return 0;
	if (strncmp(s + l->a, "By ", 3) == 0 ||
	    strncmp(s + l->a, "BY ", 3) == 0 || kind_by(s, l->a, l->b) ||
	    sites_by_glued(s, l) || bylines_author_line(s, l))
		return 1;
	if (!titled)
		return 0;
	if (sites_staff_outlet(p, s, l) != NULL || sites_outlet_place(p, s,
	    l) || staff_report(s, l) || name_in_place(p, s, l))
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
		if (name == NULL || cites_add(p, name) != 0)
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
int
bylines_byline_place(struct parse *p, const char *s, const struct line *l)
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
	if (!worded && sites_outlet_place(p, s, l))
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
int
bylines_relative_time(const char *s, const struct line *l)
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
