/*
 * check-claims.c: claims in short articles from several kinds of stories
 * (an earthquake whose toll is revised, a plant explosion reported by two
 * agencies, a summit venue announced and denied, a delegation given two
 * heads, a ceasefire given two start times, a war with invented sides),
 * each case naming the claim that must be found with its subject, value,
 * hedge, source and evidence; and figures that must not become counts
 * (years, ordinals, decades, ages, terms, populations, parts of another
 * count, superseded figures, counts of an earlier event); times after a
 * venue and clock times of incidents; speakers of one clause; a single
 * role detained as a count of one; and, in tables of their own, later
 * rounds' cases (see articles2 to articles5, articles_roles and
 * articles_venues: venues undecided and proposed, owners held;
 * articles_bodies: venues and days of talks, incidents' days with their
 * parts, the injured in hospital and heads in apposition in body
 * sentences, with near misses; articles_scope: venues and denials by
 * clause, with claims that must be absent; articles_roles8b,
 * articles_times8b and articles_says8b: ranks, denied heads, possessives,
 * postponements, exchanges, crushes, denied times and speakers with "of"
 * complements, with claims that must be absent).
 *
 * The sides come from a small table given here, not from share/: the
 * rules must work for any side the tables name ("Atlantian", "Boreal").
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "claims.h"
#include "conflict.h"
#include "entities.h"

static const char demonyms[] =
    "# test table\n"
    "Atlantis\tAtlantian\tAtlantians\n"
    "Borealia\tBoreal\tBoreals\n"
    "Finland\tFinnish\tFinns\n"
    "South Atlantis\tSouth Atlantian\n"
    "Switzerland\tSwiss\n"
    "United States\tUS\tAmerican\n";
static const char entities[] =
    "Borg\tAtlantis\thead of state\n"
    "Nordhavn\tBorealia\tcapital\n";

#define MAXS 14

struct article_case {
	const char	*s[MAXS];
};

/* The articles the cases below refer to. */
static const struct article_case articles[] = {
	/* 0: an earthquake */
	{ { "At least 120 people were killed when the earthquake struck on "
	    "Monday, the interior ministry said.",
	    "By Wednesday the death toll had been revised from 120 to 2,000, "
	    "according to the national disaster agency.",
	    "Governor Maria Lopez said around 3,500 people were injured and 40 "
	    "remain missing.",
	    "The city was founded in 1750 and was last hit by a major quake "
	    "in the 1990s.",
	    "Rescuers worked for a second day, and the 65-year-old mayor, who "
	    "is serving a four-year term, was unhurt.",
	    "Freeport, a port city of 250,000 people, lost power." } },
	/* 1: a plant explosion, two agencies */
	{ { "An explosion at a fertiliser plant injured 47 workers, the "
	    "state news agency reported.",
	    "A rival agency, citing hospital officials, said 63 workers were "
	    "wounded.",
	    "Of the injured, three were in critical condition.",
	    "Police detained two managers on March 3, 2021.",
	    "The blast killed 30 people, 10 of them children.", NULL } },
	/* 2: a summit venue announced and denied */
	{ { "The foreign ministry announced that the summit will be held in "
	    "Geneva next month.",
	    "A government spokesman later denied that the summit would take "
	    "place in Geneva.",
	    "Vienna is not the venue, officials said.", NULL } },
	/* 3: a delegation with two heads */
	{ { "The Finnish delegation will be led by Prime Minister Anna "
	    "Virtanen, the government said.",
	    "Foreign Minister Pekka Lahti will lead the Finnish delegation, a "
	    "broadcaster reported.", NULL } },
	/* 4: a ceasefire with two start times */
	{ { "The ceasefire will take effect at 10:00 GMT on Tuesday, the UN "
	    "envoy said.",
	    "According to the rebels, the ceasefire will begin on Wednesday.",
	    NULL } },
	/* 5: a war between invented sides: pronouns, lists, asides */
	{ { "Atlantian President Karl Borg addressed the nation on Friday.",
	    "He said 45 servicemen had been killed, while 80 were wounded.",
	    "The Boreal Defence Ministry said 300 Atlantian soldiers have "
	    "been injured and 900 others killed.",
	    "Borg said 60 heroes, including 12 officers, had died, and one of "
	    "his advisers said about 500 Boreal troops were killed.",
	    "Boreal forces were sent in from three sides in 2014.",
	    "Kremlin-style officials gave no figure." } },
	/* 6: quotations over several sentences */
	{ { "A spokesman for the rebels said: \xe2\x80\x9cOur team is "
	    "ready.",
	    "The rebel delegation expects the talks to resume on Friday "
	    "morning.\xe2\x80\x9d",
	    "\xe2\x80\x9c" "After a pause, they said they wanted to go to "
	    "Bergen.",
	    "Then they went silent,\xe2\x80\x9d the mediator added.",
	    "The first round of talks took place in Lucerne.",
	    "The mediator, Jon Berg, said the delegation headed by him would "
	    "travel on Sunday." } },
	/* 7: sending a delegation, a new round, a top negotiator */
	{ { "President Karl Borg is ready to send a delegation to the "
	    "Boreal capital of Nordhavn to hold talks, his spokesman said.",
	    "A new round of talks was expected to take place Thursday "
	    "morning in Lake Vesi, the agency reported.",
	    "Jon Berg said information that the talks will be held in Lake "
	    "Vesi is not true.",
	    "He said Ella Strand, an aide to the president, was Atlantis's "
	    "top negotiator.",
	    NULL } },
	/* 8: what strikes hit */
	{ { "Boreal forces carried out strikes on residential areas, the "
	    "mayor said.",
	    "The Boreal Defence Ministry said it was only conducting strikes "
	    "on military infrastructure.",
	    "Storms hit the coast on Monday.", NULL } },
	/* 9: police, air defence, a meeting place, a delegation aside */
	{ { "Police arrested 15 fans after the match, and 3 officers were "
	    "injured.",
	    "The defence ministry said it had shot down 30 drones overnight.",
	    "Leaders will meet in Brussels next week.",
	    "The delegation, led by Foreign Minister Ann Lee, arrived on "
	    "Monday.",
	    "The fire destroyed 200 homes and damaged 500 more.", NULL } },
	/* 10: doers, other figures near a toll, look-alikes */
	{ { "Five gunmen killed three people at a checkpoint.",
	    "The death toll reached 770 with more than 8,300 people "
	    "sickened.",
	    "The governor spoke at a news conference in Austin.",
	    "The agency will send a technical team to Ottawa.",
	    "The storm destroyed about one half of the harvest.",
	    "Eighty-six seriously wounded were flown out." } },
	/* 11: places of counts, groups named after the noun, possessives */
	{ { "Atlantis's disaster agency said on Tuesday that 3,381 people "
	    "had died in Nordhavn.",
	    "An army spokesman said 150 fighters of the Boreal Guard had been "
	    "killed.",
	    "The United Nations said three of its staff had been killed.",
	    NULL } },
	/* 12: names beyond ASCII, asides around the event */
	{ { "The talks, held in Istanbul, ended without a deal.",
	    "\xc3\x96mer \xc3\x87" "elik, who will lead the Finnish "
	    "delegation, arrived on Monday.",
	    "\xc5\x81ukasz Nowak said the summit will be held in "
	    "Gda\xc5\x84sk.", NULL } },
	/* 13: a headline and local counts */
	{ { "Earthquake Kills 120 in Atlantis",
	    "The quake killed 30 people in Nordhavn, officials said.",
	    "The death toll in Atlantis has risen to 3,419.", NULL } },
	/* 14: participles end the noun; teams led by someone */
	{ { "Police detained 32 people suspected of looting in Sarn, the "
	    "police chief said.",
	    "The blast killed 20 workers trapped in the mine, officials "
	    "said.",
	    "A rescue team of 87 specialists led by Kemal Arden arrived on "
	    "Monday, the embassy said.",
	    "A rescue team from Atlantis, headed by Jonas Berg, reached the "
	    "coast overnight.", NULL } },
	/* 15: earlier events beside the story's own, vague figures, a
	 * capital in apposition */
	{ { "In 2019, a similar storm on the same coast killed 40 people.",
	    "The flood killed 75 people in 2011, officials said.",
	    "Ten years ago a landslide killed 200 villagers.",
	    "The war, which broke out in 2020, has killed 5,000 people.",
	    "Leaders will hold talks in the Boreal capital, Nordhavn, on "
	    "Friday.",
	    "Dozens of people died when the bridge collapsed." } },
	/* 16: the dead as bodies, spelled out, in apposition; burning
	 * destroys; a headline of two counts */
	{ { "Thirty-two bodies were recovered from the river, the coast "
	    "guard said.",
	    "One person, a retired teacher, lost her life in the blaze.",
	    "The blaze gutted 300 houses and burned 40 shops.",
	    "Storm destroys 80 houses, kills two",
	    "Five people were burned in the fire.",
	    "Two bodies of water were polluted." } },
	/* 17: names with particles, delegations named and expected */
	{ { "The Boreal delegation will be headed by General Omar al-Rashid, "
	    "the ministry said.",
	    "The rebel delegation is expected to be led by Ludwig van Berg.",
	    "The army named Col. Idris bin Salem to head its delegation on "
	    "Monday.",
	    "The AFN delegation will be led by Karim Haddad.", NULL } },
	/* 18: times after a place or a participle; clock times of
	 * incidents, not of an earlier one, not a day alone */
	{ { "Envoys will hold talks in the Boreal port of Nordhavn on Friday "
	    "afternoon, the agency said.",
	    "The two sides will meet for talks in Lucerne, starting on Monday "
	    "evening, mediators said.",
	    "The cargo boat capsized at about 2:15 a.m., the harbour master "
	    "said.",
	    "It went down around 3 a.m. on Tuesday.",
	    "The raid began at 05:40 GMT, residents said.",
	    "In 2015, a similar barge sank at 1 a.m. and the tug sank on "
	    "Monday." } },
	/* 19: speakers after a clause, abbreviations, one speaker a clause */
	{ { "Divers found 12 bodies near the dam and 30 people were still "
	    "missing, said Lena Ortiz, a police official.",
	    "The flood has killed more than 600 people, according to U.N. "
	    "estimates.",
	    "A Boreal diplomat told reporters the summit would be held in "
	    "Nordhavn, while an army source said the summit would be held in "
	    "Lucerne.",
	    "The summit would be held in Geneva, while a rival agency said "
	    "the summit would be held in Bern.",
	    "Nine people were injured, said a hospital official.", NULL } },
	/* 20: one person held by a role; one of a kind of people */
	{ { "The truck's driver has been arrested, police said.",
	    "The wife of the pilot was detained.",
	    "The skipper was not detained, officials said.",
	    "The pilot said he had been detained for hours.",
	    "One passenger drowned and one child was injured.",
	    "In 2019, the skipper of a similar boat was jailed." } },
	/* 21: bodies below the article's toll are no toll of their own;
	 * above it they stay one */
	{ { "A bus plunged into a gorge, killing at least 27 people, police "
	    "said.",
	    "Rescuers pulled 19 bodies from the wreckage.",
	    "By evening, 30 bodies had been recovered.",
	    "One passenger, a retired nurse, died in hospital.",
	    "Unions will hold talks in the Boreal capital, Nordhavn, on "
	    "Tuesday morning.", NULL } },
	/* 22: a single death as the article's only toll */
	{ { "One person, a retired teacher, lost her life in the blaze.",
	    NULL } },
};

struct claim_case {
	size_t		 article, sentence;
	const char	*kind, *subject;
	double		 value;		/* counts */
	const char	*text;		/* others */
	int		 approx;
	const char	*source;	/* NULL: unattributed */
	const char	*evidence;	/* inside the evidence span */
};

static const struct claim_case claim_cases[] = {
	{ 0, 0, "killed", "people", 120, NULL, 1, "interior ministry",
	  "At least 120 people were killed" },
	{ 0, 1, "killed", "people", 2000, NULL, 0,
	  "national disaster agency", "2,000" },
	{ 0, 2, "injured", "people", 3500, NULL, 1, "Maria Lopez",
	  "around 3,500 people were injured" },
	{ 0, 2, "missing", "people", 40, NULL, 0, "Maria Lopez",
	  "40 remain missing" },
	{ 0, 5, "population", "Freeport", 250000, NULL, 0, NULL,
	  "250,000" },
	{ 1, 0, "injured", "people", 47, NULL, 0, "state news agency",
	  "injured 47 workers" },
	{ 1, 1, "injured", "people", 63, NULL, 0, "rival agency",
	  "63 workers were wounded" },
	{ 1, 3, "detained", "managers", 2, NULL, 0, NULL,
	  "detained two managers" },
	{ 1, 4, "killed", "people", 30, NULL, 0, NULL, "killed 30 people" },
	{ 2, 0, "venue", "summit", 0, "Geneva", 0, "foreign ministry",
	  "held in Geneva" },
	{ 2, 1, "venue-denied", "summit", 0, "Geneva", 0,
	  "government spokesman", "take place in Geneva" },
	{ 2, 2, "venue-denied", "summit", 0, "Vienna", 0, "officials",
	  "Vienna is not the venue" },
	{ 3, 0, "role", "head of Finnish delegation", 0, "Anna Virtanen", 0,
	  "government", "led by Prime Minister Anna Virtanen" },
	{ 3, 1, "role", "head of Finnish delegation", 0, "Pekka Lahti", 0,
	  "broadcaster", "will lead the Finnish delegation" },
	{ 4, 0, "time", "ceasefire", 0, "10:00 GMT on Tuesday", 0,
	  "UN envoy", "take effect at 10:00 GMT" },
	{ 4, 1, "time", "ceasefire", 0, "Wednesday", 0, "rebels",
	  "begin on Wednesday" },
	{ 5, 1, "killed", "Atlantian servicemen", 45, NULL, 0, "Karl Borg",
	  "45 servicemen had been killed" },
	{ 5, 1, "injured", "Atlantian servicemen", 80, NULL, 0, "Karl Borg",
	  "80 were wounded" },
	{ 5, 2, "injured", "Atlantian servicemen", 300, NULL, 0,
	  "Boreal Defence Ministry", "300 Atlantian soldiers" },
	{ 5, 2, "killed", "Atlantian servicemen", 900, NULL, 0,
	  "Boreal Defence Ministry", "900 others killed" },
	{ 5, 3, "killed", "Atlantian servicemen", 60, NULL, 0, "Karl Borg",
	  "60 heroes" },
	{ 5, 3, "killed", "Boreal servicemen", 500, NULL, 1,
	  "adviser to Karl Borg", "about 500 Boreal troops were killed" },
	{ 6, 1, "time", "talks (new round)", 0, "Friday morning", 0,
	  "spokesman for the rebels", "resume on Friday morning" },
	{ 6, 2, "venue", "talks (new round)", 0, "Bergen", 0, "mediator",
	  "go to Bergen" },
	{ 6, 4, "venue", "talks (first round)", 0, "Lucerne", 0, NULL,
	  "took place in Lucerne" },
	{ 6, 5, "role", "head of delegation", 0, "Jon Berg", 0, "Jon Berg",
	  "delegation headed by him" },
	{ 7, 0, "venue", "talks", 0, "Nordhavn", 0, "spokesman",
	  "Boreal capital of Nordhavn" },
	{ 7, 1, "venue", "talks (new round)", 0, "Lake Vesi", 0, "agency",
	  "in Lake Vesi" },
	{ 7, 1, "time", "talks (new round)", 0, "Thursday morning", 0,
	  "agency", "Thursday morning" },
	{ 7, 2, "venue-denied", "talks (new round)", 0, "Lake Vesi", 0,
	  "Jon Berg", "held in Lake Vesi" },
	{ 7, 3, "role", "head of Atlantian delegation", 0, "Ella Strand", 0,
	  "Jon Berg", "top negotiator" },
	{ 9, 0, "detained", "fans", 15, NULL, 0, NULL, "arrested 15 fans" },
	{ 9, 0, "injured", "police officers", 3, NULL, 0, NULL,
	  "3 officers were injured" },
	{ 9, 1, "destroyed", "drones", 30, NULL, 0, "defence ministry",
	  "shot down 30 drones" },
	{ 9, 2, "venue", "meeting", 0, "Brussels", 0, NULL,
	  "meet in Brussels" },
	{ 9, 3, "role", "head of delegation", 0, "Ann Lee", 0, NULL,
	  "led by Foreign Minister Ann Lee" },
	{ 9, 4, "destroyed", "homes", 200, NULL, 0, NULL,
	  "destroyed 200 homes" },
	{ 9, 4, "damaged", "homes", 500, NULL, 0, NULL, "damaged 500 more" },
	{ 10, 0, "killed", "people", 3, NULL, 0, NULL,
	  "killed three people" },
	{ 10, 1, "killed", "people", 770, NULL, 0, NULL, "toll reached 770" },
	{ 10, 5, "injured", "people", 86, NULL, 0, NULL, "Eighty-six" },
	{ 14, 0, "detained", "people in Sarn", 32, NULL, 0, "police chief",
	  "detained 32 people" },
	{ 14, 1, "killed", "people", 20, NULL, 0, "officials",
	  "killed 20 workers" },
	{ 14, 2, "role", "head of team", 0, "Kemal Arden", 0, "embassy",
	  "led by Kemal Arden" },
	{ 14, 3, "role", "head of Atlantian team", 0, "Jonas Berg", 0, NULL,
	  "headed by Jonas Berg" },
	{ 11, 0, "killed", "people in Nordhavn", 3381, NULL, 0,
	  "Atlantis's disaster agency", "3,381 people had died" },
	{ 11, 1, "killed", "servicemen", 150, NULL, 0, "army spokesman",
	  "150 fighters" },
	{ 11, 2, "killed", "staff", 3, NULL, 0, "United Nations",
	  "three of its staff had been killed" },
	{ 13, 0, "killed", "people in Atlantis", 120, NULL, 0, NULL,
	  "Kills 120" },
	{ 13, 1, "killed", "people in Nordhavn", 30, NULL, 0, "officials",
	  "killed 30 people" },
	{ 13, 2, "killed", "people in Atlantis", 3419, NULL, 0, NULL,
	  "toll in Atlantis has risen to 3,419" },
	{ 12, 0, "venue", "talks", 0, "Istanbul", 0, NULL,
	  "held in Istanbul" },
	{ 12, 1, "role", "head of Finnish delegation", 0,
	  "\xc3\x96mer \xc3\x87" "elik", 0, "\xc3\x96mer \xc3\x87" "elik",
	  "will lead the Finnish" },
	{ 12, 2, "venue", "summit", 0, "Gda\xc5\x84sk", 0,
	  "\xc5\x81ukasz Nowak", "held in Gda" },
	{ 15, 3, "killed", "people", 5000, NULL, 0, NULL,
	  "killed 5,000 people" },
	{ 15, 4, "venue", "talks", 0, "Nordhavn", 0, NULL,
	  "capital, Nordhavn" },
	{ 15, 5, "killed", "people", 12, NULL, 1, NULL, "Dozens of people" },
	{ 16, 0, "killed", "people", 32, NULL, 0, "coast guard",
	  "Thirty-two bodies" },
	{ 22, 0, "killed", "people", 1, NULL, 0, NULL,
	  "One person, a retired teacher, lost her life" },
	{ 16, 2, "destroyed", "homes", 300, NULL, 0, NULL,
	  "gutted 300 houses" },
	{ 16, 2, "destroyed", "shops", 40, NULL, 0, NULL, "burned 40 shops" },
	{ 16, 3, "destroyed", "homes", 80, NULL, 0, NULL,
	  "destroys 80 houses" },
	{ 16, 3, "killed", "people", 2, NULL, 0, NULL, "kills two" },
	{ 17, 0, "role", "head of Boreal delegation", 0, "Omar al-Rashid", 0,
	  "ministry", "headed by General Omar al-Rashid" },
	{ 17, 1, "role", "head of delegation", 0, "Ludwig van Berg", 0, NULL,
	  "led by Ludwig van Berg" },
	{ 17, 2, "role", "head of army delegation", 0, "Idris bin Salem", 0,
	  "army", "named Col. Idris bin Salem to head its delegation" },
	{ 17, 3, "role", "head of AFN delegation", 0, "Karim Haddad", 0, NULL,
	  "led by Karim Haddad" },
	{ 18, 0, "time", "talks", 0, "Friday afternoon", 0, "agency",
	  "talks in the Boreal port of Nordhavn on Friday afternoon" },
	{ 18, 0, "venue", "talks", 0, "Nordhavn", 0, "agency",
	  "talks in the Boreal port of Nordhavn" },
	{ 18, 1, "time", "talks", 0, "Monday evening", 0, "mediators",
	  "starting on Monday evening" },
	{ 18, 2, "time", "sinking", 0, "2:15 a.m.", 1, "harbour master",
	  "capsized at about 2:15 a.m." },
	{ 18, 3, "time", "sinking", 0, "3 a.m. on Tuesday", 1, NULL,
	  "went down around 3 a.m. on Tuesday" },
	{ 18, 4, "time", "attack", 0, "05:40 GMT", 0, "residents",
	  "raid began at 05:40 GMT" },
	{ 19, 0, "missing", "people", 30, NULL, 0, "Lena Ortiz",
	  "30 people were still missing" },
	{ 19, 1, "killed", "people", 600, NULL, 1, "U.N. estimates",
	  "killed more than 600 people" },
	{ 19, 2, "venue", "summit", 0, "Nordhavn", 0, "Boreal diplomat",
	  "held in Nordhavn" },
	{ 19, 2, "venue", "summit", 0, "Lucerne", 0, "army source",
	  "held in Lucerne" },
	{ 19, 3, "venue", "summit", 0, "Geneva", 0, NULL,
	  "held in Geneva" },
	{ 19, 3, "venue", "summit", 0, "Bern", 0, "rival agency",
	  "held in Bern" },
	{ 19, 4, "injured", "people", 9, NULL, 0, "hospital official",
	  "Nine people were injured" },
	{ 20, 0, "detained", "driver", 1, NULL, 0, "police",
	  "truck's driver has been arrested" },
	{ 20, 4, "killed", "people", 1, NULL, 0, NULL,
	  "One passenger drowned" },
	{ 20, 4, "injured", "children", 1, NULL, 0, NULL,
	  "one child was injured" },
	{ 21, 0, "killed", "people", 27, NULL, 1, "police",
	  "killing at least 27 people" },
	{ 21, 2, "killed", "people", 30, NULL, 0, NULL, "30 bodies" },
	{ 21, 4, "time", "talks", 0, "Tuesday morning", 0, NULL,
	  "Nordhavn, on Tuesday morning" },
	{ 8, 0, "targets", "Boreal strikes", 0, "civilian targets", 0,
	  "mayor", "strikes on residential" },
	{ 8, 1, "targets", "Boreal strikes", 0, "military targets only", 0,
	  "Boreal Defence Ministry", "strikes on military infrastructure" },
};

static struct entities *
test_entities(void)
{
	struct entities	*e = entities_new();

	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(entities_parse(e, "demonyms", demonyms, NULL), 0);
	ck_assert_int_eq(entities_parse(e, "entities", entities, NULL), 0);
	return e;
}

static struct claim_list *
extract(const struct article_case *a, struct entities *e)
{
	struct claims_ctx		 ctx = { NULL, e, NULL };
	struct claim_list		*l = NULL;
	size_t				 n = 0;
	char				*cause = NULL;

	while (n < MAXS && a->s[n] != NULL)
		n++;
	ck_assert_int_eq(claims_extract(a->s, n, &ctx, &l, &cause), 0);
	ck_assert_ptr_null(cause);
	ck_assert_ptr_nonnull(l);
	return l;
}

static void
dump(const struct claim_list *l)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		fprintf(stderr, "  s%zu %s / %s / %g / %s / %s\n",
		    l->v[i].sentence, claim_kind_name(l->v[i].kind),
		    l->v[i].subject, l->v[i].value,
		    l->v[i].text != NULL ? l->v[i].text : "-",
		    l->v[i].source != NULL ? l->v[i].source : "-");
}

/* The claim case c of an article of the table arts must be found. */
static void
check_claim(const struct article_case *arts, const struct claim_case *c)
{
	const char		*sent = arts[c->article].s[c->sentence];
	struct entities		*e = test_entities();
	struct claim_list	*l = extract(&arts[c->article], e);
	const struct claim	*f = NULL;
	const char		*ev;
	size_t			 i, at;

	for (i = 0; i < l->n && f == NULL; i++) {
		const struct claim	*x = &l->v[i];

		if (x->sentence != c->sentence ||
		    strcmp(claim_kind_name(x->kind), c->kind) != 0 ||
		    strcmp(x->subject, c->subject) != 0)
			continue;
		if (c->text == NULL ? (x->text == NULL && x->value == c->value)
		    : (x->text != NULL && strcmp(x->text, c->text) == 0))
			f = x;
	}
	if (f == NULL) {
		dump(l);
		ck_abort_msg("no %s %s %g %s in \"%s\"", c->kind, c->subject,
		    c->value, c->text != NULL ? c->text : "", sent);
	}
	ck_assert_int_eq(f->approx, c->approx);
	ck_assert_int_eq(claim_kind_is_count(f->kind), c->text == NULL);
	if (c->source == NULL)
		ck_assert_msg(f->source == NULL, "source %s", f->source);
	else {
		ck_assert_ptr_nonnull(f->source);
		ck_assert_str_eq(f->source, c->source);
	}
	ev = strstr(sent, c->evidence);
	ck_assert_ptr_nonnull(ev);
	at = (size_t)(ev - sent);
	ck_assert_msg(f->start <= at && at + strlen(c->evidence) <= f->end,
	    "evidence [%zu,%zu) misses \"%s\"", f->start, f->end,
	    c->evidence);
	ck_assert_uint_le(f->end, strlen(sent));
	claims_free(l);
	entities_free(e);
}

START_TEST(test_claim)
{
	check_claim(articles, &claim_cases[_i]);
}
END_TEST

/* Figures that must not become counts of anything. */
struct none_case {
	size_t		 article, sentence;
	double		 value;
};

static const struct none_case none_cases[] = {
	{ 0, 1, 120 },		/* superseded by the revision */
	{ 0, 3, 1750 },		/* a year */
	{ 0, 3, 1990 },		/* a decade */
	{ 0, 4, 2 },		/* "second day" */
	{ 0, 4, 65 },		/* an age */
	{ 0, 4, 4 },		/* a term */
	{ 1, 2, 3 },		/* no event for "three" */
	{ 1, 3, 3 },		/* a date */
	{ 1, 3, 2021 },		/* its year */
	{ 1, 4, 10 },		/* "10 of them": part of the 30 */
	{ 5, 3, 12 },		/* "including 12 officers" */
	{ 5, 3, 1 },		/* "one of his advisers" */
	{ 5, 4, 3 },		/* "three sides" */
	{ 5, 4, 2014 },
	{ 0, 5, 250000 },	/* a population is not a casualty count */
	{ 10, 0, 5 },		/* the gunmen did the killing */
	{ 10, 1, 8300 },	/* sickened, not dead */
	{ 10, 4, 1 },		/* a fraction */
	{ 16, 4, 5 },		/* people burned are not destroyed */
	{ 16, 5, 2 },		/* "bodies of water" */
};

/* No count of the none case c's value in its sentence of arts. */
static void
check_none(const struct article_case *arts, const struct none_case *c)
{
	struct entities		*e = test_entities();
	struct claim_list	*l = extract(&arts[c->article], e);
	size_t			 i;

	for (i = 0; i < l->n; i++) {
		const struct claim	*x = &l->v[i];

		if (x->sentence != c->sentence || x->kind == CLAIM_POPULATION)
			continue;
		ck_assert_msg(!claim_kind_is_count(x->kind) ||
		    x->value != c->value, "false %s %g in \"%s\"",
		    claim_kind_name(x->kind), x->value,
		    arts[c->article].s[c->sentence]);
	}
	claims_free(l);
	entities_free(e);
}

START_TEST(test_none)
{
	check_none(articles, &none_cases[_i]);
}
END_TEST

/*
 * Verbs of saying, looked up in an indexed word list: the first and last
 * words of the list, words between, capitals, and words that only begin
 * or end like one of the list, which must not count.
 */
static const struct say_case {
	const char	*verb;
	int		 says;
} say_cases[] = {
	{ "said", 1 },
	{ "disclosed", 1 },
	{ "tweeted", 1 },
	{ "emphasised", 1 },
	{ "SAID", 1 },
	{ "Acknowledged", 1 },
	{ "sai", 0 },
	{ "saids", 0 },
	{ "disclose", 0 },
	{ "disclosedly", 0 },
	{ "tweete", 0 },
	{ "paid", 0 },
	{ "s\xc3\xa4id", 0 },
};

START_TEST(test_say_verb)
{
	const struct say_case	*c = &say_cases[_i];
	struct entities		*e = test_entities();
	struct claims_ctx	 ctx = { NULL, e, NULL };
	struct claim_list	*l = NULL;
	char			 buf[160], *cause = NULL;
	const char		*s[1] = { buf };
	size_t			 i, found = 0;

	snprintf(buf, sizeof buf, "At least 12 people were killed in the "
	    "blast, the interior ministry %s.", c->verb);
	ck_assert_int_eq(claims_extract(s, 1, &ctx, &l, &cause), 0);
	for (i = 0; i < l->n; i++) {
		if (l->v[i].kind != CLAIM_KILLED || l->v[i].value != 12)
			continue;
		found++;
		if (c->says) {
			ck_assert_ptr_nonnull(l->v[i].source);
			ck_assert_str_eq(l->v[i].source, "interior ministry");
		} else
			ck_assert_msg(l->v[i].source == NULL, "'%s': source %s",
			    c->verb, l->v[i].source);
	}
	ck_assert_uint_eq(found, 1);
	claims_free(l);
	entities_free(e);
}
END_TEST

/* A vague figure is a range: "dozens" holds 12 to 99. */
START_TEST(test_vague_range)
{
	struct entities		*e = test_entities();
	struct claim_list	*l = extract(&articles[15], e);
	size_t			 i, found = 0;

	for (i = 0; i < l->n; i++)
		if (l->v[i].sentence == 5 && l->v[i].kind == CLAIM_KILLED) {
			ck_assert(l->v[i].value == 12 && l->v[i].high == 99);
			found++;
		}
	ck_assert_uint_eq(found, 1);
	claims_free(l);
	entities_free(e);
}
END_TEST

/* Vague figures in headline phrasings: each a range, killed. */
static const struct vague_case {
	const char	*s;
	double		 lo, hi;
} vague_cases[] = {
	{ "Mine collapse: dozens dead in Kell as rescuers search", 12, 99 },
	{ "Dozens killed as storm hits coast", 12, 99 },
	{ "Hundreds dead after dam bursts, officials say", 100, 999 },
};

START_TEST(test_vague_phrasing)
{
	const struct vague_case	*c = &vague_cases[_i];
	struct entities		*e = test_entities();
	struct claims_ctx	 ctx = { NULL, e, NULL };
	struct claim_list	*l = NULL;
	char			*cause = NULL;
	const char		*s[1] = { c->s };
	size_t			 i, found = 0;

	ck_assert_int_eq(claims_extract(s, 1, &ctx, &l, &cause), 0);
	for (i = 0; i < l->n; i++)
		if (l->v[i].kind == CLAIM_KILLED) {
			ck_assert(l->v[i].value == c->lo &&
			    l->v[i].high == c->hi);
			found++;
		}
	ck_assert_msg(found == 1, "%zu tolls in \"%s\"", found, c->s);
	claims_free(l);
	entities_free(e);
}
END_TEST

/* Without tables nothing is inferred, and nothing breaks. */
START_TEST(test_no_tables)
{
	struct claim_list	*l = extract(&articles[5], NULL);
	size_t			 i, found = 0;

	for (i = 0; i < l->n; i++)
		if (l->v[i].sentence == 1 && l->v[i].kind == CLAIM_KILLED) {
			ck_assert_str_eq(l->v[i].subject, "servicemen");
			found++;
		}
	ck_assert_uint_eq(found, 1);
	claims_free(l);
}
END_TEST

START_TEST(test_edges)
{
	const char		*s[] = { "", "   ", "\xff\xfe 12 \xe2\x80",
	    "\xe2\x80\x9c", "He said.", "killed killed 5 5 5" };
	struct claim_list	*l = NULL;

	ck_assert_int_eq(claims_extract(s, PX_NITEMS(s), NULL, &l, NULL), 0);
	ck_assert_ptr_nonnull(l);
	claims_free(l);
	ck_assert_int_eq(claims_extract(NULL, 0, NULL, &l, NULL), 0);
	ck_assert_uint_eq(l->n, 0);
	claims_free(l);
	claims_free(NULL);
}
END_TEST

