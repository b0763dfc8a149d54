/*
 * check-furniture.c: the page furniture table: whole lines in any case,
 * prefixes as written and at a word end, suffixes, share bars, end lines
 * with counts, calls to action (and those naming a web address), accounts
 * after a share word, copyright footers anywhere in a short line,
 * section names, lines of navigation (with a brand in camel case), bars
 * of buttons, end lines and call words on their own, end markers closing
 * a paragraph, bad entries, a table of many entries, and the shipped table.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "furniture.h"

static const char *const table[] = {
	"# comment",
	"line Show More",
	"line Back to top button",
	"prefix READ",
	"prefix Read also",
	"prefix Your email address will not be published",
	"section World",
	"section Middle East",
	"heading Related Stories",
	"line Home",
	"section Home",
	"prefix Image caption",
	"heading Image caption",
	"byline Staff",
	"section Politics",
	"section Sport",
	"section Asia",
	"section Business",
	"section US news",
	"section U.S.",
	"share Share",
	"share on",
	"share via",
	"share Mail",
	"share Copy",
	"share copied",
	"share Link",
	"share Dove",
	"share Kite",
	"line Kite",
	"suffix helped with this story",
	"prefix (c)",
	"prefix STAFF ONLY",
	"end Reader notes",
	"call Join",
	"call Fetch",
	"medium kiteline",
	"medium app",
	"medium members",
	"share Kitebook",
	"marker Fin-item",
	"marker ENDS",
	"marker -- END --",
	"marker ///",
	"call Track",
};

struct match_case {
	const char		*line;
	enum furniture_kind	 kind;
};

static const struct match_case match_cases[] = {
	{ "Show More", FURNITURE_LINE },
	{ "  SHOW   more \xc2\xbb", FURNITURE_NONE },	/* "»" kept */
	{ "show more:", FURNITURE_LINE },
	{ "Back to top button", FURNITURE_LINE },
	{ "Show more people were rescued.", FURNITURE_NONE },
	{ "READ Leaders sign the pact", FURNITURE_PREFIX },
	{ "READ: Leaders sign the pact", FURNITURE_PREFIX },
	{ "READY for talks", FURNITURE_NONE },
	{ "Read the statement", FURNITURE_NONE },
	{ "Read also: quake toll rises", FURNITURE_PREFIX },
	{ "Your email address will not be published. Required *",
	  FURNITURE_PREFIX },
	/* end markers: a whole line as written */
	{ "Fin-item", FURNITURE_LINE },
	{ "  ENDS ", FURNITURE_LINE },
	{ "-- END --", FURNITURE_LINE },
	{ "///", FURNITURE_LINE },
	{ "Ends", FURNITURE_NONE },		/* case as written */
	{ "The truce ends.", FURNITURE_NONE },
	/* a call naming a web address, up to 24 words */
	{ "Track the latest news on kite.example and get updates from the "
	  "coast and the hills and around the world", FURNITURE_LINE },
	{ "Fetch kiteline.example.org", FURNITURE_LINE },
	{ "Track the storm on kite.example, the forecasters said.",
	  FURNITURE_NONE },			/* a sentence */
	{ "Track the U.S. storm as it moves north", FURNITURE_NONE },
	{ "Track the latest on version 3.12 of the kite", FURNITURE_NONE },
	{ "Track the latest news and get updates from the coast and the "
	  "hills on kite.example", FURNITURE_NONE },	/* named too late */
	{ "World", FURNITURE_SECTION },
	{ "middle east", FURNITURE_SECTION },
	{ "World leaders met.", FURNITURE_NONE },
	{ "RELATED STORIES", FURNITURE_HEADING },
	{ "Related stories about the summit", FURNITURE_NONE },
	{ "Image caption,", FURNITURE_HEADING },	/* the line wins */
	{ "Image caption: rescuers at work", FURNITURE_PREFIX },
	{ "Share on Dove Share via Mail", FURNITURE_LINE },
	{ "Link copied!", FURNITURE_LINE },
	{ "Copy Link copied", FURNITURE_LINE },
	{ "Dove \xc2\xb7 Mail \xc2\xb7 Link", FURNITURE_LINE },
	{ "\xc2\xb7 Dove", FURNITURE_NONE },	/* one word */
	{ "Kite", FURNITURE_LINE },		/* a line entry too */
	{ "Dove", FURNITURE_NONE },		/* a share word alone */
	{ "Share the road with Dove owners", FURNITURE_NONE },
	{ "Jo Lee in Oslo helped with this story.", FURNITURE_SUFFIX },
	{ "Who helped with this story is unclear, he said", FURNITURE_NONE },
	{ "Reader notes", FURNITURE_LINE },	/* a button, perhaps */
	{ "14 reader notes", FURNITURE_END },
	{ "Reader notes (3)", FURNITURE_END },
	{ "Reader notes from Oslo", FURNITURE_NONE },
	{ "(c) Kite Wire 2031. Reuse needs leave.", FURNITURE_PREFIX },
	{ "  (c) Kite Wire", FURNITURE_PREFIX },
	{ "c) Kite Wire", FURNITURE_NONE },	/* no bracket of its own */
	{ "Kite Wire (c) 2031", FURNITURE_NONE },
	{ "(STAFF ONLY) do not publish", FURNITURE_PREFIX },
	{ "STAFF ONLYX", FURNITURE_NONE },
	/* calls to action: a call word first, a medium in the first words */
	{ "Join our Kite club for the latest news", FURNITURE_NONE },
	{ "Join the kiteline for the latest news", FURNITURE_LINE },
	{ "Fetch the Dove app", FURNITURE_LINE },
	{ "Fetch the Dove app.", FURNITURE_LINE },
	{ "Join our members to keep the paper free.", FURNITURE_LINE },
	{ "Join the march, the union told its members.", FURNITURE_NONE },
	{ "Join: members of the club speak out", FURNITURE_NONE },
	{ "join the kiteline", FURNITURE_NONE },	/* no capital */
	{ "Join the queue outside the depot on the app today",
	  FURNITURE_NONE },				/* medium too late */
	{ "Join the kiteline and the app and the club and the team and the "
	  "rest", FURNITURE_NONE },			/* too long */
	{ "Should you join the app?", FURNITURE_NONE },
	{ "Join", FURNITURE_NONE },		/* a call word alone */
	{ "app", FURNITURE_NONE },		/* a medium alone */
	/* accounts after a share word */
	{ "Kitebook : @kitewire", FURNITURE_LINE },
	{ "Kitebook @kitewire Dove @kite.wire", FURNITURE_LINE },
	{ "@kitewire @dovewire", FURNITURE_NONE },	/* no share word */
	{ "Kitebook said @kitewire broke its rules", FURNITURE_NONE },
	/* copyright footers: the notice anywhere in a short line */
	{ "Kite Media, Inc. Copyright \xc2\xa9 2031 Kite Media, Inc. All "
	  "Rights Reserved.", FURNITURE_LINE },
	{ "Dove Wire News Service \xc2\xa9 2031.", FURNITURE_LINE },
	{ "Gulls over the pier at dawn. \xc2\xa9 Jo Lee, Dove Wire",
	  FURNITURE_LINE },			/* a credited caption */
	{ "Kite Wire 2031. All rights reserved.", FURNITURE_LINE },
	{ "The guild said all rights reserved to it would lapse.",
	  FURNITURE_NONE },
	{ "The Copyright Board met on Monday, the guild said.",
	  FURNITURE_NONE },
	/* too long for a footer */
	{ "The ferry guild's lawyers sent letters to forty firms and argued in "
	  "a long statement that the logo, a gull with a small \xc2\xa9 mark "
	  "printed beside it on every ticket the guild sold last year, was its "
	  "own and not the city's", FURNITURE_NONE },
	{ "", FURNITURE_NONE },
};

