/*
 * numbers.h: figures as news text writes them.  "2,870", "1.4 million",
 * "eight", "two hundred", "hundreds", ranges ("100 to 300") and hedges
 * ("about", "around", "at least", "more than", "no less than", "nearly").
 *
 * numbers_scan() walks a UTF-8 sentence and reports every figure with its
 * byte span, its value (the low end for ranges and vague plurals: "hundreds"
 * is 100 with NUMBER_APPROX), the hedge that precedes it and flags that let
 * a caller rule out non-counts (years, ordinals, decades, times, money).
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
	NUMBER_DATE	= 0x200	/* a day of a month: "February 25" */
};

struct number {
	size_t		 start, end;	/* byte span in the sentence */
	double		 value;
	double		 high;		/* == value unless NUMBER_RANGE */
	int		 flags;
	const char	*hedge;		/* static string ("about") or NULL */
};

/*
 * Scan s (len bytes) for figures.  *out is a new array the caller frees
 * (NULL when none); returns the count, or -1 on allocation failure.
 */
long numbers_scan(const char *s, size_t len, struct number **out);

/* Two figures agree up to rounding (470 and 471 do; 137 and 2,870 don't). */
int numbers_agree(double a, double b);

#endif