/* Sentences with no claim at all. */
struct nothing_case {
	size_t	article, sentence;
};

static const struct nothing_case nothing_cases[] = {
	{ 8, 2 },	/* storms hit the coast */
	{ 10, 2 },	/* a news conference is no venue */
	{ 10, 3 },	/* a team sent without talks */
	{ 1, 2 },	/* "three were in critical condition" */
	{ 18, 5 },	/* an earlier sinking; a day is no clock time */
	{ 20, 1 },	/* the one detained is not the role */
	{ 20, 2 },	/* not detained */
	{ 20, 3 },	/* the role speaks */
	{ 20, 5 },	/* an earlier event */
	{ 21, 1 },	/* bodies below the toll */
	{ 21, 3 },	/* one of the dead, not a toll */
	{ 16, 1 },	/* one of the dead: the article has "kills two" */
};

/* No claim at all in the nothing case c's sentence of arts. */
static void
check_nothing(const struct article_case *arts,
    const struct nothing_case *c)
{
	struct entities			*e = test_entities();
	struct claim_list		*l = extract(&arts[c->article], e);
	size_t				 i;

	for (i = 0; i < l->n; i++)
		ck_assert_msg(l->v[i].sentence != c->sentence,
		    "%s claim in \"%s\"", claim_kind_name(l->v[i].kind),
		    arts[c->article].s[c->sentence]);
	claims_free(l);
	entities_free(e);
}

START_TEST(test_nothing)
{
	check_nothing(articles, &nothing_cases[_i]);
}
END_TEST

START_TEST(test_kind_names)
{
	int	k;

	for (k = 0; k < CLAIM_NKINDS; k++)
		ck_assert_int_eq(claim_kind_from_name(claim_kind_name(
		    (enum claim_kind)k)), k);
	ck_assert_int_eq(claim_kind_from_name("nonsense"), -1);
	ck_assert_ptr_null(claim_kind_name(CLAIM_NKINDS));
	ck_assert(claim_kind_is_count(CLAIM_KILLED));
	ck_assert(!claim_kind_is_count(CLAIM_VENUE));
}
END_TEST

/*
 * More articles: counts of groups of people, the country of a story's
 * place, tolls far from their figure, the missing, prisoners exchanged or
 * freed, weapons launched and shot down, venues of earlier rounds, heads
 * of delegations named by a possessive or sent, fates unknown.  A table
 * of their own, so that cases added to the tables above do not renumber
 * these.
 */
static const struct article_case articles2[] = {
	/* 0: groups of people that are the story's people, and two groups
	 * counted together */
	{ { "At least 17 miners were killed when the shaft flooded, the "
	    "operator said.",
	    "The shaft flooded, killing 9 miners and 2 firefighters.",
	    "Sixty residents were injured and 12 are missing.",
	    "Soldiers killed 4 civilians and 3 rebels near the river.",
	    "Police detained 17 fishermen at the port.",
	    "Dozens of civilians have been killed since the war began." } },
	/* 1: the country where the story's event happened, with a place
	 * of it named */
	{ { "The toll from the mine collapse in Atlantis rose to 40, "
	    "officials said.",
	    "The shaft caved in at a pit in the Atlantian province of Vesi.",
	    "The war has killed 900 people in Atlantis, the agency said.",
	    NULL } },
	/* 2: the same, but with counts in two countries */
	{ { "The toll from the quake in Atlantis rose to 400, officials "
	    "said.",
	    "Atlantis's northern Vesi province was worst hit.",
	    "The quake killed 60 people in Borealia.", NULL } },
	/* 3: a place of the country named with a possessive */
	{ { "Death toll from ferry sinking in Borealia rises to 31",
	    "The ferry sank off Borealia's western Kell region.", NULL } },
	/* 4: a toll far from its figure, the missing in a relative clause
	 * or trapped, prisoners swapped or freed */
	{ { "The death toll from a blast at a chemical plant in the southern "
	    "outskirts of the capital rose to 57 on Tuesday, the governor "
	    "said.",
	    "Crews were searching for six workers who remained unaccounted "
	    "for.",
	    "Officials said 14 workers were still trapped under the debris.",
	    "The two sides agreed to swap about 300 prisoners.",
	    "The army will release 80 detained protesters.",
	    "Five gunmen who killed three people fled." } },
	/* 5: weapons launched and shot down, by other names and as parts
	 * of the launched */
	{ { "Borealia attacked the coast overnight with 90 drones and three "
	    "Zephyr-2 cruise missiles, the army said, adding that air "
	    "defences had shot down or jammed 70 of the drones.",
	    "Air defence units neutralized 75 of the drones.",
	    "Air defences destroyed 70 out of 90 attack UAVs launched by "
	    "Borealia.",
	    "Atlantian units destroyed and intercepted 33 Boreal fixed-wing "
	    "drones over the border.",
	    "Of these, 12 UAVs were shot down over the Kell region.",
	    "Police neutralized 5 militants and two of the drones hit a "
	    "school." } },
	/* 6: venues of earlier rounds beside this one's */
	{ { "Previous rounds of talks in Bergen, Norway, collapsed in March.",
	    "Earlier talks in Lucerne failed.",
	    "Talks in Oslo in 2019 produced no deal.",
	    "The previous day, the sides said the talks would take place in "
	    "Vienna.",
	    "The talks will be held in Doha, years after a summit collapsed "
	    "in 2019.", NULL } },
	/* 7: two heads in one sentence, a group named by its noun and by
	 * a possessive, a name in apposition to a title */
	{ { "The government and the Kell rebel group will open peace talks "
	    "in Oslo on Friday.",
	    "The Atlantian delegation will be led by Ana Soto, while the "
	    "rebels will send their political leader, Marco Ruiz, the "
	    "mediator said.",
	    "A rebel spokesman said on Monday that the group's team had "
	    "changed and its delegation to the peace talks with the "
	    "government would be led by its secretary-general, Luis Mena.",
	    "The company will send its chief executive, Tom Lee, to the "
	    "fair.", NULL } },
	/* 8: a fate unknown is missing */
	{ { "Officials said 14 fishermen were rescued and the fate of three "
	    "others remained unclear.",
	    "The fate of the 1998 treaty is unknown.",
	    "Atlantis will free 146 rebel fighters under the deal.",
	    "The army killed 30 rebel fighters.",
	    "Borealia attacked the port with 40 aircraft.", NULL } },
	/* 9: the country's toll beside a place's own */
	{ { "The toll from the floods in Borealia rose to 300.",
	    "In the Boreal province of Kell, 100 people died in Kell alone.",
	    NULL } },
};

static const struct claim_case claim_cases2[] = {
	{ 0, 0, "killed", "people", 17, NULL, 1, "operator",
	  "17 miners were killed" },
	{ 0, 1, "killed", "miners", 9, NULL, 0, NULL,
	  "killing 9 miners" },
	{ 0, 2, "injured", "people", 60, NULL, 0, NULL,
	  "Sixty residents were injured" },
	{ 0, 2, "missing", "people", 12, NULL, 0, NULL,
	  "12 are missing" },
	{ 0, 3, "killed", "civilians", 4, NULL, 0, NULL,
	  "killed 4 civilians" },
	{ 0, 4, "detained", "fishermen", 17, NULL, 0, NULL,
	  "detained 17 fishermen" },
	{ 0, 5, "killed", "people", 12, NULL, 1, NULL,
	  "Dozens of civilians have been killed" },
	{ 1, 0, "killed", "people", 40, NULL, 0, "officials",
	  "toll from the mine collapse in Atlantis rose to 40" },
	{ 1, 2, "killed", "people in Atlantis", 900, NULL, 0, "agency",
	  "killed 900 people" },
	{ 2, 0, "killed", "people in Atlantis", 400, NULL, 0, "officials",
	  "rose to 400" },
	{ 3, 0, "killed", "people", 31, NULL, 0, NULL, "rises to 31" },
	{ 9, 0, "killed", "people in Borealia", 300, NULL, 0, NULL,
	  "rose to 300" },
	{ 4, 0, "killed", "people", 57, NULL, 0, "governor",
	  "rose to 57" },
	{ 4, 1, "missing", "people", 6, NULL, 0, NULL,
	  "six workers who remained unaccounted" },
	{ 4, 2, "missing", "people", 14, NULL, 0, "officials",
	  "14 workers were still trapped" },
	{ 4, 4, "released", "prisoners", 80, NULL, 0, NULL,
	  "release 80 detained protesters" },
	{ 4, 5, "killed", "people", 3, NULL, 0, NULL, "killed three people" },
	{ 5, 0, "launched", "drones", 90, NULL, 0, "army",
	  "with 90 drones" },
	{ 5, 0, "launched", "cruise missiles", 3, NULL, 0, "army",
	  "three Zephyr-2 cruise missiles" },
	{ 5, 0, "destroyed", "drones", 70, NULL, 0, "army",
	  "shot down or jammed 70 of the drones" },
	{ 5, 1, "destroyed", "drones", 75, NULL, 0, NULL,
	  "neutralized 75 of the drones" },
	{ 5, 2, "destroyed", "drones", 70, NULL, 0, NULL,
	  "destroyed 70 out of 90 attack UAVs" },
	{ 5, 2, "launched", "drones", 90, NULL, 0, NULL,
	  "90 attack UAVs launched" },
	{ 5, 3, "destroyed", "Boreal drones", 33, NULL, 0, NULL,
	  "intercepted 33 Boreal fixed-wing drones" },
	{ 6, 0, "venue", "earlier talks", 0, "Bergen", 0, NULL,
	  "talks in Bergen" },
	{ 6, 1, "venue", "earlier talks", 0, "Lucerne", 0, NULL,
	  "talks in Lucerne" },
	{ 6, 2, "venue", "earlier talks", 0, "Oslo", 0, NULL,
	  "Talks in Oslo" },
	{ 6, 3, "venue", "talks", 0, "Vienna", 0, "sides",
	  "take place in Vienna" },
	{ 6, 4, "venue", "talks", 0, "Doha", 0, NULL, "held in Doha" },
	{ 7, 1, "role", "head of Atlantian delegation", 0, "Ana Soto", 0,
	  "mediator", "led by Ana Soto" },
	{ 7, 1, "role", "head of Kell delegation", 0, "Marco Ruiz", 0,
	  "mediator", "send their political leader, Marco Ruiz" },
	{ 7, 2, "role", "head of Kell delegation", 0, "Luis Mena", 0,
	  "rebel spokesman", "secretary-general, Luis Mena" },
	{ 8, 0, "missing", "people", 3, NULL, 0, "officials",
	  "fate of three others remained unclear" },
	{ 8, 2, "released", "prisoners", 146, NULL, 0, NULL,
	  "free 146 rebel fighters" },
	{ 8, 3, "killed", "rebel fighters", 30, NULL, 0, NULL,
	  "killed 30 rebel fighters" },
};

static const struct none_case none_cases2[] = {
	{ 4, 3, 300 },		/* prisoners to be swapped, not taken */
	{ 4, 5, 5 },		/* the gunmen in a relative clause */
	{ 5, 4, 12 },		/* "Of these, 12": part of the 33 */
	{ 5, 5, 5 },		/* people are not neutralized weapons */
	{ 5, 5, 2 },		/* two of the drones, no event */
	{ 8, 0, 14 },		/* rescued, not missing */
	{ 8, 4, 40 },		/* aircraft attack, they are not launched */
	{ 8, 1, 1998 },		/* a year, not a fate */
};

static const struct nothing_case nothing_cases2[] = {
	{ 7, 3 },	/* a body sends its chief, no side's delegation */
};

START_TEST(test_claim2)
{
	check_claim(articles2, &claim_cases2[_i]);
}
END_TEST

START_TEST(test_none2)
{
	check_none(articles2, &none_cases2[_i]);
}
END_TEST

START_TEST(test_nothing2)
{
	check_nothing(articles2, &nothing_cases2[_i]);
}
END_TEST

/*
 * A third round: homes destroyed by verbs with a particle or by
 * collapsing, speakers after an adverb or a bracketed acronym, a "side"
 * that speaks, a figure "put at" for the count before, times "set for" a
 * day and of delegations that "will meet", two groups under one figure,
 * heads of delegations sent or named by their country, headlines set in
 * capitals.  A table of its own, as above.
 */
static const struct article_case articles3[] = {
	/* 0: homes destroyed by other verbs */
	{ { "The flood left 30 people dead in Kell, officials said.",
	    "Some 80 homes had been swept away by the water.",
	    "About 45 houses were washed away overnight.",
	    "At least 12 buildings collapsed in the old town.",
	    "Three fishermen were swept away by the current.",
	    "The river swept away 20 homes near the bridge." } },
	/* 1: speakers after an adverb aside, with an acronym in brackets,
	 * a side */
	{ { "The Kell Lawyers Union, however, said it had counted at least "
	    "90 arrests.",
	    "Police arrested more than 120 people at the rally, the Boreal "
	    "Press Council (BPC) said.",
	    "Shelling has killed at least 11 people since May 2, the "
	    "Atlantian side said.", NULL } },
	/* 2: a figure "put at" for the count before */
	{ { "Guards detained 75 people at the border crossing, the rights "
	    "group said.",
	    "Officials put the number at 40, the news agency reported.",
	    "The organisers put the crowd at 5,000.",
	    "Analysts put the figure at 3 percent.", NULL } },
	/* 3: times of the talks after "set for", and of delegations that
	 * meet */
	{ { "Atlantis and Borealia will hold talks on the border dispute.",
	    "Officials say the meeting is set for Monday evening in "
	    "Nordhavn.",
	    "The envoys would meet in Nordhavn on Tuesday morning, a "
	    "diplomat said.",
	    "The ministers agreed to meet on Wednesday.",
	    "The clubs will meet in the final on Sunday, the league said.",
	    "The rebels refused to meet on Thursday." } },
	/* 4: two groups under one figure */
	{ { "At least 20 soldiers and civilians have been killed since the "
	    "clashes began, officials said.",
	    "Guards wounded 12 miners and rescuers at the gate.",
	    "Shelling killed 6 soldiers and 4 civilians.", NULL } },
	/* 5: heads of delegations sent or named by their country */
	{ { "Atlantis and Borealia will hold peace talks in Vesi next week.",
	    "Borealia will send Deputy Foreign Minister Ilse Sand, the Boreal "
	    "foreign ministry said.",
	    "Atlantis has named Interior Minister Karl Weiss, but the army "
	    "says General Otto Brandt will lead the delegation.",
	    "Atlantis named Finance Minister Eva Lind as ambassador.",
	    "Borealia will send Foreign Minister Ilse Sand a letter.",
	    NULL } },
	/* 6: headlines in capitals */
	{ { "FLOOD KILLS 40 IN MOUNTAIN VILLAGES",
	    "STORM KILLS 12 IN BOREALIA",
	    "Storm kills 12 in Kell Valley", NULL } },
	/* 7: an aircraft's last contact */
	{ { "The plane lost contact with the control tower at 9:47 a.m., the "
	    "airline said.",
	    "The aircraft lost radio contact at 9:41 a.m.",
	    "The pilots lost contact with their families years ago.",
	    NULL } },
	/* 8: a denial by "no" before the talks; a day between the speaker
	 * and the verb */
	{ { "\"There will be no negotiations in Vesi,\" an army spokesman "
	    "said.",
	    "The Boreal army on Thursday denied that the talks would be held "
	    "in Vesi.", NULL } },
};

static const struct claim_case claim_cases3[] = {
	/* a crowd is no figure of the count before it, but a crowd */
	{ 2, 2, "population", "crowd", 5000, NULL, 0, "organisers",
	  "crowd at 5,000" },
	{ 0, 1, "destroyed", "homes", 80, NULL, 1, NULL,
	  "80 homes had been swept away" },
	{ 0, 2, "destroyed", "homes", 45, NULL, 1, NULL,
	  "45 houses were washed away" },
	{ 0, 3, "destroyed", "buildings", 12, NULL, 1, NULL,
	  "12 buildings collapsed" },
	{ 1, 0, "detained", "people", 90, NULL, 1, "Kell Lawyers Union",
	  "90 arrests" },
	{ 1, 1, "detained", "people", 120, NULL, 1, "Boreal Press Council",
	  "120 people" },
	{ 1, 2, "killed", "people", 11, NULL, 1, "Atlantian side",
	  "killed at least 11 people" },
	{ 2, 1, "detained", "people", 40, NULL, 0, "officials",
	  "put the number at 40" },
	{ 3, 1, "time", "meeting", 0, "Monday evening", 0, "officials",
	  "set for Monday evening" },
	{ 3, 2, "time", "meeting", 0, "Tuesday morning", 0, "diplomat",
	  "would meet in Nordhavn on Tuesday morning" },
	{ 3, 3, "time", "meeting", 0, "Wednesday", 0, NULL,
	  "to meet on Wednesday" },
	{ 4, 0, "killed", "people", 20, NULL, 1, "officials",
	  "20 soldiers and civilians have been killed" },
	{ 4, 1, "injured", "people", 12, NULL, 0, NULL,
	  "wounded 12 miners and rescuers" },
	{ 5, 1, "role", "head of Boreal delegation", 0, "Ilse Sand", 0,
	  "Boreal foreign ministry",
	  "Borealia will send Deputy Foreign Minister Ilse Sand" },
	{ 5, 2, "role", "head of Atlantian delegation", 0, "Karl Weiss", 0,
	  "Atlantis", "Atlantis has named Interior Minister Karl Weiss" },
	{ 6, 0, "killed", "people", 40, NULL, 0, NULL, "KILLS 40" },
	{ 6, 1, "killed", "people in Borealia", 12, NULL, 0, NULL,
	  "KILLS 12" },
	{ 6, 2, "killed", "people in Kell Valley", 12, NULL, 0, NULL,
	  "kills 12" },
	{ 4, 2, "killed", "servicemen", 6, NULL, 0, NULL,
	  "killed 6 soldiers" },
	{ 7, 0, "time", "loss of contact", 0, "9:47 a.m.", 0, "airline",
	  "lost contact with the control tower at 9:47" },
	{ 7, 1, "time", "loss of contact", 0, "9:41 a.m.", 0, NULL,
	  "lost radio contact at 9:41" },
	{ 8, 0, "venue-denied", "talks", 0, "Vesi", 0, "army spokesman",
	  "negotiations in Vesi" },
	{ 8, 1, "venue-denied", "talks", 0, "Vesi", 0, "Boreal army",
	  "held in Vesi" },
};

static const struct nothing_case nothing_cases3[] = {
	{ 0, 4 },	/* people swept away are not destroyed */
	{ 2, 3 },	/* two sentences after the count */
	{ 3, 4 },	/* a final is no place of talks */
	{ 3, 5 },	/* a meeting refused has no time */
	{ 5, 3 },	/* named to another office */
	{ 5, 4 },	/* a letter sent, no delegation */
	{ 7, 2 },	/* no clock time */
};

START_TEST(test_claim3)
{
	check_claim(articles3, &claim_cases3[_i]);
}
END_TEST

START_TEST(test_nothing3)
{
	check_nothing(articles3, &nothing_cases3[_i]);
}
END_TEST

/*
 * A fourth round, from pages nobody had tuned for: groups that speak
 * (nationalities and names coordinated by "and" before a plural agent
 * noun, a body whose name starts with a nationality), survivors with and
 * without injuries, tallies, and a venue stated by "is" ("our only forum
 * is X", "X is the venue"); with near misses.  A table of its own, as
 * above.
 */
static const struct article_case articles4[] = {
	/* 0: groups that speak of counts */
	{ { "Atlantian and Boreal mediators said 12 people were killed.",
	    "Chilean and Argentine rescuers said 30 people were missing.",
	    "At least 41 people died in the fire, firefighters said.",
	    "The Boreal Human Rights Association said 15 people were "
	    "detained.",
	    "At least 9 people were hurt, local officials told reporters.",
	    "According to Atlantian and Boreal mediators, 6 people were "
	    "injured." } },
	/* 1: groups that speak of venues; near misses */
	{ { "Swiss and African Union mediators said the talks would resume "
	    "in Vesi.",
	    "Kenyan mediators said the talks would be held in Nordhavn.",
	    "Police and firefighters said 5 people died.",
	    "On Monday Kenyan mediators said 4 people were killed.",
	    "The army shelled Kell and residents said 3 people died.",
	    NULL } },
	/* 2: a venue stated by "is" */
	{ { "The two sides will hold talks next week.",
	    "\xe2\x80\x9cOur only forum is Vesi,\xe2\x80\x9d the spokesman "
	    "said.",
	    "Nordhavn is the venue, a diplomat said.",
	    "The venue is not Geneva, officials said.",
	    "The venue has not been decided, officials said.",
	    "They discussed a change of venue in Geneva." } },
	/* 3: survivors and tallies */
	{ { "Around 20 passengers survived with injuries.",
	    "The driver survived unhurt.",
	    "Five passengers survived unhurt, the company said.",
	    "The tally of the dead reached 41, police said.",
	    "The vote tally reached 41,000.",
	    "The official death tally rose to 44." } },
	/* 4: a count that speaks; a tally of no one; a group after the
	 * verb and opening the sentence; parties that are no speakers */
	{ { "Twelve rescuers said they had been injured.",
	    "The medal tally rose to 12.",
	    "At least 8 people were killed, said Kenyan mediators.",
	    "Atlantian and Boreal rebels to hold talks in Vesi",
	    "Local officials said 7 people were killed.",
	    "Federal Security Service officers said 2 people were "
	    "detained." } },
	/* 5: injuries suffered ("minor" is no child here) */
	{ { "Twenty passengers suffered minor injuries, the company said.",
	    "Twelve people suffered from hypothermia.", NULL } },
};

static const struct claim_case claim_cases4[] = {
	{ 0, 0, "killed", "people", 12, NULL, 0,
	  "Atlantian and Boreal mediators", "12 people were killed" },
	{ 0, 1, "missing", "people", 30, NULL, 0,
	  "Chilean and Argentine rescuers", "30 people were missing" },
	{ 0, 2, "killed", "people", 41, NULL, 1, "firefighters",
	  "41 people died" },
	{ 0, 3, "detained", "people", 15, NULL, 0,
	  "Boreal Human Rights Association", "15 people were detained" },
	{ 0, 4, "injured", "people", 9, NULL, 1, "local officials",
	  "9 people were hurt" },
	{ 0, 5, "injured", "people", 6, NULL, 0,
	  "Atlantian and Boreal mediators", "6 people were injured" },
	{ 1, 0, "venue", "talks (new round)", 0, "Vesi", 0,
	  "Swiss and African Union mediators", "resume in Vesi" },
	{ 1, 1, "venue", "talks (new round)", 0, "Nordhavn", 0,
	  "Kenyan mediators", "held in Nordhavn" },
	{ 1, 2, "killed", "people", 5, NULL, 0, "police and firefighters",
	  "5 people died" },
	{ 1, 3, "killed", "people", 4, NULL, 0, "Kenyan mediators",
	  "4 people were killed" },
	{ 1, 4, "killed", "people", 3, NULL, 0, "residents",
	  "3 people died" },
	{ 2, 1, "venue", "talks", 0, "Vesi", 0, "spokesman",
	  "forum is Vesi" },
	{ 2, 2, "venue", "talks", 0, "Nordhavn", 0, "diplomat",
	  "Nordhavn is the venue" },
	{ 2, 3, "venue-denied", "talks", 0, "Geneva", 0, "officials",
	  "venue is not Geneva" },
	{ 3, 0, "injured", "passengers", 20, NULL, 1, NULL,
	  "20 passengers survived with injuries" },
	{ 3, 3, "killed", "people", 41, NULL, 0, "police",
	  "tally of the dead reached 41" },
	{ 3, 5, "killed", "people", 44, NULL, 0, NULL,
	  "death tally rose to 44" },
	{ 4, 2, "killed", "people", 8, NULL, 1, "Kenyan mediators",
	  "8 people were killed" },
	/* the parties to the talks are no speakers of their venue */
	{ 4, 3, "venue", "talks", 0, "Vesi", 0, NULL, "talks in Vesi" },
	/* a common noun that opens the sentence is written as inside it,
	 * a name is not */
	{ 4, 4, "killed", "people", 7, NULL, 0, "local officials",
	  "7 people were killed" },
	{ 4, 5, "detained", "people", 2, NULL, 0,
	  "Federal Security Service officers", "2 people were detained" },
	{ 5, 0, "injured", "people", 20, NULL, 0, "company",
	  "Twenty passengers suffered minor injuries" },
	{ 2, 4, "venue-denied", "talks", 0, CLAIM_VENUE_UNDECIDED, 0,
	  "officials", "venue has not been decided" },
};

static const struct nothing_case nothing_cases4[] = {
	{ 2, 5 },	/* a change of venue, no event */
	{ 3, 1 },	/* survived unhurt */
	{ 3, 2 },	/* survived unhurt, counted */
	{ 3, 4 },	/* a tally of votes */
	{ 4, 0 },	/* the speakers counted, no "people said they" */
	{ 4, 1 },	/* a tally of medals */
	{ 5, 1 },	/* an illness, no injury */
};

START_TEST(test_claim4)
{
	check_claim(articles4, &claim_cases4[_i]);
}
END_TEST

START_TEST(test_nothing4)
{
	check_nothing(articles4, &nothing_cases4[_i]);
}
END_TEST

/*
 * A venue stated by a spokesman in a quotation against the venue another
 * outlet reports: the two claims meet in one conflict.
 */
START_TEST(test_forum_conflict)
{
	static const struct article_case	 a[2] = {
		{ { "Atlantis and Borealia will hold talks next week.",
		    "\xe2\x80\x9cOur only forum is Vesi,\xe2\x80\x9d the "
		    "spokesman said.", NULL } },
		{ { "The talks will be held in Nordhavn, officials said.",
		    NULL } }
	};
	struct entities		*e = test_entities();
	struct claim_list	*l[2];
	struct conflict_in	 in[16];
	struct conflict_set	*set = NULL;
	char			*cause = NULL;
	size_t			 i, j, n = 0;

	for (i = 0; i < 2; i++) {
		l[i] = extract(&a[i], e);
		for (j = 0; j < l[i]->n && n < PX_NITEMS(in); j++) {
			in[n].claim = (long)n + 1;
			in[n].article = (long)i + 1;
			in[n].story = 1;
			in[n].sentence = (long)(i * 10 + l[i]->v[j].sentence) +
			    1;
			in[n].c = &l[i]->v[j];
			n++;
		}
	}
	ck_assert_int_eq(conflict_find(in, n, 0, &set, &cause), 0);
	ck_assert_ptr_nonnull(set);
	ck_assert_uint_eq(set->n, 1);
	ck_assert_int_eq(set->v[0].kind, CLAIM_VENUE);
	ck_assert_msg(strstr(set->v[0].reason, "Vesi (spokesman)") != NULL &&
	    strstr(set->v[0].reason, "Nordhavn (officials)") != NULL,
	    "reason \"%s\"", set->v[0].reason);
	conflict_free(set);
	claims_free(l[0]);
	claims_free(l[1]);
	entities_free(e);
}
END_TEST

/*
 * Who heads a side, in more shapes: "represented by", a delegation "at
 * the talks ... was headed by", titles after an office's acronym in
 * brackets or a lower-case word, "will head the rebel side", "named X to
 * lead its team" by a capital, sides from "the KLF's delegation", "the
 * rebel side" (the group named by its acronym, not by its province) and
 * "our delegation" (the speaker's); and
 * what heads nothing: leading by example, a wall of police, a committee.
 * A table of its own, as above.
 */
static const struct article_case articles_roles[] = {
	/* 0: two states' delegations */
	{ { "Atlantis and Borealia will hold talks on the river dispute in "
	    "Vesi.",
	    "The Boreal delegation at the talks on the border was headed by "
	    "Deputy Trade Minister Lars Holm, the ministry said.",
	    "The Atlantian side was represented by Deputy Interior Minister "
	    "Ana Ruiz, an official said.",
	    "The Boreal delegation would again be headed by presidential aide "
	    "Erik Dahl.",
	    "The Atlantian delegation was led by Border Guard Service (BGS) "
	    "chief Tomas Vidal, according to the army.",
	    "Nordhavn has named Foreign Minister Sofia Lund to lead its "
	    "team." } },
	/* 1: a government and rebels named by their acronym */
	{ { "Fighters of the Kell Liberation Front (KLF) rebels left Tarn "
	    "Province before the talks in Vesi.",
	    "The government delegation will be led by Deputy Prime Minister "
	    "Jonas Berg, while KLF military leader Amir Kessler will head "
	    "the rebel side, a mediator said.",
	    "The rebel side will be led by KLF political chief Amir Kessler, "
	    "the group said.",
	    "The KLF's delegation will be led by Amir Kessler, the group "
	    "said.",
	    "Nordhavn has named Foreign Minister Sofia Lund to lead its "
	    "team.",
	    "Tarn rebels have chosen their delegation, headed by Amir "
	    "Kessler." } },
	/* 2: nothing headed */
	{ { "The captain led by example as the team beat Vesi in the talks "
	    "week final.",
	    "The march to the talks was headed by a wall of police.",
	    "The inquiry committee, headed by retired judge Mara Quist, "
	    "reported on the talks.",
	    "The defence side was represented by lawyer Nils Aho at the "
	    "trial.", NULL } },
	/* 3: "our delegation": the speaker's side */
	{ { "Atlantis and the KLF rebels will hold talks in Vesi, a "
	    "government official said.",
	    "\"Our delegation will be headed by Jonas Berg,\" the official "
	    "told reporters.",
	    "\"Our delegation will be led by Lina Voss,\" a Boreal army "
	    "officer said.", NULL } },
	/* 4: "the rebels" before the article names them */
	{ { "The rebels have chosen their delegation, headed by Amir "
	    "Kessler.",
	    "Talks with the Kell Liberation Front (KLF) rebels open in Vesi "
	    "on Monday.", NULL } },
	/* 5: a country whose name ends in another's */
	{ { "Atlantis and South Atlantis will hold talks in Vesi.",
	    "South Atlantis's team will be headed by presidential adviser "
	    "Tor Malual, officials said.", NULL } },
};

static const struct claim_case claim_cases_roles[] = {
	{ 5, 1, "role", "head of South Atlantian team", 0, "Tor Malual", 0,
	  "officials", "headed by presidential adviser Tor Malual" },
	{ 0, 1, "role", "head of Boreal delegation", 0, "Lars Holm", 0,
	  "ministry", "headed by Deputy Trade Minister Lars Holm" },
	{ 0, 2, "role", "head of Atlantian delegation", 0, "Ana Ruiz", 0,
	  "official", "represented by Deputy Interior Minister Ana Ruiz" },
	{ 0, 3, "role", "head of Boreal delegation", 0, "Erik Dahl", 0,
	  NULL, "headed by presidential aide Erik Dahl" },
	{ 0, 4, "role", "head of Atlantian delegation", 0, "Tomas Vidal", 0,
	  "army", "chief Tomas Vidal" },
	{ 0, 5, "role", "head of Boreal delegation", 0, "Sofia Lund", 0,
	  NULL, "named Foreign Minister Sofia Lund to lead its team" },
	{ 1, 1, "role", "head of government delegation", 0, "Jonas Berg", 0,
	  "mediator", "led by Deputy Prime Minister Jonas Berg" },
	{ 1, 1, "role", "head of KLF delegation", 0, "Amir Kessler", 0,
	  "mediator", "Amir Kessler will head the rebel side" },
	{ 1, 2, "role", "head of KLF delegation", 0, "Amir Kessler", 0,
	  "group", "led by KLF political chief Amir Kessler" },
	{ 1, 3, "role", "head of KLF delegation", 0, "Amir Kessler", 0,
	  "group", "led by Amir Kessler" },
	{ 1, 4, "role", "head of government delegation", 0, "Sofia Lund", 0,
	  NULL, "named Foreign Minister Sofia Lund to lead its team" },
	{ 1, 5, "role", "head of KLF delegation", 0, "Amir Kessler", 0,
	  NULL, "headed by Amir" },
	{ 3, 1, "role", "head of government delegation", 0, "Jonas Berg", 0,
	  "official", "headed by Jonas Berg" },
	{ 3, 2, "role", "head of Boreal delegation", 0, "Lina Voss", 0,
	  "Boreal army officer", "led by Lina Voss" },
	{ 4, 0, "role", "head of KLF delegation", 0, "Amir Kessler", 0,
	  NULL, "headed by Amir Kessler" },
};

static const struct nothing_case nothing_cases_roles[] = {
	{ 2, 0 },	/* led by example */
	{ 2, 1 },	/* headed by no one */
	{ 2, 2 },	/* a committee is no side at talks */
	{ 2, 3 },	/* a side in court */
};

