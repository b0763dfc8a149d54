/*
 * check-numbers.c: figures in sentences from many kinds of stories, each
 * with the exact span, value, range, flags and hedge numbers_scan() must
 * report; text that holds no figure; and numbers_agree() on rounding.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "numbers.h"

struct num_case {
	const char	*text;
	const char	*span;		/* the figure as it must be spanned */
	double		 value, high;	/* high 0: same as value */
	int		 flags;
	const char	*hedge;		/* NULL: none */
	const char	*hspan;		/* where the hedge starts, or NULL */
};

#define A NUMBER_APPROX
#define R NUMBER_RANGE
#define W NUMBER_WORD

static const struct num_case num_cases[] = {
	{ "Rescuers said 2,870 bodies had been recovered.", "2,870", 2870, 0,
	  0, NULL, NULL },
	{ "The agency counted 1 502 damaged homes.", "1 502", 1502, 0, 0,
	  NULL, NULL },
	{ "Die Polizei meldete 1.502.000 Besucher.", "1.502.000", 1502000, 0,
	  0, NULL, NULL },
	{ "The quake measured 6.8 on the scale.", "6.8", 6.8, 0, 0, NULL,
	  NULL },
	{ "The port city of 1.4 million people was hit.", "1.4 million",
	  1400000, 0, 0, NULL, NULL },
	{ "Damage may reach 2.5 billion, insurers said.", "2.5 billion",
	  2.5e9, 0, 0, NULL, NULL },
	{ "A blast at the plant injured eight workers.", "eight", 8, 0, W,
	  NULL, NULL },
	{ "Twenty-one miners were trapped underground.", "Twenty-one", 21, 0,
	  W, NULL, NULL },
	{ "Officials said two hundred and fifty homes burned.",
	  "two hundred and fifty", 250, 0, W, NULL, NULL },
	{ "A dozen villages were cut off by the floods.", "A dozen", 12, 0, W,
	  NULL, NULL },
	{ "Unions said a quarter of a million workers took part.",
	  "a quarter of a million", 250000, 0, W, NULL, NULL },
	{ "Dozens of fishermen are still missing.", "Dozens", 12, 99, W | A,
	  NULL, NULL },
	{ "Hundreds of residents fled the fire.", "Hundreds", 100, 999, W | A,
	  NULL, NULL },
	{ "Thousands marched through the capital.", "Thousands", 1000, 9999,
	  W | A, NULL, NULL },
	{ "Tens of thousands lost power overnight.", "Tens of thousands",
	  10000, 99999, W | A, NULL, NULL },
	{ "Scores of shops were looted.", "Scores", 40, 99, W | A, NULL,
	  NULL },
	{ "Hundreds of thousands fled the city.", "Hundreds of thousands",
	  100000, 999999, W | A, NULL, NULL },
	{ "The storm killed 100 to 300 people.", "100 to 300", 100, 300, R,
	  NULL, NULL },
	{ "The storm killed 100-300 people.", "100-300", 100, 300, R, NULL,
	  NULL },
	{ "Between 100 and 300 people died in the storm.", "100 and 300", 100,
	  300, R, NULL, NULL },
	{ "Two or three boats capsized.", "Two or three", 2, 3, R | W, NULL,
	  NULL },
	{ "The toll could reach 1.5 to 2 million.", "1.5 to 2 million",
	  1500000, 2000000, R, NULL, NULL },
	{ "Police said about 400 protesters were held.", "400", 400, 0, A,
	  "about", "about" },
	{ "Around 3,700 homes were damaged.", "3,700", 3700, 0, A, "around",
	  "Around" },
	{ "It cost approximately 90 jobs.", "90", 90, 0, A, "approximately",
	  "approximately" },
	{ "Roughly 60 ships were in port.", "60", 60, 0, A, "roughly",
	  "Roughly" },
	{ "The fire destroyed nearly 500 plots, it said.", "500", 500, 0, A,
	  "nearly", "nearly" },
	{ "Almost 70 passengers were rescued.", "70", 70, 0, A, "almost",
	  "Almost" },
	{ "Some 400 families were evacuated.", "400", 400, 0, A, "some",
	  "Some" },
	{ "At least 120 people were killed in the quake.", "120", 120, 0, A,
	  "at least", "At least" },
	{ "More than 2,000 buildings collapsed.", "2,000", 2000, 0, A,
	  "more than", "More than" },
	{ "Over 50 flights were cancelled.", "50", 50, 0, A, "over", "Over" },
	{ "Up to 40 workers may be trapped.", "40", 40, 0, A, "up to",
	  "Up to" },
	{ "No less than 200 rockets were fired.", "200", 200, 0, A,
	  "no less than", "No less than" },
	{ "No fewer than 35 ambulances came.", "35", 35, 0, A,
	  "no fewer than", "No fewer than" },
	{ "Fewer than 10 survivors were found.", "10", 10, 0, A,
	  "fewer than", "Fewer than" },
	{ "As many as 75 miners were underground.", "75", 75, 0, A,
	  "as many as", "As many as" },
	{ "An estimated 15,000 people were displaced.", "15,000", 15000, 0, A,
	  "an estimated", "An estimated" },
	{ "Some 400-odd sailors were aboard.", "400-odd", 400, 0, A, "some",
	  "Some" },
	{ "The league was founded in 1998 by the clubs.", "1998", 1998, 0,
	  NUMBER_YEAR, NULL, NULL },
	{ "The report was published on March 3, 2021 in Geneva.", "2021",
	  2021, 0, NUMBER_YEAR, NULL, NULL },
	{ "The report was published on March 3, 2021 in Geneva.", "3", 3, 0,
	  NUMBER_DATE, NULL, NULL },
	{ "The vote is due on 14 May.", "14", 14, 0, NUMBER_DATE, NULL,
	  NULL },
	{ "Hyperinflation struck in the 1920s.", "1920s", 1920, 0,
	  NUMBER_DECADE, NULL, NULL },
	{ "It is the second day of the strike.", "second", 2, 0,
	  NUMBER_ORDINAL | W, NULL, NULL },
	{ "She finished 3rd in the race.", "3rd", 3, 0, NUMBER_ORDINAL, NULL,
	  NULL },
	{ "Inflation rose to 4.4% in March.", "4.4%", 4.4, 0, NUMBER_PERCENT,
	  NULL, NULL },
	{ "Support fell to 38 per cent.", "38 per cent", 38, 0,
	  NUMBER_PERCENT, NULL, NULL },
	{ "The bank lent $2.5 billion to the state.", "$2.5 billion", 2.5e9,
	  0, NUMBER_MONEY, NULL, NULL },
	{ "Shares closed at A$4.56 on Friday.", "A$4.56", 4.56, 0,
	  NUMBER_MONEY, NULL, NULL },
	{ "The fine was 300 euros.", "300 euros", 300, 0, NUMBER_MONEY, NULL,
	  NULL },
	/* times of day: hours and minutes on the 24-hour clock */
	{ "The ceasefire begins at 10:30 local time.", "10:30", 10.3, 0,
	  NUMBER_TIME, NULL, NULL },
	{ "The train left at 0335 GMT on Monday.", "0335 GMT", 3.35, 0,
	  NUMBER_TIME, NULL, NULL },
	/* on the hour: any minute of it */
	{ "Polls close at 8 p.m. tonight.", "8 p.m.", 20, 20.59,
	  NUMBER_TIME, NULL, NULL },
	{ "The quake struck shortly after 2am.", "2am", 2, 2.59, NUMBER_TIME,
	  NULL, NULL },
	{ "The quake hit at 2.17 am local time.", "2.17 am", 2.17, 0,
	  NUMBER_TIME, NULL, NULL },
	{ "Talks resume at 2:30 pm on Monday.", "2:30 pm", 14.3, 0,
	  NUMBER_TIME, NULL, NULL },
	{ "Talks resume at 14:30 on Monday.", "14:30", 14.3, 0, NUMBER_TIME,
	  NULL, NULL },
	{ "The blast came at 12:40 a.m. on Sunday.", "12:40 a.m.", 0.4, 0,
	  NUMBER_TIME, NULL, NULL },
	{ "The fire broke out around 2:00am.", "2:00am", 2, 0,
	  NUMBER_TIME | A, "around", "around" },
	{ "Voting ends at 1900 GMT.", "1900 GMT", 19, 0, NUMBER_TIME, NULL,
	  NULL },
	{ "The senator, aged 71, resigned.", "71", 71, 0, NUMBER_AGE, NULL,
	  NULL },
	{ "A 45-year-old man was arrested.", "45", 45, 0, NUMBER_AGE, NULL,
	  NULL },
	{ "He was elected to a six-year term.", "six", 6, 0,
	  NUMBER_MEASURE | W, NULL, NULL },
	{ "The convoy was stuck 40 km from the border.", "40", 40, 0,
	  NUMBER_MEASURE, NULL, NULL },
	{ "The region held a vote in 2014 that few recognised.", "2014", 2014,
	  0, NUMBER_YEAR, NULL, NULL },
	{ "Turnout was higher than in 2019.", "2019", 2019, 0, NUMBER_YEAR,
	  NULL, NULL },
	{ "Rescuers found 2000 survivors.", "2000", 2000, 0, 0, NULL, NULL },
	{ "The toll was revised from 120 to 2,000 on Tuesday.", "120", 120,
	  0, 0, NULL, NULL },
	{ "The toll was revised from 120 to 2,000 on Tuesday.", "2,000",
	  2000, 0, 0, NULL, NULL },
};