struct nav_case {
	const char	*line;
	int		 nav;
};

static const struct nav_case nav_cases[] = {
	{ "World Politics Sport Asia Business", 1 },
	{ "Home World US news Asia Sport Opinion Life", 1 },
	{ "World News U.S. Politics Sport Business", 1 },
	{ "Lakeside Politics & Diplomacy", 1 },
	{ "Arms & Sport", 1 },
	{ "Menu World Politics Sport Business Asia & Sport", 1 },
	{ "Lakeside & Hillside Rally Lifts Spirits Again", 0 },
	{ "Politics, Sport, Asia, Business", 0 },	/* a list in text */
	{ "Protests Spread Across Asia", 0 },		/* a headline */
	{ "Asia Business Rally Lifts Politics", 0 },	/* one word short */
	{ "World Asia stocks fall on Politics worries", 0 },	/* verbs */
	{ "Johnson & Johnson Recalls Powder", 0 },	/* no section */
	{ "World Sport.", 0 },
	{ "World Asia Politics", 1 },
	{ "World \xe2\x80\xa2 Asia \xe2\x80\xa2 Politics \xe2\x80\xa2 "
	  "Sport", 1 },
	{ "\xe2\x80\xa2 \xe2\x80\xa2 \xe2\x80\xa2", 0 },
	{ "", 0 },
};

