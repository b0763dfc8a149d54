/*
 * claims-counts.c: counts of the dead, injured, missing, detained,
 * launched ... and of prisoners exchanged.
 *
 * A count is a figure that is not a year, date, ordinal, ... and that is
 * tied to an event by a verb before it ("killing eight people"), a verb
 * after its noun ("137 servicemen had been killed", not when the noun is
 * the doer: "five gunmen killed ..."), or an event noun ("200 launches of
 * missiles", "a death toll of 90"), or a figure "put at" for the count of
 * the sentence or the one before ("put the number at 212", given by who
 * puts it); parts of another count ("including 10 officers", "two of the
 * injured") and superseded figures ("revised from 120 to 2,000") are left
 * out; a count of people keeps its place ("people in Turkey"; in a
 * sentence set in capitals, only a country or capital of the tables, by
 * its name; "in Atlantis's Vesi district": Vesi district); a single role
 * held ("the ship's captain has been detained") counts one; bodies count
 * the dead, but a count of bodies below a toll of the article is the
 * recovery so far and is dropped once the article is read (struct state's
 * bodies; not below a toll only feared: "nearly 40 are feared dead"); a
 * "toll" counts the dead, a "tally" what its qualifier names ("the tally
 * of the dead"), "the number of people killed" what its verb names, before
 * a verb of a toll ("has risen to 29"); lives "claimed", "taken" or "cost"
 * are the dead, and so are those who "lost their lives"; survivors "with
 * injuries", people "admitted to", "treated in", "taken" or "rushed to" a
 * hospital, "treated for their injuries" or "receiving treatment" are
 * injured; a figure "put" for a count its phrase names ("put the number of
 * dead at seven") is that count, given by who puts it; houses "fully or
 * partially damaged" ("damaged or destroyed") count the destroyed; a place
 * "home to" people gives its population, and people "affected",
 * "evacuated", "moved to shelters" or "staying in shelters" are the
 * event's own population counts (not the "displaced": see
 * evacuees_after()), and so are people authorities "evacuated" (not
 * authorities "in X", another place's).  The place of a count stops at
 * another verb ("will take place in X") and at a hospital or a shelter
 * they were taken to, and is no name cut before its "of" ("the Bay of X")
 * nor the name of an incident ("in the Vesi Air crash"); a release still
 * to come ("talks on freeing nine") is none.  Counts of an earlier event
 * ("in March 2025", "the 2012 crash", "an earlier quake") are kept, under
 * a subject dated apart ("people (March 2025)"), so that they never join
 * the story's own. Prisoners exchanged count as those freed ("exchanged
 * 150 prisoners of war each", "brought home 120 ...", a total so far),
 * with the day of the exchange; a swap agreed, per side, as those to be
 * exchanged ("will swap 300 ... each", "250 Ukrainian prisoners would be
 * released"), apart. A state before people counts them ("treated 57
 * injured people"); a figure "raised" ("raised the number of injured to
 * 31") is given by who raises it; passengers a vehicle carried are counted
 * aboard, never as people of a toll, and so are people "believed to have
 * been on board" or "crammed" into it; people rescued, saved or who
 * survived are counted apart (CLAIM_RESCUED), and so are those the verb
 * names before the figure ("rescued 12 people", "pulled nine people
 * alive"); a total "so far this year" is dated apart ("people (this
 * year)"); floors are things a fire destroys ("six floors of the building
 * were gutted"), and of "seven of the building's twelve floors were burnt"
 * the part is the count, not the whole.
 *
 * Nationality of servicemen, when the phrase does not give it: a list that
 * an "others" continues, the subject of an earlier count in the sentence
 * for a bare figure ("316 were injured"), else the side of the speaker (a
 * side reporting unqualified losses reports its own).
 *
 * Captives: people abducted, kidnapped, "seized" or "carried away" are
 * missing, those "still being held" (or "in captivity", "in the hands
 * of") missing as "people (still held)"; those freed by their captors
 * are released, as "prisoners" (of the side the phrase names) when a
 * state or an army held them, else "hostages"; those who escaped or whom
 * troops freed are rescued.  A crowd's size is a population, "crowd"
 * ("police estimated the crowd at 80,000", "400,000 people marched"),
 * by whoever estimates it; a ship's crew counted as it sailed is aboard,
 * "crew"; people left in a besieged town ("remain trapped inside X") are
 * "people remaining", and a town's people when the town opens the
 * sentence ("X, which is home to 300,000 people") its population; so
 * are people "trapped" in an article that names a siege.  People who
 * "fled into" or "crossed into" another country, and refugees
 * "registered" there, are "refugees".
 *
 * Subjects, so that outlets' counts of one thing meet: a group of people
 * killed, injured or missing ("miners", "residents"), or of a crowd
 * detained ("protesters", "suspects"), is "people" unless
 * the sentence counts two groups ("9 miners and 2 rescuers"; people
 * rescued or brought out are no group of its counts), and so are
 * two groups under one figure ("14 soldiers and civilians"); drones by
 * any name are "drones", missiles lose their model name; weapons count
 * when launched ("attacked X with 143 drones", "143 drones and four
 * missiles", "35 drones were used") or shot down, also as a part of the
 * launched ("shot down or jammed 118 of the drones", "destroyed 118 out
 * of 143 UAVs", "shot down 41 of 47 drones": 47 launched).
 *
 * A side's losses in a war's briefings: servicemen "lost" ("the Ukrainian
 * army lost up to 145 servicemen", "losses ... amounted to 230",
 * "put Russian losses at 1,120 personnel") are the dead of the side that
 * lost them, equipment lost is destroyed, and a list goes on after a
 * comma as after "and" ("four tanks, nine armored combat vehicles and 23
 * UAVs").  Equipment is named so that lists meet (equipment[]: "armored
 * combat vehicles" are "armoured vehicles", "MiG-29 jets" "aircraft"),
 * with the side's adjective the phrase or the losses give.  Weapons
 * "used" or "involved" in an attack, that "took part" in it or that a
 * place was "hit by" were launched; a part of them "downed" ("41 of the
 * drones were downed", "58 of the drones and three cruise missiles were
 * shot down") or weapons "intercepted" were destroyed.  "The deaths of
 * 143 civilians" are dead, and so are people "eliminated"; tanks
 * "knocked out" are destroyed; a headline in title case ("Rebels Say 480
 * Government Troops Killed, 11 Tanks Destroyed") is read as if its
 * capitals told no names.
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "entities.h"
#include "numbers.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* counts */
LIST(mil_nouns, "servicemen", "servicemembers", "soldiers", "troops",
    "forces", "personnel", "heroes", "fighters", "marines",
    "paratroopers", "conscripts", "officers", "sailors", "airmen",
    "combatants", "servicewomen", "troopers", "guardsmen", "reservists",
    "service members", "military");
LIST(civ_nouns, "civilians", "residents", "inhabitants", "non-combatants",
    "civilian", "villager", "bystander",
    "noncombatants", "villagers", "locals", "bystanders");
LIST(child_nouns, "children", "kids", "minors", "schoolchildren", "child",
    "minor");
/* Heads of a count of people: "38 people", "one passenger". */
LIST(people_nouns, "people", "persons", "person", "individuals", "lives",
    "victims", "victim", "passengers", "passenger");
/*
 * One person held for the event, named by a role in the singular: "the
 * cargo ship's captain has been detained" is a count of one.  Roles that
 * name a single accountable person, not a body.
 */
LIST(single_roles, "captain", "skipper", "pilot", "co-pilot", "driver",
    "owner", "suspect", "gunman", "attacker", "assailant", "bomber",
    "helmsman", "engineer", "conductor", "manager", "operator", "shooter");
/* Verbs of surviving and suffering and what survivors may have:
 * "survived with injuries", "suffered burns" (see survived_hurt()). */
LIST(survive_verbs, "survived", "survive", "survives", "surviving");
LIST(suffer_verbs, "suffered", "sustained", "suffer", "sustain");
LIST(injury_nouns, "injuries", "injury", "wounds", "burns", "fractures");
LIST(kill_participles, "killed", "slain", "murdered");
LIST(verb_fill, "remain", "remained", "remains", "still", "were", "was",
    "have", "has", "had", "are", "is", "been",
    "be", "being", "will", "would", "could", "may", "might", "reportedly",
    "reported", "confirmed", "believed", "feared", "thought", "said",
    "presumed", "now", "so", "far", "also", "already", "all", "officially",
    "allegedly", "apparently", "either", "been", "to", "get", "got",
    "later", "since", "then", "likely", "probably", "possibly", "just",
    "either", "both", "still", "found", "left", "known");
LIST(modifiers_drop, "his", "her", "its", "their", "our", "my", "your",
    "total", "other", "more", "further", "additional",
    "another", "some", "of", "the", "a", "an", "about", "around", "nearly",
    "at", "least", "than", "over", "almost", "roughly");

/* Words after "of" that end a noun of their own: "prisoners of war". */
LIST(of_tails, "war", "conscience");

/* Verbs and participles that carry the event of a count after its noun. */
static const struct kw after_verbs[] = {
	{ "killed", CLAIM_KILLED }, { "died", CLAIM_KILLED },
	{ "dead", CLAIM_KILLED }, { "slain", CLAIM_KILLED },
	{ "perished", CLAIM_KILLED }, { "murdered", CLAIM_KILLED },
	{ "eliminated", CLAIM_KILLED },
	{ "massacred", CLAIM_KILLED }, { "executed", CLAIM_KILLED },
	{ "drowned", CLAIM_KILLED }, { "die", CLAIM_KILLED },
	{ "injured", CLAIM_INJURED }, { "wounded", CLAIM_INJURED },
	{ "hurt", CLAIM_INJURED }, { "hospitalised", CLAIM_INJURED },
	{ "hospitalized", CLAIM_INJURED }, { "missing", CLAIM_MISSING },
	{ "unaccounted", CLAIM_MISSING }, { "trapped", CLAIM_MISSING },
	{ "detained", CLAIM_DETAINED },
	{ "arrested", CLAIM_DETAINED }, { "jailed", CLAIM_DETAINED },
	{ "imprisoned", CLAIM_DETAINED }, { "abducted", CLAIM_MISSING },
	{ "kidnapped", CLAIM_MISSING }, { "destroyed", CLAIM_DESTROYED },
	{ "freed", CLAIM_RELEASED }, { "released", CLAIM_RELEASED },
	{ "escaped", CLAIM_RESCUED },
	{ "demolished", CLAIM_DESTROYED }, { "razed", CLAIM_DESTROYED },
	{ "flattened", CLAIM_DESTROYED }, { "downed", CLAIM_DESTROYED },
	{ "burned", CLAIM_DESTROYED }, { "burnt", CLAIM_DESTROYED },
	{ "gutted", CLAIM_DESTROYED }, { "torched", CLAIM_DESTROYED },
	{ "wrecked", CLAIM_DESTROYED }, { "collapsed", CLAIM_DESTROYED },
	{ "buried", CLAIM_DESTROYED }, { "levelled", CLAIM_DESTROYED },
	{ "leveled", CLAIM_DESTROYED },
	{ "damaged", CLAIM_DAMAGED },
	{ "launched", CLAIM_LAUNCHED }, { "fired", CLAIM_LAUNCHED },
	{ "captured", CLAIM_CAPTURED }, { "seized", CLAIM_CAPTURED },
	{ "surrendered", CLAIM_CAPTURED }
};

/*
 * Verbs with a particle after a count's noun: "150 homes were swept
 * away".  Of people they say nothing sure (swept away is missing or
 * dead), and a count of people destroyed is dropped anyway.
 */
static const struct phrasal {
	const char	*verb, *particle;
	enum claim_kind	 kind;
} after_phrasals[] = {
	{ "swept", "away", CLAIM_DESTROYED },
	{ "washed", "away", CLAIM_DESTROYED },
	{ "carried", "away", CLAIM_DESTROYED },
	{ "blown", "away", CLAIM_DESTROYED },
	{ "knocked", "down", CLAIM_DESTROYED },
	{ "torn", "down", CLAIM_DESTROYED },
	{ "wiped", "out", CLAIM_DESTROYED }
};

/*
 * The same verbs with their particle before the figure: "sweeping away
 * 32 houses", "washed away 20 homes".
 */
static const struct phrasal before_phrasals[] = {
	{ "sweeping", "away", CLAIM_DESTROYED },
	{ "swept", "away", CLAIM_DESTROYED },
	{ "washing", "away", CLAIM_DESTROYED },
	{ "washed", "away", CLAIM_DESTROYED },
	{ "carrying", "away", CLAIM_DESTROYED },
	{ "knocking", "down", CLAIM_DESTROYED },
	{ "tearing", "down", CLAIM_DESTROYED },
	{ "wiping", "out", CLAIM_DESTROYED },
	{ "wiped", "out", CLAIM_DESTROYED },
	{ "knocked", "out", CLAIM_DESTROYED },
	{ "knocking", "out", CLAIM_DESTROYED }
};

/* Verbs right before a figure: "killing eight people". */
static const struct kw before_verbs[] = {
	{ "killing", CLAIM_KILLED }, { "killed", CLAIM_KILLED },
	{ "kills", CLAIM_KILLED }, { "kill", CLAIM_KILLED },
	{ "eliminated", CLAIM_KILLED }, { "eliminating", CLAIM_KILLED },
	{ "injuring", CLAIM_INJURED }, { "injured", CLAIM_INJURED },
	{ "wounding", CLAIM_INJURED }, { "wounded", CLAIM_INJURED },
	{ "injures", CLAIM_INJURED }, { "destroying", CLAIM_DESTROYED },
	{ "destroyed", CLAIM_DESTROYED }, { "destroys", CLAIM_DESTROYED },
	{ "downing", CLAIM_DESTROYED }, { "downed", CLAIM_DESTROYED },
	{ "burned", CLAIM_DESTROYED }, { "burnt", CLAIM_DESTROYED },
	{ "burning", CLAIM_DESTROYED }, { "burns", CLAIM_DESTROYED },
	{ "gutted", CLAIM_DESTROYED }, { "gutting", CLAIM_DESTROYED },
	{ "razed", CLAIM_DESTROYED }, { "razing", CLAIM_DESTROYED },
	{ "torched", CLAIM_DESTROYED }, { "torching", CLAIM_DESTROYED },
	{ "burying", CLAIM_DESTROYED }, { "flattening", CLAIM_DESTROYED },
	{ "damaging", CLAIM_DAMAGED }, { "damaged", CLAIM_DAMAGED },
	{ "launching", CLAIM_LAUNCHED }, { "launched", CLAIM_LAUNCHED },
	{ "launches", CLAIM_LAUNCHED }, { "firing", CLAIM_LAUNCHED },
	{ "fired", CLAIM_LAUNCHED }, { "capturing", CLAIM_CAPTURED },
	{ "captured", CLAIM_CAPTURED }, { "detaining", CLAIM_DETAINED },
	{ "detained", CLAIM_DETAINED }, { "arresting", CLAIM_DETAINED },
	{ "arrested", CLAIM_DETAINED },
	/* people taken by force are missing until freed */
	{ "abducted", CLAIM_MISSING }, { "abducting", CLAIM_MISSING },
	{ "abduct", CLAIM_MISSING }, { "abducts", CLAIM_MISSING },
	{ "kidnapped", CLAIM_MISSING }, { "kidnapping", CLAIM_MISSING },
	{ "kidnap", CLAIM_MISSING }, { "kidnaps", CLAIM_MISSING },
	/* "killing 14 miners and trapping 28 others" (not "trapped":
	 * "believed to be trapped about 300m underground") */
	{ "trapping", CLAIM_MISSING }, { "traps", CLAIM_MISSING },
	/* people freed are no new captives: a count of its own */
	{ "release", CLAIM_RELEASED }, { "released", CLAIM_RELEASED },
	{ "releasing", CLAIM_RELEASED }, { "releases", CLAIM_RELEASED },
	{ "free", CLAIM_RELEASED }, { "freed", CLAIM_RELEASED },
	{ "freeing", CLAIM_RELEASED }, { "frees", CLAIM_RELEASED },
	/* CLAIM_NKINDS: a verb that rules the figure out as a count
	 * (people exchanged both ways are no one side's count) */
	{ "evacuated", CLAIM_NKINDS }, { "rescued", CLAIM_NKINDS },
	{ "employs", CLAIM_NKINDS }, { "employed", CLAIM_NKINDS },
	{ "exchange", CLAIM_NKINDS }, { "exchanged", CLAIM_NKINDS },
	{ "exchanging", CLAIM_NKINDS }, { "swap", CLAIM_NKINDS },
	{ "swapped", CLAIM_NKINDS }, { "swapping", CLAIM_NKINDS },
	{ "trade", CLAIM_NKINDS }, { "traded", CLAIM_NKINDS },
	{ "return", CLAIM_NKINDS }, { "returned", CLAIM_NKINDS },
	{ "repatriate", CLAIM_NKINDS }, { "repatriated", CLAIM_NKINDS }
};

/* Nouns that are themselves the event: "200 launches", "90 deaths". */
static const struct kw event_nouns[] = {
	{ "deaths", CLAIM_KILLED }, { "dead", CLAIM_KILLED },
	{ "fatalities", CLAIM_KILLED }, { "killed", CLAIM_KILLED },
	{ "injuries", CLAIM_INJURED },
	{ "injured", CLAIM_INJURED }, { "wounded", CLAIM_INJURED },
	{ "launches", CLAIM_LAUNCHED }, { "arrests", CLAIM_DETAINED },
	{ "detentions", CLAIM_DETAINED }, { "missing", CLAIM_MISSING },
	{ "casualties", CLAIM_CASUALTIES }, { "prisoners", CLAIM_CAPTURED },
	{ "captives", CLAIM_CAPTURED }, { "detainees", CLAIM_DETAINED }
};

/* A state before the noun of people it counts: "57 injured people". */
static const struct kw state_adjs[] = {
	{ "injured", CLAIM_INJURED }, { "wounded", CLAIM_INJURED },
	{ "dead", CLAIM_KILLED }, { "missing", CLAIM_MISSING }
};

/*
 * Nouns right after a figure that count the dead: "41 bodies (were)
 * recovered" ("bodies of water" and "UN bodies" are not).
 */
LIST(body_nouns, "bodies", "corpses");

/*
 * Weapons that are launched and shot down.  A count of drones by any name
 * ("UAVs", "attack drones", "unmanned aerial vehicles") is of "drones"
 * (with the side, if the phrase names one); of missiles, the kind of
 * missile without a model name ("ballistic missiles").
 */
LIST(weapon_nouns, "drones", "drone", "uavs", "uav", "missiles", "missile",
    "rockets", "rocket", "shells", "bombs", "vehicles", "aircraft",
    "helicopters", "jets", "planes", "warplanes");
LIST(drone_nouns, "drones", "drone", "uavs", "uav");
/* What is launched at a target (not aircraft, which fly). */
LIST(projectile_nouns, "drones", "drone", "uavs", "uav", "missiles",
    "missile", "rockets", "rocket", "shells", "bombs");
LIST(missile_nouns, "missiles", "missile", "rockets", "rocket");
/* Verbs that destroy a weapon only ("intercepted 40 drones"); of people
 * they say other things. */
LIST(weapon_verbs, "intercepted", "intercepting", "intercepts",
    "neutralized", "neutralised", "neutralizing", "neutralising",
    "neutralizes", "neutralises");
/*
 * Military equipment a side loses or destroys, by head noun, and the name
 * a count of it goes by, so that outlets' lists meet: "armored combat
 * vehicles" and "armoured vehicles" are "armoured vehicles", "field
 * artillery guns" and "artillery systems" are "artillery", a "fighter
 * jet" or a "fighter-bomber" is "aircraft".  A head with the word before
 * it that it needs ("artillery" before "guns"); NULL: any word, or none.
 */
static const struct equip {
	const char	*head, *before, *as;
} equipment[] = {
	{ "tanks", NULL, "tanks" }, { "tank", NULL, "tanks" },
	{ "vehicles", "armored", "armoured vehicles" },
	{ "vehicles", "armoured", "armoured vehicles" },
	{ "vehicles", "combat", "armoured vehicles" },
	{ "vehicles", "fighting", "armoured vehicles" },
	{ "vehicles", "personnel", "armoured vehicles" },
	{ "apcs", NULL, "armoured vehicles" },
	{ "ifvs", NULL, "armoured vehicles" },
	{ "guns", "artillery", "artillery" },
	{ "pieces", "artillery", "artillery" },
	{ "systems", "artillery", "artillery" },
	{ "howitzers", NULL, "artillery" }, { "mortars", NULL, "mortars" },
	{ "aircraft", NULL, "aircraft" }, { "jets", NULL, "aircraft" },
	{ "warplanes", NULL, "aircraft" }, { "planes", NULL, "aircraft" },
	{ "bombers", NULL, "aircraft" },
	{ "fighter-bombers", NULL, "aircraft" },
	{ "helicopters", NULL, "helicopters" },
	{ "launchers", NULL, NULL }, { "depots", NULL, NULL },
	{ "radars", NULL, NULL }, { "boats", NULL, NULL },
	{ "ships", NULL, NULL }, { "trucks", NULL, NULL },
	{ "positions", NULL, NULL }, { "warehouses", NULL, NULL },
	{ "stations", NULL, NULL }, { "drones", NULL, "drones" },
	{ "drone", NULL, "drones" }, { "uavs", NULL, "drones" },
	{ "uav", NULL, "drones" }
};

/* "attacked X with 143 drones": the weapons were launched. */
LIST(attack_verbs, "attacked", "attacks", "attack", "attacking", "struck",
    "strikes", "striking", "hit", "hits", "targeted", "targets",
    "targeting", "pounded", "pounds", "pounding", "bombarded",
    "bombards", "shelled", "shells", "shelling");

/* Subjects of counts that name the same things: "houses" are "homes". */
static const struct synonym {
	const char	*word, *as;
} subject_synonyms[] = {
	{ "houses", "homes" }, { "dwellings", "homes" },
	{ "residences", "homes" }, { "homes", "homes" }
};

/*
 * Groups of people that a count names by what they were doing or where
 * they lived: their dead, injured or missing are the story's people ("41
 * miners were killed" in a mine disaster is its death toll), unless the
 * sentence counts two groups ("killed 5 miners and 3 rescuers").  Not
 * civilians: in a war they are a part of the dead, counted apart ("hundreds
 * of civilians killed since the invasion" against "8 people killed" in a
 * strike); nor the detained ("17 fishermen detained" at one protest are
 * not the people detained at another).
 */
LIST(people_groups, "miners", "workers", "passengers", "residents",
    "villagers", "inhabitants", "locals", "bystanders", "pilgrims",
    "worshippers",
    "tourists", "migrants", "commuters", "labourers", "laborers",
    "employees", "fishermen", "crew", "crewmen", "holidaymakers",
    "spectators", "shoppers", "travellers", "travelers", "students",
    "people", "persons", "individuals", "victims", "protesters",
    "demonstrators", "marchers", "mourners", "supporters", "suspects",
    "members", "pupils", "schoolchildren", "schoolgirls", "schoolboys",
    "member", "guards", "guard", "crewman", "sailors", "seafarers");
/* People of a crowd, who are the story's people when detained too ("17
 * fishermen detained" stay fishermen). */
LIST(crowd_nouns, "people", "persons", "individuals", "protesters",
    "demonstrators", "marchers", "mourners", "supporters", "suspects",
    "members");
