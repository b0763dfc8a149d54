/*
 * check-sentence.c: UAX #29 against every line of Unicode's
 * SentenceBreakTest.txt (from $UNICODE_DIR, default /usr/share/unicode;
 * the test fails when the file is missing), then the news tailoring, one
 * table row per rule: each row is a text and the sentences expected.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "suites.h"
#include "px.h"
#include "sentence.h"

/* Parse "÷ 0041 × 0308 ÷" into UTF-8 and the expected boundaries. */
static int
parse_test_line(const char *line, char *s, size_t *len, size_t *br,
    size_t *nbr)
{
	const char	*p = line;
	char		*end;
	unsigned long	 cp;
	int		 k;

	*len = 0;
	*nbr = 0;
	while (*p != '\0' && *p != '#' && *p != '\n') {
		if (*p == ' ' || *p == '\t') {
			p++;
			continue;
		}
		if (strncmp(p, "\xc3\xb7", 2) == 0) {		/* ÷ */
			if (*len > 0)
				br[(*nbr)++] = *len;
			p += 2;
			continue;
		}
		if (strncmp(p, "\xc3\x97", 2) == 0) {		/* × */
			p += 2;
			continue;
		}
		cp = strtoul(p, &end, 16);
		if (end == p)
			return -1;
		p = end;
		k = u8_uctomb((uint8_t *)s + *len, (ucs4_t)cp, 6);
		if (k < 0)
			return -1;
		*len += (size_t)k;
	}
	return *len > 0 ? 0 : -1;
}

START_TEST(test_uax29_file)
{
	const char	*dir = getenv("UNICODE_DIR");
	char		*path, line[4096], s[1024], *cause = NULL;
	size_t		 len, want[256], nwant, *got, ngot, i;
	FILE		*f;
	int		 lines = 0, failed = 0, ok;

	if (dir == NULL || *dir == '\0')
		dir = "/usr/share/unicode";
	path = util_printf("%s/auxiliary/SentenceBreakTest.txt", dir);
	ck_assert_ptr_nonnull(path);
	f = fopen(path, "r");
	ck_assert_msg(f != NULL, "%s missing: install unicode-data", path);
	while (fgets(line, sizeof line, f) != NULL) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		ck_assert_int_eq(parse_test_line(line, s, &len, want, &nwant),
		    0);
		lines++;
		ck_assert_int_eq(sentence_breaks(s, len, &got, &ngot, &cause),
		    0);
		ok = ngot == nwant;
		for (i = 0; ok && i < ngot; i++)
			ok = got[i] == want[i];
		if (!ok) {
			if (failed == 0)
				fprintf(stderr, "first failure: %s", line);
			failed++;
		}
		free(got);
	}
	fclose(f);
	free(path);
	ck_assert_int_gt(lines, 400);
	ck_assert_int_eq(failed, 0);
}
END_TEST

START_TEST(test_breaks_empty)
{
	size_t	*br = NULL, n = 7;

	ck_assert_int_eq(sentence_breaks("", 0, &br, &n, NULL), 0);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(br);
}
END_TEST

/* The tailoring: sentences separated by '|'. */
struct split_case {
	const char	*text;
	const char	*want;
};

