/*
 * check-conflict.c: groups of claims that disagree.  Each case is a small
 * set of claims (kind, subject, value or text, source, story, sentence)
 * and the conflicts and sentence pairs conflict_find() must report for
 * it: none when values agree up to rounding, a range holds the figure,
 * subjects or stories differ, or the same person, place or time is named
 * twice; one when they do not.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "claims.h"
#include "conflict.h"

struct cin {
	enum claim_kind	 kind;
	const char	*subject;
	double		 value, high;
	const char	*text;
	const char	*source;
	long		 story, sentence;
};

#define MAXIN 6

struct conflict_case {
	const char	*name;
	struct cin	 in[MAXIN];
	size_t		 nin;
	size_t		 nconflicts;	/* expected */
	size_t		 npairs;	/* expected */
	const char	*reason_has[2];	/* substrings of the first reason */
};

static const struct conflict_case cases[] = {
	{ "earthquake toll revised", {
	    { CLAIM_KILLED, "people", 120, 0, NULL, "interior ministry", 1,
	      10 },
	    { CLAIM_KILLED, "people", 2000, 0, NULL, "disaster agency", 1,
	      20 } }, 2, 1, 1, { "120 (interior ministry)",
	      "2000 (disaster agency)" } },
	{ "a count without a place is about the story's one place", {
	    { CLAIM_MISSING, "people", 38, 0, NULL, "emergency service", 1,
	      10 },
	    { CLAIM_MISSING, "people in Sarn", 109, 0, NULL, "officials", 1,
	      20 } }, 2, 1, 1, { "missing people in Sarn", "38" } },
	{ "counts in two places are two things", {
	    { CLAIM_KILLED, "people in Arvia", 900, 0, NULL, "a", 1, 10 },
	    { CLAIM_KILLED, "people in Belmar", 120, 0, NULL, "b", 1, 20 },
	    { CLAIM_KILLED, "people", 1020, 0, NULL, "c", 1, 30 } }, 3, 0, 0,
	    { NULL, NULL } },
	{ "an event without its round is the story's one round", {
	    { CLAIM_TIME, "talks", 0, 0, "Tuesday", "ministry", 1, 10 },
	    { CLAIM_TIME, "talks (first round)", 0, 0, "Monday", "officials",
	      1, 20 } }, 2, 1, 1, { "time of talks (first round)",
	      "Tuesday (ministry)" } },
	{ "a loose time joins a cluster but does not merge two", {
	    { CLAIM_TIME, "summit", 0, 0, "next week", "ministry", 1, 10 },
	    { CLAIM_TIME, "summit", 0, 0, "June 3", "palace", 1, 20 },
	    { CLAIM_TIME, "summit", 0, 0, "June 4", "agency", 1, 30 } }, 3,
	    1, 1, { "June 3 (palace)", "June 4 (agency)" } },
	{ "rounding agrees", {
	    { CLAIM_INJURED, "workers", 470, 0, NULL, "agency A", 1, 10 },
	    { CLAIM_INJURED, "workers", 471, 0, NULL, "agency B", 1, 20 },
	    { CLAIM_INJURED, "workers", 469, 0, NULL, "agency C", 1, 30 } },
	    3, 0, 0, { NULL, NULL } },
	{ "a hedge does not reconcile", {
	    { CLAIM_KILLED, "Boreal servicemen", 400, 0, NULL, "adviser", 1,
	      10 },
	    { CLAIM_KILLED, "Boreal servicemen", 498, 0, NULL, "ministry", 1,
	      20 } }, 2, 1, 1, { "killed Boreal servicemen", "498" } },
	{ "a range holds the figure", {
	    { CLAIM_MISSING, "people", 100, 300, NULL, "police", 1, 10 },
	    { CLAIM_MISSING, "people", 250, 0, NULL, "mayor", 1, 20 } }, 2,
	    0, 0, { NULL, NULL } },
	{ "a wide range first does not join two figures", {
	    { CLAIM_MISSING, "people", 12, 99, NULL, "headline", 1, 10 },
	    { CLAIM_MISSING, "people", 47, 0, NULL, "emergency service", 1,
	      20 },
	    { CLAIM_MISSING, "people", 81, 0, NULL, "officials", 1, 30 } }, 3,
	    1, 1, { "47 (emergency service)", "81 (officials)" } },
	{ "a role without a side is about the story's one side", {
	    { CLAIM_ROLE, "head of Tavland delegation", 0, 0, "Helga Vidal",
	      "ministry", 1, 10 },
	    { CLAIM_ROLE, "head of delegation", 0, 0, "Senna Petrak",
	      "spokesman", 1, 20 } }, 2, 1, 1, { "Helga Vidal (ministry)",
	      "Senna Petrak (spokesman)" } },
	{ "a role without a side stays apart when two sides are named", {
	    { CLAIM_ROLE, "head of Tavland delegation", 0, 0, "Helga Vidal",
	      "ministry", 1, 10 },
	    { CLAIM_ROLE, "head of Velmoor delegation", 0, 0, "Jon Berg",
	      "agency", 1, 20 },
	    { CLAIM_ROLE, "head of delegation", 0, 0, "Senna Petrak",
	      "spokesman", 1, 30 } }, 3, 0, 0, { NULL, NULL } },
	{ "the reason names a figure's source before an unattributed one", {
	    { CLAIM_KILLED, "people", 23, 0, NULL, NULL, 1, 10 },
	    { CLAIM_KILLED, "people", 23, 0, NULL, "officials", 1, 20 },
	    { CLAIM_KILLED, "people", 31, 0, NULL, "police", 1, 30 } }, 3, 1,
	    2, { "23 (officials)", "31 (police)" } },
	{ "a side's team is its delegation", {
	    { CLAIM_ROLE, "head of army team", 0, 0, "Omar Idris", "agency", 1,
	      10 },
	    { CLAIM_ROLE, "head of army delegation", 0, 0, "Hamid Saleh",
	      "ministry", 1, 20 } }, 2, 1, 1, { "Omar Idris (agency)",
	      "Hamid Saleh (ministry)" } },
	{ "subjects differ", {
	    { CLAIM_KILLED, "Atlantian servicemen", 137, 0, NULL, "a", 1, 10 },
	    { CLAIM_KILLED, "Boreal servicemen", 2870, 0, NULL, "b", 1, 20 },
	    { CLAIM_INJURED, "Atlantian servicemen", 2870, 0, NULL, "b", 1,
	      20 } }, 3, 0, 0, { NULL, NULL } },
	{ "stories differ", {
	    { CLAIM_KILLED, "people", 12, 0, NULL, "a", 1, 10 },
	    { CLAIM_KILLED, "people", 90, 0, NULL, "b", 2, 20 } }, 2, 0, 0,
	    { NULL, NULL } },
	{ "one sentence, two figures: a conflict without a pair", {
	    { CLAIM_KILLED, "people", 12, 0, NULL, "a", 1, 10 },
	    { CLAIM_KILLED, "people", 90, 0, NULL, "b", 1, 10 } }, 2, 1, 0,
	    { "12 (a)", "90 (b)" } },
	{ "three figures, pairs once each", {
	    { CLAIM_INJURED, "workers", 47, 0, NULL, "state agency", 1, 10 },
	    { CLAIM_INJURED, "workers", 47, 0, NULL, "state agency", 1, 11 },
	    { CLAIM_INJURED, "workers", 63, 0, NULL, "rival agency", 1, 20 },
	    { CLAIM_INJURED, "workers", 63, 0, NULL, NULL, 1, 20 } }, 4, 1,
	    2, { "47 (state agency)", "63 (rival agency)" } },
	{ "two venues", {
	    { CLAIM_VENUE, "talks", 0, 0, "Nordhavn", "spokesman", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "the city of Nordhavn", "envoy", 1,
	      11 },
	    { CLAIM_VENUE, "talks", 0, 0, "Bergen", "mediator", 1, 20 } }, 3,
	    1, 2, { "venue of talks", "Bergen (mediator)" } },
	{ "rounds are different events", {
	    { CLAIM_VENUE, "talks (first round)", 0, 0, "Lucerne", NULL, 1,
	      10 },
	    { CLAIM_VENUE, "talks (new round)", 0, 0, "Lake Vesi", NULL, 1,
	      20 } }, 2, 0, 0, { NULL, NULL } },
	{ "a venue denied", {
	    { CLAIM_VENUE, "summit", 0, 0, "Geneva", "foreign ministry", 1,
	      10 },
	    { CLAIM_VENUE_DENIED, "summit", 0, 0, "Geneva",
	      "government spokesman", 1, 20 },
	    { CLAIM_VENUE_DENIED, "summit", 0, 0, "Vienna", "officials", 1,
	      30 } }, 3, 1, 1, { "Geneva (foreign ministry)",
	      "government spokesman" } },
	{ "one place denied twice is one conflict", {
	    { CLAIM_VENUE, "summit", 0, 0, "Geneva", "foreign ministry", 1,
	      10 },
	    { CLAIM_VENUE_DENIED, "summit", 0, 0, "Geneva", "spokesman", 1,
	      20 },
	    { CLAIM_VENUE, "summit", 0, 0, "the city of Geneva", "agency", 1,
	      30 },
	    { CLAIM_VENUE_DENIED, "summit", 0, 0, "Geneva", "minister", 1,
	      40 },
	    { CLAIM_VENUE_DENIED, "summit", 0, 0, "Vienna", "officials", 1,
	      50 } }, 5, 1, 4, { "Geneva (foreign ministry)",
	      "denied by Geneva (spokesman)" } },
	{ "a denial of the round's venue", {
	    { CLAIM_VENUE, "talks (new round)", 0, 0, "Lake Vesi", "agency",
	      1, 10 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, "Lake Vesi", "Jon Berg", 1,
	      20 } }, 2, 1, 1, { "Lake Vesi (agency)", "Jon Berg" } },
	{ "two heads of one delegation", {
	    { CLAIM_ROLE, "head of Finnish delegation", 0, 0, "Anna Virtanen",
	      "government", 1, 10 },
	    { CLAIM_ROLE, "head of Finnish delegation", 0, 0, "Pekka Lahti",
	      "broadcaster", 1, 20 },
	    { CLAIM_ROLE, "head of Finnish delegation", 0, 0, "Virtanen",
	      "radio", 1, 30 } }, 3, 1, 2, { "Anna Virtanen (government)",
	      "Pekka Lahti (broadcaster)" } },
	{ "one head, spelt two ways", {
	    { CLAIM_ROLE, "head of delegation", 0, 0, "Jon Berg", NULL, 1, 10 },
	    { CLAIM_ROLE, "head of delegation", 0, 0, "J. Berg", NULL, 1,
	      20 } }, 2, 0, 0, { NULL, NULL } },
	{ "two start times", {
	    { CLAIM_TIME, "ceasefire", 0, 0, "10:00 GMT on Tuesday",
	      "UN envoy", 1, 10 },
	    { CLAIM_TIME, "ceasefire", 0, 0, "Wednesday", "rebels", 1, 20 },
	    { CLAIM_TIME, "ceasefire", 0, 0, "Tuesday", "army", 1, 30 } }, 3,
	    1, 2, { "time of ceasefire", "Wednesday (rebels)" } },
	{ "one time, two precisions", {
	    { CLAIM_TIME, "talks (new round)", 0, 0, "Thursday morning", NULL,
	      1, 10 },
	    { CLAIM_TIME, "talks (new round)", 0, 0, "Thursday", NULL, 1,
	      20 } }, 2, 0, 0, { NULL, NULL } },
	{ "what strikes hit", {
	    { CLAIM_TARGETS, "Boreal strikes", 0, 0, "civilian targets",
	      "mayor", 1, 10 },
	    { CLAIM_TARGETS, "Boreal strikes", 0, 0, "military targets only",
	      "Boreal Defence Ministry", 1, 20 },
	    { CLAIM_TARGETS, "Atlantian strikes", 0, 0, "civilian targets",
	      "ministry", 1, 30 } }, 3, 1, 1, { "Boreal strikes: civilian",
	      "military targets only (Boreal Defence Ministry)" } },
	{ "one story's talks called a meeting by one outlet", {
	    { CLAIM_TIME, "talks", 0, 0, "Thursday", "agency", 1, 10 },
	    { CLAIM_TIME, "meeting", 0, 0, "Friday morning", "officials", 1,
	      20 } }, 2, 1, 1, { "Thursday (agency)",
	      "Friday morning (officials)" } },
	{ "earlier talks by another name stay apart", {
	    { CLAIM_VENUE, "talks", 0, 0, "Nordhavn", "agency", 1, 10 },
	    { CLAIM_VENUE, "earlier meeting", 0, 0, "Vesi", NULL, 1, 20 } },
	    2, 0, 0, { NULL, NULL } },
	{ "morning against evening", {
	    { CLAIM_TIME, "talks (new round)", 0, 0, "Wednesday evening",
	      NULL, 1, 10 },
	    { CLAIM_TIME, "talks (new round)", 0, 0, "Thursday morning", NULL,
	      1, 20 } }, 2, 1, 1, { "Wednesday evening (unattributed)",
	      "Thursday morning" } },
};