static const struct number *
find_span(const struct number *ns, long n, size_t start, size_t end)
{
	long	i;

	for (i = 0; i < n; i++)
		if (ns[i].start == start && ns[i].end == end)
			return &ns[i];
	return NULL;
}

START_TEST(test_scan)
{
	const struct num_case	*c = &num_cases[_i];
	const struct number	*f;
	struct number		*ns;
	const char		*at;
	long			 n;
	size_t			 start, end;

	at = strstr(c->text, c->span);
	ck_assert_ptr_nonnull(at);
	start = (size_t)(at - c->text);
	end = start + strlen(c->span);
	n = numbers_scan(c->text, strlen(c->text), &ns);
	ck_assert_int_ge(n, 1);
	f = find_span(ns, n, start, end);
	if (f == NULL) {
		for (n--; n >= 0; n--)
			fprintf(stderr, "  got [%zu,%zu) %g\n", ns[n].start,
			    ns[n].end, ns[n].value);
		ck_abort_msg("no figure spanning \"%s\" in \"%s\"", c->span,
		    c->text);
	}
	ck_assert_msg(fabs(f->value - c->value) < 1e-9, "%s: value %g",
	    c->text, f->value);
	ck_assert_msg(fabs(f->high - (c->high == 0 ? c->value : c->high)) <
	    1e-9, "%s: high %g", c->text, f->high);
	ck_assert_msg(f->flags == c->flags, "%s: flags %#x want %#x",
	    c->text, (unsigned)f->flags, (unsigned)c->flags);
	if (c->hedge == NULL) {
		ck_assert_ptr_null(f->hedge);
		ck_assert_uint_eq(f->hstart, f->start);
	} else {
		ck_assert_ptr_nonnull(f->hedge);
		ck_assert_str_eq(f->hedge, c->hedge);
		ck_assert_uint_eq(f->hstart,
		    (size_t)(strstr(c->text, c->hspan) - c->text));
	}
	free(ns);
}
END_TEST