START_TEST(test_claim_roles)
{
	check_claim(articles_roles, &claim_cases_roles[_i]);
}
END_TEST

START_TEST(test_nothing_roles)
{
	check_nothing(articles_roles, &nothing_cases_roles[_i]);
}
END_TEST

/*
 * A fifth round: clock times of incidents by their verbs, phrases and
 * nouns (hedged, with a zone left out, the article's incident for "the
 * accident"); counts of earlier events dated apart from the story's; a
 * toll past a magnitude; one killed by a role; people rescued with
 * injuries; prisoners exchanged; venues of a round, hosted in a city,
 * set for a place, invited to, denied as a country.  A table of its own,
 * as above.
 */
static const struct article_case articles5[] = {
	/* 0: clock times of a derailment, and of no incident */
	{ { "A passenger train derailed near Vesi on Monday, killing 12 "
	    "people.",
	    "The accident happened at 5:50 local time, police said.",
	    "The train left the tracks at about 5:20 a.m., firefighters "
	    "said.",
	    "The train came off the rails \"shortly before 6am\", the "
	    "governor said.",
	    "\"I woke up at 4 a.m. and went to work,\" a passenger said.",
	    "The ceremony happened at 10 a.m. on the square." } },
	/* 1: clock times of a quake and a fire */
	{ { "The quake hit at 03:12 Boreal Time (BT) at a depth of 8 km.",
	    "The magnitude 6.3 tremor struck shortly after 3am local time.",
	    "A fire broke out at around 11 p.m. in the market, the mayor "
	    "said.",
	    "The minister arrived at 9 a.m. and said the quake hit the town "
	    "hard.", NULL } },
	/* 2: earlier events, dated apart */
	{ { "A magnitude 5.9 earthquake that rocked nearby Kell in April 2019 "
	    "killed 14 people and destroyed 80 houses.",
	    "An earlier quake in the region in May 2018 left 9 people dead.",
	    "The country's worst rail disaster was the 1999 crash at Sarn "
	    "junction, which killed 60 people.",
	    "A 2012 law requires checks on all 300 lines.", NULL } },
	/* 3: a toll past a magnitude, one killed, the rescued injured */
	{ { "The death toll from a 5.6-magnitude quake that hit the Kell "
	    "region has climbed to 41, with 230 others injured, police said.",
	    "Eighteen passengers of a ferry that was hit by a wave off the "
	    "coast were rescued alive with injuries, while the captain was "
	    "killed, the coast guard said.",
	    "Officials said scores of people were still unaccounted for.",
	    "The pilot was not killed, the airline said.",
	    "Six workers were rescued with no injuries.", NULL } },
	/* 4: prisoners exchanged */
	{ { "Atlantis and Borealia exchanged 90 prisoners of war each on "
	    "Sunday, the Atlantian army said.",
	    "Borealia brought home 75 prisoners of war in an exchange with "
	    "Atlantis on Saturday evening.",
	    "On May 3, 90 Atlantian soldiers were returned from Boreal "
	    "territory.",
	    "The swap brought the total number of captives released since "
	    "the war began to 2,310.",
	    "The two sides agreed to exchange 200 prisoners.",
	    "The exchange took place on the Atlantian-Boreal border, "
	    "officials said." } },
	/* 5: venues of a round, hosted, set for, invited to, denied */
	{ { "The next round of talks is set for Lucerne.",
	    "\"Reports that the next round will be held in Vesi are not "
	    "true,\" a spokesman said.",
	    "Borealia will host the next round of border talks between the "
	    "two sides in Nordhavn, an official said.",
	    "Mediators said they had invited both delegations to Geneva.",
	    "The army says talks will open in Vesi on Monday, while Borealia "
	    "insists Nordhavn will host them.",
	    "The rebels denied that the talks with the Union of Kell Workers "
	    "(UKW) would take place in Borealia." } },
	/* 6: times of talks by a part of a month or a week to come */
	{ { "The next round of talks will be held in Vesi in early March, "
	    "the ministry said.",
	    "An official said the talks would be held in Nordhavn next week.",
	    NULL } },
	/* 7: prisoners named with their side, brought back, released,
	 * captured */
	{ { "Atlantis and Borealia exchanged 150 Boreal prisoners each.",
	    "Atlantis brought back 40 captives.",
	    "Dozens of prisoners of war were released on Monday.",
	    "They exchanged 12 letters each.",
	    "Borealia captured 50 prisoners of war.", NULL } },
	/* 8: the accident timed before the article names it */
	{ { "The accident happened at 7:10 a.m., officials said.",
	    "The bus crashed into a wall near the market.", NULL } },
};

static const struct claim_case claim_cases5[] = {
	{ 0, 1, "time", "derailment", 0, "5:50", 0, "police",
	  "happened at 5:50" },
	{ 0, 2, "time", "derailment", 0, "5:20 a.m.", 1, "firefighters",
	  "left the tracks at about 5:20" },
	{ 0, 3, "time", "derailment", 0, "6am", 1, "governor",
	  "came off the rails" },
	{ 1, 0, "time", "earthquake", 0, "03:12", 0, NULL, "hit at 03:12" },
	{ 1, 1, "time", "earthquake", 0, "3am", 1, NULL,
	  "struck shortly after 3am" },
	{ 1, 2, "time", "fire", 0, "11 p.m.", 1, "mayor",
	  "broke out at around 11 p.m." },
	{ 2, 0, "killed", "people (April 2019)", 14, NULL, 0, NULL,
	  "killed 14 people" },
	{ 2, 0, "destroyed", "homes (April 2019)", 80, NULL, 0, NULL,
	  "destroyed 80 houses" },
	{ 2, 1, "killed", "people (May 2018)", 9, NULL, 0, NULL,
	  "9 people dead" },
	{ 2, 2, "killed", "people (1999)", 60, NULL, 0, NULL,
	  "killed 60 people" },
	{ 3, 0, "killed", "people", 41, NULL, 0, "police", "climbed to 41" },
	{ 3, 0, "injured", "people", 230, NULL, 0, "police",
	  "230 others injured" },
	{ 3, 1, "injured", "passengers", 18, NULL, 0, "coast guard",
	  "rescued alive with injuries" },
	{ 3, 1, "killed", "captain", 1, NULL, 0, "coast guard",
	  "the captain was killed" },
	{ 3, 2, "missing", "people", 40, NULL, 1, "officials",
	  "scores of people" },
	{ 4, 0, "released", "prisoners of war", 90, NULL, 0,
	  "Atlantian army", "exchanged 90" },
	{ 4, 0, "time", "prisoner exchange", 0, "Sunday", 0,
	  "Atlantian army", "each on Sunday" },
	{ 4, 1, "released", "prisoners of war", 75, NULL, 0, NULL,
	  "brought home 75" },
	{ 4, 1, "time", "prisoner exchange", 0, "Saturday evening", 0, NULL,
	  "on Saturday evening" },
	{ 4, 2, "released", "prisoners of war", 90, NULL, 0, NULL,
	  "90 Atlantian soldiers were returned" },
	{ 4, 3, "released", "prisoners of war (total)", 2310, NULL, 0, NULL,
	  "to 2,310" },
	{ 4, 5, "venue", "prisoner exchange", 0, "Atlantian-Boreal border", 0,
	  "officials", "took place on the Atlantian-Boreal border" },
	{ 5, 0, "venue", "talks (new round)", 0, "Lucerne", 0, NULL,
	  "set for Lucerne" },
	{ 5, 1, "venue-denied", "talks (new round)", 0, "Vesi", 0,
	  "spokesman", "held in Vesi" },
	{ 5, 2, "venue", "talks (new round)", 0, "Nordhavn", 0, "official",
	  "host the next round" },
	{ 5, 3, "venue", "talks (new round)", 0, "Geneva", 0, "Mediators",
	  "invited both delegations to Geneva" },
	{ 5, 4, "venue", "talks", 0, "Vesi", 0, "army", "open in Vesi" },
	{ 5, 4, "venue", "talks", 0, "Nordhavn", 0, "Borealia",
	  "Nordhavn" },
	{ 5, 5, "venue-denied", "talks (new round)", 0, "Borealia", 0,
	  "rebels", "take place in Borealia" },
	{ 6, 0, "time", "talks (new round)", 0, "early March", 0, "ministry",
	  "in early March" },
	{ 6, 1, "time", "talks (new round)", 0, "next week", 0, "official",
	  "next week" },
	{ 7, 0, "released", "prisoners of war", 150, NULL, 0, NULL,
	  "exchanged 150" },
	{ 7, 1, "released", "prisoners of war", 40, NULL, 0, NULL,
	  "brought back 40" },
	{ 7, 2, "released", "prisoners of war", 12, NULL, 1, NULL,
	  "Dozens of prisoners of war were released" },
	{ 7, 4, "captured", "prisoners of war", 50, NULL, 0, NULL,
	  "captured 50 prisoners of war" },
	{ 8, 0, "time", "crash", 0, "7:10 a.m.", 0, "officials",
	  "happened at 7:10" },
};

/* The earlier events of the first table, dated apart. */
static const struct claim_case claim_cases5_past[] = {
	{ 15, 0, "killed", "people (2019)", 40, NULL, 0, NULL,
	  "killed 40 people" },
	{ 15, 1, "killed", "people (2011)", 75, NULL, 0, "officials",
	  "killed 75 people" },
	{ 15, 2, "killed", "people (earlier)", 200, NULL, 0, NULL,
	  "killed 200 villagers" },
};

static const struct none_case none_cases5[] = {
	{ 2, 3, 2012 },		/* a year that dates a law */
	{ 2, 3, 300 },		/* no event */
	{ 4, 4, 200 },		/* a swap agreed, nobody freed yet */
	{ 3, 4, 6 },		/* rescued without injuries */
	{ 7, 3, 12 },		/* letters are no prisoners */
};

static const struct nothing_case nothing_cases5[] = {
	{ 0, 4 },	/* a clock time in a quotation about something else */
	{ 0, 5 },	/* a ceremony is no incident */
	{ 1, 3 },	/* the clock time is the minister's */
	{ 3, 3 },	/* not killed */
};

START_TEST(test_claim5)
{
	check_claim(articles5, &claim_cases5[_i]);
}
END_TEST

START_TEST(test_claim5_past)
{
	check_claim(articles, &claim_cases5_past[_i]);
}
END_TEST

START_TEST(test_none5)
{
	check_none(articles5, &none_cases5[_i]);
}
END_TEST

START_TEST(test_nothing5)
{
	check_nothing(articles5, &nothing_cases5[_i]);
}
END_TEST

/*
 * A year that is the article's own dates no earlier event: with the
 * article's date given, "in March 2026" is the story's; without it, an
 * earlier one's.
 */
START_TEST(test_current_year)
{
	const char		*s[1] = { "The floods that hit the coast in "
	    "March 2026 killed 30 people." };
	struct entities		*e = test_entities();
	struct claims_ctx	 ctx = { NULL, e, "2026-05-01" };
	struct claim_list	*l = NULL;
	char			*cause = NULL;
	size_t			 i, found = 0;

	ck_assert_int_eq(claims_extract(s, 1, &ctx, &l, &cause), 0);
	for (i = 0; i < l->n; i++)
		if (l->v[i].kind == CLAIM_KILLED && l->v[i].value == 30) {
			ck_assert_ptr_null(strchr(l->v[i].subject, '('));
			found++;
		}
	ck_assert_uint_eq(found, 1);
	claims_free(l);
	ctx.date = "2027-01-02";
	ck_assert_int_eq(claims_extract(s, 1, &ctx, &l, &cause), 0);
	for (i = found = 0; i < l->n; i++)
		if (l->v[i].kind == CLAIM_KILLED && l->v[i].value == 30) {
			ck_assert_str_eq(l->v[i].subject, "people (March 2026)");
			found++;
		}
	ck_assert_uint_eq(found, 1);
	claims_free(l);
	entities_free(e);
}
END_TEST

/*
 * Venues undecided and proposed, owners held, a delegation's head before
 * "will lead" and a date in a relative clause after the event; with
 * near misses: a decision only expected or already taken, an owner who
 * speaks or is only named, a proposal of no place.  A table of its own,
 * as above.
 */
static const struct article_case articles_venues[] = {
	/* 0: talks whose venue is undecided or proposed */
	{ { "Envoys of Atlantis and Borealia will hold talks on the canal "
	    "dispute next month.",
	    "Borealia has pushed for the talks to be held in Nordhavn, two "
	    "officials said.",
	    "The ministry said no decision has been taken on the venue of "
	    "the talks so far.",
	    "Atlantis had proposed Vesi as a venue, a spokesman said.",
	    "Atlantis offered to host the talks.",
	    "The venue of the talks has not yet been finalised, an aide "
	    "said." } },
	/* 1: decisions expected or taken: no denial */
	{ { "Envoys will hold talks on the canal dispute next month.",
	    "A decision on the venue of the talks is expected on Friday.",
	    "The venue has been decided, the ministry said.",
	    "No decision has been taken on the agenda of the talks.",
	    "The talks will be held where the envoys met last year.",
	    "No decision has been taken on where the aid will be sent." } },
	/* 2: owners held, and owners not held */
	{ { "Police have detained the owner of the bakery, Tomas Vidal, the "
	    "mayor said.",
	    "Police arrested bakery owner Lina Voss on Monday.",
	    "Police detained the bakery's owner, Erik Dahl.",
	    "The owner of the restaurant, Mara Quist, said the kitchen was "
	    "closed.",
	    "The owner of the mill, Nils Aho, was arrested at his home.",
	    "Bakery owner Jonas Berg visited the site." } },
	/* 3: a head before "will lead", a headline's "to lead", a date */
	{ { "DFM Sofia Lund to lead Atlantis delegation at canal summit",
	    "Deputy Foreign Minister Sofia Lund will lead Atlantis's "
	    "delegation at the summit on the canal, which opens next "
	    "Monday, May 11, the ministry said.",
	    "Leaders will meet in Vesi on May 4 for a summit on the canal.",
	    "The mediators urged both sides to attend the summit in Vesi.",
	    NULL } },
	/* 4: a speaker with a title after the owner's name; a proposer
	 * with a title */
	{ { "Police detained the owner of the mill, Nils Aho, Vesi Police "
	    "Chief Anna Berg told reporters.",
	    "Foreign Minister Lina Voss has repeatedly offered Vesi as a "
	    "venue for the talks.", NULL } },
	/* 5: a country represented at talks, and in court */
	{ { "Atlantis will be represented by State Minister for Foreign "
	    "Affairs Mara Quist at the talks on the canal, officials said.",
	    "Borealia was represented by lawyer Nils Aho in the court case.",
	    NULL } },
	/* 6: speakers told by what they know of */
	{ { "Envoys will hold talks on the canal.",
	    "The talks will be held in Vesi, two diplomats familiar with the "
	    "planning said.",
	    "The talks will be held in Vesi, people close to the mediators "
	    "said.", NULL } },
};

static const struct claim_case claim_cases_venues[] = {
	{ 0, 1, "venue", "talks proposed by Borealia", 0, "Nordhavn", 0,
	  "officials", "pushed for the talks to be held in Nordhavn" },
	{ 0, 2, "venue-denied", "talks", 0, CLAIM_VENUE_UNDECIDED, 0,
	  "ministry", "no decision has been taken on the venue" },
	{ 0, 3, "venue", "talks proposed by Atlantis", 0, "Vesi", 0,
	  "spokesman", "proposed Vesi as a venue" },
	{ 0, 4, "venue", "talks proposed by Atlantis", 0, "Atlantis", 0,
	  NULL, "Atlantis offered to host" },
	{ 0, 5, "venue-denied", "talks", 0, CLAIM_VENUE_UNDECIDED, 0,
	  "aide", "venue of the talks has not yet been finalised" },
	{ 2, 0, "role", "owner of bakery", 0, "Tomas Vidal", 0, "mayor",
	  "detained the owner of the bakery, Tomas Vidal" },
	{ 2, 1, "role", "owner of bakery", 0, "Lina Voss", 0, "police",
	  "arrested bakery owner Lina Voss" },
	{ 2, 2, "role", "owner of bakery", 0, "Erik Dahl", 0, "police",
	  "detained the bakery's owner, Erik Dahl" },
	{ 2, 4, "role", "owner of mill", 0, "Nils Aho", 0, NULL,
	  "owner of the mill, Nils Aho, was arrested" },
	{ 3, 0, "role", "head of Atlantian delegation", 0, "Sofia Lund", 0,
	  NULL, "Sofia Lund to lead Atlantis delegation" },
	{ 3, 1, "role", "head of Atlantian delegation", 0, "Sofia Lund", 0,
	  "ministry", "Sofia Lund will lead Atlantis's delegation" },
	{ 3, 1, "time", "summit", 0, "Monday, May 11", 0, "ministry",
	  "which opens next Monday, May 11" },
	{ 3, 2, "time", "summit", 0, "May 4", 0, NULL, "May 4" },
	{ 3, 3, "venue", "summit", 0, "Vesi", 0, NULL, "summit in Vesi" },
	{ 4, 0, "role", "owner of mill", 0, "Nils Aho", 0, "Anna Berg",
	  "detained the owner of the mill, Nils Aho" },
	{ 4, 1, "venue", "talks proposed by Lina Voss", 0, "Vesi", 0,
	  "Lina Voss", "offered Vesi as a venue" },
	{ 6, 1, "venue", "talks", 0, "Vesi", 0, "diplomats", "in Vesi" },
	{ 6, 2, "venue", "talks", 0, "Vesi", 0, "people", "in Vesi" },
	{ 5, 0, "role", "head of Atlantian delegation", 0, "Mara Quist", 0,
	  "officials", "represented by State Minister for Foreign Affairs "
	  "Mara Quist" },
};

static const struct nothing_case nothing_cases_venues[] = {
	{ 1, 1 },	/* a decision expected */
	{ 1, 2 },	/* a decision taken */
	{ 1, 3 },	/* no decision on something else */
	{ 1, 4 },	/* "where" without a place */
	{ 1, 5 },	/* "where" of no event */
	{ 2, 3 },	/* the owner speaks */
	{ 2, 5 },	/* the owner is not held */
	{ 5, 1 },	/* represented in court */
};

START_TEST(test_claim_venues)
{
	check_claim(articles_venues, &claim_cases_venues[_i]);
}
END_TEST

START_TEST(test_nothing_venues)
{
	check_nothing(articles_venues, &nothing_cases_venues[_i]);
}
END_TEST

/*
 * Lead sentences and tolls of wire copy: a venue and day after a topic
 * phrase ("talks on their canal in the Boreal capital X on Monday"), an
 * event's day far after its noun, a head whose title holds "of the
 * Council", "the number of people killed ... has risen to", lives claimed
 * by an earlier event, a count of bodies below a toll only feared, a
 * collapse that "gave way" at a clock time, a place "home to" its people,
 * a country that denies hosting a round and a place after a country's
 * possessive ("in Atlantis's Vesi district"); with near misses: a topic
 * whose place is a country, a title with no name, a number that counts
 * no event, a yielding, a home to things.  A table of its own, as above.
 */
static const struct article_case articles_leads[] = {
	/* 0: talks in lead sentences */
	{ { "Atlantis and Borealia will resume talks on their disputed "
	    "canal in the Boreal capital Nordhavn on Monday, a government "
	    "source told reporters.",
	    "The talks on the war in Atlantis ended without a deal.",
	    "The next round of talks between the Atlantian and Boreal "
	    "delegations on the dredging of the shared canal will be held "
	    "in Vesi on Tuesday, the press service said.",
	    NULL } },
	/* 1: heads with an office inside their title */
	{ { "Envoys will hold talks on the canal.",
	    "The Boreal delegation will be headed by Deputy Chairman of the "
	    "Council Ivo Sand, the agency said.",
	    "The delegation will be headed by the Chairman of the Council.",
	    NULL } },
	/* 2: tolls by a figure noun, lives claimed */
	{ { "The number of people killed in Monday's flood in the river "
	    "valley has risen to 41, Interior Minister Jon Berg has said.",
	    "The number of people in the shelters has risen to 300.",
	    "An uprising in March 2019 claimed the lives of 18 Boreal "
	    "citizens, according to official figures.",
	    NULL } },
	/* 3: bodies below a feared toll */
	{ { "Nearly 50 people are feared dead after the flood, officials "
	    "said.",
	    "The Red Cross says 38 bodies have been recovered so far.",
	    NULL } },
	/* 4: a collapse, a population, a denied host */
	{ { "The embankment gave way at about 2 a.m. on Friday, witnesses "
	    "said.",
	    "The government gave way to the protesters at 5 p.m.",
	    "Vesi village is home to about 3,200 people, according to the "
	    "census.",
	    "The museum is home to 300 paintings.",
	    "Borealia denies hosting next round of canal talks",
	    NULL } },
	/* 5, 6: a place after a country's possessive, and none */
	{ { "At least 12 people were killed in Atlantis's Vesi district.",
	    NULL } },
	{ { "At least 9 people were killed in Atlantis's north.", NULL } },
};

static const struct claim_case claim_cases_leads[] = {
	{ 0, 0, "venue", "talks (new round)", 0, "Nordhavn", 0,
	  "government source", "in the Boreal capital Nordhavn" },
	{ 0, 0, "time", "talks (new round)", 0, "Monday", 0,
	  "government source", "on Monday" },
	{ 0, 2, "venue", "talks (new round)", 0, "Vesi", 0, "press service",
	  "held in Vesi" },
	{ 0, 2, "time", "talks (new round)", 0, "Tuesday", 0,
	  "press service", "on Tuesday" },
	{ 1, 1, "role", "head of Boreal delegation", 0, "Ivo Sand", 0,
	  "agency", "headed by Deputy Chairman of the Council Ivo Sand" },
	{ 2, 0, "killed", "people", 41, NULL, 0, "Jon Berg",
	  "has risen to 41" },
	{ 2, 2, "killed", "Boreal citizens (March 2019)", 18, NULL, 0,
	  "official figures", "claimed the lives of 18" },
	{ 3, 1, "killed", "people", 38, NULL, 0, "Red Cross",
	  "38 bodies" },
	{ 4, 0, "time", "collapse", 0, "2 a.m. on Friday", 1, "witnesses",
	  "gave way at about 2 a.m." },
	{ 4, 2, "population", "Vesi", 3200, NULL, 1, NULL,
	  "Vesi village is home to about 3,200 people" },
	{ 5, 0, "killed", "people in Vesi district", 12, NULL, 1, NULL,
	  "12 people" },
	{ 6, 0, "killed", "people in Atlantis", 9, NULL, 1, NULL,
	  "9 people" },
	{ 4, 4, "venue-denied", "talks (new round)", 0, "Borealia", 0,
	  "Borealia", "Borealia" },
};

static const struct nothing_case nothing_cases_leads[] = {
	{ 0, 1 },	/* the place of a topic, a country */
	{ 1, 2 },	/* a title and no name */
	{ 2, 1 },	/* a number of people that counts no event */
	{ 4, 1 },	/* a yielding, not a collapse */
	{ 4, 3 },	/* a home to things */
};

START_TEST(test_claim_leads)
{
	check_claim(articles_leads, &claim_cases_leads[_i]);
}
END_TEST

START_TEST(test_nothing_leads)
{
	check_nothing(articles_leads, &nothing_cases_leads[_i]);
}
END_TEST

/* Body sentences: venues and days after a topic with a name in it,
 * incidents' days with their parts, the injured in hospital, a head
 * after an office in apposition. */
static const struct article_case articles_bodies[] = {
	/* 0: talks in body sentences */
	{ { "Borealia and Atlantis will resume talks on the disputed Tarn "
	    "border region in the Boreal capital Nordhavn next Tuesday, the "
	    "mediators said on Monday.",
	    "The two sides will hold talks on the contested Tarn region in "
	    "Vesi on November 5, mediators said.",
	    "The talks on Tarn in Vesi failed.",
	    "The Boreal team would be chaired by the head of the Tarn file, "
	    "General Ivo Sand.",
	    "The Boreal delegation will be led by the head of the Tarn file "
	    "and his deputy.",
	    NULL } },
	/* 1: an incident's day and its part */
	{ { "At least 30 people were killed when a ferry capsized on the "
	    "Tarn river in northern Atlantis late on Saturday, police said.",
	    "The ferry overturned just before midnight on Saturday near the "
	    "port.",
	    "The boat capsized on the Tarn river on Saturday night.",
	    "The ferry capsized on Saturday, police said.",
	    "Ferries capsized often, officials said at a meeting on Saturday "
	    "night.",
	    NULL } },
	/* 2: the injured in hospital, and people admitted elsewhere */
	{ { "At least 75 injured people have been admitted to Vesi General "
	    "Hospital, a doctor said.",
	    "Local officials said more than 60 people had been treated in "
	    "hospital.",
	    "About 300 students were admitted to the university this year.",
	    "The ferry was carrying 120 passengers who were treated well by "
	    "the crew.",
	    NULL } },
	/* 3: a day with its part yields to the incident's clock time */
	{ { "A passenger train derailed on Wednesday morning near Vesi.",
	    "The train left the tracks at 6:40, the driver said.",
	    NULL } },
};

static const struct claim_case claim_cases_bodies[] = {
	{ 0, 0, "venue", "talks (new round)", 0, "Nordhavn", 0, "mediators",
	  "Nordhavn" },
	{ 0, 0, "time", "talks (new round)", 0, "next Tuesday", 0,
	  "mediators", "next Tuesday" },
	{ 0, 1, "venue", "talks", 0, "Vesi", 0, "mediators", "in Vesi" },
	{ 0, 1, "time", "talks", 0, "November 5", 0, "mediators",
	  "November 5" },
	{ 0, 3, "role", "head of Boreal team", 0, "Ivo Sand", 0, NULL,
	  "chaired by" },
	{ 1, 0, "time", "sinking", 0, "late on Saturday", 0, "police",
	  "late on Saturday" },
	{ 1, 1, "time", "sinking", 0, "midnight on Saturday", 1, NULL,
	  "midnight on Saturday" },
	{ 1, 2, "time", "sinking", 0, "Saturday night", 0, NULL,
	  "Saturday night" },
	{ 2, 0, "injured", "people", 75, NULL, 1, "doctor", "75" },
	{ 2, 1, "injured", "people", 60, NULL, 1, "local officials", "60" },
	{ 3, 1, "time", "derailment", 0, "6:40", 0, "driver", "at 6:40" },
};

static const struct nothing_case nothing_cases_bodies[] = {
	{ 0, 2 },	/* a one-word topic's place is no venue */
	{ 0, 4 },	/* an office and no name */
	{ 1, 3 },	/* a day alone is too loose */
	{ 1, 4 },	/* a day in another clause */
	{ 2, 2 },	/* admitted to no hospital */
	{ 2, 3 },	/* treated, in no hospital */
	{ 3, 0 },	/* a day and its part, below a clock time */
};

START_TEST(test_claim_bodies)
{
	check_claim(articles_bodies, &claim_cases_bodies[_i]);
}
END_TEST

START_TEST(test_nothing_bodies)
{
	check_nothing(articles_bodies, &nothing_cases_bodies[_i]);
}
END_TEST

/* Signings: a venue and a day of a signing to come, a ceremony's venue,
 * a ceremony denied near a signing; with near misses. */
static const struct article_case articles_signings[] = {
	/* 0: two sides' venues and days */
	{ { "Boreal Foreign Minister Ivo Sand told reporters the accord "
	    "would be signed in Nordhavn on June 3.",
	    "The presidential office said the signing ceremony would take "
	    "place in Vesi, without giving a date.",
	    "An aide said: \"Reports of a ceremony in Nordhavn do not "
	    "correspond to reality.\"",
	    "The old border treaty was signed in Vesi in 1921.",
	    "Hundreds attended a ceremony in Nordhavn on Sunday.",
	    NULL } },
	/* 1: no signing named before the ceremony */
	{ { "A memorial ceremony in Vesi is not planned, the mayor said.",
	    "The letters will be signed in ink, the clerk said.",
	    NULL } },
	/* 2: weapons shot down of a number launched */
	{ { "The ministry said its air defences had shot down 41 of 47 "
	    "drones launched at the region.",
	    "The mayor said 3 of 12 schools stayed shut.",
	    "A source told the agency that \"35 long-range drones\" were "
	    "used.",
	    "The mayor said 40 buses were used to carry residents out.",
	    "Air defences shot down 40 of the 48 drones launched overnight, "
	    "the Boreal air force said.",
	    NULL } },
	/* 3: a toll revised is the story's, not an earlier event's */
	{ { "The governor said three civilians were killed and 11 wounded, "
	    "updating an earlier toll.",
	    NULL } },
	/* 4: a commission's head on a side at talks heads no delegation,
	 * but a commission of that side */
	{ { "The two delegations will hold talks in Vesi on Monday.",
	    "The border commission on the Boreal side is chaired by Deputy "
	    "Prime Minister Ivo Sand.",
	    "The Boreal side will be led by Foreign Minister Lina Voss.",
	    "The commission is chaired on the Atlantian side by Ivo Lind, "
	    "officials said.",
	    "The electoral commission, headed by Judge Ivo Lind, was "
	    "praised.",
	    NULL } },
	/* 5: a part of weapons launched, here or in the sentence before:
	 * of the launched its noun names, no fewer than the part */
	{ { "Boreal forces launched 48 drones and two missiles at the coast "
	    "overnight.",
	    "Of them, 22 UAVs and both missiles were intercepted, the air "
	    "force said.",
	    "Boreal forces launched 30 drones and four missiles, and 12 of "
	    "them were shot down.",
	    "Five people were killed in the port city of Vesi.",
	    "Of them, two were shot down by police.",
	    "Boreal forces launched 20 drones in the morning.",
	    "Of them, 9 houses were destroyed.",
	    "Talks will open in the Boreal port city of Lumo on Monday.",
	    "The army said Boreal forces had fired 52 drones overnight and "
	    "that 44 had been brought down.",
	    NULL } },
	/* 6: heads of delegations named in more ways; a venue denied in a
	 * quoted predicate; an earlier round's venue dated in the past */
	{ { "Atlantis and Borealia will hold talks in Vesi on Tuesday.",
	    "He added that Borealia would be represented by its deputy prime "
	    "minister, Ivo Sand.",
	    "The Atlantian delegation will be headed by Minister of Water "
	    "Resources Lina Voss.",
	    "Officials said Tor Lund, rather than Deputy Prime Minister Ivo "
	    "Sand, would lead the Boreal delegation.",
	    "The Atlantian negotiators would be led by Foreign Minister Ann "
	    "Berg.",
	    "The last round of talks, held in Kessa in October 2024, ended "
	    "without a deal.",
	    "Kestrel's team was expected to be headed by Deputy Prime "
	    "Minister Jon Moss.",
	    "He added that Kestrel would be represented by its foreign "
	    "minister, Jon Moss.",
	    "Reports that the two sides would meet in Lumo on Monday \"do not "
	    "correspond to reality,\" a spokeswoman said.",
	    "Its negotiators would meet the Atlantian team on Wednesday in "
	    "Kessa, a border town.",
	    "The talks would open in Kessa on Dec. 8 at 2 p.m., the group "
	    "said.",
	    NULL } },
	/* 7: a government and a front told by its acronym: the front's
	 * team and panel; a venue no agreement was reached on */
	{ { "The government will hold talks with the Kell Liberation Front "
	    "(KLF) in Vesi on Monday.",
	    "The statement said the KLF team would be led by Ana Ruiz.",
	    "The government delegation will be led by Per Holm, while Jon "
	    "Moss will head the KLF panel.",
	    "\"No agreement was ever reached to meet in Vesi,\" the KLF said.",
	    "The mediation panel is led by former president Ann Lee.",
	    "Negotiators will sit down at 10:00 am on December 7, officials "
	    "said.",
	    "The Vesi Safety Board, which is leading the investigation, sent "
	    "three inspectors.",
	    "She said the rebels would be represented by their vice-chairman "
	    "for political affairs, Omar Dek.",
	    "Foreign Minister Ruth Lind will mediate the talks.",
	    "Finland, which is facilitating the talks, welcomed the date.",
	    NULL } },
};

