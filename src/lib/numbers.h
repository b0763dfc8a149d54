/*
 * numbers.h: figures as news text writes them.  "2,870", "1.4 million",
 * "eight", "two hundred", "hundreds", ranges ("100 to 300") and hedges
 * ("about", "around", "at least", "more than", "no less than", "nearly").
 *
 * numbers_scan() walks a UTF-8 sentence and reports every figure with its
 * byte span, its value (the low end for ranges and vague plurals: "hundreds"
 * is 100 with NUMBER_APPROX and a high end of 999, "tens of thousands"
 * 10,000..99,999), the hedge that precedes it and flags that let
 * a caller rule out non-counts (years, ordinals, decades, times, money).
 * A time of day is hours and minutes on the 24-hour clock (14.30 for
 * "2:30 pm", "14:30" or "1430 GMT"); one written on the hour ("2am") runs
 * to the end of the hour (2 to 2.59).
 */
#ifndef PX_NUMBERS_H
#define PX_NUMBERS_H

#include <stddef.h>

enum number_flags {
	NUMBER_APPROX	= 0x01,	/* hedged or vague ("about", "hundreds") */
	NUMBER_RANGE	= 0x02,	/* "100 to 300": value is 100, high 300 */
	NUMBER_YEAR	= 0x04,	/* 1900..2100 written as a bare year */
	NUMBER_ORDINAL	= 0x08,	/* "second", "3rd" */
	NUMBER_DECADE	= 0x10,	/* "1990s" */
	NUMBER_PERCENT	= 0x20,	/* "4.4%", "per cent" */
	NUMBER_MONEY	= 0x40,	/* "$2.5 billion", "A$4.56" */
	NUMBER_TIME	= 0x80,	/* "10:30", "0335 GMT" */
	NUMBER_WORD	= 0x100,/* written in words */
	NUMBER_DATE	= 0x200,/* a day of a month: "February 25" */
	NUMBER_MEASURE	= 0x400,/* a quantity of a unit: "5 km", "4-year" */
	NUMBER_AGE	= 0x800	/* an age: "aged 45", "a 45-year-old" */
};

struct number {
	size_t		 start, end;	/* byte span in the sentence */
	double		 value;
	double		 high;		/* == value unless NUMBER_RANGE */
	int		 flags;
	const char	*hedge;		/* static string ("about") or NULL */
	size_t		 hstart;	/* where the hedge starts (== start
					   when there is none) */
};

/*
 * Scan s (len bytes) for figures.  *out is a new array the caller frees
 * (NULL when none); returns the count, or -1 on allocation failure.
 */
long numbers_scan(const char *s, size_t len, struct number **out);

/*
 * Two figures agree up to rounding: within 1% of each other, or one is a
 * round figure the other rounds to and they are within 5% (470 and 471 do,
 * 500 and 498 do; 400 and 498 don't, 137 and 2,870 don't).  A hedge does
 * not widen the tolerance: "about 400" still disagrees with 498.
 */
int numbers_agree(double a, double b);

/* A figure (or range lo..hi) agrees with another (or range): the ranges
 * overlap or their ends agree by numbers_agree(). */
int numbers_ranges_agree(double alo, double ahi, double blo, double bhi);

/* Flags that mark a figure that is not a count of anything. */
#define NUMBER_NOT_COUNT (NUMBER_YEAR | NUMBER_ORDINAL | NUMBER_DECADE | \
	NUMBER_PERCENT | NUMBER_MONEY | NUMBER_TIME | NUMBER_DATE | \
	NUMBER_MEASURE | NUMBER_AGE)

#endif