/* Text in which the marked words hold no figure at all. */
struct none_case {
	const char	*text, *part;
};

static const struct none_case none_cases[] = {
	{ "The MH17 crash report was released.", "MH17" },
	{ "A Su-25 jet was shot down.", "25" },
	{ "Covid-19 cases rose.", "19" },
	{ "Someone saw the fire.", "one" },
	{ "The 5G rollout was delayed.", "5G" },
	{ "Some of the boats sank.", "Some" },
	{ "Over the weekend the river rose.", "Over" },
	{ "They stayed around the square.", "around" },
	{ "He ran tens of miles.", "tens" },
	{ "Test scores improved.", "scores" },
};

START_TEST(test_none)
{
	const struct none_case	*c = &none_cases[_i];
	struct number		*ns;
	size_t			 start, end;
	long			 n, i;

	start = (size_t)(strstr(c->text, c->part) - c->text);
	end = start + strlen(c->part);
	n = numbers_scan(c->text, strlen(c->text), &ns);
	ck_assert_int_ge(n, 0);
	for (i = 0; i < n; i++)
		ck_assert_msg(ns[i].end <= start || ns[i].start >= end,
		    "figure %g at [%zu,%zu) in \"%s\"", ns[i].value,
		    ns[i].start, ns[i].end, c->text);
	free(ns);
}
END_TEST

START_TEST(test_counts_and_order)
{
	const char	*s = "Of the 37 injured, 12 were children and two "
	    "were firefighters; 3rd-degree burns covered 40% of one man.";
	struct number	*ns;
	long		 n, i;

	n = numbers_scan(s, strlen(s), &ns);
	ck_assert_int_eq(n, 6);
	for (i = 1; i < n; i++)
		ck_assert_uint_gt(ns[i].start, ns[i - 1].end - 1);
	ck_assert_double_eq(ns[0].value, 37);
	ck_assert_double_eq(ns[2].value, 2);
	ck_assert_int_eq(ns[3].flags & NUMBER_ORDINAL, NUMBER_ORDINAL);
	ck_assert_int_eq(ns[4].flags & NUMBER_PERCENT, NUMBER_PERCENT);
	free(ns);
	n = numbers_scan("", 0, &ns);
	ck_assert_int_eq(n, 0);
	ck_assert_ptr_null(ns);
	/* a length shorter than the string is honoured */
	n = numbers_scan("killed 12345", 9, &ns);
	ck_assert_int_eq(n, 1);
	ck_assert_double_eq(ns[0].value, 12);
	ck_assert_uint_eq(ns[0].end, 9);
	free(ns);
}
END_TEST

START_TEST(test_bad_utf8)
{
	const char	*s = "\xff\xfe 12 \xe2\x80 dead \xc3";
	struct number	*ns;
	long		 n;

	n = numbers_scan(s, strlen(s), &ns);
	ck_assert_int_eq(n, 1);
	ck_assert_double_eq(ns[0].value, 12);
	free(ns);
}
END_TEST

