/*
 * check-entities.c: the demonyms and entities tables: parsing (comments,
 * short lines, extra tabs), words that name a side (possessives, capitals
 * only for all-capital forms), the side of a speaker by name, surname or
 * a word inside it, later lines winning (also between two trailing
 * parts of one name), a country's capital, and loading the shipped tables.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "entities.h"

static const char demonyms[] =
    "# comment\n"
    "\n"
    "Atlantis\tAtlantian\tAtlantians\n"
    "United States\tUS\tAmerican\tU.S.\n"
    "short-line-skipped\n"
    "Borealia\t\tBoreal\tBoreals\r\n";
static const char entities[] =
    "Borg\tAtlantis\thead of state\n"
    "Nordhavn\tBorealia\tcapital\n"
    "Karl Storm\tBorealia\n";

static struct entities *
make(void)
{
	struct entities	*e = entities_new();

	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(entities_parse(e, "demonyms", demonyms, NULL), 0);
	ck_assert_int_eq(entities_parse(e, "entities", entities, NULL), 0);
	return e;
}

struct word_case {
	const char	*word, *country;
};

static const struct word_case word_cases[] = {
	{ "Atlantian", "Atlantis" },
	{ "atlantians", "Atlantis" },
	{ "Atlantis's", "Atlantis" },
	{ "Atlantis\xe2\x80\x99s", "Atlantis" },
	{ "Atlantis'", "Atlantis" },
	{ "Boreal", "Borealia" },
	{ "US", "United States" },
	{ "us", NULL },			/* the pronoun */
	{ "Nordhavn", "Borealia" },	/* a capital stands for its side */
	{ "Borg", NULL },		/* a person does not */
	{ "Geneva", NULL },
};

START_TEST(test_country)
{
	const struct word_case	*c = &word_cases[_i];
	struct entities		*e = make();
	const char		*got;

	got = entities_country(e, c->word, strlen(c->word));
	if (c->country == NULL)
		ck_assert_ptr_null(got);
	else {
		ck_assert_ptr_nonnull(got);
		ck_assert_str_eq(got, c->country);
	}
	entities_free(e);
}
END_TEST

static const struct word_case side_cases[] = {
	{ "Karl Borg", "Atlantis" },
	{ "Borg", "Atlantis" },
	{ "Karl Storm", "Borealia" },
	{ "Storm", NULL },		/* only whole trailing words */
	{ "Atlantian Defence Ministry", "Atlantis" },
	{ "senior US defense official", "United States" },
	{ "Nordhavn spokesman", "Borealia" },
	{ "Hamborg", NULL },
	{ "city council", NULL },
};

/* The countries a text names: longest names first, each once. */
static const struct {
	const char	*text;
	const char	*want[4];
} countries_cases[] = {
	{ "Atlantian and Boreal crews met in Nordhavn.",
	    { "Atlantis", "Borealia" } },
	{ "The United States and the US Navy", { "United States" } },
	{ "Rescuers in Atlantis's north; Atlantians mourn", { "Atlantis" } },
	{ "us and them in the atlantis bar", { NULL } },
	{ "Borg said Geneva would host the talks.", { NULL } },
	{ "", { NULL } },
};

START_TEST(test_countries)
{
	struct entities	*e = make();
	const char	*got[8];
	size_t		 n, want;

	for (want = 0; want < 4 && countries_cases[_i].want[want] != NULL;
	    want++)
		;
	n = entities_countries(e, countries_cases[_i].text, got, 0, 8);
	ck_assert_uint_eq(n, want);
	for (size_t i = 0; i < n; i++)
		ck_assert_str_eq(got[i], countries_cases[_i].want[i]);
	/* the same text again adds nothing */
	ck_assert_uint_eq(entities_countries(e, countries_cases[_i].text,
	    got, n, 8), n);
	/* no more than asked for */
	ck_assert_uint_le(entities_countries(e, countries_cases[_i].text,
	    got, 0, 1), 1);
	ck_assert_uint_eq(entities_countries(NULL, "Atlantis", got, 0, 8), 0);
	entities_free(e);
}
END_TEST