/* Other people a sentence may count beside such a group. */
LIST(other_groups, "rescuers", "firefighters", "policemen", "police",
    "officers", "guards", "volunteers", "doctors", "medics", "nurses",
    "journalists", "women", "men", "staff", "teachers", "coastguards",
    "guests", "rebels", "militants", "gunmen", "attackers", "prisoners");
LIST(pop_places, "city", "town", "village", "country", "nation", "region",
    "capital", "metropolis", "municipality", "island", "state", "province",
    "port", "district", "enclave", "settlement", "hub", "junction",
    "suburb", "community");
LIST(pop_nouns, "people", "residents", "inhabitants", "citizens",
    "population", "souls");
LIST(citizen_nouns, "citizens", "nationals", "compatriots");
LIST(part_of, "including", "incl", "among", "of", "includes", "include");

static char *
adj_servicemen(struct state *S, const char *country)
{
	const char	*adj = entities_adjective(S->ent, country);

	if (adj == NULL)
		return util_strdup("servicemen");
	return util_printf("%s servicemen", adj);
}

/*
 * A model's name among the words of a noun phrase: a capitalised word with
 * a figure in it ("MiG-29", "Su-34", "S-300") or in capitals ("HIMARS"),
 * before a lower-case word ("MiG-29 jets", "HIMARS launchers").
 */
static int
model_word(const struct sent *st, size_t j)
{
	const char	*w = st->s + st->t[j].s;
	size_t		 n = st->t[j].e - st->t[j].s, k, up = 0, dig = 0;
	size_t		 low = 0;

	if (j + 1 >= st->n || st->t[j + 1].type != TW || st->t[j + 1].cap)
		return 0;
	for (k = 0; k < n; k++) {
		if (w[k] >= '0' && w[k] <= '9')
			dig++;
		else if (w[k] >= 'A' && w[k] <= 'Z')
			up++;
		else if (w[k] != '-')
			low++;
	}
	return dig > 0 || (low == 0 && up >= 3);
}

/*
 * The noun phrase after a figure: [a, b) and its head.  "of" joins
 * "hundreds of civilians" and "launches of missiles".
 */
static void
np_after(const struct sent *st, size_t i, size_t *a, size_t *b)
{
	size_t	j = i + 1, n = 0;

	*a = j;
	while (j < st->n && st->t[j].type == TW && n < 6) {
		/* "of the RSF", "of Kharkiv": a phrase of its own */
		if (tok_word(st, j, "of") && (tok_in_list(st, j + 1,
		    words_dets) || tok_capword(st, j + 1)))
			break;
		if (tok_in_list(st, j, words_np_stop) &&
		    !(tok_word(st, j, "of") && j + 1 < st->n &&
		    st->t[j + 1].type == TW && !tok_in_list(st, j + 1,
		    words_dets) && (tok_in_list(st, j + 1, words_poss_pron) ||
		    tok_word(st, j + 1, "our") ||
		    !tok_in_list(st, j + 1, words_np_stop))))
			break;
		/* "22 miners lost their lives": a verb */
		if (j > *a && tok_word(st, j, "lost") && (tok_word(st, j + 1,
		    "their") || tok_word(st, j + 1, "his") ||
		    tok_word(st, j + 1, "her")))
			break;
		/* "20 passengers survived", "41 people said": verbs */
		if (j > *a && (tok_in_list(st, j, survive_verbs) ||
		    tok_in_list(st, j, suffer_verbs) ||
		    tok_in_list(st, j, words_say_verbs)))
			break;
		if (tok_kw_find(st, j, after_verbs,
		    PX_NITEMS(after_verbs)) >= 0 && j > *a &&
		    !tok_word(st, j, "dead") && !tok_word(st, j, "wounded") &&
		    !tok_word(st, j, "injured") && !tok_word(st, j, "missing"))
			break;
		if (tok_kw_find(st, j, after_verbs,
		    PX_NITEMS(after_verbs)) >= 0 && j == *a &&
		    !tok_word(st, j, "dead") && !tok_word(st, j, "wounded") &&
		    !tok_word(st, j, "injured") &&
		    !tok_word(st, j, "missing") && !tok_word(st, j, "trapped"))
			break;
		/* a capitalised word that is not a side ends the phrase (but
		 * "attack UAVs") */
		if (st->t[j].cap && j > *a && !tok_word(st, j - 1, "of") &&
		    !tok_in_list(st, j, weapon_nouns) && !model_word(st, j) &&
		    !st->titled)
			break;
		/* so does an adverb: "86 seriously wounded" */
		if (!st->t[j].cap && st->t[j].e - st->t[j].s > 4 &&
		    memcmp(st->low + st->t[j].e - 2, "ly", 2) == 0 &&
		    !tok_word(st, j, "family") && !tok_word(st, j, "elderly"))
			break;
		j++;
		n++;
	}
	*b = j;
}

/* Skip ", including 10 officers,", "(...)", ", a nurse," and similar
 * asides. */
static size_t
skip_aside(const struct sent *st, size_t j)
{
	size_t	k;

	if (tok_comma(st, j) && (tok_in_list(st, j + 1, part_of) ||
	    tok_word(st, j + 1, "most") || tok_word(st, j + 1, "mostly") ||
	    tok_word(st, j + 1, "according"))) {
		for (k = j + 1; k < st->n && k < j + 14; k++)
			if (tok_comma(st, k))
				return k + 1;
	}
	if (tok_punct(st, j, '(')) {
		for (k = j + 1; k < st->n && k < j + 14; k++)
			if (tok_punct(st, k, ')'))
				return k + 1;
	}
	/* an apposition: "one person, a volunteer firefighter, died" */
	if (tok_comma(st, j) && (tok_word(st, j + 1, "a") ||
	    tok_word(st, j + 1, "an"))) {
		for (k = j + 2; k < st->n && k < j + 8; k++) {
			if (tok_comma(st, k))
				return k + 1;
			if (st->t[k].type != TW ||
			    tok_in_list(st, k, words_np_stop))
				break;
		}
	}
	return j;
}

/* Verbs that only ever describe what happened to the subject. */
LIST(intransitive, "died", "dead", "perished", "missing", "unaccounted",
    "drowned", "slain", "surrendered", "die", "collapsed");

/*
 * "five gunmen killed three people": a transitive verb right after the
 * noun (no passive auxiliary before it) with an object after it makes the
 * noun the doer, not the victim.
 */
static int
active_voice(const struct sent *st, size_t j, size_t nfill)
{
	size_t	k;

	if (tok_in_list(st, j, intransitive))
		return 0;
	for (k = j; k > 0 && k + nfill >= j && k + 4 > j; k--)
		if (tok_in_words(st, k - 1, (const char *const[]){ "was",
		    "were", "been", "be", "being", "is", "are", "got", "get",
		    "reported", "confirmed", "believed", "feared", "remain",
		    "remained", "remains", "left", NULL }))
			return 0;
	if (j + 1 >= st->n)
		return 0;
	return tok_in_list(st, j + 1, words_dets) ||
	    tok_in_list(st, j + 1, words_poss_pron) ||
	    st->t[j + 1].type == TN || tok_word(st, j + 1, "them") ||
	    tok_word(st, j + 1, "him") || tok_word(st, j + 1, "her") ||
	    tok_word(st, j + 1, "dozens") || tok_word(st, j + 1, "hundreds") ||
	    tok_word(st, j + 1, "thousands") || (st->t[j + 1].cap &&
	    !st->titled &&
	    st->t[j + 1].type == TW && !tok_in_list(st, j + 1, words_days) &&
	    !tok_in_list(st, j + 1, words_months)) ||
	    tok_word(st, j + 1, "it") || tok_word(st, j + 1, "their") ||
	    tok_word(st, j + 1, "at");
}

/*
 * "20 passengers survived with (minor) injuries", "suffered burns": the
 * survivors are the injured; "survived unhurt" says no injury.  Returns
 * the token of the noun of injuries after the verb at j, or 0.
 */
static size_t
survived_hurt(const struct sent *st, size_t j)
{
	size_t	k;

	if (tok_in_list(st, j, survive_verbs) && tok_word(st, j + 1, "with"))
		j++;
	else if (!tok_in_list(st, j, suffer_verbs))
		return 0;
	for (k = j + 1; k < st->n && k < j + 4 && st->t[k].type == TW; k++) {
		if (tok_in_list(st, k, injury_nouns))
			return k;
		if (tok_in_list(st, k, words_np_stop) || st->t[k].cap)
			break;
	}
	return 0;
}

/*
 * "admitted to (Vesi General) Hospital", "treated in hospital", "treated
 * at local hospitals", "taken to hospital", "rushed to a hospital": people
 * taken into a hospital are injured; so are people "treated for (their)
 * injuries" and people "receiving treatment".  Returns the token of the
 * hospital noun (or of the injuries, or "treatment") after the verb at j,
 * or 0; a verb with no hospital after it ("admitted to the university",
 * "treated fairly", "taken to the capital") says nothing of injuries.
 */
LIST(hospital_verbs, "admitted", "treated", "taken", "rushed", "brought",
    "flown", "airlifted", "transferred", "transported", "sent", "moved");
LIST(treatment_verbs, "receiving", "received", "receive", "undergoing",
    "getting", "needing", "needed", "requiring", "required");

/* What people are treated for besides injuries: "breathing
 * difficulties", "smoke inhalation", "respiratory problems". */
LIST(ailment_nouns, "problems", "difficulties", "symptoms", "poisoning",
    "inhalation", "complaints", "trauma", "hypothermia", "cuts",
    "bruises", "shock");

static size_t
hospital_after(const struct sent *st, size_t j)
{
	size_t	k;

	if (tok_in_list(st, j, treatment_verbs) && (tok_word(st, j + 1,
	    "treatment") || (tok_word(st, j + 1, "medical") &&
	    tok_word(st, j + 2, "treatment"))))
		return tok_word(st, j + 1, "treatment") ? j + 1 : j + 2;
	/* "400 people are (currently) in hospital", "52 remained in the
	 * hospital" */
	if (tok_word(st, j, "in") && j > 0 && (tok_in_words(st, j - 1,
	    (const char *const[]){ "are", "were", "remain", "remained",
	    "remains", "still", "currently", "now", NULL })) &&
	    (tok_word(st, j + 1, "hospital") || (tok_word(st, j + 1, "the") &&
	    tok_word(st, j + 2, "hospital"))))
		return tok_word(st, j + 1, "hospital") ? j + 1 : j + 2;
	if (!tok_in_list(st, j, hospital_verbs))
		return 0;
	/* "treated for (their) injuries", "treated for burns", "being
	 * treated for respiratory problems", "for smoke inhalation" */
	if (tok_word(st, j, "treated") && tok_word(st, j + 1, "for")) {
		size_t	w;

		k = j + 2;
		if (tok_in_list(st, k, words_poss_pron) ||
		    tok_word(st, k, "minor") || tok_word(st, k, "serious"))
			k++;
		if (tok_in_list(st, k, injury_nouns))
			return k;
		for (w = k; w < k + 3 && w < st->n && st->t[w].type == TW &&
		    !st->t[w].cap; w++)
			if (tok_in_list(st, w, ailment_nouns))
				return w;
	}
	/* verbs of moving name a hospital right after "to" */
	if (!tok_word(st, j, "admitted") && !tok_word(st, j, "treated") &&
	    !tok_word(st, j + 1, "to"))
		return 0;
	for (k = j + 1; k < st->n && k < j + 7 && st->t[k].type == TW; k++)
		if (tok_word(st, k, "hospital") || tok_word(st, k, "hospitals"))
			return k;
	return 0;
}

/*
 * "(treated 63 people) for gunshot and other wounds", "for their
 * injuries", "for burns": "for" at token j and an injury within the next
 * few words; the injury's token, or 0.
 */
static size_t
treated_for(const struct sent *st, size_t j)
{
	size_t	k;

	if (!tok_word(st, j, "for"))
		return 0;
	for (k = j + 1; k < st->n && k < j + 6 && st->t[k].type == TW &&
	    !st->t[k].cap; k++)
		if (tok_in_list(st, k, injury_nouns) || tok_in_list(st, k,
		    ailment_nouns))
			return k;
	return 0;
}

/*
 * The main verb's auxiliary after a relative clause that starts at token
 * j ("who set out from Kell before the warnings were issued | are still
 * missing"): a form of "be", "have" or "remain" (with "still") before a
 * verb that only tells a fate (intransitive), within the clause's
 * punctuation.  Returns its token, or -1.
 */
static int
relative_main(const struct sent *st, size_t j)
{
	size_t	k, v;

	for (k = j + 1; k < st->n && k < j + 16; k++) {
		if (st->t[k].type == TP)
			return -1;
		if (!tok_in_words(st, k, (const char *const[]){ "are", "were",
		    "is", "was", "remain", "remained", "remains", "have",
		    "has", NULL }))
			continue;
		v = k + 1;
		while (v < st->n && v < k + 4 && tok_in_list(st, v, verb_fill))
			v++;
		if (tok_in_list(st, v, intransitive))
			return (int)k;
	}
	return -1;
}

/*
 * People a disaster reached without killing or hurting them: "3.2 million
 * people have been affected", "800,000 people were evacuated (to storm
 * shelters)", "moved to cyclone shelters", "are still staying in
 * shelters".  These count a population of the event, under a subject of
 * its own.  People "displaced", or moved to camps, are not counted here.
 * Returns the subject for the noun phrase [a, b) of people and the verb
 * after it, with the verb's token in *at, or NULL.
 */
LIST(evacuee_heads, "people", "persons", "residents", "inhabitants",
    "villagers", "families", "households", "individuals", "civilians",
    "locals", "citizens", "refugees", "nationals");
/* Verbs of crossing a border: "have fled into X", "crossed into X". */
LIST(cross_verbs, "fled", "crossed", "poured", "streamed", "flooded");
LIST(move_verbs, "moved", "relocated", "shifted", "taken", "evacuated",
    "brought");
LIST(stay_verbs, "staying", "sheltering", "living", "housed", "sheltered");
LIST(shelter_nouns, "shelters", "shelter", "shelter-homes", "centres",
    "centers");

/* Places a count of people remains in or leaves: "in the town", "left
 * the city". */
LIST(settlement_nouns, "town", "city", "village", "enclave", "area",
    "region", "district");

LIST(leave_verbs, "leave", "fled", "flee", "abandon", "abandoned", "forced",
    "ordered", "driven", "moved");
LIST(force_verbs, "forcing", "forced", "driving", "drove", "ordering");
LIST(home_nouns, "homes", "home", "houses");

/* "their homes" (or "the homes") at token k, past "out of", "from". */
static int
homes_at(const struct sent *st, size_t k)
{
	if (tok_word(st, k, "out") && tok_word(st, k + 1, "of"))
		k += 2;
	else if (tok_word(st, k, "from") || tok_word(st, k, "out"))
		k++;
	return (tok_word(st, k, "their") || tok_word(st, k, "the")) &&
	    tok_in_list(st, k + 1, home_nouns);
}

/* The first of the n phrasals of p that tokens i and i + 1 spell, or
 * -1. */
static int
phrasal_at(const struct sent *st, size_t i, const struct phrasal *p,
    size_t n)
{
	size_t	k;

	for (k = 0; k < n; k++)
		if (tok_word(st, i, p[k].verb) &&
		    tok_word(st, i + 1, p[k].particle))
			return (int)k;
	return -1;
}

/* The kind of a verb and its particle right before token h, or -1. */
static int
phrasal_before(const struct sent *st, size_t h)
{
	int	k;

	k = phrasal_at(st, h - 2, before_phrasals, PX_NITEMS(before_phrasals));
	return k < 0 ? -1 : (int)before_phrasals[k].kind;
}

static const char *
evacuees_after(const struct sent *st, size_t a, size_t b, size_t *at)
{
	size_t	j, k;

	/* "people living near the factory": the participle is no noun */
	if (b > a + 1 && tok_in_words(st, b - 1, (const char *const[]){
	    "living", "residing", NULL }))
		b--;
	j = b;
	if (b == a || !tok_in_list(st, b - 1, evacuee_heads))
		return NULL;
	/* "forcing about 4,000 people to flee (leave)" */
	if (tok_word(st, b, "to") && tok_in_words(st, b + 1,
	    (const char *const[]){ "flee", "leave", "evacuate", NULL }))
		for (k = a; k > 0 && k + 4 > a; k--)
			if (tok_in_list(st, k - 1, force_verbs)) {
				*at = b + 1;
				return "people evacuated";
			}
	/* "forcing about 1,200 residents from their homes" */
	if (tok_word(st, b, "from") && homes_at(st, b))
		for (k = a; k > 0 && k + 4 > a; k--)
			if (tok_in_list(st, k - 1, force_verbs)) {
				*at = b + 2;
				return "people evacuated";
			}
	/* "people in 19 coastal districts have been affected", "6,200
	 * residents from seven villages on the slopes of the volcano have
	 * been moved to shelters", "3,500 people living near the factory
	 * were moved out of their homes" */
	if (tok_word(st, j, "in") || tok_word(st, j, "across") ||
	    tok_word(st, j, "from") || (tok_in_words(st, j,
	    (const char *const[]){ "living", "residing", NULL }) &&
	    tok_in_words(st, j + 1, (const char *const[]){ "near", "in",
	    "around", "close", "downstream", NULL })))
		for (k = j + 1; k < st->n && k < j + 12 &&
		    st->t[k].type != TP; k++)
			if (tok_in_words(st, k, (const char *const[]){ "have",
			    "has", "were", "are", "had", NULL })) {
				j = k;
				break;
			}
	while (j < st->n && j < b + 12 && tok_in_list(st, j, verb_fill))
		j++;
	*at = j;
	if (tok_word(st, j, "affected"))
		return "people affected";
	/* "were (preemptively) evacuated", "had fled to evacuation
	 * centres", "took refuge", "spent the night in shelters" */
	if (j - 1 > b && tok_word(st, j, "evacuated") && tok_ly_adverb(st,
	    j - 1))
		return "people evacuated";
	if (tok_ly_adverb(st, j) && tok_word(st, j + 1, "evacuated")) {
		*at = j + 1;
		return "people evacuated";
	}
	if ((tok_word(st, j, "fled") || tok_word(st, j, "flee")) &&
	    tok_word(st, j + 1, "to")) {
		for (k = j + 2; k < st->n && k < j + 6; k++)
			if (tok_in_list(st, k, shelter_nouns)) {
				*at = k;
				return "people evacuated";
			}
	}
	/* "50,000 people have fled into Kavira", "38,000 citizens have
	 * crossed into neighbouring Kavira", "fled across the border",
	 * "52,000 refugees had been registered": people who left the
	 * country, "refugees" */
	if (tok_in_list(st, j, cross_verbs) && (tok_word(st, j + 1, "into") ||
	    tok_word(st, j + 1, "across") || (tok_word(st, j + 1, "the") &&
	    tok_word(st, j + 2, "border")) || (tok_word(st, j + 1, "to") &&
	    (tok_capword(st, j + 2) || tok_word(st, j + 2, "neighbouring") ||
	    tok_word(st, j + 2, "neighboring"))))) {
		*at = j;
		return "refugees";
	}
	if (tok_word(st, b - 1, "refugees") && tok_in_words(st, j,
	    (const char *const[]){ "registered", "recorded", "arrived",
	    NULL })) {
		*at = j;
		return "refugees";
	}
	if ((tok_word(st, j, "took") || tok_word(st, j, "taken") ||
	    tok_word(st, j, "sought")) && tok_word(st, j + 1, "refuge")) {
		*at = j + 1;
		return "people evacuated";
	}
	if (tok_word(st, j, "spent") && tok_word(st, j + 1, "the") &&
	    tok_word(st, j + 2, "night") && tok_word(st, j + 3, "in") &&
	    tok_in_list(st, j + 4, shelter_nouns)) {
		*at = j + 4;
		return "people evacuated";
	}
	/* "about 2,600 people remain in the town", "180,000 civilians
	 * remain trapped inside Kadugli", "are still inside the city":
	 * those left in a place besieged or emptied, not people missing */
	k = tok_in_words(st, j, (const char *const[]){ "trapped", "stranded",
	    "living", NULL }) ? j + 1 : j;
	if (j > b && tok_in_words(st, j - 1, (const char *const[]){ "remain",
	    "remains", "remained", "are", "were", "still", NULL }) &&
	    (tok_word(st, k, "in") || tok_word(st, k, "inside")) &&
	    (tok_capword(st, k + 1) || (tok_in_list(st, k + 1, words_dets) &&
	    tok_in_list(st, k + 2, settlement_nouns)))) {
		*at = k;
		return "people remaining";
	}
	/* "3,000 civilians left Gulyaipole", "have left the town" */
	if (j > b && tok_word(st, j - 1, "left") && (tok_capword(st, j) ||
	    (tok_in_list(st, j, words_dets) && tok_in_list(st, j + 1,
	    settlement_nouns)))) {
		*at = j - 1;
		return "people evacuated";
	}
	/* "have now left their homes", "had to leave their homes", "have
	 * been ordered out of their homes" */
	if ((tok_in_list(st, j, leave_verbs) && homes_at(st, j + 1)) ||
	    (j > b && tok_word(st, j - 1, "left") && homes_at(st, j))) {
		*at = tok_in_list(st, j, leave_verbs) ? j + 1 : j;
		return "people evacuated";
	}
	if (tok_in_list(st, j, move_verbs) && (tok_word(st, j, "evacuated") ||
	    tok_word(st, j + 1, "to"))) {
		for (k = j + 1; k < st->n && k < j + 8 &&
		    st->t[k].type != TP; k++)
			if (tok_in_list(st, k, shelter_nouns)) {
				*at = k;
				return "people evacuated";
			}
		return tok_word(st, j, "evacuated") ? "people evacuated" :
		    NULL;
	}
	if (tok_in_list(st, j, stay_verbs) && tok_word(st, j + 1, "in"))
		for (k = j + 2; k < st->n && k < j + 5; k++)
			if (tok_in_list(st, k, shelter_nouns)) {
				*at = k;
				return "people in shelters";
			}
	return NULL;
}

/*
 * Whether the doer before the verb at token v is placed ("authorities in
 * West Bengal evacuated"): "in" and a capitalised word within its clause.
 */
static int
agent_placed(const struct sent *st, size_t v)
{
	size_t	k;

	for (k = v; k > 0 && k + 6 > v; k--) {
		if (st->t[k - 1].type == TP)
			return 0;
		if (tok_word(st, k - 1, "in") && tok_capword(st, k))
			return 1;
	}
	return 0;
}

/*
 * The top of an estimate of people reached that only gives its floor:
 * "more than three million" is under four million, "over 35,000" under
 * 36,000 (the figure's last significant place, one up).  Other figures
 * keep their own top.
 */
static double
estimate_high(const struct number *n)
{
	static const char *const floors[] = { "more than", "over",
	    "at least", "upwards of", "no less than", "no fewer than",
	    "not less than" };
	double	p = 1;
	size_t	i;

	if (n->high > n->value || n->hedge == NULL || n->value < 10)
		return n->high;
	for (i = 0; i < PX_NITEMS(floors); i++)
		if (strcasecmp(n->hedge, floors[i]) == 0)
			break;
	if (i == PX_NITEMS(floors))
		return n->high;
	while (fmod(n->value, p * 10) == 0)
		p *= 10;
	return n->value + p - 1;
}

