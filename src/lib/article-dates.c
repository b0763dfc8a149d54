/*
 * article-dates.c: dates printed on the page.  Month names come from
 * months.c: English ones make a date with a day alone, those of other
 * languages only between a day and a year.  A page date in figures whose
 * day and month could change places ("03/04/2026") is read day first, then
 * month first once the outlet is known if the outlet writes its dates so or
 * the page prints that reading unambiguously (dates_resolve()).  A date line
 * with a two-digit year ("19.11.26") at the top is the page date only when no
 * full date is printed, read the same way.  Dates are written ISO 8601
 * (YYYY-MM-DD) into a buffer of 11 bytes and are always valid calendar days.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "months.h"
#include "outlets.h"
#include "text.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
static const char *const weekday_names[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
	"sat", "sun"
};

/* A word of weekday_names? */
int
dates_weekday(const char *s, size_t n)
{
	return span_word_in(s, n, weekday_names, PX_NITEMS(weekday_names));
}

/* An English month name or its abbreviation at s[i] (months.c), and
 * capitalised if capital: 1-12 with *end after it (and a full stop), or 0. */
int
dates_month_in(const char *s, size_t len, size_t i, size_t *end, int capital)
{
	int	m, english = 0;

	if (i >= len || (capital && !isupper((unsigned char)s[i])))
		return 0;
	if ((m = months_at(months_default(), s, len, i, end, &english)) == 0 ||
	    !english)
		return 0;
	return m;
}

/* A month name or its abbreviation, capitalised, at s[i]: 1-12, or 0. */
int
dates_month_at(const char *s, size_t len, size_t i, size_t *end)
{
	return dates_month_in(s, len, i, end, 1);
}

/* A month name in any language known, in any case, at s[i]: 1-12, or 0.
 * Only between a day number and a year: "mar", "des", "out" are words. */
int
dates_month_word(const char *s, size_t len, size_t i, size_t *end)
{
	return months_at(months_default(), s, len, i, end, NULL);
}

int
dates_number_at(const char *s, size_t len, size_t i, size_t maxd, size_t *end)
{
	size_t	e = i;
	int	v = 0;

	while (e < len && isdigit((unsigned char)s[e]) && e - i < maxd + 1) {
		v = v * 10 + (s[e] - '0');
		e++;
	}
	if (e == i || e - i > maxd ||
	    (e < len && isdigit((unsigned char)s[e])))
		return -1;
	*end = e;
	return v;
}

int
dates_valid_date(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1)
		return 0;
	if (m == 2 && d == 29)
		return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= mdays[m - 1];
}

/* After a day number: "25th", "1st", "1er", "1º", "1ª". */
static size_t
skip_ordinal(const char *s, size_t len, size_t e)
{
	if (e + 1 < len && (strncmp(s + e, "st", 2) == 0 ||
	    strncmp(s + e, "nd", 2) == 0 || strncmp(s + e, "rd", 2) == 0 ||
	    strncmp(s + e, "th", 2) == 0 || strncmp(s + e, "er", 2) == 0 ||
	    strncmp(s + e, "\xc2\xba", 2) == 0 ||
	    strncmp(s + e, "\xc2\xaa", 2) == 0))
		return e + 2;
	return e;
}

/* Between a day number, a month name and a year: spaces, one of ".-/,",
 * a linking word ("14 de marzo de 2026", "25th of February").  Returns
 * where the next part starts (e when there is nothing to skip). */
static size_t
skip_link(const char *s, size_t len, size_t e)
{
	static const char *const links[] = { "de", "del", "of" };
	size_t	k, n;

	if (e < len && strchr(".-/,", s[e]) != NULL && s[e] != '\0')
		e++;
	e = span_skip_sp(s, len, e);
	for (k = 0; k < PX_NITEMS(links); k++) {
		n = strlen(links[k]);
		if (e + n < len && strncmp(s + e, links[k], n) == 0 &&
		    s[e + n] == ' ')
			return span_skip_sp(s, len, e + n);
	}
	return e;
}