static const struct claim_case claim_cases_signings[] = {
	{ 0, 0, "venue", "signing", 0, "Nordhavn", 0, "Ivo Sand",
	  "signed in Nordhavn" },
	{ 0, 0, "time", "signing", 0, "June 3", 0, "Ivo Sand", "June 3" },
	{ 0, 1, "venue", "signing", 0, "Vesi", 0, "presidential office",
	  "Vesi" },
	{ 0, 2, "venue-denied", "signing", 0, "Nordhavn", 0, "aide",
	  "ceremony in Nordhavn" },
	{ 2, 0, "destroyed", "drones", 41, NULL, 0, "ministry",
	  "shot down 41" },
	{ 2, 0, "launched", "drones", 47, NULL, 0, "ministry", "47" },
	{ 2, 2, "launched", "drones", 35, NULL, 0, "source", "were used" },
	/* a part of a number given with its article; an air force speaks */
	{ 2, 4, "destroyed", "drones", 40, NULL, 0, "Boreal air force",
	  "shot down 40" },
	{ 2, 4, "launched", "drones", 48, NULL, 0, "Boreal air force", "48" },
	{ 3, 0, "killed", "people", 3, NULL, 0, "governor", "three" },
	{ 3, 0, "injured", "people", 11, NULL, 0, "governor", "11" },
	{ 4, 2, "role", "head of Boreal delegation", 0, "Lina Voss", 0, NULL,
	  "led by" },
	{ 4, 1, "role", "head of Boreal commission", 0, "Ivo Sand", 0, NULL,
	  "chaired by" },
	{ 4, 3, "role", "head of Atlantian commission", 0, "Ivo Lind", 0,
	  "officials", "chaired on" },
	/* a commission with no side named heads none of the sides' */
	{ 4, 4, "role", "head of commission", 0, "Ivo Lind", 0, NULL,
	  "headed by" },
	{ 5, 1, "destroyed", "drones", 22, NULL, 0, "air force", "22" },
	{ 5, 2, "destroyed", "drones", 12, NULL, 0, NULL, "12 of them" },
	{ 5, 2, "launched", "drones", 30, NULL, 0, NULL, "30" },
	/* a town after words in lower case */
	{ 5, 3, "killed", "people in Vesi", 5, NULL, 0, NULL, "Five" },
	{ 5, 7, "venue", "talks", 0, "Lumo, Borealia", 0, NULL, "Lumo" },
	{ 5, 8, "destroyed", "drones", 44, NULL, 0, "army",
	  "44 had been brought down" },
	{ 6, 1, "role", "head of Boreal delegation", 0, "Ivo Sand", 0, NULL,
	  "represented by" },
	{ 6, 2, "role", "head of Atlantian delegation", 0, "Lina Voss", 0,
	  NULL, "headed by" },
	{ 6, 3, "role", "head of Boreal delegation", 0, "Tor Lund", 0,
	  "officials", "Tor Lund" },
	{ 6, 4, "role", "head of Atlantian delegation", 0, "Ann Berg", 0,
	  NULL, "led by" },
	{ 6, 8, "venue-denied", "talks", 0, "Lumo", 0, "spokeswoman",
	  "Lumo" },
	{ 6, 9, "time", "talks", 0, "Wednesday", 0, NULL, "on Wednesday" },
	/* a month abbreviated with its point */
	{ 6, 10, "time", "talks", 0, "Dec. 8 at 2 p.m.", 0, "group",
	  "Dec. 8" },
	{ 7, 1, "role", "head of KLF team", 0, "Ana Ruiz", 0, "statement",
	  "led by" },
	{ 7, 2, "role", "head of KLF delegation", 0, "Jon Moss", 0, NULL,
	  "Jon Moss" },
	{ 7, 3, "venue-denied", "talks", 0, "Vesi", 0, "KLF", "Vesi" },
	{ 7, 4, "role", "head of team", 0, "Ann Lee", 0, NULL, "led by" },
	{ 7, 5, "time", "talks", 0, "10:00 am on December 7", 0, "officials",
	  "sit down" },
	{ 7, 6, "role", "head of investigation", 0, "Vesi Safety Board", 0,
	  "Vesi Safety Board", "leading the investigation" },
	{ 7, 8, "role", "mediators", 0, "Ruth Lind", 0, "Ruth Lind",
	  "mediate" },
	{ 7, 9, "role", "mediators", 0, "Finland", 0, NULL, "facilitating" },
	{ 7, 7, "role", "head of KLF delegation", 0, "Omar Dek", 0, "KLF",
	  "represented by" },
	{ 6, 5, "venue", "earlier talks", 0, "Kessa", 0, NULL, "Kessa" },
	{ 6, 6, "role", "head of Kestrel team", 0, "Jon Moss", 0, NULL,
	  "headed by" },
	{ 6, 7, "role", "head of Kestrel delegation", 0, "Jon Moss", 0, NULL,
	  "represented by" },
};

static const struct nothing_case nothing_cases_signings[] = {
	{ 0, 3 },	/* a signing in the past is history */
	{ 0, 4 },	/* a ceremony not denied names no signing's venue */
	{ 1, 0 },	/* a ceremony far from any signing */
	{ 1, 1 },	/* signed in no place */
	{ 2, 1 },	/* a part of things that are no weapons */
	{ 2, 3 },	/* things used that are no weapons */
	{ 5, 4 },	/* a part of people, not of weapons */
	{ 5, 6 },	/* a part that is no weapon */
};

START_TEST(test_claim_signings)
{
	check_claim(articles_signings, &claim_cases_signings[_i]);
}
END_TEST

START_TEST(test_nothing_signings)
{
	check_nothing(articles_signings, &nothing_cases_signings[_i]);
}
END_TEST

/*
 * The claims of the articles arts[0..na) of one story, as conflict_find()
 * takes them (sentence ids by article: 10 * article + sentence + 1).
 */
static struct conflict_set *
story_conflicts(const struct article_case *arts, size_t na,
    struct entities *e, struct claim_list **l)
{
	struct conflict_in	 in[32];
	struct conflict_set	*set = NULL;
	char			*cause = NULL;
	size_t			 i, j, n = 0;

	for (i = 0; i < na; i++) {
		l[i] = extract(&arts[i], e);
		for (j = 0; j < l[i]->n && n < PX_NITEMS(in); j++) {
			in[n].claim = (long)n + 1;
			in[n].article = (long)i + 1;
			in[n].story = 1;
			in[n].sentence = (long)(i * 10 + l[i]->v[j].sentence) +
			    1;
			in[n].c = &l[i]->v[j];
			n++;
		}
	}
	ck_assert_int_eq(conflict_find(in, n, 0, &set, &cause), 0);
	ck_assert_ptr_null(cause);
	ck_assert_ptr_nonnull(set);
	return set;
}

/* Whether the set has the sentence pair (a, b) as a conflict. */
static int
has_pair(const struct conflict_set *set, long a, long b)
{
	size_t	i;

	for (i = 0; i < set->npairs; i++)
		if ((set->pairs[i].a == a && set->pairs[i].b == b) ||
		    (set->pairs[i].a == b && set->pairs[i].b == a))
			return 1;
	return 0;
}

/*
 * Three outlets' times of one sinking: a clock time on Sunday against a
 * Saturday late and a Saturday midnight (which agree with each other),
 * and the injured in hospital against the injured counted.
 */
START_TEST(test_bodies_conflict)
{
	static const struct article_case	 a[3] = {
		{ { "The ferry sank around 2:00am on Sunday near the port.",
		    "At least 75 injured people have been admitted to Vesi "
		    "General Hospital, a doctor said.",
		    NULL } },
		{ { "The ferry capsized on the Tarn river late on Saturday, "
		    "police said.",
		    "At least 30 people were killed and 61 injured, police "
		    "said.",
		    NULL } },
		{ { "The boat overturned just before midnight on Saturday.",
		    NULL } },
	};
	struct entities		*e = test_entities();
	struct claim_list	*l[3];
	struct conflict_set	*set;
	size_t			 i;

	set = story_conflicts(a, 3, e, l);
	ck_assert(has_pair(set, 1, 11));
	ck_assert(has_pair(set, 1, 21));
	ck_assert(!has_pair(set, 11, 21));
	ck_assert(has_pair(set, 2, 12));
	conflict_free(set);
	for (i = 0; i < 3; i++)
		claims_free(l[i]);
	entities_free(e);
}
END_TEST

/*
 * An undecided venue against two outlets' venues of the same talks: one
 * conflict, each venue's sentence paired with the denial; a proposed
 * venue is in no conflict with them.
 */
START_TEST(test_undecided_conflict)
{
	static const struct article_case	 a[3] = {
		{ { "Envoys will meet in Vesi on May 4 for talks on the canal, "
		    "the ministry said.",
		    "Borealia has pushed for the talks to be held in "
		    "Nordhavn.", NULL } },
		{ { "The talks on the canal will be held in Vesi.", NULL } },
		{ { "Talks on the canal are planned next month.",
		    "No decision has been taken on where the talks will be "
		    "held, an aide said.", NULL } }
	};
	struct entities		*e = test_entities();
	struct claim_list	*l[3];
	struct conflict_set	*set;
	size_t			 i;

	set = story_conflicts(a, 3, e, l);
	ck_assert_uint_eq(set->n, 1);
	ck_assert_int_eq(set->v[0].kind, CLAIM_VENUE);
	ck_assert_msg(strstr(set->v[0].reason, "Vesi (ministry)") != NULL &&
	    strstr(set->v[0].reason, CLAIM_VENUE_UNDECIDED " (aide)") != NULL &&
	    strstr(set->v[0].reason, "Nordhavn") == NULL,
	    "reason \"%s\"", set->v[0].reason);
	ck_assert(has_pair(set, 1, 22));
	ck_assert(has_pair(set, 11, 22));
	ck_assert(!has_pair(set, 2, 22));
	ck_assert(!has_pair(set, 1, 2));
	conflict_free(set);
	for (i = 0; i < 3; i++)
		claims_free(l[i]);
	entities_free(e);
}
END_TEST

/* Two outlets name two owners held, and two opening dates: conflicts. */
START_TEST(test_owner_date_conflict)
{
	static const struct article_case	 a[2] = {
		{ { "Police arrested bakery owner Lina Voss on Monday.",
		    "Leaders will meet in Vesi on May 4 for a summit on the "
		    "canal.", NULL } },
		{ { "Police have detained the owner of the bakery, Erik Dahl.",
		    "The summit on the canal, which opens next Monday, May "
		    "11, will draw ten leaders.", NULL } }
	};
	struct entities		*e = test_entities();
	struct claim_list	*l[2];
	struct conflict_set	*set;
	size_t			 i;
	int			 role = 0, time = 0;

	set = story_conflicts(a, 2, e, l);
	for (i = 0; i < set->n; i++) {
		role += set->v[i].kind == CLAIM_ROLE;
		time += set->v[i].kind == CLAIM_TIME;
	}
	ck_assert_int_eq(role, 1);
	ck_assert_int_eq(time, 1);
	ck_assert(has_pair(set, 1, 11));
	ck_assert(has_pair(set, 2, 12));
	conflict_free(set);
	for (i = 0; i < 2; i++)
		claims_free(l[i]);
	entities_free(e);
}
END_TEST

/*
 * Two outlets' leads: a venue and day after a topic against a venue and
 * day far after the event's noun; a toll by "the number of people
 * killed" against bodies found below a toll only feared.  Conflicts of
 * venue, time and toll, each pairing the two leads.
 */
START_TEST(test_leads_conflict)
{
	static const struct article_case	 a[2] = {
		{ { "Atlantis and Borealia will resume talks on their canal "
		    "in the Boreal capital Nordhavn on Monday, a source said.",
		    "The number of people killed in the flood has risen to "
		    "29, the ministry said.", NULL } },
		{ { "The next round of talks between the Atlantian and "
		    "Boreal delegations on the dredging of the canal will be "
		    "held in Vesi on Tuesday, the agency said.",
		    "Nearly 50 people are feared dead after the flood.",
		    "Rescuers say 38 bodies have been recovered so far.",
		    NULL } }
	};
	struct entities		*e = test_entities();
	struct claim_list	*l[2];
	struct conflict_set	*set;
	size_t			 i;
	int			 venue = 0, time = 0, killed = 0;

	set = story_conflicts(a, 2, e, l);
	for (i = 0; i < set->n; i++) {
		venue += set->v[i].kind == CLAIM_VENUE;
		time += set->v[i].kind == CLAIM_TIME;
		killed += set->v[i].kind == CLAIM_KILLED;
	}
	ck_assert_int_eq(venue, 1);
	ck_assert_int_eq(time, 1);
	ck_assert_int_eq(killed, 1);
	ck_assert(has_pair(set, 1, 11));
	ck_assert(has_pair(set, 2, 13));
	conflict_free(set);
	for (i = 0; i < 2; i++)
		claims_free(l[i]);
	entities_free(e);
}
END_TEST

/*
 * Session 8 counts: injured "taken to hospital" (also as an attributive
 * "injured"), "treated for their injuries", "receiving treatment" after a
 * toll; "lost their lives"; "put the number of dead at"; two sources'
 * figures in one sentence; "trapping N others"; a relative clause before
 * the verb; houses "fully or partially damaged"; people affected,
 * evacuated, moved to shelters or staying in shelters (with "lakh"); the
 * place of a count neither from a name cut before "of" nor from a venue
 * clause; and releases still to come.
 */
static const struct article_case articles_counts8[] = {
	/* 0: a bus crash */
	{ { "Thirty-seven people were taken to hospital, some with burns, "
	    "the regional police chief told reporters.",
	    "Nine injured passengers were rushed to hospital, he said.",
	    "The health office says 44 people are being treated for their "
	    "injuries.",
	    "The death toll has risen to six, with 40 people still receiving "
	    "treatment, says the health office.",
	    "At least 12 workers lost their lives after the blast, the "
	    "governor announced.",
	    "Soldiers were taken to the capital on Monday." } },
	/* 1: figures put, and two sources in one sentence */
	{ { "The operator put the number of dead at four, saying other "
	    "bodies had not been identified.",
	    "Earlier, firefighters had put the number of dead at eight, "
	    "while Vesi Rail said only six of its passengers had been "
	    "killed.",
	    "An avalanche buried the camp, killing at least 9 climbers and "
	    "trapping 15 others under the snow.  Eight are believed to be "
	    "trapped about 40m below the surface.",
	    "Seventeen herders who left the valley before the storm warning "
	    "was issued are still missing, the police said.",
	    "Around 2,300 homes were fully or partially damaged across the "
	    "district.",
	    "About 700 homes were damaged or destroyed." } },
	/* 2: a storm's reach */
	{ { "Around 1.8 million people in 12 districts have been affected, "
	    "the relief ministry said.",
	    "About 300,000 people had been moved to more than 2,000 storm "
	    "shelters before landfall.",
	    "Nearly 2.5 lakh people are still staying in shelters, he added.",
	    "Some 40,000 residents were evacuated to higher ground.",
	    "More than 90,000 people have been displaced.",
	    "Some 500 people had been moved to relief camps." } },
	/* 3: places that are not where the count is; releases to come */
	{ { "At least 18 fishermen are missing in the Gulf of Kell.",
	    "The release of the six abducted engineers will take place in "
	    "Nordhavn, the mediator said.",
	    "The two sides are at odds over talks on freeing seven hostages.",
	    "The rebels agreed to release 30 prisoners.",
	    "At least 40 people were killed in Atlantis.",
	    "The mayor said rescuers had pulled 40 workers from the rubble "
	    "and that 12 miners were still missing." } },
	/* 4: a plain "died" with a place of the event and a speaker; names
	 * of incidents */
	{ { "At least 16 miners died in the blast, the minister said.",
	    "The governor said 19 workers died in the fire.",
	    "The death toll in the Vesi Air crash-landing has risen to 11.",
	    "At least 25 people were killed in the Atlantis floods.",
	    NULL } },
};

static const struct claim_case claim_cases_counts8[] = {
	{ 0, 0, "injured", "people", 37, NULL, 0, "regional police chief",
	  "Thirty-seven people were taken to hospital" },
	{ 0, 1, "injured", "people", 9, NULL, 0, "regional police chief",
	  "Nine injured passengers were rushed to hospital" },
	{ 0, 2, "injured", "people", 44, NULL, 0, "health office",
	  "44 people are being treated for their injuries" },
	{ 0, 3, "killed", "people", 6, NULL, 0, "health office", "six" },
	{ 0, 3, "injured", "people", 40, NULL, 0, "health office",
	  "40 people still receiving treatment" },
	{ 0, 4, "killed", "people", 12, NULL, 1, "governor",
	  "12 workers lost their lives" },
	{ 1, 0, "killed", "people", 4, NULL, 0, "operator",
	  "put the number of dead at four" },
	{ 1, 1, "killed", "people", 8, NULL, 0, "firefighters",
	  "put the number of dead at eight" },
	{ 1, 1, "killed", "people", 6, NULL, 0, "Vesi Rail", "six" },
	{ 1, 2, "missing", "climbers", 15, NULL, 0, NULL,
	  "trapping 15 others" },
	{ 1, 3, "missing", "herders", 17, NULL, 0, "police",
	  "are still missing" },
	{ 1, 4, "destroyed", "homes", 2300, NULL, 1, NULL,
	  "2,300 homes were fully or partially damaged" },
	{ 1, 5, "destroyed", "homes", 700, NULL, 1, NULL,
	  "700 homes were damaged or destroyed" },
	{ 2, 0, "population", "people affected", 1800000, NULL, 1,
	  "relief ministry", "have been affected" },
	{ 2, 1, "population", "people evacuated", 300000, NULL, 1, NULL,
	  "300,000 people had been moved to more than 2,000 storm shelters" },
	{ 2, 2, "population", "people in shelters", 250000, NULL, 1, NULL,
	  "2.5 lakh people are still staying in shelters" },
	{ 2, 3, "population", "people evacuated", 40000, NULL, 1, NULL,
	  "40,000 residents were evacuated" },
	{ 3, 0, "missing", "people", 18, NULL, 1, NULL, "18 fishermen" },
	{ 3, 4, "killed", "people in Atlantis", 40, NULL, 1, NULL,
	  "40 people were killed" },
	{ 3, 5, "missing", "people", 12, NULL, 0, "mayor",
	  "12 miners were still missing" },
	{ 4, 0, "killed", "people", 16, NULL, 1, "minister",
	  "16 miners died" },
	{ 4, 1, "killed", "people", 19, NULL, 0, "governor",
	  "19 workers died" },
	{ 4, 2, "killed", "people", 11, NULL, 0, NULL, "11" },
	{ 4, 3, "killed", "people in Atlantis", 25, NULL, 1, NULL,
	  "25 people were killed" },
};

/*
 * Figures of the articles above that must be no count (population too),
 * unless of the destroyed: "fully or partially damaged" is no count of
 * the damaged apart.
 */
static const struct none_case none_cases_counts8[] = {
	{ 2, 1, 2000 },		/* the shelters, not people */
	{ 2, 4, 90000 },	/* displaced: not counted */
	{ 2, 5, 500 },		/* moved to camps: not counted */
	{ 1, 2, 40 },		/* a depth */
	{ 1, 4, 2300 },		/* not a count of damage alone */
};

static const struct nothing_case nothing_cases_counts8[] = {
	{ 0, 5 },	/* taken to a city, not to a hospital */
	{ 3, 2 },	/* talks on freeing: no release yet */
	{ 3, 3 },	/* agreed to release: no release yet */
};

/* Subjects that must not be made of a place after the count's verb. */
static const struct claim_case subject_cases_counts8[] = {
	{ 3, 0, "missing", "people in Gulf", 18, NULL, 1, NULL, "18" },
	{ 3, 1, "detained", "people in Nordhavn", 6, NULL, 0, NULL, "six" },
	{ 4, 2, "killed", "people in Vesi Air", 11, NULL, 0, NULL, "11" },
};

START_TEST(test_claim_counts8)
{
	check_claim(articles_counts8, &claim_cases_counts8[_i]);
}
END_TEST

START_TEST(test_none_counts8)
{
	const struct none_case	*c = &none_cases_counts8[_i];
	struct entities		*e = test_entities();
	struct claim_list	*l = extract(&articles_counts8[c->article], e);
	size_t			 i;

	for (i = 0; i < l->n; i++) {
		const struct claim	*x = &l->v[i];

		if (x->sentence != c->sentence || x->value != c->value ||
		    !claim_kind_is_count(x->kind))
			continue;
		ck_assert_msg(x->kind == CLAIM_DESTROYED,
		    "false %s %g in \"%s\"", claim_kind_name(x->kind),
		    x->value, articles_counts8[c->article].s[c->sentence]);
	}
	claims_free(l);
	entities_free(e);
}
END_TEST

START_TEST(test_nothing_counts8)
{
	check_nothing(articles_counts8, &nothing_cases_counts8[_i]);
}
END_TEST

START_TEST(test_subject_counts8)
{
	const struct claim_case	*c = &subject_cases_counts8[_i];
	struct entities		*e = test_entities();
	struct claim_list	*l = extract(&articles_counts8[c->article], e);
	size_t			 i;

	for (i = 0; i < l->n; i++)
		ck_assert_msg(l->v[i].sentence != c->sentence ||
		    strcmp(l->v[i].subject, c->subject) != 0,
		    "subject %s in \"%s\"", c->subject,
		    articles_counts8[c->article].s[c->sentence]);
	claims_free(l);
	entities_free(e);
}
END_TEST

/*
 * Venues and their denials by clause: a denial governs only the place of
 * its own clause ("denies X venue, says ... to be held in Y", "no meeting
 * in X, ... adding that they had only accepted to meet in Y", "denied
 * that ... in X, as ... announced, and assured that ... in Y"), "has not
 * agreed to go to X", ", not in X" after a venue, "no agreement had been
 * reached on X", "rejects <owner>'s X claim"; venues after a party ("talks
 * with the Tarn Front in the Boreal city of X", "will meet with <title>
 * <name> in X"), "travel to X for the talks", "the Boreal side has agreed
 * to host", "the Boreal capital" by the table, "said it would be held in
 * X"; a venue's time in the same sentence; and sentences that report a
 * dispute over the venue, which take no side.  A table of its own.
 */
static const struct article_case articles_scope[] = {
	/* 0: a headline's denial, then its venue */
	{ { "Atlantis denies Vesi venue, says talks with Borealia to be held "
	    "in Tarnby", NULL } },
	/* 1: a denial, then a venue in the speaker's next clause */
	{ { "\"There will be no meeting in Vesi,\" the rebels said in a "
	    "statement, adding that they had only accepted to meet in the "
	    "Boreal capital Nordhavn.", NULL } },
	/* 2: a venue announced, then denied four ways */
	{ { "The government said it would hold peace talks with the Tarn "
	    "Front in the Boreal city of Lumo from March 3.",
	    "But a Tarn Front spokesman told reporters the group \"has not "
	    "agreed to go to Lumo or anywhere else\".",
	    "\"The talks will be held in Kessa if they are held at all, not "
	    "in Lumo,\" the spokesman said.",
	    "Another spokesman contradicted the announcement: no agreement "
	    "had been reached on Lumo, he said.",
	    "The Tarn Front rejected the government's Lumo claim, saying the "
	    "talks would be held in Kessa.", NULL } },
	/* 3: venues by travel, meeting, hosting; a denial and a venue */
	{ { "Envoys of Atlantis and Borealia will hold talks on the canal.",
	    "Foreign Minister Lina Voss will travel to Vesi for the talks, "
	    "which are due to open on Thursday, a spokeswoman said.",
	    "Foreign Minister Lina Voss will meet with Foreign Minister of "
	    "Borealia Nils Aho in Vesi on May 14, the ministry said.",
	    "The Boreal side has agreed to host the meeting, the ministry "
	    "said.",
	    "The ministry earlier denied that the meeting would take place "
	    "in Tarnby and said it would be held in Vesi.", NULL } },
	/* 4: a side's capital; a denial with "as ... announced"; disputes
	 * reported; a party that names no venue */
	{ { "The government said on Friday that the talks would start on "
	    "Monday in the Boreal capital, with Atlantis as mediator.",
	    "The rebels denied on Saturday that the dialogue on the "
	    "prisoners will take place in Vesi, as the government "
	    "announced, and assured that the meeting will be held in "
	    "Tarnby.",
	    "The government and the rebels were at odds on Saturday over "
	    "the venue for talks, with the rebels rejecting the announcement "
	    "that negotiations would open in Vesi.",
	    "The two sides disagreed over where to hold talks, with the "
	    "government insisting on Vesi and the rebels saying they would "
	    "only meet in Tarnby.",
	    "Talks with groups based in Kessa are planned for May.",
	    "The rebels refused to travel to Lumo for the talks." } },
	/* 5: agreements on a place that is no venue of the article */
	{ { "Envoys of Atlantis and Borealia held talks in Vesi on Monday.",
	    "The talks ended with no agreement on Tarn Valley, officials "
	    "said.",
	    "Atlantis rejected the Vesi plan, officials said.", NULL } },
	/* 6: negations that govern no place of the talks, and one that
	 * does before "agreed to" */
	{ { "The rebels, who rejected the truce last month, will hold talks "
	    "with the government in Lumo on Monday.",
	    "Officials said the summit was not in doubt and would be held in "
	    "Kessa.",
	    "The group said it had never agreed to talks in Vesi, and "
	    "insisted they be held in Tarnby.",
	    "Atlantis denied that the talks announced on Friday would take "
	    "place in Kessa.",
	    "The talks, mediated by Borealia, will be held in Lumo.",
	    NULL } },
	/* 7: a host's headline with its day; a signing's day after an
	 * abbreviation */
	{ { "Atlantis to host regional conference on the canal on June 3",
	    "The accord will be signed in Vesi, N.T. on May 12, the minister "
	    "said.",
	    "Envoys of Atlantis and Borealia will hold talks next week.",
	    "The minister will meet the families of victims in Kessa on "
	    "Monday.",
	    "The minister will meet her counterparts in Lumo on Monday.",
	    NULL } },
};

static const struct claim_case claim_cases_scope[] = {
	{ 0, 0, "venue-denied", "talks", 0, "Vesi", 0, "Atlantis",
	  "denies Vesi" },
	{ 0, 0, "venue", "talks", 0, "Tarnby", 0, "Atlantis",
	  "held in Tarnby" },
	{ 1, 0, "venue-denied", "meeting", 0, "Vesi", 0, "rebels",
	  "meeting in Vesi" },
	{ 1, 0, "venue", "meeting", 0, "Nordhavn", 0, "rebels",
	  "meet in the Boreal capital Nordhavn" },
	{ 2, 0, "venue", "talks", 0, "Lumo, Borealia", 0, "government",
	  "talks with the Tarn Front in the Boreal city of Lumo" },
	{ 2, 0, "time", "talks", 0, "March 3", 0, "government",
	  "from March 3" },
	{ 2, 1, "venue-denied", "talks", 0, "Lumo", 0, "Tarn Front "
	  "spokesman", "agreed to go to Lumo" },
	{ 2, 2, "venue", "talks", 0, "Kessa", 0, "spokesman",
	  "held in Kessa" },
	{ 2, 2, "venue-denied", "talks", 0, "Lumo", 0, "spokesman",
	  "not in Lumo" },
	{ 2, 3, "venue-denied", "talks", 0, "Lumo", 0, "spokesman",
	  "no agreement had been reached on Lumo" },
	{ 2, 4, "venue-denied", "talks", 0, "Lumo", 0, "Tarn Front",
	  "rejected the government's Lumo" },
	{ 2, 4, "venue", "talks", 0, "Kessa", 0, "Tarn Front",
	  "held in Kessa" },
	{ 3, 1, "venue", "talks", 0, "Vesi", 0, "spokeswoman",
	  "travel to Vesi" },
	{ 3, 1, "time", "talks", 0, "Thursday", 0, "spokeswoman",
	  "open on Thursday" },
	{ 3, 2, "venue", "talks", 0, "Vesi", 0, "ministry", "in Vesi" },
	{ 3, 2, "time", "talks", 0, "May 14", 0, "ministry", "May 14" },
	{ 3, 3, "venue", "meeting", 0, "Borealia", 0, "ministry",
	  "Boreal side" },
	{ 3, 4, "venue-denied", "meeting", 0, "Tarnby", 0, "ministry",
	  "take place in Tarnby" },
	{ 3, 4, "venue", "meeting", 0, "Vesi", 0, "ministry",
	  "held in Vesi" },
	{ 4, 0, "venue", "talks", 0, "Nordhavn (Boreal capital)", 0,
	  "government", "Boreal capital" },
	{ 4, 1, "venue-denied", "talks", 0, "Vesi", 0, "rebels",
	  "take place in Vesi" },
	{ 4, 1, "venue", "meeting", 0, "Tarnby", 0, "rebels",
	  "held in Tarnby" },
	{ 4, 5, "venue-denied", "talks", 0, "Lumo", 0, NULL,
	  "refused to travel to Lumo" },
	{ 6, 0, "venue", "talks", 0, "Lumo", 0, NULL, "in Lumo" },
	{ 6, 1, "venue", "summit", 0, "Kessa", 0, "officials",
	  "held in Kessa" },
	{ 6, 2, "venue-denied", "talks", 0, "Vesi", 0, "group",
	  "talks in Vesi" },
	{ 6, 2, "venue", "talks", 0, "Tarnby", 0, "group",
	  "held in Tarnby" },
	{ 6, 3, "venue-denied", "talks", 0, "Kessa", 0, "Atlantis",
	  "place in Kessa" },
	{ 6, 4, "venue", "talks", 0, "Lumo", 0, NULL, "held in Lumo" },
	{ 7, 0, "venue", "conference", 0, "Atlantis", 0, NULL,
	  "Atlantis" },
	{ 7, 0, "time", "conference", 0, "June 3", 0, NULL, "June 3" },
	{ 7, 1, "venue", "signing", 0, "Vesi", 0, "minister",
	  "signed in Vesi" },
	{ 7, 1, "time", "signing", 0, "May 12", 0, "minister", "May 12" },
	{ 7, 4, "venue", "conference", 0, "Lumo", 0, "minister", "in Lumo" },
};

/* A claim of a kind that must not be in a sentence: with this subject
 * (NULL: any) or this text (NULL: any). */
struct absent_case {
	size_t		 article, sentence;
	const char	*kind, *subject, *text;
};

/* Claims that must not be found: a place read on the wrong side of a
 * denial, or a place of a sentence that reports a dispute. */
static const struct absent_case absent_cases_scope[] = {
	{ 0, 0, "venue-denied", NULL, "Tarnby" },
	{ 1, 0, "venue-denied", NULL, "Nordhavn" },
	{ 2, 1, "venue", NULL, "Lumo" },
	{ 2, 2, "venue", NULL, "Lumo" },
	{ 2, 4, "venue-denied", NULL, "Kessa" },
	{ 3, 4, "venue-denied", NULL, "Vesi" },
	{ 4, 1, "venue-denied", NULL, "Tarnby" },
	{ 4, 2, "venue", NULL, "Vesi" },
	{ 4, 2, "venue-denied", NULL, "Vesi" },
	{ 4, 3, "venue", NULL, "Vesi" },
	{ 4, 3, "venue", NULL, "Tarnby" },
	{ 4, 4, "venue", NULL, "Kessa" },
	{ 4, 5, "venue", NULL, "Lumo" },
	{ 5, 1, "venue-denied", NULL, "Tarn Valley" },
	{ 5, 2, "venue-denied", NULL, "Vesi" },
	{ 6, 0, "venue-denied", NULL, "Lumo" },
	{ 6, 1, "venue-denied", NULL, "Kessa" },
	{ 6, 2, "venue", NULL, "Vesi" },
	{ 6, 2, "venue-denied", NULL, "Tarnby" },
	{ 7, 3, "venue", NULL, "Kessa" },
};

START_TEST(test_claim_scope)
{
	check_claim(articles_scope, &claim_cases_scope[_i]);
}
END_TEST

/* Extract arts[c->article] and fail on a claim c says must be absent. */
static void
check_absent(const struct article_case *arts, const struct absent_case *c)
{
	struct entities		*e = test_entities();
	struct claim_list	*l = extract(&arts[c->article], e);
	size_t			 i;

	for (i = 0; i < l->n; i++) {
		const struct claim	*x = &l->v[i];

		if (x->sentence != c->sentence ||
		    strcmp(claim_kind_name(x->kind), c->kind) != 0 ||
		    (c->subject != NULL && strcmp(x->subject,
		    c->subject) != 0) || (c->text != NULL && (x->text == NULL ||
		    strcmp(x->text, c->text) != 0)))
			continue;
		dump(l);
		ck_abort_msg("%s %s %s in \"%s\"", c->kind, x->subject,
		    x->text != NULL ? x->text : "",
		    arts[c->article].s[c->sentence]);
	}
	claims_free(l);
	entities_free(e);
}

START_TEST(test_absent_scope)
{
	check_absent(articles_scope, &absent_cases_scope[_i]);
}
END_TEST