/*
 * The passengers a vehicle carried: "was carrying 58 passengers", "had 52
 * passengers on board", "left at 1 a.m., with 58 passengers", "with 58
 * passengers and two drivers on board" (the passengers alone); the noun
 * at b - 1, "passengers" (not "people", nor "passengers and crew": all
 * aboard, in a count of no one group), not those of a relative clause
 * ("120 passengers who were treated": maybe some of them) nor the
 * subject of an event ("with 20 passengers killed").  Not a count of
 * people (CLAIM_ABOARD), so that it never meets a toll.  The token of the
 * verb, or 0.
 */
LIST(carry_verbs, "carrying", "carried", "carries", "carry", "had", "has",
    "with");
LIST(crew_nouns, "crew", "crews", "crewmembers", "drivers", "driver", "staff",
    "pilots", "attendants", "members", "others", "children", "people");

static size_t
aboard_before(const struct sent *st, size_t h, size_t b)
{
	if (h < 1 || !tok_word(st, b - 1, "passengers") ||
	    !tok_in_list(st, h - 1, carry_verbs) || ((tok_word(st, b,
	    "and") || tok_word(st, b, "or")) && tok_in_list(st, b + 1,
	    crew_nouns)) || tok_word(st, b, "who") || tok_word(st, b, "that") ||
	    tok_kw_find(st, b, after_verbs, PX_NITEMS(after_verbs)) >= 0 ||
	    (h > 1 && tok_word(st, h - 1, "with") && tok_word(st, h - 2,
	    "along")))
		return 0;
	return h - 1;
}

/* "crew", "crew members", "crewmembers" from a to b, perhaps with
 * "aboard" (not "drivers": the passengers alone are the count of
 * "passengers and two drivers"). */
static int
crew_np(const struct sent *st, size_t a, size_t b)
{
	if (b > a + 1 && tok_word(st, b - 1, "aboard"))
		b--;
	if (b == a + 1)
		return tok_word(st, a, "crew") || tok_word(st, a,
		    "crewmembers");
	return b == a + 2 && tok_word(st, a, "crew") && tok_word(st, a + 1,
	    "members");
}

/*
 * A ship's crew counted as it sailed: "with 21 crew members aboard",
 * "with 23 seafarers on board", "had 21 crew", "nine Indian seafarers
 * were aboard the ship".  The noun phrase [a, b) after the figure at
 * h: the verb's token (or the last of "on board"), or 0.
 */
LIST(seafarer_nouns, "seafarers", "sailors", "crewmen", "crewmembers",
    "crew", "mariners");

static size_t
crew_aboard(const struct sent *st, size_t h, size_t a, size_t b)
{
	size_t	j;

	if (b > a + 1 && tok_word(st, b - 1, "aboard"))
		b--;
	/* "40 passengers and crew": all aboard, of no one group */
	for (j = a; j < b; j++)
		if (tok_word(st, j, "and") || tok_word(st, j, "passengers"))
			return 0;
	if (!(tok_in_list(st, b - 1, seafarer_nouns) || (b > a + 1 &&
	    tok_word(st, b - 1, "members") && tok_word(st, b - 2, "crew"))))
		return 0;
	/* "with 21 crew (members) aboard", "had 21 crew" */
	if (h > 0 && tok_in_words(st, h - 1, (const char *const[]){ "with",
	    "had", "has", "carrying", "carried", NULL }))
		return h - 1;
	/* "nine Indian seafarers were aboard (on board)" */
	j = b;
	if (tok_in_words(st, j, (const char *const[]){ "were", "are", "was",
	    NULL }))
		j++;
	if (tok_word(st, j, "aboard"))
		return j;
	if (tok_word(st, j, "on") && tok_word(st, j + 1, "board"))
		return j + 1;
	return 0;
}

/* "crew", or "Indian crew" (in buf, of size len) when the phrase [a, b)
 * names their country. */
static const char *
crew_subject(struct state *S, const struct sent *st, size_t a, size_t b,
    char *buf, size_t len)
{
	const char	*c, *adj;
	size_t		 k;

	for (k = a; k < b; k++)
		if ((c = places_country(S, st, k)) != NULL &&
		    (adj = entities_adjective(S->ent, c)) != NULL &&
		    strlen(adj) + 6 < len) {
			snprintf(buf, len, "%s crew", adj);
			return buf;
		}
	return "crew";
}

/* "passengers were on board", "had been aboard", "people were believed
 * to have been on board", "migrants had been crammed (into the boat)":
 * the last token after the noun at b - 1, or 0. */
LIST(aboard_nouns, "passengers", "people", "persons", "migrants",
    "refugees", "asylum-seekers");
LIST(aboard_hedges, "believed", "thought", "said", "reported", "estimated");

static size_t
aboard_after(const struct sent *st, size_t b)
{
	size_t	j = b;

	if (!tok_in_list(st, b - 1, aboard_nouns) || !tok_in_words(st, j,
	    (const char *const[]){ "were", "had", "are", "was", NULL }))
		return 0;
	j++;
	/* "were believed to have been" */
	if (tok_in_list(st, j, aboard_hedges) && tok_word(st, j + 1, "to") &&
	    tok_word(st, j + 2, "have"))
		j += 3;
	if (tok_word(st, j, "been"))
		j++;
	if (tok_word(st, j, "aboard") || tok_word(st, j, "crammed") ||
	    tok_word(st, j, "packed"))
		return j;
	return tok_word(st, j, "on") && tok_word(st, j + 1, "board") ? j + 1 :
	    0;
}

/*
 * "22 people had been rescued", "24 migrants survived", "22 survivors
 * were brought to X", "were saved", "84 miners had been brought out alive",
 * "have reached the surface": people who came out alive, a count
 * of their own (CLAIM_RESCUED) that never meets a toll; not those who
 * survived with injuries (survived_hurt()) nor "survived unhurt".  The
 * last token of the verb, or 0.
 */
LIST(rescued_verbs, "rescued", "saved", "pulled", "plucked");

LIST(trapped_heads, "miners", "workers", "climbers", "villagers",
    "residents", "tourists", "students", "children");

/* "reached the surface", "brought out alive", "brought to the surface"
 * at token j: the verb phrase's last token, or 0. */
static size_t
out_alive(const struct sent *st, size_t j)
{
	if (tok_in_words(st, j, (const char *const[]){ "reached", "reach",
	    NULL }) && tok_word(st, j + 1, "the") && tok_word(st, j + 2,
	    "surface"))
		return j + 2;
	if (!tok_in_words(st, j, (const char *const[]){ "brought", "pulled",
	    "hauled", "lifted", NULL }))
		return 0;
	if (tok_word(st, j + 1, "out") && tok_word(st, j + 2, "alive"))
		return j + 2;
	if (tok_word(st, j + 1, "to") && tok_word(st, j + 2, "the") &&
	    tok_word(st, j + 3, "surface"))
		return j + 3;
	return 0;
}

static size_t
rescued_after(const struct sent *st, size_t b)
{
	size_t	j = b, e;
	int	surv = tok_word(st, b - 1, "survivors");

	if (!surv && !tok_in_list(st, b - 1, aboard_nouns) &&
	    !tok_in_list(st, b - 1, trapped_heads))
		return 0;
	/* "77 miners reached the surface" */
	if ((e = out_alive(st, j)) > 0)
		return e;
	/* "24 people survived." (not "survived unhurt": no count) */
	if (!surv && tok_word(st, j, "survived"))
		return j + 1 >= st->n || st->t[j + 1].type == TP ||
		    tok_word(st, j + 1, "and") ? j : 0;
	if (!tok_in_words(st, j, (const char *const[]){ "were", "had",
	    "have", "was", NULL }))
		return 0;
	if (tok_word(st, ++j, "been"))
		j++;
	if (tok_in_list(st, j, rescued_verbs) && !tok_word(st, j + 1, "with"))
		return j;
	/* "84 miners had been brought out alive" */
	if ((e = out_alive(st, j)) > 0)
		return e;
	/* "22 survivors were brought to the island" */
	if (surv && tok_in_words(st, j, (const char *const[]){ "brought",
	    "taken", NULL }))
		return j;
	return 0;
}

/*
 * The same with the verb before the figure at token h: "had rescued 12
 * people (alive)", "pulled nine people alive from the debris" ("pulled"
 * and "dug" only with "alive": "pulled 12 bodies" is no rescue); the
 * noun at b - 1 one of people.
 */
LIST(pull_verbs, "pulled", "dug", "plucked", "brought");

static int
rescued_before(const struct sent *st, size_t h, size_t a, size_t b)
{
	int	alive = tok_word(st, b, "alive");

	if (b > a + 1 && tok_word(st, b - 1, "alive")) {
		alive = 1;
		b--;
	}
	if (b != a + 1 || !tok_in_list(st, b - 1, aboard_nouns))
		return 0;
	if (tok_word(st, h - 1, "rescued") || tok_word(st, h - 1, "saved"))
		return !tok_word(st, b, "with");
	return tok_in_list(st, h - 1, pull_verbs) && alive;
}

/* Words that open a clause of its own: "though its principal insists". */
LIST(clause_conjs, "though", "although", "but", "while", "whereas", "and");

/*
 * Captives still held, at token j: "(still) being held", "still held",
 * "in captivity", "in the hands of", "captive" after a verb of remaining.
 * The phrase's last token, or 0.
 */
LIST(remain_verbs, "remain", "remains", "remained", "are", "is", "were",
    "was", "still");

static size_t
captive_at(const struct sent *st, size_t j)
{
	if (j == 0 || (!tok_in_list(st, j - 1, remain_verbs) &&
	    !tok_word(st, j - 1, "being") && !tok_word(st, j - 1, "been")))
		return 0;
	if (tok_word(st, j, "held") && (tok_word(st, j - 1, "still") ||
	    (tok_word(st, j - 1, "being") && j > 1 && tok_word(st, j - 2,
	    "still"))) && !tok_word(st, j + 1, "in") && !tok_word(st, j + 1,
	    "at") && !tok_word(st, j + 1, "on"))
		return j;
	if (tok_word(st, j, "in") && tok_word(st, j + 1, "captivity"))
		return j + 1;
	if (tok_word(st, j, "in") && tok_word(st, j + 1, "the") &&
	    tok_word(st, j + 2, "hands") && tok_word(st, j + 3, "of"))
		return j + 3;
	if (tok_word(st, j, "captive") || tok_word(st, j, "hostage"))
		return j;
	return 0;
}

/* Whether [a, b) tells captives still held (captive_at()). */
static int
held_between(const struct sent *st, size_t a, size_t b)
{
	size_t	k;

	for (k = a; k < b && k < st->n; k++)
		if (captive_at(st, k) > 0)
			return 1;
	return 0;
}

/*
 * After a participle that qualifies a count's noun ("aid workers abducted
 * in Niger were freed"): the auxiliary of the clause's own verb within a
 * short place phrase ("in X", "by Y", "last year"), or 0.
 */
static size_t
finite_after(const struct sent *st, size_t j)
{
	size_t	k;

	for (k = j; k < st->n && k < j + 6; k++) {
		if (st->t[k].type == TP || tok_word(st, k, "and") ||
		    tok_word(st, k, "who") || tok_word(st, k, "that"))
			return 0;
		if (k > j && tok_in_words(st, k, (const char *const[]){ "were",
		    "was", "have", "has", "had", NULL }) &&
		    tok_kw_find(st, k + (tok_word(st, k + 1, "been") ? 2 : 1),
		    after_verbs, PX_NITEMS(after_verbs)) >= 0)
			return k;
		/* "seized with them remain in captivity", "are still being
		 * held" */
		if (k > j && tok_in_list(st, k, remain_verbs) &&
		    (captive_at(st, k + 1) > 0 || captive_at(st, k + 2) > 0 ||
		    captive_at(st, k + 3) > 0))
			return k;
	}
	return 0;
}

/* The event verb after a count's noun phrase, within its clause. */
static int
verb_after(const struct sent *st, size_t j, size_t *at)
{
	size_t	n = 0, x;
	int	k, whole = 0;

	j = skip_aside(st, j);
	/* "150 fighters of the RSF had been killed" */
	if ((tok_word(st, j, "of") || tok_word(st, j, "from")) &&
	    (tok_capword(st, j + 1) || (tok_in_list(st, j + 1, words_dets) &&
	    tok_capword(st, j + 2)))) {
		j += tok_in_list(st, j + 1, words_dets) ? 2 : 1;
		while (j < st->n && tok_capword(st, j))
			j++;
	} else if ((tok_word(st, j, "of") || tok_word(st, j, "from")) &&
	    tok_in_list(st, j + 1, words_dets) && j + 2 < st->n &&
	    st->t[j + 2].type == TW && !st->t[j + 2].cap) {
		/* "six floors of the building were gutted", "five soldiers
		 * from the escort were killed" */
		j += 3;
	}
	/* "seven soldiers and two civilian drivers were killed": past the
	 * second count to the verb they share */
	if (tok_word(st, j, "and") && j + 1 < st->n && st->t[j + 1].type ==
	    TN) {
		size_t	a2, b2;

		np_after(st, j + 1, &a2, &b2);
		if (b2 > a2 && b2 < j + 6 && !tok_in_words(st, b2,
		    (const char *const[]){ "and", "or", NULL }))
			j = b2;
	}
	/* a relative clause: "nine miners who remained unaccounted for";
	 * "22 fishermen who set out from X before the warning are still
	 * missing": the main clause's verb after the clause */
	if (tok_word(st, j, "who")) {
		if ((k = verb_after(st, j + 1, at)) >= 0)
			return k;
		if ((k = relative_main(st, j + 1)) >= 0)
			return verb_after(st, (size_t)k, at);
		return -1;
	}
	while (j < st->n && n < 8) {
		/* "aid workers abducted in Niger were freed", "held by
		 * militants since March have been released": the
		 * participle names them, the verb after tells */
		if (n == 0 && (tok_kw_find(st, j, after_verbs,
		    PX_NITEMS(after_verbs)) >= 0 || tok_in_words(st, j,
		    (const char *const[]){ "held", "taken", "seized",
		    "trapped", NULL })) && (x = finite_after(st, j + 1)) > 0)
			return verb_after(st, x, at);
		if ((k = tok_kw_find(st, j, after_verbs,
		    PX_NITEMS(after_verbs))) >= 0) {
			if (active_voice(st, j, n))
				return -1;
			/* "would be released on Friday": a release to come
			 * is no count yet */
			if (k == CLAIM_RELEASED && j > 1 && tok_word(st, j - 1,
			    "be") && tok_in_words(st, j - 2,
			    (const char *const[]){ "would", "will", "to",
			    "could", "should", "may", "might", "must", "shall",
			    "can", NULL }))
				return -1;
			/* "were released from hospital": no captives */
			if (k == CLAIM_RELEASED && tok_word(st, j + 1,
			    "from") && (tok_word(st, j + 2, "hospital") ||
			    (tok_in_list(st, j + 2, words_dets) &&
			    tok_word(st, j + 3, "hospital"))))
				return -1;
			*at = j;
			/* "fully or partially damaged", "damaged or
			 * destroyed": a count that holds the destroyed */
			if (k == CLAIM_DAMAGED && (whole || ((tok_word(st,
			    j + 1, "or") || tok_word(st, j + 1, "and")) &&
			    tok_word(st, j + 2, "destroyed")))) {
				*at = tok_word(st, j + 2, "destroyed") ? j + 2 :
				    j;
				return CLAIM_DESTROYED;
			}
			return k;
		}
		if (tok_in_words(st, j, (const char *const[]){ "fully",
		    "completely", "totally", "entirely", NULL }))
			whole = 1;
		/* "fully or partially" */
		if ((tok_word(st, j, "or") || tok_word(st, j, "and")) &&
		    n > 0 && st->t[j - 1].e - st->t[j - 1].s > 4 &&
		    memcmp(st->low + st->t[j - 1].e - 2, "ly", 2) == 0) {
			j++;
			n++;
			continue;
		}
		if (tok_word(st, j, "lost") && ((tok_word(st, j + 1, "their") &&
		    tok_word(st, j + 2, "lives")) || ((tok_word(st, j + 1,
		    "his") || tok_word(st, j + 1, "her")) && tok_word(st, j + 2,
		    "life")))) {
			*at = j + 2;
			return CLAIM_KILLED;
		}
		if (tok_word(st, j, "taken") && tok_in_words(st, j + 1,
		    (const char *const[]){ "prisoner", "captive", "hostage",
		    NULL })) {
			*at = j + 1;
			return CLAIM_CAPTURED;
		}
		if (tok_word(st, j, "shot") && tok_word(st, j + 1, "down")) {
			*at = j + 1;
			return CLAIM_DESTROYED;
		}
		/* "two guards were shot dead", "one crew member was shot in
		 * the leg" */
		if (tok_word(st, j, "shot") && n > 0 && tok_word(st, j + 1,
		    "dead")) {
			*at = j + 1;
			return CLAIM_KILLED;
		}
		if (tok_word(st, j, "shot") && n > 0 && tok_word(st, j + 1,
		    "in") && tok_in_words(st, j + 2, (const char *const[]){
		    "the", "his", "her", "their", NULL }) && tok_in_words(st,
		    j + 3, (const char *const[]){ "leg", "legs", "arm", "arms",
		    "hand", "foot", "shoulder", "back", "chest", "head",
		    "stomach", "abdomen", NULL })) {
			*at = j + 3;
			return CLAIM_INJURED;
		}
		/* "41 students managed to flee", "slipped away from their
		 * captors": out of their captors' hands */
		if (tok_word(st, j, "managed") && tok_word(st, j + 1, "to") &&
		    tok_in_words(st, j + 2, (const char *const[]){ "flee",
		    "escape", NULL })) {
			*at = j + 2;
			return CLAIM_RESCUED;
		}
		if (tok_in_words(st, j, (const char *const[]){ "slipped",
		    "broke", NULL }) && tok_word(st, j + 1, "away")) {
			*at = j + 1;
			return CLAIM_RESCUED;
		}
		/* "three teachers were also taken away (by the gunmen)" */
		if (tok_word(st, j, "taken") && tok_word(st, j + 1, "away") &&
		    n > 0) {
			*at = j + 1;
			return CLAIM_MISSING;
		}
		/* "are still being held", "remain in captivity", "remain in
		 * the hands of the militants": captives not freed */
		if ((*at = captive_at(st, j)) > 0)
			return CLAIM_MISSING;
		/* "46 suspects had been taken into custody", "were placed
		 * under arrest" */
		if ((tok_word(st, j, "taken") && tok_word(st, j + 1, "into") &&
		    tok_word(st, j + 2, "custody")) || (tok_word(st, j,
		    "placed") && tok_word(st, j + 1, "under") &&
		    tok_word(st, j + 2, "arrest"))) {
			*at = j + 2;
			return CLAIM_DETAINED;
		}
		if ((*at = survived_hurt(st, j)) > 0 ||
		    (*at = hospital_after(st, j)) > 0)
			return CLAIM_INJURED;
		if ((k = phrasal_at(st, j, after_phrasals,
		    PX_NITEMS(after_phrasals))) >= 0) {
			/* "floods swept away the homes": the doer */
			if (j + 2 < st->n && (tok_in_list(st, j + 2,
			    words_dets) || st->t[j + 2].type == TN))
				return -1;
			*at = j + 1;
			return (int)after_phrasals[k].kind;
		}
		if (!tok_in_list(st, j, verb_fill) && !(tok_ly_adverb(st, j) &&
		    !st->t[j].cap))
			return -1;
		j++;
		n++;
	}
	return -1;
}

LIST(recent_nouns, "day", "night", "morning", "afternoon", "evening",
    "week", "hours", "days", "nights");
LIST(onset_verbs, "began", "begun", "started", "erupted", "broke", "out",
    "launched", "since", "escalated", "flared");
/* "updating an earlier toll": a figure of the story's event revised */
LIST(revised_nouns, "toll", "tally", "figure", "figures", "count",
    "estimate", "estimates", "report", "reports", "statement");

/*
 * Nouns of incidents that a year before them dates ("the 2012 crash", "a
 * 2019 flood"; not "a 2012 law"), beside incident_names and
 * words_incident_nouns.
 */
LIST(dated_incidents, "flood", "floods", "flooding", "storm", "cyclone",
    "typhoon", "hurricane", "massacre", "shooting", "bombing", "fire",
    "disaster", "accident", "tragedy", "derailment", "stampede",
    "outbreak", "epidemic", "war");

/* Incidents a name before them may own: "the Vesi Air crash(-landing)". */
LIST(event_names, "crash", "crash-landing", "collision", "derailment",
    "sinking", "capsize", "capsizing", "explosion", "blast", "collapse",
    "attack", "bombing", "shooting", "fire", "landing", "incident");

/* Whether token k names an incident that a year may date. */
static int
dated_incident(const struct sent *st, size_t k)
{
	if (tok_in_list(st, k, dated_incidents) ||
	    tok_in_list(st, k, words_incident_nouns))
		return 1;
	return times_incident_name(st, k) != NULL;
}

/*
 * The year of the article, from its date ("YYYY-MM-DD"), or 0: a year
 * that is the article's own dates no earlier event.
 */
static int
current_year(const struct state *S)
{
	const char	*d = S->ctx->date;

	if (d == NULL || strlen(d) < 4 || d[0] < '1' || d[0] > '2')
		return 0;
	return atoi(d);
}

/*
 * Is the count whose figure is at token i (its verb at token at) about
 * an earlier event than the story's: "In 2024, a similar collision killed
 * 12", "killed 12 in 2019", "in March 2025", "the 2012 crash, which
 * killed 51", "last year", "ten years ago", "an earlier quake", "the
 * worst since (July) 2015, when 80 died", "last erupted in January 2024,
 * when six people were killed", "13 years after the X disaster, in which
 * ... killed 47"?  Such a count would otherwise join the
 * story's own toll.  A present perfect ("the war has killed") stays, and
 * so does the article's own year.  A rate ("kill hundreds every year",
 * "annually", "300 people a year") is no incident's count either.
 * [*da, *db) gets the tokens of the
 * date that tells it ("March 2025"), empty when none does ("a similar
 * collision").
 */
LIST(rate_periods, "year", "month", "week", "season", "monsoon", "winter",
    "summer");