/*
 * Roles of a story whose sides are several: a role without its side joins
 * only a side it can be shown to belong to (its person named under it, or
 * its article's one side), else stands alone.  Articles are sentence / 10.
 */
static const struct conflict_case role_cases[] = {
	{ "the accident's time is the story's one incident's", {
	    { CLAIM_TIME, "collapse", 0, 0, "02:40", "a", 1, 10 },
	    { CLAIM_TIME, "accident", 0, 0, "3:15 a.m.", "b", 1, 20 } }, 2,
	    1, 1, { "02:40 (a)", "3:15 a.m. (b)" } },
	{ "two incidents leave the accident apart", {
	    { CLAIM_TIME, "collapse", 0, 0, "02:40", "a", 1, 10 },
	    { CLAIM_TIME, "fire", 0, 0, "04:00", "c", 1, 15 },
	    { CLAIM_TIME, "accident", 0, 0, "3:15 a.m.", "b", 1, 20 } }, 3,
	    0, 0, { NULL, NULL } },
	{ "a day joins a clock time's cluster only beside its own day", {
	    { CLAIM_TIME, "talks", 0, 0, "10:00", "a", 1, 10 },
	    { CLAIM_TIME, "talks", 0, 0, "11 a.m.", "b", 1, 20 },
	    { CLAIM_TIME, "talks", 0, 0, "Tuesday", "c", 1, 30 },
	    { CLAIM_TIME, "talks", 0, 0, "Wednesday", "d", 1, 40 } }, 4, 1,
	    2, { "10:00 (a)", "11 a.m. (b)" } },
	{ "a side named by its name and by a word made of it", {
	    { CLAIM_ROLE, "head of Varkhadan delegation", 0, 0,
	      "Rustam Oryol", "a", 1, 10 },
	    { CLAIM_ROLE, "head of Varkhadani delegation", 0, 0,
	      "Dilnoza Yermek", "b", 1, 20 },
	    { CLAIM_ROLE, "head of Tesmiri delegation", 0, 0,
	      "Selin Kazhar", "c", 1, 30 } }, 3, 1, 1,
	      { "Rustam Oryol (a)", "Dilnoza Yermek (b)" } },
	{ "a role without a side joins the side of its person", {
	    { CLAIM_ROLE, "head of Tavland delegation", 0, 0, "Ilse Marr",
	      "a", 1, 10 },
	    { CLAIM_ROLE, "head of Kell delegation", 0, 0, "Omar Dek", "b",
	      1, 20 },
	    { CLAIM_ROLE, "head of delegation", 0, 0, "Ilse Marr", "c", 1,
	      30 },
	    { CLAIM_ROLE, "head of Tavland team", 0, 0, "Jon Pell", "d", 1,
	      40 } }, 4, 1, 2, { "head of Tavland delegation",
	      "Jon Pell (d)" } },
	{ "two sides' heads without a side are no conflict", {
	    { CLAIM_ROLE, "head of Tavland delegation", 0, 0, "Ilse Marr",
	      "a", 1, 10 },
	    { CLAIM_ROLE, "head of Kell delegation", 0, 0, "Omar Dek", "b",
	      1, 20 },
	    { CLAIM_ROLE, "head of delegation", 0, 0, "Per Holm", "c", 1,
	      30 },
	    { CLAIM_ROLE, "head of delegation", 0, 0, "Ali Sarr", "d", 1,
	      40 } }, 4, 0, 0, { NULL, NULL } },
	{ "a role without a side takes its article's one side", {
	    { CLAIM_ROLE, "head of Tavland delegation", 0, 0, "Ilse Marr",
	      "a", 1, 10 },
	    { CLAIM_ROLE, "head of Kell delegation", 0, 0, "Omar Dek", "b",
	      1, 20 },
	    { CLAIM_ROLE, "head of delegation", 0, 0, "Per Holm", "c", 1,
	      21 } }, 3, 1, 1, { "head of Kell delegation", "Per Holm (c)" } },
	{ "an article of two sides places no role without one", {
	    { CLAIM_ROLE, "head of Tavland delegation", 0, 0, "Ilse Marr",
	      "a", 1, 10 },
	    { CLAIM_ROLE, "head of Kell delegation", 0, 0, "Omar Dek", "b",
	      1, 11 },
	    { CLAIM_ROLE, "head of delegation", 0, 0, "Per Holm", "c", 1,
	      12 },
	    { CLAIM_ROLE, "head of delegation", 0, 0, "Ilse Marr", "d", 1,
	      30 } }, 4, 0, 0, { NULL, NULL } },
};