/*
 * A year of four digits at s[i], no digit after it: the year, or -1.  A
 * year run into the clock time after it, as scrapers join a page's date
 * and time ("March 4, 20263:55 PM"), is a year too: 19xx or 20xx, then
 * one or two digits, a colon and two more.
 */
static int
year_at(const char *s, size_t len, size_t i, size_t *end)
{
	size_t	e, k;
	int	y;

	if ((y = dates_number_at(s, len, i, 4, &e)) >= 0 && e - i == 4) {
		*end = e;
		return y;
	}
	if (i + 7 > len || (memcmp(s + i, "19", 2) != 0 &&
	    memcmp(s + i, "20", 2) != 0))
		return -1;
	for (k = i; k < i + 4; k++)
		if (!isdigit((unsigned char)s[k]))
			return -1;
	k = i + 4;
	if (k + 1 < len && isdigit((unsigned char)s[k + 1]))
		k++;
	if (k + 4 > len || !isdigit((unsigned char)s[i + 4]) ||
	    s[k + 1] != ':' || !isdigit((unsigned char)s[k + 2]) ||
	    !isdigit((unsigned char)s[k + 3]) ||
	    (k + 4 < len && isdigit((unsigned char)s[k + 4])))
		return -1;
	*end = i + 4;
	return (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 +
	    (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
}

/* A number at s[i] then one of two markers (UTF-8), perhaps a space: the
 * number with *end after them, or -1. */
static int
marked_at(const char *s, size_t len, size_t i, size_t maxd, const char *m1,
    const char *m2, size_t *end)
{
	size_t	e;
	int	v;

	if ((v = dates_number_at(s, len, i, maxd, &e)) < 0)
		return -1;
	if (e + 3 <= len && (memcmp(s + e, m1, 3) == 0 ||
	    memcmp(s + e, m2, 3) == 0)) {
		*end = span_skip_sp(s, len, e + 3);
		return v;
	}
	return -1;
}

/* A date in Chinese, Japanese or Korean figures: year, month and day each
 * followed by its sign.  Returns the end (0: none). */
static size_t
cjk_date(const char *s, size_t len, size_t i, int *y, int *m, int *d)
{
	static const char year[] = "\xe5\xb9\xb4", month[] = "\xe6\x9c\x88",
	    day[] = "\xe6\x97\xa5";	/* 年 月 日 */
	static const char nyear[] = "\xeb\x85\x84", nmonth[] = "\xec\x9b\x94",
	    nday[] = "\xec\x9d\xbc";	/* 년 월 일 */
	size_t	e = i;

	if ((*y = marked_at(s, len, e, 4, year, nyear, &e)) < 1000 ||
	    (*m = marked_at(s, len, e, 2, month, nmonth, &e)) < 0 ||
	    (*d = marked_at(s, len, e, 2, day, nday, &e)) < 0)
		return 0;
	while (e > i && s[e - 1] == ' ')
		e--;
	return e;
}

/*
 * A full date starting at s[i]: fills y/m/d and *end, or returns 0.
 * *ambig (when not NULL) is set when the date was written in figures
 * with the day first and its day and month could change places
 * ("03/04/2026"; not when equal or with a part over 12).
 */
static int
date_read(const char *s, size_t len, size_t i, int *y, int *m, int *d,
    size_t *end, int *ambig)
{
	size_t	e, e2;
	int	a, b, c;

	if (ambig != NULL)
		*ambig = 0;
	/* Month D, YYYY */
	if ((a = dates_month_word(s, len, i, &e)) != 0) {
		e = span_skip_sp(s, len, e);
		if ((b = dates_number_at(s, len, e, 2, &e)) < 0)
			return 0;
		e = skip_ordinal(s, len, e);
		if (e < len && s[e] == ',')
			e++;
		e = span_skip_sp(s, len, e);
		if ((c = year_at(s, len, e, &e2)) < 0)
			return 0;
		*y = c; *m = a; *d = b; *end = e2;
		return dates_valid_date(c, a, b);
	}
	if (!isdigit((unsigned char)s[i]))
		return 0;
	/* YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD */
	if ((a = dates_number_at(s, len, i, 4, &e)) >= 0 && e - i == 4 &&
	    e < len && (s[e] == '-' || s[e] == '/' || s[e] == '.')) {
		char sep = s[e];

		if ((b = dates_number_at(s, len, e + 1, 2, &e)) < 0 ||
		    e >= len || s[e] != sep || (c = dates_number_at(s, len,
		    e + 1, 2, &e)) < 0)
			return 0;
		*y = a; *m = b; *d = c; *end = e;
		return dates_valid_date(a, b, c);
	}
	/* "2026年4月4日", "2026년 4월 4일" */
	if ((e = cjk_date(s, len, i, &a, &b, &c)) != 0) {
		*y = a; *m = b; *d = c; *end = e;
		return dates_valid_date(a, b, c);
	}
	if ((a = dates_number_at(s, len, i, 2, &e)) < 0)
		return 0;
	/* DD.MM.YYYY (European); DD/MM/YYYY or MM/DD/YYYY (or with
	 * hyphens): a part over 12 is the day; when both could be months,
	 * the day comes first (as on most of the world's sites) and *ambig
	 * says so: the outlet may write the month first (dates_resolve()). */
	if (e + 1 < len && (s[e] == '.' || s[e] == '/' || s[e] == '-') &&
	    isdigit((unsigned char)s[e + 1])) {
		char sep = s[e];

		if ((b = dates_number_at(s, len, e + 1, 2, &e)) < 0 ||
		    e >= len || s[e] != sep || (c = dates_number_at(s, len,
		    e + 1, 4, &e2)) < 0 || e2 - e != 5)
			return 0;
		if (sep != '.') {
			if (a > 12 && b <= 12)
				;
			else if (b > 12 && a <= 12) {
				int t = a;

				a = b;
				b = t;
			} else if (a > 12)
				return 0;
			else if (a != b && ambig != NULL)
				*ambig = 1;
		}
		*y = c; *m = b; *d = a; *end = e2;
		return dates_valid_date(c, b, a);
	}
	/* D Month YYYY, "25th February 2022", "3. März 2026", "04-Apr-2026",
	 * "04.apr.2026", "14 de marzo de 2026", "1er avril 2026" */
	e = skip_ordinal(s, len, e);
	if ((b = dates_month_word(s, len, skip_link(s, len, e), &e)) == 0)
		return 0;
	if ((c = year_at(s, len, skip_link(s, len, e), &e2)) < 0)
		return 0;
	*y = c; *m = b; *d = a; *end = e2;
	return dates_valid_date(c, b, a);
}

/* A full date starting at s[i]: fills y/m/d and *end, or returns 0. */
int
dates_at(const char *s, size_t len, size_t i, int *y, int *m, int *d,
    size_t *end)
{
	return date_read(s, len, i, y, m, d, end, NULL);
}

/* A valid date as "YYYY-MM-DD". */
void
dates_iso(char iso[11], int y, int m, int d)
{
	snprintf(iso, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
}

/* The first full date in s[a, b): "YYYY-MM-DD" into iso, its span. */
int
dates_find(const char *s, size_t a, size_t b, char iso[11], size_t *ds,
    size_t *de)
{
	size_t	i, e;
	int	y, m, d;

	for (i = a; i < b; i++) {
		if (i > a && isalnum((unsigned char)s[i - 1]))
			continue;
		if (!isalnum((unsigned char)s[i]))
			continue;
		if (dates_at(s, b, i, &y, &m, &d, &e)) {
			snprintf(iso, 11, "%04d-%02d-%02d", y, m, d);
			*ds = i;
			*de = e;
			return 1;
		}
	}
	return 0;
}

/* Shaped like a date, but not one that exists ("29 February 2023",
 * "31/31/2022"): digits, separators, a month name. */
static int
dateish(const char *s, size_t a, size_t b)
{
	size_t	i, e, digits = 0, months = 0;

	if (b - a > 30)
		return 0;
	for (i = a; i < b;) {
		if (isdigit((unsigned char)s[i]))
			digits++;
		else if (dates_month_word(s, b, i, &e) != 0) {
			months++;
			i = e;
			continue;
		} else if (strchr("./-:, ", s[i]) == NULL)
			return 0;
		i++;
	}
	return digits >= 5 && digits <= 8 && months <= 1;
}

/*
 * "(translated from Russian)" closing s[a, b) after a date ending at a:
 * where its bracket opens (at most six words, no figure), or b.
 */
static size_t
date_remark(const char *s, size_t a, size_t b)
{
	size_t	k;

	for (k = b - 1; k > a && s[k - 1] != '('; k--)
		if (isdigit((unsigned char)s[k - 1]) || s[k - 1] == ')')
			return b;
	if (k == a || span_words(s, k, b - 1) > 6)
		return b;
	k--;
	while (k > a && s[k - 1] == ' ')
		k--;
	return k;
}

/* A line that is only a printed date, with perhaps a weekday, a time, a
 * label ("Published: Friday, February 25, 2022 10:45 IST") and a remark
 * in brackets after it ("(translated from Russian)"). */
int
dates_line(const char *s, size_t a, size_t b, char iso[11])
{
	size_t	ds, de, i, w, k, extra = 0;

	iso[0] = '\0';
	if (b - a > 100)
		return 0;
	if (!dates_find(s, a, b, iso, &ds, &de)) {
		iso[0] = '\0';
		return dateish(s, a, b);
	}
	/* a remark in brackets closing the line, "(translated from X)",
	 * is no part of a sentence */
	if (s[b - 1] == ')' && (k = date_remark(s, de, b)) < b)
		b = k;
	for (i = a; i < b; i = w) {
		while (i < b && !isalpha((unsigned char)s[i]))
			i++;
		if (i >= b)
			break;
		for (w = i; w < b && isalpha((unsigned char)s[w]); w++)
			;
		if (i >= ds && i < de)
			continue;
		if (dates_weekday(s + i, w - i) || w - i <= 3)
			continue;
		extra++;
	}
	if (extra > 3)
		return 0;
	/* a full stop ends a sentence, not a date, unless it is that of
	 * the year's abbreviation after it ("2026 г.", "2026 р.") */
	i = span_skip_sp(s, b, de);
	if (i > de && b - i <= 5 && b - i >= 2 && !isdigit((unsigned char)
	    s[i]) && memchr(s + i, ' ', b - i - 1) == NULL)
		return 1;
	/* nor that of a time's "A.M.", "p.m." ("08:12 A.M.") */
	if (b - de >= 8 && (strncasecmp(s + b - 4, "a.m.", 4) == 0 ||
	    strncasecmp(s + b - 4, "p.m.", 4) == 0) && s[b - 5] == ' ' &&
	    isdigit((unsigned char)s[b - 6]) && isdigit((unsigned char)
	    s[b - 7]) && s[b - 8] == ':')
		return 1;
	return !(s[b - 1] == '.' && de != b);
}

/*
 * "19.11.26", "Updated: 19/11/26 14:20 GMT": a page date line whose year
 * has two digits (20YY), perhaps after a label or a weekday and before a
 * time and its zone, and perhaps a place in capitals and a dash ("19/11/26
 * 14:20 OSLO -").  The day comes first unless it is over 12
 * (dates_resolve() turns an ambiguous one round for a month-first outlet).
 * Sets iso and *ambig (day and month could change places); only ever a
 * whole line, never a date in the text.
 */
int
dates_short(const char *s, const struct line *l, char iso[11], int *ambig)
{
	static const char *const labels[] = { "updated", "published",
	    "posted", "date", "on" };
	size_t	i = l->a, e, k, w, b = l->b, dl;
	int	d, m, y, t, placed = 0;
	char	sep;

	if (l->words > 7 || l->b - l->a > 60)
		return 0;
	/* "19/11/26 11:47 OSLO -": a dateline in capitals after the time */
	for (k = b; k > l->a && s[k - 1] != ' '; k--)
		;
	if (k > l->a && (dl = span_dash_at(s, b, k)) != 0 && k + dl == b) {
		placed = 1;
		b = k - 1;
	}
	/* labels and weekdays, perhaps with a colon or comma */
	for (w = 0; w < 3 && i < b && isalpha((unsigned char)s[i]); w++) {
		for (e = i; e < b && isalpha((unsigned char)s[e]); e++)
			;
		if (!span_word_in(s + i, e - i, labels, PX_NITEMS(labels)) &&
		    !dates_weekday(s + i, e - i))
			return 0;
		if (e < b && (s[e] == ':' || s[e] == ','))
			e++;
		i = span_skip_sp(s, b, e);
	}
	if ((d = dates_number_at(s, b, i, 2, &e)) < 0 || e >= b ||
	    strchr("./-", s[e]) == NULL)
		return 0;
	sep = s[e];
	if ((m = dates_number_at(s, b, e + 1, 2, &e)) < 0 || e >= b ||
	    s[e] != sep)
		return 0;
	k = e + 1;
	if ((y = dates_number_at(s, b, k, 2, &e)) < 0 || e - k != 2 ||
	    (e < b && s[e] != ' '))
		return 0;
	/* then only a time, "am", "pm" and a zone in capitals */
	for (i = span_skip_sp(s, b, e); i < b; i = span_skip_sp(s, b, e)) {
		for (e = i; e < b && s[e] != ' '; e++)
			;
		for (k = i, t = 0; k < e && (isdigit((unsigned char)s[k]) ||
		    s[k] == ':'); k++)
			t |= s[k] == ':';
		if (k == e && t)
			continue;
		if (span_meridiem(s, i, e))
			continue;
		for (k = i; k < e && isupper((unsigned char)s[k]); k++)
			;
		if (placed && k == e && k - i >= 2)
			continue;	/* the place, "OSLO" */
		if (k - i < 2 || k - i > 5 || (k < e && s[k] != '+' &&
		    s[k] != '-'))
			return 0;
	}
	y += 2000;
	if (!dates_valid_date(y, m, d)) {
		if (!dates_valid_date(y, d, m))
			return 0;
		t = d;
		d = m;
		m = t;
	}
	*ambig = d <= 12 && m <= 12 && d != m;
	dates_iso(iso, y, m, d);
	return 1;
}

/*
 * A page date read from figures with the day first ("03/04/2026") is read
 * month first when the page prints that reading unambiguously (in words,
 * in ISO) and never the one read, or when the outlet writes its dates month
 * first (outlets.c).  Only the head of the page counts, where the page
 * date is: the lines over the text and its first two lines (a dateline);
 * a date further down is an event's or another article's.  Runs once the
 * outlet is known.
 */
void
dates_resolve(struct parse *p)
{
	struct article		*art = p->art;
	const char		*s = p->t->s;
	const struct line	*l;
	char			 alt[11], iso[11];
	size_t			 i, j, e, ncontent = 0, nabove = 0;
	int			 y, m, d, y2, m2, d2, ambig;
	int			 slashed = 0, same = 0, other = 0;

	if (art->date == NULL || strlen(art->date) != 10 ||
	    sscanf(art->date, "%4d-%2d-%2d", &y, &m, &d) != 3 || m == d ||
	    d > 12 || !dates_valid_date(y, d, m))
		return;
	dates_iso(alt, y, d, m);
	/* the head of the page: down to the slashed date (menus may be
	 * taken for content above it) and two content lines more */
	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->kind == L_CONTENT && (slashed ? ncontent++ >= 2 :
		    nabove++ >= 12))
			break;
		for (j = l->a; j < l->b; j++) {
			if ((j > l->a && isalnum((unsigned char)s[j - 1])) ||
			    !isalnum((unsigned char)s[j]) ||
			    !date_read(s, l->b, j, &y2, &m2, &d2, &e, &ambig))
				continue;
			dates_iso(iso, y2, m2, d2);
			if (ambig)
				slashed |= strcmp(iso, art->date) == 0;
			else {
				same |= strcmp(iso, art->date) == 0;
				other |= strcmp(iso, alt) == 0;
			}
			j = e - 1;
		}
	}
	slashed |= p->short_ambig;
	if (!slashed || same || (!other &&
	    !outlets_month_first(p->outlets, art->outlet)))
		return;
	memcpy(art->date, alt, sizeof alt);
}