static int
past_event_date(const struct state *S, const struct sent *st, size_t i,
    size_t at, size_t *da, size_t *db)
{
	size_t	k, lo = 0, hi = st->n, y;
	int	cur = S != NULL ? current_year(S) : 0, undated = 0, dated;

	*da = *db = 0;
	/* the clause: between semicolons */
	for (k = i; k > 0; k--)
		if (tok_punct(st, k - 1, ';')) {
			lo = k;
			break;
		}
	for (k = i; k < st->n; k++)
		if (tok_punct(st, k, ';')) {
			hi = k;
			break;
		}
	/* "have died ... so far this year", "since the start of the
	 * year": a total of the year to date, no incident's count */
	for (k = lo; k + 2 < hi; k++) {
		if (tok_word(st, k, "so") && tok_word(st, k + 1, "far") &&
		    tok_word(st, k + 2, "this") && k + 3 < hi &&
		    tok_word(st, k + 3, "year")) {
			*da = k + 2;
			*db = k + 4;
			return 1;
		}
		if (tok_word(st, k, "since") && tok_word(st, k + 1, "the") &&
		    (tok_word(st, k + 2, "start") || tok_word(st, k + 2,
		    "beginning")) && k + 5 < hi && tok_word(st, k + 3, "of") &&
		    tok_word(st, k + 5, "year")) {
			*da = k + 4;
			*db = k + 6;
			return 1;
		}
	}
	/* "kill hundreds every year", "1,200 deaths annually", "300 a
	 * year": a rate, no incident's count, dated apart by its phrase */
	for (k = lo; k < hi; k++) {
		if (((tok_word(st, k, "every") || tok_word(st, k, "each") ||
		    tok_word(st, k, "per")) && tok_in_list(st, k + 1,
		    rate_periods) && k + 1 < hi) ||
		    /* "300 people a year", not "for a year", "a year ago" */
		    (tok_word(st, k, "a") && tok_word(st, k + 1, "year") &&
		    k > lo && (st->t[k - 1].type == TN ||
		    (st->t[k - 1].type == TW && !people_prep(st, k - 1) &&
		    !tok_in_list(st, k - 1, words_np_stop))) &&
		    !tok_in_words(st, k + 2, (const char *const[]){ "ago",
		    "after", "before", "earlier", "later", "since", NULL }))) {
			*da = k;
			*db = k + 2;
			return 1;
		}
		if (tok_word(st, k, "annually") || tok_word(st, k, "yearly")) {
			*da = k;
			*db = k + 1;
			return 1;
		}
	}
	{
		size_t	v = at < i ? at : i;

		if (v > lo && (tok_word(st, v - 1, "has") ||
		    tok_word(st, v - 1, "have")))
			return 0;
	}
	for (k = lo; k < hi; k++) {
		/* undated: look on for a date that tells it */
		if (k > lo && tok_in_list(st, k, words_past_adjs) &&
		    (tok_in_list(st, k - 1, words_dets) ||
		    tok_in_list(st, k - 1, words_poss_pron)) &&
		    !tok_in_list(st, k + 1, recent_nouns) &&
		    !tok_in_list(st, k + 1, revised_nouns))
			undated = 1;
		if (tok_word(st, k, "last") && tok_in_list(st, k + 1,
		    words_ago_units))
			undated = 1;
		if (tok_word(st, k, "ago") && k > lo && tok_in_list(st, k - 1,
		    words_ago_units))
			undated = 1;
		/* "comes 13 years after the X disaster, in which ... killed
		 * 47": the count of a clause about that event */
		if (tok_word(st, k, "after") && k > lo + 1 && k < i &&
		    (tok_word(st, k - 1, "years") || tok_word(st, k - 1,
		    "decades")) && st->t[k - 2].type == TN) {
			size_t	w;

			for (w = k + 1; w < i; w++)
				if (tok_word(st, w, "which") ||
				    tok_word(st, w, "when"))
					undated = 1;
		}
		if (st->t[k].type != TN || k == i)
			continue;
		/* "the 2012 crash": a year the scanner took for a figure */
		dated = k > lo && k + 1 < hi && dated_incident(st, k + 1) &&
		    (tok_in_list(st, k - 1, words_dets) ||
		    tok_possessive(st, k - 1)) && st->t[k].num->value >= 1900 &&
		    st->t[k].num->value <= 2100 &&
		    !(st->t[k].num->flags & (NUMBER_APPROX | NUMBER_RANGE |
		    NUMBER_WORD)) &&
		    st->t[k].num->value == (double)(long)st->t[k].num->value;
		if (!(st->t[k].num->flags & NUMBER_YEAR) && !dated)
			continue;
		if (cur > 0 && st->t[k].num->value >= cur)
			continue;	/* the article's own year */
		/* "the worst since (July) 2015, when 80 died" */
		if (k < i && k > lo && (tok_word(st, k - 1, "since") ||
		    (k > lo + 1 && tok_in_list(st, k - 1, words_months) &&
		    tok_word(st, k - 2, "since")))) {
			size_t	w;

			for (w = k + 1; w < i; w++)
				if (tok_word(st, w, "when")) {
					*da = k;
					*db = k + 1;
					return 1;
				}
			continue;
		}
		/* "the 2012 crash": a year that dates an incident */
		if (dated) {
			*da = k;
			*db = k + 1;
			return 1;
		}
		/* "in 2024", "in March 2025": a year of its own, not a war's
		 * start */
		y = k > lo && tok_in_list(st, k - 1, words_months) ? k - 1 : k;
		/* "last erupted in January 2024, when six people were
		 * killed": the onset of an earlier event, its count after
		 * "when" */
		if (k < i && k + 2 < i && y > lo && tok_word(st, y - 1, "in") &&
		    tok_comma(st, k + 1) && tok_word(st, k + 2, "when")) {
			*da = y;
			*db = k + 1;
			return 1;
		}
		if (y > lo && (tok_word(st, y - 1, "in") || tok_word(st, y - 1,
		    "during")) && !(y > lo + 1 && tok_in_list(st, y - 2,
		    onset_verbs)) && !(y > lo + 2 && tok_in_list(st, y - 3,
		    onset_verbs))) {
			*da = y;
			*db = k + 1;
			return 1;
		}
	}
	return undated;
}

/* The same, without the date. */
int
counts_past_event(const struct state *S, const struct sent *st, size_t i,
    size_t at)
{
	size_t	da, db;

	return past_event_date(S, st, i, at, &da, &db);
}

/* Verbs that give a toll its new figure: "the toll ... rose to 38". */
LIST(toll_verbs, "rose", "risen", "rises", "climbed", "climbs", "jumped",
    "increased", "reached", "reaches", "stood", "stands", "hit", "hits");

/*
 * "The authorities put the number at 212": a figure for the count that
 * the sentence or the one before it is about, by a verb of putting and a
 * noun of a figure ("the figure", "the tally"; a toll is a toll already).
 */
LIST(put_verbs, "put", "puts", "putting", "placed", "places", "placing",
    "gave", "gives", "giving");
/* Verbs that set a figure anew: "raised the number of injured to 31". */
LIST(raise_verbs, "raised", "raises", "raising", "revised", "revises",
    "lowered", "lowers", "updated", "updates", "increased", "brought");
LIST(figure_nouns, "number", "figure", "tally", "count", "total");

/*
 * The token of the verb of "put the number at" before the figure whose
 * hedge starts at token h, or 0.
 */
static size_t
put_figure(const struct sent *st, size_t h)
{
	size_t	k;

	/* "insists the true figure is 310", "the real number was 40" */
	if (h > 3 && tok_in_words(st, h - 1, (const char *const[]){ "is",
	    "was", NULL }) && tok_in_list(st, h - 2, figure_nouns) &&
	    tok_in_words(st, h - 3, (const char *const[]){ "true", "real",
	    "actual", "correct", NULL }))
		/* who insists on it gives it */
		return h > 5 && tok_in_list(st, h - 4, words_dets) &&
		    tok_in_list(st, h - 5, words_say_verbs) ? h - 5 : h - 3;
	if (h < 4 || !tok_word(st, h - 1, "at") || !tok_in_list(st, h - 2,
	    figure_nouns))
		return 0;
	k = h - 3;
	/* "the overall number", "their own figure" */
	while (k > 0 && h - k < 6 && st->t[k].type == TW &&
	    !tok_in_list(st, k, put_verbs) && !st->t[k].cap &&
	    !tok_in_list(st, k, words_np_stop))
		k--;
	return tok_in_list(st, k, put_verbs) && k + 2 < h ? k : 0;
}

/*
 * "police put the number of dead at seven", "put the number of those
 * killed at 12": a figure put for a count that its own phrase names.
 * Returns the token of the verb of putting before the figure whose hedge
 * starts at token h, with the kind in *kind, or 0.
 */
static size_t
put_event(const struct sent *st, size_t h, int *kind)
{
	size_t	k, q;

	if (h < 6 || !(tok_word(st, h - 1, "at") || (tok_word(st, h - 1,
	    "as") && h > 6 && tok_in_list(st, h - 2, people_groups) &&
	    tok_kw_find(st, h - 3, after_verbs, PX_NITEMS(after_verbs)) >=
	    0)))
		return 0;
	q = h - 2;
	/* "gave the number of abducted students as 287": the event
	 * before the noun */
	if (tok_word(st, h - 1, "as"))
		q = h - 3;
	/* "puts the number of dead even higher, at 23" */
	if (tok_comma(st, q) && q > 3 && tok_in_words(st, q - 1,
	    (const char *const[]){ "higher", "lower", NULL })) {
		q -= 2;
		if (tok_in_words(st, q, (const char *const[]){ "even",
		    "still", "much", "far", "slightly", NULL }))
			q--;
	}
	if ((*kind = tok_kw_find(st, q, event_nouns,
	    PX_NITEMS(event_nouns))) < 0 && (*kind = tok_kw_find(st, q,
	    after_verbs, PX_NITEMS(after_verbs))) < 0)
		return 0;
	if (*kind != CLAIM_KILLED && *kind != CLAIM_INJURED &&
	    *kind != CLAIM_MISSING && *kind != CLAIM_CASUALTIES &&
	    *kind != CLAIM_DETAINED)
		return 0;
	/* "of the dead", "of those killed", "of people injured" */
	if (q > 0 && (tok_in_list(st, q - 1, words_dets) ||
	    tok_word(st, q - 1, "those") || tok_in_list(st, q - 1,
	    people_nouns)))
		q--;
	if (q < 3 || !tok_word(st, q - 1, "of") || !tok_in_list(st, q - 2,
	    figure_nouns))
		return 0;
	for (k = q - 3; k > 0 && q - k < 5 && st->t[k].type == TW &&
	    !tok_in_list(st, k, put_verbs) && !st->t[k].cap; k--)
		;
	return tok_in_list(st, k, put_verbs) ? k : 0;
}

/* The last count of the sentence or the one before, or NULL. */
static const struct claim *
count_before(const struct state *S, const struct sent *st)
{
	size_t	i;

	for (i = S->out->n; i > 0; i--) {
		const struct claim	*c = &S->out->v[i - 1];

		if (c->sentence + 1 < st->index)
			return NULL;
		if (claim_kind_is_count(c->kind))
			return c;
	}
	return NULL;
}

/*
 * Nouns of a running count: a "toll" counts the dead (an "injury toll"
 * the injured); a "tally" counts
 * what its qualifier names ("the death tally", "the tally of the
 * injured") and nothing without one ("the vote tally", "the medal
 * tally").
 */
LIST(toll_nouns, "toll", "tolls");
LIST(tally_nouns, "tally", "tallies");
static const struct kw tally_quals[] = {
	{ "death", CLAIM_KILLED }, { "fatality", CLAIM_KILLED },
	{ "casualty", CLAIM_CASUALTIES }, { "injury", CLAIM_INJURED },
	{ "arrest", CLAIM_DETAINED }
};

/*
 * The kind a toll or tally noun at token t counts, with the first token
 * of its phrase ("death toll") in *tok; or -1.
 */
static int
toll_kind(const struct sent *st, size_t t, size_t *tok)
{
	size_t	k;
	int	kind;

	*tok = t;
	if (t > 0 && (kind = tok_kw_find(st, t - 1, tally_quals,
	    PX_NITEMS(tally_quals))) >= 0) {
		*tok = t - 1;
		/* a "casualty toll" counts the dead, an "injury toll" the
		 * injured */
		return tok_in_list(st, t, toll_nouns) &&
		    kind != CLAIM_INJURED ? CLAIM_KILLED : kind;
	}
	if (tok_in_list(st, t, toll_nouns))
		return CLAIM_KILLED;
	/* "the number of people killed in the blast has risen to" */
	if (tok_in_list(st, t, figure_nouns) && !tok_in_list(st, t,
	    tally_nouns) && tok_word(st, t + 1, "of")) {
		for (k = t + 2; k < t + 6 && k < st->n && st->t[k].type == TW;
		    k++)
			if ((kind = tok_kw_find(st, k, after_verbs,
			    PX_NITEMS(after_verbs))) >= 0)
				return kind;
		return -1;
	}
	if (!tok_in_list(st, t, tally_nouns) || !tok_word(st, t + 1, "of"))
		return -1;
	k = tok_in_list(st, t + 2, words_dets) ? t + 3 : t + 2;
	return tok_kw_find(st, k, event_nouns, PX_NITEMS(event_nouns));
}

/* A year after a toll's noun at token i: "the toll for 2027". */
static int
toll_year(const struct sent *st, size_t i)
{
	return i > 1 && st->t[i].type == TN && st->t[i].num != NULL &&
	    tok_in_words(st, i - 1, (const char *const[]){ "for", "in", "of",
	    NULL }) && st->t[i].num->value >= 1900 &&
	    st->t[i].num->value <= 2100 && st->t[i].e - st->t[i].s == 4 &&
	    (tok_in_list(st, i - 2, toll_nouns) || tok_in_list(st, i - 2,
	    tally_nouns));
}

/*
 * A "death toll" before the figure at i: "the toll rose to 2,000"; with a
 * verb of a toll right before the figure, farther ("the death toll from
 * a collapse at a mine in the north of the country rose to 38").  Returns
 * the kind it counts (see toll_kind()) and its first token in *tok, or
 * -1.
 */
static int
toll_before(const struct sent *st, size_t i, size_t *tok)
{
	size_t	k, lim = 10;
	int	kind;

	if ((i > 0 && tok_in_list(st, i - 1, toll_verbs)) || (i > 1 &&
	    (tok_word(st, i - 1, "to") || tok_word(st, i - 1, "at")) &&
	    tok_in_list(st, i - 2, toll_verbs)))
		lim = 30;
	/* "raised the number of injured to 31": the figure's noun right
	 * before its "to" */
	else if (i > 0 && tok_word(st, i - 1, "to"))
		lim = 11;
	/* "the toll for 2027 has climbed above 300": the year of the
	 * toll is no toll */
	if (toll_year(st, i))
		return -1;
	for (k = 1; k <= lim && k <= i; k++) {
		if ((tok_in_list(st, i - k, toll_nouns) ||
		    tok_in_list(st, i - k, tally_nouns) ||
		    (lim > 10 && tok_in_list(st, i - k, figure_nouns))) &&
		    (kind = toll_kind(st, i - k, tok)) >= 0)
			return kind;
		/* "a 6.1-magnitude quake": the hyphen after a figure */
		if (st->t[i - k].type == TP && !(tok_punct(st, i - k, '-') &&
		    i - k > 0 && st->t[i - k - 1].type == TN))
			return -1;
		/* another figure between: only "from 120 to", one that
		 * counts nothing ("a 6.1-magnitude quake"), or the year of
		 * the toll ("the toll for 2027 has climbed above 300") */
		if (st->t[i - k].type == TN && !(i - k > 0 &&
		    tok_word(st, i - k - 1, "from")) &&
		    !(st->t[i - k].num->flags & NUMBER_NOT_COUNT) &&
		    !toll_year(st, i - k))
			return -1;
	}
	return -1;
}

/*
 * A verb that destroys weapons from token j, after "were" or "had
 * been": "were shot down", "had been intercepted".  Its last token, or 0.
 */
static size_t
downed_after(const struct sent *st, size_t j)
{
	if (!tok_in_words(st, j, (const char *const[]){ "were", "was", "had",
	    "have", "has", NULL }))
		return 0;
	if (tok_word(st, ++j, "been"))
		j++;
	if ((tok_word(st, j, "shot") || tok_word(st, j, "brought")) &&
	    tok_word(st, j + 1, "down"))
		return j + 1;
	if (tok_in_list(st, j, weapon_verbs) || tok_word(st, j, "downed") ||
	    tok_word(st, j, "destroyed") || tok_word(st, j, "jammed"))
		return j;
	return 0;
}

/*
 * downed_after() at token b, or past a second count that shares its verb
 * ("58 of the drones and three cruise missiles were shot down").
 */
static size_t
downed_list(const struct sent *st, size_t b)
{
	size_t	a2, b2, r;

	if ((r = downed_after(st, b)) > 0)
		return r;
	if (!tok_word(st, b, "and") || b + 1 >= st->n ||
	    st->t[b + 1].type != TN)
		return 0;
	np_after(st, b + 1, &a2, &b2);
	if (b2 == a2 || !tok_in_list(st, b2 - 1, weapon_nouns))
		return 0;
	return downed_after(st, b2);
}

/* Whether a weapons' subject is of drones ("drones", "Ukrainian drones"). */
static int
of_drones(const char *subject)
{
	size_t	l = strlen(subject);

	return l >= 6 && strcmp(subject + l - 6, "drones") == 0;
}

/*
 * A part of weapons launched that was destroyed, the figure at i (its
 * hedge from h): "launched 87 drones, of which 61 were shot down", "and
 * 22 of them were intercepted", "Of them, 22 UAVs were intercepted" (the
 * launched in the sentence before when the part opens this one).  The
 * subject of the launched claim it is a part of (of the kind its noun
 * names, no smaller than value), with *e the verb's last token; else
 * NULL.
 */
static const char *
launched_part(const struct state *S, const struct sent *st, size_t i,
    size_t h, double value, size_t *e)
{
	const struct claim	*c;
	size_t			 k = i + 1, a, b, m;
	int			 lead, want = 0;	/* 1 drones, 2 others */

	/* "of which 61", "Of them, 22" */
	lead = (h > 1 && tok_word(st, h - 2, "of") && tok_word(st, h - 1,
	    "which")) || (h > 2 && tok_comma(st, h - 1) && tok_word(st,
	    h - 3, "of") && tok_in_words(st, h - 2, (const char *const[]){
	    "them", "these", "those", "which", NULL }));
	if (!lead && tok_word(st, i + 1, "of") && tok_in_words(st, i + 2,
	    (const char *const[]){ "them", "these", "those", NULL }))
		k = i + 3;	/* "22 of them were" */
	else if (!lead && h > 0 && tok_in_words(st, h - 1,
	    (const char *const[]){ "that", "and", NULL }) &&
	    downed_after(st, i + 1) != 0)
		k = i + 1;	/* "fired 52 drones ... and that 44 had been
				   brought down": of this sentence's only */
	else if (!lead)
		return NULL;
	else {
		/* "22 UAVs were": the noun must be a weapon's, and says
		 * which of the launched it is a part of */
		np_after(st, i, &a, &b);
		if (b > a) {
			if (!tok_in_list(st, b - 1, weapon_nouns))
				return NULL;
			want = tok_in_list(st, b - 1, drone_nouns) ? 1 : 2;
			k = b;
			/* "40 drones and both cruise missiles were" */
			if (tok_word(st, k, "and"))
				for (m = k + 1; m < st->n && m < k + 6; m++)
					if (downed_after(st, m) != 0) {
						k = m;
						break;
					}
		}
	}
	if ((*e = downed_after(st, k)) == 0)
		return NULL;
	/* the launched of this sentence, or of the one before when the
	 * part opens this one ("Russia launched 48 drones. Of them, 22
	 * were downed."), the last of the kind the noun names */
	for (m = S->out != NULL ? S->out->n : 0; m-- > 0;) {
		c = &S->out->v[m];
		if (c->sentence != st->index && !(lead && h == 3 &&
		    c->sentence + 1 == st->index))
			break;
		/* a part is no more than its whole */
		if (c->kind == CLAIM_LAUNCHED && c->subject != NULL &&
		    c->high >= value && (want == 0 ||
		    (want == 1) == of_drones(c->subject)))
			return c->subject;
	}
	return NULL;
}

/*
 * "Two of the injured (later) died", "two of the victims died at the
 * hospital": the token of the verb after the figure at i, or 0.
 */
static size_t
hurt_died(const struct sent *st, size_t i)
{
	size_t	k = i + 4;

	if (!tok_word(st, i + 1, "of") || !tok_word(st, i + 2, "the") ||
	    !(tok_word(st, i + 3, "injured") || tok_word(st, i + 3,
	    "wounded") || tok_word(st, i + 3, "victims")))
		return 0;
	while (k < i + 6 && tok_in_words(st, k, (const char *const[]){
	    "later", "have", "had", "has", "since", "subsequently", NULL }))
		k++;
	return tok_word(st, k, "died") || tok_word(st, k, "succumbed") ? k :
	    0;
}

/*
 * "28 of them (later) escaped", "five of them are still being held", "19
 * of the children had been rescued": a part of captives whose fate is a
 * count of its own (escaped, rescued, still held), at the figure i.
 */
static size_t hedge_tok(const struct sent *, size_t);

static int
part_fate(const struct sent *st, size_t i)
{
	size_t	j = i + 2, x, h = hedge_tok(st, i);
	int	k;

	/* "the pirates released three of the sailors": freed before the
	 * figure, of a group the phrase names */
	if (h > 0 && tok_in_list(st, i + 2, words_dets) &&
	    (k = tok_kw_find(st, h - 1, before_verbs,
	    PX_NITEMS(before_verbs))) >= 0 && (k == CLAIM_RELEASED ||
	    k == CLAIM_KILLED || k == CLAIM_MISSING))
		return 1;

	if (tok_in_list(st, j, words_dets)) {
		for (j++; j < st->n && j < i + 6 && st->t[j].type == TW &&
		    !st->t[j].cap && tok_kw_find(st, j, after_verbs,
		    PX_NITEMS(after_verbs)) < 0 && !tok_in_list(st, j,
		    verb_fill); j++)
			;
	} else if (tok_in_words(st, j, (const char *const[]){ "them",
	    "those", "these", NULL }))
		j++;
	else
		return 0;
	if (tok_word(st, j, "later"))
		j++;
	k = verb_after(st, j, &x);
	if (k == CLAIM_RESCUED || k == CLAIM_MISSING)
		return 1;
	/* "had been rescued" */
	while (j < st->n && j < i + 10 && tok_in_words(st, j,
	    (const char *const[]){ "were", "was", "had", "have", "has",
	    "been", "later", "since", NULL }))
		j++;
	return tok_in_list(st, j, rescued_verbs) && !tok_word(st, j + 1,
	    "with");
}

/*
 * The subject of people freed, from the one count_subject() gave: those a
 * state or an army held ("rebels", "fighters", "soldiers", "detainees",
 * servicemen of a side) are "prisoners", with the side only when the noun
 * phrase [a, b) names it ("90 Karadanian soldiers"); anyone else held
 * ("aid workers", "pupils", "hostages", "people") is "hostages".  Owned
 * by the caller.
 */
LIST(prisoner_words, "prisoners", "prisoner", "detainees", "inmates",
    "rebels", "rebel", "fighters", "soldiers", "servicemen", "troops",
    "combatants", "comrades", "militants", "insurgents", "pows");

static char *
released_subject(struct state *S, const struct sent *st, const char *subject,
    size_t a, size_t b)
{
	const char	*last, *c, *adj;
	const char	*const *w;
	size_t		 k;

	last = strrchr(subject, ' ');
	last = last != NULL ? last + 1 : subject;
	/* by the phrase's noun ("sailors" held by pirates are no
	 * servicemen), else by the subject */
	for (w = prisoner_words->words; *w != NULL; w++)
		if (b > a ? tok_word(st, b - 1, *w) : strcasecmp(last,
		    *w) == 0)
			break;
	/* "80 detained protesters": held by a state */
	for (k = a > 0 ? a - 1 : a; *w == NULL && k < b && k < st->n; k++)
		if (tok_in_words(st, k, (const char *const[]){ "detained",
		    "jailed", "imprisoned", "arrested", "political", NULL }))
			break;
	if (*w == NULL && (k >= b || k >= st->n) && strcmp(subject,
	    "prisoners of war") != 0)
		return util_strdup("hostages");
	for (k = a; k < b && k < st->n; k++)
		if ((c = places_country(S, st, k)) != NULL &&
		    (adj = entities_adjective(S->ent, c)) != NULL)
			return util_printf("%s prisoners", adj);
	/* a side the tables lack, by its adjective before the noun:
	 * "90 Karadanian soldiers" */
	for (k = a; k + 1 < b && k < st->n; k++)
		if (tok_capword(st, k) && !tok_capword(st, k + 1) &&
		    !tok_in_list(st, k, words_titles))
			return util_printf("%.*s prisoners",
			    (int)(st->t[k].e - st->t[k].s), st->s + st->t[k].s);
	return util_strdup("prisoners");
}