static const struct split_case split_cases[] = {
	/* plain */
	{ "The quake struck at dawn. Rescuers arrived later.",
	  "The quake struck at dawn.|Rescuers arrived later." },
	{ "Was anyone hurt? Nobody knows yet! Officials are checking.",
	  "Was anyone hurt?|Nobody knows yet!|Officials are checking." },
	/* a figure opens a sentence */
	{ "Families gathered at the school. 33 people were detained later.",
	  "Families gathered at the school.|33 people were detained later." },
	{ "Aid arrived on Monday. 1,200 tents were handed out.",
	  "Aid arrived on Monday.|1,200 tents were handed out." },
	{ "See vol. 2 of the report and art. 5 of the treaty.",
	  "See vol. 2 of the report and art. 5 of the treaty." },
	{ "The toll rose to 40. 12 were children.",
	  "The toll rose to 40. 12 were children." },
	/* titles and abbreviations */
	{ "Mr. Sato and Dr. Ito met Gen. Park in St. Louis on Jan. 5.",
	  "Mr. Sato and Dr. Ito met Gen. Park in St. Louis on Jan. 5." },
	{ "Lt. Col. Reyes said the No. 2 reactor was safe.",
	  "Lt. Col. Reyes said the No. 2 reactor was safe." },
	{ "Sen. Ortiz spoke on Feb. 25, 2022 about the summit.",
	  "Sen. Ortiz spoke on Feb. 25, 2022 about the summit." },
	{ "It owns trucks, cranes, etc. and boats.",
	  "It owns trucks, cranes, etc. and boats." },
	{ "The plant belongs to Acme Inc. The firm declined to comment.",
	  "The plant belongs to Acme Inc.|The firm declined to comment." },
	{ "Acme Inc. Chief Executive Jo Lee visited the site.",
	  "Acme Inc. Chief Executive Jo Lee visited the site." },
	{ "Leaders, e.g. the premier, arrived. Talks began.",
	  "Leaders, e.g. the premier, arrived.|Talks began." },
	/* initials */
	{ "The report by J. K. Tanaka was cited.",
	  "The report by J. K. Tanaka was cited." },
	/* dotted acronyms */
	{ "Then the U.S. said it would send aid.",
	  "Then the U.S. said it would send aid." },
	{ "Kuleba and U.S. Secretary of State Blinken spoke.",
	  "Kuleba and U.S. Secretary of State Blinken spoke." },
	{ "The summit was held in the U.S. The next one is in Japan.",
	  "The summit was held in the U.S.|The next one is in Japan." },
	{ "The U.N. Security Council met at 5 p.m. Sunday.",
	  "The U.N. Security Council met at 5 p.m. Sunday." },
	/* decimals and figures */
	{ "A city of 1.4 million people lost power. Crews worked late.",
	  "A city of 1.4 million people lost power.|Crews worked late." },
	{ "It measured 6.1 on the scale.",
	  "It measured 6.1 on the scale." },
	/* ellipses */
	{ "The fire continues \xe2\x80\xa6" "as crews arrive",
	  "The fire continues \xe2\x80\xa6" "as crews arrive" },
	{ "Fighting goes on... as talks resume.",
	  "Fighting goes on... as talks resume." },
	{ "He paused... The crowd waited.",
	  "He paused...|The crowd waited." },
	/* closing quotes stay with their sentence */
	{ "\xe2\x80\x9cWe will rebuild it,\xe2\x80\x9d he said. "
	  "Work starts soon.",
	  "\xe2\x80\x9cWe will rebuild it,\xe2\x80\x9d he said.|Work starts soon." },
	{ "He said: \xe2\x80\x9cIt is over.\xe2\x80\x9d Next came the vote.",
	  "He said: \xe2\x80\x9cIt is over.\xe2\x80\x9d|Next came the vote." },
	{ "\"Is it safe?\" she asked. Nobody answered.",
	  "\"Is it safe?\" she asked.|Nobody answered." },
	{ "\xe2\x80\x9cRun!\xe2\x80\x9d the guard shouted at workers.",
	  "\xe2\x80\x9cRun!\xe2\x80\x9d the guard shouted at workers." },
	/* a full stop without its space */
	{ "The two sides met.On Friday, the talks ended.",
	  "The two sides met.|On Friday, the talks ended." },
	{ "Workers fled the plant.Fire crews came.",
	  "Workers fled the plant.|Fire crews came." },
	{ "Visit example.Com today.",
	  "Visit example.Com today." },
	/* URLs and addresses */
	{ "See https://news.example.org/a?Id=3.Details follow for all.",
	  "See https://news.example.org/a?Id=3.Details follow for all." },
	{ "Write to press.Office@example.org for details. Then wait.",
	  "Write to press.Office@example.org for details.|Then wait." },
	{ "Read www.Example.com/Report.Html now.",
	  "Read www.Example.com/Report.Html now." },
	/* line feeds end sentences; white space is trimmed */
	{ "  Aftershocks followed\nA tsunami warning was issued.  ",
	  "Aftershocks followed|A tsunami warning was issued." },
};

/* Split c->text and compare the sentences, joined by '|', with c->want. */
static void
check_split(const struct split_case *c)
{
	struct sentence_span	*sp = NULL;
	size_t			 n, i, len = strlen(c->text);
	char			*got, *cause = NULL, *p;

	ck_assert_int_eq(sentence_split(c->text, len, NULL, &sp, &n, &cause),
	    0);
	got = calloc(1, len * 2 + 2);
	ck_assert_ptr_nonnull(got);
	for (i = 0, p = got; i < n; i++) {
		ck_assert_uint_lt(sp[i].start, sp[i].end);
		ck_assert_uint_le(sp[i].end, len);
		if (i > 0)
			*p++ = '|';
		memcpy(p, c->text + sp[i].start, sp[i].end - sp[i].start);
		p += sp[i].end - sp[i].start;
	}
	*p = '\0';
	ck_assert_str_eq(got, c->want);
	free(got);
	free(sp);
}