static void
check_case(const struct conflict_case *c)
{
	struct claim			 cl[MAXIN];
	struct conflict_in		 in[MAXIN];
	struct conflict_set		*set = NULL;
	char				*cause = NULL;
	size_t				 i, j, k;

	memset(cl, 0, sizeof cl);
	for (i = 0; i < c->nin; i++) {
		cl[i].kind = c->in[i].kind;
		cl[i].subject = (char *)c->in[i].subject;
		cl[i].value = c->in[i].value;
		cl[i].high = c->in[i].high > 0 ? c->in[i].high : c->in[i].value;
		cl[i].text = (char *)c->in[i].text;
		cl[i].source = (char *)c->in[i].source;
		in[i].claim = 100 + (long)i;
		in[i].article = c->in[i].sentence / 10;
		in[i].story = c->in[i].story;
		in[i].sentence = c->in[i].sentence;
		in[i].c = &cl[i];
	}
	ck_assert_int_eq(conflict_find(in, c->nin, 0, &set, &cause), 0);
	ck_assert_ptr_nonnull(set);
	if (set->n != c->nconflicts)
		for (i = 0; i < set->n; i++)
			fprintf(stderr, "  %s\n", set->v[i].reason);
	ck_assert_msg(set->n == c->nconflicts, "%s: %zu conflicts", c->name,
	    set->n);
	ck_assert_msg(set->npairs == c->npairs, "%s: %zu pairs", c->name,
	    set->npairs);
	for (i = 0; i < set->npairs; i++) {
		ck_assert_int_lt(set->pairs[i].a, set->pairs[i].b);
		for (j = i + 1; j < set->npairs; j++)
			ck_assert(set->pairs[i].a != set->pairs[j].a ||
			    set->pairs[i].b != set->pairs[j].b);
		/* its claims are inputs, one in each of its sentences */
		ck_assert(set->pairs[i].claim_a >= 100 &&
		    set->pairs[i].claim_a < 100 + (long)c->nin);
		ck_assert(set->pairs[i].claim_b >= 100 &&
		    set->pairs[i].claim_b < 100 + (long)c->nin);
		ck_assert_int_eq(in[set->pairs[i].claim_a - 100].sentence,
		    set->pairs[i].a);
		ck_assert_int_eq(in[set->pairs[i].claim_b - 100].sentence,
		    set->pairs[i].b);
	}
	if (c->nconflicts > 0) {
		for (k = 0; k < PX_NITEMS(c->reason_has); k++)
			if (c->reason_has[k] != NULL)
				ck_assert_msg(strstr(set->v[0].reason,
				    c->reason_has[k]) != NULL, "reason \"%s\"",
				    set->v[0].reason);
		/* every claim named exists and disagrees with another */
		for (k = 0; k < set->v[0].nclaims; k++) {
			ck_assert_int_ge(set->v[0].claims[k], 100);
			ck_assert_int_lt(set->v[0].claims[k],
			    100 + (long)c->nin);
		}
		ck_assert_uint_ge(set->v[0].nclaims, 2);
	}
	conflict_free(set);
}

/*
 * Venues of a city the text placed in its country ("Vesi, Finland", as
 * claims-events.c writes "the Finnish city of Vesi"): the city agrees
 * with its country, and so does the bare city elsewhere in its story, but
 * not in another story.
 */