/* Whether the noun at token k names people ("pupils", "civilians"). */
static int
people_head(const struct sent *st, size_t k)
{
	return tok_in_list(st, k, people_groups) || tok_in_list(st, k,
	    child_nouns) || tok_in_list(st, k, people_nouns) ||
	    tok_in_list(st, k, civ_nouns);
}

/*
 * Verbs of freeing or killing before a figure whose hedge starts at h
 * that before_verbs lacks: "shot dead two people", "let go of 18
 * hostages", "won (secured) the release of 14 aid workers", and "(freed
 * 60 rebels) in exchange for 18 hostages" once the sentence tells a
 * release done.  The kind, with *at the verb's first token, or -1.
 */
static int
freed_before(const struct sent *st, size_t h, size_t *at)
{
	size_t	k, v;

	if (h > 1 && tok_word(st, h - 1, "dead") && tok_word(st, h - 2,
	    "shot")) {
		*at = h - 2;
		return CLAIM_KILLED;
	}
	if (h > 2 && tok_word(st, h - 1, "of") && tok_word(st, h - 2, "go") &&
	    tok_in_words(st, h - 3, (const char *const[]){ "let", "lets",
	    "letting", NULL })) {
		*at = h - 3;
		return CLAIM_RELEASED;
	}
	k = h > 0 && tok_in_list(st, h - 1, words_dets) ? h - 1 : h;
	if (k > 2 && tok_word(st, k - 1, "of") && tok_word(st, k - 2,
	    "release")) {
		v = tok_in_list(st, k - 3, words_dets) ? k - 4 : k - 3;
		if (v < k && tok_in_words(st, v, (const char *const[]){ "won",
		    "secured", "secures", "secure", "securing", "obtained",
		    "wins", "winning", NULL })) {
			*at = v;
			return CLAIM_RELEASED;
		}
	}
	if (k > 2 && tok_word(st, k - 1, "for") && tok_word(st, k - 2,
	    "exchange") && tok_word(st, k - 3, "in")) {
		for (v = 0; v + 3 < k; v++)
			if (tok_in_words(st, v, (const char *const[]){ "freed",
			    "released", "exchanged", "swapped", NULL }) &&
			    !(v > 0 && tok_in_words(st, v - 1,
			    (const char *const[]){ "will", "would", "to",
			    "be", NULL })))
				break;
		if (v + 3 < k) {
			*at = k - 3;
			return CLAIM_RELEASED;
		}
	}
	return -1;
}

/* The doer of a verb at token v ("troops had freed"): soldiers, police
 * or an army, who rescue rather than release. */
static int
rescuers_before(const struct sent *st, size_t v)
{
	while (v > 0 && tok_in_words(st, v - 1, (const char *const[]){ "had",
	    "have", "has", "also", "later", NULL }))
		v--;
	return v > 0 && tok_in_words(st, v - 1, (const char *const[]){
	    "troops", "soldiers", "army", "police", "forces", "commandos",
	    "rescuers", "military", NULL });
}

/*
 * A place that opens the sentence, a run of capitalised words followed by
 * a comma or a possessive ("Djibo, once a busy market, ...", "Djibo's
 * population ..."), not a person's title: the token after it, or 0.
 */
static size_t
opening_place(const struct sent *st)
{
	size_t	e;

	for (e = 0; e < st->n && e < 4 && tok_capword(st, e) &&
	    !tok_in_list(st, e, words_titles); e++)
		;
	if (e == 0 || e >= st->n || tok_word(st, 0, "the"))
		return 0;
	return tok_comma(st, e) || tok_possessive(st, e) ? e : 0;
}

/* "now shelters (hosts, houses) N", "population has swelled to N", "a
 * population of N": a figure of people living in a place, whose hedge
 * starts at token h. */
static int
housed_before(const struct sent *st, size_t h)
{
	size_t	k = h;

	if (k > 0 && tok_in_words(st, k - 1, (const char *const[]){ "shelters",
	    "hosts", "houses", "sheltering", "hosting", NULL }))
		return 1;
	if (k > 1 && tok_in_words(st, k - 1, (const char *const[]){ "to",
	    "at", "of", NULL }) && tok_in_words(st, k - 2,
	    (const char *const[]){ "swelled", "grown", "risen", "stands",
	    "population", NULL }))
		return 1;
	return 0;
}

/*
 * The size of a crowd: "police estimated the crowd at 80,000", "put
 * turnout (attendance) at 95,000", "a turnout of 250,000", "drew 250,000
 * people", "counted 15,000 marchers", "400,000 people marched (took part,
 * attended, joined the rally, poured into the capital)", "said 400,000 had
 * taken part"; "put the number at 80,000" in a sentence about a crowd.
 * The figure's hedge starts at h, its noun phrase is [a, b).  The token
 * of the verb (or noun) that makes it a crowd, with *end after the
 * phrase, or 0.
 */
LIST(crowd_nouns2, "crowd", "crowds", "turnout", "attendance");
LIST(crowd_heads, "people", "marchers", "protesters", "demonstrators",
    "students", "workers", "supporters", "participants", "pensioners",
    "farmers", "teachers", "activists");
LIST(crowd_verbs, "marched", "march", "attended", "joined", "poured",
    "walked", "rallied", "gathered", "protested", "demonstrated",
    "flooded", "packed", "thronged", "filled", "streamed");
/* Verbs of a crowd's size that its event has ("the march drew"), no
 * one's word, and those of whoever gives it ("police estimated"). */
LIST(draw_verbs, "drew", "draws", "drawing", "mobilised", "mobilized",
    "brought");
LIST(estimate_verbs, "estimated", "estimates", "estimate", "estimating");

/* "put the number (figure) at N": a crowd's only in a sentence that
 * names one, and only when no other count came before it. */
static int
crowd_put(const struct sent *st, size_t h)
{
	return h > 2 && tok_word(st, h - 1, "at") && tok_in_list(st, h - 2,
	    figure_nouns);
}

static size_t
crowd_count(const struct sent *st, size_t h, size_t a, size_t b,
    size_t *end)
{
	size_t	k, j;

	*end = b > a ? b : h + 1;
	for (k = 0; k < st->n; k++)
		if (tok_in_list(st, k, crowd_nouns2) || tok_in_list(st, k,
		    crowd_verbs) || tok_in_words(st, k, (const char *const[]){
		    "rally", "march", "protest", "demonstration", "marchers",
		    "part", NULL }))
			break;
	if (k == st->n)
		return 0;
	/* "estimated the crowd at", "put turnout at", "put the number at" */
	if (h > 2 && tok_word(st, h - 1, "at") && (tok_in_list(st, h - 2,
	    crowd_nouns2) || tok_in_list(st, h - 2, figure_nouns))) {
		k = h - 3;
		if (tok_in_list(st, k, words_dets) && k > 0)
			k--;
		if (tok_in_list(st, k, put_verbs) || tok_in_list(st, k,
		    estimate_verbs))
			return k;
		return 0;
	}
	/* "a turnout of 250,000", "a crowd of 3,000" */
	if (h > 1 && tok_word(st, h - 1, "of") && tok_in_list(st, h - 2,
	    crowd_nouns2))
		return h - 2;
	if (b > a && !tok_in_list(st, b - 1, crowd_heads))
		return 0;
	/* "drew 250,000 people", "counted 15,000 marchers", "spoke of
	 * 400,000 marchers" */
	if (h > 0 && b > a && (tok_in_list(st, h - 1, draw_verbs) ||
	    tok_word(st, h - 1, "counted") || (h > 1 && tok_word(st, h - 1,
	    "of") && tok_word(st, h - 2, "spoke"))))
		return h - 1;
	/* "400,000 people marched", "said 400,000 had taken part" */
	for (j = b > a ? b : h + 1; j < st->n && j < h + 8 &&
	    tok_in_words(st, j, (const char *const[]){ "had", "have", "has",
	    "were", "reportedly", "also", NULL }); j++)
		;
	if (tok_in_list(st, j, crowd_verbs)) {
		*end = j + 1;
		return j;
	}
	if (((tok_word(st, j, "took") || tok_word(st, j, "taken") ||
	    tok_word(st, j, "taking")) && tok_word(st, j + 1, "part")) ||
	    (tok_word(st, j, "turned") && tok_word(st, j + 1, "out"))) {
		*end = j + 2;
		return j;
	}
	return 0;
}

/* "crowd", or "crowd in Milan" when the sentence opens "In Milan,". */
static const char *
crowd_subject(const struct sent *st, char *buf, size_t len)
{
	size_t	e;

	if (!tok_word(st, 0, "in") || !tok_capword(st, 1))
		return "crowd";
	for (e = 1; e < st->n && e < 5 && tok_capword(st, e); e++)
		;
	if (!tok_comma(st, e) || st->t[e - 1].e - st->t[1].s + 10 > len)
		return "crowd";
	snprintf(buf, len, "crowd in %.*s", (int)(st->t[e - 1].e -
	    st->t[1].s), st->s + st->t[1].s);
	return buf;
}

/* Figures that are part of another count or a superseded value. */
static int
count_excluded(const struct sent *st, size_t i, size_t h)
{
	const struct number	*n = st->t[i].num;

	if (n->flags & NUMBER_NOT_COUNT)
		return 1;
	if (h > 0 && (tok_word(st, h - 1, "including") ||
	    tok_word(st, h - 1, "incl")))
		return 1;
	/* "among them 10", "of whom 10", "of which 10" */
	if (h > 1 && (tok_word(st, h - 2, "among") || tok_word(st, h - 2, "of"))
	    && (tok_word(st, h - 1, "them") || tok_word(st, h - 1, "whom") ||
	    tok_word(st, h - 1, "which")))
		return 1;
	/* "Of these, 22 were shot down over X": part of a count before */
	if (h > 2 && tok_comma(st, h - 1) && (tok_word(st, h - 2, "these") ||
	    tok_word(st, h - 2, "those") || tok_word(st, h - 2, "them") ||
	    tok_word(st, h - 2, "which")) && tok_word(st, h - 3, "of"))
		return 1;
	/* partitive: "two of the injured" (but "three of its staff" is a
	 * count of the staff; and a part that escaped, was rescued or is
	 * still held is a count of its own: "28 of them later escaped") */
	if (tok_word(st, i + 1, "of") && !part_fate(st, i) &&
	    (tok_in_list(st, i + 2, words_dets) ||
	    tok_word(st, i + 2, "them") || tok_word(st, i + 2, "whom") ||
	    tok_word(st, i + 2, "those") || tok_word(st, i + 2, "these") ||
	    tok_word(st, i + 2, "us") || tok_word(st, i + 2, "which")))
		return 1;
	/* an increment: "as four more people drowned" (the toll is the
	 * figure it brings, told apart) */
	if (tok_in_words(st, i + 1, (const char *const[]){ "more", "further",
	    "additional", NULL }) && !tok_word(st, i + 2, "than") &&
	    i + 2 < st->n && st->t[i + 2].type == TW)
		return 1;
	/* fractions: "one half", "two thirds" */
	if (tok_in_words(st, i + 1, (const char *const[]){ "half", "third",
	    "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
	    "tenths", "percent", "per", NULL }))
		return 1;
	/* superseded: "revised from 120 to 2,000" */
	if (h > 0 && tok_word(st, h - 1, "from") && tok_word(st, i + 1, "to") &&
	    i + 2 < st->n && st->t[i + 2].type == TN)
		return 1;
	/* "the two sides", "one" without an event is caught later */
	return 0;
}

/* Hedge start: the first token of the hedge words before figure i. */
static size_t
hedge_tok(const struct sent *st, size_t i)
{
	size_t	h = i;

	while (h > 0 && st->t[h - 1].s >= st->t[i].num->hstart &&
	    st->t[h - 1].type == TW)
		h--;
	return h;
}

/*
 * The entry of equipment[] for the head at token k of a noun phrase from
 * token a ("nine armored combat vehicles"), or NULL.  A "fighter" after a
 * model's name with a figure in it ("MiG-29 fighters") is aircraft.
 */
static const struct equip *
equip_at(const struct sent *st, size_t a, size_t k)
{
	static const struct equip	 fighter = { "fighters", NULL,
					    "aircraft" };
	size_t				 i, j;

	if (k >= st->n || st->t[k].type != TW)
		return NULL;
	for (i = 0; i < PX_NITEMS(equipment); i++) {
		if (!tok_word(st, k, equipment[i].head))
			continue;
		if (equipment[i].before == NULL)
			return &equipment[i];
		for (j = a; j < k; j++)
			if (tok_word(st, j, equipment[i].before))
				return &equipment[i];
	}
	if ((tok_word(st, k, "fighters") || tok_word(st, k, "fighter")) &&
	    k > a && st->t[k - 1].cap && memchr(st->s + st->t[k - 1].s, '-',
	    st->t[k - 1].e - st->t[k - 1].s) != NULL)
		return &fighter;
	return NULL;
}

static char	*weapon_subject(struct state *, const struct sent *, size_t,
		    size_t, const char *);

/*
 * The subject of equipment counted from token a to its head at k: the
 * side's adjective (a country in the phrase, else side), then the name
 * equipment[] gives, or the lower-case words before the head and the head
 * ("ammunition depots", "rocket launchers"; no model name: "HIMARS").
 */
static char *
equip_subject(struct state *S, const struct sent *st, size_t a, size_t k,
    const char *side)
{
	const struct equip	*q = equip_at(st, a, k);
	const char		*c, *adj;
	size_t			 j;

	for (j = a; j < k; j++)
		if ((c = places_country(S, st, j)) != NULL &&
		    entities_adjective(S->ent, c) != NULL) {
			side = c;
			break;
		}
	if (q == NULL || q->as == NULL)
		return weapon_subject(S, st, a, k, side);
	adj = side != NULL ? entities_adjective(S->ent, side) : NULL;
	return adj != NULL ? util_printf("%s %s", adj, q->as) :
	    util_strdup(q->as);
}

/*
 * Losses a side's statement counts: "the Ukrainian army lost up to 145
 * servicemen", "Russian losses over the past day amounted to 230
 * servicemen", "put Russian losses at 1,120 personnel", "total losses
 * exceeded 1,390 servicemen".  People lost are counted as the dead (the
 * word a ministry gives for its adversary's losses), equipment lost as
 * destroyed; the noun phrase of the figure is [a, b), the figure's words
 * start at hv.  Returns the kind, or -1; *at gets the verb or the noun,
 * *side the country whose losses they are when the words name it
 * ("Kyiv lost", "Russian losses", "losses of the Ukrainian army"), else
 * NULL.  People "lost ... killed" are left to the verb after them.
 */
LIST(loss_verbs, "lost", "lose", "loses", "losing");
LIST(loss_links, "at", "to", "of", "exceeded", "exceed", "exceeds",
    "totalled", "totaled", "totalling", "totaling", "reached", "were",
    "was", "surpassed", "topped", "included", "comprised");

static int
losses_before(struct state *S, const struct sent *st, size_t hv, size_t a,
    size_t b, size_t *at, const char **side)
{
	size_t	k, l;
	int	kind;

	*side = NULL;
	if (b <= a || hv == 0)
		return -1;
	if (tok_in_list(st, b - 1, mil_nouns) && !tok_word(st, b - 1,
	    "military"))
		kind = CLAIM_KILLED;
	else if (equip_at(st, a, b - 1) != NULL)
		kind = CLAIM_DESTROYED;
	else
		return -1;
	if (kind == CLAIM_KILLED && tok_kw_find(st, b, after_verbs,
	    PX_NITEMS(after_verbs)) >= 0)
		return -1;
	if (tok_in_list(st, hv - 1, loss_verbs)) {
		*at = hv - 1;
		for (k = hv - 1; k > 0 && k + 7 > hv; k--) {
			if (st->t[k - 1].type != TW ||
			    tok_in_list(st, k - 1, words_say_verbs))
				break;
			if ((*side = places_country(S, st, k - 1)) != NULL)
				break;
		}
		return kind;
	}
	if (!tok_in_list(st, hv - 1, loss_links))
		return -1;
	for (k = hv - 1; k > 0 && k + 14 > hv; k--) {
		/* "over the past 24 hours" */
		if (st->t[k - 1].type == TN && (st->t[k - 1].num->flags &
		    NUMBER_NOT_COUNT))
			continue;
		if (st->t[k - 1].type != TW)
			return -1;
		if (!tok_word(st, k - 1, "losses"))
			continue;
		*at = k - 1;
		for (l = k > 3 ? k - 4 : 0; l < hv && *side == NULL; l++)
			*side = places_country(S, st, l);
		return kind;
	}
	return -1;
}

/*
 * A missile's subject: its side's adjective, then the lower-case words
 * before its head (no model name: "four Iskander-M ballistic missiles"
 * are "ballistic missiles"), then the head in the plural.
 */
static char *
weapon_subject(struct state *S, const struct sent *st, size_t a,
    size_t head, const char *country)
{
	char	*out, *t;
	size_t	 k;
	int	 plural;

	out = util_strdup(country != NULL ? entities_adjective(S->ent,
	    country) : "");
	for (k = a; k < head && out != NULL; k++) {
		if (st->t[k].type != TW || st->t[k].cap ||
		    tok_in_list(st, k, modifiers_drop))
			continue;
		t = util_printf("%s%s%.*s", out, *out != '\0' ? " " : "",
		    (int)(st->t[k].e - st->t[k].s), st->low + st->t[k].s);
		free(out);
		out = t;
	}
	if (out == NULL)
		return NULL;
	plural = st->low[st->t[head].e - 1] == 's';
	t = util_printf("%s%s%.*s%s", out, *out != '\0' ? " " : "",
	    (int)(st->t[head].e - st->t[head].s), st->low + st->t[head].s,
	    plural ? "" : "s");
	free(out);
	return t;
}

static char *
count_subject(struct state *S, const struct sent *st, size_t a, size_t b,
    enum claim_kind kind, const char *prev, const char *spk_side,
    size_t *subj_end)
{
	size_t		 k, head, of = b;
	const char	*country = NULL;
	char		*txt;
	int		 mil;

	*subj_end = b;
	/*
	 * A participle and its preposition end the noun: "people suspected
	 * of looting", "miners trapped under the rubble".
	 */
	for (k = a + 1; k + 1 < b; k++) {
		if (st->t[k].type == TW && st->t[k].e - st->t[k].s > 3 &&
		    memcmp(st->low + st->t[k].e - 2, "ed", 2) == 0 &&
		    tok_in_words(st, k + 1, (const char *const[]){ "of", "in",
		    "at", "on", "for", "from", "under", "by", "with", "near",
		    "during", "after", "inside", NULL })) {
			b = k;
			break;
		}
	}
	for (k = a; k < b; k++)
		if (tok_word(st, k, "of"))
			of = k;
	/* "hundreds of civilians", but "prisoners of war" */
	if (of < b && of + 1 < b && !tok_in_list(st, of + 1, of_tails))
		a = of + 1;
	while (a < b && tok_in_list(st, a, modifiers_drop))
		a++;
	if (a >= b) {
		if (prev != NULL)
			return util_strdup(prev);
		return util_strdup("people");
	}
	/* a participle is not a head: "200 people opened" */
	while (b > a && st->t[b - 1].e - st->t[b - 1].s > 3 &&
	    memcmp(st->low + st->t[b - 1].e - 2, "ed", 2) == 0 &&
	    !tok_word(st, b - 1, "wounded") && !tok_word(st, b - 1, "injured"))
		b--;
	if (a >= b)
		return util_strdup(prev != NULL ? prev : "people");
	head = b - 1;
	/* "others" is a head of its own: "28 others underground" */
	if (tok_word(st, a, "others"))
		head = a;
	if (tok_word(st, head, "others") || tok_word(st, head, "more") ||
	    tok_word(st, head, "them") || tok_word(st, head, "those") ||
	    tok_word(st, head, "these")) {
		if (prev != NULL)
			return util_strdup(prev);
		return util_strdup("people");
	}
	for (k = a; k < b; k++) {
		const char	*c = places_country(S, st, k);

		if (c != NULL && entities_adjective(S->ent, c) != NULL) {
			country = c;
			break;
		}
	}
	mil = tok_in_list(st, head, mil_nouns) ||
	    (tok_word(st, head, "members") && head > a &&
	    tok_word(st, head - 1, "service"));
	if (tok_word(st, head, "heroes") && kind != CLAIM_KILLED)
		mil = 0;
	/* "military" alone or after a side; "officers" only when military */
	if (tok_word(st, head, "military"))
		mil = head == a || places_country(S, st, head - 1) != NULL;
	if (tok_word(st, head, "officers"))
		mil = head > a && (tok_word(st, head - 1, "military") ||
		    tok_word(st, head - 1, "army") || tok_word(st, head - 1,
		    "naval") || places_country(S, st, head - 1) != NULL);
	/* "rebel fighters" are no side's servicemen */
	if (mil && country == NULL)
		for (k = a; k < head; k++)
			if (tok_word(st, k, "rebel") ||
			    tok_word(st, k, "rebels"))
				return util_strdup("rebel fighters");
	if (mil) {
		if (country == NULL)
			country = spk_side;
		return adj_servicemen(S, country);
	}
	/* "27 officers", "31 police officers", "30 policemen": one
	 * count of the police */
	if (tok_in_words(st, head, (const char *const[]){ "officers",
	    "policemen", "policewomen", "police", "gendarmes", NULL }) &&
	    country == NULL)
		return util_strdup("police officers");
	/* weapons: "Ukrainian drones", "ballistic missiles" */
	if (tok_in_list(st, head, drone_nouns) ||
	    (tok_word(st, head, "vehicles") && head > a &&
	    tok_word(st, head - 1, "aerial")))
		return country != NULL ? util_printf("%s drones",
		    entities_adjective(S->ent, country)) :
		    util_strdup("drones");
	if (tok_in_list(st, head, missile_nouns))
		return weapon_subject(S, st, a, head, country);
	/* survivors with injuries are a part of the story's people, as
	 * those rescued with injuries are: "20 passengers survived with
	 * injuries" counts passengers */
	if (kind == CLAIM_INJURED && tok_in_list(st, head, people_groups) &&
	    tok_in_list(st, head + 1, survive_verbs))
		return util_strndup(st->low + st->t[head].s,
		    st->t[head].e - st->t[head].s);
	/* one group of people counted in the sentence is its people */
	if (tok_in_list(st, head, people_groups) && st->groups <= 1 &&
	    (kind == CLAIM_KILLED || kind == CLAIM_INJURED ||
	    kind == CLAIM_MISSING || kind == CLAIM_CASUALTIES ||
	    (kind == CLAIM_DETAINED && tok_in_list(st, head, crowd_nouns))))
		return util_strdup("people");
	/* civilians killed, injured or missing, the one group the
	 * sentence counts, are the story's people: "shelling killed 52
	 * civilians" and "killed 61 people" count one toll */
	if (tok_in_list(st, head, civ_nouns) && st->groups <= 1 &&
	    (kind == CLAIM_KILLED || kind == CLAIM_INJURED ||
	    kind == CLAIM_MISSING))
		return util_strdup("people");
	if (tok_in_list(st, head, civ_nouns))
		return util_strdup("civilians");
	/* children taken or missing are the story's people missing */
	if (tok_in_list(st, head, child_nouns) && kind == CLAIM_MISSING &&
	    st->groups <= 1)
		return util_strdup("people");
	if (tok_in_list(st, head, child_nouns))
		return util_strdup("children");
	if (tok_in_list(st, head, people_nouns))
		return util_strdup("people");
	/* "14 of its citizens", said by a side: the side's citizens */
	if (country == NULL && spk_side != NULL && tok_in_list(st, head,
	    citizen_nouns) && a > 0 && tok_in_list(st, a - 1,
	    words_poss_pron) && entities_adjective(S->ent, spk_side) != NULL)
		return util_printf("%s %s", entities_adjective(S->ent,
		    spk_side), tok_word(st, head, "nationals") ? "nationals" :
		    "citizens");
	if (b == a + 1)
		for (k = 0; k < PX_NITEMS(subject_synonyms); k++)
			if (tok_word(st, a, subject_synonyms[k].word))
				return util_strdup(subject_synonyms[k].as);
	if ((txt = tok_text(st, a, b)) == NULL)
		return NULL;
	/* keep proper adjectives, lower the rest of a sentence-initial word */
	return txt;
}