START_TEST(test_side)
{
	const struct word_case	*c = &side_cases[_i];
	struct entities		*e = make();
	const char		*got = entities_side(e, c->word);

	if (c->country == NULL)
		ck_assert_ptr_null(got);
	else {
		ck_assert_ptr_nonnull(got);
		ck_assert_str_eq(got, c->country);
	}
	entities_free(e);
}
END_TEST

START_TEST(test_adjective_and_override)
{
	struct entities	*e = make();
	char		*cause = NULL;

	ck_assert_str_eq(entities_adjective(e, "Atlantis"), "Atlantian");
	ck_assert_str_eq(entities_adjective(e, "Borealia"), "Boreal");
	ck_assert_ptr_null(entities_adjective(e, "Nowhere"));
	/* a later line (the user's file) wins */
	ck_assert_int_eq(entities_parse(e, "entities", "Borg\tBorealia\n",
	    NULL), 0);
	ck_assert_str_eq(entities_side(e, "Borg"), "Borealia");
	ck_assert_int_eq(entities_parse(e, "nonsense", "", &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	entities_free(e);
	entities_free(NULL);
	ck_assert_ptr_null(entities_side(NULL, "Borg"));
	ck_assert_ptr_null(entities_country(NULL, "Borg", 4));
}
END_TEST

/*
 * Two entities that are different trailing words of one speaker: the
 * later line wins, whether it is the longer tail or the shorter.
 */
START_TEST(test_side_newest_tail)
{
	struct entities	*e;

	e = entities_new();
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(entities_parse(e, "entities",
	    "Harbour Guard\tAtlantis\nGuard\tBorealia\n", NULL), 0);
	ck_assert_str_eq(entities_side(e, "Harbour Guard"), "Borealia");
	ck_assert_str_eq(entities_side(e, "the harbour guard"), "Borealia");
	entities_free(e);
	e = entities_new();
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(entities_parse(e, "entities",
	    "Guard\tBorealia\nHarbour Guard\tAtlantis\n", NULL), 0);
	ck_assert_str_eq(entities_side(e, "Harbour Guard"), "Atlantis");
	ck_assert_str_eq(entities_side(e, "Coast Guard"), "Borealia");
	ck_assert_ptr_null(entities_side(e, "Harbour Guards"));
	entities_free(e);
}
END_TEST

/* The shipped tables load (PARALLAX_DATADIR points at share/parallax). */
START_TEST(test_load)
{
	struct entities	*e = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(entities_load(&e, &cause), 0);
	ck_assert_ptr_nonnull(e);
	if (getenv("PARALLAX_DATADIR") != NULL) {
		ck_assert_str_eq(entities_country(e, "Ukrainian", 9),
		    "Ukraine");
		ck_assert_str_eq(entities_side(e, "Kremlin spokesman"),
		    "Russia");
		ck_assert_str_eq(entities_adjective(e, "Russia"), "Russian");
	}
	entities_free(e);
}
END_TEST

/* The capital of a country: an entity of ROLE capital of its side only. */
START_TEST(test_capital)
{
	struct entities	*e = make();

	ck_assert_str_eq(entities_capital(e, "Borealia"), "Nordhavn");
	ck_assert_ptr_null(entities_capital(e, "Atlantis"));	/* Borg */
	ck_assert_ptr_null(entities_capital(e, "Nowhere"));
	ck_assert_ptr_null(entities_capital(e, NULL));
	ck_assert_ptr_null(entities_capital(NULL, "Borealia"));
	entities_free(e);
}
END_TEST

Suite *
entities_suite(void)
{
	Suite	*s = suite_create("entities");
	TCase	*tc = tcase_create("tables");

	tcase_add_loop_test(tc, test_country, 0, PX_NITEMS(word_cases));
	tcase_add_loop_test(tc, test_countries, 0,
	    PX_NITEMS(countries_cases));
	tcase_add_loop_test(tc, test_side, 0, PX_NITEMS(side_cases));
	tcase_add_test(tc, test_adjective_and_override);
	tcase_add_test(tc, test_side_newest_tail);
	tcase_add_test(tc, test_load);
	tcase_add_test(tc, test_capital);
	suite_add_tcase(s, tc);
	return s;
}