/*
 * Session 8 times: a day-month date with its month, a date after a place
 * set off by its region, a date after a meeting's object, the day's clock
 * time after a date, a relative clause with "are due", a start "not
 * before" a day, and the clock time of an aircraft's landing (in a story
 * that names one), hedged.
 */
static const struct article_case articles_times8[] = {
	/* 0: talks with a group, dated day first */
	{ { "The council will hold talks with the Kell Front (KF) in Vesi, "
	    "Tarn Province of the Boreal Republic, from 9 March, according "
	    "to the press office.",
	    "The army said it would hold talks with the Kell Front in the "
	    "Boreal city of Vesi from March 9.",
	    "An envoy said the army \"will meet KF delegates in Vesi on "
	    "March 9\".",
	    "The talks are due to begin on 9 March.",
	    "The front said the conversations cannot begin before Sunday.",
	    NULL } },
	/* 1: a clock time after the date */
	{ { "The envoys will travel to Vesi for the talks, which are due to "
	    "open on Sunday, March 9 at 11:00 am local time, an aide said.",
	    "The meeting will open on March 9 at 11:00 Vesi time.", NULL } },
	/* 2: an aircraft's landing */
	{ { "A plane carrying 90 people overshot the runway at Vesi.",
	    "The Airbus touched down in fog at about 2:20 p.m. local time "
	    "(0820 GMT), an airport official said.",
	    "The jet skidded while landing at about 2.25pm, according to "
	    "witnesses.",
	    "It came down at 14:20 local time, according to police.",
	    "The fire service received a distress call at 2.15pm, its chief "
	    "said.", NULL } },
	/* 3: no aircraft named: a landing is no incident */
	{ { "The minister landed in Vesi at 2:20 p.m. for the summit.",
	    NULL } },
	/* 4: a conference on a country; a blaze at a named plant */
	{ { "Atlantis to host Boreal trade conference on May 4",
	    "Atlantis will host a trade conference on Borealia in Vesi on "
	    "May 4, diplomats said.",
	    "The blaze at Kell Paints and Resins started around 3:00am, "
	    "witnesses said.",
	    "The fire at the depot broke out at 4:10 a.m., police said.",
	    NULL } },
};

static const struct claim_case claim_cases_times8[] = {
	{ 0, 0, "time", "talks", 0, "9 March", 0, "press office",
	  "from 9 March" },
	{ 0, 1, "time", "talks", 0, "March 9", 0, "army", "from March 9" },
	{ 0, 2, "time", "talks", 0, "March 9", 0, "envoy",
	  "meet KF delegates in Vesi on March 9" },
	{ 0, 3, "time", "talks", 0, "9 March", 0, NULL, "on 9 March" },
	{ 0, 4, "time", "talks", 0, "Sunday", 0, "front",
	  "cannot begin before Sunday" },
	{ 1, 0, "time", "talks", 0, "Sunday, March 9 at 11:00 am", 0,
	  "aide", "open on Sunday, March 9 at 11:00 am" },
	{ 1, 1, "time", "meeting", 0, "March 9 at 11:00", 0, NULL,
	  "March 9 at 11:00" },
	{ 2, 1, "time", "landing", 0, "2:20 p.m.", 1, "airport official",
	  "touched down in fog at about 2:20 p.m." },
	{ 2, 2, "time", "landing", 0, "2.25pm", 1, "witnesses",
	  "landing at about 2.25pm" },
	{ 2, 3, "time", "landing", 0, "14:20", 0, "police",
	  "came down at 14:20" },
	{ 2, 4, "time", "distress call", 0, "2.15pm", 0, "chief",
	  "distress call at 2.15pm" },
	{ 4, 0, "time", "conference", 0, "May 4", 0, NULL,
	  "conference on May 4" },
	{ 4, 1, "time", "conference", 0, "May 4", 0, "diplomats",
	  "in Vesi on May 4" },
	{ 4, 2, "time", "fire", 0, "3:00am", 1, "witnesses",
	  "started around 3:00am" },
	{ 4, 3, "time", "fire", 0, "4:10 a.m.", 0, "police",
	  "broke out at 4:10 a.m." },
};

static const struct nothing_case nothing_cases_times8[] = {
	{ 3, 0 },	/* no aircraft named */
};

START_TEST(test_claim_times8)
{
	check_claim(articles_times8, &claim_cases_times8[_i]);
}
END_TEST

START_TEST(test_nothing_times8)
{
	check_nothing(articles_times8, &nothing_cases_times8[_i]);
}
END_TEST

/*
 * Session 8 roles: a head past lower-case words of office ("former
 * senator", "presidential policy aide"), a country's possessive
 * delegation, the head of an operation ("is being led by", "coordinated
 * by", "X, ..., who is leading the rescue"), a chief negotiator named in
 * apposition, an armed group known by the acronym after its name ("the
 * Kell Liberation Army (KLA)") for "its delegation" after "the armed
 * group", and "the delegation" after a side's delegation was named.
 */
static const struct article_case articles_roles8[] = {
	/* 0: a government and an armed group */
	{ { "The government and the Kell Liberation Army (KLA) will hold "
	    "talks in Vesi on Monday.",
	    "The government delegation will be headed by former senator Ana "
	    "Ruiz Soto, who was appointed chief negotiator in May, "
	    "according to the statement.",
	    "According to the armed group, its delegation will be led by "
	    "commander Tor Malual.",
	    "The KLA named its chief negotiator for the talks, Amir "
	    "Kessler, a veteran commander.",
	    "The regime said its delegation, led by General Lars Holm, "
	    "would arrive on Sunday.",
	    "According to the KLA, its delegation will be led by Amir "
	    "Kessler." } },
	/* 1: two states */
	{ { "Finland and Switzerland will hold talks in Vesi.",
	    "Finland's delegation will be led by presidential foreign policy "
	    "aide Pekka Lahti, she said.",
	    "A Swiss delegation will arrive on Monday, an official said.",
	    "He said the delegation would be led by Lieutenant General Urs "
	    "Keller.",
	    "The Finnish delegation will be led by Juha Koski.", NULL } },
	/* 2: a rescue */
	{ { "An explosion at a mine in Tarn killed 12 miners.",
	    "The rescue operation is being led by Jon Berg, the regional "
	    "director of the disaster agency.",
	    "The search and rescue operation is being coordinated by Lina "
	    "Voss, the head of the mining directorate, the minister said.",
	    "Jon Berg, the agency's regional director, who is leading the "
	    "rescue, was at the site on Monday.",
	    "The captain led the rescue of three hikers.", NULL } },
	/* 3: mediators, in any order */
	{ { "Talks between the government and the KLA will open in Vesi on "
	    "Monday.",
	    "Finland and Switzerland will act as mediators, the office "
	    "said.",
	    "The meeting will be held in Tarn, with Lund and Atlantis as "
	    "mediators.",
	    "The rebels said Switzerland and Finland would serve as "
	    "guarantors.",
	    "Berg was described as a mediator by colleagues.", NULL } },
	/* 4: a head expected, set or due to lead */
	{ { "Finland and Switzerland will hold talks in Vesi next week.",
	    "Foreign Minister Anna Berg is expected to lead the Finnish "
	    "delegation, the ministry said.",
	    "Urs Keller is set to head the Swiss delegation.",
	    "The Finnish minister is expected to arrive on Monday.",
	    NULL } },
};

static const struct claim_case claim_cases_roles8[] = {
	{ 0, 1, "role", "head of government delegation", 0, "Ana Ruiz Soto",
	  0, "statement", "headed by former senator Ana Ruiz Soto" },
	{ 0, 2, "role", "head of KLA delegation", 0, "Tor Malual", 0,
	  "armed group", "led by commander Tor Malual" },
	{ 0, 3, "role", "head of KLA delegation", 0, "Amir Kessler", 0,
	  "KLA", "named its chief negotiator for the talks, Amir Kessler" },
	{ 0, 4, "role", "head of government delegation", 0, "Lars Holm", 0,
	  "regime", "led by General Lars Holm" },
	{ 0, 5, "role", "head of KLA delegation", 0, "Amir Kessler", 0,
	  "KLA", "led by Amir Kessler" },
	{ 1, 4, "role", "head of Finnish delegation", 0, "Juha Koski", 0,
	  NULL, "led by Juha Koski" },
	{ 1, 1, "role", "head of Finnish delegation", 0, "Pekka Lahti", 0,
	  NULL, "led by presidential foreign policy aide Pekka Lahti" },
	{ 1, 3, "role", "head of Swiss delegation", 0, "Urs Keller", 0,
	  "official", "the delegation would be led by" },
	{ 2, 1, "role", "head of rescue operation", 0, "Jon Berg", 0, NULL,
	  "rescue operation is being led by Jon Berg" },
	{ 2, 2, "role", "head of rescue operation", 0, "Lina Voss", 0,
	  "minister", "coordinated by Lina Voss" },
	{ 2, 3, "role", "head of rescue operation", 0, "Jon Berg", 0,
	  "Jon Berg", "who is leading the rescue" },
	{ 4, 1, "role", "head of Finnish delegation", 0, "Anna Berg", 0,
	  "ministry", "expected to lead" },
	{ 4, 2, "role", "head of Swiss delegation", 0, "Urs Keller", 0,
	  "Urs Keller", "set to head" },
};

static const struct claim_case claim_cases_mediators8[] = {
	{ 3, 1, "role", "mediators", 0, "Finland and Switzerland", 0,
	  "office", "Finland and Switzerland will act as mediators" },
	{ 3, 2, "role", "mediators", 0, "Atlantis and Lund", 0, NULL,
	  "with Lund and Atlantis as mediators" },
	{ 3, 3, "role", "guarantors", 0, "Finland and Switzerland", 0,
	  "rebels", "Switzerland and Finland would serve as guarantors" },
};

static const struct nothing_case nothing_cases_roles8[] = {
	{ 3, 4 },	/* a mediator named for no talks */
	{ 2, 4 },	/* the rescue of hikers is no operation's head */
	{ 4, 3 },	/* expected to arrive: no one leads */
};

START_TEST(test_claim_roles8)
{
	check_claim(articles_roles8, &claim_cases_roles8[_i]);
}
END_TEST

START_TEST(test_claim_mediators8)
{
	check_claim(articles_roles8, &claim_cases_mediators8[_i]);
}
END_TEST

START_TEST(test_nothing_roles8)
{
	check_nothing(articles_roles8, &nothing_cases_roles8[_i]);
}
END_TEST

/*
 * Session 8 speakers: a body named with "of the" and "for" ("the Office
 * of the High Commissioner for Trade"), a body's lower-case noun after its
 * name ("The Kell Miners union says"), a statement a speaker issued ("X
 * has issued a statement saying"), an aside after "as" that speaks for its
 * clause only, and "the spokesman" a few sentences after the article
 * named him.
 */
static const struct article_case articles_says8[] = {
	/* 0: talks */
	{ { "The government and the rebels will hold talks in Vesi on "
	    "Monday, the Office of the High Commissioner for Trade "
	    "announced.",
	    "The Kell Front denied that the talks would take place in Vesi, "
	    "as the government announced, and said the meeting would be held "
	    "in Tarn.",
	    "The talks will open in Lund on Friday, as the mediators "
	    "announced, and the rebels will attend.",
	    "Reports that the talks will be held in Lund are not true, "
	    "Boreal Foreign Ministry spokesman Jon Berg told reporters.",
	    "The meeting is scheduled for March 9 at 10:00, the spokesman "
	    "added.",
	    "\"The talks will be held in Lund,\" the official, who asked "
	    "not to be named, told Kell Radio." } },
	/* 1: a blast */
	{ { "The Kell Miners union says at least 31 miners have died.",
	    "Kell Mining has issued a statement saying 25 miners died.",
	    "Jon Berg, the agency's director, who is leading the rescue, "
	    "told reporters that 27 miners had died.", NULL } },
};

static const struct claim_case claim_cases_says8[] = {
	{ 0, 0, "time", "talks", 0, "Monday", 0,
	  "Office of the High Commissioner for Trade", "on Monday" },
	{ 0, 1, "venue", "meeting", 0, "Tarn", 0, "Kell Front",
	  "held in Tarn" },
	{ 0, 2, "venue", "talks", 0, "Lund", 0, "mediators", "in Lund" },
	{ 0, 4, "time", "meeting", 0, "March 9 at 10:00", 0, "Jon Berg",
	  "March 9 at 10:00" },
	{ 0, 5, "venue", "talks", 0, "Lund", 0, "official", "in Lund" },
	{ 1, 0, "killed", "people", 31, NULL, 1, "Kell Miners union",
	  "31 miners have died" },
	{ 1, 1, "killed", "people", 25, NULL, 0, "Kell Mining",
	  "25 miners died" },
	{ 1, 2, "killed", "people", 27, NULL, 0, "Jon Berg",
	  "27 miners had died" },
};

START_TEST(test_claim_says8)
{
	check_claim(articles_says8, &claim_cases_says8[_i]);
}
END_TEST

/*
 * Session 8, second round, counts: a state before the noun of people it
 * counts ("treated 41 injured people"), a figure's noun far before a toll
 * verb or right before its "to" ("raised the number of injured to 14");
 * passengers a vehicle carried, not with a second group or as an event's
 * subject; swaps agreed per side ("each", a side's prisoners to be
 * handed over, two equal figures of two sides), not a swap of both sides
 * together; each side's casualties under its own subject (a second count
 * after "and" keeps the side, a place after it is the first count's too,
 * "its citizens" are the speaker's); an earlier eruption's toll after
 * "when"; the injured who died; evacuees after a "from" phrase; weapons
 * downed "of which" launched (not a region's part of them); "N of them"
 * in hospital, but not "N of them" released; who put a toll gives it and
 * the count after its "and"; "the figure was confirmed by X" gives the
 * counts of the sentence before.
 */
static const struct article_case articles_counts8b[] = {
	/* 0: a stampede and a ferry */
	{ { "The Vesi General Hospital said it had treated 41 injured "
	    "people, six of them in critical condition.",
	    "The relief office later raised the number of injured to 14.",
	    "The number of dead in the sinking of a ferry of the Tarn "
	    "company Kell Lines off the northern coast has risen to 22, "
	    "sources at the Lund hospital told reporters.",
	    "The ferry was carrying 96 passengers, according to the "
	    "coastguard.",
	    "The company said the ferry carried 88 passengers and denied "
	    "that it was overloaded.",
	    "The plane, carrying 40 passengers and crew, landed safely." } },
	/* 1: a swap of prisoners */
	{ { "Atlantis and Borealia will swap 120 prisoners of war each in "
	    "Nordhavn on Friday, the ministry said.",
	    "The official said 90 Atlantian prisoners would be released by "
	    "Borealia.",
	    "The mediator said the exchange would involve 90 Atlantians and "
	    "90 Boreals.",
	    "The two sides agreed to exchange more than 200 prisoners.",
	    "The crash left a bus with 20 passengers killed.",
	    "The bus left at dawn with 30 passengers and two drivers on "
	    "board." } },
	/* 2: a border clash, each side's casualties; an earlier eruption */
	{ { "At least 16 Boreal citizens were killed and 41 wounded in the "
	    "clashes, the Boreal health ministry said.",
	    "According to the Atlantian health ministry, 7 people were killed "
	    "and 22 injured in Vesi province.",
	    "Atlantis says 11 of its citizens were killed.",
	    "The volcano last erupted in March 2019, when eight people were "
	    "killed.",
	    "Three of the injured later died in hospital, the clinic said.",
	    "A total of 4,100 residents from nine villages on the slopes of "
	    "the mountain have been moved to temporary shelters." } },
	/* 3: no side after "and"; parts of counts that are counts */
	{ { "The governor said four civilians were killed and 13 wounded.",
	    "The army said the rebels launched 54 drones overnight, of which "
	    "38 were shot down.",
	    "Of the drones, 12 were shot down over the Kell region.",
	    "The mayor said 31 workers had been rescued and that six of them "
	    "were still being treated in hospital.",
	    "Two of the victims died at the Vesi hospital on Sunday, a doctor "
	    "said.",
	    "Police detained 40 people, 25 of them were later released." } },
	/* 4: passengers on board after the noun */
	{ { "About 140 passengers were on board, the railway said.",
	    "The operator said 70 passengers and five crew members were on "
	    "board.",
	    "The group said 33 Atlantian hostages would be released on "
	    "Friday.",
	    "Firefighters had earlier put the toll at six dead and 21 "
	    "injured.",
	    "At least 17 people died and 40 were injured when the train "
	    "derailed.",
	    "The figure was confirmed at noon by the Vesi health office." } },
};

static const struct claim_case claim_cases_counts8b[] = {
	{ 0, 0, "injured", "people", 41, NULL, 0, "Vesi General Hospital",
	  "41 injured people" },
	{ 0, 1, "injured", "people", 14, NULL, 0, "relief office", "14" },
	{ 0, 2, "killed", "people", 22, NULL, 0, "sources at the Lund hospital",
	  "22" },
	{ 0, 3, "aboard", "passengers", 96, NULL, 0, "coastguard",
	  "carrying 96 passengers" },
	{ 0, 4, "aboard", "passengers", 88, NULL, 0, "company",
	  "carried 88 passengers" },
	{ 1, 0, "released", "prisoners of war (to be exchanged, each side)",
	  120, NULL, 0, "ministry", "swap 120" },
	{ 1, 1, "released", "prisoners of war (to be exchanged, each side)",
	  90, NULL, 0, "official", "90 Atlantian prisoners would be released" },
	{ 1, 2, "released", "prisoners of war (to be exchanged, each side)",
	  90, NULL, 0, "mediator", "involve 90" },
	{ 1, 5, "aboard", "passengers", 30, NULL, 0, NULL,
	  "with 30 passengers" },
	{ 2, 0, "injured", "Boreal citizens", 41, NULL, 0,
	  "Boreal health ministry", "41 wounded" },
	{ 2, 1, "killed", "people in Vesi province", 7, NULL, 0,
	  "Atlantian health ministry", "7 people were killed" },
	{ 2, 1, "injured", "people in Vesi province", 22, NULL, 0,
	  "Atlantian health ministry", "22 injured" },
	{ 2, 2, "killed", "Atlantian citizens", 11, NULL, 0, "Atlantis",
	  "11 of its citizens" },
	{ 2, 3, "killed", "people (March 2019)", 8, NULL, 0, NULL,
	  "eight people were killed" },
	{ 2, 4, "killed", "people (died of injuries)", 3, NULL, 0, "clinic",
	  "Three of the injured later died" },
	{ 2, 5, "population", "people evacuated", 4100, NULL, 0, NULL,
	  "4,100 residents" },
	{ 3, 0, "injured", "people", 13, NULL, 0, "governor", "13 wounded" },
	{ 3, 1, "destroyed", "drones", 38, NULL, 0, "army",
	  "38 were shot down" },
	{ 3, 3, "injured", "people", 6, NULL, 0, "mayor",
	  "six of them were still being treated in hospital" },
	{ 3, 4, "killed", "people (died of injuries)", 2, NULL, 0, "doctor",
	  "Two of the victims died" },
	{ 4, 0, "aboard", "passengers", 140, NULL, 1, "railway",
	  "140 passengers" },
	/* the crew on board, a count of its own */
	{ 4, 1, "aboard", "crew", 5, NULL, 0, "operator", "five crew" },
	{ 4, 3, "killed", "people", 6, NULL, 0, "Firefighters",
	  "put the toll at six dead" },
	{ 4, 3, "injured", "people", 21, NULL, 0, "Firefighters",
	  "21 injured" },
	{ 4, 4, "killed", "people", 17, NULL, 1, "Vesi health office",
	  "17 people died" },
	{ 4, 4, "injured", "people", 40, NULL, 0, "Vesi health office",
	  "40 were injured" },
};

static const struct nothing_case nothing_cases_counts8b[] = {
	{ 0, 5 },	/* passengers and crew: all aboard, of no one group */
	{ 1, 3 },	/* both sides' figure together, no release yet */
	{ 4, 2 },	/* hostages to be freed: no swap of prisoners */
};

/* A part of a count that is none of its own: a release of the held. */
static const struct none_case part_cases_counts8b[] = {
	{ 3, 5, 25 },
	{ 3, 2, 12 },	/* a part of the drones before, by region */
};

/* Figures that are no count: passengers killed are killed, not aboard. */
static const struct none_case none_cases_counts8b[] = {
	{ 1, 4, 20 },
};

START_TEST(test_claim_counts8b)
{
	check_claim(articles_counts8b, &claim_cases_counts8b[_i]);
}
END_TEST

START_TEST(test_nothing_counts8b)
{
	check_nothing(articles_counts8b, &nothing_cases_counts8b[_i]);
}
END_TEST

START_TEST(test_part_counts8b)
{
	const struct none_case	*c = &part_cases_counts8b[_i];
	struct entities		*e = test_entities();
	struct claim_list	*l = extract(&articles_counts8b[c->article], e);
	size_t			 i;

	for (i = 0; i < l->n; i++)
		ck_assert_msg(l->v[i].sentence != c->sentence ||
		    l->v[i].value != c->value, "count %g in \"%s\"",
		    c->value, articles_counts8b[c->article].s[c->sentence]);
	claims_free(l);
	entities_free(e);
}
END_TEST

START_TEST(test_aboard_counts8b)
{
	const struct none_case	*c = &none_cases_counts8b[_i];
	struct entities		*e = test_entities();
	struct claim_list	*l = extract(&articles_counts8b[c->article], e);
	size_t			 i;

	for (i = 0; i < l->n; i++)
		ck_assert_msg(l->v[i].sentence != c->sentence ||
		    l->v[i].value != c->value ||
		    l->v[i].kind != CLAIM_ABOARD, "aboard %g in \"%s\"",
		    c->value, articles_counts8b[c->article].s[c->sentence]);
	claims_free(l);
	entities_free(e);
}
END_TEST

/*
 * Session 8, round 2, roles: a rank abbreviated with its points ("Maj.
 * Gen. X"), an aside of attribution between the delegation and its verb,
 * a title right after "its" with no comma ("its chief negotiator X"),
 * "X, not Y, would lead" (X leads, Y is named by no claim), "X will lead
 * its delegation" (the side before X, not X's title's body), a side that
 * "will be represented by" a delegation, and "A said ..., while B named X
 * to head its delegation" (B says so, once).
 */
static const struct article_case articles_roles8b[] = {
	/* 0: two states */
	{ { "Atlantis and Borealia will hold talks in Lund on Monday.",
	    "The Boreal side will be represented by a government delegation "
	    "led by Deputy Prime Minister Tor Lindqvist, according to the "
	    "statement.",
	    "Atlantis said its team would be led by deputy cabinet chairman "
	    "Ravi Sen, while Nordhavn named security chief Ola Brekke to head "
	    "its delegation.",
	    "The Atlantian delegation will be headed by Maj. Gen. Ivo Marsh, "
	    "the ministry said.",
	    "The Boreal delegation, according to the foreign ministry, will "
	    "be headed by Lieutenant General Ola Brekke.", NULL } },
	/* 1: a government and an armed group */
	{ { "The government and the Kell Liberation Army (KLA) will hold "
	    "talks in Vesi on Monday.",
	    "Sources told the paper that council member Ana Ruiz, not Per "
	    "Brekke, would lead the government delegation.",
	    "According to the government, army deputy commander Jon Moss "
	    "will lead its delegation.",
	    "The KLA delegation will be headed by its chief negotiator Amir "
	    "Kessler, according to a KLA statement seen by the paper.",
	    "The army named Col. Lars Holm to head its delegation.", NULL } },
};

static const struct claim_case claim_cases_roles8b[] = {
	{ 0, 1, "role", "head of Boreal delegation", 0, "Tor Lindqvist", 0,
	  "statement", "led by Deputy Prime Minister Tor Lindqvist" },
	{ 0, 2, "role", "head of Atlantian team", 0, "Ravi Sen", 0,
	  "Atlantis", "led by deputy cabinet chairman Ravi Sen" },
	{ 0, 2, "role", "head of Boreal delegation", 0, "Ola Brekke", 0,
	  "Nordhavn", "named security chief Ola Brekke" },
	{ 0, 3, "role", "head of Atlantian delegation", 0, "Ivo Marsh", 0,
	  "ministry", "headed by Maj. Gen. Ivo Marsh" },
	{ 0, 4, "role", "head of Boreal delegation", 0, "Ola Brekke", 0,
	  "foreign ministry", "Lieutenant General Ola Brekke" },
	{ 1, 1, "role", "head of government delegation", 0, "Ana Ruiz", 0,
	  "sources", "would lead the government delegation" },
	{ 1, 2, "role", "head of government delegation", 0, "Jon Moss", 0,
	  "government", "Jon Moss will lead its delegation" },
	{ 1, 3, "role", "head of KLA delegation", 0, "Amir Kessler", 0,
	  "KLA statement", "headed by its chief negotiator Amir Kessler" },
	{ 1, 4, "role", "head of army delegation", 0, "Lars Holm", 0, "army",
	  "named Col. Lars Holm" },
};

static const struct absent_case absent_cases_roles8b[] = {
	{ 1, 1, "role", NULL, "Per Brekke" },	/* denied as head */
	{ 1, 1, "role", NULL, "Brekke" },
	{ 0, 2, "role", "head of delegation", NULL },	/* once, sided */
	{ 1, 4, "role", "head of delegation", NULL },
	{ 1, 2, "role", "head of army delegation", NULL },
};

START_TEST(test_claim_roles8b)
{
	check_claim(articles_roles8b, &claim_cases_roles8b[_i]);
}
END_TEST

START_TEST(test_absent_roles8b)
{
	check_absent(articles_roles8b, &absent_cases_roles8b[_i]);
}
END_TEST

/*
 * Session 8, second round: venues of an exchange of prisoners ("the swap
 * will take place in X", "will swap 120 prisoners each in X") and their
 * denials; denials read the right way round ("has denied the statement
 * ... that the talks will be held in X", "Information that ... in X does
 * not correspond to reality", "rejected that, telling ... would be held
 * in Y": Y asserted, the venue of the sentence before denied); a venue
 * after a topic of several words ("talks on ending the dispute in the
 * city of X").
 */
static const struct article_case articles_venues8b[] = {
	/* 0: an exchange, its venue and its denials */
	{ { "Atlantis and Borealia have agreed to exchange 120 prisoners of "
	    "war each, the Atlantian defence ministry said on Sunday.",
	    "The swap will take place in Vesi on Friday, the ministry said.",
	    "Borealia's prisoner office said the exchange would not take "
	    "place in Vesi, denying a statement by the Atlantian ministry.",
	    "Borealia denied Atlantian claims that a prisoner exchange would "
	    "take place in Vesi.",
	    "The ministry said the swap would be held in Vesi on Friday.",
	    NULL } },
	/* 1: an exchange by its verb; an exchange of fire is none */
	{ { "Atlantis and Borealia will swap 120 prisoners of war each in "
	    "Vesi on May 4, the Atlantian defence ministry said.",
	    "The exchange of fire took place in Lumo on Monday, the army "
	    "said.",
	    "The exchange of 40 prisoners took place in Kessa in March.",
	    NULL } },
	/* 2: talks announced, then denied the right way round; an offer
	 * to host them */
	{ { "Atlantis and Borealia will hold talks on ending the border "
	    "dispute in the city of Lumo on May 26, the Atlantian foreign "
	    "ministry said on Sunday.",
	    "The Boreal foreign ministry has denied the statement of the "
	    "Atlantian side that the talks will be held in Lumo.",
	    "\"Information that the meeting of the delegations will take "
	    "place in Lumo on May 26 does not correspond to reality,\" the "
	    "ministry said.",
	    "The Atlantian foreign ministry said the delegations would meet "
	    "in Lumo.",
	    "Borealia's foreign ministry rejected that, telling local media "
	    "the meeting would be held in Kessa on May 28.",
	    "A Tarn spokesperson said Vale was also ready to host the talks "
	    "if both sides agreed." } },
	/* 3: a proposal of a city without "as a venue" */
	{ { "The government announced talks in Vesi for March 4.",
	    "The Tarn Front said there was no agreement on a date and "
	    "proposed the Boreal capital Nordhavn.", NULL } },
	/* 4: "denied it" is no denial of the venue before */
	{ { "Envoys will hold talks in Vesi on Monday, officials said.",
	    "The Tarn Front denied it, saying its fighters had not been "
	    "near the town.", NULL } },
	/* 5: no venue agreed; "no other venue" is none of this */
	{ { "Envoys of Atlantis and Borealia will meet in Vesi next week.",
	    "The Boreal ministry said no venue had been agreed for the new "
	    "round of talks.",
	    "\"No other venue has been agreed,\" the minister said of the "
	    "talks.", NULL } },
};

static const struct claim_case claim_cases_venues8b[] = {
	{ 0, 1, "venue", "prisoner exchange", 0, "Vesi", 0,
	  "Atlantian defence ministry", "swap will take place in Vesi" },
	{ 0, 2, "venue-denied", "prisoner exchange", 0, "Vesi", 0,
	  "Borealia's prisoner office", "would not take place in Vesi" },
	{ 0, 3, "venue-denied", "prisoner exchange", 0, "Vesi", 0,
	  "Borealia", "take place in Vesi" },
	{ 0, 4, "venue", "prisoner exchange", 0, "Vesi", 0,
	  "Atlantian defence ministry", "held in Vesi" },
	{ 1, 0, "venue", "prisoner exchange", 0, "Vesi", 0,
	  "Atlantian defence ministry", "in Vesi" },
	{ 1, 2, "venue", "prisoner exchange", 0, "Kessa", 0, NULL,
	  "took place in Kessa" },
	{ 2, 0, "venue", "talks", 0, "Lumo", 0,
	  "Atlantian foreign ministry", "in the city of Lumo" },
	{ 2, 1, "venue-denied", "talks", 0, "Lumo", 0,
	  "Boreal foreign ministry", "held in Lumo" },
	{ 2, 2, "venue-denied", "meeting", 0, "Lumo", 0,
	  "Boreal foreign ministry", "take place in Lumo" },
	{ 2, 4, "venue", "meeting", 0, "Kessa", 0,
	  "Borealia's foreign ministry", "held in Kessa" },
	{ 2, 4, "venue-denied", "meeting", 0, "Lumo", 0,
	  "Borealia's foreign ministry", "rejected that" },
	{ 2, 5, "venue", "talks proposed by Vale", 0, "Vale", 0,
	  "Tarn spokesperson", "ready to host" },
	{ 3, 1, "venue", "proposed talks", 0, "Nordhavn", 0,
	  "Tarn Front", "proposed the Boreal capital Nordhavn" },
	{ 5, 1, "venue-denied", "talks (new round)", 0, "undecided", 0,
	  "Boreal ministry", "no venue had been agreed" },
};

static const struct absent_case absent_cases_venues8b[] = {
	{ 1, 1, "venue", NULL, "Lumo" },
	{ 0, 2, "venue", NULL, "Vesi" },
	{ 0, 3, "venue", NULL, "Vesi" },
	{ 2, 1, "venue", NULL, "Lumo" },
	{ 2, 2, "venue", NULL, "Lumo" },
	{ 2, 4, "venue-denied", NULL, "Kessa" },
	{ 3, 1, "venue", NULL, "Borealia" },
	{ 4, 1, "venue-denied", NULL, "Vesi" },
	{ 5, 2, "venue-denied", NULL, "undecided" },
};

START_TEST(test_claim_venues8b)
{
	check_claim(articles_venues8b, &claim_cases_venues8b[_i]);
}
END_TEST

START_TEST(test_absent_venues8b)
{
	check_absent(articles_venues8b, &absent_cases_venues8b[_i]);
}
END_TEST

/*
 * Session 8, round 2, times: a prisoner exchange's by its noun ("the swap
 * will take place in X on Friday") and by a verb to come with captives
 * ("will swap 200 prisoners each in X on June 4"), a postponement (the
 * new time, written "postponed to ..."), not an earlier exchange nor "in
 * exchange"; a crush's clock time, "shortly after midnight" among them;
 * the opening of talks as a noun ("the opening is planned for 9 a.m."),
 * not "the opening ceremony"; "the tragedy" is the incident the article
 * named first ("a crush"), not a later one ("a barrier collapsed"); a
 * vehicle that plunges into a gorge is an accident; a time in a denied
 * clause is none ("denied the statement that the talks will be held on
 * May 4", "... does not correspond to reality"), nor "collapsed houses".
 */