/*
 * A place right after token k, before token lim: "killed in Kharkiv",
 * "the death toll in Turkey".  The place of a count of people keeps local
 * counts apart from national ones.
 */
/*
 * Is the sentence set in capitals ("DAM COLLAPSE KILLS 31 IN HIMALAYAN
 * VILLAGES"), at least three words of two letters or more and no
 * lower-case ASCII letter in any of them?  Its capitals tell no names.
 */
static int
shouting(const struct sent *st)
{
	size_t	i, p, n = 0;

	for (i = 0; i < st->n; i++) {
		if (st->t[i].type != TW || st->t[i].e - st->t[i].s < 2)
			continue;
		for (p = st->t[i].s; p < st->t[i].e; p++)
			if (st->s[p] >= 'a' && st->s[p] <= 'z')
				return 0;
		n++;
	}
	return n >= 3;
}

LIST(care_nouns, "hospital", "hospitals", "clinic", "clinics", "shelter",
    "shelters", "camp", "camps", "morgue", "mortuary");

LIST(attack_nouns, "attack", "attacks", "strike", "strikes", "raid",
    "raids", "offensive", "assault", "bombardment", "shelling", "invasion",
    "war", "bombing", "barrage");

/* Whether a noun of attack comes within three lower-case words from k. */
static int
attack_after(const struct sent *st, size_t k)
{
	size_t	j;

	for (j = k; j < st->n && j < k + 3 && st->t[j].type == TW &&
	    !st->t[j].cap; j++)
		if (tok_in_list(st, j, attack_nouns))
			return 1;
	return 0;
}

static char *
place_after(struct state *S, const struct sent *st, size_t k, size_t lim)
{
	size_t		 pa, pb, j;
	char		*place;
	const char	*c;

	for (j = k; j < st->n && j < k + 6 && j < lim; j++) {
		if (st->t[j].type == TP)
			return NULL;
		if ((tok_word(st, j, "in") || tok_word(st, j, "across") ||
		    tok_word(st, j, "near")) && shouting(st)) {
			/* only a country or a capital the tables know, by
			 * the tables' name ("IN TURKEY": "Turkey") */
			if ((place = events_place_at(S, st, j + 1, &pa,
			    &pb)) == NULL)
				return NULL;
			free(place);
			if (pb != pa + 1 || (c = places_country(S, st, pa)) ==
			    NULL)
				return NULL;
			if ((place = util_strdup(c)) == NULL)
				S->oom = 1;
			return place;
		}
		/* another verb: "persons will take place in X" is a venue,
		 * not where the count is */
		if (tok_in_list(st, j, words_venue_verbs) || tok_in_words(st,
		    j, (const char *const[]){ "will", "would", "could",
		    "should", "may", "might", "shall", NULL }))
			return NULL;
		/* "taken to a hospital in X": where they were taken, not
		 * where the count is */
		if (tok_in_list(st, j, care_nouns))
			return NULL;
		if (tok_word(st, j, "in") || tok_word(st, j, "across") ||
		    tok_word(st, j, "near")) {
			place = events_place_at(S, st, j + 1, &pa, &pb);
			/* "in the Bay of Bengal": a name with "of" (whole or
			 * cut before it) is a sea or a gulf, no place of
			 * people; "in the Vesi Air crash": a
			 * name before an incident is the incident's (not a
			 * country's: "the Atlantis floods") */
			if (place != NULL && ((tok_word(st, pb, "of") &&
			    tok_capword(st, pb + 1)) || (pb > pa + 2 &&
			    tok_word(st, pa + 1, "of")) || ((dated_incident(st,
			    pb) || tok_in_list(st, pb, event_names)) &&
			    places_country(S, st, pa) == NULL))) {
				free(place);
				return NULL;
			}
			/* "killed in Russia's overnight attack on X": the
			 * doer of the attack, not where the count is */
			if (place != NULL && tok_possessive(st, pb) &&
			    attack_after(st, pb + 1)) {
				free(place);
				return NULL;
			}
			if (place == NULL || !tok_possessive(st, pb) ||
			    !tok_capword(st, pb + 1))
				return place;
			/* "in Atlantis's Vesi county": Vesi county */
			free(place);
			return events_place_at(S, st, pb + 1, &pa, &pb);
		}
		if (st->t[j].type != TW || st->t[j].cap)
			return NULL;
	}
	return NULL;
}

/*
 * Nouns of the event that a count is the toll of: a place right after one
 * ("the toll from the mine collapse in Turkey") is where the event
 * happened, not a part of the count's subject.
 */
LIST(disaster_nouns, "collapse", "explosion", "blast", "crash", "fire",
    "quake", "earthquake", "flood", "floods", "flooding", "landslide",
    "landslides", "accident", "disaster", "storm", "derailment",
    "stampede", "collision", "sinking", "capsizing", "eruption",
    "avalanche", "cyclone", "hurricane", "typhoon", "tsunami", "wildfire",
    "mudslide", "shipwreck", "cave-in");

/* Whether the place place_after() finds from token k follows an event. */
static int
place_of_event(const struct sent *st, size_t k, size_t lim)
{
	size_t	j;

	for (j = k; j < st->n && j < k + 6 && j < lim; j++) {
		if (st->t[j].type == TP)
			return 0;
		if (tok_word(st, j, "in") || tok_word(st, j, "across") ||
		    tok_word(st, j, "near"))
			return j > 0 && tok_in_list(st, j - 1, disaster_nouns);
		if (st->t[j].type != TW || st->t[j].cap)
			return 0;
	}
	return 0;
}

/* An event noun followed by "of" in [a, b): "launches of missiles". */
static size_t
noun_of(const struct sent *st, size_t a, size_t b)
{
	size_t	k;

	for (k = a; k + 2 < b + 1 && k + 1 < b; k++)
		if (tok_word(st, k + 1, "of") && tok_kw_find(st, k, event_nouns,
		    PX_NITEMS(event_nouns)) >= 0 && !tok_in_list(st, k + 2,
		    of_tails))
			return k;
	return b;
}

/*
 * How many groups of people the figures of a sentence count: the distinct
 * heads after them that name people or servicemen ("5 miners and 3
 * rescuers" two, "41 miners ... 11 miners" one).  Two keep their names.
 */
/* Is token k a noun of a group of people ("miners", "soldiers")? */
static int
group_noun(const struct sent *st, size_t k)
{
	return tok_in_list(st, k, people_groups) ||
	    tok_in_list(st, k, mil_nouns) || tok_in_list(st, k, civ_nouns) ||
	    tok_in_list(st, k, child_nouns) || tok_in_list(st, k,
	    other_groups) || tok_in_list(st, k, words_humans);
}

/*
 * "14 soldiers and civilians have been killed": two groups under one
 * figure, the noun phrase [a, b) followed by "and" and a second group
 * noun that ends the phrase.  They are counted as people.
 */
static int
both_groups(const struct sent *st, size_t a, size_t b)
{
	return b > a && b + 1 < st->n && tok_word(st, b, "and") &&
	    group_noun(st, b - 1) && group_noun(st, b + 1) &&
	    (b + 2 >= st->n || st->t[b + 2].type != TW ||
	    tok_in_list(st, b + 2, words_np_stop));
}

LIST(bring_out_verbs, "rescued", "rescuing", "rescues", "brought",
    "bringing", "pulled", "pulling", "saved", "saving", "evacuated",
    "evacuating", "airlifted", "freed");

static int
count_groups(const struct sent *st)
{
	uint32_t	seen[8];
	size_t		i, a, b, k, n = 0;

	for (i = 0; i < st->n; i++) {
		if (st->t[i].type != TN)
			continue;
		/* people brought out are no group of the event's counts:
		 * "had brought 57 workers to the surface and ... 19 miners
		 * still trapped" counts one group */
		k = hedge_tok(st, i);
		if (k > 0 && tok_in_list(st, k - 1, bring_out_verbs))
			continue;
		/* a part of a count is of its group: "52 civilians, among
		 * them 14 children" counts one */
		if (count_excluded(st, i, k))
			continue;
		np_after(st, i, &a, &b);
		if (b <= a || !group_noun(st, b - 1))
			continue;
		for (k = 0; k < n; k++)
			if (seen[k] == st->t[b - 1].hash)
				break;
		if (k == n && n < PX_NITEMS(seen))
			seen[n++] = st->t[b - 1].hash;
	}
	return (int)n;
}

/* Words that leave a fate open: "the fate of four others is unknown". */
LIST(unknown_words, "unknown", "unclear", "uncertain", "unconfirmed");

/* "unknown" after the noun phrase ending at token b, past "was still":
 * the token after it, or 0. */
static size_t
fate_unknown(const struct sent *st, size_t b)
{
	size_t	k;

	for (k = b; k < st->n && k < b + 5; k++) {
		if (tok_in_list(st, k, unknown_words))
			return k + 1;
		if (!tok_in_list(st, k, verb_fill))
			return 0;
	}
	return 0;
}

/*
 * Weapons counted as a part of others: "118 of the drones", "118 out of
 * 143 attack drones", "41 of 47 drones".  Sets [*a, *b) to the weapons'
 * noun phrase.
 */
static int
weapon_part(const struct sent *st, size_t i, size_t *a, size_t *b)
{
	size_t	x;

	if (tok_word(st, i + 1, "of") && tok_in_list(st, i + 2, words_dets) &&
	    i + 3 < st->n && st->t[i + 3].type == TN)
		x = i + 3;	/* "shot down 41 of the 47 drones" */
	else if (tok_word(st, i + 1, "of") && tok_in_list(st, i + 2,
	    words_dets))
		x = i + 2;
	else if (tok_word(st, i + 1, "out") && tok_word(st, i + 2, "of") &&
	    i + 3 < st->n && st->t[i + 3].type == TN)
		x = i + 3;
	else if (tok_word(st, i + 1, "of") && i + 2 < st->n &&
	    st->t[i + 2].type == TN)
		x = i + 2;	/* "shot down 41 of 47 drones" */
	else
		return 0;
	np_after(st, x, a, b);
	return *b > *a && tok_in_list(st, *b - 1, weapon_nouns);
}

/*
 * "(...\") were used" at token b, after a count of weapons: the token after
 * the verb, or 0.  Weapons used are weapons launched.
 */
static size_t
used_after(const struct sent *st, size_t b)
{
	size_t	k = b;

	if (k < st->n && st->t[k].type == TP && (st->t[k].cp == '"' ||
	    st->t[k].cp == 0x201D))
		k++;
	/* "60 drones took part in the attack", "had taken part" */
	if (tok_in_words(st, k, (const char *const[]){ "had", "have",
	    NULL }) && tok_word(st, k + 1, "taken") && tok_word(st, k + 2,
	    "part"))
		return k + 3;
	if (tok_in_words(st, k, (const char *const[]){ "took", "take",
	    NULL }) && tok_word(st, k + 1, "part"))
		return k + 2;
	if (tok_in_words(st, k, (const char *const[]){ "participated",
	    NULL }))
		return k + 1;
	if (!tok_in_words(st, k, (const char *const[]){ "were", "was", "had",
	    "have", "are", NULL }))
		return 0;
	for (k++; k < st->n && tok_in_words(st, k, (const char *const[]){
	    "been", "being", NULL }); k++)
		;
	return tok_in_words(st, k, (const char *const[]){ "used", "deployed",
	    "involved", "fired", NULL }) ? k + 1 : 0;
}

/* An attack verb in the clause before token w: "attacked X ... with". */
static int
attack_before(const struct sent *st, size_t w)
{
	size_t	k;

	for (k = w; k > 0 && k + 8 > w; k--) {
		if (st->t[k - 1].type == TP)
			return 0;
		if (tok_in_list(st, k - 1, attack_verbs))
			return 1;
	}
	return 0;
}

/* Kinds that count people (a bare figure after one of them counts the
 * same people: "killed 30 and injured 50"), not things. */
static int
counts_people(int kind)
{
	return kind == CLAIM_KILLED || kind == CLAIM_INJURED ||
	    kind == CLAIM_MISSING || kind == CLAIM_DETAINED ||
	    kind == CLAIM_CAPTURED || kind == CLAIM_RELEASED ||
	    kind == CLAIM_CASUALTIES;
}

/* A subject of people: destroyed or damaged, it is no claim. */
static int
people_subject(const char *s)
{
	size_t	n = strlen(s);

	return strncmp(s, "people", 6) == 0 || strcmp(s, "civilians") == 0 ||
	    strcmp(s, "children") == 0 || (n >= 10 &&
	    strcmp(s + n - 10, "servicemen") == 0);
}

static int bodies_note(struct state *);
static int exchange_count(const struct sent *, size_t, size_t, size_t *);

static int	swap_agreed(struct state *, const struct sent *, size_t,
		    size_t, size_t *);

/*
 * "The figure was confirmed at midday by the Ministry of Health": a
 * sentence about the figure of the one before, with no figure of its
 * own, gives that sentence's counts without a source their source.
 */
LIST(confirm_verbs, "confirmed", "given", "provided", "released", "issued",
    "reported", "announced", "published");

static void
confirmed_by(struct state *S, const struct sent *st)
{
	size_t		 k, v, e, i;
	const char	*sd;
	char		*who;
	int		 hu;

	if (st->index == 0 || st->n < 5 || !tok_in_list(st, 0, words_dets) ||
	    !(tok_in_list(st, 1, figure_nouns) || tok_in_list(st, 1,
	    toll_nouns) || tok_word(st, 1, "figures")))
		return;
	for (v = 2; v < st->n && v < 6 && !tok_in_list(st, v, confirm_verbs);
	    v++)
		if (st->t[v].type != TW)
			return;
	for (k = v + 1; k < st->n && k < v + 6 && !tok_word(st, k, "by"); k++)
		if (st->t[k].type == TP)
			return;
	if (v >= st->n || v == 6 || k >= st->n || !tok_word(st, k, "by"))
		return;
	for (e = k + 1; e < st->n && st->t[e].type != TP; e++)
		;
	for (i = 0; i < st->n; i++)	/* a figure of its own */
		if (st->t[i].type == TN && !(st->t[i].num->flags &
		    NUMBER_NOT_COUNT))
			return;
	if (e == k + 1 || (who = people_speaker_name(S, st, k + 1, e, &sd,
	    &hu)) == NULL)
		return;
	for (i = S->out->n; i > 0 && S->out->v[i - 1].sentence + 1 ==
	    st->index; i--) {
		struct claim	*c = &S->out->v[i - 1];

		if (c->source == NULL && claim_kind_is_count(c->kind) &&
		    (c->source = util_strdup(who)) == NULL)
			S->oom = 1;
	}
	free(who);
}

/*
 * "seven of the building's twelve floors": a figure at i, "of", a few
 * words (a determiner, a possessive) and the figure of the whole before
 * its noun.  The token of the whole's figure, or 0.
 */
static size_t
part_of_whole(const struct sent *st, size_t i)
{
	size_t	k;

	if (!tok_word(st, i + 1, "of") || !(tok_in_list(st, i + 2,
	    words_dets) || tok_in_list(st, i + 2, words_poss_pron)))
		return 0;
	for (k = i + 3; k < st->n && k < i + 7; k++) {
		if (st->t[k].type == TN)
			break;
		if (tok_comma(st, k) || tok_punct(st, k, '.') ||
		    tok_punct(st, k, ';'))
			return 0;
	}
	if (k >= st->n || k >= i + 7 || st->t[k].type != TN ||
	    st->t[k].num->value <= st->t[i].num->value || k + 2 >= st->n ||
	    st->t[k + 1].type != TW)
		return 0;
	return k;
}

/*
 * Is the sentence a headline in title case ("Rebels Say 480 Government
 * Troops Killed, 11 Tanks Destroyed")?  Five words of four letters or
 * more, all of them capitalised.
 */
static int
title_case(const struct sent *st)
{
	size_t	i, n = 0;

	for (i = 0; i < st->n; i++) {
		if (st->t[i].type != TW || st->t[i].e - st->t[i].s < 4)
			continue;
		if (!st->t[i].cap)
			return 0;
		n++;
	}
	return n >= 5;
}

/*
 * Whether the figure whose words start at h, its noun phrase ending at b,
 * is the next item of a list whose last count ended at token prev_e:
 * after "and", a comma or ", and", the item's phrase no subject of a verb
 * of its own ("destroyed 40 houses, 300 people were evacuated").
 */
static int
list_next(const struct sent *st, size_t prev_e, size_t h, size_t b)
{
	size_t	x;

	if (prev_e == 0 || h == 0)
		return 0;
	if (!(prev_e == h - 1 && (tok_word(st, h - 1, "and") ||
	    tok_comma(st, h - 1))) && !(h > 1 && prev_e == h - 2 &&
	    tok_comma(st, h - 2) && tok_word(st, h - 1, "and")))
		return 0;
	return !tok_in_list(st, b, verb_fill) && verb_after(st, b, &x) < 0;
}