struct agree_case {
	double	a, b;
	int	agree;
};

static const struct agree_case agree_cases[] = {
	{ 470, 471, 1 },
	{ 471, 470, 1 },
	{ 500, 498, 1 },
	{ 1400000, 1430000, 1 },
	{ 2000, 2000, 1 },
	{ 137, 2870, 0 },
	{ 400, 498, 0 },
	{ 316, 3700, 0 },
	{ 120, 2000, 0 },
	{ 8, 9, 0 },
	{ 10, 12, 0 },
	{ 100, 96, 1 },
	{ 100, 93, 0 },
	{ 1000, 1043, 1 },
	{ 1000, 1100, 0 },
	{ 0, 0, 1 },
	{ 0, 3, 0 },
};

START_TEST(test_agree)
{
	const struct agree_case	*c = &agree_cases[_i];

	ck_assert_msg(numbers_agree(c->a, c->b) == c->agree, "%g vs %g",
	    c->a, c->b);
}
END_TEST

START_TEST(test_ranges_agree)
{
	ck_assert(numbers_ranges_agree(100, 300, 250, 250));
	ck_assert(numbers_ranges_agree(250, 250, 100, 300));
	ck_assert(numbers_ranges_agree(100, 200, 201, 201));
	ck_assert(!numbers_ranges_agree(100, 300, 2000, 2000));
	ck_assert(!numbers_ranges_agree(137, 137, 2870, 0));
	/* vague plurals are ranges: "tens of thousands" holds 20,000 */
	ck_assert(numbers_ranges_agree(10000, 99999, 20000, 20000));
	ck_assert(numbers_ranges_agree(12, 99, 38, 38));
	ck_assert(!numbers_ranges_agree(12, 99, 150, 150));
}
END_TEST

/*
 * Session 8: South Asian scales ("lakh" 100,000, "crore" 10 million)
 * after digits and after number words, and hyphenated number words at the
 * start of a sentence.
 */
static const struct num_case scale_cases[] = {
	{ "Nearly 3.5 lakh people were moved to safety.", "3.5 lakh",
	  350000, 0, A, "nearly", "Nearly" },
	{ "About two lakh homes lost power in the storm.", "two lakh",
	  200000, 0, W | A, "about", "About" },
	{ "The state paid out 12 crore in relief.", "12 crore", 120000000, 0,
	  0, NULL, NULL },
	{ "Some 40 lakhs of pilgrims gathered at the river.", "40 lakhs",
	  4000000, 0, A, "some", "Some" },
	{ "Thirty-seven passengers were taken to hospital.", "Thirty-seven",
	  37, 0, W, NULL, NULL },
	{ "Sixty-four fishermen are still missing.", "Sixty-four", 64, 0, W,
	  NULL, NULL },
};

START_TEST(test_scan_scales)
{
	const struct num_case	*c = &scale_cases[_i];
	const struct number	*f;
	struct number		*ns;
	size_t			 start;
	long			 n;

	start = (size_t)(strstr(c->text, c->span) - c->text);
	n = numbers_scan(c->text, strlen(c->text), &ns);
	ck_assert_int_ge(n, 1);
	f = find_span(ns, n, start, start + strlen(c->span));
	ck_assert_msg(f != NULL, "no figure spanning \"%s\" in \"%s\"",
	    c->span, c->text);
	ck_assert_msg(fabs(f->value - c->value) < 1e-9, "%s: value %g",
	    c->text, f->value);
	ck_assert_msg(f->flags == c->flags, "%s: flags %#x want %#x",
	    c->text, (unsigned)f->flags, (unsigned)c->flags);
	if (c->hedge != NULL) {
		ck_assert_ptr_nonnull(f->hedge);
		ck_assert_str_eq(f->hedge, c->hedge);
	}
	free(ns);
}
END_TEST

Suite *
numbers_suite(void)
{
	Suite	*s = suite_create("numbers");
	TCase	*tc = tcase_create("scan");
	TCase	*ta = tcase_create("agree");

	tcase_add_loop_test(tc, test_scan, 0, PX_NITEMS(num_cases));
	tcase_add_loop_test(tc, test_none, 0, PX_NITEMS(none_cases));
	tcase_add_test(tc, test_counts_and_order);
	tcase_add_test(tc, test_bad_utf8);
	tcase_add_loop_test(tc, test_scan_scales, 0, PX_NITEMS(scale_cases));
	suite_add_tcase(s, tc);
	tcase_add_loop_test(ta, test_agree, 0, PX_NITEMS(agree_cases));
	tcase_add_test(ta, test_ranges_agree);
	suite_add_tcase(s, ta);
	return s;
}