static const struct article_case articles_times8b[] = {
	/* 0: a prisoner exchange */
	{ { "Atlantis and Borealia agreed to exchange 200 prisoners of war "
	    "each, the ministry said.",
	    "The swap will take place in Vesi on Friday, the ministry said.",
	    "The two sides will swap 200 prisoners each in Vesi on June 4, "
	    "an official said.",
	    "An aide said the exchange had been postponed until next week.",
	    "The previous exchange took place in May.",
	    "In exchange, the sides will meet envoys on Monday." } },
	/* 1: a crush */
	{ { "A crush at a concert in Vesi killed nine people.",
	    "The crush happened at about 11:10 p.m. local time, police said.",
	    "The tragedy happened shortly after midnight, firefighters said.",
	    "The stampede began at around 22:50, a witness said.",
	    "A metal barrier collapsed as the crowd surged, a guard said.",
	    NULL } },
	/* 2: talks that open */
	{ { "The talks between the two sides will open in Vesi on May 4.",
	    "The opening is planned for 9 a.m. local time, a spokesman said.",
	    "The opening ceremony is set for 8 p.m. in the city hall.",
	    "The talks were pushed back to May 6, the envoy said.",
	    "Atlantis and Borealia will hold talks on ending the clashes in "
	    "the city of Vesi on May 9, the ministry said.", NULL } },
	/* 3: a bus falls */
	{ { "A bus plunged about 150 metres into a gorge near Vesi at around "
	    "2:10 a.m., police said.",
	    "The toll fell into single digits on Monday morning.",
	    "A van fell into a river shortly before midnight on Sunday.",
	    NULL } },
	/* 4: times denied, a participle */
	{ { "The ministry has denied the statement that the talks will be "
	    "held in Vesi on May 4.",
	    "\"Reports that the meeting will take place in Vesi on May 4 do "
	    "not correspond to reality,\" the ministry said.",
	    "The envoy denied the talks had failed and said they would "
	    "resume on Monday.",
	    "Two bodies were recovered from under collapsed houses in Vesi "
	    "on Tuesday afternoon.", NULL } },
};

static const struct claim_case claim_cases_times8b[] = {
	{ 0, 1, "time", "prisoner exchange", 0, "Friday", 0, "ministry",
	  "take place in Vesi on Friday" },
	{ 0, 2, "time", "prisoner exchange", 0, "June 4", 0, "official",
	  "swap 200 prisoners each in Vesi on June 4" },
	{ 0, 3, "time", "prisoner exchange", 0, "postponed to next week", 0,
	  "aide", "postponed until next week" },
	{ 1, 1, "time", "crush", 0, "11:10 p.m.", 1, "police",
	  "happened at about 11:10 p.m." },
	{ 1, 2, "time", "crush", 0, "midnight", 1, "firefighters",
	  "happened shortly after midnight" },
	{ 1, 3, "time", "crush", 0, "22:50", 1, "witness",
	  "began at around 22:50" },
	{ 2, 1, "time", "talks", 0, "9 a.m.", 0, "spokesman",
	  "planned for 9 a.m." },
	{ 2, 3, "time", "talks", 0, "postponed to May 6", 0, "envoy",
	  "pushed back to May 6" },
	{ 2, 4, "time", "talks", 0, "May 9", 0, "ministry",
	  "in the city of Vesi on May 9" },
	{ 3, 0, "time", "accident", 0, "2:10 a.m.", 1, "police",
	  "plunged about 150 metres into a gorge near Vesi at around" },
	{ 3, 2, "time", "accident", 0, "midnight on Sunday", 1, NULL,
	  "fell into a river shortly before midnight on Sunday" },
	{ 4, 2, "time", "talks (new round)", 0, "Monday", 0, "envoy",
	  "resume on Monday" },
};

static const struct absent_case absent_cases_times8b[] = {
	{ 0, 0, "time", NULL, NULL },	/* "agreed to exchange": no time */
	{ 0, 4, "time", NULL, NULL },	/* an earlier exchange */
	{ 0, 5, "time", "prisoner exchange", NULL },	/* "in exchange" */
	{ 2, 2, "time", NULL, NULL },	/* a ceremony's opening */
	{ 3, 1, "time", NULL, NULL },	/* a toll falls into no gorge */
	{ 1, 2, "time", "collapse", NULL },	/* the crush named first */
	/* denied: the time is no one's (round 3: "not May 4" is) */
	{ 4, 0, "time", NULL, "May 4" },
	{ 4, 1, "time", NULL, "May 4" },	/* "does not correspond" */
	{ 4, 3, "time", NULL, NULL },	/* collapsed houses */
};

START_TEST(test_claim_times8b)
{
	check_claim(articles_times8b, &claim_cases_times8b[_i]);
}
END_TEST

START_TEST(test_absent_times8b)
{
	check_absent(articles_times8b, &absent_cases_times8b[_i]);
}
END_TEST

/*
 * Session 8, round 3, counts and times: people "believed to have been on
 * board" or "crammed" into a boat are aboard, never a toll; a total "so
 * far this year" is dated apart from the incident's toll; "at midnight on
 * Sunday" keeps its day; a clock time after a comma past the day ("in the
 * early hours of Monday, at about 04:10 local time").
 */
static const struct article_case articles_counts8c[] = {
	{ { "About 60 people had been on board the dinghy, survivors said.",
	    "Some 65 migrants had been crammed into the vessel, the agency "
	    "said.",
	    "About 70 people were believed to have been on board, the "
	    "charity said.",
	    "At least 30 people died when the dinghy capsized, the navy "
	    "said.",
	    "More than 900 people have died or gone missing on the route so "
	    "far this year, the agency said.",
	    NULL } },
	{ { "The truce is due to start at midnight on Sunday, the ministry "
	    "said.",
	    "The blaze started in the early hours of Monday, at about 04:10 "
	    "local time, in a bakery, police said.",
	    "Some 400 people have drowned since the start of the year, the "
	    "charity said.",
	    NULL } },
};

static const struct claim_case claim_cases_counts8c[] = {
	{ 0, 0, "aboard", "passengers", 60, NULL, 1, "survivors",
	  "60 people" },
	{ 0, 1, "aboard", "passengers", 65, NULL, 1, "agency",
	  "65 migrants" },
	{ 0, 2, "aboard", "passengers", 70, NULL, 1, "charity",
	  "70 people" },
	{ 0, 3, "killed", "people", 30, NULL, 1, "navy", "30 people died" },
	{ 0, 4, "killed", "people (this year)", 900, NULL, 1, "agency",
	  "900 people have died" },
	{ 1, 2, "killed", "people (the year)", 400, NULL, 1, "charity",
	  "400 people have drowned" },
	{ 1, 0, "time", "ceasefire", 0, "midnight on Sunday", 0, "ministry",
	  "start at midnight on Sunday" },
	{ 1, 1, "time", "fire", 0, "04:10", 1, "police",
	  "started in the early hours of Monday, at about 04:10" },
};

static const struct absent_case absent_cases_counts8c[] = {
	{ 0, 0, "killed", NULL, NULL },		/* aboard, no toll */
	{ 0, 2, "killed", NULL, NULL },
	{ 0, 4, "killed", "people", NULL },	/* the year's, apart */
	{ 1, 2, "killed", "people", NULL },
};

/* Session 8, round 3: people rescued, saved or who survived are a count
 * of their own, never a toll; not survivors with injuries. */
static const struct article_case articles_rescued8c[] = {
	{ { "The navy said 31 people had been rescued.",
	    "The charity said 33 migrants survived.",
	    "Officials said 31 survivors were brought to the port.",
	    "Thirty-one people were saved, the mayor said.",
	    "Ten passengers survived with injuries, police said.",
	    NULL } },
};

static const struct claim_case claim_cases_rescued8c[] = {
	{ 0, 0, "rescued", "people", 31, NULL, 0, "navy", "31 people" },
	{ 0, 1, "rescued", "people", 33, NULL, 0, "charity", "33 migrants" },
	{ 0, 2, "rescued", "people", 31, NULL, 0, "officials",
	  "31 survivors" },
	{ 0, 3, "rescued", "people", 31, NULL, 0, "mayor", "Thirty-one" },
};

static const struct absent_case absent_cases_rescued8c[] = {
	{ 0, 0, "killed", NULL, NULL },
	{ 0, 1, "killed", NULL, NULL },
	{ 0, 4, "rescued", NULL, NULL },	/* the injured */
};

START_TEST(test_claim_rescued8c)
{
	check_claim(articles_rescued8c, &claim_cases_rescued8c[_i]);
}
END_TEST

START_TEST(test_absent_rescued8c)
{
	check_absent(articles_rescued8c, &absent_cases_rescued8c[_i]);
}
END_TEST

/* Session 8, round 3: a vessel that "had gone down" sank, with its clock
 * time ("shortly after midnight"); "the overturned hull" in a caption is
 * no sinking. */
static const struct article_case articles_times8c[] = {
	{ { "A boat carrying migrants sank off Velmora, the navy said.",
	    "The charity said the boat had in fact gone down shortly before "
	    "midnight.",
	    "The overturned hull of the boat photographed by a patrol plane "
	    "on Sunday morning.",
	    NULL } },
};

static const struct claim_case claim_cases_times8c[] = {
	{ 0, 1, "time", "sinking", 0, "midnight", 1, "charity",
	  "gone down shortly before midnight" },
};

static const struct absent_case absent_cases_times8c[] = {
	{ 0, 2, "time", NULL, NULL },
};

START_TEST(test_claim_times8c)
{
	check_claim(articles_times8c, &claim_cases_times8c[_i]);
}
END_TEST

START_TEST(test_absent_times8c)
{
	check_absent(articles_times8c, &absent_cases_times8c[_i]);
}
END_TEST

/* Session 8, round 3: floors destroyed, in words, past "of the
 * building", and the part of a whole ("four of the tower's nine floors");
 * a "9-storey" block is no count. */
static const struct article_case articles_floors8c[] = {
	{ { "Five floors of the tower were gutted, the city said.",
	    "Four of the tower's nine floors were completely burnt, officials "
	    "said.",
	    "A blaze swept through a 9-storey tower in Velmora, killing three "
	    "people, police said.",
	    NULL } },
};

static const struct claim_case claim_cases_floors8c[] = {
	{ 0, 0, "destroyed", "floors", 5, NULL, 0, "city", "Five floors" },
	{ 0, 1, "destroyed", "floors", 4, NULL, 0, "officials", "Four" },
	{ 0, 2, "killed", "people", 3, NULL, 0, "police", "three people" },
};

static const struct absent_case absent_cases_floors8c[] = {
	{ 0, 2, "destroyed", NULL, NULL },
	{ 0, 2, "missing", NULL, NULL },
};

START_TEST(test_claim_floors8c)
{
	check_claim(articles_floors8c, &claim_cases_floors8c[_i]);
}
END_TEST

START_TEST(test_absent_floors8c)
{
	check_absent(articles_floors8c, &absent_cases_floors8c[_i]);
}
END_TEST

/* Session 8, round 3: a time denied is the time denied ("not Thursday"),
 * no one's time. */
static const struct article_case articles_denied8c[] = {
	{ { "The union leader denied that the talks would begin on "
	    "Thursday, saying no date had been agreed.",
	    NULL } },
};

static const struct claim_case claim_cases_denied8c[] = {
	{ 0, 0, "time", "talks", 0, "not Thursday", 0, "union leader",
	  "talks would begin on Thursday" },
};

static const struct absent_case absent_cases_denied8c[] = {
	{ 0, 0, "time", NULL, "Thursday" },
};

START_TEST(test_claim_denied8c)
{
	check_claim(articles_denied8c, &claim_cases_denied8c[_i]);
}
END_TEST

START_TEST(test_absent_denied8c)
{
	check_absent(articles_denied8c, &absent_cases_denied8c[_i]);
}
END_TEST

START_TEST(test_claim_counts8c)
{
	check_claim(articles_counts8c, &claim_cases_counts8c[_i]);
}
END_TEST

START_TEST(test_absent_counts8c)
{
	check_absent(articles_counts8c, &absent_cases_counts8c[_i]);
}
END_TEST

/*
 * Session 8, round 2, speakers: a noun phrase with an "of" complement is
 * the whole phrase, not its last word ("the military police of Rio Kell
 * do Norte", "the organisers of the event", "the governor of Tarn
 * Province"), "for the" inside a body's name ("the Headquarters for the
 * Treatment of Prisoners"), and the outlet that saw a statement is not its
 * speaker; "a diplomat in Lund", "relatives at the scene" are the people,
 * not the place; "according to the statement" is whoever gave it, and
 * "the ministry" the ministry named before.
 */
static const struct article_case articles_says8b[] = {
	{ { "The military police of Rio Kell do Norte said seven people had "
	    "been killed.",
	    "The organisers of the event told the paper that four people "
	    "remain missing.",
	    "The governor of Tarn Province said 12 people died.",
	    "The Coordination Headquarters for the Treatment of Prisoners "
	    "said 14 people died.",
	    "Sixteen people died, according to a report seen by the paper.",
	    "Deputy Chairman of the Cabinet Jon Berg said 18 people died." } },
	{ { "A diplomat in Lund told the paper that 20 people died.",
	    "Relatives at the scene said 22 people were missing.", NULL } },
	{ { "The Boreal Foreign Ministry said in a statement that the talks "
	    "would open in Vesi on May 4.",
	    "The Boreal delegation will be led by Ivo Marsh, according to "
	    "the statement.",
	    "Twelve people were injured in the clashes, the ministry said.",
	    NULL } },
};

static const struct claim_case claim_cases_says8b[] = {
	{ 0, 0, "killed", "people", 7, NULL, 0,
	  "military police of Rio Kell do Norte", "seven people" },
	{ 0, 1, "missing", "people", 4, NULL, 0, "organisers of the event",
	  "four people remain missing" },
	{ 0, 2, "killed", "people", 12, NULL, 0, "governor of Tarn Province",
	  "12 people died" },
	{ 0, 3, "killed", "people", 14, NULL, 0,
	  "Coordination Headquarters for the Treatment of Prisoners",
	  "14 people died" },
	{ 0, 4, "killed", "people", 16, NULL, 0, "report",
	  "Sixteen people died" },
	{ 0, 5, "killed", "people", 18, NULL, 0, "Jon Berg",
	  "18 people died" },
	{ 1, 0, "killed", "people", 20, NULL, 0, "diplomat in Lund",
	  "20 people died" },
	{ 1, 1, "missing", "people", 22, NULL, 0, "relatives at the scene",
	  "22 people were missing" },
	{ 2, 1, "role", "head of Boreal delegation", 0, "Ivo Marsh", 0,
	  "Boreal Foreign Ministry", "led by Ivo Marsh" },
	{ 2, 2, "injured", "people", 12, NULL, 0, "Boreal Foreign Ministry",
	  "Twelve people were injured" },
};

START_TEST(test_claim_says8b)
{
	check_claim(articles_says8b, &claim_cases_says8b[_i]);
}
END_TEST

/*
 * Session 8, round 3, venues: "in X, not Y" near talks (a denial of Y),
 * an accord "signed in X" after the fact, and a name with "of" inside it;
 * a delegation that "had been headed by" someone; "will meet the union in
 * X" (a side by its noun, not "the families"); "denied that any meeting
 * had been agreed in X"; "army delegation chief Gen. X"; "it said" after
 * a body spoke; "X, who will lead the union's team"; "would only
 * negotiate in X".
 */
static const struct article_case articles_venues8c[] = {
	/* 0: a side says where it talked and where it did not */
	{ { "Envoys of Tarn and Borealia signed a truce, the host said.",
	    "The Tarn Front said it had held \"contacts\" in Vesi, not Lumo, "
	    "and had signed nothing.",
	    "The host said the accord was signed in Lumo by both envoys.",
	    NULL } },
	/* 1: the same shape without talks */
	{ { "The storm hit hardest in Vesi, not Lumo, forecasters said.",
	    NULL } },
	/* 2: a venue whose name has "of" inside it */
	{ { "The talks will be held at the Tarn Institute of Trade in Vesi, "
	    "the ministry said.", NULL } },
	/* 3: a head past "had been" */
	{ { "Envoys of Borealia held talks in Vesi.",
	    "The Boreal delegation had been headed by Ivo Marsh, an official "
	    "said.", NULL } },
	/* 4: a side by its noun in a quote */
	{ { "Talks between the ministry and the nurses' union stalled.",
	    "\"We will meet the union in Kessa on Friday,\" Ola Vik said.",
	    "\"We will meet the families in Lumo,\" Vik added.", NULL } },
	/* 5: a denial in reported speech of a meeting "agreed in X" */
	{ { "Envoys will hold talks in Vesi on Monday, the ministry said.",
	    "The Tarn Front denied that any meeting had been agreed in Vesi.",
	    NULL } },
	/* 6: the office before the name */
	{ { "The truce was signed by army delegation chief Gen. Ola Vik, the "
	    "host said.",
	    "The delegation chief said the talks had gone well.", NULL } },
	/* 7: "it said", the body that spoke before */
	{ { "The Boreal Nurses Union said talks with the ministry would "
	    "resume on Monday.",
	    "The union's delegation will be headed by Ivo Marsh, it said.",
	    "Ola Vik, who will lead the ministry's team, declined to "
	    "comment.", NULL } },
	/* 8: "would only negotiate in X" */
	{ { "Talks between the ministry and the nurses' union stalled.",
	    "The union said it would only negotiate in Vesi.",
	    "The ministry said it would only negotiate in good faith.",
	    NULL } },
};

static const struct claim_case claim_cases_venues8c[] = {
	{ 0, 1, "venue-denied", "talks", 0, "Lumo", 0, "Tarn Front",
	  "not Lumo" },
	{ 0, 2, "venue", "signing", 0, "Lumo", 0, "host",
	  "signed in Lumo" },
	{ 2, 0, "venue", "talks", 0, "Tarn Institute of Trade", 0,
	  "ministry", "Tarn Institute of Trade" },
	{ 3, 1, "role", "head of Boreal delegation", 0, "Ivo Marsh", 0,
	  "official", "headed by Ivo Marsh" },
	{ 4, 1, "venue", "talks", 0, "Kessa", 0, "Ola Vik",
	  "meet the union in Kessa" },
	{ 5, 1, "venue-denied", "meeting", 0, "Vesi", 0, "Tarn Front",
	  "agreed in Vesi" },
	{ 6, 0, "role", "head of army delegation", 0, "Ola Vik", 0, "host",
	  "army delegation chief Gen. Ola Vik" },
	{ 7, 1, "role", "head of union delegation", 0, "Ivo Marsh", 0,
	  "Boreal Nurses Union", "headed by Ivo Marsh" },
	{ 7, 2, "role", "head of ministry delegation", 0, "Ola Vik", 0,
	  "Ola Vik", "lead the ministry's team" },
	{ 8, 1, "venue", "talks", 0, "Vesi", 0, "union",
	  "negotiate in Vesi" },
};

static const struct absent_case absent_cases_venues8c[] = {
	{ 0, 1, "venue-denied", NULL, "Vesi" },
	{ 1, 0, "venue-denied", NULL, "Lumo" },
	{ 2, 0, "venue", NULL, "Tarn Institute" },
	{ 4, 2, "venue", NULL, "Lumo" },
};

/* No claim at all in these sentences: an office with no name after it,
 * "negotiate in good faith". */
static const struct nothing_case nothing_cases_venues8c[] = {
	{ 6, 1 },
	{ 8, 2 },
};

START_TEST(test_claim_venues8c)
{
	check_claim(articles_venues8c, &claim_cases_venues8c[_i]);
}
END_TEST

START_TEST(test_absent_venues8c)
{
	check_absent(articles_venues8c, &absent_cases_venues8c[_i]);
}
END_TEST

START_TEST(test_nothing_venues8c)
{
	check_nothing(articles_venues8c, &nothing_cases_venues8c[_i]);
}
END_TEST

/*
 * Session 9, roles: a title hyphenated with "vice-" before the name
 * ("led by former Boreal vice-president X"); talks, a mediation and its
 * panel "led by" or "chaired by" someone, headed like a team (not "the
 * delegation at the talks was led by": the delegation's); "X will
 * lead Atlantis's team" at talks, the side before its team.
 */
static const struct article_case articles_roles9[] = {
	{ { "Atlantis and Borealia will hold talks in Vesi on May 4.",
	    "The talks will be led by former Boreal vice-president Ola Vik, "
	    "who heads a team of envoys, the ministry said.",
	    "The Lumo Community mediation panel is led by former Atlantian "
	    "vice-chairman Ivo Marsh, the government said.",
	    "An official in Lumo said the mediation would be chaired by "
	    "Borealia's former president Tor Lund, with Ola Vik as his deputy.",
	    "Defence Minister Jon Berg will lead Atlantis's team, which "
	    "includes two generals.", NULL } },
	{ { "The storm hit Vesi on Monday, forecasters said.",
	    "The relief effort will be led by the army, officials said.",
	    NULL } },
	/* a mediator of a country heads no side's team */
	{ { "Atlantis and Borealia will hold talks in Vesi on May 4.",
	    "An official in Nordhavn said the mediation would be chaired by "
	    "Borealia's former president Tor Lund.",
	    "The Boreal delegation at the talks was led by presidential aide "
	    "Ivo Marsh, the ministry said.", NULL } },
};

static const struct claim_case claim_cases_roles9[] = {
	{ 0, 1, "role", "head of team", 0, "Ola Vik", 0, "ministry",
	  "led by former Boreal vice-president Ola Vik" },
	{ 0, 2, "role", "head of team", 0, "Ivo Marsh", 0, "government",
	  "led by former Atlantian vice-chairman Ivo Marsh" },
	{ 0, 3, "role", "head of team", 0, "Tor Lund", 0, "official in Lumo",
	  "chaired by Borealia's former president Tor Lund" },
	{ 0, 4, "role", "head of Atlantian delegation", 0, "Jon Berg", 0,
	  "Jon Berg", "Jon Berg will lead Atlantis's team" },
	{ 2, 1, "role", "head of team", 0, "Tor Lund", 0,
	  "official in Nordhavn", "chaired by Borealia's former president" },
	{ 2, 2, "role", "head of Boreal delegation", 0, "Ivo Marsh", 0,
	  "ministry", "led by presidential aide Ivo Marsh" },
};

static const struct absent_case absent_cases_roles9[] = {
	{ 1, 1, "role", NULL, NULL },
	{ 2, 2, "role", "head of team", NULL },
};

START_TEST(test_claim_roles9)
{
	check_claim(articles_roles9, &claim_cases_roles9[_i]);
}
END_TEST

START_TEST(test_absent_roles9)
{
	check_absent(articles_roles9, &absent_cases_roles9[_i]);
}
END_TEST

/*
 * Session 9, venues: a venue not agreed ("has never agreed to X",
 * "Nobody has agreed on X", "denies that X has been agreed as the
 * venue"), a proposal "put forward", a place name with "of" after a noun
 * of places or a particle inside it ("Port of Lumo", "Rio de Kessa"),
 * and a "news conference" that is no event of the story; "not agreed
 * to hold mediation talks in X"; "the capital, X" of a capital the
 * tables know (not "the capital, Reuters said"); "had not agreed to any
 * venue" (no venue decided, for that side); "had proposed X or Y" of
 * two cities the tables know (test_proposed_pair9); a gulf or a bay named
 * with "of" is no
 * place of the people counted in it; an agreement
 * without a negation, and "Borealia has never agreed" (the side, no
 * place), are no venue.
 */
static const struct article_case articles_venues9[] = {
	{ { "Atlantis and Borealia will hold a new round of talks in Vesi on "
	    "May 4, the Atlantian ministry said.",
	    "The Boreal foreign ministry denies that Vesi has been agreed as "
	    "the venue for the next round.",
	    "\"Borealia has never agreed to Vesi; we have proposed Port of "
	    "Lumo,\" said Foreign Minister Ivo Marsh.",
	    "Marsh told a news conference in Kessa that Borealia had never "
	    "agreed to Vesi and had put forward Port of Lumo.",
	    "\"Nobody has agreed on Vesi.",
	    "We will not go there,\" Marsh said." } },
	{ { "The union and the ministry will resume talks on Monday.",
	    "The union has agreed to Vesi, its leader said.",
	    "The talks will be held in Rio de Kessa, officials said.",
	    "The talks will not be held in the port of Lumo.",
	    "The Tarn Front says it has not agreed to hold mediation talks in "
	    "Vesi, contradicting the ministry in Vesi.", NULL } },
	{ { "At least 18 fishermen are missing in the Bay of Kell.", NULL } },
	/* 3: "the capital, X" for a capital the tables know */
	{ { "The opposition rejected the government's announcement that "
	    "mediation talks will take place in the capital, Nordhavn, saying "
	    "no venue has been agreed.",
	    "The talks will be held in the capital, Reuters said.", NULL } },
	/* 4: no venue agreed by one side */
	{ { "The government says talks will open in Vesi on December 1.",
	    "But opposition spokesman Jon Berg said the opposition had not "
	    "agreed to any venue.",
	    "The union has agreed to a venue, officials said.", NULL } },
	/* 5: a proposal of two cities the tables know (not one, nor one
	 * of a city it does not know) */
	{ { "Atlantis and Borealia will hold talks on May 4.",
	    "Jon Berg said the party had proposed Nordhavn or Vesi.",
	    "Jon Berg proposed Borealia as a mediator.",
	    "Jon Berg said the party had proposed Nordhavn.", NULL } },
};

static const struct claim_case claim_cases_venues9[] = {
	{ 0, 1, "venue-denied", "talks (new round)", 0, "Vesi", 0,
	  "Boreal foreign ministry", "Vesi has been agreed" },
	{ 0, 2, "venue-denied", "talks (new round)", 0, "Vesi", 0,
	  "Ivo Marsh", "never agreed to Vesi" },
	{ 0, 2, "venue", "proposed talks (new round)", 0, "Port of Lumo", 0,
	  "Ivo Marsh", "proposed Port of Lumo" },
	{ 0, 3, "venue-denied", "talks (new round)", 0, "Vesi", 0,
	  "Ivo Marsh", "never agreed to Vesi" },
	{ 0, 3, "venue", "proposed talks (new round)", 0, "Port of Lumo", 0,
	  "Ivo Marsh", "put forward Port of Lumo" },
	{ 0, 4, "venue-denied", "talks (new round)", 0, "Vesi", 0,
	  "Ivo Marsh", "Nobody has agreed on Vesi" },
	{ 1, 2, "venue", "talks (new round)", 0, "Rio de Kessa", 0,
	  "officials", "Rio de Kessa" },
	{ 1, 3, "venue-denied", "talks (new round)", 0, "Lumo", 0, NULL,
	  "port of Lumo" },
	{ 1, 4, "venue-denied", "talks", 0, "Vesi", 0,
	  "Tarn Front", "talks in Vesi" },
	{ 2, 0, "missing", "people", 18, NULL, 1, NULL, "18 fishermen" },
	{ 3, 0, "venue-denied", "talks", 0, "Nordhavn", 0, NULL,
	  "the capital, Nordhavn" },
	{ 4, 1, "venue-denied", "talks", 0, "undecided", 0, "Jon Berg",
	  "agreed to any venue" },

};

static const struct absent_case absent_cases_venues9[] = {
	{ 0, 2, "venue-denied", NULL, "Borealia" },
	{ 0, 2, "venue", NULL, "Lumo" },
	{ 0, 3, "venue", "proposed conference", NULL },
	{ 0, 3, "venue-denied", NULL, "Kessa" },
	{ 1, 1, "venue-denied", NULL, NULL },
	{ 1, 2, "venue", NULL, "Kessa" },
	{ 1, 4, "venue", NULL, "Vesi" },
	{ 3, 1, "venue", NULL, NULL },
	{ 4, 2, "venue-denied", NULL, NULL },
	{ 5, 1, "venue", NULL, NULL },
	{ 5, 2, "venue", NULL, NULL },
	{ 5, 3, "venue", NULL, NULL },
};

START_TEST(test_claim_venues9)
{
	check_claim(articles_venues9, &claim_cases_venues9[_i]);
}
END_TEST

START_TEST(test_absent_venues9)
{
	check_absent(articles_venues9, &absent_cases_venues9[_i]);
}
END_TEST

/*
 * Session 9, counts: people who left their homes are evacuated ("have
 * left their homes", "had to leave their homes", "were ordered out of
 * their homes", "forcing 900 residents from their homes"); people who
 * left something else are not; houses "buried", "sweeping away 27
 * houses", "burying 16 homes" are destroyed (people buried are no such
 * count); people "treated for breathing difficulties" are injured, not
 * those "treated for free"; a rate ("every year", "annually") is dated
 * apart from the story's toll, not a stay "for a year"; people "pulled
 * alive" or "rescued" with the verb before the figure are rescued, not
 * people or bodies "pulled from" the debris; the toll of a disaster "13
 * years after" which, or "since July 2013, when", this one comes is dated
 * apart (not "three days after the derailment, in which").
 */
static const struct article_case articles_counts9[] = {
	{ { "A tanker train derailed near Vesi, forcing about 900 residents "
	    "from their homes, police said.",
	    "About 1,400 residents have now left their homes, the mayor said.",
	    "Some 1,500 people had to leave their homes, according to the "
	    "town.",
	    "Officials say about 900 villagers have been ordered out of their "
	    "homes.",
	    "About 300 residents left the meeting early, the mayor said.",
	    NULL } },
	/* things buried or swept away; people treated for an ailment */
	{ { "The mudslide hit at dawn, sweeping away 27 houses, Ola Vik "
	    "said.",
	    "Ivo Marsh told the paper that 41 houses were buried and that 13 "
	    "people were being treated for injuries.",
	    "A second slide struck on Monday, burying 16 homes.",
	    "Nineteen people are being treated for breathing difficulties, "
	    "the clinic said.",
	    "Ten people were treated for free at the clinic.",
	    "The mudslide buried eight people." } },
	/* rates are no incident's count: dated apart */
	{ { "A landslide killed 14 people in Vesi on Sunday.",
	    "Floods and landslides kill hundreds of people in Borealia every "
	    "year.",
	    "Road accidents kill about 1,200 people annually.",
	    "Rescuers worked for a year and found 12 people dead.", NULL } },
	/* people rescued, the verb before the figure */
	{ { "A mudslide buried homes in Vesi on Sunday, killing 14 people.",
	    "Rescuers pulled seven people alive from the debris, an army "
	    "spokesman said.",
	    "The army said it had rescued 11 people alive by Sunday evening.",
	    "Rescuers pulled six people from the debris.",
	    "Rescuers pulled 12 bodies from the mud.", NULL } },
	/* an earlier disaster's toll in a sentence about this one */
	{ { "Two people were killed when a train derailed in Vesi on Sunday.",
	    "The derailment comes 13 years after the Lumo disaster, in which "
	    "a runaway oil train exploded and killed 47 people.",
	    "It is the worst in the province since July 2013, when a runaway "
	    "train exploded in Lumo, killing 47 people.",
	    "Three days after the derailment, in which two people died, the "
	    "line is still closed.", NULL } },
	/* 5: people evacuated in more forms; an explosion's clock time past
	 * a relative clause, and by "ripped through" */
	{ { "Nearly 2,000 people from two villages were shifted to storm "
	    "shelters as a precaution.",
	    "Authorities evacuated about 2,000 residents of two nearby "
	    "villages, officials said.",
	    "More than 3,500 people living near the factory were moved out "
	    "of their homes overnight.",
	    "Across the river, authorities in Lumo evacuated about 900 "
	    "people.",
	    "The blast hit the Vesi Chemicals plant, which makes solvents, at "
	    "around 11:45 a.m. (0615 GMT), police said.",
	    "The explosion ripped through the plant at about 10:30 local "
	    "time, officials said.",
	    "The number of people killed in Borealia's overnight attack on "
	    "Vesi has risen to nine.",
	    "Vesi, a rail hub with about 230,000 residents, lies near the "
	    "border.",
	    "Lumo, a town with 3 hospitals, was hit too.", NULL } },
	/* 6: a quake's clock time by "It", by "was felt" and past a
	 * clause in commas */
	{ { "A strong earthquake struck the Vesi hills on Tuesday.",
	    "It hit at 4:52 a.m. local time, the survey said.",
	    "The tremor was felt at 4:52am in Lumo.",
	    "The magnitude 6.1 quake, centred 35 km north of Lumo, hit at "
	    "4:52 a.m. while families slept.",
	    "Residents felt at home again by noon.",
	    "The injury toll rose to 21, the hospital said.", NULL } },
	/* 7: a swap told done: its day, its venue by "handover", "carried
	 * out in" and "changed hands at"; an earlier one's day is none */
	{ { "Atlantis and Borealia exchanged prisoners of war on Saturday, "
	    "the ministry said.",
	    "The handover took place in the border city of Vesi, it said.",
	    "The exchange was carried out in Kessa, a spokesman said.",
	    "The prisoners changed hands at the Lumo crossing, the army said.",
	    "They previously exchanged prisoners of war on Friday.",
	    "The ministry thanked Switzerland for brokering the deal.",
	    "The prisoners were freed through the mediation of Atlantis and "
	    "Finland, it said.",
	    "The coach thanked the fans for their support.", NULL } },
	/* 8: a mine's collapse: its time by "took place" and "cave-in",
	 * miners searched for, brought out alive, at the surface */
	{ { "A coal mine collapsed near Vesi on Tuesday.",
	    "The collapse took place at 03:15 local time, the ministry said.",
	    "The cave-in happened at about 2:40 a.m., officials said.",
	    "Rescuers were still searching for 18 miners.",
	    "84 miners had been brought out alive.",
	    "77 miners have reached the surface.",
	    "Police are searching for 3 suspects.",
	    "The toll rose as two more miners died on Wednesday.",
	    "A commission headed by Deputy Prime Minister Ivo Sand was formed "
	    "to look into the cause.",
	    "The government set up an inquiry led by the chief district "
	    "officer, Ana Ruiz.",
	    "The organising committee, headed by Ann Lee, met on Monday.",
	    "The president put Deputy Prime Minister Jon Moss in charge of "
	    "the rescue.",
	    "Part of the roof came down at 02:40 local time, officials said.",
	    NULL } },
};

