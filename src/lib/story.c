/*
 * story.c: articles into stories by union-find over strong links.
 *
 * Data: a parent array over article indexes (path halving, union by size);
 * no allocation besides it and the renumbering array.  Story numbers are
 * dense and ordered by each story's lowest article index, so the result is
 * deterministic whatever the order of the links.
 *
 * The rule of story_linked(): one long `same` pair (STORY_LONG_WORDS
 * words shared) with a good score, two pairs that share a name, or
 * STORY_MIN_WEAK similar pairs of which at least one shares a name link
 * two articles (stock phrases alone, "rescue teams reached the provincial
 * capital of X", say nothing of which quake; a short sentence about a town
 * can be in two stories of one week), unless both are dated more than
 * STORY_MAX_DAYS apart: the same words weeks later are another event
 * (the same toll of another storm, the same talks' next round).  An
 * undated article links to any date; the engine compares an article with
 * the span of an undated one's story (story_span_nearest()), so that it
 * cannot bridge two dated stories months apart.  But STORY_STRONG
 * sentences of one article in STORY_STRONG_PAIRS pairs with the other's
 * link them whatever their dates: a live page's printed date is its last
 * update, years after the event.
 */
#include "px.h"
#include "story.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STORY_MAX_DAYS		10
#define STORY_SAME_SCORE	0.5
#define STORY_MIN_WEAK		5
#define STORY_STRONG		6	/* sentences paired, */
#define STORY_STRONG_PAIRS	10	/* in as many pairs: any dates */

static long
days_from_civil(long y, long m, long d)
{
	long	era, yoe, doy, doe;

	/* Howard Hinnant's well-known proleptic Gregorian day count. */
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The value of the n digits at s, or -1 if one is not a digit. */
static int
digits(const char *s, int n)
{
	int	v = 0;

	for (; n > 0; n--, s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

/* "YYYY-MM-DD" and nothing else (the engine compares the dates of
 * every article it links, so no sscanf). */
static int
parse_date(const char *s, long *days)
{
	int	y, m, d;

	if (s == NULL || (y = digits(s, 4)) < 0 || s[4] != '-' ||
	    (m = digits(s + 5, 2)) < 0 || s[7] != '-' ||
	    (d = digits(s + 8, 2)) < 0 || s[10] != '\0' || m < 1 || m > 12 ||
	    d < 1 || d > 31)
		return -1;
	*days = days_from_civil(y, m, d);
	return 0;
}

long
story_day(const char *date)
{
	long	d;

	return parse_date(date, &d) == 0 ? d : LONG_MIN;
}

long
story_days_between(const char *a, const char *b)
{
	long	da, db;

	if (parse_date(a, &da) != 0 || parse_date(b, &db) != 0)
		return -1;
	return da > db ? da - db : db - da;
}

int
story_near_days(long day_a, long day_b)
{
	if (day_a == LONG_MIN || day_b == LONG_MIN)
		return 1;
	return labs(day_a - day_b) <= STORY_MAX_DAYS;
}

int
story_near(const char *date_a, const char *date_b)
{
	return story_near_days(story_day(date_a), story_day(date_b));
}

const char *
story_date_near(int month_day, const char *date, char out[11])
{
	long	day, best = -1, dd, k;
	int	y, m = month_day / 100, d = month_day % 100, by = 0;

	if (month_day <= 0 || parse_date(date, &day) != 0 || m < 1 ||
	    m > 12 || d < 1 || d > 31)
		return NULL;
	y = digits(date, 4);
	for (k = y - 4; k <= y + 4; k++) {	/* a 29 February too */
		if (k < 1 || k > 9999 || (m == 2 && d == 29 &&
		    !(k % 4 == 0 && (k % 100 != 0 || k % 400 == 0))))
			continue;
		dd = labs(days_from_civil(k, m, d) - day);
		if (best < 0 || dd < best) {
			best = dd;
			by = (int)k;
		}
	}
	if (best < 0)
		return NULL;
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)by % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
	return out;
}

const char *
story_date_label(const char *date, int month_day, char buf[8])
{
	if (date != NULL)
		return date;
	if (month_day < 101 || month_day > 1231 || month_day % 100 < 1 ||
	    month_day % 100 > 31)
		return NULL;
	snprintf(buf, 8, "--%02u-%02u", (unsigned)month_day / 100 % 100u,
	    (unsigned)month_day % 100u);
	return buf;
}

const char *
story_span_nearest(const char *date, const char *first, const char *last)
{
	if (date == NULL || first == NULL)
		return NULL;
	if (last == NULL)
		last = first;
	if (strcmp(date, first) < 0)
		return first;
	if (strcmp(date, last) > 0)
		return last;
	return date;
}

int
story_spans_near(const char *first_a, const char *last_a,
    const char *first_b, const char *last_b)
{
	if (first_a == NULL || first_b == NULL)
		return 1;
	if (last_a == NULL)
		last_a = first_a;
	if (last_b == NULL)
		last_b = first_b;
	if (strcmp(last_a, first_b) < 0)
		return story_near(last_a, first_b);
	if (strcmp(last_b, first_a) < 0)
		return story_near(last_b, first_a);
	return 1;
}

int
story_linked(const struct story_link *l, const char *date_a,
    const char *date_b)
{
	if (l->nsents >= STORY_STRONG &&
	    l->nsame + l->nsimilar >= STORY_STRONG_PAIRS)
		return 1;
	if (!story_near(date_a, date_b))
		return 0;
	if (l->nlong > 0 && l->best >= STORY_SAME_SCORE)
		return 1;
	return l->nsame + l->nsimilar >= STORY_MIN_SIMILAR ||
	    (l->nsame + l->nsimilar > 0 &&
	    l->nsame + l->nsimilar + l->nweak >= STORY_MIN_WEAK);
}

static size_t
find(size_t *parent, size_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}

long
story_group(size_t n, const char *const *dates,
    const struct story_link *links, size_t nlinks, long *out)
{
	size_t	*parent, *size, i, ra, rb;
	long	*number, next = 0;

	if (n == 0)
		return 0;
	parent = calloc(n, sizeof *parent);
	size = calloc(n, sizeof *size);
	number = malloc(n * sizeof *number);
	if (parent == NULL || size == NULL || number == NULL) {
		free(parent);
		free(size);
		free(number);
		return -1;
	}
	for (i = 0; i < n; i++) {
		parent[i] = i;
		size[i] = 1;
		number[i] = -1;
	}
	for (i = 0; i < nlinks; i++) {
		const struct story_link	*l = &links[i];

		if (l->a >= n || l->b >= n || l->a == l->b)
			continue;
		if (!story_linked(l, dates ? dates[l->a] : NULL,
		    dates ? dates[l->b] : NULL))
			continue;
		ra = find(parent, l->a);
		rb = find(parent, l->b);
		if (ra == rb)
			continue;
		if (size[ra] < size[rb]) {
			size_t	t = ra;

			ra = rb;
			rb = t;
		}
		parent[rb] = ra;
		size[ra] += size[rb];
	}
	for (i = 0; i < n; i++) {
		ra = find(parent, i);
		if (number[ra] < 0)
			number[ra] = next++;
		out[i] = number[ra];
	}
	free(parent);
	free(size);
	free(number);
	return next;
}