START_TEST(test_navigation)
{
	const struct nav_case	*c = &nav_cases[_i];
	struct furniture	*f;
	size_t			 i;

	ck_assert_ptr_nonnull(f = furniture_new());
	for (i = 0; i < PX_NITEMS(table); i++)
		ck_assert_int_eq(furniture_add(f, table[i], NULL), 0);
	ck_assert_msg(furniture_is_navigation(f, c->line, strlen(c->line)) ==
	    c->nav, "%s", c->line);
	furniture_free(f);
	ck_assert_int_eq(furniture_is_navigation(NULL, "World Asia Sport",
	    16), 0);
}
END_TEST

static struct furniture *
make_table(void)
{
	struct furniture	*f = furniture_new();
	size_t			 i;

	ck_assert_ptr_nonnull(f);
	for (i = 0; i < PX_NITEMS(table); i++)
		ck_assert_int_eq(furniture_add(f, table[i], NULL), 0);
	return f;
}

START_TEST(test_match)
{
	const struct match_case	*c = &match_cases[_i];
	struct furniture	*f = make_table();

	ck_assert_int_eq(furniture_match(f, c->line, strlen(c->line)),
	    c->kind);
	furniture_free(f);
}
END_TEST

/* Bars of buttons: every item between bars a whole line entry. */
static const struct match_case bar_cases[] = {
	{ "Show More | Home", FURNITURE_LINE },
	{ "Home | Reader notes | Kite", FURNITURE_LINE },
	{ "Home|Kite", FURNITURE_LINE },
	{ "Home | Harbour news", FURNITURE_NONE },
	{ "Ferry strike | Home", FURNITURE_NONE },
	{ "Home | | Kite", FURNITURE_NONE },	/* an empty item */
	{ "Kite | Ferry strike", FURNITURE_NONE },
};

START_TEST(test_bars)
{
	const struct match_case	*c = &bar_cases[_i];
	struct furniture	*f = make_table();

	ck_assert_msg(furniture_match(f, c->line, strlen(c->line)) == c->kind,
	    "%s", c->line);
	furniture_free(f);
}
END_TEST

/* Menus with a brand's name in camel case among their sections. */
static const struct nav_case camel_cases[] = {
	{ "Home World Sport Asia iKite Dove", 1 },
	{ "World Sport Politics eFerry", 1 },
	{ "World Sport Politics ferry", 0 },
	{ "World Sport Politics iK", 0 },
	{ "World Sport iKite eFerry oBoat", 0 },	/* too few sections */
};

START_TEST(test_camel)
{
	const struct nav_case	*c = &camel_cases[_i];
	struct furniture	*f = make_table();

	ck_assert_msg(furniture_is_navigation(f, c->line, strlen(c->line)) ==
	    c->nav, "%s", c->line);
	furniture_free(f);
}
END_TEST

/* End lines without their count, and call words, asked on their own. */
struct word_case {
	const char	*s;
	int		 end;
	int		 call;
};

static const struct word_case word_cases[] = {
	{ "Reader notes", 1, 0 },
	{ "READER NOTES:", 1, 0 },
	{ "Reader", 0, 0 },
	{ "Join", 0, 1 },
	{ "join", 0, 1 },
	{ "Joint", 0, 0 },
	{ "Track", 0, 1 },
	{ "", 0, 0 },
};

START_TEST(test_words)
{
	const struct word_case	*c = &word_cases[_i];
	struct furniture	*f = make_table();

	ck_assert_int_eq(furniture_is_end(f, c->s, strlen(c->s)), c->end);
	ck_assert_int_eq(furniture_is_call(f, c->s, strlen(c->s)), c->call);
	ck_assert_int_eq(furniture_is_end(NULL, c->s, strlen(c->s)), 0);
	ck_assert_int_eq(furniture_is_call(NULL, c->s, strlen(c->s)), 0);
	furniture_free(f);
}
END_TEST

/* Where an end marker closing a paragraph begins (-1: none). */
struct marker_case {
	const char	*line;
	int		 at;
};

static const struct marker_case marker_cases[] = {
	{ "The kite flew. Fin-item", 14 },
	{ "The kite flew.  ENDS  ", 14 },
	{ "\"The kite flew,\" he said. -- END --", 25 },
	{ "The kite flew (AP) ///", 18 },
	{ "The kite flew. ENDS", 14 },
	{ "Workers said the strike ENDS", -1 },	/* no sentence before */
	{ "The kite flew.ENDS", -1 },		/* no space */
	{ "The kite flew. ends", -1 },		/* case as written */
	{ "The truce ends.", -1 },
	{ "SENDS", -1 },
	{ "ENDS", -1 },			/* a whole line: furniture */
	{ "", -1 },
};

