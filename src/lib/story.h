/*
 * story.h: grouping articles into stories.
 *
 * The input is what the alignment engine found between articles: for each
 * pair of articles that share sentences, the number of `same` and `similar`
 * sentence pairs and the best score; and each article's printed date.  Two
 * articles belong to the same story when their link is strong enough;
 * stories are the connected components (union-find), so an article that
 * reports on two earlier ones joins their stories.  Printed dates veto a
 * link when they are far apart (see story.c); an undated article links to
 * any date.
 */
#ifndef PX_STORY_H
#define PX_STORY_H

#include <stddef.h>

#define STORY_LONG_WORDS	10	/* a `same` pair that links alone */
#define STORY_MIN_SIMILAR	2	/* pairs sharing a name that link */

struct story_link {
	size_t	a, b;		/* indexes into the article arrays */
	int	nsame;		/* `same` sentence pairs between them */
	int	nsimilar;	/* `similar` sentence pairs sharing a name */
	double	best;		/* best pair score in [0, 1] */
	int	nweak;		/* `similar` pairs that share no name */
	int	nlong;		/* of the `same` ones, those of at least
				   STORY_LONG_WORDS words */
	int	nsents;		/* sentences of one of them in the `same`
				   and `similar` pairs (0: not counted) */
};

/* Whether two dates ("YYYY-MM-DD" or NULL: any) are close enough for
 * their articles to be one story. */
int story_near(const char *date_a, const char *date_b);

/* Whether a link joins two articles dated date_a and date_b ("YYYY-MM-DD"
 * or NULL). */
int story_linked(const struct story_link *l, const char *date_a,
    const char *date_b);

/*
 * Group n articles.  dates[i] is article i's date or NULL.  On success
 * out[i] is the story number of article i: 0, 1, 2 ... numbered in order
 * of each story's first article.  Returns the number of stories, or -1 on
 * allocation failure.
 */
long story_group(size_t n, const char *const *dates,
    const struct story_link *links, size_t nlinks, long *out);

/*
 * The day of a story's span [first, last] nearest to date: date itself
 * when inside it, else first or last; NULL when date or first is NULL
 * (then nothing vetoes a link).  An undated article links to any date, so
 * an article is compared with the dates of an undated one's story instead:
 * it cannot carry a story to another month.
 */
const char *story_span_nearest(const char *date, const char *first,
    const char *last);

/* Whether two spans (NULL: unknown, near anything) are near each other. */
int story_spans_near(const char *first_a, const char *last_a,
    const char *first_b, const char *last_b);

/*
 * A page that prints its month and day without the year (month_day MMDD,
 * 0: none): its date in the year that puts it nearest to date
 * ("YYYY-MM-DD"), written into out; NULL when either is unknown (or the
 * day is no day of any year).  "March 14" read beside "2026-05-04" is
 * 2026-03-14: seven weeks away whatever the year.
 */
const char *story_date_near(int month_day, const char *date, char out[11]);

/*
 * An article's date as shown: date itself, else for a page that prints
 * its month and day without the year ISO 8601's "--MM-DD" written into
 * buf, else NULL.
 */
const char *story_date_label(const char *date, int month_day, char buf[8]);

/* story_near() of two story_day()s (LONG_MIN: undated, near any). */
int story_near_days(long day_a, long day_b);

/* Days between two ISO dates, or -1 when either is NULL or malformed. */
long story_days_between(const char *a, const char *b);
/* Days since 1970-01-01 of a "YYYY-MM-DD" date, or LONG_MIN. */
long story_day(const char *date);

#endif