int
counts_find(struct state *S, struct sent *st)
{
	size_t		 i, h, hv, a, b, at, e, se, ev, prev_e = 0, ua, kc;
	size_t		 prev_at = SIZE_MAX;
	int		 kind, toll, part;
	const char	*src, *sd, *popsubj, *lp;
	char		 crewbuf[64], crowdbuf[64];
	char		*subject, *prev = NULL, *pp, *pv;
	int		 prev_kind = -1, hu, both, putown;
	const struct number *n;
	const struct claim *carry;
	char		*putter = NULL;
	size_t		 put, pe, da, db, whole = SIZE_MAX;
	int		 past, loss, prev_loss = 0;
	const char	*lside, *prev_side = NULL;

	st->groups = count_groups(st);
	st->titled = title_case(st);
	confirmed_by(S, st);
	for (i = 0; i < st->n; i++) {
		if (st->t[i].type != TN || i == whole)
			continue;
		n = st->t[i].num;
		h = hedge_tok(st, i);
		part = weapon_part(st, i, &a, &b);
		/* "seven of the building's twelve floors were burnt": the
		 * part is what was destroyed or damaged, not the whole */
		if (!part && (e = part_of_whole(st, i)) > 0 &&
		    (kind = verb_after(st, e + 2, &at)) >= 0 &&
		    (kind == CLAIM_DESTROYED || kind == CLAIM_DAMAGED)) {
			whole = e;
			if ((subject = util_strndup(st->low + st->t[e + 1].s,
			    st->t[e + 1].e - st->t[e + 1].s)) == NULL) {
				S->oom = 1;
				break;
			}
			src = people_source(S, st, i, &sd, NULL, NULL);
			past = claims_add(S, st, (enum claim_kind)kind, subject,
			    n->value, n->high, NULL, (n->flags &
			    NUMBER_APPROX) != 0, n->hedge, src, st->t[h].s,
			    st->t[at].e);
			free(subject);
			if (past != 0)
				break;
			continue;
		}
		/* "two of the injured died in hospital": dead of their
		 * injuries, a part of the toll, never a toll of its own */
		if (!part && (e = hurt_died(st, i)) > 0) {
			src = people_source(S, st, i, &sd, NULL, NULL);
			if (claims_add(S, st, CLAIM_KILLED, "people (died of "
			    "injuries)", n->value, n->high, NULL,
			    (n->flags & NUMBER_APPROX) != 0, n->hedge, src,
			    st->t[h].s, st->t[e].e) != 0)
				break;
			continue;
		}
		/* "launched 87 drones, of which 61 were shot down": the
		 * part of the launched that was destroyed */
		if (!part && (lp = launched_part(S, st, i, h, n->value,
		    &e)) != NULL) {
			if (claims_add(S, st, CLAIM_DESTROYED, lp, n->value,
			    n->high, NULL, (n->flags & NUMBER_APPROX) != 0,
			    n->hedge, people_source(S, st, i, &sd, NULL, NULL),
			    st->t[h].s, st->t[e].e) != 0)
				break;
			continue;
		}
		/* "nine of them were still being treated in hospital" */
		if (!part && tok_word(st, i + 1, "of") && tok_word(st, i + 2,
		    "them")) {
			for (e = i + 3; e < st->n && e < i + 8 &&
			    tok_in_list(st, e, verb_fill); e++)
				;
			if ((e = hospital_after(st, e)) > 0) {
				if (claims_add(S, st, CLAIM_INJURED, prev !=
				    NULL && counts_people(prev_kind) ? prev :
				    "people", n->value, n->high, NULL,
				    (n->flags & NUMBER_APPROX) != 0, n->hedge,
				    people_source(S, st, i, &sd, NULL, NULL),
				    st->t[h].s, st->t[e].e) != 0)
					break;
				continue;
			}
		}
		if (!part && count_excluded(st, i, h))
			continue;
		kind = -1;
		toll = 0;
		carry = NULL;
		both = 0;
		loss = 0;
		lside = NULL;
		putown = 0;
		popsubj = NULL;
		if (!part)
			np_after(st, i, &a, &b);
		/* "3,000 civilians left the town": no noun's word */
		if (!part && b > a + 1 && tok_word(st, b - 1, "left") &&
		    (tok_capword(st, b) || tok_in_list(st, b, words_dets)))
			b--;
		/* "14 aid workers held by militants", "400,000 people
		 * poured into the capital": the phrase ends at the verb */
		for (kc = a + 1; !part && kc < b; kc++)
			if (tok_in_words(st, kc, (const char *const[]){ "held",
			    "taken", "seized", "slipped", "managed", "poured",
			    "attended", "marched", "gathered", "rallied",
			    "streamed", "flooded", "took", "spent", "sought",
			    "fled", NULL })) {
				b = kc;
				break;
			}
		if (!part && both_groups(st, a, b)) {
			both = 1;
			b += 2;
		}
		e = b > a ? b : i + 1;
		/* "shot down or jammed 118": the verb before "or" */
		hv = h;
		if (h > 2 && st->t[h - 1].type == TW &&
		    (tok_word(st, h - 2, "or") || tok_word(st, h - 2, "and")) &&
		    tok_kw_find(st, h - 1, before_verbs,
		    PX_NITEMS(before_verbs)) < 0 &&
		    !tok_in_list(st, h - 1, weapon_verbs) &&
		    !tok_in_list(st, h - 1, words_np_stop))
			hv = h - 2;
		/* "one" alone: a pronoun more often than a count */
		if ((n->flags & NUMBER_WORD) && n->value == 1 && b == a)
			continue;
		/* population: "a city of 1.4 million people", "a rail hub
		 * with about 230,000 residents" */
		if (h > 1 && ((tok_word(st, h - 1, "of") &&
		    (tok_in_list(st, h - 2, pop_places) ||
		    tok_word(st, h - 2, "population"))) ||
		    (tok_word(st, h - 1, "with") && tok_in_list(st, h - 2,
		    pop_places) && b > a && tok_in_list(st, b - 1,
		    pop_nouns)))) {
			size_t	k = h - 2, pa, pb;

			while (k > 0 && !tok_comma(st, k - 1) && k + 6 > h)
				k--;
			pb = k > 0 ? k - 1 : 0;
			pa = pb;
			while (pa > 0 && tok_capword(st, pa - 1))
				pa--;
			if (tok_word(st, h - 2, "population") && pa == pb) {
				/* "X has a population of", "X's population" */
				pb = h - 2;
				while (pb > 0 && !tok_capword(st, pb - 1) &&
				    pb + 6 > h)
					pb--;
				pa = pb;
				while (pa > 0 && tok_capword(st, pa - 1))
					pa--;
			}
			if (pa < pb && (subject = tok_text(st, pa, pb)) !=
			    NULL) {
				if (b > a && tok_in_list(st, b - 1, pop_nouns))
					e = b;
				claims_add(S, st, CLAIM_POPULATION, subject,
				    n->value, n->high, NULL,
				    (n->flags & NUMBER_APPROX) != 0, n->hedge,
				    NULL, st->t[pa].s, st->t[e - 1].e);
				free(subject);
			}
			continue;
		}
		/* "Vesi village is home to about 4,500 people", "Vesi, home
		 * to 4,500 people": the place's name before it */
		if ((h > 1 && tok_word(st, h - 2, "home") && tok_word(st,
		    h - 1, "to")) || (h > 0 && b > a && tok_in_list(st, b - 1,
		    pop_nouns) && housed_before(st, h) &&
		    opening_place(st) > 0)) {
			size_t	pa, pb = h - 2;

			if (!tok_word(st, h - 1, "to") || !tok_word(st, h - 2,
			    "home"))
				pb = h;	/* "X ... now shelters N people" */
			else if (pb > 0 && (tok_comma(st, pb - 1) ||
			    tok_in_words(st, pb - 1, (const char *const[]){
			    "is", "was", "remains", NULL })))
				pb--;
			if (pb == h - 2 || b == a || !tok_in_list(st, b - 1,
			    pop_nouns))
				continue;
			if (pb > 0 && tok_in_list(st, pb - 1, pop_places))
				pb--;
			for (pa = pb; pa > 0 && tok_capword(st, pa - 1); pa--)
				;
			/* "Djibo, which is home to", "Djibo, located near
			 * the border, is home to", "Djibo ... now shelters":
			 * the place that opens the sentence */
			if (pa == pb && opening_place(st) > 0) {
				pa = 0;
				pb = opening_place(st);
			}
			if (pa == pb || (pa == 0 && pb - pa == 1 &&
			    tok_word(st, 0, "it")))
				continue;
			if ((subject = tok_text(st, pa, pb)) == NULL) {
				S->oom = 1;
				continue;
			}
			claims_add(S, st, CLAIM_POPULATION, subject, n->value,
			    n->high, NULL, (n->flags & NUMBER_APPROX) != 0,
			    n->hedge, NULL, st->t[pa].s, st->t[b - 1].e);
			free(subject);
			continue;
		}
		/* prisoners freed in an exchange, or to be:
		 * counts_find_exchanges() */
		if (exchange_count(st, i, h, &at) != 0 ||
		    swap_agreed(S, st, i, h, &at) != 0)
			continue;
		/* a verb before: "killing eight people", "shot down 30" */
		if (hv > 1 && tok_word(st, hv - 1, "down") && (tok_word(st,
		    hv - 2, "shot") || tok_word(st, hv - 2, "shooting") ||
		    tok_word(st, hv - 2, "shoots") || tok_word(st, hv - 2,
		    "brought"))) {
			kind = CLAIM_DESTROYED;
			at = hv - 2;
		} else if (hv > 0 && b == a + 1 && tok_word(st, a, "lives") &&
		    tok_in_words(st, hv - 1, (const char *const[]){ "claimed",
		    "claiming", "claims", "claim", "cost", "costing", "costs",
		    "took", "taken", "taking", NULL })) {
			/* "dengue has claimed 286 lives" */
			kind = CLAIM_KILLED;
			at = hv - 1;
		} else if (h > 3 && tok_word(st, h - 1, "of") && tok_word(st,
		    h - 2, "lives") && tok_in_list(st, h - 3, words_dets) &&
		    tok_in_words(st, h - 4, (const char *const[]){ "claimed",
		    "claiming", "claims", "claim", "took", "taken", "taking",
		    "takes", "cost", "costing", "costs", NULL })) {
			/* "the conflict claimed the lives of 63 people" */
			kind = CLAIM_KILLED;
			at = h - 4;
			if (b == a)
				e = i + 1;
		} else if (h > 2 && b > a && tok_word(st, h - 1, "of") &&
		    tok_in_words(st, h - 2, (const char *const[]){ "deaths",
		    "death", "killing", "killings", NULL }) &&
		    tok_in_list(st, h - 3, words_dets)) {
			/* "verified the deaths of at least 143 civilians" */
			kind = CLAIM_KILLED;
			at = h - 2;
		} else if (hv > 0 && b > a && rescued_before(st, hv, a, b)) {
			/* "had rescued 12 people alive", "pulled nine
			 * people alive from the debris" */
			kind = CLAIM_RESCUED;
			popsubj = "people";
			at = hv - 1;
			e = tok_word(st, b, "alive") ? b + 1 : b;
		} else if (hv > 1 && b > a && tok_word(st, hv - 1, "for") &&
		    tok_in_words(st, hv - 2, (const char *const[]){
		    "searching", "search", "searched", "looking", "hunting",
		    NULL }) && (tok_in_list(st, b - 1, aboard_nouns) ||
		    tok_in_list(st, b - 1, trapped_heads)) &&
		    !tok_word(st, b, "who")) {
			/* "rescuers were still searching for 18 miners" (not
			 * "for six workers who remained unaccounted for":
			 * told by its verb) */
			kind = CLAIM_MISSING;
			at = hv - 2;
		} else if (hv > 0 && b > a && tok_in_words(st, hv - 1,
		    (const char *const[]){ "evacuated", "evacuating",
		    "relocated", "relocating", "displaced", "displacing",
		    NULL }) &&
		    (tok_in_list(st, a, evacuee_heads) ||
		    tok_in_list(st, b - 1, evacuee_heads)) &&
		    !agent_placed(st, hv - 1)) {
			/* "authorities evacuated about 2,000 residents" (not
			 * "authorities in X evacuated": another place's) */
			kind = CLAIM_POPULATION;
			popsubj = "people evacuated";
			at = hv - 1;
		} else if (hv > 0 && b > a && tok_word(st, b - 1, "refugees") &&
		    tok_in_words(st, hv - 1, (const char *const[]){
		    "registered", "recorded", "counted", "registering",
		    NULL })) {
			/* "her government had registered 52,000 refugees" */
			kind = CLAIM_POPULATION;
			popsubj = "refugees";
			at = hv - 1;
		} else if (hv > 0 && (kind = tok_kw_find(st, hv - 1,
		    before_verbs, PX_NITEMS(before_verbs))) >= 0) {
			if (kind == CLAIM_NKINDS)
				continue;
			/* "talks on freeing nine hostages", "agreed to
			 * release 50 prisoners": a release to come */
			if (kind == CLAIM_RELEASED && hv > 1 && tok_in_words(st,
			    hv - 2, (const char *const[]){ "on", "about",
			    "over", "for", "to", "of", NULL }))
				continue;
			at = hv - 1;
			/* "eliminated two tanks": things are destroyed */
			if (kind == CLAIM_KILLED && b > a &&
			    (tok_in_list(st, b - 1, weapon_nouns) ||
			    equip_at(st, a, b - 1) != NULL))
				kind = CLAIM_DESTROYED;
			/* "troops had freed 17 of the students": a rescue */
			if (kind == CLAIM_RELEASED && rescuers_before(st,
			    hv - 1))
				kind = CLAIM_RESCUED;
			/* "release 150 detained fighters" */
			if (kind == CLAIM_RELEASED && b == a &&
			    tok_kw_find(st, a, after_verbs,
			    PX_NITEMS(after_verbs)) >= 0) {
				np_after(st, a, &a, &b);
				e = b > a ? b : i + 1;
			}
			if (b == a)	/* "killed 12" with no noun */
				e = i + 1;
		} else if ((kind = losses_before(S, st, hv, a, b, &at,
		    &lside)) >= 0) {
			/* "the Ukrainian army lost up to 145 servicemen";
			 * "the General Staff put Russian losses at": who
			 * puts them gives them */
			loss = 1;
			for (kc = at; kc > 0 && kc + 5 > at; kc--)
				if (tok_in_list(st, kc - 1, put_verbs)) {
					at = kc - 1;
					putown = 1;
					break;
				}
		} else if ((at = crowd_count(st, h, a, b, &ua)) > 0 &&
		    (!crowd_put(st, h) || count_before(S, st) == NULL)) {
			/* "police estimated the crowd at 80,000", "400,000
			 * people marched", "drew 250,000 people" */
			kind = CLAIM_POPULATION;
			popsubj = crowd_subject(st, crowdbuf, sizeof crowdbuf);
			e = ua;
			/* who estimates or counts it gives it ("the march
			 * drew" is no one's word) */
			if (at < h && !tok_in_list(st, at, draw_verbs))
				putown = 1;
		} else if (hv > 1 && b > a && people_head(st, b - 1) &&
		    tok_in_words(st, hv - 1, (const char *const[]){
		    "vaccinate", "vaccinating", "immunize", "immunise",
		    "immunizing", "immunising", "inoculate", "inoculating",
		    NULL }) && tok_in_words(st, hv - 2, (const char *const[]){
		    "to", "will", "would", "start", "starting", "begin",
		    "began", "started", "shall", NULL })) {
			/* "to immunize 3.1 million children", "start
			 * vaccinating 2.4 million children": a campaign's
			 * target */
			kind = CLAIM_POPULATION;
			popsubj = "people to be vaccinated";
			at = hv - 1;
		} else if ((kind = freed_before(st, hv, &at)) >= 0) {
			/* "shot dead two people", "let go of 18 hostages",
			 * "won the release of 14 aid workers", "in exchange
			 * for 18 hostages" */
			if (b == a)
				e = i + 1;
		} else if (hv > 0 && b > a && people_head(st, b - 1) &&
		    (tok_in_words(st, hv - 1, (const char *const[]){ "seized",
		    "seizing", "seize", "seizes", NULL }) || (hv > 1 &&
		    tok_word(st, hv - 1, "away") && tok_in_words(st, hv - 2,
		    (const char *const[]){ "carried", "carrying", "took",
		    "taking", "taken", "led", NULL })))) {
			/* "gunmen seized 287 pupils", "carried away 310
			 * students": taken, so missing */
			kind = CLAIM_MISSING;
			at = tok_word(st, hv - 1, "away") ? hv - 2 : hv - 1;
		} else if (hv > 1 && b > a && (kind = phrasal_before(st,
		    hv)) >= 0) {
			/* "sweeping away 32 houses" */
			at = hv - 2;
		} else if (hv > 0 && b > a && tok_in_list(st, hv - 1,
		    weapon_verbs) && tok_in_list(st, b - 1, weapon_nouns)) {
			/* "intercepted 40 drones" */
			kind = CLAIM_DESTROYED;
			at = hv - 1;
		} else if (i > 1 && b > a && tok_word(st, i - 1, "of") &&
		    st->t[i - 2].type == TN && tok_in_list(st, b - 1,
		    weapon_nouns)) {
			/* "shot down 41 of 47 drones": 47 launched */
			kind = CLAIM_LAUNCHED;
			at = i - 2;
		} else if (i > 2 && b > a && tok_in_list(st, i - 1,
		    words_dets) && tok_word(st, i - 2, "of") &&
		    st->t[i - 3].type == TN && tok_in_list(st, b - 1,
		    weapon_nouns)) {
			/* "41 of the 47 drones" */
			kind = CLAIM_LAUNCHED;
			at = i - 3;
		} else if (b > a && tok_in_list(st, b - 1, projectile_nouns) &&
		    (ua = used_after(st, b)) != 0) {
			/* "\"35 long-range drones\" were used" */
			kind = CLAIM_LAUNCHED;
			at = i;
			e = ua;
		} else if (part && (ua = downed_list(st, b)) > 0) {
			/* "Forty-one of the drones were downed", "58 of the
			 * drones and three cruise missiles were shot down" */
			kind = CLAIM_DESTROYED;
			at = i;
			e = b;
		} else if (part)
			continue;	/* "two of the drones hit ..." */
		else if (hv > 0 && b > a && tok_in_list(st, b - 1,
		    projectile_nouns) && tok_in_words(st, hv - 1,
		    (const char *const[]){ "used", "using", "uses", "involved",
		    "involving", "deployed", "deploying", NULL })) {
			/* "the enemy used 73 Shahed strike UAVs", "the
			 * attack involved 47 long-range drones" */
			kind = CLAIM_LAUNCHED;
			at = hv - 1;
		} else if (h > 0 && b > a && tok_word(st, h - 1, "by") &&
		    tok_in_list(st, b - 1, projectile_nouns) &&
		    attack_before(st, h - 1)) {
			/* "the city was hit by five ballistic missiles" */
			kind = CLAIM_LAUNCHED;
			at = h - 1;
		} else if (b > a && tok_in_list(st, b - 1, weapon_nouns) &&
		    !(h > 1 && tok_in_list(st, h - 1, words_dets) &&
		    tok_word(st, h - 2, "of")) &&
		    (ua = downed_list(st, b)) > 0 && !tok_word(st, ua,
		    "down") && !tok_word(st, ua, "downed") &&
		    !tok_word(st, ua, "destroyed")) {
			/* "112 Ukrainian drones were intercepted" (shot
			 * down and destroyed: verb_after(); not "none of
			 * the four missiles was intercepted") */
			kind = CLAIM_DESTROYED;
			at = ua;
			e = ua + 1;
		} else if (h > 0 && b > a && tok_word(st, h - 1, "with") &&
		    (tok_in_list(st, b - 1, projectile_nouns) || (b > a + 1 &&
		    tok_word(st, b - 1, "vehicles") && tok_word(st, b - 2,
		    "aerial"))) && attack_before(st, h - 1)) {
			/* "attacked X with 143 drones" */
			kind = CLAIM_LAUNCHED;
			at = h - 1;
		} else if (h > 0 && b > a && list_next(st, prev_e, h, b) &&
		    ((prev_kind == CLAIM_LAUNCHED &&
		    tok_in_list(st, b - 1, projectile_nouns)) ||
		    (prev_kind == CLAIM_DESTROYED &&
		    (tok_in_list(st, b - 1, weapon_nouns) ||
		    equip_at(st, a, b - 1) != NULL)) ||
		    (prev_loss && equip_at(st, a, b - 1) != NULL))) {
			/* "143 drones and four missiles", "destroyed four
			 * tanks, nine armored vehicles and 23 UAVs", "lost
			 * 145 servicemen, two tanks and five ..." */
			kind = prev_loss ? CLAIM_DESTROYED : prev_kind;
			loss = prev_loss;
			lside = prev_side;
			at = i;
		} else if (b > a && tok_in_list(st, a, body_nouns) &&
		    !tok_word(st, a + 1, "of")) {
			/* "41 bodies (have been) recovered" */
			kind = CLAIM_KILLED;
			at = i;
			b = a + 1;
			e = b;
		} else if (h > 0 && b > a && prev_kind == CLAIM_ABOARD &&
		    prev_e == h - 1 && tok_word(st, h - 1, "and") &&
		    crew_np(st, a, b)) {
			/* "142 passengers and six crew members (aboard)":
			 * the crew, a count of its own */
			kind = CLAIM_ABOARD;
			popsubj = "crew";
			at = i;
		} else if (b > a && (at = crew_aboard(st, h, a, b)) > 0) {
			/* "with 21 crew members aboard", "had 21 crew",
			 * "nine Indian seafarers were aboard" */
			kind = CLAIM_ABOARD;
			popsubj = crew_subject(S, st, a, b, crewbuf,
			    sizeof crewbuf);
		} else if (b == a + 1 && ((at = aboard_before(st, h, b)) > 0 ||
		    (at = aboard_after(st, b)) > 0)) {
			/* "the bus carried 52 passengers", "52 passengers
			 * were on board" */
			kind = CLAIM_ABOARD;
			popsubj = "passengers";
		} else if (b == a + 1 && (at = rescued_after(st, b)) > 0) {
			/* "22 people had been rescued" */
			kind = CLAIM_RESCUED;
			popsubj = "people";
		} else if (b > a && (kind = tok_kw_find(st, b - 1, event_nouns,
		    PX_NITEMS(event_nouns))) >= 0) {
			at = i;
			/* "175 prisoners freed", "85 prisoners held by X
			 * were released": the verb tells, not the noun */
			if (kind == CLAIM_CAPTURED && verb_after(st, b, &ua) ==
			    CLAIM_RELEASED) {
				kind = CLAIM_RELEASED;
				at = ua;
				e = ua + 1;
			}
		} else if ((ev = noun_of(st, a, b)) < b) {
			kind = tok_kw_find(st, ev, event_nouns,
			    PX_NITEMS(event_nouns));
			at = i;
		} else if ((popsubj = evacuees_after(st, a, b, &at)) != NULL) {
			kind = CLAIM_POPULATION;
			e = at + 1;
		} else if ((kind = verb_after(st, b, &at)) >= 0) {
			e = at + 1;
			/* captives still held are no count of the taken */
			if (kind == CLAIM_MISSING && held_between(st, b, e))
				popsubj = "people (still held)";
		} else if (b > a + 1 && tok_in_list(st, b - 1, people_nouns) &&
		    (kind = tok_kw_find(st, a, state_adjs,
		    PX_NITEMS(state_adjs))) >= 0) {
			/* "treated 57 injured people" */
			at = i;
		} else if (hv > 0 && b > a && tok_in_words(st, hv - 1,
		    (const char *const[]){ "treated", "treating", "treats",
		    NULL }) && tok_in_list(st, b - 1, people_nouns) &&
		    (ua = treated_for(st, b)) > 0) {
			/* "treated 63 people for gunshot wounds" */
			kind = CLAIM_INJURED;
			at = hv - 1;
			e = ua + 1;
		} else if (b == a && (at = put_event(st, h, &kind)) > 0) {
			/* "police put the number of dead at seven" */
			putown = 1;
			e = i + 1;
		} else if (b == a && (at = put_figure(st, h)) > 0 &&
		    (carry = count_before(S, st)) != NULL) {
			/* "the authorities put the number at 212" */
			kind = (int)carry->kind;
			e = i + 1;
		} else if (h > 1 && tok_word(st, h - 1, "of") && tok_word(st,
		    h - 2, "fate") && fate_unknown(st, b) > 0) {
			/* "the fate of four others is unknown" */
			kind = CLAIM_MISSING;
			at = h - 2;
			e = fate_unknown(st, b);
		} else if ((kind = toll_before(st, h, &at)) >= 0) {
			toll = 1;
			/* "the agency raised the number of injured to 31":
			 * who raises it gives it */
			if (at > 1 && tok_in_list(st, at - 1, words_dets) &&
			    tok_in_list(st, at - 2, raise_verbs)) {
				at -= 2;
				putown = 1;
			}
		} else
			continue;
		if (kind == CLAIM_NKINDS)
			continue;
		/* "320,000 people are trapped", "trapping hundreds of
		 * thousands of residents" in a siege: those left inside */
		if (kind == CLAIM_MISSING && S->siege && popsubj == NULL &&
		    (tok_word(st, at, "trapped") || tok_word(st, at,
		    "trapping")) && b > a && tok_in_list(st, b - 1,
		    evacuee_heads)) {
			kind = CLAIM_POPULATION;
			popsubj = "people remaining";
		}
		/* "police had earlier put the toll at nine dead": who puts
		 * the toll gives it */
		if (!putown && carry == NULL && h > 3 && tok_word(st, h - 1,
		    "at") && (tok_in_list(st, h - 2, toll_nouns) ||
		    tok_in_list(st, h - 2, figure_nouns)) && tok_in_list(st,
		    h - 3, words_dets) && tok_in_list(st, h - 4, put_verbs)) {
			putown = 1;
			at = h - 4;
		}
		/* a count of an earlier event is not the story's count:
		 * its subject is dated apart ("people (March 2025)") */
		past = past_event_date(S, st, i, at, &da, &db);
		/* "1 was launched": a bare figure needs a subject for things */
		if (b == a && prev == NULL && (kind == CLAIM_LAUNCHED ||
		    kind == CLAIM_DESTROYED || kind == CLAIM_DAMAGED))
			continue;
		src = people_source(S, st, i, &sd, NULL, NULL);
		/* who puts the number gives it ("police had put", "the
		 * airline put the number of dead at five") */
		pe = at;
		while (putown && pe > 1 && tok_in_words(st, pe - 1,
		    (const char *const[]){ "had", "has", "have", "also",
		    "earlier", "later", "now", NULL }))
			pe--;
		put = pe;
		if (carry != NULL || putown)
			put = people_widest(st, pe);
		/* "though its principal insists the true figure is 310": the
		 * words after the clause's conjunction */
		if (carry != NULL && put >= pe && tok_in_list(st, pe,
		    words_say_verbs)) {
			for (kc = pe; kc > 0 && kc + 4 > pe &&
			    st->t[kc - 1].type == TW && !tok_in_list(st,
			    kc - 1, clause_conjs); kc--)
				;
			if (kc < pe && kc > 0 && tok_in_list(st, kc - 1,
			    clause_conjs))
				put = kc;
		}
		/* "the airline put", "Earlier, firefighters had put": a
		 * plain noun after a determiner or opening its clause */
		if (putown && put >= pe && pe > 1 && st->t[pe - 1].type == TW &&
		    !tok_in_list(st, pe - 1, words_np_stop) &&
		    (tok_in_list(st, pe - 2, words_dets) ||
		    tok_comma(st, pe - 2)))
			put = pe - 1;
		/* "..., while villagers put the number at 50": a plain
		 * noun of people opening its clause */
		if (carry != NULL && put >= pe && pe > 2 &&
		    st->t[pe - 1].type == TW && !st->t[pe - 1].cap &&
		    !tok_in_list(st, pe - 1, words_np_stop) &&
		    tok_in_words(st, pe - 2, (const char *const[]){ "while",
		    "whereas", "but", NULL }))
			put = pe - 1;
		if (put < pe && (putown || people_has_role(st, put, pe) ||
		    /* "its principal insists the true figure is 310" */
		    (carry != NULL && tok_in_list(st, pe, words_say_verbs)) ||
		    (carry != NULL && put == pe - 1 && tok_in_words(st,
		    pe - 2, (const char *const[]){ "while", "whereas", "but",
		    NULL })))) {
			free(putter);
			putter = people_speaker_name(S, st, put, pe, &sd, &hu);
			if (putter != NULL)
				src = putter;
		} else if (src == NULL && putter != NULL && h > 0 &&
		    list_next(st, prev_e, h, b))
			/* "... at nine dead and 43 injured", "put losses
			 * at 1,120 personnel, nine tanks, 21 ..." */
			src = putter;
		/* "destroys 1,500 homes, kills three": a bare figure counts
		 * what the count before it counted only for the same sort */
		pv = prev_kind >= 0 && counts_people(prev_kind) !=
		    counts_people(kind) ? NULL : prev;
		/* the noun of an event noun ("200 launches of missiles") */
		if (popsubj != NULL)
			subject = util_strdup(popsubj);
		else if (carry != NULL)
			subject = util_strdup(carry->subject);
		else if (loss && kind == CLAIM_KILLED && lside != NULL)
			subject = adj_servicemen(S, lside);
		else if (b > a && (kind == CLAIM_DESTROYED ||
		    kind == CLAIM_DAMAGED) && equip_at(st, a, b - 1) != NULL)
			subject = equip_subject(S, st, a, b - 1, lside);
		else if (both && counts_people(kind))
			subject = util_strdup("people");
		else if (b > a && tok_in_list(st, a, body_nouns) && b == a + 1)
			subject = util_strdup("people");
		else if (b > a && tok_kw_find(st, b - 1, event_nouns,
		    PX_NITEMS(event_nouns)) >= 0 && b - 1 == a && pv != NULL &&
		    isupper((unsigned char)pv[0]) && counts_people(kind) &&
		    h > 0 && prev_e == h - 1 && tok_word(st, h - 1, "and"))
			/* "14 Kyrgyz citizens were killed and 36 wounded":
			 * a side's people (not "civilians": they meet the
			 * people of other outlets' counts) */
			subject = util_strdup(pv);
		else if (b > a && tok_kw_find(st, b - 1, event_nouns,
		    PX_NITEMS(event_nouns)) >= 0 && b - 1 == a)
			subject = util_strdup(kind == CLAIM_LAUNCHED ?
			    "missiles" : "people");
		else if ((ev = noun_of(st, a, b)) < b)
			subject = count_subject(S, st, ev + 2, b, kind, pv,
			    sd, &se);
		else if (b > a + 1 && tok_kw_find(st, b - 1, event_nouns,
		    PX_NITEMS(event_nouns)) >= 0) {
			/* "civilian deaths", "military casualties" */
			if (tok_word(st, b - 2, "civilian"))
				subject = util_strdup("civilians");
			else if (tok_word(st, b - 2, "military"))
				subject = adj_servicemen(S,
				    people_side_in(S, st, a, b) != NULL ?
				    people_side_in(S, st, a, b) : sd);
			else
				subject = count_subject(S, st, a, b - 1, kind,
				    pv, sd, &se);
		} else
			subject = count_subject(S, st, a, b, kind, pv, sd,
			    &se);
		if (subject == NULL) {
			S->oom = 1;
			break;
		}
		/* people freed: prisoners (of a side the phrase names) or
		 * hostages, whatever an outlet calls them */
		if (kind == CLAIM_RELEASED && popsubj == NULL &&
		    strchr(subject, '(') == NULL) {
			char	*q = released_subject(S, st, subject, a, b);

			free(subject);
			if ((subject = q) == NULL) {
				S->oom = 1;
				break;
			}
		}
		/* "12 people burned": hurt, not destroyed */
		if ((kind == CLAIM_DESTROYED || kind == CLAIM_DAMAGED) &&
		    (people_subject(subject) || (b > a &&
		    equip_at(st, a, b - 1) == NULL &&
		    (tok_in_list(st, b - 1, people_groups) ||
		    tok_in_list(st, b - 1, other_groups) ||
		    tok_in_list(st, b - 1, mil_nouns) ||
		    tok_in_list(st, b - 1, civ_nouns) ||
		    tok_in_list(st, b - 1, child_nouns))))) {
			free(subject);
			continue;
		}
		if (e <= i)
			e = i + 1;
		if (past) {
			char	*q, *d = da < db ? tok_text(st, da, db) : NULL;

			q = util_printf("%s (%s)", subject, d != NULL ? d :
			    "earlier");
			free(d);
			free(subject);
			if ((subject = q) == NULL) {
				S->oom = 1;
				break;
			}
		}
		/* "people in Turkey": a count of people is local */
		if (past)
			;
		else if (strcmp(subject, "people") == 0 ||
		    strcmp(subject, "civilians") == 0 ||
		    strcmp(subject, "children") == 0) {
			char	*where, *q;
			size_t	 w = at > i ? at + 1 : e;

			if (toll)	/* "the death toll in Turkey rose to" */
				w = at + 1;
			if ((where = place_after(S, st, w, toll ? i : st->n))
			    != NULL) {
				if (place_of_event(st, w, toll ? i : st->n) &&
				    S->nevplace < PX_NITEMS(S->evplace))
					S->evplace[S->nevplace++] = S->out->n;
				q = util_printf("%s in %s", subject, where);
				free(where);
				if (q == NULL) {
					free(subject);
					S->oom = 1;
					break;
				}
				free(subject);
				subject = q;
			}
		}
		/* "9 people were killed and 27 injured in Sughd region":
		 * the place is the count's before "and" too */
		if (prev_at < S->out->n && prev_e == h - 1 && h > 0 &&
		    tok_word(st, h - 1, "and") && strncmp(subject,
		    "people in ", 10) == 0 && strcmp(S->out->v[prev_at].subject,
		    "people") == 0 && counts_people(S->out->v[prev_at].kind)) {
			char	*q = util_strdup(subject);

			if (q == NULL) {
				free(subject);
				S->oom = 1;
				break;
			}
			free(S->out->v[prev_at].subject);
			S->out->v[prev_at].subject = q;
		}
		if (at < h)
			h = at;
		prev_at = S->out->n;
		if (claims_add(S, st, (enum claim_kind)kind, subject, n->value,
		    popsubj != NULL ? estimate_high(n) : n->high, NULL,
		    (n->flags & NUMBER_APPROX) != 0, n->hedge,
		    src, st->t[h].s, st->t[e - 1].e) == 0 &&
		    kind == CLAIM_KILLED && ((b == a + 1 &&
		    tok_in_list(st, a, body_nouns)) || n->high <= 1) &&
		    bodies_note(S) != 0) {
			free(subject);
			break;
		}
		pp = prev;
		prev = subject;
		prev_kind = kind;
		prev_e = e;
		prev_loss = loss;
		prev_side = lside;
		free(pp);
	}
	free(prev);
	free(putter);
	return S->oom ? -1 : 0;
}