static const struct conflict_case placed_cases[] = {
	{ "a city placed in its country agrees with the country", {
	    { CLAIM_VENUE, "talks", 0, 0, "Finland", "a", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi, Finland", "b", 1, 20 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "c", 1, 30 } }, 3, 0, 0,
	    { NULL, NULL } },
	{ "a city nobody places is another venue than a country", {
	    { CLAIM_VENUE, "talks", 0, 0, "Finland", "a", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "c", 1, 30 } }, 2, 1, 1,
	    { "Finland (a)", "Vesi (c)" } },
	{ "a city is placed only in its own story", {
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi, Finland", "b", 1, 20 },
	    { CLAIM_VENUE, "talks", 0, 0, "Finland", "a", 2, 40 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "c", 2, 50 } }, 3, 1, 1,
	    { "Finland (a)", "Vesi (c)" } },
	{ "a capital named by its side is in its country", {
	    { CLAIM_VENUE, "talks", 0, 0, "Finland", "a", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Helsinki (Finnish capital)", "b",
	      1, 20 } }, 2, 0, 0, { NULL, NULL } },
	{ "a placed city denied is denied in its story", {
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi, Finland", "b", 1, 20 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, "Vesi", "c", 1, 30 } }, 2,
	    1, 1, { "Vesi, Finland (b)", "denied by Vesi (c)" } },
};

START_TEST(test_placed_case)
{
	check_case(&placed_cases[_i]);
}
END_TEST

START_TEST(test_case)
{
	check_case(&cases[_i]);
}
END_TEST

START_TEST(test_role_case)
{
	check_case(&role_cases[_i]);
}
END_TEST

START_TEST(test_empty)
{
	struct conflict_set	*set = NULL;

	ck_assert_int_eq(conflict_find(NULL, 0, 0, &set, NULL), 0);
	ck_assert_uint_eq(set->n, 0);
	ck_assert_uint_eq(set->npairs, 0);
	conflict_free(set);
	conflict_free(NULL);
}
END_TEST

/*
 * A long story: NOLD articles, one claim each, then a new article with
 * one.  Listed in full (focus 0), the pairs stop at the cap before the new
 * article's; with the new article as focus, every pair has its sentence,
 * at most 32 of them, with the newest of the others, and the conflicts
 * are the same.  Counts alternate two figures (one conflict, pairs by
 * order); venues are all asserted and the new article denies the place.
 */
#define NOLD	400

struct focus_case {
	enum claim_kind	 kind, newkind;
	const char	*subject;
	double		 v[2], newv;
	const char	*text[2], *newtext;
};

static const struct focus_case focus_cases[] = {
	{ CLAIM_KILLED, CLAIM_KILLED, "people", { 137, 2870 }, 2870,
	  { NULL, NULL }, NULL },
	{ CLAIM_VENUE, CLAIM_VENUE_DENIED, "talks", { 0, 0 }, 0,
	  { "Minsk", "the city of Minsk" }, "Minsk" },
};

static struct conflict_set *
focus_find(const struct focus_case *c, long focus, struct claim *cl,
    struct conflict_in *in)
{
	struct conflict_set	*set = NULL;
	char			*cause = NULL;
	size_t			 i;

	memset(cl, 0, (NOLD + 1) * sizeof *cl);
	for (i = 0; i <= NOLD; i++) {
		cl[i].kind = i < NOLD ? c->kind : c->newkind;
		cl[i].subject = (char *)c->subject;
		cl[i].value = cl[i].high = i < NOLD ? c->v[i % 2] : c->newv;
		cl[i].text = (char *)(i < NOLD ? c->text[i % 2] : c->newtext);
		in[i].claim = 1000 + (long)i;
		in[i].article = 1 + (long)i;
		in[i].story = 7;
		in[i].sentence = 10 * (1 + (long)i);
		in[i].c = &cl[i];
	}
	ck_assert_int_eq(conflict_find(in, NOLD + 1, focus, &set, &cause), 0);
	return set;
}

START_TEST(test_focus)
{
	const struct focus_case	*c = &focus_cases[_i];
	struct claim		*cl = calloc(NOLD + 1, sizeof *cl);
	struct conflict_in	*in = calloc(NOLD + 1, sizeof *in);
	struct conflict_set	*all, *one;
	long			 newest = 10 * (NOLD + 1), prev;
	size_t			 i, mine;

	ck_assert(cl != NULL && in != NULL);
	all = focus_find(c, 0, cl, in);
	one = focus_find(c, NOLD + 1, cl, in);
	ck_assert_uint_eq(all->n, 1);
	ck_assert_uint_eq(one->n, all->n);
	ck_assert_uint_eq(one->v[0].nclaims, all->v[0].nclaims);
	ck_assert_str_eq(one->v[0].reason, all->v[0].reason);
	/* all of them: the cap is met before the newest sentence */
	for (i = 0, mine = 0; i < all->npairs; i++)
		mine += all->pairs[i].b == newest;
	ck_assert_uint_ge(all->npairs, 32);
	if (c->kind != c->newkind)
		ck_assert_uint_gt(mine, 0);	/* a denial pairs per denial */
	else
		ck_assert_uint_eq(mine, 0);
	/* the focus: its sentence in each, the newest others first */
	ck_assert_uint_eq(one->npairs, 32);
	for (i = 0, prev = newest; i < one->npairs; i++) {
		ck_assert_int_eq(one->pairs[i].b, newest);
		ck_assert_int_lt(one->pairs[i].a, prev);
		ck_assert_int_gt(one->pairs[i].a, 10 * (NOLD + 1 - 2 * 32 - 1));
		prev = one->pairs[i].a;
	}
	conflict_free(all);
	conflict_free(one);
	free(cl);
	free(in);
}
END_TEST

/*
 * Facts two reports share: counts of ten or more and venues stated alike,
 * each kind and subject once; small counts, times and persons tell no
 * event.
 */
struct fact_in {
	enum claim_kind	 kind;
	const char	*subject;
	double		 value;
	const char	*text;
};

static const struct {
	const char	*name;
	struct fact_in	 a[3], b[3];
	size_t		 na, nb, shared;
} facts_cases[] = {
	{ "the same launched drones and venue",
	  { { CLAIM_LAUNCHED, "drones", 48, NULL },
	    { CLAIM_VENUE, "talks", 0, "Lisvar" },
	    { CLAIM_KILLED, "people in Dornhaven", 3, NULL } },
	  { { CLAIM_LAUNCHED, "drones", 48, NULL },
	    { CLAIM_VENUE, "talks", 0, "the city of Lisvar" },
	    { CLAIM_KILLED, "people in Dornhaven", 5, NULL } }, 3, 3, 2 },
	{ "a toll said with its place and without",
	  { { CLAIM_KILLED, "people in Dornhaven", 14, NULL } },
	  { { CLAIM_KILLED, "people", 14, NULL } }, 1, 1, 1 },
	{ "small counts tell no event",
	  { { CLAIM_KILLED, "people", 3, NULL } },
	  { { CLAIM_KILLED, "people", 3, NULL } }, 1, 1, 0 },
	{ "times and persons tell no event",
	  { { CLAIM_TIME, "talks", 0, "Monday" },
	    { CLAIM_ROLE, "head of delegation", 0, "Anton Selk" } },
	  { { CLAIM_TIME, "talks", 0, "Monday" },
	    { CLAIM_ROLE, "head of delegation", 0, "Anton Selk" } }, 2, 2,
	  0 },
	{ "figures that differ",
	  { { CLAIM_LAUNCHED, "drones", 48, NULL } },
	  { { CLAIM_LAUNCHED, "drones", 30, NULL } }, 1, 1, 0 },
	{ "one subject counted once",
	  { { CLAIM_LAUNCHED, "drones", 48, NULL },
	    { CLAIM_LAUNCHED, "drones", 48, NULL },
	    { CLAIM_DESTROYED, "drones", 40, NULL } },
	  { { CLAIM_LAUNCHED, "drones", 48, NULL },
	    { CLAIM_DESTROYED, "drones", 22, NULL } }, 3, 2, 1 },
	{ "other kinds of one figure",
	  { { CLAIM_INJURED, "people", 40, NULL } },
	  { { CLAIM_KILLED, "people", 40, NULL } }, 1, 1, 0 },
};

static void
facts_fill_claims(const struct fact_in *in, size_t n, struct claim *out)
{
	size_t	i;

	memset(out, 0, 3 * sizeof *out);
	for (i = 0; i < n; i++) {
		out[i].kind = in[i].kind;
		out[i].subject = (char *)in[i].subject;
		out[i].value = out[i].high = in[i].value;
		out[i].text = (char *)in[i].text;
	}
}

START_TEST(test_facts_shared)
{
	struct claim	a[3], b[3];

	facts_fill_claims(facts_cases[_i].a, facts_cases[_i].na, a);
	facts_fill_claims(facts_cases[_i].b, facts_cases[_i].nb, b);
	ck_assert_msg(conflict_facts_shared(a, facts_cases[_i].na, b,
	    facts_cases[_i].nb) == facts_cases[_i].shared, "%s",
	    facts_cases[_i].name);
}
END_TEST

struct same_case {
	int		 (*fn)(const char *, const char *);
	const char	*a, *b;
	int		 same;
};

static const struct same_case same_cases[] = {
	{ conflict_same_place, "Minsk", "minsk", 1 },
	{ conflict_same_place, "the Belarusian capital of Minsk", "Minsk", 1 },
	{ conflict_same_place, "Minsk", "Warsaw", 0 },
	{ conflict_same_place, "Belovezhskaya Pushcha",
	  "Belovezhskaya Pushcha forest", 1 },
	/* a country and a city in it, by the entities table */
	{ conflict_same_place, "Qatar", "Doha", 1 },
	{ conflict_same_place, "Tashkent", "Uzbekistan", 1 },
	{ conflict_same_place, "Switzerland", "Geneva", 1 },
	{ conflict_same_place, "Qatar", "Geneva", 0 },
	{ conflict_same_place, "Qatari", "Doha", 0 },
	{ conflict_same_place, "Qatar", "Switzerland", 0 },
	{ conflict_same_person, "Vladimir Medinsky", "Medinsky", 1 },
	{ conflict_same_person, "Volodymyr Zelensky", "Zelenskyy", 1 },
	{ conflict_same_person, "Vladimir Medinsky", "Vladimir Putinsky", 0 },
	{ conflict_same_person, "Anna Virtanen", "Anna Lahti", 0 },
	{ conflict_same_time, "Thursday morning", "Thursday", 1 },
	{ conflict_same_time, "Thursday morning", "Wednesday evening", 0 },
	{ conflict_same_time, "10:00 GMT on Tuesday", "Tuesday", 1 },
	{ conflict_same_time, "10:00 GMT", "14:00 GMT", 0 },
	{ conflict_same_time, "8 p.m.", "20:00", 1 },
	/* a time too loose to read agrees with any other */
	{ conflict_same_time, "next week", "June 9", 1 },
	{ conflict_same_time, "later this month", "Thursday", 1 },
	{ conflict_same_time, "next week", "next month", 0 },
	{ conflict_same_time, "10:00", "Wednesday evening", 0 },
	{ conflict_same_time, "10:00 local time", "Wednesday morning", 1 },
	{ conflict_same_time, "10:00 GMT", "Wednesday evening", 1 },
	{ conflict_same_time, "4:30 a.m.", "Thursday night", 1 },
	{ conflict_same_time, "noon", "12:00", 1 },
	{ conflict_same_time, "Dec. 8", "December 8", 1 },
	{ conflict_same_time, "Dec. 8 at 2 p.m.", "December 7", 0 },
	{ conflict_same_time, "Sept. 3", "September 3", 1 },
	{ conflict_same_time, "midnight on Saturday", "Saturday night", 1 },
	{ conflict_same_time, "midnight on Saturday", "Saturday morning",
	  0 },
	{ conflict_same_time, "2:00am on Sunday", "late on Saturday", 0 },
	{ conflict_same_time, "tonight", "Sunday morning", 0 },
	{ conflict_same_time, "March 3", "March 4", 0 },
	{ conflict_same_time, "next week", "next week", 1 },
	{ conflict_same_time, "6:40", "6:15 a.m.", 0 },
	{ conflict_same_time, "6:40", "6:45", 1 },
	{ conflict_same_time, "11 p.m.", "11pm on Sunday", 1 },
	{ conflict_same_time, "7am", "7 p.m.", 0 },
	{ conflict_same_time, "6:40", "7am", 0 },
};

/* Clock times with their hedges: the windows they leave must meet. */
static const struct hedged_case {
	const char	*a, *ha, *b, *hb;
	int		 same;
} hedged_cases[] = {
	{ "6:40", NULL, "7am", "shortly before", 1 },
	{ "6:40", NULL, "6:15 a.m.", "about", 0 },
	{ "6:15 a.m.", "about", "7 a.m.", "around", 0 },
	{ "02:17", NULL, "2am", "shortly after", 1 },
	{ "2:50", NULL, "2am", "shortly after", 0 },
	{ "3 a.m.", "about", "3:10", NULL, 1 },
	/* both hedged: the windows must overlap, to the minute */
	{ "4:05 p.m.", "about", "16:30", "about", 0 },
	{ "4:05 p.m.", "about", "16:20", "about", 1 },
	{ "9 p.m.", "around", "9:20 p.m.", "about", 1 },
	{ "9 p.m.", "around", "9:40 p.m.", "about", 0 },
	{ "11:50", "shortly before", "12:00", "around", 1 },
};

/* Two claims that state one fact (their sentences are paired). */
static const struct fact_case {
	enum claim_kind	 ka;
	const char	*sa;
	double		 va;
	const char	*ta;
	enum claim_kind	 kb;
	const char	*sb;
	double		 vb;
	const char	*tb;
	int		 same;
} fact_cases[] = {
	{ CLAIM_KILLED, "people", 10, NULL, CLAIM_KILLED, "people", 10, NULL,
	  1 },
	/* the place said or not: one count */
	{ CLAIM_MISSING, "people in Sella", 7, NULL, CLAIM_MISSING, "people",
	  7, NULL, 1 },
	{ CLAIM_KILLED, "people", 10, NULL, CLAIM_KILLED, "people", 12, NULL,
	  0 },
	{ CLAIM_KILLED, "people", 10, NULL, CLAIM_INJURED, "people", 10, NULL,
	  0 },
	{ CLAIM_KILLED, "people", 10, NULL, CLAIM_KILLED, "soldiers", 10, NULL,
	  0 },
	{ CLAIM_VENUE, "talks", 0, "Abu Dhabi", CLAIM_VENUE, "talks", 0,
	  "Abu Dhabi", 1 },
	{ CLAIM_VENUE, "talks", 0, "Minsk", CLAIM_VENUE, "talks", 0, "Warsaw",
	  0 },
	{ CLAIM_VENUE, "talks", 0, "Minsk", CLAIM_VENUE_DENIED, "talks", 0,
	  "Minsk", 0 },
	{ CLAIM_ROLE, "head of delegation", 0, "Vladimir Medinsky", CLAIM_ROLE,
	  "head of delegation", 0, "Medinsky", 1 },
	{ CLAIM_ROLE, "head of delegation", 0, "Vladimir Medinsky", CLAIM_ROLE,
	  "head of delegation", 0, "Anna Lahti", 0 },
	/* times: the same words, not only no contradiction */
	{ CLAIM_TIME, "talks", 0, "2 p.m. on Tuesday", CLAIM_TIME, "talks", 0,
	  "not Monday", 0 },
	{ CLAIM_TIME, "talks", 0, "Thursday", CLAIM_TIME, "talks", 0,
	  "thursday", 1 },
	{ CLAIM_VENUE, "talks", 0, NULL, CLAIM_VENUE, "talks", 0, NULL, 0 },
};

START_TEST(test_same_fact)
{
	const struct fact_case	*c = &fact_cases[_i];
	struct claim		 x, y;

	memset(&x, 0, sizeof x);
	memset(&y, 0, sizeof y);
	x.kind = c->ka;
	x.subject = (char *)c->sa;
	x.value = x.high = c->va;
	x.text = (char *)c->ta;
	y.kind = c->kb;
	y.subject = (char *)c->sb;
	y.value = y.high = c->vb;
	y.text = (char *)c->tb;
	ck_assert_int_eq(conflict_same_fact(&x, &y), c->same);
	ck_assert_int_eq(conflict_same_fact(&y, &x), c->same);
}
END_TEST

/* Claims that agree (no conflict) but are not one fact, and back. */
START_TEST(test_claims_agree)
{
	struct claim	 x, y;

	memset(&x, 0, sizeof x);
	memset(&y, 0, sizeof y);
	x.kind = y.kind = CLAIM_TIME;
	x.subject = y.subject = (char *)"talks";
	x.text = (char *)"Thursday morning";
	y.text = (char *)"Thursday";
	ck_assert_int_eq(conflict_claims_agree(&x, &y), 1);
	ck_assert_int_eq(conflict_same_fact(&x, &y), 0);
	y.text = (char *)"Friday";
	ck_assert_int_eq(conflict_claims_agree(&x, &y), 0);
	/* a count's place: the same fact, not the same subject */
	x.kind = y.kind = CLAIM_MISSING;
	x.subject = (char *)"people in Sella";
	y.subject = (char *)"people";
	x.value = y.value = x.high = y.high = 7;
	ck_assert_int_eq(conflict_claims_agree(&x, &y), 0);
	ck_assert_int_eq(conflict_same_fact(&x, &y), 1);
}
END_TEST

START_TEST(test_same_hedged)
{
	const struct hedged_case	*c = &hedged_cases[_i];

	ck_assert_int_eq(conflict_same_time_hedged(c->a, c->ha, c->b, c->hb),
	    c->same);
	ck_assert_int_eq(conflict_same_time_hedged(c->b, c->hb, c->a, c->ha),
	    c->same);
}
END_TEST

START_TEST(test_same)
{
	const struct same_case	*c = &same_cases[_i];

	ck_assert_msg(c->fn(c->a, c->b) == c->same, "\"%s\" / \"%s\"", c->a,
	    c->b);
	ck_assert_msg(c->fn(c->b, c->a) == c->same, "\"%s\" / \"%s\"", c->b,
	    c->a);
}
END_TEST

/*
 * Dates of an event: a weekday with a date is the date; two days of one
 * month, whichever comes first, disagree.  A table of its own.
 */
static const struct same_case date_cases[] = {
	{ conflict_same_time, "Tuesday, June 9", "June 9", 1 },
	{ conflict_same_time, "June 3", "Tuesday, June 9", 0 },
	{ conflict_same_time, "Monday, May 11", "Tuesday, May 11", 0 },
	{ conflict_same_time, "9 June", "June 9", 1 },
	{ conflict_same_time, "3 June", "June 9", 0 },
	{ conflict_same_time, "3 June", "Tuesday, June 9", 0 },
	{ conflict_same_time, "May 4", "Thursday", 1 },
};

START_TEST(test_date)
{
	const struct same_case	*c = &date_cases[_i];

	ck_assert_msg(c->fn(c->a, c->b) == c->same, "\"%s\" / \"%s\"", c->a,
	    c->b);
	ck_assert_msg(c->fn(c->b, c->a) == c->same, "\"%s\" / \"%s\"", c->b,
	    c->a);
}
END_TEST

/* Which claims can share a conflict: conflict_related(). */
static const struct related_case {
	enum claim_kind	 ka;
	const char	*sa;
	enum claim_kind	 kb;
	const char	*sb;
	int		 want;
} related_cases[] = {
	{ CLAIM_KILLED, "civilians", CLAIM_KILLED, "Civilians", 1 },
	{ CLAIM_KILLED, "civilians", CLAIM_INJURED, "civilians", 0 },
	{ CLAIM_KILLED, "civilians", CLAIM_KILLED, "soldiers", 0 },
	{ CLAIM_VENUE, "talks", CLAIM_VENUE_DENIED, "talks", 1 },
	{ CLAIM_VENUE, "talks (new round)", CLAIM_VENUE_DENIED, "Talks", 1 },
	{ CLAIM_VENUE, "summit", CLAIM_VENUE_DENIED, "talks", 1 }, /* merge */
	{ CLAIM_ROLE, "head of delegation", CLAIM_ROLE,
	  "head of delegation (new round)", 1 },	/* the one round */
	{ CLAIM_ROLE, "head of delegation", CLAIM_ROLE, "head of mission",
	  0 },
	{ CLAIM_ROLE, "head of Tavland delegation", CLAIM_ROLE,
	  "head of delegation", 1 },		/* the one side */
	{ CLAIM_ROLE, "head of team", CLAIM_ROLE, "head of delegation", 1 },
	{ CLAIM_ROLE, "head of Tavland delegation", CLAIM_ROLE,
	  "head of Velmoor delegation", 1 },	/* one group, two things */
	{ CLAIM_TIME, NULL, CLAIM_TIME, NULL, 1 },
	{ CLAIM_TIME, NULL, CLAIM_TIME, "talks", 0 },
	{ CLAIM_MISSING, "people", CLAIM_MISSING, "People in Sarn", 1 },
	{ CLAIM_MISSING, "people in Arvia", CLAIM_MISSING, "people in Sarn", 1 },
	{ CLAIM_MISSING, "people", CLAIM_MISSING, "children in Sarn", 0 },
	{ CLAIM_ROLE, "head", CLAIM_ROLE, "head in Sarn", 0 },
	{ CLAIM_TIME, "talks", CLAIM_TIME, "talks (new round)", 1 },
	/* one story's talks by other names */
	{ CLAIM_TIME, "meeting", CLAIM_TIME, "talks", 1 },
	{ CLAIM_VENUE, "Negotiations", CLAIM_VENUE_DENIED, "talks", 1 },
	{ CLAIM_VENUE, "meeting (new round)", CLAIM_VENUE, "talks", 1 },
	{ CLAIM_VENUE, "earlier meeting", CLAIM_VENUE, "talks", 0 },
	{ CLAIM_VENUE, "earlier meeting", CLAIM_VENUE, "earlier talks", 1 },
	{ CLAIM_TIME, "ceasefire", CLAIM_TIME, "meeting", 0 },
	{ CLAIM_KILLED, "meeting", CLAIM_KILLED, "talks", 0 },
};

START_TEST(test_related)
{
	const struct related_case	*c = &related_cases[_i];

	ck_assert_int_eq(conflict_related(c->ka, c->sa, c->kb, c->sb),
	    c->want);
	ck_assert_int_eq(conflict_related(c->kb, c->sb, c->ka, c->sa),
	    c->want);
}
END_TEST

/*
 * Session 8: a sentence that gives two sources' counts ("police put the
 * toll at seven, while the airline said five") is no conflict with one
 * that gives one of them, and still one with a third figure; places are
 * not so ("proposed X; they wanted Y" stands for its first).
 */
static const struct conflict_case both_cases[] = {
	{ "a sentence with both figures holds the other's", {
	    { CLAIM_KILLED, "people", 7, 0, NULL, "police", 1, 10 },
	    { CLAIM_KILLED, "people", 5, 0, NULL, "airline", 1, 10 },
	    { CLAIM_KILLED, "people", 5, 0, NULL, "airline", 1, 20 } }, 3,
	    1, 0, { "7 (police)", "5 (airline)" } },
	{ "a third figure still conflicts with both sentences", {
	    { CLAIM_INJURED, "people", 40, 0, NULL, "police", 1, 10 },
	    { CLAIM_INJURED, "people", 52, 0, NULL, "hospital", 1, 10 },
	    { CLAIM_INJURED, "people", 52, 0, NULL, "hospital", 1, 20 },
	    { CLAIM_INJURED, "people", 31, 0, NULL, "firefighters", 1, 30 } },
	    4, 1, 2, { "40 (police)", "31 (firefighters)" } },
	{ "two places in one sentence stand for the first", {
	    { CLAIM_VENUE, "talks", 0, 0, "Arvia", "ministry", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Belmar", "rebels", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Belmar", "rebels", 1, 20 } }, 3,
	    1, 1, { "Arvia", "Belmar" } },
};

START_TEST(test_both_case)
{
	check_case(&both_cases[_i]);
}
END_TEST

/*
 * Session 8: a clock time written with a point keeps its minutes
 * ("1.45pm" is 13:45, not 13:00); a date keeps its clock time.  A table
 * of its own.
 */
static const struct same_case clock8_cases[] = {
	{ conflict_same_time, "2.25pm", "14:25", 1 },
	{ conflict_same_time, "2.25pm", "14:00", 0 },
	{ conflict_same_time, "9.50am", "9:50 a.m.", 1 },
	{ conflict_same_time, "March 9 at 10:00", "March 9 at 11:00", 0 },
	{ conflict_same_time, "March 9 at 10:00", "9 March", 1 },
};

START_TEST(test_clock8)
{
	const struct same_case	*c = &clock8_cases[_i];

	ck_assert_msg(c->fn(c->a, c->b) == c->same, "\"%s\" / \"%s\"", c->a,
	    c->b);
	ck_assert_msg(c->fn(c->b, c->a) == c->same, "\"%s\" / \"%s\"", c->b,
	    c->a);
}
END_TEST

/*
 * Session 8 roles: the head of an operation is apart from a delegation's;
 * parties listed as mediators agree when one list is within the other.  A
 * table of its own.
 */
static const struct conflict_case role8_cases[] = {
	{ "an operation's heads are apart from a delegation's", {
	    { CLAIM_ROLE, "head of rescue operation", 0, 0, "Ilse Marr", "a",
	      1, 10 },
	    { CLAIM_ROLE, "head of rescue operation", 0, 0, "Omar Dek", "b",
	      1, 20 },
	    { CLAIM_ROLE, "head of Tavland delegation", 0, 0, "Per Holm", "c",
	      1, 30 } }, 3, 1, 1, { "head of rescue operation",
	      "Omar Dek (b)" } },
	{ "mediators listed within one another agree", {
	    { CLAIM_ROLE, "mediators", 0, 0, "Lund and Tavland", "a", 1, 10 },
	    { CLAIM_ROLE, "mediators", 0, 0, "Tavland", "b", 1, 20 },
	    { CLAIM_ROLE, "mediators", 0, 0, "Arn and Kell", "c", 1, 30 },
	    { CLAIM_ROLE, "mediators", 0, 0, "Arn and Tavland", "d", 1, 40 } },
	    4, 1, 4, { "mediators", "Arn and Kell (c)" } },
};

START_TEST(test_role8_case)
{
	check_case(&role8_cases[_i]);
}
END_TEST

/*
 * One event under two names (venue_merge()): a conference whose place the
 * story's talks also give is the talks, unless a third event has venues
 * in the story or the place is given only for a "meeting"; a venue a
 * party proposes joins the event's in an article that denies its venue.
 */
static const struct conflict_case merge8b_cases[] = {
	{ "a conference whose place the talks share is the talks", {
	    { CLAIM_VENUE, "conference", 0, 0, "Vesi", "a", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "b", 1, 20 },
	    { CLAIM_VENUE, "talks", 0, 0, "Kessa", "c", 1, 30 } }, 3, 1, 2,
	    { "Vesi", "Kessa (c)" } },
	{ "a summit beside talks elsewhere stays apart", {
	    { CLAIM_VENUE, "summit", 0, 0, "Vesi", "a", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Kessa", "b", 1, 20 },
	    { CLAIM_VENUE, "talks", 0, 0, "Kessa", "c", 1, 30 } }, 3, 0, 0,
	    { NULL, NULL } },
	{ "a third event keeps the conference apart", {
	    { CLAIM_VENUE, "conference", 0, 0, "Vesi", "a", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "b", 1, 20 },
	    { CLAIM_VENUE, "talks", 0, 0, "Kessa", "c", 1, 30 },
	    { CLAIM_VENUE, "summit", 0, 0, "Lumo", "d", 1, 40 } }, 4, 1, 1,
	    { "Vesi (b)", "Kessa (c)" } },
	{ "a meeting's place makes no conference the talks", {
	    { CLAIM_VENUE, "conference", 0, 0, "Vesi", "a", 1, 10 },
	    { CLAIM_VENUE, "meeting", 0, 0, "Vesi", "b", 1, 20 },
	    { CLAIM_VENUE, "meeting", 0, 0, "Kessa", "c", 1, 30 } }, 3, 1, 1,
	    { "Vesi (b)", "Kessa (c)" } },
	{ "a proposal beside a denial in its article is a side", {
	    { CLAIM_VENUE, "conference", 0, 0, "Vesi", "a", 1, 10 },
	    { CLAIM_VENUE, "proposed conference", 0, 0, "Kessa", "b", 1,
	      20 },
	    { CLAIM_VENUE_DENIED, "conference", 0, 0, "Vesi", "c", 1, 21 } },
	    3, 2, 2, { "Vesi (a)", "Kessa (b)" } },
	{ "an offer to host beside a denial stays apart", {
	    { CLAIM_VENUE, "conference", 0, 0, "Vesi", "a", 1, 10 },
	    { CLAIM_VENUE, "conference proposed by Lumo", 0, 0, "Lumo", "b",
	      1, 20 },
	    { CLAIM_VENUE_DENIED, "conference", 0, 0, "Vesi", "c", 1, 21 } },
	    3, 1, 1, { "Vesi (a)", "denied by Vesi (c)" } },
	{ "a proposal with no denial in its article stays apart", {
	    { CLAIM_VENUE, "conference", 0, 0, "Vesi", "a", 1, 10 },
	    { CLAIM_VENUE, "conference proposed by Tarn", 0, 0, "Kessa", "b",
	      1, 20 },
	    { CLAIM_VENUE_DENIED, "conference", 0, 0, "Vesi", "c", 1, 30 } },
	    3, 1, 1, { "Vesi (a)", "denied by Vesi (c)" } },
};

START_TEST(test_merge8b_case)
{
	check_case(&merge8b_cases[_i]);
}
END_TEST

/*
 * Session 8, round 2: a time an event was postponed to replaces its time
 * ("postponed to next week" is no "Wednesday", though a plain "next
 * week" would agree with it), and agrees with the same postponement;
 * "midnight" and "noon" are clock times, and two clock times either side
 * of midnight are compared over it.  Tables of their own.
 */
static const struct same_case moved8b_cases[] = {
	{ conflict_same_time, "postponed to next week", "Wednesday", 0 },
	{ conflict_same_time, "postponed to next week", "November 25", 0 },
	{ conflict_same_time, "postponed to next week",
	  "postponed to next week", 1 },
	/* the same day told without the move is the new time (round 3) */
	{ conflict_same_time, "postponed to Friday", "Friday", 1 },
	{ conflict_same_time, "postponed to Friday", "postponed to Monday",
	  0 },
	{ conflict_same_time, "next week", "Wednesday", 1 },
	{ conflict_same_time, "midnight", "11:40 p.m.", 0 },
	{ conflict_same_time, "midnight", "00:00", 1 },
	{ conflict_same_time, "noon", "12:00", 1 },
	{ conflict_same_time, "11 p.m.", "1 a.m.", 0 },
};

static const struct hedged_case midnight8b_cases[] = {
	{ "midnight", "shortly after", "11:40 p.m.", "about", 0 },
	{ "midnight", "shortly after", "00:20", NULL, 1 },
	{ "midnight", "shortly before", "00:05", NULL, 1 },
	{ "11:50 p.m.", "about", "00:05", "about", 1 },
	{ "23:30", "around", "midnight", "shortly after", 0 },
};

static const struct conflict_case moved8b_conflicts[] = {
	{ "a postponement is a new time", {
	    { CLAIM_TIME, "prisoner exchange", 0, 0, "Wednesday", "a", 1,
	      10 },
	    { CLAIM_TIME, "prisoner exchange", 0, 0, "November 25", "b", 1,
	      20 },
	    { CLAIM_TIME, "prisoner exchange", 0, 0,
	      "postponed to next week", "c", 1, 30 },
	    { CLAIM_TIME, "prisoner exchange", 0, 0,
	      "postponed to next week", "d", 1, 40 } }, 4, 1, 4,
	      { "time of prisoner exchange", "postponed to next week" } },
};

/* Session 8, round 3: the day an event was postponed to, told again
 * more closely without the move, agrees with it. */
static const struct same_case moved8c_cases[] = {
	{ conflict_same_time, "postponed to Thursday", "3 p.m. on Thursday",
	  1 },
	{ conflict_same_time, "postponed to Thursday", "Thursday", 1 },
	{ conflict_same_time, "postponed to Thursday", "10am on Friday", 0 },
	{ conflict_same_time, "postponed to June 4", "June 4 at 09:00", 1 },
	{ conflict_same_time, "postponed to June 4", "June 5", 0 },
	{ conflict_same_time, "postponed to next week", "Thursday", 0 },
	{ conflict_same_time, "not Thursday", "Thursday at 9am", 0 },
	{ conflict_same_time, "not Thursday", "Friday", 1 },
	{ conflict_same_time, "not June 4", "June 4", 0 },
	{ conflict_same_time, "not June 4", "June 9", 1 },
	{ conflict_same_time, "not Thursday", "not Thursday", 1 },
};

START_TEST(test_moved8c)
{
	const struct same_case	*c = &moved8c_cases[_i];

	ck_assert_msg(c->fn(c->a, c->b) == c->same, "\"%s\" / \"%s\"", c->a,
	    c->b);
	ck_assert_msg(c->fn(c->b, c->a) == c->same, "\"%s\" / \"%s\"", c->b,
	    c->a);
}
END_TEST

START_TEST(test_moved8b)
{
	const struct same_case	*c = &moved8b_cases[_i];

	ck_assert_msg(c->fn(c->a, c->b) == c->same, "\"%s\" / \"%s\"", c->a,
	    c->b);
	ck_assert_msg(c->fn(c->b, c->a) == c->same, "\"%s\" / \"%s\"", c->b,
	    c->a);
}
END_TEST

START_TEST(test_midnight8b)
{
	const struct hedged_case	*c = &midnight8b_cases[_i];

	ck_assert_msg(conflict_same_time_hedged(c->a, c->ha, c->b, c->hb) ==
	    c->same, "\"%s\" / \"%s\"", c->a, c->b);
	ck_assert_msg(conflict_same_time_hedged(c->b, c->hb, c->a, c->ha) ==
	    c->same, "\"%s\" / \"%s\"", c->b, c->a);
}
END_TEST

START_TEST(test_moved8b_case)
{
	check_case(&moved8b_conflicts[_i]);
}
END_TEST

/*
 * Session 8, round 3: a signing is the talks when the story gives one
 * place for both (venue_merge()), so that a denial of the talks' place
 * meets the place the accord was signed in; a signing elsewhere stays
 * apart.
 */
static const struct conflict_case merge8c_cases[] = {
	{ "a signing whose place the talks share is the talks", {
	    { CLAIM_VENUE, "signing", 0, 0, "Vesi", "a", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "b", 1, 20 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, "Vesi", "c", 1, 30 } }, 3,
	    1, 2, { "Vesi (a", "denied by Vesi (c)" } },
	{ "a signing beside talks elsewhere stays apart", {
	    { CLAIM_VENUE, "signing", 0, 0, "Vesi", "a", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Kessa", "b", 1, 20 },
	    { CLAIM_VENUE, "talks", 0, 0, "Kessa", "c", 1, 30 } }, 3, 0, 0,
	    { NULL, NULL } },
};

START_TEST(test_merge8c_case)
{
	check_case(&merge8c_cases[_i]);
}
END_TEST

/*
 * Session 9: a clock time near the turn of two parts of the day is told
 * by either ("3:40 a.m." is "early Sunday morning" and the night); a day
 * name and a clock time do not contradict each other.  A table of its
 * own.
 */
static const struct same_case parts9_cases[] = {
	{ conflict_same_time, "2:15 a.m.", "early Friday morning", 1 },
	{ conflict_same_time, "2:15 a.m.", "Friday night", 1 },
	{ conflict_same_time, "4:50 am", "Tuesday morning", 1 },
	{ conflict_same_time, "5:20 p.m.", "Thursday evening", 1 },
	{ conflict_same_time, "5:20 p.m.", "Thursday afternoon", 1 },
	{ conflict_same_time, "10:30 p.m.", "Monday evening", 1 },
	{ conflict_same_time, "10:30 p.m.", "late Monday night", 1 },
	{ conflict_same_time, "9:10 p.m.", "Saturday night", 1 },
	/* what neither part can be stays a conflict */
	{ conflict_same_time, "2:15 a.m.", "Friday afternoon", 0 },
	{ conflict_same_time, "3:30 p.m.", "Sunday morning", 0 },
	{ conflict_same_time, "8:45 a.m.", "Wednesday night", 0 },
	{ conflict_same_time, "2:15 p.m.", "Friday evening", 0 },
	{ conflict_same_time, "2:15 a.m. on Friday", "Saturday morning", 0 },
};

START_TEST(test_parts9)
{
	const struct same_case	*c = &parts9_cases[_i];

	ck_assert_msg(c->fn(c->a, c->b) == c->same, "\"%s\" / \"%s\"", c->a,
	    c->b);
	ck_assert_msg(c->fn(c->b, c->a) == c->same, "\"%s\" / \"%s\"", c->b,
	    c->a);
}
END_TEST

/*
 * Session 9 roles: a side named by its country and by its adjective is
 * one side ("head of Tavlanda delegation", "head of Tavlandese
 * delegation", "its team"); a role without a side takes the side of the
 * roles its person is the source of ("the Tavlandese delegation will be
 * led by X, Y confirmed": Y speaks for that side).
 */
static const struct conflict_case role9_cases[] = {
	{ "a country and its adjective are one side", {
	    { CLAIM_ROLE, "head of Tavlanda delegation", 0, 0, "Ilse Marr",
	      "a", 1, 10 },
	    { CLAIM_ROLE, "head of Tavlandese delegation", 0, 0, "Omar Dek",
	      "b", 1, 20 },
	    { CLAIM_ROLE, "head of Kell delegation", 0, 0, "Per Holm", "c", 1,
	      30 } }, 3, 1, 1, { "head of Tavlanda delegation",
	      "Omar Dek (b)" } },
	{ "a country's possessive and its adjective are one side", {
	    { CLAIM_ROLE, "head of Norland's delegation", 0, 0, "Ilse Marr",
	      "a", 1, 10 },
	    { CLAIM_ROLE, "head of Norlandian team", 0, 0, "Omar Dek", "b",
	      1, 20 } }, 2, 1, 1, { "Ilse Marr (a)", "Omar Dek (b)" } },
	{ "two sides that only share a beginning stay apart", {
	    { CLAIM_ROLE, "head of Tavlanda delegation", 0, 0, "Ilse Marr",
	      "a", 1, 10 },
	    { CLAIM_ROLE, "head of Tavmoor delegation", 0, 0, "Omar Dek", "b",
	      1, 20 } }, 2, 0, 0, { NULL, NULL } },
	{ "a role without a side takes the side its person speaks for", {
	    { CLAIM_ROLE, "head of Tavlandese delegation", 0, 0, "Omar Dek",
	      "Ilse Marr", 1, 10 },
	    { CLAIM_ROLE, "head of Kell delegation", 0, 0, "Per Holm", "b", 1,
	      20 },
	    { CLAIM_ROLE, "head of team", 0, 0, "Ilse Marr", "statement", 1,
	      30 } }, 3, 1, 1, { "head of Tavlandese delegation",
	      "Ilse Marr (statement)" } },
	{ "bodies leading an investigation: a name and its acronym agree", {
	    { CLAIM_ROLE, "head of investigation", 0, 0,
	      "Transit Safety Bureau of Norland", "a", 1, 10 },
	    { CLAIM_ROLE, "head of investigation", 0, 0, "TSB", "b", 1, 20 },
	    { CLAIM_ROLE, "head of investigation", 0, 0,
	      "Ministry of Transport of Norland", "c", 1, 30 } }, 3, 1, 2,
	      { "head of investigation", "Ministry of Transport of Norland" } },
	{ "a person who speaks for two sides places nothing", {
	    { CLAIM_ROLE, "head of Tavlandese delegation", 0, 0, "Omar Dek",
	      "Ilse Marr", 1, 10 },
	    { CLAIM_ROLE, "head of Kell delegation", 0, 0, "Per Holm",
	      "Ilse Marr", 1, 20 },
	    { CLAIM_ROLE, "head of team", 0, 0, "Ilse Marr", "statement", 1,
	      30 } }, 3, 0, 0, { NULL, NULL } },
};

START_TEST(test_role9_case)
{
	check_case(&role9_cases[_i]);
}
END_TEST

/*
 * Session 9 denials: a sentence that tells both a venue and its denial
 * ("the government says Vesi, the opposition that no venue is agreed")
 * agrees with a sentence telling either, and is paired only with those
 * that take one side; a place a party proposes is no venue its denial
 * that nothing is agreed contradicts.
 */
static const struct conflict_case denial9_cases[] = {
	{ "a sentence telling both sides is no pair with either", {
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "government", 1, 10 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, CLAIM_VENUE_UNDECIDED,
	      "opposition", 1, 10 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, CLAIM_VENUE_UNDECIDED,
	      "opposition", 1, 20 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "ministry", 1, 30 } }, 4, 1,
	    1, { "Vesi (government)", "undecided (opposition)" } },
	{ "a place denied: the sentence telling both is no pair", {
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "government", 1, 10 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, "Vesi", "opposition", 1,
	      10 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, "Vesi", "opposition", 1,
	      20 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "ministry", 1, 30 },
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "palace", 1, 40 } }, 5, 1,
	    2, { "Vesi (government)", "denied by Vesi (opposition)" } },
	{ "a proposal is no venue nobody agreed to", {
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "government", 1, 10 },
	    { CLAIM_VENUE, "proposed talks", 0, 0, "Kessa", "opposition", 1,
	      20 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, CLAIM_VENUE_UNDECIDED,
	      "opposition", 1, 21 } }, 3, 1, 2, { "Vesi (government)",
	      "Kessa (opposition)" } },
	/* the places in dispute, then the same places and the denial
	 * that nothing is agreed: one conflict, told once */
	{ "a venue conflict within another is told once", {
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "government", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Kessa", "rebels", 1, 20 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, CLAIM_VENUE_UNDECIDED,
	      "mediator", 1, 30 } }, 3, 1, 3, { "Vesi (government)",
	      "undecided (mediator)" } },
	{ "a third party's call is no venue of the dispute", {
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "government", 1, 10 },
	    { CLAIM_VENUE, "talks proposed by Lumo", 0, 0, "Kessa", "Lumo",
	      1, 20 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, CLAIM_VENUE_UNDECIDED,
	      "mediator", 1, 30 } }, 3, 1, 1,
	    { "Vesi (government) vs undecided (mediator)", NULL } },
	{ "a place denied is a conflict of its own", {
	    { CLAIM_VENUE, "talks", 0, 0, "Vesi", "government", 1, 10 },
	    { CLAIM_VENUE, "talks", 0, 0, "Kessa", "rebels", 1, 20 },
	    { CLAIM_VENUE_DENIED, "talks", 0, 0, "Vesi", "mediator", 1,
	      30 } }, 3, 2, 2, { "Vesi (government)", "Kessa (rebels)" } },
};

