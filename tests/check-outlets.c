/*
 * check-outlets.c: the outlet table (aliases, case rules, user lines) and
 * the rules that find outlets in text: citations, credits, credit lines,
 * trailing agency tags and mastheads, web addresses and handles that
 * name an outlet, one table row per rule.  The table
 * is built here line by line so the tests do not depend on the shipped
 * data.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "outlets.h"

static const char *const table[] = {
	"# comment",
	"",
	"Reuters | Thomson Reuters",
	"AFP | Agence France-Presse | AFP News Agency",
	"AP | Associated Press",
	"Xinhua | Xinhua News Agency",
	"BelTA | Belta | Belarusian Telegraph Agency",
	"Interfax | Interfax News Agency",
	"Interfax-Ukraine",
	"dpa | Deutsche Presse-Agentur",
	"Al Jazeera | Al-Jazeera",
	"The Guardian | Guardian",
	"Gazeta Yıldız | Yıldız Günlük Haber",
	"Новини Дня",
};

static struct outlets *
make_table(void)
{
	struct outlets	*o = outlets_new();
	char		*cause = NULL;
	size_t		 i;

	ck_assert_ptr_nonnull(o);
	for (i = 0; i < PX_NITEMS(table); i++)
		ck_assert_int_eq(outlets_add(o, table[i], &cause), 0);
	return o;
}

START_TEST(test_table)
{
	struct outlets	*o = make_table();
	char		*cause = NULL;

	ck_assert_uint_eq(outlets_count(o), 12);
	ck_assert_str_eq(outlets_lookup(o, "agence france-presse", 20), "AFP");
	ck_assert_str_eq(outlets_lookup(o, " Belta ", 7), "BelTA");
	ck_assert_ptr_null(outlets_lookup(o, "Tass", 4));
	ck_assert_int_eq(outlets_add(o, " | alias", &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	ck_assert_int_eq(outlets_add(o, "Tass | TASS", &cause), 0);
	ck_assert_str_eq(outlets_lookup(o, "TASS", 4), "Tass");
	outlets_free(o);
	outlets_free(NULL);
}
END_TEST

/* "[month-first]": an attribute, not an alias; a user's line gives it to
 * a known outlet; an unknown attribute is an error. */