static const struct claim_case claim_cases_counts9[] = {
	{ 0, 0, "population", "people evacuated", 900, NULL, 1, "police",
	  "900 residents from their homes" },
	{ 0, 1, "population", "people evacuated", 1400, NULL, 1, "mayor",
	  "1,400 residents have now left their" },
	{ 0, 2, "population", "people evacuated", 1500, NULL, 1, "town",
	  "1,500 people had to leave" },
	{ 0, 3, "population", "people evacuated", 900, NULL, 1, "officials",
	  "900 villagers have been ordered out" },
	{ 1, 0, "destroyed", "homes", 27, NULL, 0, "Ola Vik",
	  "sweeping away 27 houses" },
	{ 1, 1, "destroyed", "homes", 41, NULL, 0, "Ivo Marsh",
	  "41 houses were buried" },
	{ 1, 1, "injured", "people", 13, NULL, 0, "Ivo Marsh",
	  "13 people were being treated" },
	{ 1, 2, "destroyed", "homes", 16, NULL, 0, NULL, "burying 16 homes" },
	{ 1, 3, "injured", "people", 19, NULL, 0, "clinic",
	  "Nineteen people are being treated for breathing difficulties" },
	{ 2, 0, "killed", "people in Vesi", 14, NULL, 0, NULL,
	  "killed 14 people" },
	{ 2, 1, "killed", "people (every year)", 100, NULL, 1,
	  NULL, "kill hundreds" },
	{ 2, 2, "killed", "people (annually)", 1200, NULL, 1, NULL,
	  "1,200 people" },
	{ 2, 3, "killed", "people", 12, NULL, 0, NULL, "12 people dead" },
	{ 3, 1, "rescued", "people", 7, NULL, 0, "army spokesman",
	  "pulled seven people alive" },
	{ 3, 2, "rescued", "people", 11, NULL, 0, "army",
	  "rescued 11 people alive" },
	{ 4, 1, "killed", "people (earlier)", 47, NULL, 0, NULL,
	  "killed 47 people" },
	{ 4, 2, "killed", "people (2013)", 47, NULL, 0, NULL,
	  "killing 47 people" },
	{ 4, 3, "killed", "people", 2, NULL, 0, NULL, "two people died" },
	{ 5, 0, "population", "people evacuated", 2000, NULL, 1, NULL,
	  "were shifted to storm shelters" },
	{ 5, 1, "population", "people evacuated", 2000, NULL, 1, "officials",
	  "evacuated about 2,000 residents" },
	{ 5, 2, "population", "people evacuated", 3500, NULL, 1, NULL,
	  "3,500 people living near" },
	{ 5, 4, "time", "explosion", 0, "11:45 a.m.", 1, "police",
	  "11:45" },
	{ 5, 5, "time", "explosion", 0, "10:30", 1, "officials", "10:30" },
	/* the attacker's country is not where the dead are */
	{ 5, 6, "killed", "people", 9, NULL, 0, NULL, "nine" },
	{ 5, 7, "population", "Vesi", 230000, NULL, 1, NULL, "230,000" },
	{ 6, 1, "time", "earthquake", 0, "4:52 a.m.", 0, "survey", "4:52" },
	{ 6, 2, "time", "earthquake", 0, "4:52am", 0, NULL, "4:52am" },
	{ 6, 3, "time", "earthquake", 0, "4:52 a.m.", 0, NULL, "4:52" },
	/* an injury toll counts the injured */
	{ 6, 5, "injured", "people", 21, NULL, 0, "hospital", "21" },
	{ 7, 0, "time", "prisoner exchange", 0, "Saturday", 0, "ministry",
	  "on Saturday" },
	{ 7, 1, "venue", "prisoner exchange", 0, "Vesi", 0, "ministry",
	  "Vesi" },
	{ 7, 2, "venue", "prisoner exchange", 0, "Kessa", 0, "spokesman",
	  "Kessa" },
	{ 7, 3, "venue", "prisoner exchange", 0, "Lumo crossing", 0, "army",
	  "Lumo" },
	{ 8, 1, "time", "collapse", 0, "03:15", 0, "ministry", "03:15" },
	{ 8, 2, "time", "collapse", 0, "2:40 a.m.", 1, "officials", "2:40" },
	{ 8, 3, "missing", "people", 18, NULL, 0, NULL, "18 miners" },
	{ 8, 4, "rescued", "people", 84, NULL, 0, NULL, "84 miners" },
	{ 8, 5, "rescued", "people", 77, NULL, 0, NULL, "77 miners" },
	/* who leads an inquiry: a body set up to investigate, a person
	 * past the titles */
	{ 8, 8, "role", "head of investigation", 0, "Ivo Sand", 0, NULL,
	  "headed by" },
	{ 8, 9, "role", "head of investigation", 0, "Ana Ruiz", 0,
	  "government", "led by" },
	{ 8, 11, "role", "head of rescue operation", 0, "Jon Moss", 0,
	  "president", "in charge" },
	{ 8, 12, "time", "collapse", 0, "02:40", 0, "officials", "02:40" },
	/* who mediated, by a verb or "the mediation of" */
	{ 7, 5, "role", "mediators", 0, "Switzerland", 0, "ministry",
	  "thanked Switzerland" },
	{ 7, 6, "role", "mediators", 0, "Atlantis and Finland", 0, NULL,
	  "mediation of" },
};

static const struct absent_case absent_cases_counts9[] = {
	/* another place's evacuation, named by its doer */
	{ 5, 3, "population", NULL, NULL },
	/* a place "with" things that are no people */
	{ 5, 8, "population", NULL, NULL },
	/* "felt" with no passive is no incident's time */
	{ 6, 4, "time", NULL, NULL },
	/* an earlier swap's day */
	{ 7, 4, "time", NULL, NULL },
	/* thanks for no mediation */
	{ 7, 7, "role", NULL, NULL },
	/* suspects searched for are no one missing */
	{ 8, 6, "missing", NULL, NULL },
	/* an increment is no toll */
	{ 8, 7, "killed", NULL, NULL },
	/* a committee that investigates nothing */
	{ 8, 10, "role", NULL, NULL },
	{ 0, 4, "population", NULL, NULL },
	{ 1, 4, "injured", NULL, NULL },
	{ 1, 5, "destroyed", NULL, NULL },
	{ 3, 3, "rescued", NULL, NULL },
	{ 3, 4, "rescued", NULL, NULL },
};

START_TEST(test_claim_counts9)
{
	check_claim(articles_counts9, &claim_cases_counts9[_i]);
}
END_TEST

START_TEST(test_absent_counts9)
{
	check_absent(articles_counts9, &absent_cases_counts9[_i]);
}
END_TEST

/*
 * Session 9, times of what is planned besides talks: a search "called
 * off at dusk on Monday", a line "to reopen on Tuesday at the earliest",
 * "the reopening of the line before Thursday" (Thursday), with the thing
 * in the subject; no time without a day ("suspended for the night").
 * Talks on a topic "in Vesi, Tarn, starting on December 3" are in Vesi
 * from that day; talks "on the war in Lumo, Tarn" with no day are not.
 * "The first round", subject of its clause near talks, is the talks'
 * ("was more likely to begin on December 3", "will not begin before
 * January": the month alone), not a round someone "won"; talks "over
 * the disputed election" that open on a day do, the election does not.
 */
static const struct article_case articles_times9[] = {
	{ { "An army spokesman told the paper that the search would be "
	    "called off at dusk on Monday unless more survivors were found.",
	    "Ola Vik said the search would be called off on Tuesday.",
	    "The operator said it expected the line between Vesi and Lumo "
	    "City to reopen on Tuesday at the earliest.",
	    "The operator does not expect the reopening of the line before "
	    "Thursday, a spokeswoman told the paper.",
	    "The search was suspended for the night.", NULL } },
	/* a venue after a topic, placed in its country, with its start */
	{ { "Atlantis and Borealia will hold a new round of talks on their "
	    "disputed river border in Vesi, Tarn, starting on December 3, "
	    "the Atlantian ministry said.",
	    "Ministers held talks on the war in Lumo, Tarn, which killed 20.",
	    NULL } },
	/* a round of the talks, its start hedged or "not before" a month */
	{ { "The government says talks will open in Vesi on December 1.",
	    "The official said the first round was more likely to begin on "
	    "December 3.",
	    "Ola Vik said the round will not begin before January.",
	    "He won the first round on Sunday.", NULL } },
	/* an event that is the topic of the talks has no time of theirs */
	{ { "The government said Sunday that talks to end a six-week crisis "
	    "over October's disputed presidential election would open in "
	    "Vesi on December 1.",
	    "The election will be held on May 4.", NULL } },
};

static const struct claim_case claim_cases_times9[] = {
	{ 0, 0, "time", "search called off", 0, "Monday", 0, "army spokesman",
	  "called off at dusk on Monday" },
	{ 0, 1, "time", "search called off", 0, "Tuesday", 0, "Ola Vik",
	  "search would be called off on Tuesday" },
	{ 0, 2, "time", "line reopening", 0, "Tuesday", 0, "operator",
	  "line between Vesi and Lumo City to reopen on Tuesday" },
	{ 0, 3, "time", "line reopening", 0, "Thursday", 0, "spokeswoman",
	  "reopening of the line before Thursday" },
	{ 1, 0, "venue", "talks (new round)", 0, "Vesi", 0,
	  "Atlantian ministry", "border in Vesi" },
	{ 1, 0, "time", "talks (new round)", 0, "December 3", 0,
	  "Atlantian ministry", "starting on December 3" },
	{ 2, 1, "time", "talks (first round)", 0, "December 3", 0,
	  "official", "round was more likely to begin on December 3" },
	{ 2, 2, "time", "talks (first round)", 0, "January", 0, "Ola Vik",
	  "round will not begin before January" },
	{ 3, 0, "time", "talks", 0, "December 1", 0, "government",
	  "on December 1" },
	{ 3, 1, "time", "election", 0, "May 4", 0, NULL, "on May 4" },
};

static const struct absent_case absent_cases_times9[] = {
	{ 0, 4, "time", NULL, NULL },
	{ 1, 1, "venue", NULL, NULL },
	{ 2, 3, "time", NULL, NULL },
	{ 3, 0, "time", "election", NULL },
};

START_TEST(test_claim_times9)
{
	check_claim(articles_times9, &claim_cases_times9[_i]);
}
END_TEST

START_TEST(test_absent_times9)
{
	check_absent(articles_times9, &absent_cases_times9[_i]);
}
END_TEST

/*
 * Session 9, who leads an investigation: the body that speaks for "it"
 * ("said it had sent investigators and would lead the investigation"),
 * the name of a cleft ("it is the Ministry of Works of Tarn that will
 * lead the main investigation"), the name before the verb, the name after
 * "led by"; a body's acronym and last "of <Place>" left out.  A time of
 * talks that resume is the talks' (times9 has the others).
 */
static const struct article_case articles_probes9[] = {
	{ { "A freight train derailed near Vesi on Sunday.",
	    "The Rail Safety Board of Atlantis (RSB) said it had sent a team "
	    "of investigators to the site and would lead the investigation.",
	    "According to Ola Vik, it is the Ministry of Works of Tarn that "
	    "will lead the main investigation, since the line crosses a "
	    "watershed.",
	    "The Rail Safety Board will lead the inquiry into the cause.",
	    "The probe will be led by the Vesi Police Service.",
	    "Talks between the union and the railway will resume on Monday, "
	    "the mediator said." } },
};

static const struct claim_case claim_cases_probes9[] = {
	{ 0, 1, "role", "head of investigation", 0, "Rail Safety Board", 0,
	  "Rail Safety Board of Atlantis", "would lead the investigation" },
	{ 0, 2, "role", "head of investigation", 0, "Ministry of Works", 0,
	  "Ola Vik", "Ministry of Works of Tarn that will lead" },
	{ 0, 3, "role", "head of investigation", 0, "Rail Safety Board", 0,
	  "Rail Safety Board", "Rail Safety Board will lead the inquiry" },
	{ 0, 4, "role", "head of investigation", 0, "Vesi Police Service", 0,
	  NULL, "led by the Vesi Police Service" },
};

static const struct absent_case absent_cases_probes9[] = {
	{ 0, 5, "time", "union resumption", NULL },
	{ 0, 5, "time", "railway resumption", NULL },
};

START_TEST(test_claim_probes9)
{
	check_claim(articles_probes9, &claim_cases_probes9[_i]);
}
END_TEST

START_TEST(test_absent_probes9)
{
	check_absent(articles_probes9, &absent_cases_probes9[_i]);
}
END_TEST

/*
 * Session 9, who says it: a second clause "while villagers put the
 * number at 50" is the villagers'; "police now say"; the hospital the
 * injured were taken to is no place of the count.
 */
static const struct article_case articles_says9[] = {
	{ { "Police said 21 people were still missing, while villagers put "
	    "the number at close to 40.",
	    "Provincial police now say four people have died.",
	    "Nine people were injured and taken to a hospital in Lumo.",
	    NULL } },
};

static const struct claim_case claim_cases_says9[] = {
	{ 0, 0, "missing", "people", 21, NULL, 0, "police",
	  "21 people were still missing" },
	{ 0, 0, "missing", "people", 40, NULL, 1, "villagers", "close to 40" },
	{ 0, 1, "killed", "people", 4, NULL, 0, "provincial police",
	  "four people have died" },
	{ 0, 2, "injured", "people", 9, NULL, 0, NULL,
	  "Nine people were injured" },
};

START_TEST(test_claim_says9)
{
	check_claim(articles_says9, &claim_cases_says9[_i]);
}
END_TEST

/*
 * Session 9: "had proposed X or Y" of two cities the tables know is one
 * proposal of both ("X or Y"), which agrees with a proposal of either.
 */
START_TEST(test_proposed_pair9)
{
	static const char *const sents[] = {
		"Atlantis and Borealia will hold talks on May 4.",
		"Jon Berg said the party had proposed Port of Kessa or "
		"Nordhavn.",
	};
	struct entities		*e = test_entities();
	struct claims_ctx	 ctx = { NULL, e, NULL };
	struct claim_list	*l = NULL;
	char			*cause = NULL;
	size_t			 i, found = 0;

	ck_assert_int_eq(entities_parse(e, "entities",
	    "Port of Kessa\tAtlantis\tcity\n", NULL), 0);
	ck_assert_int_eq(claims_extract(sents, PX_NITEMS(sents), &ctx, &l,
	    &cause), 0);
	for (i = 0; i < l->n; i++) {
		if (l->v[i].kind != CLAIM_VENUE || l->v[i].sentence != 1)
			continue;
		ck_assert_str_eq(l->v[i].text, "Port of Kessa or Nordhavn");
		ck_assert_str_eq(l->v[i].subject, "proposed talks");
		found++;
	}
	if (found != 1)
		dump(l);
	ck_assert_uint_eq(found, 1);
	claims_free(l);
	entities_free(e);
}
END_TEST

/*
 * Session 14: the crew a vehicle carried after its passengers ("142
 * passengers and six crew members aboard"), a count of its own; not
 * drivers, who stay part of no count.
 */
static const struct article_case articles_s14[] = {
	{ { "The jet had 142 passengers and six crew members aboard, the "
	    "airline said.",
	    "The plane was carrying 145 passengers and six crew on a flight "
	    "from Vesi.",
	    "The bus left at dawn with 30 passengers and two drivers on "
	    "board.",
	    NULL } },
	/* 1: venues denied */
	{ { "There is no plan to hold any meeting in Vesi, the ministry said.",
	    "No such meeting is planned in Kessa, the spokesman said.",
	    "\"We will not sit at a table in Lund, where the police answer to "
	    "them,\" the opposition leader said.",
	    "The two sides will sit down in Tarnby next week.",
	    "There is a plan to hold a meeting in Vesi on Monday.",
	    NULL } },
	/* 2: heads of bodies that are no side's */
	{ { "Turnout stood at 61%, commission chairperson Ana Moss told "
	    "reporters.",
	    "An African Union observer mission headed by former vice-president "
	    "Ivo Sand described the vote as orderly.",
	    "The Electoral Commission of Vesi, whose chairman Jon Lund took "
	    "office in January, gave no date.",
	    "The Southern Lakes Community (SLC) Electoral Observation Mission, "
	    "led by former prime minister Ola Vik, praised the vote.",
	    "Former foreign minister Eva Kell, who leads the Commonwealth "
	    "group, said her team had received complaints.",
	    "The European Union mission under Ana Berg will speak on Monday.",
	    "The rebel group, led by Tor Lind, attacked the town.",
	    "The group, led by Tor Lind, met on Friday.",
	    NULL } },
	/* 3: a crowd's people */
	{ { "More than 130 protesters were detained, rights groups said.",
	    "The party said four of its supporters had been killed.",
	    "The party said more than 60 of its members have been arrested.",
	    "46 suspects had been taken into custody, police said.",
	    "Amnesty puts the number of dead even higher, at 23.",
	    "The hospital treated 63 people for gunshot and other wounds.",
	    "The clinic treated 40 people for free.",
	    NULL } },
	/* 4: people abducted, freed, escaped */
	{ { "Sixteen aid workers abducted in Vesi were freed on Saturday "
	    "night.",
	    "Fourteen aid workers held by militants since March have been "
	    "released.",
	    "Police have said 287 were abducted.",
	    "Gunmen abducted 287 pupils from a boarding school.",
	    "28 students later escaped.",
	    "Twelve patients were released from hospital.",
	    "The group said 33 hostages would be released on Friday.",
	    "Five other workers seized with them remain in captivity.",
	    "Five of them are still being held, the charity said.",
	    "28 of them later escaped.",
	    "Seven others remain in the hands of the militants.",
	    "Borealia freed 90 Atlantian soldiers on Saturday.",
	    NULL } },
	/* 5: people taken, and who gives which figure */
	{ { "Gunmen seized 287 pupils from a boarding school, police said.",
	    "Bandits carried away 310 students, the principal said.",
	    "The police gave the number of abducted students as 287.",
	    "Police say 287 students were kidnapped, though its principal "
	    "insists the true figure is 310.",
	    "The floods carried away 30 houses.",
	    "He said 314 children had been confirmed missing.",
	    NULL } },
	/* 6: a release of hostages: its venue and day */
	{ { "Fourteen aid workers held by militants have been freed, the "
	    "ministry said.",
	    "The hostages were handed over to officials in the northern city "
	    "of Vesi, the ministry said.",
	    "A spokesman said no handover took place in Vesi.",
	    "The aid workers were released on Sunday evening, the ministry "
	    "said.",
	    "They will be released on Monday.",
	    NULL } },
	/* 7: an exchange */
	{ { "The two sides exchanged 60 prisoners for 18 hostages.",
	    "The hostages were handed over in Kessa.",
	    NULL } },
	/* 8: a siege: who remains, who left, who died */
	{ { "Some 180,000 civilians remain trapped inside Vesi, the agency "
	    "said.",
	    "Roughly 2,600 locals are still in the town, he said.",
	    "About 3,000 civilians left Kessa through the corridor.",
	    "Police evacuated 1,240 civilians from the encircled town.",
	    "31 miners remain trapped underground.",
	    "Five soldiers from the escort were killed, the army said.",
	    "Seven soldiers and two civilian drivers were killed in the "
	    "ambush.",
	    "Some 40 people remain in hospital.",
	    NULL } },
	/* 9: when an attack or a shelling began */
	{ { "Residents said the first rounds landed shortly after 9 a.m.",
	    "Witnesses said shells began falling at around 11:30am.",
	    "The attack happened at about 2 p.m., police said.",
	    "Gunmen stormed the school shortly after 1 a.m., police said.",
	    "The gunmen opened fire on the crowd.",
	    NULL } },
	/* 10: an election's results, a curfew, an inquiry's head */
	{ { "She said the final tally would be announced on Sunday.",
	    "The full count was expected on Monday at 2:00 pm, the party "
	    "said.",
	    "The commission will announce the results on Friday.",
	    "Police imposed a curfew from 7pm to 5am in Vesi.",
	    "The death count was expected to rise on Monday.",
	    "The authority has opened an inquiry into the deaths, led by its "
	    "chairperson Ana Moss.",
	    NULL } },
	/* 11: captives freed, escaped, rescued, killed */
	{ { "Twenty-eight pupils slipped away from their captors.",
	    "They shot dead two people, a resident said.",
	    "She said 41 students managed to flee from their abductors.",
	    "Three teachers were also taken away by the gunmen.",
	    "The army said troops had freed 17 of the abducted students.",
	    "Mediators have won the release of 14 aid workers, the ministry "
	    "said.",
	    "The government freed 60 jailed rebel fighters on Wednesday in "
	    "exchange for 18 hostages.",
	    "The government will free 60 prisoners in exchange for 18 "
	    "hostages.",
	    "An armed group let go of 18 hostages, mediators said.",
	    "Five other workers seized with them are still being held.",
	    "Talks on the release of nine hostages will begin on Monday.",
	    NULL } },
	/* 12: a ship's crew; who mediated */
	{ { "Pirates hijacked a bulk carrier with 21 crew members aboard on "
	    "Tuesday.",
	    "The ship was seized on Tuesday with 23 seafarers on board, the "
	    "company said.",
	    "Nine Atlantian seafarers were aboard the bulk carrier.",
	    "The plane, carrying 40 passengers and crew, landed safely.",
	    "The aid workers were freed after mediation by Qatar, the Gulf "
	    "state's foreign ministry said.",
	    "Qatar brokered the deal, a diplomat said.",
	    "The exchange was mediated by Angola with the support of the UN.",
	    "175 prisoners freed in exchange supervised by Turkey",
	    "Borealia freed 90 Kessan soldiers on Saturday.",
	    "The UN said the shelling killed at least 52 civilians, among them "
	    "14 children, and injured some 130 others.",
	    NULL } },
	/* 13: venues: a city after its country's possessive, a meeting
	 * after an adverbial, a meeting not arranged */
	{ { "The two sides will hold talks in Atlantis's Vesi, a spokesman "
	    "said.",
	    "The delegations would meet a day later in the border town of "
	    "Kessa.",
	    "No meeting had been arranged in Lund, the spokesman said.",
	    "The ministry said 31 police officers were hurt in the clashes.",
	    "Talks will take place in Vesi on Tuesday, November 23, and will "
	    "begin at 3 p.m. local time, the press secretary said.",
	    NULL } },
	/* 14: a release bought, no exchange of captives */
	{ { "Jihadists freed twelve hostages late on Saturday, a source "
	    "said.",
	    "The diplomat declined to say what the kidnappers had received in "
	    "exchange.",
	    NULL } },
	/* 15: who leads a side's team, named by its possessive */
	{ { "The two sides will hold talks on Monday.",
	    "Ivo Sand is to lead the junta's team, a source said.",
	    "Media reported that former foreign minister Ana Moss would head "
	    "the opposition's negotiating team.",
	    "Jon Lund led the government's negotiating team, the ministry "
	    "said.",
	    NULL } },
	/* 16: the people a town holds, the town opening the sentence */
	{ { "Vesi, once a busy cattle market, now shelters some 300,000 "
	    "people, most of them displaced.",
	    "Vesi, which is home to around 300,000 people, has been cut off "
	    "since 2022.",
	    "Vesi's population has swelled to some 250,000 people.",
	    "The camp now shelters 3,000 people.",
	    "The pirates released three of the sailors, the navy said.",
	    "The navy picked up four sailors released by pirates.",
	    "One crew member was shot in the leg, the company said.",
	    "Three guards were shot dead.",
	    NULL } },
	/* 17: the size of a crowd, by whom */
	{ { "Police estimated the crowd at 80,000 people, while the unions "
	    "said 400,000 had taken part.",
	    "The march drew 250,000 people, according to organisers.",
	    "In Vesi, police counted 15,000 marchers.",
	    "Around 400,000 people poured into the capital, the unions said.",
	    "The interior ministry put turnout at 95,000.",
	    "Police put the number at 80,000.",
	    NULL } },
	/* 18: an outbreak: its toll, those in hospital, a campaign, a task
	 * force */
	{ { "The overall toll for 2027 has climbed above 300, the agency "
	    "said.",
	    "Nearly 400 people are currently in hospital, officials said.",
	    "Some 52 people remained in the hospital on Monday.",
	    "The vaccination campaign will start on Tuesday in the worst-hit "
	    "wards.",
	    "The task force is headed by Ana Moss, the state epidemiologist.",
	    "Ivo Sand, who chairs the national task force, said so.",
	    "The fever has claimed 286 lives in Vesi.",
	    "The strike will begin at 6 a.m. Thursday, the union said.",
	    NULL } },
	/* 19: a storm's landfall, a fire's start, who left for shelters */
	{ { "The storm made landfall over Vesi, Kessa, at 4 a.m., the weather "
	    "bureau said.",
	    "The typhoon crossed the coastline of Vesi at 6:30 a.m.",
	    "About 150,000 people had fled to evacuation centres.",
	    "More than 150,000 people were preemptively evacuated, officials "
	    "said.",
	    "Roughly 180,000 people took refuge in schools and churches.",
	    "The fire razed 94 homes, forcing about 4,000 people to flee.",
	    "The blaze ignited at around 2pm on Tuesday.",
	    "Nearly 200,000 residents spent the night in shelters.",
	    "Twelve people took part in the march.",
	    "The floods displaced over 400,000 residents, officials said.",
	    "The Emergency Operations Centre (EOC) is headed by Ana Moss, the "
	    "state epidemiologist.",
	    "The campaign aims to immunize 3.1 million children in Vesi.",
	    NULL } },
};