START_TEST(test_denial9_case)
{
	check_case(&denial9_cases[_i]);
}
END_TEST

/*
 * Session 9 data: capitals of Caribbean countries the entities table
 * gained; a country named as the venue and its capital are one place.
 */
static const struct same_case places9_cases[] = {
	{ conflict_same_place, "Trinidad and Tobago", "Port of Spain", 1 },
	{ conflict_same_place, "Belize", "Belmopan", 1 },
	{ conflict_same_place, "Belize", "Port of Spain", 0 },
	{ conflict_same_place, "Belmopan", "Port of Spain", 0 },
};

START_TEST(test_places9)
{
	const struct same_case	*c = &places9_cases[_i];

	ck_assert_msg(c->fn(c->a, c->b) == c->same, "\"%s\" / \"%s\"", c->a,
	    c->b);
	ck_assert_msg(c->fn(c->b, c->a) == c->same, "\"%s\" / \"%s\"", c->b,
	    c->a);
}
END_TEST

/*
 * Session 9 places of counts: a count in a country beside counts in a
 * place the table does not know is the wider background ("hundreds die
 * in Chile every year"), so a count without a place is about the other
 * place, when it is the only one.
 */
static const struct conflict_case place9_cases[] = {
	{ "a country beside one place is background", {
	    { CLAIM_KILLED, "people in Chile", 300, 0, NULL, "a", 1, 10 },
	    { CLAIM_KILLED, "people in Sarn", 17, 0, NULL, "b", 1, 20 },
	    { CLAIM_KILLED, "people", 21, 0, NULL, "c", 1, 30 } }, 3, 1, 1,
	    { "killed people in Sarn", "21 (c)" } },
	{ "two places beside a country stay apart", {
	    { CLAIM_KILLED, "people in Chile", 300, 0, NULL, "a", 1, 10 },
	    { CLAIM_KILLED, "people in Sarn", 17, 0, NULL, "b", 1, 20 },
	    { CLAIM_KILLED, "people in Arvia", 40, 0, NULL, "d", 1, 40 },
	    { CLAIM_KILLED, "people", 21, 0, NULL, "c", 1, 30 } }, 4, 0, 0,
	    { NULL, NULL } },
	{ "a country alone is the story's place", {
	    { CLAIM_KILLED, "people in Chile", 17, 0, NULL, "a", 1, 10 },
	    { CLAIM_KILLED, "people", 21, 0, NULL, "c", 1, 30 } }, 2, 1, 1,
	    { "killed people in Chile", "21 (c)" } },
};