START_TEST(test_marker)
{
	const struct marker_case	*c = &marker_cases[_i];
	struct furniture		*f = make_table();
	size_t				 len = strlen(c->line), at;

	at = furniture_marker_at(f, c->line, len);
	if (c->at < 0)
		ck_assert_msg(at == len, "%s: %zu", c->line, at);
	else
		ck_assert_msg(at == (size_t)c->at, "%s: %zu", c->line, at);
	ck_assert_uint_eq(furniture_marker_at(NULL, c->line, len), len);
	furniture_free(f);
}
END_TEST

START_TEST(test_sections_and_errors)
{
	struct furniture	*f = make_table();
	char			*cause = NULL;

	ck_assert_int_eq(furniture_is_section(f, "WORLD", 5), 1);
	ck_assert_int_eq(furniture_is_section(f, "Show More", 9), 0);
	/* a text of two kinds is each */
	ck_assert_int_eq(furniture_is_section(f, "Home", 4), 1);
	ck_assert_int_eq(furniture_is_section(f, "Related Stories", 15), 0);
	/* a byline word is no furniture on its own */
	ck_assert_int_eq(furniture_is_byline_word(f, "STAFF", 5), 1);
	ck_assert_int_eq(furniture_is_byline_word(f, "Home", 4), 0);
	ck_assert_int_eq(furniture_match(f, "Staff", 5), FURNITURE_NONE);
	ck_assert_int_eq(furniture_add(f, "button Share", &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(furniture_add(f, "line   ", &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	furniture_free(f);
	furniture_free(NULL);
	ck_assert_int_eq(furniture_match(NULL, "Share", 5), FURNITURE_NONE);
}
END_TEST

/*
 * A table of many texts, in no order, some of two kinds, and prefixes
 * whose first bytes come and go: every one is found after all are added
 * (the table grows while they are), and nothing else is.
 */
START_TEST(test_many)
{
	struct furniture	*f = furniture_new();
	char			 line[64], text[32];
	int			 i;

	ck_assert_ptr_nonnull(f);
	for (i = 0; i < 400; i++) {
		snprintf(line, sizeof line, "%s Item %d", i % 3 == 0 ?
		    "section" : "line", (i * 7919) % 400);
		ck_assert_int_eq(furniture_add(f, line, NULL), 0);
		snprintf(line, sizeof line, "prefix %c%d:", "ZaM("[i % 4],
		    i);
		ck_assert_int_eq(furniture_add(f, line, NULL), 0);
	}
	ck_assert_int_eq(furniture_add(f, "section Item 1", NULL), 0);
	for (i = 0; i < 400; i++) {
		snprintf(text, sizeof text, "ITEM %d", (i * 7919) % 400);
		ck_assert_int_eq(furniture_match(f, text, strlen(text)),
		    i % 3 == 0 ? FURNITURE_SECTION : FURNITURE_LINE);
		ck_assert_int_eq(furniture_is_section(f, text, strlen(text)),
		    i % 3 == 0 || (i * 7919) % 400 == 1);
		snprintf(text, sizeof text, "%c%d: the rest", "ZaM("[i % 4],
		    i);
		ck_assert_int_eq(furniture_match(f, text, strlen(text)),
		    FURNITURE_PREFIX);
	}
	ck_assert_int_eq(furniture_match(f, "Item 400", 8), FURNITURE_NONE);
	ck_assert_int_eq(furniture_match(f, "a400: no", 8), FURNITURE_NONE);
	ck_assert_int_eq(furniture_match(f, "Z1: no", 6), FURNITURE_NONE);
	furniture_free(f);
}
END_TEST

START_TEST(test_default)
{
	const struct furniture	*f = furniture_default();

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(furniture_match(f, "Leave a Reply", 13),
	    FURNITURE_LINE);
	ck_assert_int_eq(furniture_is_section(f, "Politics", 8), 1);
	ck_assert_int_eq(furniture_match(f, "Share on Facebook Share via Email",
	    33), FURNITURE_LINE);
	ck_assert_int_eq(furniture_match(f, "12 comments", 11), FURNITURE_END);
	ck_assert_int_eq(furniture_match(f, "Share this story Facebook X", 27),
	    FURNITURE_LINE);
	ck_assert_int_eq(furniture_match(f, "Share this page with friends",
	    28), FURNITURE_NONE);
	ck_assert_int_eq(furniture_match(f, "Key points:", 11), FURNITURE_LINE);
	ck_assert_int_eq(furniture_match(f, "(The note was auto-generated from "
	    "a syndicated feed.)", 53), FURNITURE_SUFFIX);
	ck_assert_int_eq(furniture_match(f, "Follow our Telegram channel", 27),
	    FURNITURE_LINE);
	ck_assert_int_eq(furniture_match(f, "Get the app", 11), FURNITURE_LINE);
	ck_assert_int_eq(furniture_match(f, "Get ready for the vote", 22),
	    FURNITURE_NONE);
	ck_assert_int_eq(furniture_match(f, "4 min read", 10),
	    FURNITURE_SUFFIX);
	/* print-edition labels, paywall and syndication notices, markers */
	ck_assert_int_eq(furniture_is_section(f, "Print Edition", 13), 1);
	ck_assert_int_eq(furniture_is_section(f, "front page", 10), 1);
	ck_assert_int_eq(furniture_match(f, "The rest of this article is "
	    "available to subscribers. Read on.", 62), FURNITURE_PREFIX);
	ck_assert_int_eq(furniture_match(f, "The rest of the crew was saved.",
	    31), FURNITURE_NONE);
	ck_assert_int_eq(furniture_match(f, "(Except for the headline, this "
	    "story was published from a syndicated feed.)", 75),
	    FURNITURE_PREFIX);
	ck_assert_int_eq(furniture_match(f, "Enditem", 7), FURNITURE_LINE);
	ck_assert_uint_eq(furniture_marker_at(f, "It sank. Enditem", 16), 8);
}
END_TEST

/* The shipped table's notices, appeals and headings (invented lines). */
static const struct match_case default_cases[] = {
	{ "This live page is now closed. Our coverage of the gale goes on "
	  "here.", FURNITURE_PREFIX },
	{ "This page has been automatically translated from Portuguese. View "
	  "original", FURNITURE_PREFIX },
	{ "This article has been machine-translated from Polish.",
	  FURNITURE_PREFIX },
	{ "Date of translation: June 3, 2031 10:40", FURNITURE_PREFIX },
	{ "All quotes delayed a minimum of 20 minutes.", FURNITURE_PREFIX },
	{ "Stay up-to-date by following the Harbour Gazette on Signal.",
	  FURNITURE_PREFIX },
	{ "Edited by Jo Lee in Oslo", FURNITURE_PREFIX },
	{ "Support the Harbour Gazette's independent journalism.",
	  FURNITURE_LINE },
	{ "Support for the strike grew, the union said.", FURNITURE_NONE },
	{ "Purchase Licensing Rights", FURNITURE_LINE },
	{ "Tags / Keywords:", FURNITURE_LINE },
	{ "Navigation menu", FURNITURE_LINE },
	{ "More news", FURNITURE_HEADING },
	{ "Read Next", FURNITURE_HEADING },
	{ "More news is expected on Monday.", FURNITURE_NONE },
	{ "The live page of the ministry was closed.", FURNITURE_NONE },
};

START_TEST(test_default_cases)
{
	const struct match_case	*c = &default_cases[_i];
	const struct furniture	*f = furniture_default();

	ck_assert_ptr_nonnull(f);
	ck_assert_msg(furniture_match(f, c->line, strlen(c->line)) == c->kind,
	    "%s: %d", c->line, (int)furniture_match(f, c->line,
	    strlen(c->line)));
}
END_TEST

Suite *
furniture_suite(void)
{
	Suite	*s = suite_create("furniture");
	TCase	*tc;

	tc = tcase_create("table");
	tcase_add_loop_test(tc, test_match, 0, PX_NITEMS(match_cases));
	tcase_add_loop_test(tc, test_navigation, 0, PX_NITEMS(nav_cases));
	tcase_add_loop_test(tc, test_default_cases, 0,
	    PX_NITEMS(default_cases));
	tcase_add_test(tc, test_sections_and_errors);
	tcase_add_loop_test(tc, test_marker, 0, PX_NITEMS(marker_cases));
	tcase_add_test(tc, test_default);
	tcase_add_test(tc, test_many);
	tcase_add_loop_test(tc, test_bars, 0, PX_NITEMS(bar_cases));
	tcase_add_loop_test(tc, test_camel, 0, PX_NITEMS(camel_cases));
	tcase_add_loop_test(tc, test_words, 0, PX_NITEMS(word_cases));
	suite_add_tcase(s, tc);
	return s;
}