START_TEST(test_month_first)
{
	struct outlets	*o = make_table();
	char		*cause = NULL;

	ck_assert_int_eq(outlets_month_first(o, "AP"), 0);
	ck_assert_int_eq(outlets_add(o, "Daily Planet | Planet | "
	    "[month-first]", &cause), 0);
	ck_assert_int_eq(outlets_month_first(o, "Daily Planet"), 1);
	ck_assert_int_eq(outlets_month_first(o, "planet"), 1);
	ck_assert_ptr_null(outlets_lookup(o, "[month-first]", 13));
	ck_assert_int_eq(outlets_add(o, "AP | [month-first]", &cause), 0);
	ck_assert_int_eq(outlets_month_first(o, "Associated Press"), 1);
	ck_assert_int_eq(outlets_month_first(o, "Reuters"), 0);
	ck_assert_int_eq(outlets_month_first(o, "Nowhere Times"), 0);
	ck_assert_int_eq(outlets_month_first(o, NULL), 0);
	ck_assert_int_eq(outlets_add(o, "Gazette | [day-first]", &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	outlets_free(o);
	ck_assert_int_eq(outlets_month_first(outlets_default(), "CNN"), 1);
	ck_assert_int_eq(outlets_month_first(outlets_default(), "BBC"), 0);
}
END_TEST

struct match_case {
	const char	*text;
	size_t		 at;
	const char	*want;
	size_t		 end;
};

static const struct match_case match_cases[] = {
	{ "Reuters said", 0, "Reuters", 7 },
	{ "REUTERS said", 0, "Reuters", 7 },
	{ "reuters said", 0, NULL, 0 },		/* not capitalised */
	{ "Reutersx", 0, NULL, 0 },		/* not a word end */
	{ "AP reported", 0, "AP", 2 },
	{ "Ap reported", 0, NULL, 0 },		/* short capitals */
	{ "the Associated Press said", 4, "AP", 20 },
	{ "Xinhua News Agency said", 0, "Xinhua", 18 },	/* longest */
	{ "DPA said", 0, "dpa", 3 },		/* lower-case alias */
	{ "Al-Jazeera aired", 0, "Al Jazeera", 10 },
	{ "Interfax-Ukraine said", 0, "Interfax-Ukraine", 16 },
	{ "Interfax said", 0, "Interfax", 8 },
	{ "Reuters\xe2\x80\x99 reporter", 0, "Reuters", 7 },
	/* any case of any script; the Turkish dotted capital is an i */
	{ "YILDIZ GÜNLÜK HABER said", 0, "Gazeta Yıldız", 21 },
	{ "Yıldız Günlük Haber said", 0, "Gazeta Yıldız", 23 },
	{ "Yıldız Günlük said", 0, NULL, 0 },	/* part of an alias */
	{ "НОВИНИ ДНЯ повідомили", 0, "Новини Дня", 19 },
};

START_TEST(test_match)
{
	const struct match_case	*c = &match_cases[_i];
	struct outlets		*o = make_table();
	const char		*got;
	size_t			 end = 0;

	got = outlets_match(o, c->text, strlen(c->text), c->at, &end);
	if (c->want == NULL)
		ck_assert_ptr_null(got);
	else {
		ck_assert_ptr_nonnull(got);
		ck_assert_str_eq(got, c->want);
		ck_assert_uint_eq(end, c->end);
	}
	outlets_free(o);
}
END_TEST

struct scan_case {
	const char		*text;
	const char		*outlet;
	enum outlets_role	 role;
};

static const struct scan_case scan_cases[] = {
	{ "an aide told Reuters on Friday.", "Reuters", OUTLETS_CITE },
	{ "the toll rose, Reuters reported.", "Reuters", OUTLETS_CITE },
	{ "according to AFP, the quake", "AFP", OUTLETS_CITE },
	{ "According to the Belta News Agency, troops", "BelTA",
	  OUTLETS_CITE },
	{ "the Interfax news agency reported Thursday.", "Interfax",
	  OUTLETS_CITE },
	{ "Xinhua said in a report that", "Xinhua", OUTLETS_CITE },
	{ "he was quoted by AP as saying", "AP", OUTLETS_CITE },
	{ "the figure was cited by dpa.", "dpa", OUTLETS_CITE },
	{ "as reported by the Guardian newspaper", "The Guardian",
	  OUTLETS_CITE },
	{ "he said in an interview with Al Jazeera.", "Al Jazeera",
	  OUTLETS_CITE },
	{ "Reuters's correspondent saw the damage", "Reuters", OUTLETS_CITE },
	{ "to Minsk, reports news agency AFP.", "AFP", OUTLETS_CREDIT },
	{ "Reuters contributed to this report.", "Reuters", OUTLETS_CREDIT },
	{ "Reuters photographers waited", "Reuters", OUTLETS_MENTION },
	{ "according to a Reuters tally", "Reuters", OUTLETS_CITE },
	{ "AFP, citing a police source, said", "AFP", OUTLETS_CITE },
	{ "the official Xinhua news agency quoted him", "Xinhua",
	  OUTLETS_CITE },
	{ "a Guardian Council ruling", "The Guardian", OUTLETS_MENTION },
	{ "the mayor told the official state news agency Xinhua that",
	  "Xinhua", OUTLETS_CITE },
	{ "according to the Nigerian newspaper Guardian, the", "The Guardian",
	  OUTLETS_CITE },
	{ "told the Lagos daily the Guardian that", "The Guardian",
	  OUTLETS_CITE },
	{ "as Nigerian Reuters photographers waited", "Reuters",
	  OUTLETS_MENTION },		/* no descriptor after the word */
	{ "Tirana (AFP) \xe2\x80\x93 The port reopened", "AFP",
	  OUTLETS_CITE },		/* wire copy in the text */
	{ "Tirana (AFP) - The port reopened", "AFP", OUTLETS_CITE },
	{ "the port (AFP) reopened", "AFP", OUTLETS_MENTION },
	{ "the port reopened, officials said. \xe2\x80\x94 AP", "AP",
	  OUTLETS_CITE },		/* a dash, the name ends the text */
	{ "the port reopened - Reuters.", "Reuters", OUTLETS_CITE },
	{ "the Tirana - Reuters link was cut", "Reuters", OUTLETS_MENTION },
	{ "according to the news site Guardian, the", "The Guardian",
	  OUTLETS_CITE },
	{ "the Belarusian Telegraph Agency (BTA) reported", "BelTA",
	  OUTLETS_CITE },		/* its abbreviation between */
};

START_TEST(test_scan)
{
	const struct scan_case	*c = &scan_cases[_i];
	struct outlets		*o = make_table();
	struct outlets_hit	*h = NULL;
	size_t			 n;

	ck_assert_int_eq(outlets_scan(o, c->text, strlen(c->text), &h, &n,
	    NULL), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(h[0].outlet, c->outlet);
	ck_assert_int_eq(h[0].role, c->role);
	ck_assert_uint_lt(h[0].start, h[0].end);
	free(h);
	outlets_free(o);
}
END_TEST

/* Outlets the table lacks, cited where the words say what they are. */
struct unknown_case {
	const char	*text;
	const char	*name;		/* NULL: nothing cited */
};

static const struct unknown_case unknown_cases[] = {
	{ "police put the toll at 9, the Tarvel daily La Voz Norte reported.",
	  "La Voz Norte" },
	{ "an official told the local newspaper Brenner Post on Monday.",
	  "Brenner Post" },
	{ "according to the broadcaster Kanal 7, the bridge", "Kanal 7" },
	{ "the weekly Ostrava Listy said the plant had closed.",
	  "Ostrava Listy" },
	{ "the mayor telling Reuters that 12 had died", "Reuters" },
	{ "the Öresund daily Östra Tidning reported", "Östra Tidning" },
	{ "the newspaper said on Monday that 12 had died", NULL },
	{ "the daily Monday briefing was cancelled", NULL },
	{ "the station Brenner Central was closed, police said", NULL },
	{ "a daily Kremlin briefing said", NULL },
	{ "the UN refugee agency Ostwind said", NULL },
	{ "told the state news agency Krajina Press that", "Krajina Press" },
};

START_TEST(test_unknown)
{
	const struct unknown_case	*c = &unknown_cases[_i];
	struct outlets			*o = make_table();
	struct outlets_hit		*h = NULL;
	size_t				 n, i, cited = 0;
	const char			*name;

	ck_assert_int_eq(outlets_scan(o, c->text, strlen(c->text), &h, &n,
	    NULL), 0);
	for (i = 0; i < n; i++) {
		if (h[i].role != OUTLETS_CITE)
			continue;
		cited++;
		ck_assert_ptr_nonnull(c->name);
		if ((name = h[i].outlet) != NULL)
			ck_assert_str_eq(name, c->name);
		else {
			ck_assert_uint_eq(h[i].end - h[i].start,
			    strlen(c->name));
			ck_assert_int_eq(memcmp(c->text + h[i].start, c->name,
			    strlen(c->name)), 0);
		}
	}
	ck_assert_uint_eq(cited, c->name != NULL);
	free(h);
	outlets_free(o);
}
END_TEST

struct credit_case {
	const char	*line;
	const char	*name;		/* NULL: not a credit line */
};

static const struct credit_case credit_cases[] = {
	{ "Source: Xinhua", "Xinhua" },
	{ "Sources: AFP, Reuters", "AFP" },
	{ "SOURCE: Agence France-Presse.", "AFP" },
	{ "Source: Daily Harbour Courier", "Daily Harbour Courier" },
	{ "(AFP)", "AFP" },
	{ "(With Reuters)", "Reuters" },
	{ "With AFP", "AFP" },
	{ "\xe2\x80\x94 Xinhua", "Xinhua" },
	{ "-Xinhua", "Xinhua" },
	{ "/Xinhua/", "Xinhua" },
	{ "Reuters", "Reuters" },
	{ "Reuters contributed to this report.", "Reuters" },
	{ "Source: the quake damaged homes. Officials said", NULL },
	{ "Reuters reported the quake.", NULL },
	{ "(Unknown Paper)", NULL },
	{ "Sources said the talks failed", NULL },
	{ "Via Rail said trains were cancelled", NULL },
	{ "Via Reuters", "Reuters" },
	{ "Source - Daily Harbour Courier", "Daily Harbour Courier" },
	{ "Source: Reuters and news agencies", "Reuters" },
	{ "Source: Reuters, agencies", "Reuters" },
	{ "Source: Harbour Courier and agencies", "Harbour Courier and agencies" },
	{ "Source: Xinhua| 2025-06-01 09:10:11|Editor: Lu", "Xinhua" },
	{ "Source: Harbour Courier | June 1, 2025", "Harbour Courier" },
};

START_TEST(test_credit_line)
{
	const struct credit_case	*c = &credit_cases[_i];
	struct outlets			*o = make_table();
	char				*name = NULL;
	int				 r;

	r = outlets_credit_line(o, c->line, strlen(c->line), &name);
	if (c->name == NULL) {
		ck_assert_int_eq(r, 0);
		ck_assert_ptr_null(name);
	} else {
		ck_assert_int_eq(r, 1);
		ck_assert_ptr_nonnull(name);
		ck_assert_str_eq(name, c->name);
	}
	free(name);
	outlets_free(o);
}
END_TEST

struct tag_case {
	const char	*text;
	const char	*name;
	const char	*kept;		/* text before the tag */
};

static const struct tag_case tag_cases[] = {
	{ "were destroyed in the operation.\xc2\xa0 -Xinhua", "Xinhua",
	  "were destroyed in the operation." },
	{ "Talks end. (Reuters)", "Reuters", "Talks end." },
	{ "Talks end. \xe2\x80\x94 AFP", "AFP", "Talks end." },
	{ "Talks end. /Xinhua/", "Xinhua", "Talks end." },
	{ "Talks end in Minsk-Xinhua", NULL, NULL },
	{ "Talks end (for now)", NULL, NULL },
	{ "Reuters", NULL, NULL },
};

START_TEST(test_trailing_tag)
{
	const struct tag_case	*c = &tag_cases[_i];
	struct outlets		*o = make_table();
	const char		*got;
	size_t			 cut = 0;

	got = outlets_trailing_tag(o, c->text, strlen(c->text), &cut);
	if (c->name == NULL)
		ck_assert_ptr_null(got);
	else {
		ck_assert_ptr_nonnull(got);
		ck_assert_str_eq(got, c->name);
		ck_assert_uint_eq(cut, strlen(c->kept));
		ck_assert_int_eq(memcmp(c->text, c->kept, cut), 0);
	}
	outlets_free(o);
}
END_TEST

struct masthead_case {
	const char	*line;
	int		 is;
	const char	*name;
};

static const struct masthead_case masthead_cases[] = {
	{ "Xinhua News Agency", 1, "Xinhua" },
	{ "BELTA State News Agency", 1, "BelTA" },
	{ "The Guardian", 1, "The Guardian" },
	{ "GAZETA YILDIZ", 1, "Gazeta Yıldız" },
	{ "News agency", 1, NULL },
	{ "State broadcaster", 1, NULL },
	{ "Agency", 0, NULL },			/* one word, no name */
	{ "Xinhua reports floods", 0, NULL },
	{ "AFP and Reuters", 0, NULL },		/* "and" is no descriptor */
	{ "News agency says floods hit north", 0, NULL },
	/* an agency's description with its nationality */
	{ "Armenian News Agency", 1, NULL },
	{ "Armenian News", 0, NULL },		/* no agency */
	{ "Armenian Defence Agency", 0, NULL },	/* two words not ours */
	{ "armenian news agency", 0, NULL },	/* not capitalised */
	{ "", 0, NULL },
};

START_TEST(test_masthead)
{
	const struct masthead_case	*c = &masthead_cases[_i];
	struct outlets			*o = make_table();
	const char			*name = NULL;

	ck_assert_int_eq(outlets_masthead(o, c->line, strlen(c->line),
	    &name), c->is);
	if (c->is)
		ck_assert_pstr_eq(name, c->name);
	outlets_free(o);
}
END_TEST

/* The shipped table loads and knows the big agencies. */
/* Web addresses, hosts and handles squeezed to an outlet's name. */
struct host_case {
	const char	*text;
	int		 host;	/* outlets_host(), else squeezed */
	const char	*want;
};

static const struct host_case host_cases[] = {
	{ "https://al.jazeera/x7k2", 1, "Al Jazeera" },
	{ "http://www.aljazeera.example/news/2031/1", 1, "Al Jazeera" },
	{ "theguardian.co.uk", 1, "The Guardian" },
	{ "www.guardian.example", 1, "The Guardian" },
	{ "XINHUA.example", 1, "Xinhua" },
	{ "https://english.aljazeera.example/x", 1, "Al Jazeera" },
	{ "https://news.xinhua.example.org/1", 1, "Xinhua" },
	{ "https://www.harbour.example/news", 1, NULL },
	{ "https://ap.example", 1, NULL },	/* too short to tell */
	{ "aljazeera", 0, "Al Jazeera" },
	{ "Al-Jazeera", 0, "Al Jazeera" },
	{ "thomsonreuters", 0, "Reuters" },
	{ "gazetayıldız", 0, "Gazeta Yıldız" },
	{ "reutersnews", 0, NULL },
	{ "al", 0, NULL },
	{ "", 0, NULL },
};

START_TEST(test_host)
{
	const struct host_case	*c = &host_cases[_i];
	struct outlets		*o = make_table();
	size_t			 n = strlen(c->text);

	ck_assert_pstr_eq(c->host ? outlets_host(o, c->text, n) :
	    outlets_squeezed(o, c->text, n), c->want);
	ck_assert_ptr_null(outlets_host(NULL, c->text, n));
	outlets_free(o);
}
END_TEST

START_TEST(test_default)
{
	const struct outlets	*o = outlets_default();

	ck_assert_ptr_nonnull(o);
	ck_assert_uint_gt(outlets_count(o), 50);
	ck_assert_str_eq(outlets_lookup(o, "Associated Press", 16), "AP");
	ck_assert_ptr_eq(outlets_default(), o);
}
END_TEST

Suite *
outlets_suite(void)
{
	Suite	*s = suite_create("outlets");
	TCase	*tc;

	tc = tcase_create("table");
	tcase_add_test(tc, test_table);
	tcase_add_loop_test(tc, test_host, 0, PX_NITEMS(host_cases));
	tcase_add_test(tc, test_month_first);
	tcase_add_loop_test(tc, test_match, 0, PX_NITEMS(match_cases));
	tcase_add_test(tc, test_default);
	suite_add_tcase(s, tc);
	tc = tcase_create("rules");
	tcase_add_loop_test(tc, test_scan, 0, PX_NITEMS(scan_cases));
	tcase_add_loop_test(tc, test_unknown, 0, PX_NITEMS(unknown_cases));
	tcase_add_loop_test(tc, test_credit_line, 0,
	    PX_NITEMS(credit_cases));
	tcase_add_loop_test(tc, test_trailing_tag, 0, PX_NITEMS(tag_cases));
	tcase_add_loop_test(tc, test_masthead, 0, PX_NITEMS(masthead_cases));
	suite_add_tcase(s, tc);
	return s;
}