START_TEST(test_place9_case)
{
	check_case(&place9_cases[_i]);
}
END_TEST

/*
 * Session 9 bodies in a role ("the Transit Safety Bureau will lead the
 * investigation"): a body agrees with its acronym and with its name with
 * or without its country, not with another body of the same country.
 */
static const struct same_case body9_cases[] = {
	{ conflict_same_person, "Transit Safety Bureau", "TSB", 1 },
	{ conflict_same_person, "Transit Safety Bureau of Norland", "TSB",
	  1 },
	{ conflict_same_person, "the Transit Safety Bureau of Norland",
	  "Transit Safety Bureau", 1 },
	{ conflict_same_person, "Ministry of Transport of Norland",
	  "Transit Safety Bureau of Norland", 0 },
	{ conflict_same_person, "Ministry of Transport of Norland",
	  "Police of Norland", 0 },
	{ conflict_same_person, "TSB", "Ministry of Transport", 0 },
	{ conflict_same_person, "MTN", "Ministry of Transport of Norland", 1 },
	/* people still by their surnames */
	{ conflict_same_person, "Omar Dek", "Dek", 1 },
	{ conflict_same_person, "Omar Dek", "Ilse Marr", 0 },
};

START_TEST(test_body9)
{
	const struct same_case	*c = &body9_cases[_i];

	ck_assert_msg(c->fn(c->a, c->b) == c->same, "\"%s\" / \"%s\"", c->a,
	    c->b);
	ck_assert_msg(c->fn(c->b, c->a) == c->same, "\"%s\" / \"%s\"", c->b,
	    c->a);
}
END_TEST