START_TEST(test_split)
{
	check_split(&split_cases[_i]);
}
END_TEST

START_TEST(test_abbrevs_table)
{
	struct sentence_abbrevs	*ab = sentence_abbrevs_new();
	struct sentence_span	*sp = NULL;
	size_t			 n;
	char			*cause = NULL;
	const char		*t = "Gov. Smith arrived. Staff cheered.";

	ck_assert_ptr_nonnull(ab);
	/* Empty table: "Gov." ends a sentence. */
	ck_assert_int_eq(sentence_split(t, strlen(t), ab, &sp, &n, &cause),
	    0);
	ck_assert_uint_eq(n, 3);
	free(sp);
	ck_assert_int_eq(sentence_abbrevs_add(ab, "# comment", &cause), 0);
	ck_assert_int_eq(sentence_abbrevs_add(ab, "Gov.", &cause), 0);
	ck_assert_int_eq(sentence_split(t, strlen(t), ab, &sp, &n, &cause),
	    0);
	ck_assert_uint_eq(n, 2);
	free(sp);
	ck_assert_int_eq(sentence_abbrevs_add(ab, "Gov", &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	sentence_abbrevs_free(ab);
	sentence_abbrevs_free(NULL);
}
END_TEST

/* A megabyte without a line feed, full of candidate boundaries, is split
 * without trouble (the test would time out if it were quadratic). */
START_TEST(test_split_huge)
{
	size_t			 len = 1 << 20, i, n;
	char			*s = malloc(len);
	struct sentence_span	*sp = NULL;
	static const char	 unit[] = "ab.Cd U.S. x?Y ";

	ck_assert_ptr_nonnull(s);
	for (i = 0; i < len; i++)
		s[i] = unit[i % (sizeof unit - 1)];
	ck_assert_int_eq(sentence_split(s, len, NULL, &sp, &n, NULL), 0);
	ck_assert_uint_gt(n, 1000);
	for (i = 1; i < n; i++)
		ck_assert_uint_ge(sp[i].start, sp[i - 1].end);
	free(sp);
	memset(s, 'a', len);
	ck_assert_int_eq(sentence_split(s, len, NULL, &sp, &n, NULL), 0);
	ck_assert_uint_eq(n, 1);
	free(sp);
	free(s);
}
END_TEST

/* Police and military ranks abbreviated before a name. */
static const struct split_case rank_cases[] = {
	{ "District police chief Adj. Sr. Comr. Lina Holm said 30 homes "
	  "burned. Crews left.",
	  "District police chief Adj. Sr. Comr. Lina Holm said 30 homes "
	  "burned.|Crews left." },
	{ "Asst. Supt. Oskar Berg and Dep. Insp. Ana Ruiz arrived at noon.",
	  "Asst. Supt. Oskar Berg and Dep. Insp. Ana Ruiz arrived at noon." },
	{ "The harbour was closed by the port's Commr. Kai Lund on Monday.",
	  "The harbour was closed by the port's Commr. Kai Lund on Monday." },
};

START_TEST(test_split_ranks)
{
	check_split(&rank_cases[_i]);
}
END_TEST

Suite *
sentence_suite(void)
{
	Suite	*s = suite_create("sentence");
	TCase	*tc;

	tc = tcase_create("uax29");
	tcase_add_test(tc, test_uax29_file);
	tcase_add_test(tc, test_breaks_empty);
	suite_add_tcase(s, tc);
	tc = tcase_create("tailored");
	tcase_add_loop_test(tc, test_split, 0, PX_NITEMS(split_cases));
	tcase_add_test(tc, test_abbrevs_table);
	tcase_add_test(tc, test_split_huge);
	tcase_set_timeout(tc, 30);
	suite_add_tcase(s, tc);
	tc = tcase_create("ranks");
	tcase_add_loop_test(tc, test_split_ranks, 0, PX_NITEMS(rank_cases));
	suite_add_tcase(s, tc);
	return s;
}
