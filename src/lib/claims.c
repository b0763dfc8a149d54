/*
 * claims.c: checkable claims in one article (see claims.h), the driver.
 *
 * claims_extract() reads the article's sentences in order: each is cut
 * into tokens (claims-tok.c), its speakers are found (claims-people.c),
 * and the rules for each kind of claim run over it: counts
 * (claims-counts.c), venues, their denials, proposals and signings
 * (claims-events.c), times (claims-times.c), who heads what
 * (claims-roles.c) and what strikes hit (claims-targets.c); the countries
 * of the story's places (claims-places.c) are learnt as the sentences
 * go.  Once the article is read, claims that later sentences supersede
 * are pruned.  claims-int.h holds the types these files share, the word
 * lists they share are in claims-words.c.
 *
 * Everything here is rules over word lists; nothing is specific to one
 * story.  No state survives a call, but for the index of each word list
 * (struct wordset), built on first use from the constant words and true
 * ever after.  Every word token carries its hash, so that a lookup in a
 * list costs one or two comparisons, not a scan.
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "entities.h"
#include "numbers.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unictype.h>

static const char *const kind_names[CLAIM_NKINDS] = {
	"killed", "injured", "missing", "detained", "destroyed", "damaged",
	"launched", "captured", "released", "casualties", "population", "venue",
	"venue-denied", "role", "time", "targets"
};
/* Periods a time may name: "next week". */
LIST(period_words, "week", "weekend", "month", "year");
/* Parts of a month: "in early December". */
LIST(month_parts, "early", "mid", "late", "mid-");

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
LIST(detain_participles, "detained", "arrested", "jailed", "imprisoned");
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
	{ "massacred", CLAIM_KILLED }, { "executed", CLAIM_KILLED },
	{ "drowned", CLAIM_KILLED }, { "die", CLAIM_KILLED },
	{ "injured", CLAIM_INJURED }, { "wounded", CLAIM_INJURED },
	{ "hurt", CLAIM_INJURED }, { "hospitalised", CLAIM_INJURED },
	{ "hospitalized", CLAIM_INJURED }, { "missing", CLAIM_MISSING },
	{ "unaccounted", CLAIM_MISSING }, { "trapped", CLAIM_MISSING },
	{ "detained", CLAIM_DETAINED },
	{ "arrested", CLAIM_DETAINED }, { "jailed", CLAIM_DETAINED },
	{ "imprisoned", CLAIM_DETAINED }, { "abducted", CLAIM_DETAINED },
	{ "kidnapped", CLAIM_DETAINED }, { "destroyed", CLAIM_DESTROYED },
	{ "demolished", CLAIM_DESTROYED }, { "razed", CLAIM_DESTROYED },
	{ "flattened", CLAIM_DESTROYED }, { "downed", CLAIM_DESTROYED },
	{ "burned", CLAIM_DESTROYED }, { "burnt", CLAIM_DESTROYED },
	{ "gutted", CLAIM_DESTROYED }, { "torched", CLAIM_DESTROYED },
	{ "wrecked", CLAIM_DESTROYED }, { "collapsed", CLAIM_DESTROYED },
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

/* Verbs right before a figure: "killing eight people". */
static const struct kw before_verbs[] = {
	{ "killing", CLAIM_KILLED }, { "killed", CLAIM_KILLED },
	{ "kills", CLAIM_KILLED }, { "kill", CLAIM_KILLED },
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
	{ "damaging", CLAIM_DAMAGED }, { "damaged", CLAIM_DAMAGED },
	{ "launching", CLAIM_LAUNCHED }, { "launched", CLAIM_LAUNCHED },
	{ "launches", CLAIM_LAUNCHED }, { "firing", CLAIM_LAUNCHED },
	{ "fired", CLAIM_LAUNCHED }, { "capturing", CLAIM_CAPTURED },
	{ "captured", CLAIM_CAPTURED }, { "detaining", CLAIM_DETAINED },
	{ "detained", CLAIM_DETAINED }, { "arresting", CLAIM_DETAINED },
	{ "arrested", CLAIM_DETAINED },
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
    "people", "persons", "individuals", "victims");
/* Other people a sentence may count beside such a group. */
LIST(other_groups, "rescuers", "firefighters", "policemen", "police",
    "officers", "guards", "volunteers", "doctors", "medics", "nurses",
    "journalists", "women", "men", "staff", "teachers", "coastguards",
    "guests", "rebels", "militants", "gunmen", "attackers", "prisoners");

/* venues, times, roles */
LIST(event_words, "talks", "negotiations", "negotiation", "meeting",
    "meetings", "summit", "conference", "consultations",
    "ceasefire", "truce", "vote", "election", "referendum", "hearing",
    "trial", "visit", "session", "armistice", "evacuation");
LIST(venue_events, "talks", "negotiations", "negotiation", "meeting",
    "summit", "conference", "consultations", "session");
LIST(delegate_nouns, "delegation", "delegations", "representatives",
    "officials", "negotiators", "envoys", "delegates", "team", "diplomats",
    "emissaries", "envoy", "representative");
LIST(strong_delegates, "delegation", "delegations", "negotiators", "envoys",
    "envoy", "emissaries", "delegates");
LIST(send_verbs, "send", "sends", "sent", "sending", "dispatch",
    "dispatched", "dispatching", "dispatches");
LIST(venue_verbs, "held", "hold", "holding", "place", "convene", "convened",
    "meet", "met", "start", "started", "begin", "began", "resume",
    "resumed", "open", "opened", "continue", "continued", "take", "took",
    "taking", "takes", "be", "is", "was", "are", "were", "happen",
    "occur", "reconvene", "go", "went", "gather", "gathered",
    "hosted", "staged");
LIST(go_verbs, "go", "travel", "come", "fly", "meet", "gather", "head",
    "move", "relocate", "hold");
LIST(want_words, "wanted", "want", "wants", "proposal", "proposed",
    "propose", "proposes", "offered", "offer", "offers", "agreed", "agree",
    "ready", "willing", "suggested", "suggest", "suggests", "plan",
    "plans", "planned", "asked", "insisted", "preferred", "prefer",
    "would", "invited", "invitation", "demanded");
LIST(time_verbs, "place", "begin", "begins", "began", "start", "starts",
    "started", "resume", "resumes", "resumed", "held", "open", "opens",
    "continue", "continues", "reconvene", "commence", "commences",
    "effect", "force", "off", "ahead", "end", "ends", "expire", "expires",
    "happen", "convene", "convenes", "run");
/* Words that fix an event for a time: "the meeting is set for Friday". */
LIST(schedule_words, "set", "scheduled", "slated", "planned", "due",
    "fixed", "pencilled", "penciled");
/* Verbs whose subject meets at a time: "the delegations will meet in X on
 * Friday". */
LIST(meet_verbs, "meet", "convene", "gather", "reconvene");
/* Words before "to meet" that deny the meeting: "refused to meet". */
LIST(refuse_words, "refused", "refuses", "refuse", "declined", "declines",
    "decline", "unwilling", "reluctant", "not", "never");
/* Participles that start an event at a time: "talks in X, starting on
 * Wednesday". */
LIST(start_participles, "starting", "beginning", "opening", "commencing",
    "resuming");
/* Hedges before a clock time: "at about 3 a.m.". */
LIST(time_hedges, "about", "around", "approximately", "roughly", "nearly",
    "some");
static const struct incident incident_verbs[] = {
	{ "sank", "sinking" }, { "sunk", "sinking" },
	{ "capsized", "sinking" }, { "capsised", "sinking" },
	{ "capsizes", "sinking" },
	{ "derailed", "derailment" }, { "derails", "derailment" },
	{ "crashed", "crash" }, { "exploded", "explosion" },
	{ "collapsed", "collapse" }
};
/*
 * Incidents named by a noun that a verb of happening or striking times
 * ("the quake hit at 02:17", "a fire broke out at 3 a.m."), with their
 * event; a noun that names no kind ("the accident happened at 6:40") is
 * the article's incident, as a verb or noun named it before (struct
 * state's incident), else itself.
 */
static const struct incident incident_names[] = {
	{ "quake", "earthquake" }, { "earthquake", "earthquake" },
	{ "tremor", "earthquake" }, { "temblor", "earthquake" },
	{ "derailment", "derailment" }, { "crash", "crash" },
	{ "collision", "crash" }, { "explosion", "explosion" },
	{ "blast", "explosion" }, { "fire", "fire" }, { "blaze", "fire" },
	{ "landslide", "landslide" }, { "collapse", "collapse" },
	{ "sinking", "sinking" }, { "tsunami", "tsunami" },
	{ "eruption", "eruption" }
};

static const char *const incident_generic_words[] = { "accident",
    "incident", "disaster", "tragedy", NULL };
/* Verbs of happening or striking, timed for an incident noun before. */
LIST(happen_verbs, "happened", "occurred", "hit", "struck", "jolted",
    "rocked", "shook", "erupted", "broke", "started", "began");
/* "left the tracks", "came off the rails": a derailment by its phrase. */
LIST(track_nouns, "tracks", "track", "rails", "rail");
LIST(track_verbs, "left", "jumped", "leaves", "jumps");
LIST(track_off_verbs, "came", "went", "ran", "comes", "goes");
/* Words before a clock time that hedge it: "shortly before 7am". */
LIST(time_near, "shortly", "just", "soon", "sometime", "some");
LIST(incident_nouns, "attack", "attacks", "assault", "offensive", "raid",
    "raids", "bombardment", "shelling", "ambush", "uprising");
LIST(start_verbs, "began", "begun", "begin", "begins", "started", "start",
    "starts", "erupted", "commenced");
/* Vessels: "it went down" is a sinking only in a story about one. */
LIST(vessel_nouns, "ferry", "ferries", "boat", "boats", "ship", "ships",
    "vessel", "vessels", "launch", "barge", "trawler", "tanker",
    "freighter", "yacht", "steamer", "dinghy", "submarine", "dhow");
LIST(neg_after, "not", "untrue", "false", "incorrect", "fake", "wrong",
    "baseless", "groundless", "unfounded");
LIST(neg_before, "denied", "denies", "deny", "denying", "rejected",
    "rejects", "refuted", "refutes", "dismissed", "dismisses",
    "disputed", "disputes");
LIST(geo_nouns, "border", "frontier", "region", "area", "forest",
    "province", "district", "oblast", "island", "peninsula", "coast",
    "airport", "base", "palace", "hotel", "centre", "center", "crossing");
LIST(capital_words, "capital", "city", "town", "village", "resort",
    "port");
LIST(pop_places, "city", "town", "village", "country", "nation", "region",
    "capital", "metropolis", "municipality", "island", "state", "province",
    "port", "district", "enclave", "settlement");
LIST(pop_nouns, "people", "residents", "inhabitants", "citizens",
    "population", "souls");
LIST(negotiator_words, "negotiator", "negotiators");
LIST(lead_verbs, "lead", "leads", "led", "leading", "head", "heads",
    "headed", "heading", "chair", "chairs", "chaired");
LIST(part_of, "including", "incl", "among", "of", "includes", "include");
LIST(name_verbs, "named", "appointed", "chose", "picked", "tapped",
    "designated", "nominated", "names", "appoints");
/* Armed groups a text names with a name before them ("the M23 rebel
 * group", "Kell rebels") and then by the noun alone ("the rebels"). */
LIST(group_nouns, "rebels", "group", "movement", "militia", "militias",
    "insurgents", "militants", "faction", "alliance", "coalition");
/* Titles of who leads a side: "will send their political leader, X". */
LIST(head_titles, "leader", "chief", "president", "head", "chairman",
    "chairwoman", "secretary-general", "commander", "negotiator",
    "premier");

int
claims_add(struct state *S, const struct sent *st, enum claim_kind kind,
    const char *subject, double value, double high, char *text, int approx,
    const char *hedge, const char *source, size_t s, size_t e)
{
	struct claim	*nv, *c;

	if (text == NULL && !claim_kind_is_count(kind)) {
		S->oom = 1;	/* the caller's copy failed */
		return -1;
	}
	nv = util_reallocarray(S->out->v, S->out->n + 1, sizeof *nv);
	if (nv == NULL) {
		free(text);
		S->oom = 1;
		return -1;
	}
	S->out->v = nv;
	c = &nv[S->out->n];
	memset(c, 0, sizeof *c);
	c->sentence = st->index;
	c->kind = kind;
	c->value = value;
	c->high = high < value ? value : high;
	c->text = text;
	c->approx = approx;
	c->hedge = hedge;
	c->start = s;
	c->end = e;
	c->subject = util_strdup(subject);
	c->source = source != NULL ? util_strdup(source) : NULL;
	if (c->subject == NULL || (source != NULL && c->source == NULL)) {
		free(c->subject);
		free(c->source);
		free(text);
		S->oom = 1;
		return -1;
	}
	S->out->n++;
	return 0;
}

static char *
adj_servicemen(struct state *S, const char *country)
{
	const char	*adj = entities_adjective(S->ent, country);

	if (adj == NULL)
		return util_strdup("servicemen");
	return util_printf("%s servicemen", adj);
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
		    tok_word(st, j + 1, "our") || !tok_in_list(st, j + 1,
		    words_np_stop))))
			break;
		/* "20 passengers survived", "41 people said": verbs */
		if (j > *a && (tok_in_list(st, j, survive_verbs) ||
		    tok_in_list(st, j, suffer_verbs) || tok_in_list(st, j,
		    words_say_verbs)))
			break;
		if (tok_kw_find(st, j, after_verbs,
		    PX_NITEMS(after_verbs)) >= 0 && j > *a &&
		    !tok_word(st, j, "dead") && !tok_word(st, j, "wounded") &&
		    !tok_word(st, j, "injured") && !tok_word(st, j, "missing"))
			break;
		if (tok_kw_find(st, j, after_verbs,
		    PX_NITEMS(after_verbs)) >= 0 && j == *a &&
		    !tok_word(st, j, "dead") && !tok_word(st, j, "wounded") &&
		    !tok_word(st, j, "injured") && !tok_word(st, j,
		    "missing") && !tok_word(st, j, "trapped"))
			break;
		/* a capitalised word that is not a side ends the phrase (but
		 * "attack UAVs") */
		if (st->t[j].cap && j > *a && !tok_word(st, j - 1, "of") &&
		    !tok_in_list(st, j, weapon_nouns))
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
			if (st->t[k].type != TW || tok_in_list(st, k,
			    words_np_stop))
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
	return tok_in_list(st, j + 1, words_dets) || tok_in_list(st, j + 1,
	    words_poss_pron) || st->t[j + 1].type == TN ||
	    tok_word(st, j + 1, "them") || tok_word(st, j + 1, "him") ||
	    tok_word(st, j + 1, "her") || tok_word(st, j + 1, "dozens") ||
	    tok_word(st, j + 1, "hundreds") || tok_word(st, j + 1,
	    "thousands") || (st->t[j + 1].cap && st->t[j + 1].type == TW &&
	    !tok_in_list(st, j + 1, words_days) && !tok_in_list(st, j + 1,
	    words_months)) || tok_word(st, j + 1, "it") ||
	    tok_word(st, j + 1, "their") || tok_word(st, j + 1, "at");
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
 * at local hospitals": people taken into a hospital are injured.  Returns
 * the token of the hospital noun after the verb at j, or 0; a verb with
 * no hospital after it ("admitted to the university", "treated fairly")
 * says nothing of injuries.
 */
static size_t
hospital_after(const struct sent *st, size_t j)
{
	size_t	k;

	if (!tok_in_words(st, j, (const char *const[]){ "admitted", "treated",
	    NULL }))
		return 0;
	for (k = j + 1; k < st->n && k < j + 7 && st->t[k].type == TW; k++)
		if (tok_word(st, k, "hospital") || tok_word(st, k, "hospitals"))
			return k;
	return 0;
}