/*
 * Session 9 clusters of times: a time told by its day alone agrees with
 * every time of that day, so the times told more closely are clustered
 * first, and the day joins one of them after.
 */
static const struct conflict_case day9_cases[] = {
	{ "a day told alone does not merge two hours of it", {
	    { CLAIM_TIME, "talks", 0, 0, "Thursday", "a", 1, 10 },
	    { CLAIM_TIME, "talks", 0, 0, "10 a.m. Thursday", "b", 1, 20 },
	    { CLAIM_TIME, "talks", 0, 0, "Thursday at 3 p.m.", "c", 1,
	      30 } }, 3, 1, 1, { "10 a.m. Thursday (b)",
	      "Thursday at 3 p.m. (c)" } },
	{ "a date told alone does not merge two parts of it", {
	    { CLAIM_TIME, "summit", 0, 0, "May 4", "a", 1, 10 },
	    { CLAIM_TIME, "summit", 0, 0, "the morning of May 4", "b", 1,
	      20 },
	    { CLAIM_TIME, "summit", 0, 0, "May 4 in the evening", "c", 1,
	      30 } }, 3, 1, 1, { "morning of May 4 (b)", "evening (c)" } },
	{ "a day joins its closer time against another day", {
	    { CLAIM_TIME, "talks", 0, 0, "Friday", "a", 1, 10 },
	    { CLAIM_TIME, "talks", 0, 0, "Friday evening", "b", 1, 20 },
	    { CLAIM_TIME, "talks", 0, 0, "Saturday", "c", 1, 30 } }, 3, 1, 2,
	    { "Friday evening (b)", "Saturday (c)" } },
};