/*
 * The toll of an article against the bodies it counts.  "Rescuers pulled
 * 19 bodies" in an article whose toll is "at least 27 killed" tells how
 * far the recovery has come, not another toll: a count of bodies below a
 * toll of the same subject in the same article is dropped, so that it
 * neither conflicts with its own article nor stands for it against other
 * outlets.  A count of bodies that is the article's only toll, or its
 * largest ("41 bodies recovered"), stays a toll: outlets that give 41
 * bodies and 52 dead do disagree.  (The range of a count of bodies is not
 * opened above instead: that would hide the disagreement of such
 * outlets.)  A single death ("One passenger, a nurse, lost her life")
 * below the article's toll is one of its dead, not a toll, likewise.
 */
static int
bodies_note(struct state *S)
{
	size_t	*nb;

	if (S->nbodies == S->capbodies) {
		S->capbodies = S->capbodies == 0 ? 8 : S->capbodies * 2;
		nb = util_reallocarray(S->bodies, S->capbodies, sizeof *nb);
		if (nb == NULL) {
			S->oom = 1;
			return -1;
		}
		S->bodies = nb;
	}
	S->bodies[S->nbodies++] = S->out->n - 1;
	return 0;
}

/*
 * Whether the toll c is only feared ("nearly 40 people are feared dead",
 * "believed killed"): an estimate of the dead, found or not, that a count
 * of bodies below it does not follow; by a word of its evidence.
 */
static int
toll_feared(const struct state *S, const struct claim *c)
{
	static const char *const	 fear[] = { "feared", "believed",
	    "presumed", "thought", "estimated", NULL };
	const char			*s, *p, *q;
	const char *const		*w;

	if (c->sentence >= S->nall || c->end <= c->start)
		return 0;
	s = S->all[c->sentence];
	for (p = s + c->start; p < s + c->end; p = q) {
		while (p < s + c->end && !isalpha((unsigned char)*p))
			p++;
		for (q = p; q < s + c->end && isalpha((unsigned char)*q); q++)
			;
		for (w = fear; *w != NULL; w++)
			if ((size_t)(q - p) == strlen(*w) &&
			    strncasecmp(p, *w, q - p) == 0)
				return 1;
	}
	return 0;
}

void
counts_bodies_prune(struct state *S)
{
	struct claim_list	*l = S->out;
	unsigned char		*drop, *body;
	size_t			 i, j, k;

	if (S->nbodies == 0)
		return;
	if ((drop = calloc(l->n, 2)) == NULL) {
		S->oom = 1;
		return;
	}
	body = drop + l->n;
	for (i = 0; i < S->nbodies; i++)
		body[S->bodies[i]] = 1;
	for (i = 0; i < l->n; i++) {
		if (!body[i])
			continue;
		for (j = 0; j < l->n && !drop[i]; j++)
			if (!body[j] && l->v[j].kind == CLAIM_KILLED &&
			    l->v[j].value > l->v[i].value &&
			    strcmp(l->v[j].subject, l->v[i].subject) == 0 &&
			    !toll_feared(S, &l->v[j]))
				drop[i] = 1;
	}
	for (i = k = 0; i < l->n; i++) {
		if (drop[i]) {
			claims_clear(&l->v[i]);
			continue;
		}
		l->v[k++] = l->v[i];
	}
	l->n = k;
	free(drop);
}

/*
 * "The cargo ship's captain has been detained": a single role (see
 * single_roles), as the subject of a passive detention with nothing but
 * auxiliaries between, is a count of one; so is one killed ("while the
 * driver was killed", "the pilot died").  Not after a preposition ("the
 * wife of the captain was arrested"), not negated ("was not arrested": the
 * auxiliaries admit no "not"), not for an earlier event.
 */
void
counts_find_single_role(struct state *S, struct sent *st, enum claim_kind kind)
{
	static const char *const aux[] = { "has", "have", "had", "been",
	    "was", "is", "were", "reportedly", "also", "since", "later",
	    "already", NULL };
	size_t		 i, j, a;
	const char	*src, *sd;
	char		*subject;
	int		 poss;

	for (i = 0; i < st->n; i++) {
		if (!tok_in_list(st, i, single_roles) || i == 0)
			continue;
		for (j = i + 1; j < st->n && j < i + 5 &&
		    tok_in_words(st, j, aux); j++)
			;
		if (kind == CLAIM_KILLED && j == i + 1 && tok_word(st, j,
		    "died"))
			;	/* "the pilot died" */
		else if (j == i + 1 || !(tok_word(st, j - 1, "been") ||
		    tok_word(st, j - 1, "was") || tok_word(st, j - 1, "is") ||
		    tok_word(st, j - 1, "reportedly")))
			continue;
		if (!tok_in_list(st, j, kind == CLAIM_KILLED ?
		    kill_participles : words_detain_participles) &&
		    !(kind == CLAIM_KILLED && tok_word(st, j, "died")))
			continue;
		/* the phrase before the role: "the", "the ferry's" */
		poss = 0;
		for (a = i; a > 0 && a + 5 > i; a--) {
			if (tok_in_list(st, a - 1, words_dets) ||
			    tok_in_list(st, a - 1, words_poss_pron)) {
				a--;
				break;
			}
			if (tok_possessive(st, a - 1))
				poss = 1;
			else if (st->t[a - 1].type != TW ||
			    tok_in_list(st, a - 1, words_np_stop) ||
			    people_prep(st, a - 1) ||
			    tok_in_list(st, a - 1, words_say_verbs))
				break;
		}
		if (a == i || !(tok_in_list(st, a, words_dets) ||
		    tok_in_list(st, a, words_poss_pron) || poss))
			continue;	/* "a captain" needs its article */
		if ((a > 0 && (people_prep(st, a - 1) || tok_word(st, a - 1,
		    "than"))) || counts_past_event(S, st, i, j))
			continue;
		if ((subject = util_strndup(st->low + st->t[i].s,
		    st->t[i].e - st->t[i].s)) == NULL) {
			S->oom = 1;
			return;
		}
		src = people_source(S, st, i, &sd, NULL, NULL);
		if (claims_add(S, st, kind, subject, 1, 1, NULL, 0, NULL, src,
		    st->t[a].s, st->t[j].e) == 0 && kind == CLAIM_KILLED &&
		    bodies_note(S) != 0) {
			free(subject);
			return;
		}
		free(subject);
	}
}

/*
 * "Twenty-two passengers of a bus ... were rescued alive with injuries":
 * a figure that opens the clause of a verb of rescue followed by "with
 * injuries" counts injured, under its own noun ("passengers": a part of
 * the story's people, who are counted apart).  One figure only in the
 * clause before the verb; not one that counts nothing.
 */
LIST(rescue_verbs, "rescued", "evacuated", "freed", "recovered",
    "extricated");

void
counts_find_rescued(struct state *S, struct sent *st)
{
	size_t		 r, j, k, lo, fig, head;
	const char	*src, *sd;
	char		*subject;
	int		 nfig;

	for (r = 1; r < st->n; r++) {
		if (!tok_in_list(st, r, rescue_verbs))
			continue;
		j = r + 1;
		if (tok_word(st, j, "alive"))
			j++;
		if (!tok_word(st, j, "with") || !tok_in_list(st, j + 1,
		    injury_nouns))
			continue;
		for (lo = r; lo > 0 && !tok_comma(st, lo - 1) &&
		    !tok_punct(st, lo - 1, ';') && !tok_quote(st, lo - 1); lo--)
			;
		nfig = 0;
		fig = st->n;
		for (k = lo; k < r; k++)
			if (st->t[k].type == TN && !(st->t[k].num->flags &
			    NUMBER_NOT_COUNT)) {
				nfig++;
				fig = k;
			}
		if (nfig != 1 || hedge_tok(st, fig) > lo + 1)
			continue;
		head = fig + 1;
		if (!tok_in_list(st, head, people_groups) &&
		    !tok_in_list(st, head, people_nouns) &&
		    !tok_in_list(st, head, other_groups))
			continue;
		if (counts_past_event(S, st, fig, r))
			continue;
		if ((subject = util_strndup(st->low + st->t[head].s,
		    st->t[head].e - st->t[head].s)) == NULL) {
			S->oom = 1;
			return;
		}
		src = people_source(S, st, fig, &sd, NULL, NULL);
		claims_add(S, st, CLAIM_INJURED, subject, st->t[fig].num->value,
		    st->t[fig].num->high, NULL, (st->t[fig].num->flags &
		    NUMBER_APPROX) != 0, st->t[fig].num->hedge, src,
		    st->t[hedge_tok(st, fig)].s, st->t[j + 1].e);
		free(subject);
	}
}

/*
 * Prisoners exchanged, as the count of those freed: "X and Y exchanged
 * 150 prisoners of war each" (a count per side; without "each" the
 * figure may be both sides' together, and is left), "Y brought home 120
 * prisoners of war", "150 servicemen were returned", and the total freed
 * so far ("bringing the total number of captives released ... to
 * 4,641"), a count of its own.  All are of "prisoners of war", so that
 * the sides' figures meet; the time of the exchange is the day after its
 * verb ("... each on Saturday").  A swap agreed or to come ("agreed to
 * exchange 200 prisoners") frees nobody yet: only past verbs count (a
 * swap agreed per side is a count apart: swap_agreed()).
 */
LIST(captive_nouns, "prisoners", "prisoner", "pows", "captives",
    "detainees", "hostages", "servicemen", "soldiers", "defenders",
    "troops");
LIST(swap_past, "exchanged", "swapped", "traded");
LIST(bring_verbs, "brought", "brings", "bring", "bringing");
LIST(free_participles, "returned", "released", "freed", "repatriated",
    "exchanged", "swapped");
LIST(each_words, "each", "apiece");
#define EXCHANGE_SUBJECT	"prisoners of war"

/* Whether a captive noun is among tokens [a, b). */
static int
has_captive(const struct sent *st, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tok_in_list(st, a, captive_nouns))
			return 1;
	return 0;
}

/*
 * Whether the figure at token i (hedge from h) counts prisoners freed in
 * an exchange: 1 for a count, 2 for a total so far, else 0.  *v gets the
 * token of the verb.
 */
static int
exchange_count(const struct sent *st, size_t i, size_t h, size_t *v)
{
	size_t	a, b, k, lo;
	int	total = 0, freed = 0, captive = 0;

	np_after(st, i, &a, &b);
	/* "exchanged 150 prisoners of war each" */
	if (h > 0 && tok_in_list(st, h - 1, swap_past) &&
	    has_captive(st, a, b)) {
		for (k = a; k < b + 4 && k < st->n; k++)
			if (tok_in_list(st, k, each_words)) {
				*v = h - 1;
				return 1;
			}
		return 0;
	}
	/* "brought home 120 prisoners of war" */
	if (h > 1 && (tok_word(st, h - 1, "home") || tok_word(st, h - 1,
	    "back")) && tok_in_list(st, h - 2, bring_verbs) &&
	    has_captive(st, a, b)) {
		*v = h - 2;
		return 1;
	}
	/* "150 Russian servicemen were returned" */
	if (has_captive(st, a, b) && (tok_word(st, b, "were") ||
	    tok_word(st, b, "have") || tok_word(st, b, "had"))) {
		k = b + 1;
		if (tok_word(st, k, "been"))
			k++;
		if (tok_in_list(st, k, free_participles)) {
			*v = k;
			return 1;
		}
	}
	/* "bringing the total number of captives released ... to 4,641" */
	if (h == 0 || !tok_word(st, h - 1, "to"))
		return 0;
	for (lo = h - 1; lo > 0 && !tok_comma(st, lo - 1) && !tok_punct(st,
	    lo - 1, ';') && lo + 16 > h; lo--) {
		if (tok_word(st, lo - 1, "total"))
			total = 1;
		if (tok_in_list(st, lo - 1, free_participles))
			freed = 1;
		if (tok_in_list(st, lo - 1, captive_nouns))
			captive = 1;
	}
	if (total && freed && captive) {
		*v = lo;
		return 2;
	}
	return 0;
}

/*
 * A swap agreed or to come, per side: "agreed to release 250 prisoners
 * each", "will swap 300 prisoners of war each", "250 Ukrainian
 * prisoners would be released", "300 Ukrainian prisoners of war will be
 * handed over", "the exchange would involve 250 Ukrainians and 250
 * Russians".  Nobody is freed yet: the count is of its own subject
 * (SWAP_SUBJECT), so that the sides' announced figures meet each other
 * and never the freed.  A figure without "each", a side or a second
 * equal figure may be both sides' together and is left.  Returns 1 and
 * the verb's token in *v, or 0.
 */
LIST(swap_base, "exchange", "swap", "release", "free", "trade", "return");
LIST(swap_modals, "will", "would", "to", "shall", "should");
LIST(involve_verbs, "involve", "involves", "include", "includes", "cover",
    "covers", "see");
#define SWAP_SUBJECT	"prisoners of war (to be exchanged, each side)"

static int
swap_agreed(struct state *S, const struct sent *st, size_t i, size_t h,
    size_t *v)
{
	size_t	a, b, k;

	np_after(st, i, &a, &b);
	if (b == a)
		return 0;
	/* "agreed to release 250 prisoners each" */
	if (h > 1 && tok_in_list(st, h - 1, swap_base) &&
	    tok_in_list(st, h - 2, swap_modals) && has_captive(st, a, b)) {
		for (k = a; k < b + 4 && k < st->n; k++)
			if (tok_in_list(st, k, each_words)) {
				*v = h - 1;
				return 1;
			}
		return 0;
	}
	/* "250 Ukrainian prisoners would be released (by Russia)"; not
	 * hostages, whose release is no swap of prisoners of war */
	if (has_captive(st, a, b) && !tok_word(st, b - 1, "hostages") &&
	    !tok_word(st, b - 1, "detainees") &&
	    people_side_in(S, st, a, b) != NULL &&
	    tok_in_list(st, b, swap_modals) && tok_word(st, b + 1, "be")) {
		k = b + 2;
		if (tok_in_list(st, k, free_participles) || (tok_word(st, k,
		    "handed") && (tok_word(st, k + 1, "over") ||
		    tok_word(st, k + 1, "back")))) {
			*v = k;
			return 1;
		}
		return 0;
	}
	/* "would involve 250 Ukrainians and 250 Russians" */
	if (h > 0 && tok_in_list(st, h - 1, involve_verbs) && b == a + 1 &&
	    people_side_in(S, st, a, b) != NULL && tok_word(st, b, "and") &&
	    b + 1 < st->n && st->t[b + 1].type == TN &&
	    st->t[b + 1].num->value == st->t[i].num->value &&
	    people_side_in(S, st, b + 2, b + 3) != NULL &&
	    events_in(st, 0, st->n, words_exchange_nouns) < st->n) {
		*v = h - 1;
		return 1;
	}
	return 0;
}

void
counts_find_exchanges(struct state *S, struct sent *st)
{
	size_t		 i, h, v, k, ta, tb;
	const char	*src, *sd;
	char		*when;
	int		 x, timed = 0;

	for (i = 0; i < st->n; i++) {
		if (st->t[i].type != TN || (st->t[i].num->flags &
		    NUMBER_NOT_COUNT))
			continue;
		h = hedge_tok(st, i);
		if (swap_agreed(S, st, i, h, &v)) {
			/* the second of "250 Ukrainians and 250 Russians"
			 * repeats the first */
			if (i > 2 && tok_word(st, i - 1, "and") &&
			    st->t[i - 3].type == TN)
				continue;
			src = people_source(S, st, i, &sd, NULL, NULL);
			if (claims_add(S, st, CLAIM_RELEASED, SWAP_SUBJECT,
			    st->t[i].num->value, st->t[i].num->high, NULL,
			    (st->t[i].num->flags & NUMBER_APPROX) != 0,
			    st->t[i].num->hedge, src, st->t[v < h ? v : h].s,
			    st->t[v > i ? v : i].e) != 0)
				return;
			S->exchange = 1;
			continue;
		}
		if ((x = exchange_count(st, i, h, &v)) == 0 ||
		    counts_past_event(S, st, i, v))
			continue;
		src = people_source(S, st, i, &sd, NULL, NULL);
		if (claims_add(S, st, CLAIM_RELEASED, x == 2 ?
		    EXCHANGE_SUBJECT " (total)" : EXCHANGE_SUBJECT,
		    st->t[i].num->value, st->t[i].num->high, NULL,
		    (st->t[i].num->flags & NUMBER_APPROX) != 0,
		    st->t[i].num->hedge, src, st->t[v < h ? v : h].s,
		    st->t[v > i ? v : i].e) != 0)
			return;
		S->exchange = 1;
		/* a release alone ("were released on Monday") is no
		 * exchange */
		if (x != 1 || timed || !(tok_in_list(st, v, swap_past) ||
		    tok_in_list(st, v, bring_verbs) || events_in(st, 0, st->n,
		    words_exchange_nouns) < st->n))
			continue;
		/* the day of the exchange, in the verb's clause */
		for (k = v + 1; k < st->n && !tok_comma(st, k) &&
		    !tok_punct(st, k, ';') && !tok_punct(st, k, '.'); k++) {
			if (!tok_word(st, k, "on") ||
			    !tok_in_list(st, k + 1, words_days))
				continue;
			if ((when = times_at(st, k, &ta, &tb)) == NULL)
				break;
			claims_add(S, st, CLAIM_TIME, events_captive_event(S),
			    0, 0, when, 0, NULL, src, st->t[v].s,
			    st->t[tb - 1].e);
			timed = 1;
			break;
		}
	}
}