/* The event verb after a count's noun phrase, within its clause. */
static int
verb_after(const struct sent *st, size_t j, size_t *at)
{
	size_t	n = 0;
	int	k;

	j = skip_aside(st, j);
	/* "150 fighters of the RSF had been killed" */
	if ((tok_word(st, j, "of") || tok_word(st, j, "from")) &&
	    (tok_capword(st, j + 1) || (tok_in_list(st, j + 1, words_dets) &&
	    tok_capword(st, j + 2)))) {
		j += tok_in_list(st, j + 1, words_dets) ? 2 : 1;
		while (j < st->n && tok_capword(st, j))
			j++;
	}
	/* a relative clause: "nine miners who remained unaccounted for" */
	if (tok_word(st, j, "who"))
		j++;
	while (j < st->n && n < 8) {
		if ((k = tok_kw_find(st, j, after_verbs,
		    PX_NITEMS(after_verbs))) >= 0) {
			if (active_voice(st, j, n))
				return -1;
			*at = j;
			return k;
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
		if ((*at = survived_hurt(st, j)) > 0 ||
		    (*at = hospital_after(st, j)) > 0)
			return CLAIM_INJURED;
		for (k = 0; k < (int)PX_NITEMS(after_phrasals); k++)
			if (tok_word(st, j, after_phrasals[k].verb) &&
			    tok_word(st, j + 1, after_phrasals[k].particle))
				break;
		if (k < (int)PX_NITEMS(after_phrasals)) {
			/* "floods swept away the homes": the doer */
			if (j + 2 < st->n && (tok_in_list(st, j + 2,
			    words_dets) || st->t[j + 2].type == TN))
				return -1;
			*at = j + 1;
			return (int)after_phrasals[k].kind;
		}
		if (!tok_in_list(st, j, verb_fill) && !(st->t[j].type == TW &&
		    !st->t[j].cap && st->t[j].e - st->t[j].s > 4 &&
		    memcmp(st->low + st->t[j].e - 2, "ly", 2) == 0))
			return -1;
		j++;
		n++;
	}
	return -1;
}

/*
 * Words that put a count in another, earlier event than the story's own:
 * "a similar collision", "the previous record", "an earlier attack"
 * (after an article; "the previous day" is still the story's, and so is
 * "updating an earlier toll", a figure revised).  Verbs
 * that date the start of what is still going on ("broke out in 2023"),
 * which makes a year no sign of a past event.
 */
LIST(past_adjs, "similar", "previous", "prior", "earlier", "comparable");
LIST(recent_nouns, "day", "night", "morning", "afternoon", "evening",
    "week", "hours", "days", "nights");
LIST(onset_verbs, "began", "begun", "started", "erupted", "broke", "out",
    "launched", "since", "escalated", "flared");
/* "updating an earlier toll": a figure of the story's event revised */
LIST(revised_nouns, "toll", "tally", "figure", "figures", "count",
    "estimate", "estimates", "report", "reports", "statement");
LIST(ago_units, "year", "years", "decade", "decades", "century",
    "centuries");

/*
 * Nouns of incidents that a year before them dates ("the 2012 crash", "a
 * 2019 flood"; not "a 2012 law"), beside incident_names and
 * incident_nouns.
 */
LIST(dated_incidents, "flood", "floods", "flooding", "storm", "cyclone",
    "typhoon", "hurricane", "massacre", "shooting", "bombing", "fire",
    "disaster", "accident", "tragedy", "derailment", "stampede",
    "outbreak", "epidemic", "war");

/* The event of the incident that token k names by its noun, or NULL. */
static const char *
incident_name(const struct sent *st, size_t k)
{
	size_t	x;

	for (x = 0; x < PX_NITEMS(incident_names); x++)
		if (tok_word(st, k, incident_names[x].verb))
			return incident_names[x].event;
	return NULL;
}

/* Whether token k names an incident that a year may date. */
static int
dated_incident(const struct sent *st, size_t k)
{
	if (tok_in_list(st, k, dated_incidents) || tok_in_list(st, k,
	    incident_nouns))
		return 1;
	return incident_name(st, k) != NULL;
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
 * worst since 2015, when 80 died"?  Such a count would otherwise join the
 * story's own toll.  A present perfect ("the war has killed") stays, and
 * so does the article's own year.  [*da, *db) gets the tokens of the
 * date that tells it ("March 2025"), empty when none does ("a similar
 * collision").
 */
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
	{
		size_t	v = at < i ? at : i;

		if (v > lo && (tok_word(st, v - 1, "has") ||
		    tok_word(st, v - 1, "have")))
			return 0;
	}
	for (k = lo; k < hi; k++) {
		/* undated: look on for a date that tells it */
		if (k > lo && tok_in_list(st, k, past_adjs) &&
		    (tok_in_list(st, k - 1, words_dets) ||
		    tok_in_list(st, k - 1, words_poss_pron)) &&
		    !tok_in_list(st, k + 1, recent_nouns) &&
		    !tok_in_list(st, k + 1, revised_nouns))
			undated = 1;
		if (tok_word(st, k, "last") && tok_in_list(st, k + 1,
		    ago_units))
			undated = 1;
		if (tok_word(st, k, "ago") && k > lo && tok_in_list(st, k - 1,
		    ago_units))
			undated = 1;
		if (st->t[k].type != TN || k == i)
			continue;
		/* "the 2012 crash": a year the scanner took for a figure */
		dated = k > lo && k + 1 < hi && dated_incident(st, k + 1) &&
		    (tok_in_list(st, k - 1, words_dets) ||
		    tok_possessive(st, k - 1)) && st->t[k].num->value >= 1900 &&
		    st->t[k].num->value <= 2100 && !(st->t[k].num->flags &
		    (NUMBER_APPROX | NUMBER_RANGE | NUMBER_WORD)) &&
		    st->t[k].num->value == (double)(long)st->t[k].num->value;
		if (!(st->t[k].num->flags & NUMBER_YEAR) && !dated)
			continue;
		if (cur > 0 && st->t[k].num->value >= cur)
			continue;	/* the article's own year */
		/* "the worst since 2015, when 80 died" */
		if (k < i && k > lo && tok_word(st, k - 1, "since")) {
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
static int
past_event(const struct state *S, const struct sent *st, size_t i,
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
LIST(put_verbs, "put", "puts", "putting", "placed", "places", "placing");
LIST(figure_nouns, "number", "figure", "tally", "count", "total");

/*
 * The token of the verb of "put the number at" before the figure whose
 * hedge starts at token h, or 0.
 */
static size_t
put_figure(const struct sent *st, size_t h)
{
	size_t	k;

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
 * Nouns of a running count: a "toll" counts the dead; a "tally" counts
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
		return tok_in_list(st, t, toll_nouns) ? CLAIM_KILLED : kind;
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
		lim = 20;
	for (k = 1; k <= lim && k <= i; k++) {
		if ((tok_in_list(st, i - k, toll_nouns) ||
		    tok_in_list(st, i - k, tally_nouns) || (lim > 10 &&
		    tok_in_list(st, i - k, figure_nouns))) &&
		    (kind = toll_kind(st, i - k, tok)) >= 0)
			return kind;
		/* "a 6.1-magnitude quake": the hyphen after a figure */
		if (st->t[i - k].type == TP && !(tok_punct(st, i - k, '-') &&
		    i - k > 0 && st->t[i - k - 1].type == TN))
			return -1;
		/* another figure between: only "from 120 to", or one that
		 * counts nothing ("a 6.1-magnitude quake") */
		if (st->t[i - k].type == TN && !(i - k > 0 &&
		    tok_word(st, i - k - 1, "from")) &&
		    !(st->t[i - k].num->flags & NUMBER_NOT_COUNT))
			return -1;
	}
	return -1;
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
	 * count of the staff) */
	if (tok_word(st, i + 1, "of") && (tok_in_list(st, i + 2, words_dets) ||
	    tok_word(st, i + 2, "them") || tok_word(st, i + 2, "whom") ||
	    tok_word(st, i + 2, "those") || tok_word(st, i + 2, "these") ||
	    tok_word(st, i + 2, "us") || tok_word(st, i + 2, "which")))
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
	if (tok_word(st, head, "others") || tok_word(st, head, "more")) {
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
	mil = tok_in_list(st, head, mil_nouns) || (tok_word(st, head,
	    "members") && head > a && tok_word(st, head - 1, "service"));
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
			if (tok_word(st, k, "rebel") || tok_word(st, k,
			    "rebels"))
				return util_strdup("rebel fighters");
	if (mil) {
		if (country == NULL)
			country = spk_side;
		return adj_servicemen(S, country);
	}
	/* weapons: "Ukrainian drones", "ballistic missiles" */
	if (tok_in_list(st, head, drone_nouns) || (tok_word(st, head,
	    "vehicles") && head > a && tok_word(st, head - 1, "aerial")))
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
	    kind == CLAIM_MISSING || kind == CLAIM_CASUALTIES))
		return util_strdup("people");
	if (tok_in_list(st, head, civ_nouns))
		return util_strdup("civilians");
	if (tok_in_list(st, head, child_nouns))
		return util_strdup("children");
	if (tok_in_list(st, head, people_nouns))
		return util_strdup("people");
	if (b == a + 1)
		for (k = 0; k < PX_NITEMS(subject_synonyms); k++)
			if (tok_word(st, a, subject_synonyms[k].word))
				return util_strdup(subject_synonyms[k].as);
	if ((txt = tok_text(st, a, b)) == NULL)
		return NULL;
	/* keep proper adjectives, lower the rest of a sentence-initial word */
	return txt;
}

static char *place_at(struct state *, const struct sent *, size_t, size_t *,
    size_t *);
static char *time_at(const struct sent *, size_t, size_t *, size_t *);
static int clock_time(const struct sent *, size_t, size_t);
static size_t past_portfolio(const struct sent *, size_t);

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
			if ((place = place_at(S, st, j + 1, &pa, &pb)) == NULL)
				return NULL;
			free(place);
			if (pb != pa + 1 || (c = places_country(S, st, pa)) ==
			    NULL)
				return NULL;
			if ((place = util_strdup(c)) == NULL)
				S->oom = 1;
			return place;
		}
		if (tok_word(st, j, "in") || tok_word(st, j, "across") ||
		    tok_word(st, j, "near")) {
			if ((place = place_at(S, st, j + 1, &pa, &pb)) ==
			    NULL || !tok_possessive(st, pb) ||
			    !tok_capword(st, pb + 1))
				return place;
			/* "in Atlantis's Vesi county": Vesi county */
			free(place);
			return place_at(S, st, pb + 1, &pa, &pb);
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
	return tok_in_list(st, k, people_groups) || tok_in_list(st, k,
	    mil_nouns) || tok_in_list(st, k, civ_nouns) ||
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

static int
count_groups(const struct sent *st)
{
	uint32_t	seen[8];
	size_t		i, a, b, k, n = 0;

	for (i = 0; i < st->n; i++) {
		if (st->t[i].type != TN)
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

	if (tok_word(st, i + 1, "of") && tok_in_list(st, i + 2, words_dets))
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
	if (!tok_in_words(st, k, (const char *const[]){ "were", "was", "had",
	    "have", "are", NULL }))
		return 0;
	for (k++; k < st->n && tok_in_words(st, k, (const char *const[]){
	    "been", "being", NULL }); k++)
		;
	return tok_in_words(st, k, (const char *const[]){ "used", "deployed",
	    NULL }) ? k + 1 : 0;
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
static char *time_at(const struct sent *, size_t, size_t *, size_t *);
static size_t event_in(const struct sent *, size_t, size_t, struct wordset *);

static int
find_counts(struct state *S, struct sent *st)
{
	size_t		 i, h, hv, a, b, at, e, se, ev, prev_e = 0, ua;
	int		 kind, toll, part;
	const char	*src, *sd;
	char		*subject, *prev = NULL, *pp, *pv;
	int		 prev_kind = -1, hu, both;
	const struct number *n;
	const struct claim *carry;
	char		*putter = NULL;
	size_t		 put, da, db;
	int		 past;

	st->groups = count_groups(st);
	for (i = 0; i < st->n; i++) {
		if (st->t[i].type != TN)
			continue;
		n = st->t[i].num;
		h = hedge_tok(st, i);
		part = weapon_part(st, i, &a, &b);
		if (!part && count_excluded(st, i, h))
			continue;
		kind = -1;
		toll = 0;
		carry = NULL;
		both = 0;
		if (!part)
			np_after(st, i, &a, &b);
		if (!part && both_groups(st, a, b)) {
			both = 1;
			b += 2;
		}
		e = b > a ? b : i + 1;
		/* "shot down or jammed 118": the verb before "or" */
		hv = h;
		if (h > 2 && st->t[h - 1].type == TW && (tok_word(st, h - 2,
		    "or") || tok_word(st, h - 2, "and")) &&
		    tok_kw_find(st, h - 1, before_verbs,
		    PX_NITEMS(before_verbs)) < 0 && !tok_in_list(st, h - 1,
		    weapon_verbs) && !tok_in_list(st, h - 1, words_np_stop))
			hv = h - 2;
		/* "one" alone: a pronoun more often than a count */
		if ((n->flags & NUMBER_WORD) && n->value == 1 && b == a)
			continue;
		/* population: "a city of 1.4 million people" */
		if (h > 1 && tok_word(st, h - 1, "of") &&
		    (tok_in_list(st, h - 2, pop_places) ||
		    tok_word(st, h - 2, "population"))) {
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
		if (h > 1 && tok_word(st, h - 2, "home") && tok_word(st, h - 1,
		    "to")) {
			size_t	pa, pb = h - 2;

			if (pb > 0 && (tok_comma(st, pb - 1) || tok_in_words(st,
			    pb - 1, (const char *const[]){ "is", "was",
			    "remains", NULL })))
				pb--;
			if (pb == h - 2 || b == a || !tok_in_list(st, b - 1,
			    pop_nouns))
				continue;
			if (pb > 0 && tok_in_list(st, pb - 1, pop_places))
				pb--;
			for (pa = pb; pa > 0 && tok_capword(st, pa - 1); pa--)
				;
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
		/* prisoners freed in an exchange: find_exchanges() */
		if (exchange_count(st, i, h, &at) != 0)
			continue;
		/* a verb before: "killing eight people", "shot down 30" */
		if (hv > 1 && tok_word(st, hv - 1, "down") && (tok_word(st,
		    hv - 2, "shot") || tok_word(st, hv - 2, "shooting") ||
		    tok_word(st, hv - 2, "shoots") || tok_word(st, hv - 2,
		    "brought"))) {
			kind = CLAIM_DESTROYED;
			at = hv - 2;
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
		} else if (hv > 0 && (kind = tok_kw_find(st, hv - 1,
		    before_verbs, PX_NITEMS(before_verbs))) >= 0) {
			if (kind == CLAIM_NKINDS)
				continue;
			at = hv - 1;
			/* "release 150 detained fighters" */
			if (kind == CLAIM_RELEASED && b == a &&
			    tok_kw_find(st, a, after_verbs,
			    PX_NITEMS(after_verbs)) >= 0) {
				np_after(st, a, &a, &b);
				e = b > a ? b : i + 1;
			}
			if (b == a)	/* "killed 12" with no noun */
				e = i + 1;
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
		} else if (b > a && tok_in_list(st, b - 1, projectile_nouns) &&
		    (ua = used_after(st, b)) != 0) {
			/* "\"35 long-range drones\" were used" */
			kind = CLAIM_LAUNCHED;
			at = i;
			e = ua;
		} else if (part)
			continue;	/* "two of the drones hit ..." */
		else if (h > 0 && b > a && tok_word(st, h - 1, "with") &&
		    (tok_in_list(st, b - 1, projectile_nouns) || (b > a + 1 &&
		    tok_word(st, b - 1, "vehicles") && tok_word(st, b - 2,
		    "aerial"))) && attack_before(st, h - 1)) {
			/* "attacked X with 143 drones" */
			kind = CLAIM_LAUNCHED;
			at = h - 1;
		} else if (h > 0 && b > a && prev_e == h - 1 && prev_e > 0 &&
		    tok_word(st, h - 1, "and") &&
		    ((prev_kind == CLAIM_LAUNCHED && tok_in_list(st, b - 1,
		    projectile_nouns)) || (prev_kind == CLAIM_DESTROYED &&
		    tok_in_list(st, b - 1, weapon_nouns)))) {
			/* "143 drones and four missiles" */
			kind = prev_kind;
			at = i;
		} else if (b > a && tok_in_list(st, a, body_nouns) &&
		    !tok_word(st, a + 1, "of")) {
			/* "41 bodies (have been) recovered" */
			kind = CLAIM_KILLED;
			at = i;
			b = a + 1;
			e = b;
		} else if (b > a && (kind = tok_kw_find(st, b - 1, event_nouns,
		    PX_NITEMS(event_nouns))) >= 0) {
			at = i;
		} else if ((ev = noun_of(st, a, b)) < b) {
			kind = tok_kw_find(st, ev, event_nouns,
			    PX_NITEMS(event_nouns));
			at = i;
		} else if ((kind = verb_after(st, b, &at)) >= 0) {
			e = at + 1;
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
		} else
			continue;
		if (kind == CLAIM_NKINDS)
			continue;
		/* a count of an earlier event is not the story's count:
		 * its subject is dated apart ("people (March 2025)") */
		past = past_event_date(S, st, i, at, &da, &db);
		/* "1 was launched": a bare figure needs a subject for things */
		if (b == a && prev == NULL && (kind == CLAIM_LAUNCHED ||
		    kind == CLAIM_DESTROYED || kind == CLAIM_DAMAGED))
			continue;
		src = people_source(S, st, i, &sd, NULL, NULL);
		/* who puts the number gives it */
		if (carry != NULL && (put = people_widest(st, at)) < at &&
		    people_has_role(st, put, at)) {
			free(putter);
			putter = people_speaker_name(S, st, put, at, &sd, &hu);
			if (putter != NULL)
				src = putter;
		}
		/* "destroys 1,500 homes, kills three": a bare figure counts
		 * what the count before it counted only for the same sort */
		pv = prev_kind >= 0 && counts_people(prev_kind) !=
		    counts_people(kind) ? NULL : prev;
		/* the noun of an event noun ("200 launches of missiles") */
		if (carry != NULL)
			subject = util_strdup(carry->subject);
		else if (both && counts_people(kind))
			subject = util_strdup("people");
		else if (b > a && tok_in_list(st, a, body_nouns) && b == a + 1)
			subject = util_strdup("people");
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
				subject = adj_servicemen(S, people_side_in(S,
				    st, a, b) != NULL ? people_side_in(S, st, a,
				    b) : sd);
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
		/* "12 people burned": hurt, not destroyed */
		if ((kind == CLAIM_DESTROYED || kind == CLAIM_DAMAGED) &&
		    (people_subject(subject) || (b > a &&
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
		if (at < h)
			h = at;
		if (claims_add(S, st, (enum claim_kind)kind, subject, n->value,
		    n->high, NULL, (n->flags & NUMBER_APPROX) != 0, n->hedge,
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

static void
bodies_prune(struct state *S)
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
			free(l->v[i].subject);
			free(l->v[i].text);
			free(l->v[i].source);
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
static void
find_single_role(struct state *S, struct sent *st, enum claim_kind kind)
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
		    kill_participles : detain_participles) &&
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
			    people_prep(st, a - 1) || tok_in_list(st, a - 1,
			    words_say_verbs))
				break;
		}
		if (a == i || !(tok_in_list(st, a, words_dets) ||
		    tok_in_list(st, a, words_poss_pron) || poss))
			continue;	/* "a captain" needs its article */
		if ((a > 0 && (people_prep(st, a - 1) || tok_word(st, a - 1,
		    "than"))) || past_event(S, st, i, j))
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

static void
find_rescued_injured(struct state *S, struct sent *st)
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
		if (past_event(S, st, fig, r))
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
 * exchange 200 prisoners") frees nobody yet: only past verbs count.
 */
LIST(captive_nouns, "prisoners", "prisoner", "pows", "captives",
    "detainees", "hostages", "servicemen", "soldiers", "defenders",
    "troops");
LIST(swap_past, "exchanged", "swapped", "traded");
LIST(bring_verbs, "brought", "brings", "bring", "bringing");
LIST(free_participles, "returned", "released", "freed", "repatriated",
    "exchanged", "swapped");
LIST(each_words, "each", "apiece");
LIST(exchange_nouns, "exchange", "swap");
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

static void
find_exchanges(struct state *S, struct sent *st)
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
		if ((x = exchange_count(st, i, h, &v)) == 0 ||
		    past_event(S, st, i, v))
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
		    tok_in_list(st, v, bring_verbs) || event_in(st, 0, st->n,
		    exchange_nouns) < st->n))
			continue;
		/* the day of the exchange, in the verb's clause */
		for (k = v + 1; k < st->n && !tok_comma(st, k) &&
		    !tok_punct(st, k, ';') && !tok_punct(st, k, '.'); k++) {
			if (!tok_word(st, k, "on") || !tok_in_list(st, k + 1,
			    words_days))
				continue;
			if ((when = time_at(st, k, &ta, &tb)) == NULL)
				break;
			claims_add(S, st, CLAIM_TIME, "prisoner exchange", 0, 0,
			    when, 0, NULL, src, st->t[v].s, st->t[tb - 1].e);
			timed = 1;
			break;
		}
	}
}

/* The event a sentence talks about, with its round. */
static char *
event_subject(struct state *S, const struct sent *st, size_t ev)
{
	size_t		 k;
	const char	*base, *round = NULL;
	int		 definite = 0;

	base = S->event_base != NULL ? S->event_base : "talks";
	if (ev < st->n) {
		base = "talks";
		if (tok_word(st, ev, "meeting") || tok_word(st, ev, "meetings"))
			base = "meeting";
		else if (tok_word(st, ev, "summit"))
			base = "summit";
		else if (tok_word(st, ev, "conference"))
			base = "conference";
		else if (tok_word(st, ev, "ceasefire") ||
		    tok_word(st, ev, "truce") || tok_word(st, ev, "armistice"))
			base = "ceasefire";
		else if (tok_word(st, ev, "vote") ||
		    tok_word(st, ev, "election") ||
		    tok_word(st, ev, "referendum") ||
		    tok_word(st, ev, "hearing") || tok_word(st, ev, "trial") ||
		    tok_word(st, ev, "visit") || tok_word(st, ev, "evacuation"))
			base = NULL;
		if (base != NULL)
			S->event_base = base;
		definite = ev > 0 && (tok_word(st, ev - 1, "the") ||
		    tok_word(st, ev - 1, "these") || tok_word(st, ev - 1,
		    "this"));
	}
	for (k = 0; k < st->n; k++) {
		if (tok_word(st, k, "round") && k > 0) {
			if (tok_word(st, k - 1, "first") ||
			    tok_word(st, k - 1, "initial") ||
			    tok_word(st, k - 1, "opening"))
				round = "first round";
			else if (tok_in_words(st, k - 1, (const char *const[]){
			    "new", "next", "second", "third", "another",
			    "fresh", "further", "latest", "fourth", NULL }))
				round = "new round";
		}
		if ((tok_word(st, k, "resume") || tok_word(st, k, "resumed") ||
		    tok_word(st, k, "resumption") || tok_word(st, k,
		    "continue") || tok_word(st, k, "reconvene")) &&
		    (base == NULL || strcmp(base, "talks") == 0))
			round = "new round";
	}
	if (round != NULL)
		S->round = round;
	else if (definite || ev >= st->n)
		round = S->round;
	if (base == NULL) {
		if (ev >= st->n)
			return util_strdup("talks");
		return tok_text(st, ev, ev + 1);
	}
	if (round != NULL && (strcmp(base, "talks") == 0 ||
	    strcmp(base, "meeting") == 0))
		return util_printf("%s (%s)", base, round);
	return util_strdup(base);
}

/* The first event noun in [a, b), or st->n. */
static size_t
event_in(const struct sent *st, size_t a, size_t b, struct wordset *list)
{
	size_t	k;

	for (k = a; k < b && k < st->n; k++)
		if (tok_in_list(st, k, list))
			return k;
	return st->n;
}

/*
 * A place at token i: "Minsk", "the Belarusian capital of Minsk",
 * "Belarus' capital Minsk", "the Belarusian capital, Minsk" (an
 * apposition only after a word before the noun: "the capital, Reuters
 * said" is no place), "the Ukrainian-Belarusian border".  Returns
 * the text and sets [*pa, *pb).
 */
static char *
place_at(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb)
{
	size_t		 j = i, a, b, k;
	const char	*c, *adj;

	if (tok_in_list(st, j, words_dets))
		j++;
	/* "<side>('s) capital (of) X" */
	for (k = j; k < j + 3 && k < st->n; k++)
		if (tok_in_list(st, k, capital_words))
			break;
	if (k < j + 3 && k < st->n && k > j - 0 && (k == j || st->t[j].cap)) {
		size_t	x = k + 1;

		if (tok_word(st, x, "of"))
			x++;
		else if (k > j && tok_comma(st, x) && tok_capword(st, x + 1) &&
		    !tok_in_list(st, x + 1, words_days) &&
		    !tok_in_list(st, x + 1, words_months))
			x++;	/* an apposition: "the Boreal capital, X" */
		if (tok_capword(st, x)) {
			j = x;
		}
	}
	if (!tok_capword(st, j) || tok_in_list(st, j, words_days) ||
	    tok_in_list(st, j, words_months) || tok_in_list(st, j,
	    words_titles))
		return NULL;
	a = j;
	for (b = j; b < st->n && tok_capword(st, b) && !tok_in_list(st, b,
	    words_days) && !tok_in_list(st, b, words_months); b++)
		;
	if (b < st->n && tok_in_list(st, b, geo_nouns))
		b++;
	else if (b - a == 1 && (c = places_country(S, st, a)) != NULL &&
	    (adj = entities_adjective(S->ent, c)) != NULL &&
	    strcmp(adj, c) != 0 && strlen(adj) == st->t[a].e - st->t[a].s &&
	    strncmp(adj, st->s + st->t[a].s, strlen(adj)) == 0)
		return NULL;	/* a side's adjective alone: "Russian" */
	*pa = a;
	*pb = b;
	return tok_text(st, a, b);
}

/* Is the venue at [pa, pb) (event at ev) denied in this sentence? */
static int
venue_denied(const struct sent *st, size_t ev, size_t pa, size_t pb)
{
	size_t	k, lo;

	for (k = pb; k < pb + 5 && k < st->n; k++) {
		if (tok_in_list(st, k, neg_after) && k > pb &&
		    (tok_word(st, k - 1, "is") || tok_word(st, k - 1, "was") ||
		    tok_word(st, k - 1, "are") || tok_word(st, k - 1, "not") ||
		    tok_word(st, k - 1, "be")))
			return 1;
		if (tok_punct(st, k, '.'))
			break;
	}
	lo = ev < pa ? ev : pa;
	/* "there will be no negotiations in X" */
	if (ev < pa && ev > 0 && tok_word(st, ev - 1, "no"))
		return 1;
	for (k = lo; k < pa; k++)
		if (tok_word(st, k, "not") || tok_word(st, k, "never") ||
		    tok_word(st, k, "n't") || tok_word(st, k, "won't"))
			return 1;
	for (k = lo > 8 ? lo - 8 : 0; k < lo; k++)
		if (tok_in_list(st, k, neg_before))
			return 1;
	return 0;
}

static void
emit_text_claim(struct state *S, const struct sent *st,
    enum claim_kind kind, const char *subject, char *text, size_t a,
    size_t b, const char *subj, const char *subj_side)
{
	const char	*src, *sd;

	src = people_source(S, st, a, &sd, subj, subj_side);
	claims_add(S, st, kind, subject, 0, 0, text, 0, NULL, src,
	    st->t[a].s, st->t[b - 1].e);
}

/* Has the sentence (or its neighbours) talks in it? */
static int
talks_context(struct state *S, const struct sent *st)
{
	size_t	k;

	for (k = 0; k < st->n; k++)
		if (tok_in_list(st, k, venue_events) ||
		    tok_in_list(st, k, delegate_nouns))
			return 1;
	return S->event_sentence >= 0 &&
	    (long)st->index - S->event_sentence <= 3;
}

/* "news conference", "press conference": not an event of the story. */
static int
news_event(const struct sent *st, size_t i)
{
	return i > 0 && (tok_word(st, i - 1, "news") ||
	    tok_word(st, i - 1, "press"));
}

/*
 * "send a delegation ... to X": the place after a send verb at token i.
 * Weak delegates ("officials", "a team") count only near talks or with a
 * purpose after the place ("to hold talks", "for talks").
 */
static char *
venue_send(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb)
{
	static const char *const purpose[] = { "speak", "hold", "negotiate",
	    "talk", "meet", "discuss", NULL };
	size_t	 j;
	char	*place = NULL;
	int	 del = 0, near;

	near = event_in(st, 0, st->n, venue_events) < st->n ||
	    (S->event_sentence >= 0 &&
	    (long)st->index - S->event_sentence <= 3);
	for (j = i + 1; j < st->n && j < i + 18; j++) {
		if (tok_in_list(st, j, delegate_nouns))
			del = tok_in_list(st, j, strong_delegates) ||
			    near ? 1 : 2;
		if (tok_punct(st, j, '.') || tok_punct(st, j, ';'))
			break;
		if (del && tok_word(st, j, "to") &&
		    (place = place_at(S, st, j + 1, pa, pb)) != NULL)
			break;
	}
	if (place != NULL && del == 2 && !(tok_word(st, *pb, "to") &&
	    tok_in_words(st, *pb + 1, purpose)) && !tok_word(st, *pb, "for")) {
		free(place);
		place = NULL;
	}
	return place;
}

/* "talks ... (held|take place) in X", "talks in X", "on the border". */
/*
 * The "in" or "at" after a topic phrase right after the event noun at i:
 * "talks on their disputed border in X", "negotiations over the dam at
 * X": "on", "over" or "about" and one to six lower-case words (a name
 * before a lower-case noun among them: "the Tarn border region"); st->n
 * when there is none.  A topic may hold a place of its own ("talks on the war
 * in X"): callers ask more of the place after it.
 */
static size_t
topic_end(const struct sent *st, size_t i)
{
	size_t	j;

	if (!tok_in_words(st, i + 1, (const char *const[]){ "on", "over",
	    "about", NULL }) || tok_in_list(st, i + 2, words_days) ||
	    tok_in_list(st, i + 2, words_months))
		return st->n;
	for (j = i + 2; j < st->n && j < i + 9; j++) {
		if (tok_word(st, j, "in") || tok_word(st, j, "at"))
			return j > i + 2 ? j : st->n;
		/* a name before a noun of its own stays a modifier:
		 * "the disputed Tarn border region" */
		if (st->t[j].type != TW || (st->t[j].cap && (j == i + 2 ||
		    j + 1 >= st->n || st->t[j + 1].type != TW ||
		    st->t[j + 1].cap || tok_word(st, j + 1, "in") ||
		    tok_word(st, j + 1, "at"))) ||
		    tok_in_list(st, j, venue_verbs))
			return st->n;
	}
	return st->n;
}

/*
 * Whether the place at [pa, pb), after the "in" at j that ends a topic,
 * is the event's own: named as a city ("the Boreal capital X", "the city
 * of X") or a place that is no country with a day after it ("in Vesi on
 * Monday").
 */
static int
topic_venue(struct state *S, const struct sent *st, size_t j, size_t pa,
    size_t pb)
{
	size_t	 k, ta, tb;
	char	*when;

	for (k = j + 1; k < pa; k++)
		if (tok_in_list(st, k, capital_words))
			return 1;
	if (pb - pa == 1 && entities_country_form(S->ent, st->s + st->t[pa].s,
	    st->t[pa].e - st->t[pa].s) != NULL)
		return 0;
	if ((when = time_at(st, pb, &ta, &tb)) == NULL)
		return 0;
	free(when);
	return !clock_time(st, ta, tb);
}

static char *
venue_event(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb)
{
	size_t	 j, topic = topic_end(st, i);
	char	*place;
	int	 prep, after;

	for (j = i + 1; j < st->n && j < i + 20; j++) {
		/* "the talks, held in X," and "the talks, to be held in" */
		if (tok_comma(st, j) && j == i + 1 && (tok_in_list(st, j + 1,
		    venue_verbs) || tok_word(st, j + 1, "which") ||
		    tok_word(st, j + 1, "to")))
			continue;
		if (tok_punct(st, j, '.') || tok_punct(st, j, ';') ||
		    tok_comma(st, j) || tok_quote(st, j))
			break;
		/* "talks set for X" (a day is no place: place_at()) */
		prep = tok_word(st, j, "in") || tok_word(st, j, "at") ||
		    tok_word(st, j, "on") || (tok_word(st, j, "for") &&
		    tok_in_list(st, j - 1, schedule_words));
		after = j == i + 1 || j == topic || tok_in_list(st, j - 1,
		    venue_verbs) || tok_in_list(st, j - 1, words_days) ||
		    tok_in_list(st, j - 1, words_day_parts) ||
		    tok_in_list(st, j - 1, schedule_words);
		if (!prep || !after)
			continue;
		if ((place = place_at(S, st, j + 1, pa, pb)) == NULL)
			continue;
		if (j == topic && !topic_venue(S, st, j, *pa, *pb)) {
			free(place);
			return NULL;
		}
		/* "on" only for a border or a coast, not "on Thursday" */
		if (tok_word(st, j, "on") && !tok_in_list(st, *pb - 1,
		    geo_nouns)) {
			free(place);
			continue;
		}
		return place;
	}
	return NULL;
}

/*
 * Is the event at token ev an earlier one than the story's: "previous
 * rounds of talks", "earlier talks", "the prior meeting", or dated as
 * past in its own phrase ("talks in Oslo in 2019", "a summit in Oslo two
 * years ago")?  Its venue is no
 * claim about this one's (as past_event() keeps earlier counts out): it
 * is the venue of "earlier talks".
 */
static int
past_venue(const struct sent *st, size_t ev)
{
	size_t	k;

	for (k = ev; k > 0 && k + 5 > ev; k--) {
		if (tok_in_list(st, k - 1, past_adjs) || tok_word(st, k - 1,
		    "past"))
			return 1;
		if (!tok_word(st, k - 1, "of") && !tok_word(st, k - 1,
		    "round") && !tok_word(st, k - 1, "rounds") &&
		    !tok_in_list(st, k - 1, words_dets))
			break;
	}
	/* a year or "ago" in the event's own phrase ("talks in Oslo in
	 * 2019"), not elsewhere in the sentence ("the first since 2019") */
	for (k = ev + 1; k < st->n && k < ev + 7; k++) {
		if (st->t[k].type == TP)
			break;
		if (tok_word(st, k, "ago") && tok_in_list(st, k - 1, ago_units))
			return 1;
		if (st->t[k].type == TN && (st->t[k].num->flags &
		    NUMBER_YEAR) && (tok_word(st, k - 1, "in") ||
		    tok_word(st, k - 1, "during")))
			return 1;
		if (tok_in_list(st, k, venue_verbs) || tok_in_list(st, k,
		    words_say_verbs))
			break;
	}
	return 0;
}

/*
 * Nouns of where talks are held, with "is" between them and the place:
 * "our only forum is Doha", "the venue will be Geneva", "Vesi remains
 * the venue".  A "location" counts only near talks; a "venue" or a
 * "forum" is one of talks by itself.  Words that may stand before the
 * noun, and verbs of being.
 */
LIST(venue_nouns, "venue", "forum", "location");
LIST(venue_mods, "the", "a", "our", "their", "its", "his", "her", "my",
    "only", "sole", "preferred", "proposed", "chosen", "agreed", "new",
    "final", "official", "likely", "possible", "single", "one", "same");
LIST(be_verbs, "is", "was", "remains", "remained", "be", "becomes",
    "became");

/*
 * The token after the verb of being at token c ("is", "will be", "is
 * not", "would remain"), setting *neg when it is negated; or 0.
 */
static size_t
after_be(const struct sent *st, size_t c, int *neg)
{
	*neg = 0;
	if (tok_in_words(st, c, (const char *const[]){ "will", "would", "could",
	    "should", "must", "may", "might", NULL }))
		c++;
	if (tok_word(st, c, "not")) {
		*neg = 1;
		c++;
	}
	if (!tok_in_list(st, c, be_verbs) && !tok_word(st, c, "remain"))
		return 0;
	if (tok_word(st, c + 1, "not") || tok_word(st, c + 1, "never")) {
		*neg = 1;
		c++;
	}
	return c + 1;
}

/*
 * "our only forum is Doha" and "Doha is the venue": a venue noun and a
 * place on either side of a verb of being.  Returns the place and sets
 * [*pa, *pb), the first token of the phrase in *k0 and *neg (a verb
 * of being negated); or NULL.
 */
static char *
venue_copula(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb, size_t *k0, int *neg)
{
	size_t	 c, a, ev;
	char	*place;

	if (!tok_in_list(st, i, venue_nouns) || (tok_word(st, i, "location") &&
	    !talks_context(S, st)))
		return NULL;
	/* the noun first: "(our only) forum (for the talks) is X" */
	for (a = i; a > 0 && i - a < 3 && tok_in_list(st, a - 1, venue_mods);
	    a--)
		;
	if (a < i && !(a > 0 && people_prep(st, a - 1))) {
		c = i + 1;
		if ((tok_word(st, c, "for") || tok_word(st, c, "of")) &&
		    (ev = event_in(st, c + 1, c + 4, venue_events)) < st->n)
			c = ev + 1;
		if ((c = after_be(st, c, neg)) > 0 &&
		    (place = place_at(S, st, c, pa, pb)) != NULL) {
			*k0 = a;
			return place;
		}
	}
	/* the place first: "X is (not) the (only) venue" */
	if (a == i || a < 2 || !tok_in_list(st, a, venue_mods))
		return NULL;
	for (c = a - 1; c > 0 && a - c < 4 && !tok_in_list(st, c, be_verbs) &&
	    !tok_word(st, c, "remain"); c--)
		;
	if (!tok_in_list(st, c, be_verbs) && !tok_word(st, c, "remain"))
		return NULL;
	a = c;
	if (a > 0 && tok_in_words(st, a - 1, (const char *const[]){ "will",
	    "would", "could", "should", "must", "may", "might", NULL }))
		a--;
	if (after_be(st, a, neg) == 0)
		return NULL;
	for (c = a; c > 0 && tok_capword(st, c - 1); c--)
		;
	if (c == a || (place = place_at(S, st, c, pa, pb)) == NULL)
		return NULL;
	if (*pb != a) {
		free(place);
		return NULL;
	}
	*k0 = c;
	return place;
}

/*
 * "X will host the next round of prisoner exchange talks": the talks
 * past a round and its qualifiers, or "them" (the talks the article is
 * about), after a verb of hosting at token i; st->n when none.
 */
static size_t
host_round(const struct sent *st, size_t i)
{
	size_t	k;

	if ((tok_word(st, i + 1, "them") || tok_word(st, i + 1, "it")) &&
	    !tok_in_list(st, i + 2, words_dets))
		return i + 1;
	for (k = i + 1; k < st->n && k < i + 10; k++) {
		if (st->t[k].type != TW || st->t[k].cap)
			return st->n;
		/* "hosting the next round": of the story's talks */
		if (tok_in_list(st, k, venue_events) || tok_word(st, k,
		    "round"))
			return k;
	}
	return st->n;
}

/*
 * The place after the hosted event at token ev, in its clause: "Turkey
 * will host the talks between A and B in Istanbul" is a venue of
 * Istanbul.  Returns the text and sets [*pa, *pb), or NULL.
 */
static char *
host_in(struct state *S, const struct sent *st, size_t ev, size_t *pa,
    size_t *pb)
{
	size_t	k;
	char	*place;

	for (k = ev + 1; k < st->n && k < ev + 12; k++) {
		if (st->t[k].type == TP)
			return NULL;
		if (tok_word(st, k, "in") && (place = place_at(S, st, k + 1, pa,
		    pb)) != NULL)
			return place;
	}
	return NULL;
}

/*
 * Venues by other words than venue_event()'s, at token i: "the next
 * round will be held in X" (a round, near talks), "invited both
 * delegations to X", "the group had been invited to X" (near talks),
 * "Doha will host them", "the exchange took place on the border" (the
 * place of a prisoner exchange, *exch set).  *ev gets the event token or
 * st->n.  Returns the place and sets [*pa, *pb), or NULL.
 */
LIST(invite_verbs, "invited", "invites", "invite", "inviting");

static char *
venue_more(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb, size_t *ev, int *exch)
{
	size_t	 j, k;
	char	*place;

	*ev = st->n;
	if (tok_word(st, i, "round") && !tok_word(st, i + 1, "of") &&
	    talks_context(S, st)) {
		if ((place = venue_event(S, st, i, pa, pb)) != NULL)
			*ev = i;
		return place;
	}
	if (tok_in_list(st, i, invite_verbs) && talks_context(S, st)) {
		*ev = event_in(st, 0, st->n, venue_events);
		if (tok_word(st, i + 1, "to"))
			return place_at(S, st, i + 2, pa, pb);
		for (j = i + 1; j < st->n && j < i + 6; j++) {
			if (st->t[j].type != TW)
				return NULL;
			if (tok_in_list(st, j, delegate_nouns) &&
			    tok_word(st, j + 1, "to"))
				return place_at(S, st, j + 2, pa, pb);
		}
		return NULL;
	}
	/* "Doha will host them" */
	if ((tok_word(st, i, "host") || tok_word(st, i, "hosts")) &&
	    (tok_word(st, i + 1, "them") || tok_word(st, i + 1, "it")) &&
	    talks_context(S, st) && i > 1 && (tok_word(st, i - 1, "will") ||
	    tok_word(st, i - 1, "would"))) {
		for (k = i - 1; k > 0 && tok_capword(st, k - 1); k--)
			;
		if (k == i - 1)
			return NULL;
		*ev = event_in(st, 0, k, venue_events);
		*pa = k;
		*pb = i - 1;
		return tok_text(st, k, i - 1);
	}
	if (tok_in_list(st, i, exchange_nouns) && S->exchange && i > 0 &&
	    tok_in_list(st, i - 1, words_dets)) {
		j = i;
		/* "The exchange, the third since May, took place" */
		if (tok_comma(st, i + 1) && tok_in_list(st, i + 2, words_dets))
			for (j = i + 2; j < st->n && j < i + 10 &&
			    !tok_comma(st, j); j++)
				;
		if ((place = venue_event(S, st, j, pa, pb)) != NULL)
			*exch = 1;
		return place;
	}
	return NULL;
}

/*
 * Proposals: a venue a party asks for is no venue of the event ("X has
 * pushed for the talks to be held in Y", "X wants the talks in Y",
 * "called for talks in Y", "X had proposed Y as a venue", "X offered to
 * host the talks").  Its claim is a venue of the event "proposed by" the
 * party, apart from the event's venue (and so no conflict with it), and
 * two outlets giving one party two proposals still disagree.
 */
LIST(propose_words, "proposed", "propose", "proposes", "proposing",
    "suggested", "suggest", "suggests", "pushed", "push", "pushes",
    "pushing", "pressed", "pressing", "lobbied", "lobbying", "called",
    "calling", "calls", "urged", "urges", "urging", "wants", "wanted",
    "offered", "offers", "prefers", "preferred", "favours", "favors",
    "favoured", "favored", "sought", "seeks", "seeking");
LIST(site_nouns, "venue", "venues", "location", "site", "host");

/*
 * A proposal word whose object is the event at token lo ("pushed for the
 * talks", "wants new talks", "proposed holding the talks"), or st->n:
 * only a few words between them, so that "urged both sides to attend
 * the talks in X" stays a venue.
 */
static size_t
proposal_before(const struct sent *st, size_t lo)
{
	static const char *const between[] = { "for", "the", "a", "an",
	    "holding", "new", "fresh", "direct", "peace", NULL };
	size_t	j;

	for (j = lo; j > 0 && j + 5 > lo; j--) {
		if (tok_in_list(st, j - 1, propose_words))
			return j - 1;
		if (!tok_in_words(st, j - 1, between))
			break;
	}
	return st->n;
}

/*
 * The subject of a proposed venue of event subject ev: "<ev> proposed by
 * <party>" for the capitalised party right before the proposal word w
 * (past "has", "had"...), else "proposed <ev>".
 */
static char *
proposed_subject(const struct sent *st, size_t w, const char *ev)
{
	size_t	 b = w, a;
	char	*who, *r;

	while (b > 0 && tok_in_list(st, b - 1, words_aux_back))
		b--;
	for (a = b; a > 0 && tok_capword(st, a - 1) && !tok_in_list(st, a - 1,
	    words_stop_caps) && b - a < 5; a--)
		;
	while (a + 1 < b && people_title(st, a))
		a++;		/* "Foreign Minister X": X */
	if (a == b || (who = tok_text(st, a, b)) == NULL)
		return util_printf("proposed %s", ev);
	r = util_printf("%s proposed by %s", ev, who);
	free(who);
	return r;
}

/* "X had proposed Y as a venue", "X offered to host the talks". */
static void
find_proposed(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, pa, pb, ev, lo;
	char	*place, *subject, *es;

	for (i = 0; i < st->n; i++) {
		if (!tok_in_list(st, i, propose_words))
			continue;
		place = NULL;
		lo = i;
		if ((place = place_at(S, st, i + 1, &pa, &pb)) != NULL) {
			if (!(tok_word(st, pb, "as") && (tok_in_list(st, pb + 1,
			    site_nouns) || (tok_in_list(st, pb + 1,
			    words_dets) && tok_in_list(st, pb + 2,
			    site_nouns))))) {
				free(place);
				continue;
			}
			pb += tok_in_list(st, pb + 1, words_dets) ? 3 : 2;
		} else if (tok_word(st, i + 1, "to") && tok_word(st, i + 2,
		    "host")) {
			/* "Atlantis offered to host the talks" */
			size_t	b0 = i, a0;

			while (b0 > 0 && tok_in_list(st, b0 - 1,
			    words_aux_back))
				b0--;
			for (a0 = b0; a0 > 0 && tok_capword(st, a0 - 1) &&
			    !tok_in_list(st, a0 - 1, words_stop_caps); a0--)
				;
			if (a0 == b0 || event_in(st, i + 3, i + 7,
			    venue_events) >= st->n)
				continue;
			if ((place = tok_text(st, a0, b0)) == NULL) {
				S->oom = 1;
				return;
			}
			pa = a0;
			pb = i + 3;
			lo = a0;
		} else
			continue;
		if (!talks_context(S, st)) {
			free(place);
			continue;
		}
		ev = event_in(st, 0, st->n, venue_events);
		es = event_subject(S, st, ev);
		subject = es != NULL ? proposed_subject(st, i, es) : NULL;
		free(es);
		if (subject == NULL) {
			free(place);
			S->oom = 1;
			return;
		}
		emit_text_claim(S, st, CLAIM_VENUE, subject, place,
		    lo < pa ? lo : pa, pb, subj, subj_side);
		free(subject);
	}
}

/*
 * An undecided venue: "no decision has been taken on the venue", "no
 * decision on where the talks will be held", "the venue has not yet been
 * decided", "the location is yet to be finalised", "the venue remains
 * undecided".  A venue-denied claim of CLAIM_VENUE_UNDECIDED, which
 * denies whatever place another outlet gives the event.  A decision that
 * is only expected ("a decision on the venue is due Friday") or taken
 * ("the venue has been decided") is none.
 */
LIST(decide_words, "decided", "finalised", "finalized", "fixed",
    "determined", "settled", "chosen", "agreed", "set");
LIST(undecided_fill, "has", "have", "had", "is", "was", "are", "were",
    "not", "yet", "still", "been", "be", "to", "so", "far", "of", "for",
    "the", "a", "an", "remains", "remained", "n't");

/* Token after the undecided statement that starts at i, or 0. */
static size_t
undecided_at(const struct sent *st, size_t i)
{
	size_t	j, k;
	int	neg = 0;

	if (tok_word(st, i, "no") && (tok_word(st, i + 1, "decision") ||
	    (tok_word(st, i + 2, "decision") && st->t[i + 1].type == TW))) {
		/* "no (final) decision ... on the venue / on where" */
		j = tok_word(st, i + 1, "decision") ? i + 1 : i + 2;
		for (k = j + 1; k < st->n && k < j + 8; k++) {
			if (tok_punct(st, k, '.') || tok_punct(st, k, ';') ||
			    tok_comma(st, k))
				return 0;
			if (tok_word(st, k, "on") || tok_word(st, k, "about") ||
			    tok_word(st, k, "over") || tok_word(st, k,
			    "regarding"))
				break;
		}
		for (j = k + 1; j < st->n && j < k + 4; j++) {
			if (tok_in_list(st, j, site_nouns))
				return j + 1;
			if (!tok_word(st, j, "where"))
				continue;
			/* "on where the talks will be held" */
			for (k = j + 1; k < st->n && k < j + 8; k++)
				if (tok_in_list(st, k, venue_events) ||
				    tok_in_words(st, k, (const char *const[]){
				    "held", "host", "hosted", "meet",
				    "convene", NULL }))
					return k + 1;
			return 0;
		}
		return 0;
	}
	if (!tok_in_list(st, i, site_nouns) || (i > 0 && (tok_word(st, i - 1,
	    "no") || tok_word(st, i - 1, "new"))))
		return 0;
	/* "the venue (of the talks) has not yet been decided" */
	for (j = i + 1; j < st->n && j < i + 10; j++) {
		if (tok_word(st, j, "undecided"))
			return j + 1;
		if (tok_word(st, j, "not") || tok_word(st, j, "n't") ||
		    tok_word(st, j, "yet"))
			neg = 1;
		if (tok_in_list(st, j, decide_words))
			return neg ? j + 1 : 0;
		if (!tok_in_list(st, j, undecided_fill) && !tok_in_list(st, j,
		    venue_events))
			return 0;
	}
	return 0;
}

static void
find_undecided(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, e, ev;
	char	*subject, *text;

	for (i = 0; i < st->n; i++) {
		if ((e = undecided_at(st, i)) == 0)
			continue;
		ev = event_in(st, 0, st->n, venue_events);
		if (ev < st->n && news_event(st, ev))
			ev = st->n;
		if (ev >= st->n && !talks_context(S, st))
			return;
		subject = event_subject(S, st, ev);
		text = util_strdup(CLAIM_VENUE_UNDECIDED);
		if (subject == NULL || text == NULL) {
			free(subject);
			free(text);
			S->oom = 1;
			return;
		}
		emit_text_claim(S, st, CLAIM_VENUE_DENIED, subject, text, i, e,
		    subj, subj_side);
		free(subject);
		return;
	}
}

/*
 * A signing as an event with a venue and a day: "the treaty would be
 * signed in X on May 12" (a signing to come: "was signed in X" is
 * history), "the signing ceremony would take place in X" (or "be held"),
 * and a ceremony denied near a signing: "reports of a ceremony in X do
 * not correspond to reality", "... are not true".  All of one subject,
 * "signing", so that outlets' venues and days meet.
 */
LIST(sign_things, "treaty", "agreement", "accord", "deal", "pact",
    "declaration", "memorandum", "document", "text", "charter");
LIST(sign_aux, "will", "would", "to", "shall", "could", "might", "may");

/* Is the ceremony or signing that ends at token b denied after place pb? */
static int
signing_denied(const struct sent *st, size_t pb)
{
	size_t	k;

	for (k = pb; k < st->n && k < pb + 5; k++) {
		if (tok_punct(st, k, '.') || tok_punct(st, k, ';'))
			return 0;
		if (tok_word(st, k, "not") || tok_word(st, k, "n't"))
			return tok_in_words(st, k + 1,
			    (const char *const[]){ "correspond", "true",
			    "accurate", "correct", "reflect", "match",
			    NULL }) || tok_in_list(st, k + 1, neg_after);
		if (tok_in_list(st, k, neg_after) && k > pb && (tok_word(st,
		    k - 1, "are") || tok_word(st, k - 1, "is") ||
		    tok_word(st, k - 1, "were") || tok_word(st, k - 1, "was")))
			return 1;
	}
	return 0;
}

static void
find_signings(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t		 i, j, k, pa, pb, ta, tb;
	char		*place, *when, *subject;
	const char	*src, *sd;
	int		 thing = 0, denied;

	for (k = 0; k < st->n; k++) {
		if (tok_in_list(st, k, sign_things))
			thing = 1;
		if (tok_word(st, k, "signing") || (tok_word(st, k, "signed") &&
		    thing))
			S->sign_sentence = (long)st->index;
	}
	for (i = 0; i < st->n; i++) {
		denied = 0;
		k = i;
		if (tok_word(st, i, "signed") && thing && i > 1 &&
		    tok_word(st, i - 1, "be") && tok_in_list(st, i - 2,
		    sign_aux) && (tok_word(st, i + 1, "in") ||
		    tok_word(st, i + 1, "at"))) {
			/* "would be signed in X" */
			j = i + 2;
			k = i - 2;
		} else if (tok_word(st, i, "ceremony") && (tok_word(st, i - 1,
		    "signing") || (i > 0 && tok_word(st, i - 2, "signing")))) {
			/* "the signing ceremony would take place in X" */
			for (j = i + 1; j < st->n && j < i + 6; j++)
				if ((tok_word(st, j, "in") || tok_word(st, j,
				    "at")) && tok_in_words(st, j - 1,
				    (const char *const[]){ "place", "held",
				    "ceremony", NULL }))
					break;
			if (j >= st->n || j >= i + 6)
				continue;
			j++;
			k = i > 0 && tok_word(st, i - 1, "signing") ? i - 1 :
			    i - 2;
		} else if (tok_word(st, i, "ceremony") && tok_word(st, i + 1,
		    "in") && S->sign_sentence >= 0 && (long)st->index -
		    S->sign_sentence <= 4) {
			/* "reports of a ceremony in X do not correspond" */
			j = i + 2;
		} else
			continue;
		if ((place = place_at(S, st, j, &pa, &pb)) == NULL)
			continue;
		denied = signing_denied(st, pb);
		if (tok_word(st, i, "ceremony") && tok_word(st, i + 1, "in") &&
		    !denied) {
			free(place);
			continue;
		}
		if ((subject = util_strdup("signing")) == NULL) {
			free(place);
			S->oom = 1;
			return;
		}
		emit_text_claim(S, st, denied ? CLAIM_VENUE_DENIED :
		    CLAIM_VENUE, subject, place, k < pa ? k : pa, pb, subj,
		    subj_side);
		/* "... in X on May 12" */
		for (j = pb; !denied && j < st->n && j < pb + 4; j++) {
			if (tok_punct(st, j, '.') || tok_punct(st, j, ';'))
				break;
			if (!tok_word(st, j, "on") || (when = time_at(st, j,
			    &ta, &tb)) == NULL)
				continue;
			src = people_source(S, st, k, &sd, subj, subj_side);
			claims_add(S, st, CLAIM_TIME, subject, 0, 0, when, 0,
			    NULL, src, st->t[k].s, st->t[tb - 1].e);
			break;
		}
		free(subject);
	}
}

static void
find_venues(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, j, k, pa, pb, ev;
	char	*place, *subject;
	int	 seen_place[64], past, exch, denied;
	size_t	 nseen = 0, prop;
	char	*es;

	memset(seen_place, 0, sizeof seen_place);
	for (i = 0; i < st->n; i++) {
		place = NULL;
		ev = st->n;
		exch = 0;
		denied = 0;
		prop = st->n;
		/* "send a delegation ... to X" */
		if (tok_in_list(st, i, send_verbs)) {
			if ((place = venue_send(S, st, i, &pa, &pb)) == NULL)
				continue;
			ev = event_in(st, i, st->n, venue_events);
			k = i;
		} else if (tok_in_list(st, i, venue_events) &&
		    !news_event(st, i)) {
			place = venue_event(S, st, i, &pa, &pb);
			if (place == NULL)
				continue;
			ev = i;
			k = i;
			prop = proposal_before(st, i);
		} else if ((place = venue_more(S, st, i, &pa, &pb, &ev,
		    &exch)) != NULL) {
			k = i;
		} else if (tok_in_words(st, i, (const char *const[]){ "meet",
		    "convene", "gather", NULL }) && i > 0 &&
		    tok_in_words(st, i - 1, (const char *const[]){ "will", "to",
		    "would", "shall", NULL }) && (tok_word(st, i + 1, "in") ||
		    tok_word(st, i + 1, "at")) && (place = place_at(S, st, i +
		    2, &pa, &pb)) != NULL) {
			/* "leaders will meet in Brussels" */
			ev = event_in(st, 0, st->n, venue_events);
			k = i - 1;
			if (ev >= st->n && S->event_base == NULL &&
			    !talks_context(S, st))
				S->event_base = "meeting";
		} else if (tok_in_list(st, i, go_verbs) &&
		    talks_context(S, st) && (tok_word(st, i + 1, "to") ||
		    tok_word(st, i + 1, "in"))) {
			/* "wanted to go to X", "a proposal to meet in X" */
			int	want = 0;

			for (j = i > 4 ? i - 4 : 0; j < i; j++)
				if (tok_in_list(st, j, want_words))
					want = 1;
			if (!want)
				continue;
			if ((place = place_at(S, st, i + 2, &pa, &pb)) == NULL)
				continue;
			ev = event_in(st, 0, st->n, venue_events);
			k = i > 2 ? i - 2 : 0;
			while (k > 0 && !tok_in_list(st, k, want_words))
				k--;
		} else if (tok_word(st, i, "host") || tok_word(st, i,
		    "hosts") || tok_word(st, i, "hosting")) {
			/* "X will host the talks" */
			size_t	b0 = i, a0;

			while (b0 > 0 && (tok_word(st, b0 - 1, "will") ||
			    tok_word(st, b0 - 1, "would") ||
			    tok_word(st, b0 - 1, "is") ||
			    tok_word(st, b0 - 1, "to")))
				b0--;
			/* "X denies hosting the talks" */
			if (b0 == i && b0 > 1 && tok_in_list(st, b0 - 1,
			    neg_before) && tok_capword(st, b0 - 2)) {
				b0--;
				denied = 1;
			}
			a0 = b0;
			while (a0 > 0 && tok_capword(st, a0 - 1))
				a0--;
			ev = event_in(st, i, i + 5, venue_events);
			if (ev >= st->n)
				ev = host_round(st, i);
			if (a0 == b0 || ev >= st->n)
				continue;
			pa = a0;
			pb = b0;
			/* "X will host the talks in Y": Y, a city of X */
			if ((place = host_in(S, st, ev, &pa, &pb)) == NULL &&
			    (place = tok_text(st, pa, pb)) == NULL)
				continue;
			k = a0;
		} else
			continue;
		/* one claim per place per sentence */
		for (j = 0; j < nseen; j++)
			if ((size_t)seen_place[j] == pa)
				break;
		if (j < nseen) {
			free(place);
			continue;
		}
		if (nseen < PX_NITEMS(seen_place))
			seen_place[nseen++] = (int)pa;
		/* the venue of an earlier round is not this one's: it is
		 * named apart ("earlier talks"), never with this round's */
		past = ev < st->n && past_venue(st, ev);
		if ((subject = exch ? util_strdup("prisoner exchange") : past ?
		    util_printf("earlier %.*s",
		    (int)(st->t[ev].e - st->t[ev].s), st->low + st->t[ev].s) :
		    event_subject(S, st, ev)) == NULL) {
			free(place);
			S->oom = 1;
			return;
		}
		/* a venue asked for: "pushed for the talks to be held in" */
		if (!past && prop < st->n) {
			es = subject;
			subject = proposed_subject(st, prop, es);
			free(es);
			if (subject == NULL) {
				free(place);
				S->oom = 1;
				return;
			}
			k = prop;
		}
		emit_text_claim(S, st, !past && (denied || venue_denied(st,
		    ev < st->n ? ev : k, pa, pb)) ? CLAIM_VENUE_DENIED :
		    CLAIM_VENUE, subject,
		    place, k < pa ? k : pa, pb, subj, subj_side);
		free(subject);
	}
	/* "X is not the venue", "our only forum is X" */
	for (i = 0; i < st->n; i++) {
		size_t	k0;
		int	neg;

		if ((place = venue_copula(S, st, i, &pa, &pb, &k0, &neg)) ==
		    NULL)
			continue;
		ev = event_in(st, 0, st->n, venue_events);
		if ((subject = event_subject(S, st, ev)) == NULL) {
			free(place);
			S->oom = 1;
			return;
		}
		emit_text_claim(S, st, neg || venue_denied(st, k0, pa, pb) ?
		    CLAIM_VENUE_DENIED : CLAIM_VENUE, subject, place,
		    k0 < pa ? k0 : pa, pb > i ? pb : i + 1, subj, subj_side);
		free(subject);
	}
}

/* A time expression at token i: "Thursday morning", "on Wednesday
 * evening", "at 10:00 GMT", "tomorrow", "March 3". */
static char *
time_at(const struct sent *st, size_t i, size_t *ta, size_t *tb)
{
	size_t	j = i, a;

	/* "next week", "this month": the word of the week kept */
	if ((tok_word(st, i, "next") || tok_word(st, i, "this") ||
	    tok_word(st, i, "later")) && tok_in_list(st, i + 1, period_words)) {
		*ta = i;
		*tb = i + 2;
		return tok_text(st, i, i + 2);
	}
	/* "in early December", "in March": a part of a month kept */
	if (tok_word(st, i, "in") && (tok_in_list(st, i + 1, words_months) ||
	    (tok_in_list(st, i + 1, month_parts) && tok_in_list(st, i + 2,
	    words_months)))) {
		a = i + 1;
		j = tok_in_list(st, a, words_months) ? a + 1 : a + 2;
		if (j < st->n && st->t[j].type == TN &&
		    (st->t[j].num->flags & NUMBER_YEAR))
			j++;
		*ta = a;
		*tb = j;
		return tok_text(st, a, j);
	}

	if (tok_word(st, j, "on") || tok_word(st, j, "at") ||
	    tok_word(st, j, "from") || tok_word(st, j, "by") ||
	    tok_word(st, j, "early") || tok_word(st, j, "late") ||
	    tok_word(st, j, "as") || tok_word(st, j, "this") ||
	    tok_word(st, j, "next"))
		j++;
	if (tok_word(st, j, "as") || tok_word(st, j, "early"))
		j++;
	if (tok_in_list(st, j, time_hedges) && j + 1 < st->n &&
	    st->t[j + 1].type == TN && (st->t[j + 1].num->flags & NUMBER_TIME))
		j++;
	a = j;
	if (tok_in_list(st, j, words_days)) {
		j++;
		if (tok_in_list(st, j, words_day_parts))
			j++;
		/* "next Tuesday": the word that says which one kept, when
		 * no date follows to say it */
		if (a > i && tok_in_words(st, a - 1,
		    (const char *const[]){ "next", "this", "last", NULL }) &&
		    !(tok_comma(st, j) && tok_in_list(st, j + 1,
		    words_months)) && !tok_in_list(st, j, words_months))
			a--;
		if (tok_comma(st, j) && tok_in_list(st, j + 1, words_months))
			j += 1;
		if (tok_in_list(st, j, words_months) && j + 1 < st->n &&
		    st->t[j + 1].type == TN)
			j += 2;
	} else if (tok_in_list(st, j, words_day_parts) && j > i &&
	    (tok_word(st, j - 1, "this") || tok_word(st, j - 1, "at"))) {
		j++;
	} else if (j < st->n && st->t[j].type == TN &&
	    (st->t[j].num->flags & (NUMBER_TIME | NUMBER_DATE))) {
		j++;
		if (j < st->n && st->t[j].type == TN &&
		    (st->t[j].num->flags & NUMBER_TIME))
			j++;
		if (tok_word(st, j, "on") && tok_in_list(st, j + 1, words_days))
			j += 2;
		if (tok_in_list(st, j, words_days))
			j++;
	} else if (tok_in_list(st, j, words_months) && j + 1 < st->n &&
	    st->t[j + 1].type == TN) {
		j += 2;
	} else
		return NULL;
	if (j == a)
		return NULL;
	*ta = a;
	*tb = j;
	return tok_text(st, a, j);
}

/*
 * A time after a place at token i (the word after "in" or "at"): "talks
 * in the Boreal city of Nordhavn on Thursday morning", "in Lima, starting
 * on Wednesday evening".
 */
static char *
time_after_place(struct state *S, const struct sent *st, size_t i,
    size_t *ta, size_t *tb)
{
	size_t	 pa, pb;
	char	*place;

	if ((place = place_at(S, st, i, &pa, &pb)) == NULL)
		return NULL;
	free(place);
	if (tok_comma(st, pb) && tok_in_list(st, pb + 1, start_participles))
		pb += 2;
	else if (tok_comma(st, pb) && pa > 0 && tok_comma(st, pa - 1))
		pb++;	/* the end of an apposition: "the capital, X, on" */
	return time_at(st, pb, ta, tb);
}

/* The time of the event noun at token i, or NULL. */
static char *
event_time(struct state *S, const struct sent *st, size_t i, size_t *ta,
    size_t *tb)
{
	size_t	 j, x, topic = topic_end(st, i);
	char	*when;

	/* "talks, starting on Wednesday" */
	if (tok_comma(st, i + 1) && tok_in_list(st, i + 2, start_participles))
		return time_at(st, i + 3, ta, tb);
	for (j = i + 1; j < st->n && j < i + 20; j++) {
		if (tok_punct(st, j, '.') || tok_punct(st, j, ';') ||
		    tok_punct(st, j, ','))
			break;
		/* "talks in X on Thursday", "will be held in X, starting",
		 * "talks on the border in X on Monday" */
		if ((tok_word(st, j, "in") || tok_word(st, j, "at")) &&
		    (j == i + 1 || j == topic ||
		    tok_in_list(st, j - 1, venue_verbs)) &&
		    (when = time_after_place(S, st, j + 1, ta, tb)) != NULL)
			return when;
		/* "the meeting is set for Friday morning (in X)" */
		if (tok_in_list(st, j, schedule_words) && tok_word(st, j + 1,
		    "for") && (when = time_at(st, j + 2, ta, tb)) != NULL)
			return when;
		if (!tok_in_list(st, j, time_verbs) &&
		    !tok_in_list(st, j, start_participles))
			continue;
		if (tok_word(st, j, "place") && !(tok_word(st, j - 1, "take") ||
		    tok_word(st, j - 1, "took") || tok_word(st, j - 1,
		    "takes") || tok_word(st, j - 1, "taking")))
			continue;
		/* "take effect", "come into force" */
		if ((tok_word(st, j, "effect") || tok_word(st, j, "force")) &&
		    !tok_word(st, j - 1, "into") &&
		    !tok_word(st, j - 1, "take") &&
		    !tok_word(st, j - 1, "takes"))
			continue;
		if ((when = time_at(st, j + 1, ta, tb)) != NULL)
			return when;
		if (tok_in_words(st, j + 1, (const char *const[]){ "in", "at",
		    NULL }) && tok_capword(st, j + 2)) {
			/* "take place in X on Thursday" */
			for (x = j + 2; x < st->n && tok_capword(st, x); x++)
				;
			if ((when = time_at(st, x, ta, tb)) != NULL)
				return when;
		}
	}
	return NULL;
}

/* Whether [ta, tb) is a clock time ("3 a.m.", "04:30 GMT"). */
static int
clock_time(const struct sent *st, size_t ta, size_t tb)
{
	return ta < tb && st->t[ta].type == TN &&
	    (st->t[ta].num->flags & NUMBER_TIME);
}

/*
 * The event that an incident's words at token i name, with the token
 * after them in *j: a verb that names it ("sank", "derailed", "left the
 * tracks", "came off the rails"), or a verb of happening or striking
 * after a noun of one ("the quake hit", "the accident happened", "a fire
 * broke out"), past an adverb.  NULL when none.
 */
static const char *
incident_at(const struct state *S, const struct sent *st, size_t i,
    size_t *j)
{
	const char *const	*w;
	const char		*e;
	size_t			 k, n;

	*j = i + 1;
	for (k = 0; k < PX_NITEMS(incident_verbs); k++)
		if (tok_word(st, i, incident_verbs[k].verb))
			return incident_verbs[k].event;
	if (tok_in_list(st, i, track_verbs) && tok_in_list(st, i + 1,
	    words_dets) && tok_in_list(st, i + 2, track_nouns)) {
		*j = i + 3;
		return "derailment";
	}
	if (tok_in_list(st, i, track_off_verbs) && tok_word(st, i + 1, "off") &&
	    tok_in_list(st, i + 2, words_dets) && tok_in_list(st, i + 3,
	    track_nouns)) {
		*j = i + 4;
		return "derailment";
	}
	/* "the hillside gave way", "the roof caved in": a collapse, not
	 * a yielding ("gave way to the protesters") */
	if (((tok_in_words(st, i, (const char *const[]){ "gave", "gives",
	    NULL }) && tok_word(st, i + 1, "way")) || (tok_in_words(st, i,
	    (const char *const[]){ "caved", "caves", NULL }) &&
	    tok_word(st, i + 1, "in"))) && !tok_word(st, i + 2, "to")) {
		*j = i + 2;
		return "collapse";
	}
	if (i == 0 || !tok_in_list(st, i, happen_verbs))
		return NULL;
	if (tok_word(st, i, "broke")) {
		if (!tok_word(st, i + 1, "out"))
			return NULL;
		*j = i + 2;
	}
	n = i - 1;
	if (n > 0 && st->t[n].type == TW && st->t[n].e - st->t[n].s > 4 &&
	    memcmp(st->low + st->t[n].e - 2, "ly", 2) == 0)
		n--;
	if ((e = incident_name(st, n)) != NULL)
		return e;
	for (w = incident_generic_words; *w != NULL; w++)
		if (tok_word(st, n, *w))
			return S->incident != NULL ? S->incident : *w;
	return NULL;
}

/* Whether an event incident_at() gave is a noun of no kind of its own. */
static int
generic_event(const char *event)
{
	const char *const	*w;

	for (w = incident_generic_words; *w != NULL; w++)
		if (event == *w)
			return 1;
	return 0;
}

/*
 * The clock time after an incident's words, from token j within its
 * clause: "at 6:40", "at about 6:15 a.m.", "around 7 a.m.", "shortly
 * before 7am", past a short object or place ("jolted the region at",
 * "on a curve around") and quotation marks; not past another figure or
 * punctuation.  Returns the token of the time, or 0; *hedge gets the
 * hedge (static) or NULL.
 */
static size_t
incident_clock(const struct sent *st, size_t j, const char **hedge)
{
	size_t	k, q;

	*hedge = NULL;
	for (k = j; k < st->n && k < j + 10; k++) {
		if (st->t[k].type == TP && !tok_quote(st, k))
			return 0;
		if (st->t[k].type == TN)
			break;
	}
	if (k >= st->n || k >= j + 10 || k == 0 ||
	    !(st->t[k].num->flags & NUMBER_TIME))
		return 0;
	q = k - 1;
	while (q > j && tok_quote(st, q))
		q--;
	if (tok_in_list(st, q, time_hedges)) {
		*hedge = tok_word(st, q, "around") ? "around" : "about";
		return k;
	}
	if (tok_word(st, q, "before") || tok_word(st, q, "after")) {
		if (q > j && tok_in_list(st, q - 1, time_near))
			*hedge = tok_word(st, q, "before") ? "shortly before" :
			    "shortly after";
		else
			*hedge = tok_word(st, q, "before") ? "before" : "after";
		return k;
	}
	return tok_word(st, q, "at") ? k : 0;
}

/*
 * The day of an incident with its part, within its clause after token j,
 * past a short place ("capsized on the river in the north late on
 * Saturday"): "late on Saturday", "on Saturday night", "just before
 * midnight on Saturday"; a day alone is too loose, and a figure or a
 * punctuation mark on the way ends the search.  *hedge gets "before" or
 * "after" of a midnight or a noon, else NULL.
 */
static char *
incident_day(const struct sent *st, size_t j, size_t *ta, size_t *tb,
    const char **hedge)
{
	size_t	k, a, e;

	*hedge = NULL;
	for (k = j; k < st->n && k < j + 12; k++) {
		if ((st->t[k].type == TP && !tok_quote(st, k)) ||
		    st->t[k].type == TN)
			return NULL;
		if (!tok_in_list(st, k, words_days) || k < 2)
			continue;
		a = k;
		e = k + 1;
		if (tok_in_list(st, e, words_day_parts))
			e++;
		else if (tok_word(st, k - 1, "on") && (tok_word(st, k - 2,
		    "late") || tok_word(st, k - 2, "early")))
			a = k - 2;
		else if (tok_word(st, k - 1, "on") && tok_in_list(st, k - 2,
		    words_day_parts)) {
			a = k - 2;
			if (k >= 3 && (tok_word(st, k - 3, "before") ||
			    tok_word(st, k - 3, "after")))
				*hedge = tok_word(st, k - 3, "before") ?
				    "before" : "after";
		} else
			return NULL;
		*ta = a;
		*tb = e;
		return tok_text(st, a, e);
	}
	return NULL;
}

/*
 * The clock time of an incident: "the ferry sank around 4:30 a.m.", "it
 * went down at about 3 a.m." (in a story about a vessel), "the train left
 * the tracks at about 6:15 a.m.", "the quake hit at 02:17 local time"
 * (the zone left out), "the accident happened at 6:40" (the article's
 * incident), "the plane lost contact with the tower at 9:47 a.m.", "the
 * attack began at 05:40 GMT"; "the attack began at dawn" is no clock
 * time.  A hedge ("about", "shortly before") makes it approximate.  Not
 * for an earlier incident ("In 2024, a similar ferry sank at 2 a.m.").
 * One time per sentence.
 */
static void
find_incident_times(struct state *S, struct sent *st)
{
	size_t		 i, j, k, ta, tb, tk;
	const char	*event, *hedge;
	char		*when, *noun = NULL, *subject;
	int		 day;
	const char	*src, *sd;

	for (i = 0; i < st->n; i++) {
		hedge = NULL;
		tk = 0;
		day = 0;
		event = incident_at(S, st, i, &j);
		if (event != NULL && !past_event(S, st, i, i)) {
			/* the article's incident, for "the accident" */
			if (S->incident == NULL && !generic_event(event))
				S->incident = event;
			tk = incident_clock(st, j, &hedge);
		}
		if (event == NULL && S->vessel && tok_word(st, i, "went") &&
		    tok_word(st, i + 1, "down")) {
			event = "sinking";
			j = i + 2;
		}
		/* "the ferry overturned": a vessel's, a sinking */
		if (event == NULL && S->vessel && tok_in_words(st, i,
		    (const char *const[]){ "overturned", "overturns",
		    "flipped", NULL })) {
			event = "sinking";
			j = i + 1;
		}
		/*
		 * "lost (radio) contact (with the control tower) at 9:47":
		 * an aircraft's or a vessel's last sign, past a short
		 * "with" phrase.
		 */
		if (event == NULL && tok_word(st, i, "lost") &&
		    (tok_word(st, i + 1, "contact") ||
		    tok_word(st, i + 2, "contact"))) {
			event = "loss of contact";
			j = tok_word(st, i + 1, "contact") ? i + 2 : i + 3;
			if (tok_word(st, j, "with")) {
				for (k = j + 1; k < st->n && k < j + 6 &&
				    !tok_word(st, k, "at") &&
				    !tok_word(st, k, "around") &&
				    !tok_word(st, k, "about"); k++)
					;
				j = k;
			}
		}
		if (event == NULL && tok_in_list(st, i, incident_nouns) &&
		    tok_in_list(st, i + 1, start_verbs)) {
			if ((noun = util_strndup(st->low + st->t[i].s,
			    st->t[i].e - st->t[i].s)) == NULL) {
				S->oom = 1;
				return;
			}
			event = noun;
			j = i + 2;
		}
		if (event == NULL)
			continue;
		if (tk > 0)
			when = time_at(st, tk, &ta, &tb);
		else
			when = time_at(st, j, &ta, &tb);
		if (tk == 0 && (when == NULL || !clock_time(st, ta, tb))) {
			free(when);
			if ((when = incident_day(st, j, &ta, &tb,
			    &hedge)) != NULL)
				day = 1;
		}
		if (when == NULL || (!day && !clock_time(st, ta, tb)) ||
		    past_event(S, st, i, i)) {
			free(when);
			free(noun);
			noun = NULL;
			continue;
		}
		if (!day && hedge == NULL && st->t[ta].num->hedge != NULL)
			hedge = st->t[ta].num->hedge;
		subject = util_strdup(event);
		free(noun);
		if (subject == NULL) {
			free(when);
			S->oom = 1;
			return;
		}
		src = people_source(S, st, i, &sd, NULL, NULL);
		claims_add(S, st, CLAIM_TIME, subject, 0, 0, when,
		    hedge != NULL, hedge, src, st->t[i].s, st->t[tb - 1].e);
		free(subject);
		if (day && S->ndaytime < PX_NITEMS(S->daytime)) {
			S->daytime[S->ndaytime][0] = st->index;
			S->daytime[S->ndaytime++][1] = st->t[i].s;
		}
		return;
	}
}

/*
 * The time of "the accident" told before the article named its incident
 * ("The accident happened at 6:40. ... the train derailed"): once the
 * article is read, the incident's.
 */
static void
incident_fix(struct state *S)
{
	const char *const	*w;
	struct claim		*c;
	char			*t;
	size_t			 i;

	if (S->incident == NULL)
		return;
	for (i = 0; i < S->out->n; i++) {
		c = &S->out->v[i];
		if (c->kind != CLAIM_TIME)
			continue;
		for (w = incident_generic_words; *w != NULL; w++)
			if (strcmp(c->subject, *w) == 0)
				break;
		if (*w == NULL)
			continue;
		if ((t = util_strdup(S->incident)) == NULL) {
			S->oom = 1;
			return;
		}
		free(c->subject);
		c->subject = t;
	}
}

/* Whether claim c is an incident's day with its part (incident_day()). */
static int
daytime_claim(const struct state *S, const struct claim *c)
{
	size_t	i;

	for (i = 0; c->kind == CLAIM_TIME && i < S->ndaytime; i++)
		if (S->daytime[i][0] == c->sentence &&
		    S->daytime[i][1] == c->start)
			return 1;
	return 0;
}

/*
 * An incident's day with its part ("derailed on Wednesday morning") is
 * dropped once the article is read when the article gives the incident a
 * clock time ("left the tracks at 6:40"): the looser time says nothing
 * more, and would agree with every outlet's clock time.
 */
static void
daytime_prune(struct state *S)
{
	struct claim_list	*l = S->out;
	size_t			 i, j, k;
	int			 drop;

	if (S->ndaytime == 0)
		return;
	for (i = k = 0; i < l->n; i++) {
		drop = 0;
		for (j = 0; j < l->n && !drop && daytime_claim(S, &l->v[i]);
		    j++)
			drop = j != i && l->v[j].kind == CLAIM_TIME &&
			    !daytime_claim(S, &l->v[j]) &&
			    strcmp(l->v[j].subject, l->v[i].subject) == 0 &&
			    l->v[j].text != NULL &&
			    strpbrk(l->v[j].text, "0123456789") != NULL;
		if (drop) {
			free(l->v[i].subject);
			free(l->v[i].text);
			free(l->v[i].source);
			continue;
		}
		l->v[k++] = l->v[i];
	}
	l->n = k;
}

static void
find_times(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, ta, tb;
	char	*when, *subject;

	for (i = 0; i < st->n; i++) {
		/* "the delegations will meet in X on Friday", "would meet
		 * on Friday": the talks the sentence names, or the story's */
		if (tok_in_list(st, i, meet_verbs) && i > 0 &&
		    tok_in_words(st, i - 1, (const char *const[]){ "will", "to",
		    "would", "shall", NULL })) {
			if (i > 1 && tok_in_list(st, i - 2, refuse_words))
				continue;
			when = time_at(st, i + 1, &ta, &tb);
			if (when == NULL && (tok_word(st, i + 1, "in") ||
			    tok_word(st, i + 1, "at")))
				when = time_after_place(S, st, i + 2, &ta, &tb);
			if (when == NULL)
				continue;
			if ((subject = event_subject(S, st, event_in(st, 0,
			    st->n, venue_events))) == NULL) {
				free(when);
				S->oom = 1;
				return;
			}
			emit_text_claim(S, st, CLAIM_TIME, subject, when, i - 1,
			    tb, subj, subj_side);
			free(subject);
			continue;
		}
		if (!tok_in_list(st, i, event_words))
			continue;
		if (tok_word(st, i, "round") && tok_word(st, i + 1, "of") &&
		    tok_in_list(st, i + 2, event_words))
			continue;	/* the event is the next word */
		if ((when = event_time(S, st, i, &ta, &tb)) == NULL)
			continue;
		if ((subject = event_subject(S, st, tok_word(st, i,
		    "round") ? st->n : i)) == NULL) {
			free(when);
			S->oom = 1;
			return;
		}
		emit_text_claim(S, st, CLAIM_TIME, subject, when, i, tb,
		    subj, subj_side);
		free(subject);
	}
}

/*
 * The date an event opens, in a relative clause after its noun: "the
 * conference on the corridor, which opens next Tuesday, June 9", "the
 * summit, which will begin on May 4".  The clause must follow the event's
 * noun phrase (a comma, "which" or "that", a verb of starting); the date
 * is the time right after the verb.
 */
static void
find_opening_times(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, j, v, ta, tb;
	char	*when, *subject;

	for (i = 0; i < st->n; i++) {
		if (!tok_in_list(st, i, venue_events) || news_event(st, i))
			continue;
		for (j = i + 1; j < st->n && j < i + 14; j++)
			if (tok_comma(st, j) || tok_punct(st, j, '.') ||
			    tok_punct(st, j, ';'))
				break;
		if (!tok_comma(st, j) || !(tok_word(st, j + 1, "which") ||
		    tok_word(st, j + 1, "that")))
			continue;
		for (v = j + 2; v < j + 6 && v < st->n &&
		    (tok_word(st, v, "will") || tok_word(st, v, "is") ||
		    tok_word(st, v, "due") || tok_word(st, v, "to") ||
		    tok_word(st, v, "was") || tok_word(st, v, "set") ||
		    tok_word(st, v, "expected")); v++)
			;
		if (!tok_in_list(st, v, time_verbs) || tok_word(st, v,
		    "place") || tok_word(st, v, "effect") ||
		    tok_word(st, v, "force"))
			continue;
		if ((when = time_at(st, v + 1, &ta, &tb)) == NULL)
			continue;
		if ((subject = event_subject(S, st, i)) == NULL) {
			free(when);
			S->oom = 1;
			return;
		}
		emit_text_claim(S, st, CLAIM_TIME, subject, when, j + 1, tb,
		    subj, subj_side);
		free(subject);
	}
}

/*
 * A noun for the people who stand for a side at talks: its "delegation",
 * its "team" or the "side" itself ("the rebel side will be led by").
 */
static int
side_noun(const struct sent *st, size_t k)
{
	return tok_word(st, k, "delegation") || tok_word(st, k, "team") ||
	    tok_word(st, k, "side");
}

/* "on the (Boreal) side" at token i: a part of a body named before it. */
static int
on_side(const struct sent *st, size_t i)
{
	return (i > 1 && tok_word(st, i - 2, "on") && tok_word(st, i - 1,
	    "the")) || (i > 2 && tok_word(st, i - 3, "on") && tok_word(st,
	    i - 2, "the") && st->t[i - 1].type == TW);
}

/*
 * A commission at token i "chaired by" (headed, led) someone, on a side
 * named ("the commission on the X side is chaired by", "is chaired on
 * the X side by", "the X commission, headed by"): the token where the
 * person's name or title starts, or 0; *side gets 1 when "on the X
 * side" is said.
 */
static int led_by(const struct sent *, size_t);

static size_t
commission_led(const struct sent *st, size_t i, size_t *side)
{
	size_t	k;

	*side = 0;
	for (k = i + 1; k < st->n && k < i + 14; k++) {
		if (tok_punct(st, k, '.') || tok_punct(st, k, ';'))
			return 0;
		if (tok_word(st, k, "side") && on_side(st, k))
			*side = 1;
		if (led_by(st, k))
			return k + 2;
		/* "chaired on the Boreal side by" */
		if (tok_in_words(st, k, (const char *const[]){ "chaired",
		    "headed", "led", NULL }) && tok_word(st, k + 1, "on") &&
		    tok_word(st, k + 2, "the") && tok_word(st, k + 4, "side") &&
		    tok_word(st, k + 5, "by")) {
			*side = 1;
			return k + 6;
		}
		if (tok_in_list(st, k, words_say_verbs))
			return 0;
	}
	return 0;
}


/*
 * "Russian" for "the Russian delegation", "Russia's negotiator"; without
 * a side, the body or name before the noun ("army" for "the army
 * delegation", "AFN" for "the AFN's delegation"), or the armed group the
 * article named for "the rebel side".  In a story of a government and an
 * armed group, a capital that acts ("Nordhavn has named") stands for the
 * government, as the outlets call its side.
 */
static char *
role_subject(struct state *S, const struct sent *st, size_t lo, size_t hi,
    const char *what)
{
	size_t		 k, q0;
	const char	*c = NULL, *adj;

	for (k = lo; k < hi && k < st->n; k++)
		if ((c = places_country(S, st, k)) != NULL)
			break;
	if (c != NULL && S->group != NULL && entities_country_form(S->ent,
	    st->s + st->t[k].s, st->t[k].e - st->t[k].s) == NULL)
		return util_printf("head of government %s", what);
	adj = c != NULL ? entities_adjective(S->ent, c) : NULL;
	if (adj == NULL) {
		/* "the army delegation", "the AFN delegation": a body or a
		 * name right before the noun keeps two sides' teams apart */
		for (k = lo; k <= hi && k < st->n; k++)
			if ((tok_word(st, k, what) || side_noun(st, k)) &&
			    k > 0 && k > lo)
				break;
		q0 = k - 1;
		if (k <= hi && k < st->n && k > lo + 1 &&
		    tok_possessive(st, k - 1))
			q0 = k - 2;
		if (k <= hi && k < st->n && k > lo && S->group != NULL &&
		    (tok_word(st, q0, "rebel") || tok_in_list(st, q0,
		    group_nouns)))
			return util_printf("head of %s %s", S->group, what);
		if (k <= hi && k < st->n && k > lo && (tok_in_list(st, q0,
		    words_bodies) || (tok_capword(st, q0) &&
		    !tok_in_list(st, q0, words_titles)))) {
			char	*q = tok_text(st, q0, q0 + 1), *r;

			if (q == NULL)
				return NULL;
			if (tok_in_list(st, q0, words_bodies))
				memcpy(q, st->low + st->t[q0].s, strlen(q));
			r = util_printf("head of %s %s", q, what);
			free(q);
			return r;
		}
		return util_printf("head of %s", what);
	}
	return util_printf("head of %s %s", adj, what);
}

/* A person at token i (forwards), "him"/"her" to the speaker. */
static char *
person_fwd(struct state *S, const struct sent *st, size_t i, size_t *end,
    const char *speaker)
{
	size_t	b, p, pe;
	char	*nm;
	struct person *pp;

	if (tok_word(st, i, "him") || tok_word(st, i, "her")) {
		*end = i + 1;
		if (speaker != NULL)
			return util_strdup(speaker);
		return S->last_human != NULL ? util_strdup(S->last_human) :
		    NULL;
	}
	b = people_np_fwd(st, i);
	if (b == i)
		return NULL;
	p = people_in(S, st, i, b, &pe, 1);
	if (p >= b)
		return NULL;
	*end = pe;
	if ((nm = tok_text(st, p, pe)) == NULL)
		return NULL;
	if ((pp = people_find(S, nm)) != NULL) {
		free(nm);
		return util_strdup(pp->full);
	}
	people_add(S, nm, people_side_in(S, st, i, b));
	return nm;
}

/* "headed by", "led by", "chaired by", "represented by" at token k. */
static int
led_by(const struct sent *st, size_t k)
{
	return (tok_word(st, k, "headed") || tok_word(st, k, "led") ||
	    tok_word(st, k, "chaired") || tok_word(st, k, "represented")) &&
	    tok_word(st, k + 1, "by");
}

/*
 * Past "led by" at token j to where the person's title starts: over the
 * name of an office or a group, with its acronym in brackets or not
 * ("Border Guard Service (BGS) chief X", "KLF political chief X"), and
 * over one or two lower-case words before a title ("presidential aide
 * X").  j itself when no title follows them.
 */
static size_t
past_office(const struct sent *st, size_t j)
{
	size_t	k = j, w;

	while (k < j + 3 && tok_capword(st, k))
		k++;
	if (k > j && tok_punct(st, k, '(') && tok_capword(st, k + 1) &&
	    tok_punct(st, k + 2, ')'))
		k += 3;
	for (w = k; w < k + 2 && w < st->n && st->t[w].type == TW &&
	    !st->t[w].cap && !tok_in_list(st, w, words_titles) &&
	    !tok_in_list(st, w, words_dets) && !tok_in_list(st, w,
	    words_poss_pron); w++)
		;
	if (w > j && tok_in_list(st, w, words_titles) && !tok_comma(st, w - 1))
		return w;
	return j;
}

/*
 * Past an office held in apposition after "led by" at token j: "chaired
 * by the head of the Tarn file, General X", "led by the chief of the
 * border commission, X": "the", a title word, "of", a few words without
 * a verb or a mark, a comma and a capitalised word.  j itself otherwise.
 */
static size_t
past_apposition(const struct sent *st, size_t j)
{
	size_t	k;

	if (!tok_word(st, j, "the") || !tok_in_list(st, j + 1, words_titles) ||
	    st->t[j + 1].cap || !tok_word(st, j + 2, "of"))
		return j;
	for (k = j + 3; k < st->n && k < j + 10; k++) {
		if (tok_comma(st, k))
			return k > j + 3 && tok_capword(st, k + 1) ? k + 1 : j;
		if (st->t[k].type != TW || tok_in_words(st, k,
		    (const char *const[]){ "said", "says", "and", "who",
		    "which", "that", "is", "was", "will", "would", NULL }))
			return j;
	}
	return j;
}

/*
 * "a team of 87 specialists led by", "a team from Saresia, headed by":
 * "led by" a few words after the noun, past a phrase that starts no new
 * clause.  Returns its token, or 0.
 */
static size_t
led_by_after(const struct sent *st, size_t k)
{
	size_t	end = k + 10;

	/* "the delegation of X", "from X", "to the talks with X", "at the
	 * talks on Y was headed by" */
	if (!tok_word(st, k, "of") && !tok_word(st, k, "from") &&
	    !tok_word(st, k, "to") && !tok_word(st, k, "at") &&
	    !tok_word(st, k, "in"))
		return 0;
	for (; k < end && k + 1 < st->n; k++) {
		if (led_by(st, k))
			return k;
		if (st->t[k].type == TP && !tok_comma(st, k))
			return 0;
		if (tok_in_words(st, k, (const char *const[]){ "is", "was",
		    "were", "are", "will", "would", NULL })) {
			size_t	x = k + 1;

			while (x < k + 4 && (tok_word(st, x, "be") ||
			    tok_word(st, x, "again") || tok_word(st, x,
			    "also")))
				x++;
			return led_by(st, x) ? x : 0;
		}
		if (tok_in_words(st, k, (const char *const[]){ "said", "says",
		    "and", "but", "which", "who", "that", "has", "have", "had",
		    "is", "was", "were", "are", "reached", "arrived", NULL }))
			return 0;
	}
	return 0;
}

/*
 * "head of the (Saresian) team": the country nearest before the noun
 * (within five words), else one in the phrase up to "led by" at k.
 */
static char *
team_subject(struct state *S, const struct sent *st, size_t i, size_t k)
{
	size_t	j, lo = i > 5 ? i - 5 : 0;

	for (j = i; j > lo; j--)
		if (places_country(S, st, j - 1) != NULL)
			return role_subject(S, st, j - 1, j, "team");
	return role_subject(S, st, i + 1, k, "team");
}

/*
 * "named Lt. Gen. X to head its delegation": the person after a verb of
 * naming at token i (past titles and their abbreviation points), then
 * "to head|lead" and a delegation within four words.  Sets *end after
 * "delegation" and *del to it.
 */
static char *
named_to_head(struct state *S, const struct sent *st, size_t i,
    size_t *end, size_t *del)
{
	size_t	j = i + 1, p, pe, b, d;
	char	*nm;

	while (j < st->n && (tok_in_list(st, j, words_titles) ||
	    tok_in_list(st, j, words_dets) || (tok_punct(st, j, '.') &&
	    j > i + 1 && tok_in_list(st, j - 1, words_titles))))
		j++;
	b = people_np_fwd(st, j);
	if (b == j)
		return NULL;
	p = people_in(S, st, j, b, &pe, 0);
	if (p >= b || !tok_word(st, pe, "to") || !tok_in_list(st, pe + 1,
	    lead_verbs))
		return NULL;
	for (d = pe + 2; d < st->n && d < pe + 6; d++)
		if (side_noun(st, d))
			break;
	if (d >= st->n || d >= pe + 6)
		return NULL;
	if ((nm = tok_text(st, p, pe)) == NULL) {
		S->oom = 1;
		return NULL;
	}
	*end = d + 1;
	*del = d;
	return nm;
}

/*
 * The role of a delegation a doer named someone to head: the delegation's
 * own side or body ("the Atlantian delegation"), else, for "its" or
 * "their", the doer before the verb at token i ("the army ... named").
 */
static char *
named_subject(struct state *S, const struct sent *st, size_t i, size_t d)
{
	size_t	k;

	if (!tok_in_list(st, d - 1, words_poss_pron))
		return role_subject(S, st, i + 1, d, "delegation");
	for (k = i; k > 0 && k + 8 > i; k--) {
		if (tok_in_list(st, k - 1, words_bodies)) {
			char	*q = util_strdup(st->low + st->t[k - 1].s), *r;

			if (q == NULL)
				return NULL;
			q[st->t[k - 1].e - st->t[k - 1].s] = '\0';
			r = util_printf("head of %s delegation", q);
			free(q);
			return r;
		}
		if (st->t[k - 1].type == TP)
			break;
	}
	return role_subject(S, st, k, i, "delegation");
}

/*
 * Whether the article names word as a place of its own: "Kell Province",
 * "the Kell region" (rebels of a province are not its name).
 */
static int
article_place(const struct state *S, const char *word)
{
	static const char *const kinds[] = { "province", "region",
	    "district", NULL };
	size_t		 i, k, n = strlen(word), m;
	const char	*p;

	for (i = 0; i < S->nall; i++)
		for (p = S->all[i]; (p = strstr(p, word)) != NULL; p += n) {
			if (p > S->all[i] && isalnum((unsigned char)p[-1]))
				continue;
			if (p[n] != ' ')
				continue;
			for (k = 0; kinds[k] != NULL; k++) {
				m = strlen(kinds[k]);
				if (strncasecmp(p + n + 1, kinds[k], m) == 0 &&
				    !isalnum((unsigned char)p[n + 1 + m]))
					return 1;
			}
		}
	return 0;
}

/*
 * The acronym an armed group goes by anywhere in the article: "the Kell
 * Liberation Front (KLF) rebels" (a summary's "the rebels" may come
 * before the name).  A copy, or NULL (S->oom when out of memory).
 */
static char *
article_group(struct state *S)
{
	size_t		 i, k, n, m;
	const char	*p, *q;
	char		*r;

	for (i = 0; i < S->nall; i++)
		for (p = S->all[i]; (p = strchr(p, '(')) != NULL; p++) {
			for (n = 1; isupper((unsigned char)p[n]) ||
			    isdigit((unsigned char)p[n]); n++)
				;
			if (n < 3 || p[n] != ')' || p[n + 1] != ' ')
				continue;
			q = p + n + 2;
			if (strncmp(q, "rebel ", 6) == 0)
				q += 6;
			for (k = 0; group_nouns_words[k] != NULL; k++) {
				m = strlen(group_nouns_words[k]);
				if (strncmp(q, group_nouns_words[k], m) == 0 &&
				    !isalnum((unsigned char)q[m]))
					break;
			}
			if (group_nouns_words[k] == NULL)
				continue;
			if ((r = malloc(n)) == NULL) {
				S->oom = 1;
				return NULL;
			}
			memcpy(r, p + 1, n - 1);
			r[n - 1] = '\0';
			return r;
		}
	return NULL;
}

/*
 * Learn the name of an armed group: "the M23 rebel group", "Kell rebels"
 * (a capitalised word, not a side's adjective, before a group noun), so
 * that "the rebels" and "their delegation" name it later.
 */
static void
learn_group(struct state *S, const struct sent *st)
{
	size_t	k, x;
	char	*g;
	int	acr;

	for (k = 1; k < st->n; k++) {
		if (!tok_in_list(st, k, group_nouns))
			continue;
		x = tok_word(st, k - 1, "rebel") ? k - 1 : k;
		/* "the Kell Liberation Front (KLF) rebels": the acronym */
		acr = x > 2 && tok_punct(st, x - 1, ')') && tok_punct(st, x - 3,
		    '(') && tok_capword(st, x - 2);
		if (acr)
			x--;
		else if (x == 0 || !tok_capword(st, x - 1) ||
		    st->t[x - 1].type != TW || places_country(S, st,
		    x - 1) != NULL || tok_in_list(st, x - 1, words_titles) ||
		    tok_in_list(st, x - 1, words_bodies) || (x > 1 &&
		    tok_capword(st, x - 2)) || S->group_acronym)
			continue;
		if ((g = tok_text(st, x - 1, x)) == NULL) {
			S->oom = 1;
			return;
		}
		if (!acr && article_place(S, g)) {
			free(g);	/* "Kell rebels" of "Kell Province" */
			continue;
		}
		free(S->group);
		S->group = g;
		S->group_acronym = acr;
	}
}

/*
 * The side a possessive at token at ("its delegation", "their leader")
 * stands for: the nearest side before it in the clause, a country
 * ("Russia ... its"), an armed group by its name ("The M23 rebel group
 * said ... its"), a group noun alone for the group the article named
 * ("the rebels ... their"), or a body ("the army ... its") if body is
 * set.  NULL when none.
 */
static char *
possessor(struct state *S, const struct sent *st, size_t at, int body)
{
	size_t		 k;
	const char	*c, *adj;

	for (k = at; k > 0 && k + 14 > at; k--) {
		if (st->t[k - 1].type == TP && !tok_comma(st, k - 1))
			break;
		if ((c = places_country(S, st, k - 1)) != NULL &&
		    (adj = entities_adjective(S->ent, c)) != NULL)
			return util_strdup(adj);
		if (tok_in_list(st, k - 1, group_nouns)) {
			size_t	x = k - 1;

			if (x > 0 && tok_word(st, x - 1, "rebel"))
				x--;
			if (x > 0 && tok_capword(st, x - 1) &&
			    !tok_in_list(st, x - 1, words_titles)) {
				char	*g = tok_text(st, x - 1, x);

				/* "Tarn rebels" of "Tarn Province": the
				 * group the article named */
				if (g == NULL || !article_place(S, g))
					return g;
				free(g);
				return S->group != NULL ?
				    util_strdup(S->group) : NULL;
			}
			if (S->group != NULL && x > 0 && tok_in_list(st, x - 1,
			    words_dets))
				return util_strdup(S->group);
			/* "The rebels say their delegation" before the
			 * article names them */
			if (S->group == NULL && x > 0 && tok_in_list(st, x - 1,
			    words_dets))
				return article_group(S);
			return NULL;
		}
		if (tok_in_list(st, k - 1, words_bodies)) {
			char	*q;

			if (!body)
				return NULL;
			q = tok_text(st, k - 1, k);

			if (q != NULL)
				memcpy(q, st->low + st->t[k - 1].s, strlen(q));
			return q;
		}
	}
	return NULL;
}

/* "head of <possessor> delegation", or NULL (S->oom on failure); a body
 * ("its" for "the army") only when body is set. */
static char *
possessed_subject(struct state *S, const struct sent *st, size_t at,
    int body)
{
	char	*p = possessor(S, st, at, body), *r;

	if (p == NULL)
		return NULL;
	if ((r = util_printf("head of %s delegation", p)) == NULL)
		S->oom = 1;
	free(p);
	return r;
}

/*
 * "Our delegation", said by speaker of side sd: the head of the speaker's
 * side's delegation.  The side is sd's, else the first body among the
 * speaker's words ("a government official"), or among those of the
 * fuller name an earlier claim gave the same speaker ("the official"
 * after "a government official said").  NULL when none (S->oom when out
 * of memory).
 */
static char *
speaker_subject(struct state *S, const char *speaker, const char *sd)
{
	const char	*full = speaker, *adj, *w, *src;
	size_t		 i, n, m, k, l;
	char		*r;

	if (speaker == NULL)
		return NULL;
	if (sd != NULL && (adj = entities_adjective(S->ent, sd)) != NULL) {
		if ((r = util_printf("head of %s delegation", adj)) == NULL)
			S->oom = 1;
		return r;
	}
	n = strlen(speaker);
	for (i = S->out->n; i > 0 && full == speaker; i--) {
		if ((src = S->out->v[i - 1].source) == NULL)
			continue;
		m = strlen(src);
		if (m > n + 1 && src[m - n - 1] == ' ' &&
		    strcasecmp(src + m - n, speaker) == 0)
			full = src;
	}
	for (w = full; *w != '\0'; w += l + (w[l] == ' ')) {
		l = strcspn(w, " ");
		for (k = 0; words_bodies->words[k] != NULL; k++) {
			if (strlen(words_bodies->words[k]) != l ||
			    strncasecmp(w, words_bodies->words[k], l) != 0)
				continue;
			if ((r = util_printf("head of %s delegation",
			    words_bodies->words[k])) == NULL)
				S->oom = 1;
			return r;
		}
		if (l == 0)
			break;
	}
	return NULL;
}

/*
 * "led by its secretary-general, Patrick X": past a possessive and the
 * title words to the name in apposition.  Returns the token to read the
 * person from.
 */
static size_t
past_title(const struct sent *st, size_t j)
{
	size_t	k = j, n = 0;

	if (!tok_in_list(st, k, words_poss_pron) && !tok_in_list(st, k,
	    words_dets))
		return j;
	for (k++; k < st->n && n < 4 && st->t[k].type == TW &&
	    !st->t[k].cap; k++, n++)
		;
	if (n > 0 && tok_comma(st, k) && tok_capword(st, k + 1))
		return k + 1;
	return j;
}

/*
 * The end of a title of office at token j ("Deputy Prime Minister") that
 * names a person's rank (a word of humans among its words), or j.
 */
static size_t
office_after(const struct sent *st, size_t j)
{
	size_t	k;
	int	rank = 0;

	for (k = j; k < st->n && k < j + 5 && tok_in_list(st, k,
	    words_titles); k++)
		if (tok_in_list(st, k, words_humans))
			rank = 1;
	return rank && tok_capword(st, k) ? k : j;
}

/*
 * "Atlantis will send Foreign Minister X" (to talks), "Nordhavn has named
 * Deputy Minister X, but Y will head the delegation": a country (or its
 * capital) right before the verb at token i, through auxiliaries, sends or
 * names a person by an office; returns the head of its delegation with
 * [*a, *b) the evidence (the country its first token: it gives the claim
 * when no one says it), or NULL.  Naming heads a delegation only in a
 * sentence about who heads it (a verb of leading and a delegation).
 */
static char *
office_sent(struct state *S, const struct sent *st, size_t i, char **who,
    size_t *a, size_t *b)
{
	size_t	k0 = i, k, pe, d;
	int	lead = 0, del = 0;

	*who = NULL;
	while (k0 > 0 && tok_in_list(st, k0 - 1, words_aux_back))
		k0--;
	if (k0 == 0 || places_country(S, st, k0 - 1) == NULL ||
	    (k = office_after(st, i + 1)) == i + 1)
		return NULL;
	if (tok_in_list(st, i, name_verbs)) {
		for (d = 0; d < st->n; d++) {
			if (tok_in_list(st, d, lead_verbs))
				lead = 1;
			if (tok_in_list(st, d, strong_delegates))
				del = 1;
		}
		if (!lead || !del)
			return NULL;
	} else if (!talks_context(S, st))
		return NULL;
	if ((*who = person_fwd(S, st, k, &pe, NULL)) == NULL)
		return NULL;
	/* "named X as ambassador", "named X to the board", "send X a
	 * letter" */
	if (tok_word(st, pe, "as") || tok_in_list(st, pe, words_dets) ||
	    (tok_word(st, pe, "to") &&
	    !tok_in_list(st, pe + 1, venue_events) && !tok_word(st, pe + 1,
	    "the"))) {
		free(*who);
		*who = NULL;
		return NULL;
	}
	*a = k0 - 1;
	*b = pe;
	return role_subject(S, st, k0 - 1, k0, "delegation");
}

static void
find_roles(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t		 i, k, a, b, pe, p;
	char		*who, *subject, *giver;
	const char	*speaker = NULL, *sd, *gs;

	for (i = 0; i < st->n; i++) {
		who = NULL;
		subject = NULL;
		giver = NULL;
		gs = NULL;
		/* "the (Russian) delegation headed/led by X" */
		k = i + 1;
		while (k < i + 6 && (tok_word(st, k, "will") ||
		    tok_comma(st, k) || tok_word(st, k, "expected") ||
		    tok_word(st, k, "likely") || tok_word(st, k, "due") ||
		    tok_word(st, k, "set") ||
		    tok_word(st, k, "be") || tok_word(st, k, "is") ||
		    tok_word(st, k, "was") || tok_word(st, k, "to") ||
		    tok_word(st, k, "being") || tok_word(st, k, "would") ||
		    tok_in_list(st, k, words_aux_back)))
			k++;
		if (side_noun(st, i) && !led_by(st, k) &&
		    led_by_after(st, i + 1) != 0)
			k = led_by_after(st, i + 1);
		/* "the other side was represented by": a side heads only
		 * at talks, and "the commission on the X side is chaired
		 * by" is the commission's head, no side's */
		if (side_noun(st, i) && led_by(st, k) && (!tok_word(st, i,
		    "side") || (talks_context(S, st) && !on_side(st, i)))) {
			speaker = people_source(S, st, i, &sd, subj, subj_side);
			who = person_fwd(S, st, past_portfolio(st,
			    past_office(st, past_title(st,
			    past_apposition(st, k + 2)))), &pe, speaker);
			if (who == NULL)
				continue;
			a = i > 3 ? i - 3 : 0;
			subject = NULL;
			/* "its delegation": the side before it */
			if (!tok_word(st, i, "team") && i > 0 &&
			    tok_in_list(st, i - 1, words_poss_pron))
				subject = possessed_subject(S, st, i - 1, 1);
			/* "Our delegation", the speaker's side's */
			else if (i > 0 && tok_word(st, i - 1, "our"))
				subject = speaker_subject(S, speaker, sd);
			if (S->oom) {
				free(who);
				return;
			}
			if (subject == NULL)
				subject = tok_word(st, i, "team") ?
				    team_subject(S, st, i, k) :
				    role_subject(S, st, a, i, "delegation");
			b = pe;
			a = i;
			while (a > 0 && (st->t[a - 1].cap ||
			    tok_in_list(st, a - 1, words_dets)))
				a--;
		} else if (tok_in_list(st, i, negotiator_words) && i > 0 &&
		    (tok_word(st, i - 1, "top") || tok_word(st, i - 1,
		    "chief") || tok_word(st, i - 1, "lead") ||
		    tok_word(st, i - 1, "head") || tok_word(st, i - 1,
		    "senior") || tok_word(st, i - 1, "main"))) {
			/* "X, an aide, was Russia's top negotiator" */
			k = i - 1;
			while (k > 0 && !tok_in_words(st, k, (const char
			    *const[]){ "is", "was", "will", "as", "be",
			    "named", "appointed", NULL }) && k + 5 > i)
				k--;
			if (!tok_in_words(st, k, (const char *const[]){ "is",
			    "was", "will", "as", "be", "named", "appointed",
			    NULL }))
				continue;
			subject = role_subject(S, st, k, i, "delegation");
			b = k;
			if (b > 0 && tok_comma(st, b - 1)) {
				size_t	c0 = b - 1;

				while (c0 > 0 && !tok_comma(st, c0 - 1) &&
				    b - c0 < 20)
					c0--;
				b = c0 > 0 ? c0 - 1 : c0;
			}
			a = people_np_back(st, b > 0 ? b - 1 : 0, 0);
			p = people_in(S, st, a, b, &pe, 1);
			if (p >= b || (who = tok_text(st, p, pe)) == NULL) {
				free(subject);
				continue;
			}
			a = p;
			b = i + 1;
		} else if (tok_in_list(st, i, lead_verbs) && i > 0 &&
		    (tok_word(st, i + 1, "delegation") || tok_word(st, i + 2,
		    "delegation") || ((tok_word(st, i + 1, "the") ||
		    (tok_capword(st, i + 1) && tok_possessive(st, i + 2))) &&
		    tok_word(st, i + 3, "delegation")) ||
		    ((side_noun(st, i + 2) || (tok_word(st, i + 1, "the") &&
		    side_noun(st, i + 3))) && talks_context(S, st)))) {
			/* "X will lead the Russian delegation", "X will head
			 * the rebel side" (at talks) */
			k = i;
			while (k > 0 && tok_in_list(st, k - 1, words_aux_back))
				k--;
			/* a headline's "X to lead Atlantian delegation" */
			if (k > 1 && k == i && tok_word(st, k - 1, "to") &&
			    tok_capword(st, k - 2))
				k--;
			if (k == 0)
				continue;
			/* "X, who will lead the delegation" */
			if (k > 2 && tok_word(st, k - 1, "who") &&
			    tok_comma(st, k - 2))
				k -= 2;
			a = people_np_back(st, k - 1, 0);
			p = people_in(S, st, a, k, &pe, 1);
			if (p >= k) {
				if (k == 1 || !tok_in_list(st, k - 1,
				    words_pron_human))
					continue;
				if (S->last_human == NULL)
					continue;
				who = util_strdup(S->last_human);
				p = k - 1;
			} else if ((who = tok_text(st, p, pe)) == NULL)
				continue;
			b = i + 4 < st->n ? i + 4 : st->n;
			while (b > i + 1 && !side_noun(st, b - 1))
				b--;
			subject = role_subject(S, st, i, b, "delegation");
			a = p;
		} else if (tok_in_list(st, i, name_verbs) &&
		    (who = named_to_head(S, st, i, &b, &k)) != NULL) {
			/* "the army named X to head its delegation" */
			subject = named_subject(S, st, i, k);
			a = i;
		} else if (tok_word(st, i, "head") && tok_word(st, i + 1,
		    "of") && (tok_word(st, i + 3, "delegation") ||
		    tok_word(st, i + 2, "delegation") ||
		    tok_word(st, i + 4, "delegation"))) {
			/* "X, head of the Russian delegation" and
			 * "head of the Russian delegation X" */
			k = i + 2;
			while (k < st->n && !tok_word(st, k, "delegation"))
				k++;
			subject = role_subject(S, st, i, k, "delegation");
			if (tok_capword(st, k + 1) || (tok_comma(st, k + 1) &&
			    tok_capword(st, k + 2))) {
				who = person_fwd(S, st, k + 1 + tok_comma(st,
				    k + 1), &pe, NULL);
				a = i;
				b = pe;
			} else if (i > 1 && tok_comma(st, i - 1)) {
				a = people_np_back(st, i - 2, 0);
				p = people_in(S, st, a, i - 1, &pe, 1);
				if (p < i - 1)
					who = tok_text(st, p, pe);
				a = p;
				b = k + 1;
			}
			if (who == NULL) {
				free(subject);
				continue;
			}
		} else if ((tok_word(st, i, "commission") || tok_word(st, i,
		    "committee")) && (k = commission_led(st, i, &p)) != 0) {
			/* "the border commission on the X side is chaired
			 * by Y", "... is chaired on the X side by Y": a
			 * role of its own, only with the side it names */
			speaker = people_source(S, st, i, &sd, subj, subj_side);
			who = person_fwd(S, st, past_portfolio(st,
			    past_office(st, past_title(st, k))), &pe,
			    speaker);
			if (who == NULL)
				continue;
			subject = role_subject(S, st, i > 3 ? i - 3 : 0, k,
			    "commission");
			if (subject == NULL || p == 0 || strncmp(subject,
			    "head of ", 8) != 0 || strcmp(subject + 8,
			    "commission") == 0) {
				free(who);
				free(subject);
				if (S->oom)
					return;
				continue;
			}
			a = i;
			b = pe;
		} else if (tok_in_list(st, i, send_verbs) &&
		    talks_context(S, st) && tok_in_list(st, i + 1,
		    words_poss_pron) && (k = past_title(st, i + 1)) > i + 1) {
			/* "the rebels will send their political leader, X":
			 * who leads a side to the talks heads its team */
			for (p = i + 2; p < k && !tok_in_list(st, p,
			    head_titles); p++)
				;
			if (p >= k)
				continue;
			if ((subject = possessed_subject(S, st, i + 1, 0)) ==
			    NULL) {
				if (S->oom)
					return;
				continue;
			}
			if ((who = person_fwd(S, st, k, &pe, NULL)) == NULL) {
				free(subject);
				continue;
			}
			a = i;
			b = pe;
		} else if ((tok_in_list(st, i, send_verbs) || tok_in_list(st, i,
		    name_verbs)) && (subject = office_sent(S, st, i, &who, &a,
		    &b)) != NULL) {
			/* "Atlantis will send Foreign Minister X" */
			gs = places_country(S, st, a);
			if ((giver = tok_text(st, a, a + 1)) == NULL) {
				free(who);
				free(subject);
				S->oom = 1;
				return;
			}
		} else {
			if (who != NULL) {
				free(who);
				S->oom = 1;	/* office_sent()'s copy */
				return;
			}
			continue;
		}
		if (subject == NULL) {
			free(who);
			S->oom = 1;
			return;
		}
		{
			struct person	*pp = people_find(S, who);

			if (pp != NULL && strcmp(pp->full, who) != 0) {
				char	*f = util_strdup(pp->full);

				if (f != NULL) {
					free(who);
					who = f;
				}
			}
		}
		emit_text_claim(S, st, CLAIM_ROLE, subject, who, a, b,
		    giver != NULL ? giver : subj, giver != NULL ? gs :
		    subj_side);
		free(subject);
		free(giver);
	}
}

/*
 * Owners held: "police detained the owner of the factory, X", "arrested
 * factory owner X", "detained the factory's owner, X", "the owner of the
 * mill, X, was arrested".  A role claim "owner of <thing>" (the last
 * plain noun that names the thing), so that two outlets naming two
 * owners disagree.  The owner must be held in the sentence: "the owner
 * of the restaurant, X, said" is a speaker.
 */
LIST(owner_nouns, "owner", "co-owner", "proprietor");
LIST(hold_verbs, "detained", "arrested", "held", "detain", "arrest",
    "detaining", "arresting", "nabbed", "apprehended");

/* Is a plain lower-case noun at token k (no det, no function word)? */
static int
plain_noun(const struct sent *st, size_t k)
{
	return k < st->n && st->t[k].type == TW && !st->t[k].cap &&
	    !tok_in_list(st, k, words_dets) && !tok_in_list(st, k,
	    words_poss_pron) && !tok_in_list(st, k, words_np_stop) &&
	    !people_prep(st, k) && !tok_in_list(st, k, words_stop_caps);
}

static void
find_owners(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, a, j, thing, pe, k;
	char	*who, *subject;
	int	 held;

	for (i = 1; i < st->n; i++) {
		if (!tok_in_list(st, i, owner_nouns))
			continue;
		thing = st->n;
		a = i;
		j = i + 1;
		if (tok_word(st, i + 1, "of")) {
			/* "the owner of the (chemical) factory" */
			k = i + 2;
			if (tok_in_list(st, k, words_dets))
				k++;
			while (plain_noun(st, k))
				k++;
			if (k == i + 2 || !plain_noun(st, k - 1))
				continue;
			thing = k - 1;
			j = k;
		} else if (tok_possessive(st, i - 1) && i > 1 &&
		    plain_noun(st, i - 2)) {
			thing = i - 2;	/* "the factory's owner" */
			a = i - 2;
		} else if (plain_noun(st, i - 1))
			thing = a = i - 1;	/* "factory owner X" */
		else
			continue;
		while (a > 0 && a + 4 > i && !tok_in_list(st, a - 1,
		    hold_verbs) && (plain_noun(st, a - 1) ||
		    tok_in_list(st, a - 1, words_dets)))
			a--;
		if (tok_comma(st, j))
			j++;
		if (!tok_capword(st, j) || (who = person_fwd(S, st, j, &pe,
		    NULL)) == NULL)
			continue;
		/* held: a verb of holding before, or "X, was arrested" */
		held = a > 0 && tok_in_list(st, a - 1, hold_verbs);
		k = pe;
		if (tok_comma(st, k))
			k++;
		while (k < st->n && tok_in_list(st, k, words_aux_back))
			k++;
		if (tok_word(st, k, "been"))
			k++;
		if (!held && !tok_in_list(st, k, detain_participles)) {
			free(who);
			continue;
		}
		if ((subject = util_printf("owner of %.*s",
		    (int)(st->t[thing].e - st->t[thing].s),
		    st->low + st->t[thing].s)) == NULL) {
			free(who);
			S->oom = 1;
			return;
		}
		emit_text_claim(S, st, CLAIM_ROLE, subject, who, held ? a - 1 :
		    a, held ? pe : k + 1, subj, subj_side);
		free(subject);
	}
}

/*
 * Past a title whose portfolio follows "for" or "of" at token j ("State
 * Minister for Foreign Affairs Jane Roe", "Deputy Chairman of the Council
 * Jane Roe"): the title words or the body after it are the portfolio, the
 * name follows.  j itself when no such title starts
 * there.
 */
static size_t
past_portfolio(const struct sent *st, size_t j)
{
	size_t	k, e;

	for (k = j; k < j + 4 && tok_capword(st, k) && people_title(st, k);
	    k++)
		;
	if (k == j || !(tok_word(st, k, "for") || tok_word(st, k, "of")))
		return j;
	if (tok_word(st, k + 1, "the"))
		k++;
	for (e = k + 1; e < k + 5 && tok_capword(st, e) && (people_title(st,
	    e) || tok_in_list(st, e, words_bodies)); e++)
		;
	return e > k + 1 && tok_capword(st, e) ? e : j;
}

/*
 * A country that "will be represented by" someone at talks names the
 * head of its delegation ("Atlantis will be represented by Deputy Trade
 * Minister X"); only near talks and only "represented": a country "led
 * by" someone is its government.
 */
static void
find_represented(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, k, p, pe;
	char	*who, *subject;

	for (i = 0; i < st->n; i++) {
		if (!tok_capword(st, i) || places_country(S, st, i) == NULL ||
		    (i > 0 && !tok_comma(st, i - 1) && !tok_word(st, i - 1,
		    "and") && !tok_in_list(st, i - 1, words_lead_adverbials)))
			continue;
		for (k = i + 1; k < i + 5 && (tok_word(st, k, "will") ||
		    tok_word(st, k, "would") || tok_word(st, k, "be") ||
		    tok_word(st, k, "is") || tok_word(st, k, "was") ||
		    tok_word(st, k, "to") || tok_in_list(st, k,
		    words_aux_back)); k++)
			;
		if (k == i + 1 || !tok_word(st, k, "represented") ||
		    !tok_word(st, k + 1, "by") || !talks_context(S, st))
			continue;
		p = past_portfolio(st, k + 2);
		if (!tok_capword(st, p) || (who = person_fwd(S, st, p, &pe,
		    NULL)) == NULL)
			continue;
		if ((subject = role_subject(S, st, i, i + 1, "delegation")) ==
		    NULL) {
			free(who);
			S->oom = 1;
			return;
		}
		emit_text_claim(S, st, CLAIM_ROLE, subject, who, i, pe, subj,
		    subj_side);
		free(subject);
	}
}

static void
sent_free(struct sent *st)
{
	size_t	i;

	free(st->low);
	free(st->t);
	free(st->nums);
	for (i = 0; i < st->nsays; i++)
		free(st->says[i].name);
	free(st->says);
}

/*
 * A quotation that is still open at the end of sentence index: find who
 * says it after it closes in one of the next sentences ("..., Peskov
 * added").
 */
static void
quote_tail(struct state *S, size_t index)
{
	struct sent	 t2;
	size_t		 k, j, i;

	for (k = index + 1; k < S->nall && k <= index + 4; k++) {
		memset(&t2, 0, sizeof t2);
		t2.s = S->all[k];
		t2.len = strlen(t2.s);
		t2.index = k;
		if (tok_split(&t2, 1) != 0) {
			S->oom = 1;
			sent_free(&t2);
			return;
		}
		for (j = 0; j < t2.n && t2.t[j].quote > 0; j++)
			;
		if (j == t2.n && t2.depth_end > 0) {
			sent_free(&t2);
			continue;
		}
		people_find_says(S, &t2, 0);
		for (i = 0; i < t2.nsays; i++)
			if (t2.says[i].verb >= j && t2.says[i].name != NULL &&
			    t2.t[t2.says[i].verb].quote == 0) {
				S->ahead_speaker = util_strdup(
				    t2.says[i].name);
				S->ahead_side = t2.says[i].side;
				break;
			}
		sent_free(&t2);
		return;
	}
}

static int
do_sentence(struct state *S, const char *text, size_t index)
{
	struct sent	 st;
	char		*subj = NULL;
	const char	*subj_side = NULL;
	int		 subj_human = 0;
	size_t		 k, se;
	int		 depth;

	memset(&st, 0, sizeof st);
	st.s = text;
	st.len = strlen(text);
	st.index = index;
	if (tok_split(&st, S->quote_open) != 0) {
		sent_free(&st);
		return -1;
	}
	people_learn(S, &st);
	places_learn_home(S, &st);
	learn_group(S, &st);
	people_find_says(S, &st, 1);
	free(S->ahead_speaker);
	S->ahead_speaker = NULL;
	if (st.depth_end > 0)
		quote_tail(S, index);
	subj = people_sentence_subject(S, &st, &subj_side, &subj_human, &se);
	find_counts(S, &st);
	find_single_role(S, &st, CLAIM_DETAINED);
	find_single_role(S, &st, CLAIM_KILLED);
	find_rescued_injured(S, &st);
	find_exchanges(S, &st);
	find_venues(S, &st, subj, subj_side);
	find_proposed(S, &st, subj, subj_side);
	find_undecided(S, &st, subj, subj_side);
	find_signings(S, &st, subj, subj_side);
	for (k = 0; k < st.n && !S->vessel; k++)
		S->vessel = tok_in_list(&st, k, vessel_nouns);
	find_times(S, &st, subj, subj_side);
	find_opening_times(S, &st, subj, subj_side);
	find_incident_times(S, &st);
	find_roles(S, &st, subj, subj_side);
	find_owners(S, &st, subj, subj_side);
	find_represented(S, &st, subj, subj_side);
	targets_find(S, &st);
	for (k = 0; k < st.n; k++)
		if ((tok_in_list(&st, k, venue_events) &&
		    !news_event(&st, k)) || tok_in_list(&st, k,
		    strong_delegates))
			S->event_sentence = (long)index;
	/* who speaks next: the subject person, when nobody said anything */
	if (st.nsays == 0 && subj != NULL && subj_human) {
		free(S->last_human);
		S->last_human = util_strdup(subj);
		S->last_human_side = subj_side;
	}
	/* a quotation left open runs on with its speaker */
	depth = st.depth_end;
	if (depth > 0 && !S->quote_open) {
		const char	*sd = NULL;
		const char	*src = NULL;

		for (k = st.n; k > 0; k--)
			if (st.t[k - 1].opens)
				break;
		src = people_source(S, &st, k > 0 ? k - 1 : 0, &sd, NULL, NULL);
		free(S->quote_speaker);
		S->quote_speaker = src != NULL ? util_strdup(src) : NULL;
		S->quote_side = sd;
	}
	S->quote_open = depth > 0;
	if (!S->quote_open) {
		free(S->quote_speaker);
		S->quote_speaker = NULL;
	}
	free(subj);
	sent_free(&st);
	return S->oom ? -1 : 0;
}

int
claims_extract(const char *const *sentences, size_t n,
    const struct claims_ctx *ctx, struct claim_list **out, char **cause)
{
	static const struct claims_ctx	 none;
	struct state			 S;
	size_t				 i;
	int				 rc = 0;

	*out = NULL;
	memset(&S, 0, sizeof S);
	S.ctx = ctx != NULL ? ctx : &none;
	S.ent = S.ctx->ent;
	S.event_sentence = -100;
	S.sign_sentence = -100;
	S.all = sentences;
	S.nall = n;
	if ((S.out = calloc(1, sizeof *S.out)) == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		return -1;
	}
	if (S.ctx->title != NULL) {
		const char	*t = S.ctx->title;

		if (strstr(t, "talks") != NULL || strstr(t, "Talks") != NULL ||
		    strstr(t, "negotiat") != NULL ||
		    strstr(t, "Negotiat") != NULL ||
		    strstr(t, "elegation") != NULL)
			S.event_sentence = 0;
	}
	for (i = 0; i < n && rc == 0; i++)
		rc = do_sentence(&S, sentences[i], i);
	if (rc == 0 && !S.oom)
		bodies_prune(&S);
	if (rc == 0 && !S.oom)
		incident_fix(&S);
	if (rc == 0 && !S.oom)
		daytime_prune(&S);
	free(S.bodies);
	for (i = 0; i < S.npeople; i++)
		free(S.people[i].full);
	free(S.people);
	free(S.group);
	free(S.last_human);
	free(S.quote_speaker);
	free(S.ahead_speaker);
	/* the story's country, once every place of the article is known */
	if (rc == 0 && !S.oom)
		rc = places_home_counts(&S);
	if (rc != 0 || S.oom) {
		claims_free(S.out);
		util_cause(cause, "%s", strerror(ENOMEM));
		return -1;
	}
	*out = S.out;
	return 0;
}

void
claims_free(struct claim_list *l)
{
	size_t	i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].subject);
		free(l->v[i].text);
		free(l->v[i].source);
	}
	free(l->v);
	free(l);
}

const char *
claim_kind_name(enum claim_kind k)
{
	if ((int)k < 0 || k >= CLAIM_NKINDS)
		return NULL;
	return kind_names[k];
}

int
claim_kind_from_name(const char *name)
{
	size_t	i;

	for (i = 0; i < CLAIM_NKINDS; i++)
		if (strcmp(kind_names[i], name) == 0)
			return (int)i;
	return -1;
}

int
claim_kind_is_count(enum claim_kind k)
{
	return k <= CLAIM_POPULATION;
}