START_TEST(test_day9_case)
{
	check_case(&day9_cases[_i]);
}
END_TEST

Suite *
conflict_suite(void)
{
	Suite	*s = suite_create("conflict");
	TCase	*tc = tcase_create("find");

	tcase_add_loop_test(tc, test_case, 0, PX_NITEMS(cases));
	tcase_add_test(tc, test_empty);
	tcase_add_loop_test(tc, test_focus, 0, PX_NITEMS(focus_cases));
	tcase_add_loop_test(tc, test_facts_shared, 0,
	    PX_NITEMS(facts_cases));
	tcase_add_loop_test(tc, test_same, 0, PX_NITEMS(same_cases));
	tcase_add_test(tc, test_claims_agree);
	tcase_add_loop_test(tc, test_same_fact, 0, PX_NITEMS(fact_cases));
	tcase_add_loop_test(tc, test_same_hedged, 0,
	    PX_NITEMS(hedged_cases));
	tcase_add_loop_test(tc, test_related, 0, PX_NITEMS(related_cases));
	tcase_add_loop_test(tc, test_role_case, 0, PX_NITEMS(role_cases));
	tcase_add_loop_test(tc, test_date, 0, PX_NITEMS(date_cases));
	tcase_add_loop_test(tc, test_clock8, 0, PX_NITEMS(clock8_cases));
	tcase_add_loop_test(tc, test_role8_case, 0, PX_NITEMS(role8_cases));
	tcase_add_loop_test(tc, test_placed_case, 0, PX_NITEMS(placed_cases));
	suite_add_tcase(s, tc);
	tc = tcase_create("both");
	tcase_add_loop_test(tc, test_both_case, 0, PX_NITEMS(both_cases));
	suite_add_tcase(s, tc);
	tc = tcase_create("merge8b");
	tcase_add_loop_test(tc, test_merge8b_case, 0,
	    PX_NITEMS(merge8b_cases));
	suite_add_tcase(s, tc);
	tc = tcase_create("times8b");
	tcase_add_loop_test(tc, test_moved8b, 0, PX_NITEMS(moved8b_cases));
	tcase_add_loop_test(tc, test_midnight8b, 0,
	    PX_NITEMS(midnight8b_cases));
	tcase_add_loop_test(tc, test_moved8b_case, 0,
	    PX_NITEMS(moved8b_conflicts));
	tcase_add_loop_test(tc, test_moved8c, 0, PX_NITEMS(moved8c_cases));
	suite_add_tcase(s, tc);
	tc = tcase_create("merge8c");
	tcase_add_loop_test(tc, test_merge8c_case, 0,
	    PX_NITEMS(merge8c_cases));
	suite_add_tcase(s, tc);
	tc = tcase_create("s9");
	tcase_add_loop_test(tc, test_parts9, 0, PX_NITEMS(parts9_cases));
	tcase_add_loop_test(tc, test_role9_case, 0, PX_NITEMS(role9_cases));
	tcase_add_loop_test(tc, test_denial9_case, 0,
	    PX_NITEMS(denial9_cases));
	tcase_add_loop_test(tc, test_places9, 0, PX_NITEMS(places9_cases));
	tcase_add_loop_test(tc, test_place9_case, 0,
	    PX_NITEMS(place9_cases));
	tcase_add_loop_test(tc, test_body9, 0, PX_NITEMS(body9_cases));
	tcase_add_loop_test(tc, test_day9_case, 0, PX_NITEMS(day9_cases));
	suite_add_tcase(s, tc);
	return s;
}