static const struct claim_case claim_cases_s14[] = {
	{ 0, 0, "aboard", "passengers", 142, NULL, 0, "airline",
	  "142 passengers" },
	{ 0, 0, "aboard", "crew", 6, NULL, 0, "airline", "six crew" },
	{ 0, 1, "aboard", "crew", 6, NULL, 0, NULL, "six crew" },
	{ 1, 0, "venue-denied", "meeting", 0, "Vesi", 0, "ministry", "Vesi" },
	{ 1, 1, "venue-denied", "meeting", 0, "Kessa", 0, "spokesman",
	  "Kessa" },
	{ 1, 2, "venue-denied", "meeting", 0, "Lund", 0, "opposition leader",
	  "Lund" },
	{ 1, 3, "venue", "meeting", 0, "Tarnby", 0, NULL, "Tarnby" },
	{ 1, 4, "venue", "meeting", 0, "Vesi", 0, NULL, "Vesi" },
	{ 2, 0, "role", "head of commission", 0, "Ana Moss", 0, "Ana Moss",
	  "chairperson" },
	{ 2, 1, "role", "head of AU mission", 0, "Ivo Sand", 0,
	  "African Union observer mission",
	  "headed by" },
	{ 2, 2, "role", "head of commission", 0, "Jon Lund", 0,
	  "Electoral Commission",
	  "whose chairman" },
	{ 2, 3, "role", "head of SLC mission", 0, "Ola Vik", 0, NULL,
	  "led by" },
	{ 2, 4, "role", "head of Commonwealth mission", 0, "Eva Kell", 0,
	  "Eva Kell",
	  "who leads" },
	{ 3, 0, "detained", "people", 130, NULL, 1, "rights groups", "130" },
	{ 3, 1, "killed", "people", 4, NULL, 0, "party", "four" },
	{ 3, 2, "detained", "people", 60, NULL, 1, "party", "60" },
	{ 3, 3, "detained", "people", 46, NULL, 0, "police", "custody" },
	{ 3, 4, "killed", "people", 23, NULL, 0, "Amnesty", "higher, at 23" },
	{ 3, 5, "injured", "people", 63, NULL, 0, NULL, "wounds" },
	{ 4, 0, "released", "hostages", 16, NULL, 0, NULL, "freed" },
	{ 4, 2, "missing", "people", 287, NULL, 0, "police", "abducted" },
	{ 4, 3, "missing", "people", 287, NULL, 0, NULL, "287 pupils" },
	{ 4, 4, "rescued", "students", 28, NULL, 0, NULL, "escaped" },
	{ 4, 1, "released", "hostages", 14, NULL, 0, NULL, "released" },
	{ 4, 7, "missing", "people (still held)", 5, NULL, 0, NULL,
	  "captivity" },
	{ 4, 8, "missing", "people (still held)", 5, NULL, 0, "charity",
	  "held" },
	{ 4, 9, "rescued", "people", 28, NULL, 0, NULL, "escaped" },
	{ 4, 10, "missing", "people (still held)", 7, NULL, 0, NULL,
	  "hands" },
	{ 4, 11, "released", "Atlantian prisoners", 90, NULL, 0, NULL,
	  "freed" },
	{ 6, 1, "venue", "release of captives", 0, "Vesi", 0, "ministry",
	  "handed over" },
	{ 6, 2, "venue-denied", "release of captives", 0, "Vesi", 0,
	  "spokesman", "handover" },
	{ 6, 3, "time", "release of captives", 0, "Sunday evening", 0,
	  "ministry", "Sunday" },
	{ 7, 1, "venue", "prisoner exchange", 0, "Kessa", 0, NULL, "Kessa" },
	{ 8, 0, "population", "people remaining", 180000, NULL, 1, "agency",
	  "remain trapped inside" },
	{ 8, 1, "population", "people remaining", 2600, NULL, 1, NULL,
	  "2,600" },
	{ 8, 2, "population", "people evacuated", 3000, NULL, 1, NULL,
	  "left" },
	{ 8, 3, "population", "people evacuated", 1240, NULL, 0, NULL,
	  "evacuated" },
	{ 8, 4, "missing", "people", 31, NULL, 0, NULL, "trapped" },
	{ 8, 5, "killed", "servicemen", 5, NULL, 0, "army", "killed" },
	{ 8, 6, "killed", "servicemen", 7, NULL, 0, NULL, "Seven" },
	{ 9, 0, "time", "shelling", 0, "9 a.m.", 1, "residents", "9 a.m." },
	{ 9, 1, "time", "shelling", 0, "11:30am", 1, "witnesses", "11:30" },
	{ 9, 2, "time", "attack", 0, "2 p.m.", 1, "police", "2 p.m." },
	{ 9, 3, "time", "attack", 0, "1 a.m.", 1, "police", "1 a.m." },
	{ 10, 0, "time", "results announcement", 0, "Sunday", 0, NULL,
	  "tally" },
	{ 10, 1, "time", "results announcement", 0, "Monday at 2:00 pm", 0,
	  "party", "count" },
	{ 10, 2, "time", "results announcement", 0, "Friday", 0, NULL,
	  "announce" },
	{ 10, 3, "time", "curfew", 0, "7pm", 0, "police", "curfew" },
	{ 10, 5, "role", "head of investigation", 0, "Ana Moss", 0,
	  "authority",
	  "led by" },
	{ 11, 0, "rescued", "pupils", 28, NULL, 0, NULL, "slipped away" },
	{ 11, 1, "killed", "people", 2, NULL, 0, "resident", "shot dead" },
	{ 11, 2, "rescued", "students", 41, NULL, 0, "resident", "flee" },
	{ 11, 3, "missing", "teachers", 3, NULL, 0, NULL, "taken away" },
	{ 11, 4, "rescued", "people", 17, NULL, 0, "army", "freed" },
	{ 11, 5, "released", "hostages", 14, NULL, 0, "ministry",
	  "release of" },
	{ 11, 6, "released", "hostages", 18, NULL, 0, NULL, "exchange for" },
	{ 11, 6, "released", "prisoners", 60, NULL, 0, NULL, "freed" },
	{ 11, 8, "released", "hostages", 18, NULL, 0, "mediators", "let go" },
	{ 11, 9, "missing", "people (still held)", 5, NULL, 0, NULL, "held" },
	{ 12, 0, "aboard", "crew", 21, NULL, 0, NULL, "21 crew" },
	{ 12, 1, "aboard", "crew", 23, NULL, 0, "company", "seafarers" },
	{ 12, 2, "aboard", "Atlantian crew", 9, NULL, 0, NULL, "seafarers" },
	{ 12, 4, "role", "mediators", 0, "Qatar", 0,
	  "Gulf state's foreign ministry", "mediation by" },
	{ 12, 5, "role", "mediators", 0, "Qatar", 0, "diplomat", "brokered" },
	{ 12, 6, "role", "mediators", 0, "Angola", 0, NULL, "mediated by" },
	{ 12, 7, "released", "prisoners", 175, NULL, 0, NULL, "freed" },
	{ 12, 8, "released", "Kessan prisoners", 90, NULL, 0, NULL, "freed" },
	/* a part of the count names no second group */
	{ 12, 9, "killed", "people", 52, NULL, 1, "UN", "52" },
	{ 13, 0, "venue", "talks", 0, "Vesi", 0, "spokesman", "Vesi" },
	{ 13, 1, "venue", "talks", 0, "Kessa", 0, NULL, "Kessa" },
	{ 13, 3, "injured", "police officers", 31, NULL, 0, "ministry", "31" },
	{ 13, 4, "time", "talks", 0, "Tuesday, November 23", 0,
	  "press secretary", "Tuesday" },
	{ 13, 4, "time", "talks", 0, "3 p.m.", 0, "press secretary",
	  "begin at" },
	{ 13, 2, "venue-denied", "meeting", 0, "Lund", 0, "spokesman",
	  "Lund" },
	{ 15, 1, "role", "head of junta delegation", 0, "Ivo Sand", 0,
	  "source", "lead" },
	{ 15, 2, "role", "head of opposition delegation", 0, "Ana Moss", 0,
	  "Media", "head" },
	{ 15, 3, "role", "head of government delegation", 0, "Jon Lund", 0,
	  "ministry", "led" },
	{ 14, 0, "time", "release of captives", 0, "Saturday", 0, "source",
	  "Saturday" },
	{ 16, 0, "population", "Vesi", 300000, NULL, 1, NULL, "300,000" },
	{ 16, 1, "population", "Vesi", 300000, NULL, 1, NULL, "300,000" },
	{ 16, 2, "population", "Vesi", 250000, NULL, 1, NULL, "250,000" },
	{ 16, 4, "released", "hostages", 3, NULL, 0, "navy", "three" },
	{ 16, 5, "released", "hostages", 4, NULL, 0, NULL, "four" },
	{ 16, 6, "injured", "people", 1, NULL, 0, "company", "shot in" },
	/* the toll past its year */
	{ 18, 0, "killed", "people", 300, NULL, 0, "agency", "300" },
	{ 18, 1, "injured", "people", 400, NULL, 1, "officials",
	  "in hospital" },
	{ 18, 2, "injured", "people", 52, NULL, 1, NULL, "hospital" },
	{ 18, 3, "time", "campaign", 0, "Tuesday", 0, NULL, "Tuesday" },
	{ 18, 4, "role", "head of task force", 0, "Ana Moss", 0, NULL,
	  "headed by" },
	{ 18, 5, "role", "head of task force", 0, "Ivo Sand", 0, "Ivo Sand",
	  "chairs" },
	{ 18, 6, "killed", "people in Vesi", 286, NULL, 0, NULL, "lives" },
	{ 19, 0, "time", "landfall", 0, "4 a.m.", 0, "weather bureau",
	  "landfall" },
	{ 19, 1, "time", "landfall", 0, "6:30 a.m.", 0, NULL, "6:30" },
	{ 19, 2, "population", "people evacuated", 150000, NULL, 1, NULL,
	  "fled to" },
	{ 19, 3, "population", "people evacuated", 150000, NULL, 1,
	  "officials", "evacuated" },
	{ 19, 4, "population", "people evacuated", 180000, NULL, 1, NULL,
	  "refuge" },
	{ 19, 5, "population", "people evacuated", 4000, NULL, 1, NULL,
	  "to flee" },
	{ 19, 6, "time", "fire", 0, "2pm on Tuesday", 1, NULL, "2pm" },
	{ 19, 7, "population", "people evacuated", 200000, NULL, 1, NULL,
	  "shelters" },
	{ 19, 8, "population", "crowd", 12, NULL, 0, NULL, "took part" },
	{ 19, 9, "population", "people evacuated", 400000, NULL, 1,
	  "officials", "displaced" },
	{ 19, 10, "role", "head of EOC centre", 0, "Ana Moss", 0,
	  "Emergency Operations Centre", "headed by" },
	{ 19, 11, "population", "people to be vaccinated", 3100000, NULL, 0,
	  NULL, "immunize" },
	{ 18, 7, "time", "strike", 0, "6 a.m. Thursday", 0, "union",
	  "6 a.m." },
	{ 17, 0, "population", "crowd", 80000, NULL, 0, "police",
	  "crowd at" },
	{ 17, 0, "population", "crowd", 400000, NULL, 0, "unions",
	  "taken part" },
	{ 17, 1, "population", "crowd", 250000, NULL, 0, "organisers",
	  "drew" },
	{ 17, 2, "population", "crowd in Vesi", 15000, NULL, 0, "police",
	  "counted" },
	{ 17, 3, "population", "crowd", 400000, NULL, 1, "unions",
	  "poured" },
	{ 17, 4, "population", "crowd", 95000, NULL, 0, "interior ministry",
	  "turnout" },
	/* "the number" of the crowd counted before */
	{ 17, 5, "population", "crowd", 80000, NULL, 0, "police", "80,000" },
	{ 16, 7, "killed", "people", 3, NULL, 0, NULL, "shot dead" },
	{ 5, 0, "missing", "people", 287, NULL, 0, "police", "seized" },
	{ 5, 1, "missing", "people", 310, NULL, 0, "principal",
	  "carried away" },
	{ 5, 2, "missing", "people", 287, NULL, 0, "police", "287" },
	{ 5, 3, "missing", "people", 310, NULL, 0, "its principal", "310" },
	{ 5, 3, "missing", "people", 287, NULL, 0, "police", "287" },
	{ 5, 5, "missing", "people", 314, NULL, 0, NULL, "314" },
	{ 2, 5, "role", "head of EU mission", 0, "Ana Berg", 0,
	  "European Union mission",
	  "under" },
};

static const struct absent_case absent_cases_s14[] = {
	{ 0, 2, "aboard", "crew", NULL },
	{ 1, 0, "venue", NULL, NULL },
	{ 1, 1, "venue", NULL, NULL },
	{ 1, 2, "venue", NULL, NULL },
	{ 1, 4, "venue-denied", NULL, NULL },
	{ 3, 6, "injured", NULL, NULL },
	{ 4, 0, "missing", NULL, NULL },
	{ 4, 0, "detained", NULL, NULL },
	{ 4, 5, "released", NULL, NULL },
	{ 4, 6, "released", NULL, NULL },
	{ 5, 4, "missing", NULL, NULL },
	{ 6, 4, "time", NULL, NULL },
	{ 8, 0, "missing", NULL, NULL },
	{ 8, 7, "population", NULL, NULL },
	{ 9, 4, "time", NULL, NULL },
	{ 10, 4, "time", NULL, NULL },
	{ 11, 9, "captured", NULL, NULL },
	{ 11, 10, "released", NULL, NULL },
	{ 16, 3, "population", NULL, NULL },
	{ 12, 3, "aboard", "crew", NULL },
	{ 12, 7, "captured", NULL, NULL },
	/* an armed group, a group of no name */
	{ 2, 6, "role", NULL, NULL },
	{ 2, 7, "role", NULL, NULL },
};

START_TEST(test_claim_s14)
{
	check_claim(articles_s14, &claim_cases_s14[_i]);
}
END_TEST

/* "The overall toll for 2027 has climbed above 300": 2027 is no count. */
START_TEST(test_year_s14)
{
	struct entities		*e = test_entities();
	struct claim_list	*l = extract(&articles_s14[18], e);
	size_t			 i;

	for (i = 0; i < l->n; i++)
		ck_assert_msg(l->v[i].sentence != 0 || l->v[i].value != 2027,
		    "the year counted in \"%s\"", articles_s14[18].s[0]);
	claims_free(l);
	entities_free(e);
}
END_TEST

START_TEST(test_absent_s14)
{
	check_absent(articles_s14, &absent_cases_s14[_i]);
}
END_TEST

/*
 * Session 15: held-out sets of war reporting (front-line briefings,
 * talks, barrages, a war's first days).
 */
static const struct article_case articles_s15[] = {
	/* 0: losses in a ministry's briefing, lists of equipment */
	{ { "Over the past day the Atlantian army lost up to 145 servicemen, "
	    "two tanks and five armored combat vehicles, the ministry said.",
	    "The General Staff put Boreal losses over the past day at 1,120 "
	    "personnel, nine tanks, 21 armoured vehicles, 48 artillery "
	    "systems and 87 UAVs.",
	    "The brigade said it had destroyed four tanks, nine armored "
	    "combat vehicles and 23 drones.",
	    "The ministry said total losses along the front over the past "
	    "24 hours exceeded 1,390 servicemen.",
	    "Moscow said it had destroyed three Atlantian MiG-29 jets and two "
	    "HIMARS launchers.",
	    "Floods destroyed 40 houses, 300 people were evacuated.",
	    "The club lost 3 games, the coach said.",
	    NULL } },
	/* 1: the start of an attack from afar */
	{ { "Borealia attacked the city with drones and missiles overnight.",
	    "The first blasts were heard at around 1:40 a.m., witnesses "
	    "said.",
	    "Residents heard a series of explosions shortly after 2:30 am.",
	    "The strike came at 7:45 a.m., the mayor said.",
	    "The missile struck at 7:47 a.m., officials said.",
	    "Air raid sirens sounded in the city at 01:30 local time.",
	    "The drones hit the port in an attack which began shortly after "
	    "3 a.m. local time.",
	    NULL } },
	/* 2: weapons launched and destroyed, in other words */
	{ { "The air force said the enemy used 73 strike UAVs and nine "
	    "missiles.",
	    "The ministry said the attack involved 47 long-range drones.",
	    "About 60 drones had taken part in the attack, the governor said.",
	    "The city was hit by five ballistic missiles and about two dozen "
	    "drones.",
	    "Forty-one of the drones were downed over the region, the governor "
	    "said.",
	    "It said 58 of the drones and three cruise missiles were shot "
	    "down.",
	    "The ministry said 112 Boreal drones were intercepted over the "
	    "regions overnight.",
	    "Both cruise missiles were brought down, but none of the four "
	    "ballistic missiles was intercepted.",
	    "The ministry used 40 trucks to bring in aid.",
	    NULL } },
	/* 3: venues refused */
	{ { "Atlantis said the peace talks would be held in Vesi on Monday.",
	    "A spokesman told reporters that no meetings in Kessa are "
	    "planned.",
	    "\"We will not go to Lund,\" the spokesman said.",
	    "There has been no agreement on Tarnby as a venue, the ministry "
	    "said.",
	    "Nordhavn was \"not on the table\", the negotiator said.",
	    "Borealia rejected Vesi as a venue for the talks.",
	    "Borealia also turned down a proposal to hold the talks in Lund.",
	    "The rebels refused to attend talks in Kessa.",
	    "The envoy said he had not received any proposals for a meeting "
	    "in Tarnby.",
	    "\"We will go to Lund,\" the spokesman said.",
	    NULL } },
	/* 4: who heads a delegation, in more words */
	{ { "Atlantis and Borealia will hold a new round of talks on "
	    "Wednesday, officials said.",
	    "Two sources told the agency that Ivo Sand himself, not Deputy "
	    "Foreign Minister Ola Vik, would lead Nordhavn's team.",
	    "An official said that Prime Minister Jon Lund would personally "
	    "lead the government team.",
	    "He said the Tarnites were expected to send their chief "
	    "negotiator, Eva Kell.",
	    "Ana Moss, a deputy head of the presidential office, will lead "
	    "the Boreal team, according to a statement.",
	    "The Atlantian team will be led by Deputy Head of the President's "
	    "Office Per Holm, the statement said.",
	    "Atlantis has not agreed to hold the next round of negotiations "
	    "in Vesi and has offered Kessa instead, a spokesman said.",
	    NULL } },
	/* 5: refugees, and people trapped in a siege */
	{ { "More than 50,000 people have fled into Borealia since the war "
	    "began, the government said.",
	    "More than 38,000 Atlantian citizens have crossed into "
	    "neighbouring Borealia, the agency said.",
	    "She said 52,000 refugees had been registered at the crossing.",
	    "Her government had registered 52,000 Atlantian refugees, the "
	    "minister said.",
	    "Rebels have besieged Vesi for a week.",
	    "The agency estimates that 320,000 people are trapped, a "
	    "spokesman said.",
	    "Three miners crossed the river.",
	    NULL } },
	/* 6: people trapped in no siege */
	{ { "Nine miners are trapped after the collapse, officials said.",
	    NULL } },
	/* 7: explosions in a story of no weapons */
	{ { "An explosion at the fertiliser plant was heard at 3 a.m., "
	    "residents said.",
	    "Explosions were heard at 4 a.m. as the fire spread.",
	    NULL } },
	/* 8: the dead in other words, a headline in title case */
	{ { "The office said it had verified the deaths of at least 143 "
	    "civilians since the fighting began.",
	    "Atlantian Rebels Say 480 Government Troops Killed, 11 Tanks "
	    "Destroyed Near Vesi",
	    "The rebels said they had knocked out 11 tanks.",
	    "The ministry said its forces had eliminated up to 120 "
	    "servicemen.",
	    "Air defences eliminated 40 drones, the ministry said.",
	    "The RRF says an air strike last week killed 11 of its fighters.",
	    NULL } },
};

static const struct claim_case claim_cases_s15[] = {
	{ 0, 0, "killed", "Atlantian servicemen", 145, NULL, 1, "ministry",
	  "lost up to 145" },
	{ 0, 0, "destroyed", "Atlantian tanks", 2, NULL, 0, "ministry",
	  "two tanks" },
	{ 0, 0, "destroyed", "Atlantian armoured vehicles", 5, NULL, 0,
	  "ministry", "five armored" },
	{ 0, 1, "killed", "Boreal servicemen", 1120, NULL, 0, "General Staff",
	  "1,120 personnel" },
	{ 0, 1, "destroyed", "Boreal tanks", 9, NULL, 0, "General Staff",
	  "nine tanks" },
	{ 0, 1, "destroyed", "Boreal armoured vehicles", 21, NULL, 0,
	  "General Staff", "21 armoured" },
	{ 0, 1, "destroyed", "Boreal artillery", 48, NULL, 0, "General Staff",
	  "48 artillery" },
	{ 0, 1, "destroyed", "Boreal drones", 87, NULL, 0, "General Staff",
	  "87 UAVs" },
	{ 0, 2, "destroyed", "tanks", 4, NULL, 0, "brigade", "four tanks" },
	{ 0, 2, "destroyed", "armoured vehicles", 9, NULL, 0, "brigade",
	  "nine armored" },
	{ 0, 2, "destroyed", "drones", 23, NULL, 0, "brigade", "23 drones" },
	{ 0, 3, "killed", "servicemen", 1390, NULL, 0, "ministry", "1,390" },
	{ 0, 4, "destroyed", "Atlantian aircraft", 3, NULL, 0, "Moscow",
	  "MiG-29 jets" },
	{ 0, 4, "destroyed", "launchers", 2, NULL, 0, "Moscow",
	  "HIMARS launchers" },
	{ 0, 5, "destroyed", "homes", 40, NULL, 0, NULL, "40 houses" },
	{ 0, 5, "population", "people evacuated", 300, NULL, 0, NULL,
	  "300 people" },
	{ 1, 1, "time", "attack", 0, "1:40 a.m.", 1, "witnesses", "1:40" },
	{ 1, 2, "time", "attack", 0, "2:30 am", 1, NULL, "2:30" },
	{ 1, 3, "time", "attack", 0, "7:45 a.m.", 0, "mayor", "7:45" },
	{ 1, 4, "time", "attack", 0, "7:47 a.m.", 0, "officials", "7:47" },
	{ 1, 5, "time", "air raid alert", 0, "01:30", 0, NULL, "01:30" },
	{ 1, 6, "time", "attack", 0, "3 a.m.", 1, NULL, "3 a.m." },
	{ 2, 0, "launched", "drones", 73, NULL, 0, "air force", "used 73" },
	{ 2, 0, "launched", "missiles", 9, NULL, 0, "air force", "nine" },
	{ 2, 1, "launched", "drones", 47, NULL, 0, "ministry", "involved" },
	{ 2, 2, "launched", "drones", 60, NULL, 1, "governor", "taken part" },
	{ 2, 3, "launched", "ballistic missiles", 5, NULL, 0, NULL,
	  "by five" },
	{ 2, 3, "launched", "drones", 24, NULL, 1, NULL, "two dozen" },
	{ 2, 4, "destroyed", "drones", 41, NULL, 0, "governor", "Forty-one" },
	{ 2, 5, "destroyed", "drones", 58, NULL, 0, NULL, "58 of the drones" },
	{ 2, 5, "destroyed", "cruise missiles", 3, NULL, 0, NULL, "three" },
	{ 2, 6, "destroyed", "Boreal drones", 112, NULL, 0, "ministry",
	  "intercepted" },
	{ 3, 1, "venue-denied", "meeting", 0, "Kessa", 0, "spokesman",
	  "meetings in Kessa" },
	{ 3, 2, "venue-denied", "meeting", 0, "Lund", 0, "spokesman",
	  "not go" },
	{ 3, 3, "venue-denied", "meeting", 0, "Tarnby", 0, "ministry",
	  "no agreement" },
	{ 3, 4, "venue-denied", "meeting", 0, "Nordhavn", 0, "negotiator",
	  "table" },
	{ 3, 5, "venue-denied", "talks", 0, "Vesi", 0, NULL, "rejected" },
	{ 3, 6, "venue-denied", "talks", 0, "Lund", 0, NULL, "in Lund" },
	{ 3, 7, "venue-denied", "talks", 0, "Kessa", 0, NULL, "talks in Kessa" },
	{ 3, 8, "venue-denied", "meeting", 0, "Tarnby", 0, "envoy",
	  "in Tarnby" },
	{ 4, 1, "role", "head of Boreal delegation", 0, "Ivo Sand", 0,
	  "sources", "Ivo Sand" },
	{ 4, 2, "role", "head of government delegation", 0, "Jon Lund", 0,
	  "official", "personally" },
	{ 4, 3, "role", "head of Tarnite delegation", 0, "Eva Kell", 0,
	  "official", "chief negotiator" },
	{ 4, 4, "role", "head of Boreal delegation", 0, "Ana Moss", 0,
	  "statement", "Ana Moss" },
	{ 4, 5, "role", "head of Atlantian team", 0, "Per Holm", 0,
	  "statement", "Per Holm" },
	{ 4, 6, "venue-denied", "talks (new round)", 0, "Vesi", 0,
	  "spokesman", "Vesi" },
	{ 4, 6, "venue", "proposed talks (new round)", 0, "Kessa", 0,
	  "spokesman", "Kessa instead" },
	{ 5, 0, "population", "refugees", 50000, NULL, 1, "government",
	  "have fled" },
	{ 5, 1, "population", "refugees", 38000, NULL, 1, "agency",
	  "have crossed" },
	{ 5, 2, "population", "refugees", 52000, NULL, 0, NULL,
	  "registered" },
	{ 5, 3, "population", "refugees", 52000, NULL, 0, "minister",
	  "registered" },
	{ 5, 5, "population", "people remaining", 320000, NULL, 0, "spokesman",
	  "trapped" },
	{ 6, 0, "missing", "people", 9, NULL, 0, "officials", "trapped" },
	{ 8, 0, "killed", "people", 143, NULL, 1, "office", "deaths of" },
	{ 8, 1, "killed", "Atlantian servicemen", 480, NULL, 0,
	  "Atlantian Rebels",
	  "480" },
	{ 8, 1, "destroyed", "tanks", 11, NULL, 0, "Atlantian Rebels",
	  "11 Tanks" },
	{ 8, 2, "destroyed", "tanks", 11, NULL, 0, "rebels", "knocked out" },
	{ 8, 3, "killed", "servicemen", 120, NULL, 1, "ministry",
	  "eliminated" },
	{ 8, 4, "destroyed", "drones", 40, NULL, 0, "ministry", "eliminated" },
};

static const struct absent_case absent_cases_s15[] = {
	{ 0, 5, "destroyed", "people", NULL },
	{ 0, 6, "killed", NULL, NULL },
	{ 0, 6, "destroyed", NULL, NULL },
	{ 7, 0, "time", "attack", NULL },
	{ 7, 1, "time", "attack", NULL },
	{ 5, 5, "missing", NULL, NULL },
	{ 5, 6, "population", NULL, NULL },
	{ 6, 0, "population", NULL, NULL },
	{ 8, 5, "destroyed", NULL, NULL },
	{ 4, 1, "role", NULL, "Ola Vik" },
	{ 4, 6, "venue", NULL, "Vesi" },
	{ 3, 1, "venue", NULL, "Kessa" },
	{ 3, 6, "venue", NULL, "Lund" },
	{ 3, 7, "venue", NULL, "Kessa" },
	{ 3, 8, "venue", NULL, "Tarnby" },
	{ 3, 9, "venue-denied", NULL, "Lund" },
	{ 2, 7, "destroyed", "ballistic missiles", NULL },
	{ 2, 8, "launched", NULL, NULL },
};

START_TEST(test_claim_s15)
{
	check_claim(articles_s15, &claim_cases_s15[_i]);
}
END_TEST

START_TEST(test_absent_s15)
{
	check_absent(articles_s15, &absent_cases_s15[_i]);
}
END_TEST

Suite *
claims_suite(void)
{
	Suite	*s = suite_create("claims");
	TCase	*tc = tcase_create("extract");

	tcase_add_loop_test(tc, test_claim, 0, PX_NITEMS(claim_cases));
	tcase_add_loop_test(tc, test_none, 0, PX_NITEMS(none_cases));
	tcase_add_test(tc, test_no_tables);
	tcase_add_test(tc, test_vague_range);
	tcase_add_loop_test(tc, test_vague_phrasing, 0,
	    PX_NITEMS(vague_cases));
	tcase_add_loop_test(tc, test_claim2, 0, PX_NITEMS(claim_cases2));
	tcase_add_loop_test(tc, test_none2, 0, PX_NITEMS(none_cases2));
	tcase_add_loop_test(tc, test_nothing2, 0, PX_NITEMS(nothing_cases2));
	tcase_add_loop_test(tc, test_claim3, 0, PX_NITEMS(claim_cases3));
	tcase_add_loop_test(tc, test_nothing3, 0, PX_NITEMS(nothing_cases3));
	tcase_add_loop_test(tc, test_claim4, 0, PX_NITEMS(claim_cases4));
	tcase_add_loop_test(tc, test_nothing4, 0, PX_NITEMS(nothing_cases4));
	tcase_add_test(tc, test_forum_conflict);
	tcase_add_loop_test(tc, test_claim5, 0, PX_NITEMS(claim_cases5));
	tcase_add_loop_test(tc, test_claim5_past, 0,
	    PX_NITEMS(claim_cases5_past));
	tcase_add_loop_test(tc, test_none5, 0, PX_NITEMS(none_cases5));
	tcase_add_loop_test(tc, test_nothing5, 0, PX_NITEMS(nothing_cases5));
	tcase_add_test(tc, test_current_year);
	tcase_add_test(tc, test_edges);
	tcase_add_loop_test(tc, test_nothing, 0, PX_NITEMS(nothing_cases));
	tcase_add_test(tc, test_kind_names);
	tcase_add_loop_test(tc, test_say_verb, 0, PX_NITEMS(say_cases));
	tcase_add_loop_test(tc, test_claim_roles, 0,
	    PX_NITEMS(claim_cases_roles));
	tcase_add_loop_test(tc, test_nothing_roles, 0,
	    PX_NITEMS(nothing_cases_roles));
	tcase_add_loop_test(tc, test_claim_venues, 0,
	    PX_NITEMS(claim_cases_venues));
	tcase_add_loop_test(tc, test_nothing_venues, 0,
	    PX_NITEMS(nothing_cases_venues));
	tcase_add_loop_test(tc, test_claim_leads, 0,
	    PX_NITEMS(claim_cases_leads));
	tcase_add_loop_test(tc, test_nothing_leads, 0,
	    PX_NITEMS(nothing_cases_leads));
	tcase_add_loop_test(tc, test_claim_bodies, 0,
	    PX_NITEMS(claim_cases_bodies));
	tcase_add_loop_test(tc, test_nothing_bodies, 0,
	    PX_NITEMS(nothing_cases_bodies));
	tcase_add_loop_test(tc, test_claim_signings, 0,
	    PX_NITEMS(claim_cases_signings));
	tcase_add_loop_test(tc, test_nothing_signings, 0,
	    PX_NITEMS(nothing_cases_signings));
	tcase_add_test(tc, test_undecided_conflict);
	tcase_add_test(tc, test_bodies_conflict);
	tcase_add_test(tc, test_owner_date_conflict);
	tcase_add_test(tc, test_leads_conflict);
	tcase_add_loop_test(tc, test_claim_times8, 0,
	    PX_NITEMS(claim_cases_times8));
	tcase_add_loop_test(tc, test_nothing_times8, 0,
	    PX_NITEMS(nothing_cases_times8));
	tcase_add_loop_test(tc, test_claim_roles8, 0,
	    PX_NITEMS(claim_cases_roles8));
	tcase_add_loop_test(tc, test_nothing_roles8, 0,
	    PX_NITEMS(nothing_cases_roles8));
	tcase_add_loop_test(tc, test_claim_says8, 0,
	    PX_NITEMS(claim_cases_says8));
	tcase_add_loop_test(tc, test_claim_mediators8, 0,
	    PX_NITEMS(claim_cases_mediators8));
	suite_add_tcase(s, tc);
	tc = tcase_create("counts8");
	tcase_add_loop_test(tc, test_claim_counts8, 0,
	    PX_NITEMS(claim_cases_counts8));
	tcase_add_loop_test(tc, test_none_counts8, 0,
	    PX_NITEMS(none_cases_counts8));
	tcase_add_loop_test(tc, test_nothing_counts8, 0,
	    PX_NITEMS(nothing_cases_counts8));
	tcase_add_loop_test(tc, test_subject_counts8, 0,
	    PX_NITEMS(subject_cases_counts8));
	tcase_add_loop_test(tc, test_claim_scope, 0,
	    PX_NITEMS(claim_cases_scope));
	tcase_add_loop_test(tc, test_absent_scope, 0,
	    PX_NITEMS(absent_cases_scope));
	suite_add_tcase(s, tc);
	tc = tcase_create("counts8b");
	tcase_add_loop_test(tc, test_claim_counts8b, 0,
	    PX_NITEMS(claim_cases_counts8b));
	tcase_add_loop_test(tc, test_nothing_counts8b, 0,
	    PX_NITEMS(nothing_cases_counts8b));
	tcase_add_loop_test(tc, test_aboard_counts8b, 0,
	    PX_NITEMS(none_cases_counts8b));
	tcase_add_loop_test(tc, test_part_counts8b, 0,
	    PX_NITEMS(part_cases_counts8b));
	suite_add_tcase(s, tc);
	tc = tcase_create("venues8b");
	tcase_add_loop_test(tc, test_claim_venues8b, 0,
	    PX_NITEMS(claim_cases_venues8b));
	tcase_add_loop_test(tc, test_absent_venues8b, 0,
	    PX_NITEMS(absent_cases_venues8b));
	suite_add_tcase(s, tc);
	tc = tcase_create("roles8b");
	tcase_add_loop_test(tc, test_claim_roles8b, 0,
	    PX_NITEMS(claim_cases_roles8b));
	tcase_add_loop_test(tc, test_absent_roles8b, 0,
	    PX_NITEMS(absent_cases_roles8b));
	tcase_add_loop_test(tc, test_claim_times8b, 0,
	    PX_NITEMS(claim_cases_times8b));
	tcase_add_loop_test(tc, test_absent_times8b, 0,
	    PX_NITEMS(absent_cases_times8b));
	tcase_add_loop_test(tc, test_claim_says8b, 0,
	    PX_NITEMS(claim_cases_says8b));
	tcase_add_loop_test(tc, test_claim_counts8c, 0,
	    PX_NITEMS(claim_cases_counts8c));
	tcase_add_loop_test(tc, test_absent_counts8c, 0,
	    PX_NITEMS(absent_cases_counts8c));
	tcase_add_loop_test(tc, test_claim_rescued8c, 0,
	    PX_NITEMS(claim_cases_rescued8c));
	tcase_add_loop_test(tc, test_absent_rescued8c, 0,
	    PX_NITEMS(absent_cases_rescued8c));
	tcase_add_loop_test(tc, test_claim_times8c, 0,
	    PX_NITEMS(claim_cases_times8c));
	tcase_add_loop_test(tc, test_absent_times8c, 0,
	    PX_NITEMS(absent_cases_times8c));
	tcase_add_loop_test(tc, test_claim_floors8c, 0,
	    PX_NITEMS(claim_cases_floors8c));
	tcase_add_loop_test(tc, test_absent_floors8c, 0,
	    PX_NITEMS(absent_cases_floors8c));
	tcase_add_loop_test(tc, test_claim_denied8c, 0,
	    PX_NITEMS(claim_cases_denied8c));
	tcase_add_loop_test(tc, test_absent_denied8c, 0,
	    PX_NITEMS(absent_cases_denied8c));
	suite_add_tcase(s, tc);
	tc = tcase_create("venues8c");
	tcase_add_loop_test(tc, test_claim_venues8c, 0,
	    PX_NITEMS(claim_cases_venues8c));
	tcase_add_loop_test(tc, test_absent_venues8c, 0,
	    PX_NITEMS(absent_cases_venues8c));
	tcase_add_loop_test(tc, test_nothing_venues8c, 0,
	    PX_NITEMS(nothing_cases_venues8c));
	suite_add_tcase(s, tc);
	tc = tcase_create("session9");
	tcase_add_loop_test(tc, test_claim_roles9, 0,
	    PX_NITEMS(claim_cases_roles9));
	tcase_add_loop_test(tc, test_absent_roles9, 0,
	    PX_NITEMS(absent_cases_roles9));
	tcase_add_loop_test(tc, test_claim_venues9, 0,
	    PX_NITEMS(claim_cases_venues9));
	tcase_add_loop_test(tc, test_absent_venues9, 0,
	    PX_NITEMS(absent_cases_venues9));
	tcase_add_loop_test(tc, test_claim_counts9, 0,
	    PX_NITEMS(claim_cases_counts9));
	tcase_add_loop_test(tc, test_absent_counts9, 0,
	    PX_NITEMS(absent_cases_counts9));
	tcase_add_loop_test(tc, test_claim_times9, 0,
	    PX_NITEMS(claim_cases_times9));
	tcase_add_loop_test(tc, test_absent_times9, 0,
	    PX_NITEMS(absent_cases_times9));
	tcase_add_loop_test(tc, test_claim_probes9, 0,
	    PX_NITEMS(claim_cases_probes9));
	tcase_add_loop_test(tc, test_absent_probes9, 0,
	    PX_NITEMS(absent_cases_probes9));
	tcase_add_loop_test(tc, test_claim_says9, 0,
	    PX_NITEMS(claim_cases_says9));
	tcase_add_test(tc, test_proposed_pair9);
	suite_add_tcase(s, tc);
	tc = tcase_create("session14");
	tcase_add_loop_test(tc, test_claim_s14, 0, PX_NITEMS(claim_cases_s14));
	tcase_add_test(tc, test_year_s14);
	tcase_add_loop_test(tc, test_absent_s14, 0,
	    PX_NITEMS(absent_cases_s14));
	suite_add_tcase(s, tc);
	tc = tcase_create("session15");
	tcase_add_loop_test(tc, test_claim_s15, 0, PX_NITEMS(claim_cases_s15));
	tcase_add_loop_test(tc, test_absent_s15, 0,
	    PX_NITEMS(absent_cases_s15));
	suite_add_tcase(s, tc);
	return s;
}
