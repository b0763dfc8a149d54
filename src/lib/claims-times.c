/*
 * claims-times.c: when an event happens.
 *
 * A time may follow the venue ("talks in the Saudi city of X on Thursday
 * morning", "in X, starting on Wednesday evening"), a word of fixing ("the
 * meeting is set for Friday") or a verb of meeting ("the envoys would meet
 * in X on Friday"); "next Tuesday" keeps its "next" when no date follows;
 * the date may be in a relative clause after the event ("the conference,
 * which opens next Tuesday, June 9", "the talks, which are due to open on
 * ..."), after the parties ("talks with the X Front in Y from 7
 * December"), past the region of the place in commas ("in Y, Z Province,
 * from"), or after a meeting's short object ("will meet X envoys in Y on
 * December 7"), after the name it is on ("a conference on X in Y on June
 * 3") or right after the event ("conference on June 3"); a day-month date
 * keeps its month, a date its clock time ("May 14 at 10:00"); "cannot
 * begin before Thursday" is Thursday (at the earliest), "not before
 * January" January; "the first round" near talks, the subject of its
 * clause, is the talks'.  An event moved ("postponed until next week",
 * "pushed back to May 6") has the new time, written "postponed to <time>"
 * (no agreement with the time it had: conflict.c).  A prisoner exchange is
 * timed by its noun ("the swap will take place in X on Wednesday"; not an
 * earlier one, nor "in exchange") or a verb to come with captives ("will
 * swap 300 prisoners each in X on November 25"), in an article that names
 * prisoners, or told done ("X and Y exchanged prisoners of war on
 * Saturday"; not "previously exchanged"); the opening of talks by its noun
 * ("the opening is planned for 10 a.m.").  A time in a clause a verb of
 * denial governs ("denied the statement that the talks will be held on May
 * 4") or that a predicate calls untrue ("... does not correspond to
 * reality") is no one's time, except an event's own, which is the time
 * denied ("not Monday").
 *
 * The clock time of an incident, by its verb ("sank around 4:30 a.m.",
 * "left the tracks at about 6:15", "went down" in a story about a vessel;
 * not a participle before a noun: "under collapsed houses")
 * or a noun (past a short place: "the blaze at the X plant") and a verb
 * of happening or starting, past a relative clause in commas ("the blast
 * hit the X plant, which makes solvents, at around 11:45", "ripped
 * through the plant at about 10:30"; "the quake hit at 02:17",
 * "the attack began at 3 a.m.", "the collapse took place at 03:15", "the
 * cave-in happened", "the hillside gave way at 1 a.m.", "part of the
 * roof came down at 02:40": a collapse, "the accident happened at 6:40":
 * the article's incident),
 * hedged ("shortly before 7am") or not, its zone left out ("midnight"
 * and "noon" are clock times: "shortly after midnight"; a crush or a
 * stampede is an incident, and a vehicle that "plunged into a ravine" an
 * accident; "the tragedy" is the incident the article named first,
 * by its noun, "died in a stampede"); a day alone is
 * too loose, but a day with its part past a short place is the incident's
 * ("capsized on the river late on Saturday", "on Saturday night", "just
 * before midnight on Saturday"), unless the article gives the incident a
 * clock time (struct state's daytime[], pruned once the article is read);
 * a vessel that "overturned" sank (not "the overturned hull"), one that
 * "had gone down" too; in a story that names an aircraft, its
 * landing ("touched down", "came down", "while landing") is an incident;
 * so is the first alarm ("received a distress call at 1.35pm").
 *
 * What is planned to stop or start again has a time of its own, under
 * the thing and the change ("the search would be called off on Monday":
 * "search called off"; "the line could reopen Tuesday": "line reopening").
 * So do a shelling ("shells began falling at"), an attack by its raiders
 * ("the gunmen arrived at"), a storm's landfall, an election's results
 * ("the final tally would be announced on Sunday": "results
 * announcement"), a curfew ("from 7pm"), a campaign, a strike, and a
 * release of captives ("were released on Sunday").
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "numbers.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Periods a time may name: "next week". */
LIST(period_words, "week", "weekend", "month", "year");
/* Verbs that deny what follows them in their clause. */
LIST(deny_verbs, "denied", "denies", "deny", "denying", "rejected",
    "rejects", "refuted", "refutes", "dismissed", "dismisses");
/* Words that say a statement is untrue: "... is false". */
LIST(untrue_words, "false", "untrue", "incorrect", "baseless", "wrong",
    "groundless", "unfounded", "fake");
/* What a place is called before its name: "the city of X". */
LIST(town_words, "city", "town", "village", "capital", "port", "resort");
/* Parts of a month: "in early December". */
LIST(month_parts, "early", "mid", "late", "mid-");

/* venues, times, roles */
LIST(event_words, "talks", "negotiations", "negotiation", "meeting",
    "meetings", "summit", "conference", "consultations",
    "ceasefire", "truce", "vote", "election", "referendum", "hearing",
    "trial", "visit", "session", "armistice", "evacuation",
    "conversations", "campaign", "strike", "walkout");
/* Words that deny a verb: "cannot begin before Thursday" is Thursday at
 * the earliest. */
LIST(not_words, "not", "cannot", "can't", "won't", "never");
LIST(time_verbs, "place", "begin", "begins", "began", "start", "starts",
    "started", "resume", "resumes", "resumed", "held", "open", "opens",
    "continue", "continues", "reconvene", "commence", "commences",
    "effect", "force", "off", "ahead", "end", "ends", "expire", "expires",
    "happen", "convene", "convenes", "run");
/* Verbs whose subject meets at a time: "the delegations will meet in X on
 * Friday". */
LIST(meet_verbs, "meet", "convene", "gather", "reconvene", "sit");
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
	{ "eruption", "eruption" }, { "crush", "crush" },
	{ "stampede", "crush" }, { "cave-in", "collapse" }
};

/*
 * Words the incident rules try at every token: "the roof gave way", "the
 * hillside caved in", "the ferry overturned", "a distress call".
 */
LIST(give_verbs, "gave", "gives");
LIST(cave_verbs, "caved", "caves");
LIST(overturn_verbs, "overturned", "overturns", "flipped");
LIST(alarm_words, "distress", "emergency", "mayday");
LIST(call_words, "call", "signal");

static const char *const incident_generic_words[] = { "accident",
    "incident", "disaster", "tragedy", NULL };
/* Verbs of happening or striking, timed for an incident noun before. */
LIST(happen_verbs, "happened", "occurred", "hit", "struck", "jolted",
    "rocked", "shook", "erupted", "broke", "started", "began", "ripped",
    "tore", "felt", "ignited");
/* "left the tracks", "came off the rails": a derailment by its phrase. */
LIST(track_nouns, "tracks", "track", "rails", "rail");
LIST(track_verbs, "left", "jumped", "leaves", "jumps");
LIST(track_off_verbs, "came", "went", "ran", "comes", "goes");
/* Aircraft: in a story that names one, its landing is an incident. */
LIST(aircraft_nouns, "plane", "planes", "aircraft", "airliner", "jet",
    "jetliner", "airplane", "aeroplane", "helicopter", "flight");
/* Verbs of an aircraft's landing: "touched down", "came down",
 * "crash-landed", "while landing". */
LIST(landing_verbs, "landed", "landing", "crash-landed", "crash-landing");
LIST(down_verbs, "touched", "came", "touches", "comes");
/* Words before a clock time that hedge it: "shortly before 7am". */
LIST(time_near, "shortly", "just", "soon", "sometime", "some");
/* What falls in a shelling, and who raids: "shells began falling",
 * "the gunmen arrived at". */
LIST(shell_nouns, "shells", "rounds", "rockets", "mortars", "bombs");
LIST(attacker_nouns, "gunmen", "attackers", "assailants", "bandits",
    "pirates", "militants", "raiders", "kidnappers", "insurgents");
LIST(raid_verbs, "arrived", "stormed", "struck", "attacked", "raided",
    "boarded", "invaded", "opened", "rode", "burst", "broke", "entered",
    "climbed");
LIST(start_verbs, "began", "begun", "begin", "begins", "started", "start",
    "starts", "erupted", "commenced");
/* A vehicle's fall: "the bus plunged into a ravine". */
LIST(fall_verbs, "plunged", "plunges", "fell", "falls", "tumbled",
    "plummeted", "careered", "veered", "toppled", "rolled");
LIST(drop_nouns, "ravine", "gorge", "abyss", "precipice", "canyon", "chasm",
    "river", "valley", "cliff", "ditch", "embankment", "lake", "sea");
LIST(measure_units, "metres", "meters", "m", "feet", "ft", "yards");

/*
 * An attack from the air or afar, whatever an outlet calls it: "the
 * strike came at 7:45", "the missile struck at 7:47", "the first
 * explosions were heard shortly after 8 a.m." (in an article that names
 * missiles, drones or an air strike), "an attack which began shortly
 * after 3 a.m." are all the "attack"'s start; air-raid sirens that
 * "sounded" are the "air raid alert".
 */
LIST(attack_names, "attack", "attacks", "strike", "strikes", "airstrike",
    "raid", "raids", "barrage", "bombardment");
LIST(strike_verbs, "came", "struck", "hit", "landed", "slammed");
LIST(projectile_words, "missile", "missiles", "rocket", "rockets",
    "drone", "drones", "shells", "bombs", "bomb");
LIST(blast_nouns, "explosions", "blasts", "explosion", "blast");
LIST(siren_verbs, "sounded", "wailed", "blared", "went", "rang");

/*
 * The token after the words that tell an attack started, from token i:
 * see attack_names; 0 when none.  *alert is set for the sirens.
 */
static size_t
attack_start(const struct state *S, const struct sent *st, size_t i,
    int *alert)
{
	size_t	k;

	*alert = 0;
	/* "an attack which began", "the barrage, which started" */
	if (tok_in_list(st, i, attack_names)) {
		k = tok_comma(st, i + 1) ? i + 2 : i + 1;
		if (tok_in_words(st, k, (const char *const[]){ "which", "that",
		    NULL }) && tok_in_list(st, k + 1, start_verbs))
			return k + 2;
		if (tok_word(st, i + 1, "came"))
			return i + 2;
		if (tok_in_list(st, i + 1, start_verbs))
			return i + 2;
	}
	/* "the missile struck at 7:47 a.m." */
	if ((tok_in_list(st, i, projectile_words) || tok_in_list(st, i,
	    attack_names)) && tok_in_list(st, i + 1, strike_verbs) &&
	    (tok_word(st, i + 2, "at") || tok_in_list(st, i + 2, time_hedges)
	    || tok_in_list(st, i + 2, time_near)))
		return i + 2;
	/* "air raid sirens sounded in the city at 01:30" */
	if ((tok_word(st, i, "sirens") || tok_word(st, i, "siren")) &&
	    tok_in_list(st, i + 1, siren_verbs)) {
		*alert = 1;
		return tok_word(st, i + 1, "went") && tok_word(st, i + 2,
		    "off") ? i + 3 : i + 2;
	}
	if (!S->armed)
		return 0;
	/* "the first explosions were heard at", "explosions began at" */
	if (tok_in_list(st, i, blast_nouns)) {
		if (tok_in_words(st, i + 1, (const char *const[]){ "were",
		    "was", NULL }) && tok_word(st, i + 2, "heard"))
			return i + 3;
		if (tok_in_list(st, i + 1, start_verbs))
			return i + 2;
		/* "heard a series of powerful explosions shortly after" */
		for (k = i; k > 0 && k + 6 > i; k--)
			if (tok_in_words(st, k - 1, (const char *const[]){
			    "heard", "hear", "reported", NULL }))
				return i + 1;
	}
	return 0;
}

/* Verbs that move an event to a later time: "postponed until next
 * week", "pushed back to Friday". */
LIST(postpone_verbs, "postponed", "postpone", "postpones", "delayed",
    "deferred", "rescheduled", "moved", "pushed", "put");
/* Words before an exchange's noun that make it an earlier one. */
LIST(past_words, "previous", "last", "earlier", "past", "prior",
    "former");
/* Who is exchanged: "will swap 300 prisoners of war". */
LIST(captive_words, "prisoners", "prisoner", "pows", "captives",
    "detainees", "hostages", "servicemen", "soldiers", "bodies");
/* Verbs of exchanging: "the sides will swap 300 prisoners each". */
LIST(swap_verbs, "swap", "exchange", "trade");
LIST(swapped_verbs, "exchanged", "swapped");	/* a swap told done */

/*
 * The first of the n incidents of v whose word token i is, or NULL: the
 * token's text found once, and each word's first byte tried before the
 * rest, since this runs for most tokens of every sentence.
 */
static const struct incident *
incident_find(const struct sent *st, size_t i, const struct incident *v,
    size_t n)
{
	const char	*w;
	size_t		 len, x;

	if (i >= st->n || st->t[i].type == TP)
		return NULL;
	w = st->low + st->t[i].s;
	len = st->t[i].e - st->t[i].s;
	for (x = 0; x < n; x++)
		if (v[x].verb[0] == w[0] && tok_same_word(w, len, v[x].verb))
			return &v[x];
	return NULL;
}

/* The event of the incident that token k names by its noun, or NULL. */
const char *
times_incident_name(const struct sent *st, size_t k)
{
	const struct incident	*x;

	x = incident_find(st, k, incident_names, PX_NITEMS(incident_names));
	return x != NULL ? x->event : NULL;
}

/* A time expression at token i: "Thursday morning", "on Wednesday
 * evening", "at 10:00 GMT", "tomorrow", "March 3". */
char *
times_at(const struct sent *st, size_t i, size_t *ta, size_t *tb)
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
		/* "at midnight on Saturday": the day kept */
		if (tok_word(st, j, "on") && tok_in_list(st, j + 1, words_days))
			j += 2;
	} else if (j < st->n && st->t[j].type == TN &&
	    (st->t[j].num->flags & (NUMBER_TIME | NUMBER_DATE))) {
		j++;
		/* "7 December", "7 December 2026": the month kept */
		if ((st->t[j - 1].num->flags & NUMBER_DATE) &&
		    tok_in_list(st, j, words_months)) {
			j++;
			if (j < st->n && st->t[j].type == TN &&
			    (st->t[j].num->flags & NUMBER_YEAR))
				j++;
		}
		if (j < st->n && st->t[j].type == TN &&
		    (st->t[j].num->flags & NUMBER_TIME))
			j++;
		if (tok_word(st, j, "on") && tok_in_list(st, j + 1, words_days))
			j += 2;
		/* "at 10:00 am on December 7": the date kept */
		else if (tok_word(st, j, "on") && tok_in_list(st, j + 1,
		    words_months) && j + 2 < st->n &&
		    st->t[j + 2].type == TN)
			j += 3;
		if (tok_in_list(st, j, words_days))
			j++;
	} else if (tok_in_list(st, j, words_months) && j + 1 < st->n &&
	    st->t[j + 1].type == TN) {
		j += 2;
	} else
		return NULL;
	if (j == a)
		return NULL;
	/* "May 14 at 10:00", "Thursday, May 14 at 10:00 am": the clock
	 * time of the day kept */
	if (!times_clock(st, a, j) && tok_word(st, j, "at") && j + 1 < st->n &&
	    st->t[j + 1].type == TN && (st->t[j + 1].num->flags & NUMBER_TIME))
		j += 2;
	*ta = a;
	*tb = j;
	return tok_text(st, a, j);
}

/*
 * Past the region or country a place is in, set off by commas after it
 * at token c (the first comma): "in X, Y Province of the Republic of Z,
 * from 7 December": capitalised words, "of", "the" and possessives up to
 * the closing comma.  Returns the token after that comma, or c.
 */
static size_t
past_place_apposition(const struct sent *st, size_t c)
{
	size_t	k;

	for (k = c + 1; k < st->n && k < c + 12; k++) {
		if (tok_comma(st, k))
			return k > c + 1 ? k + 1 : c;
		if (st->t[k].type != TW || !(st->t[k].cap ||
		    tok_word(st, k, "of") || tok_word(st, k, "the") ||
		    tok_possessive(st, k)))
			return c;
	}
	return c;
}

/*
 * A time after a place at token i (the word after "in" or "at"): "talks
 * in the Boreal city of Nordhavn on Thursday morning", "in the city of
 * Nordhavn on May 4", "in Lima, starting on Wednesday evening".
 */
static char *
time_after_place(struct state *S, const struct sent *st, size_t i,
    size_t *ta, size_t *tb)
{
	size_t	 pa, pb;
	char	*place;

	/* "in the city of Batken on November 26" */
	if (tok_in_list(st, i, words_dets) && tok_in_list(st, i + 1,
	    town_words) && tok_word(st, i + 2, "of") && tok_capword(st, i + 3))
		i += 3;
	if ((place = events_place_at(S, st, i, &pa, &pb)) == NULL)
		return NULL;
	free(place);
	if (tok_comma(st, pb) && tok_in_list(st, pb + 1, start_participles))
		pb += 2;
	else if (tok_comma(st, pb) && pa > 0 && tok_comma(st, pa - 1))
		pb++;	/* the end of an apposition: "the capital, X, on" */
	else if (tok_comma(st, pb))
		pb = past_place_apposition(st, pb);
	return times_at(st, pb, ta, tb);
}

/*
 * The end of the parties an event is held with, or of the name it is on,
 * from token i: "talks with the Kell Front (KF) in X", "a conference on
 * Atlantis in X": "with" (or "on", "over", "about"), an article,
 * capitalised words (no day or month) and a bracketed acronym.  i itself
 * when none.
 */
static size_t
party_end(const struct sent *st, size_t i)
{
	size_t	k = i + 1;

	if (!tok_in_words(st, i, (const char *const[]){ "with", "on", "over",
	    "about", NULL }))
		return i;
	if (tok_word(st, k, "the"))
		k++;
	if (!tok_capword(st, k) || tok_in_list(st, k, words_days) ||
	    tok_in_list(st, k, words_months))
		return i;
	while (k < i + 8 && tok_capword(st, k))
		k++;
	if (tok_punct(st, k, '(') && tok_capword(st, k + 1) &&
	    tok_punct(st, k + 2, ')'))
		k += 3;
	return k;
}

/*
 * A new time an event is moved to by the verb at token j: "postponed
 * until next week", "delayed to Friday", "pushed back to May 4", "put
 * off until Monday".  The time is written "postponed to <time>", so
 * that it says it replaces the time it was given before (conflict.c
 * reads it so); NULL when none.
 */
static char *
postponed_to(const struct sent *st, size_t j, size_t *ta, size_t *tb)
{
	size_t	 k = j + 1;
	char	*when, *r;

	if (!tok_in_list(st, j, postpone_verbs))
		return NULL;
	if (tok_word(st, k, "back") || tok_word(st, k, "off"))
		k++;
	else if (tok_word(st, j, "pushed") || tok_word(st, j, "put"))
		return NULL;
	if (!tok_in_words(st, k, (const char *const[]){ "to", "until",
	    "till", NULL }) || (when = times_at(st, k + 1, ta, tb)) == NULL)
		return NULL;
	r = util_printf("postponed to %s", when);
	free(when);
	return r;
}

/* The time of the event noun at token i, or NULL. */
static char *
event_time(struct state *S, const struct sent *st, size_t i, size_t *ta,
    size_t *tb)
{
	size_t	 j, x, topic = events_topic_end(st, i);
	size_t	 with = party_end(st, i + 1);
	char	*when;

	/* "talks, starting on Wednesday" */
	if (tok_comma(st, i + 1) && tok_in_list(st, i + 2, start_participles))
		return times_at(st, i + 3, ta, tb);
	/* "a conference on June 3"; not one a speaker was at ("said at a
	 * meeting on Saturday") */
	if ((tok_word(st, i + 1, "on") || tok_word(st, i + 1, "from")) &&
	    !(i > 1 && tok_in_list(st, i - 1, words_dets) &&
	    tok_word(st, i - 2, "at")) &&
	    (when = times_at(st, i + 1, ta, tb)) != NULL)
		return when;
	for (j = i + 1; j < st->n && j < i + 20; j++) {
		if (tok_punct(st, j, '.') || tok_punct(st, j, ';') ||
		    tok_punct(st, j, ','))
			break;
		/* "talks in X on Thursday", "will be held in X, starting",
		 * "talks on the border in X on Monday" */
		if ((tok_word(st, j, "in") || tok_word(st, j, "at")) &&
		    (j == i + 1 || j == topic || (with > i + 1 && j == with) ||
		    tok_in_list(st, j - 1, words_venue_verbs)) &&
		    (when = time_after_place(S, st, j + 1, ta, tb)) != NULL)
			return when;
		/* "the meeting is set for Friday morning (in X)" */
		if (tok_in_list(st, j, words_schedule_words) &&
		    tok_word(st, j + 1, "for") &&
		    (when = times_at(st, j + 2, ta, tb)) != NULL)
			return when;
		/* "the exchange has been postponed until next week" */
		if ((when = postponed_to(st, j, ta, tb)) != NULL)
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
		if ((when = times_at(st, j + 1, ta, tb)) != NULL)
			return when;
		/* "cannot begin before Thursday", "will not start before
		 * Thursday": Thursday at the earliest */
		if (tok_word(st, j + 1, "before") && ((j > 0 &&
		    tok_in_list(st, j - 1, not_words)) || (j > 1 &&
		    tok_in_list(st, j - 2, not_words)))) {
			if ((when = times_at(st, j + 2, ta, tb)) != NULL)
				return when;
			/* "not before January": the month alone */
			if (tok_in_list(st, j + 2, words_months)) {
				*ta = j + 2;
				*tb = j + 3;
				return tok_text(st, j + 2, j + 3);
			}
		}
		if (tok_in_words(st, j + 1, (const char *const[]){ "in", "at",
		    NULL }) && tok_capword(st, j + 2)) {
			/* "take place in X on Thursday" */
			for (x = j + 2; x < st->n && tok_capword(st, x); x++)
				;
			if ((when = times_at(st, x, ta, tb)) != NULL)
				return when;
		}
	}
	return NULL;
}

/* Whether [ta, tb) is a clock time ("3 a.m.", "04:30 GMT"). */
int
times_clock(const struct sent *st, size_t ta, size_t tb)
{
	return ta < tb && st->t[ta].type == TN &&
	    (st->t[ta].num->flags & NUMBER_TIME);
}

/* Whether token k is a noun of an incident of no kind ("accident"). */
static int
incident_generic(const struct sent *st, size_t k)
{
	return tok_in_words(st, k, incident_generic_words);
}

/*
 * Back from token n, the last word of a short place after an incident's
 * noun ("the blaze at Kell Polymer and Chemicals", "the fire in the Tarn
 * plant", "the fire at the plant"): capitalised words, "and", "of", "the"
 * and one lower-case noun after them (or "the" and a noun alone), then
 * "at", "in" or "near".  Returns the token before the preposition, or n.
 */
static size_t
past_place_back(const struct sent *st, size_t n)
{
	size_t	k = n + 1, caps = 0;

	while (k > 0 && k + 7 > n + 1 && (tok_capword(st, k - 1) ||
	    tok_word(st, k - 1, "and") || tok_word(st, k - 1, "of") ||
	    tok_word(st, k - 1, "the") || (k == n + 1 &&
	    st->t[n].type == TW))) {
		caps += tok_capword(st, k - 1);
		k--;
	}
	/* no name: only "the plant" */
	if ((caps == 0 && !(k + 1 == n && tok_word(st, k, "the"))) || k < 2 ||
	    !tok_in_words(st, k - 1,
	    (const char *const[]){ "at", "in", "near", NULL }))
		return n;
	return k - 2;
}

/*
 * An incident named by its noun at token k after an article ("in a
 * stampede", "the quake"), or opening a headline ("Crush at festival"):
 * its event, or NULL.  Not a fire (a "fire service" or an "exchange of
 * fire" name none), a crash or a collapse, which name too much else.
 */
static const char *
named_incident(const struct sent *st, size_t k)
{
	const char	*e;

	if ((e = times_incident_name(st, k)) == NULL ||
	    strcmp(e, "fire") == 0 || strcmp(e, "crash") == 0 ||
	    strcmp(e, "collapse") == 0)
		return NULL;
	if (k == 0 ? !st->t[k].cap : !tok_in_list(st, k - 1, words_dets))
		return NULL;
	if (st->t[k + 1 < st->n ? k + 1 : k].type == TW &&
	    k + 1 < st->n && !st->t[k + 1].cap && !people_prep(st, k + 1) &&
	    !tok_in_list(st, k + 1, words_aux_back) &&
	    !tok_in_list(st, k + 1, happen_verbs))
		return NULL;	/* "a quake survivor", "a blast wall" */
	return e;
}

/*
 * A vehicle's fall at token i: "the bus plunged (about 200 metres) into
 * a ravine", "fell into a gorge": an accident, with *j after the place.
 */
static int
vehicle_fall(const struct sent *st, size_t i, size_t *j)
{
	size_t	k = i + 1, e;

	if (!tok_in_list(st, i, fall_verbs))
		return 0;
	/* "about 200 metres" */
	if (tok_in_list(st, k, time_hedges))
		k++;
	if (k < st->n && st->t[k].type == TN && tok_in_list(st, k + 1,
	    measure_units))
		k += 2;
	if (!tok_word(st, k, "into") && !tok_word(st, k, "down"))
		return 0;
	for (e = k + 1; e < st->n && e < k + 5 && st->t[e].type == TW; e++)
		if (tok_in_list(st, e, drop_nouns)) {
			*j = e + 1;
			return 1;
		}
	return 0;
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
	const struct incident	*v;
	size_t			 n, k;

	*j = i + 1;
	if ((v = incident_find(st, i, incident_verbs,
	    PX_NITEMS(incident_verbs))) != NULL) {
		/* "from under collapsed houses", "the capsized boat": a
		 * participle before a noun names a thing, not when it
		 * happened */
		if (i > 0 && (tok_in_list(st, i - 1, words_dets) ||
		    people_prep(st, i - 1) || tok_in_words(st, i - 1,
		    (const char *const[]){ "under", "beneath", "among",
		    "amid", "with", "over", NULL })) && i + 1 < st->n &&
		    st->t[i + 1].type == TW && !st->t[i + 1].cap &&
		    !people_prep(st, i + 1) &&
		    !tok_in_list(st, i + 1, words_aux_back))
			return NULL;
		return v->event;
	}
	if (tok_in_list(st, i, track_verbs) && tok_in_list(st, i + 1,
	    words_dets) && tok_in_list(st, i + 2, track_nouns)) {
		*j = i + 3;
		return "derailment";
	}
	if (tok_in_list(st, i, track_off_verbs) && tok_word(st, i + 1, "off") &&
	    tok_in_list(st, i + 2, words_dets) &&
	    tok_in_list(st, i + 3, track_nouns)) {
		*j = i + 4;
		return "derailment";
	}
	/* "the hillside gave way", "the roof caved in": a collapse, not
	 * a yielding ("gave way to the protesters") */
	if (((tok_in_list(st, i, give_verbs) && tok_word(st, i + 1, "way")) ||
	    (tok_in_list(st, i, cave_verbs) && tok_word(st, i + 1, "in"))) &&
	    !tok_word(st, i + 2, "to")) {
		*j = i + 2;
		return "collapse";
	}
	/* "made landfall over X at 4 a.m.", "crossed the coastline at
	 * 6:30 a.m.": a storm's landfall */
	if ((tok_word(st, i, "made") || tok_word(st, i, "makes")) &&
	    tok_word(st, i + 1, "landfall")) {
		*j = i + 2;
		/* past "over Casiguran, Aurora," */
		if (tok_in_words(st, *j, (const char *const[]){ "over", "in",
		    "near", "on", NULL }) && tok_capword(st, *j + 1)) {
			for (k = *j + 1; k < st->n && k < *j + 10 &&
			    (tok_capword(st, k) || tok_comma(st, k)); k++)
				;
			*j = k;
		}
		return "landfall";
	}
	if (tok_word(st, i, "crossed") && tok_word(st, i + 1, "the") &&
	    tok_in_words(st, i + 2, (const char *const[]){ "coast",
	    "coastline", NULL })) {
		*j = i + 3;
		return "landfall";
	}
	/* "part of the roof came down at 02:40": a collapse */
	if (tok_word(st, i, "came") && tok_word(st, i + 1, "down")) {
		for (k = i; k > 0 && k + 8 > i; k--)
			if (tok_in_words(st, k - 1, (const char *const[]){
			    "roof", "ceiling", "wall", "walls", "tunnel",
			    "building", "bridge", NULL })) {
				*j = i + 2;
				return "collapse";
			}
	}
	/* "the plane touched down at 1:40 p.m.", "came down at about
	 * 13:40", "skidded off the runway while landing at 1.45pm" */
	if (S->aircraft && tok_in_list(st, i, down_verbs) &&
	    tok_word(st, i + 1, "down")) {
		*j = i + 2;
		return "landing";
	}
	if (S->aircraft && tok_in_list(st, i, landing_verbs))
		return "landing";
	/* "the bus plunged into a ravine": an accident, as the outlets
	 * that say "the accident happened" call it */
	if (vehicle_fall(st, i, j))
		return incident_generic_words[0];
	/* "the collapse took place at 03:15" */
	if (i > 0 && tok_word(st, i, "took") && tok_word(st, i + 1, "place"))
		*j = i + 2;
	else if (i == 0 || !tok_in_list(st, i, happen_verbs))
		return NULL;
	if (tok_word(st, i, "broke")) {
		if (!tok_word(st, i + 1, "out"))
			return NULL;
		*j = i + 2;
	}
	n = i - 1;
	/* "the tremor was felt at": felt only so, a passive */
	if (tok_word(st, i, "felt")) {
		if (!tok_in_words(st, n, (const char *const[]){ "was", "were",
		    NULL }))
			return NULL;
		n--;
	}
	if (n > 0 && tok_ly_adverb(st, n))
		n--;
	/* "The magnitude 6.1 quake, centred 35 km north of X, hit at":
	 * back over a clause in commas after the noun */
	if (tok_comma(st, n))
		for (k = n; k > 1 && k + 16 > n; k--)
			if (tok_comma(st, k - 1)) {
				if (times_incident_name(st, k - 2) != NULL)
					n = k - 2;
				break;
			}
	/* "It hit at 4:52 a.m.": the article's incident, the sentence's
	 * subject */
	if (n == 0 && tok_word(st, 0, "it") && S->incident != NULL &&
	    !tok_word(st, i, "felt"))
		return S->incident;
	/* "the blaze at the X and Y plant started": back over a short
	 * place after the noun */
	if (times_incident_name(st, n) == NULL && !incident_generic(st, n))
		n = past_place_back(st, n);
	if ((e = times_incident_name(st, n)) != NULL)
		return e;
	for (w = incident_generic_words; *w != NULL; w++)
		if (tok_word(st, n, *w))
			return S->incident != NULL ? S->incident : *w;
	return NULL;
}

int
claims_incident_kind(const char *subject)
{
	const char *const	*w;
	size_t			 i;

	if (subject == NULL)
		return 0;
	for (w = incident_generic_words; *w != NULL; w++)
		if (strcasecmp(subject, *w) == 0)
			return CLAIMS_INCIDENT_ANY;
	for (i = 0; i < PX_NITEMS(incident_names); i++)
		if (strcasecmp(subject, incident_names[i].event) == 0)
			return CLAIMS_INCIDENT;
	for (i = 0; i < PX_NITEMS(incident_verbs); i++)
		if (strcasecmp(subject, incident_verbs[i].event) == 0)
			return CLAIMS_INCIDENT;
	/* incident_at()'s own: an aircraft's landing */
	return strcasecmp(subject, "landing") == 0 ? CLAIMS_INCIDENT : 0;
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

/* "midnight", "noon": a clock time by its word. */
static int
noon_word(const struct sent *st, size_t k)
{
	return tok_in_words(st, k, (const char *const[]){ "midnight", "noon",
	    "midday", NULL });
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
	for (k = j; k < st->n && k < j + 12; k++) {
		/* "began in the early hours of Sunday, at about 03:10" */
		if (tok_comma(st, k) && k > j && (tok_word(st, k + 1, "at") ||
		    tok_in_list(st, k + 1, time_hedges)))
			continue;
		/* "hit the X plant, which makes solvents for drugmakers, at
		 * around 11:45": past a relative clause in commas */
		if (tok_comma(st, k) && tok_in_words(st, k + 1,
		    (const char *const[]){ "which", "who", "where", NULL })) {
			for (q = k + 2; q < st->n && q < k + 12 &&
			    !tok_comma(st, q) && st->t[q].type != TN; q++)
				;
			if (q < st->n && tok_comma(st, q)) {
				j += q - k;
				k = q;
				continue;
			}
		}
		if (st->t[k].type == TP && !tok_quote(st, k))
			return 0;
		if (st->t[k].type == TN || noon_word(st, k))
			break;
	}
	if (k >= st->n || k >= j + 12 || k == 0 || (!noon_word(st, k) &&
	    !(st->t[k].num->flags & NUMBER_TIME)))
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
void
times_find_incident(struct state *S, struct sent *st)
{
	size_t		 i, j, k, ta, tb, tk;
	const char	*event, *hedge;
	char		*when, *noun = NULL, *subject;
	int		 day, noon, alert;
	const char	*src, *sd;

	if (!S->aircraft)
		S->aircraft = tok_any_in_list(st, aircraft_nouns);
	/* "Twelve people died in a stampede": the first incident the
	 * article names is its incident, for "the tragedy" */
	for (i = 0; i < st->n && S->incident == NULL; i++)
		if ((event = named_incident(st, i)) != NULL &&
		    !counts_past_event(S, st, i, i))
			S->incident = event;
	for (i = 0; i < st->n; i++) {
		hedge = NULL;
		tk = 0;
		day = noon = 0;
		event = incident_at(S, st, i, &j);
		if (event != NULL && !counts_past_event(S, st, i, i)) {
			/* the article's incident, for "the accident" */
			if (S->incident == NULL && !generic_event(event))
				S->incident = event;
			tk = incident_clock(st, j, &hedge);
		}
		if (event == NULL && S->vessel && (tok_word(st, i, "went") ||
		    tok_word(st, i, "gone")) && tok_word(st, i + 1, "down")) {
			event = "sinking";
			j = i + 2;
		}
		/* "the ferry overturned": a vessel's, a sinking (not a
		 * participle after a determiner: "the overturned hull") */
		if (event == NULL && S->vessel && tok_in_list(st, i,
		    overturn_verbs) && !(i > 0 && tok_in_list(st, i - 1,
		    words_dets))) {
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
		/* "received a distress call at 1.35pm": the first alarm */
		if (event == NULL && tok_in_list(st, i, alarm_words) &&
		    tok_in_list(st, i + 1, call_words) &&
		    tok_word(st, i + 2, "at")) {
			event = "distress call";
			j = i + 2;
		}
		/* "shells began falling at 11:30", "the first rounds
		 * landed shortly after 9 a.m.": a shelling */
		if (event == NULL && tok_in_list(st, i, shell_nouns) &&
		    (tok_in_words(st, i + 1, (const char *const[]){ "landed",
		    "fell", "hit", "struck", "rained", NULL }) ||
		    (tok_in_list(st, i + 1, start_verbs) &&
		    tok_in_words(st, i + 2, (const char *const[]){
		    "falling", "landing", "to", NULL })))) {
			event = "shelling";
			j = tok_in_list(st, i + 1, start_verbs) ? (tok_word(st,
			    i + 2, "to") ? i + 4 : i + 3) : i + 2;
		}
		/* "the gunmen arrived at about 11 p.m.", "stormed the school
		 * shortly after 1 a.m.": the attack */
		if (event == NULL && tok_in_list(st, i, attacker_nouns) &&
		    tok_in_list(st, i + 1, raid_verbs)) {
			event = "attack";
			j = i + 2;
		}
		/* "the strike came at 7:45 a.m.", "the first explosions
		 * were heard shortly after 8 a.m.", "air raid sirens
		 * sounded at 01:30" */
		if (event == NULL && (k = attack_start(S, st, i, &alert)) >
		    0) {
			event = alert ? "air raid alert" : "attack";
			j = k;
		}
		/* "the attack began at", "the attack happened (took place)
		 * at about 2 p.m." */
		if (event == NULL && tok_in_list(st, i, words_incident_nouns) &&
		    (tok_in_list(st, i + 1, start_verbs) || tok_in_words(st,
		    i + 1, (const char *const[]){ "happened", "occurred",
		    NULL }) || (tok_word(st, i + 1, "took") && tok_word(st,
		    i + 2, "place")))) {
			if ((noun = util_strndup(st->low + st->t[i].s,
			    st->t[i].e - st->t[i].s)) == NULL) {
				S->oom = 1;
				return;
			}
			event = noun;
			j = tok_word(st, i + 1, "took") ? i + 3 : i + 2;
		}
		if (event == NULL)
			continue;
		/* "had gone down shortly after midnight": the clock of a
		 * sinking, a loss of contact ... too */
		if (tk == 0)
			tk = incident_clock(st, j, &hedge);
		if (tk > 0 && noon_word(st, tk)) {
			/* "shortly after midnight (on Saturday)": the word is
			 * the time */
			ta = tk;
			tb = tk + 1;
			if (tok_word(st, tb, "on") && tok_in_list(st, tb + 1,
			    words_days))
				tb += 2;
			when = tok_text(st, ta, tb);
			noon = 1;
		} else if (tk > 0)
			when = times_at(st, tk, &ta, &tb);
		else
			when = times_at(st, j, &ta, &tb);
		if (tk == 0 && (when == NULL || !times_clock(st, ta, tb))) {
			free(when);
			if ((when = incident_day(st, j, &ta, &tb,
			    &hedge)) != NULL)
				day = 1;
		}
		if (when == NULL || (!day && !noon && !times_clock(st, ta,
		    tb)) || counts_past_event(S, st, i, i)) {
			free(when);
			free(noun);
			noun = NULL;
			continue;
		}
		if (!day && !noon && hedge == NULL &&
		    st->t[ta].num->hedge != NULL)
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
void
times_incident_fix(struct state *S)
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
void
times_daytime_prune(struct state *S)
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
			claims_clear(&l->v[i]);
			continue;
		}
		l->v[k++] = l->v[i];
	}
	l->n = k;
}

/*
 * Whether the event at token i timed up to token tb is denied: a verb of
 * denial before it in its clause ("has denied the statement that the
 * talks will be held in X on May 4"; not "rejected that, saying the
 * talks would open on May 6", which denies what came before), or a
 * predicate of untruth after it ("Information that the meeting will take
 * place on May 4 does not correspond to reality", "... is not true").
 */
static int
time_denied(const struct sent *st, size_t i, size_t tb)
{
	size_t	k;

	for (k = i; k < tb; k++)
		if (tok_in_list(st, k, words_say_verbs))
			return 0;	/* "denied X and said the talks ..." */
	for (k = i; k > 0 && k + 16 > i; k--) {
		if (st->t[k - 1].type == TP)
			break;
		if (tok_in_list(st, k - 1, deny_verbs))
			return 1;
		if (tok_in_list(st, k - 1, words_say_verbs))
			break;	/* "denied X and said the talks ..." */
	}
	for (k = tb; k < st->n && k < tb + 8; k++) {
		if (st->t[k].type == TP && !tok_quote(st, k))
			return 0;
		if (tok_word(st, k, "not") && tok_in_words(st, k - 1,
		    (const char *const[]){ "does", "do", "did", NULL }) &&
		    tok_word(st, k + 1, "correspond"))
			return 1;
		if (tok_in_words(st, k, (const char *const[]){ "is", "are",
		    "was", "were", NULL }) && (tok_in_list(st, k + 1,
		    untrue_words) || (tok_word(st, k + 1, "not") &&
		    tok_in_words(st, k + 2, (const char *const[]){ "true",
		    "correct", "accurate", NULL }))))
			return 1;
	}
	return 0;
}

/* Whether the article names prisoners or captives anywhere. */
static int
captives_named(struct state *S)
{
	static const char *const stems[] = { "prisoner", "pows", "captive",
	    "hostage", "detainee", NULL };
	const char *const	*w;
	const char		*p;
	size_t			 i, n;

	if (S->captives != 0)
		return S->captives == 2;
	S->captives = 1;
	for (i = 0; i < S->nall && S->captives == 1; i++)
		for (p = S->all[i]; *p != '\0' && S->captives == 1; p++) {
			if (p > S->all[i] && isalpha((unsigned char)p[-1]))
				continue;
			for (w = stems; *w != NULL; w++) {
				n = strlen(*w);
				if (strncasecmp(p, *w, n) == 0) {
					S->captives = 2;
					break;
				}
			}
		}
	return S->captives == 2;
}

/*
 * The time of a prisoner exchange at token i: the noun ("the swap will
 * take place in X on Wednesday", "the exchange has been postponed until
 * next week"; not an earlier one, "in exchange", "an exchange of fire")
 * or a verb of exchanging to come with captives for its object ("the
 * sides will swap 300 prisoners of war each in X on November 25").  Only
 * in an article that names prisoners.  NULL when none.
 */
static char *
exchange_time(struct state *S, const struct sent *st, size_t i, size_t *ta,
    size_t *tb)
{
	static const char *const aux[] = { "will", "would", "to", "shall",
	    NULL };
	size_t	k;
	int	captive = 0;

	/* captives "were released on Sunday evening", "freed twelve aid
	 * workers late on Saturday": the day of their release */
	if (tok_in_words(st, i, (const char *const[]){ "released", "freed",
	    NULL }) && i > 0 && !tok_in_words(st, i - 1, aux) &&
	    !tok_word(st, i - 1, "be") && captives_named(S)) {
		for (k = i + 1; k < st->n && k < i + 8 && (st->t[k].type ==
		    TW || st->t[k].type == TN) && !tok_in_words(st, k,
		    (const char *const[]){ "on", "in", "at", "after",
		    "before", "from", NULL }); k++)
			;
		if (tok_word(st, k, "on"))
			return times_at(st, k, ta, tb);
		return NULL;
	}
	if (!tok_in_list(st, i, swap_verbs) && !tok_in_list(st, i,
	    words_exchange_nouns) && !tok_in_list(st, i, swapped_verbs))
		return NULL;
	if (!(i > 0 && (tok_in_words(st, i - 1, aux) ||
	    tok_word(st, i - 1, "in") || tok_in_list(st, i - 1,
	    past_words) || (i > 1 && tok_in_list(st, i - 2, past_words)))) &&
	    tok_in_list(st, i, words_exchange_nouns) &&
	    !tok_in_words(st, i + 1, (const char *const[]){ "of", "rate",
	    "rates", "for", NULL }) && captives_named(S))
		return event_time(S, st, i, ta, tb);
	/* "will swap 300 prisoners each on", and the story's swap told
	 * done: "X and Y exchanged prisoners of war on Saturday" */
	if (!(tok_in_list(st, i, swap_verbs) && i > 0 &&
	    tok_in_words(st, i - 1, aux)) && !(tok_in_list(st, i,
	    swapped_verbs) && i > 0 &&
	    !tok_in_list(st, i - 1, past_words) && !tok_in_words(st, i - 1,
	    (const char *const[]){ "previously", "already", "have", "has",
	    "had", NULL })))
		return NULL;
	for (k = i + 1; k < st->n && k < i + 9 && (st->t[k].type == TW ||
	    st->t[k].type == TN) && !tok_in_words(st, k, (const char
	    *const[]){ "in", "at", "on", NULL }); k++)
		if (tok_in_list(st, k, captive_words))
			captive = 1;
	if (!captive)
		return NULL;
	if (tok_word(st, k, "on"))
		return times_at(st, k, ta, tb);
	if (tok_word(st, k, "in") || tok_word(st, k, "at"))
		return time_after_place(S, st, k + 1, ta, tb);
	return NULL;
}

/*
 * "The opening is planned for 10 a.m.": the opening of talks named near,
 * as a noun (after an article, before a verb), not "the opening
 * ceremony" nor "the opening session" (the session is the event).
 */
static int
opening_noun(struct state *S, const struct sent *st, size_t i)
{
	return tok_word(st, i, "opening") && i > 0 &&
	    tok_in_list(st, i - 1, words_dets) && (tok_in_list(st, i + 1,
	    words_aux_back) || tok_in_words(st, i + 1, (const char *const[]){
	    "could", "may", "might", "is", "was", "has", "had", NULL })) &&
	    events_talks_context(S, st);
}

/*
 * Whether the event noun at token i is the topic of another before it
 * ("talks to end a standoff over October's disputed election would open
 * on December 1": the talks open, not the election): "over", "about",
 * "after", "since" or "following" a few words before it, and an event
 * noun a few words before that.
 */
static int
event_topic(const struct sent *st, size_t i)
{
	size_t	k, j;

	for (k = i; k > 0 && k + 6 > i; k--) {
		if (st->t[k - 1].type == TP && !tok_possessive(st, k - 1))
			return 0;
		if (!tok_in_words(st, k - 1, (const char *const[]){ "over",
		    "about", "after", "since", "following", NULL }))
			continue;
		for (j = k - 1; j > 0 && j + 12 > k; j--)
			if (tok_in_list(st, j - 1, event_words))
				return 1;
		return 0;
	}
	return 0;
}

/*
 * "the first round was more likely to begin on December 3", "the round
 * will not begin before January": a round of the talks the article is
 * about, at token i.
 */
static int
round_noun(struct state *S, const struct sent *st, size_t i)
{
	static const char *const adjs[] = { "the", "first", "new", "next",
	    "second", "third", "opening", "fresh", NULL };
	size_t	k = i;

	if (!tok_word(st, i, "round") || tok_word(st, i + 1, "of"))
		return 0;
	while (k > 0 && k + 3 > i && tok_in_words(st, k - 1, adjs))
		k--;
	/* the subject of its clause, not "won the first round" */
	if (k == i || (k > 0 && !tok_in_list(st, k - 1, words_say_verbs) &&
	    !tok_word(st, k - 1, "that") && !tok_comma(st, k - 1) &&
	    !tok_quote(st, k - 1)))
		return 0;
	return events_talks_context(S, st);
}

void
times_find(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, k, ta, tb;
	char	*when, *subject;

	for (i = 0; i < st->n; i++) {
		/* "the delegations will meet in X on Friday", "would meet
		 * on Friday": the talks the sentence names, or the story's */
		if (tok_in_list(st, i, meet_verbs) && i > 0 &&
		    tok_in_words(st, i - 1, (const char *const[]){ "will", "to",
		    "would", "shall", NULL })) {
			if (i > 1 && tok_in_list(st, i - 2, refuse_words))
				continue;
			/* "will sit down at 10:00 am on December 7" */
			if (tok_word(st, i, "sit") && !tok_word(st, i + 1,
			    "down"))
				continue;
			when = times_at(st, i + (tok_word(st, i, "sit") ? 2 :
			    1), &ta, &tb);
			/* "meet (AA envoys) in X on December 7": past a
			 * short object of plain words */
			for (k = i + 1; k < i + 5 && k < st->n &&
			    st->t[k].type == TW && !tok_word(st, k, "in") &&
			    !tok_word(st, k, "at") && !tok_word(st, k, "on") &&
			    !tok_in_list(st, k, words_say_verbs) &&
			    !tok_word(st, k, "and"); k++)
				;
			if (when == NULL && (tok_word(st, k, "in") ||
			    tok_word(st, k, "at")))
				when = time_after_place(S, st, k + 1, &ta, &tb);
			/* "meet the Tesmiri team on Wednesday in X" */
			if (when == NULL && k > i + 1 && tok_word(st, k, "on"))
				when = times_at(st, k, &ta, &tb);
			if (when == NULL)
				continue;
			if (time_denied(st, i, tb)) {
				free(when);
				continue;
			}
			if ((subject = events_subject(S, st, events_in(st, 0,
			    st->n, words_venue_events))) == NULL) {
				free(when);
				S->oom = 1;
				return;
			}
			events_emit_text(S, st, CLAIM_TIME, subject, when,
			    i - 1, tb, subj, subj_side);
			free(subject);
			continue;
		}
		/* "the swap will take place in X on Wednesday", "will swap
		 * 300 prisoners of war each in X on November 25" */
		if ((when = exchange_time(S, st, i, &ta, &tb)) != NULL) {
			if (time_denied(st, i, tb))
				free(when);
			else
				events_emit_text(S, st, CLAIM_TIME,
				    events_captive_event(S), when, i, tb, subj,
				    subj_side);
			continue;
		}
		if (S->oom)
			return;
		if (!tok_in_list(st, i, event_words) &&
		    !opening_noun(S, st, i) && !round_noun(S, st, i))
			continue;
		if (event_topic(st, i))
			continue;
		if (tok_word(st, i, "round") && tok_word(st, i + 1, "of") &&
		    tok_in_list(st, i + 2, event_words))
			continue;	/* the event is the next word */
		if ((when = event_time(S, st, i, &ta, &tb)) == NULL)
			continue;
		/* "denied that the talks would begin on Monday": the time
		 * denied, "not Monday" (no agreement with Monday:
		 * conflict.c) */
		if (time_denied(st, i, tb)) {
			char	*not = util_printf("not %s", when);

			free(when);
			if ((when = not) == NULL) {
				S->oom = 1;
				return;
			}
		}
		if ((subject = events_subject(S, st, tok_word(st, i,
		    "round") ? st->n : i)) == NULL) {
			free(when);
			S->oom = 1;
			return;
		}
		events_emit_text(S, st, CLAIM_TIME, subject, when, i, tb,
		    subj, subj_side);
		/* "will take place in X on Tuesday, and will begin at 3
		 * p.m.": the hour too, a claim of its own */
		for (k = tb; k < st->n && k < tb + 10; k++) {
			if (tok_punct(st, k, '.') || tok_punct(st, k, ';'))
				break;
			if (tok_in_list(st, k, start_verbs) && tok_word(st,
			    k + 1, "at") && (when = times_at(st, k + 1, &ta,
			    &tb)) != NULL) {
				events_emit_text(S, st, CLAIM_TIME, subject,
				    when, k, tb, subj, subj_side);
				break;
			}
		}
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
void
times_find_opening(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, j, v, ta, tb;
	char	*when, *subject;

	for (i = 0; i < st->n; i++) {
		if (!tok_in_list(st, i, words_venue_events) ||
		    events_news(st, i))
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
		    tok_word(st, v, "are") || tok_word(st, v, "were") ||
		    tok_word(st, v, "due") || tok_word(st, v, "to") ||
		    tok_word(st, v, "was") || tok_word(st, v, "set") ||
		    tok_word(st, v, "expected")); v++)
			;
		if (!tok_in_list(st, v, time_verbs) ||
		    tok_word(st, v, "place") || tok_word(st, v, "effect") ||
		    tok_word(st, v, "force"))
			continue;
		if ((when = times_at(st, v + 1, &ta, &tb)) == NULL)
			continue;
		if ((subject = events_subject(S, st, i)) == NULL) {
			free(when);
			S->oom = 1;
			return;
		}
		events_emit_text(S, st, CLAIM_TIME, subject, when, j + 1, tb,
		    subj, subj_side);
		free(subject);
	}
}
/*
 * When an election's results are to be announced ("the final tally would
 * be announced on Sunday", "the full count was expected on Monday at 2:00
 * pm", "the results are due on Friday", "will announce the results on
 * Sunday"): "results announcement", whatever the outlet calls them.  And
 * when a curfew starts ("imposed a curfew from 7pm to 5am", "a curfew
 * running from 9pm"): "curfew".  The time is the first within a few words
 * after the verb (or "from"), in its clause.
 */
LIST(result_nouns, "results", "result", "tally", "count", "outcome");
LIST(result_verbs, "announced", "declared", "expected", "due", "released",
    "published", "announce", "declare", "release", "publish");

static char *
time_within(const struct sent *st, size_t e, size_t *ta, size_t *tb)
{
	size_t	t;
	char	*when;

	for (t = e; t < st->n && t < e + 6; t++) {
		if (st->t[t].type == TP)
			return NULL;
		if ((when = times_at(st, t, ta, tb)) != NULL)
			return when;
	}
	return NULL;
}

void
times_find_results(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, k, ta, tb;
	char	*when;

	for (i = 0; i < st->n; i++) {
		when = NULL;
		k = i;
		if (tok_in_list(st, i, result_nouns) && i > 0 &&
		    !tok_in_words(st, i - 1, (const char *const[]){ "death",
		    "body", "casualty", "medal", NULL }) &&
		    (tok_in_list(st, i - 1, words_dets) || (i > 1 &&
		    tok_in_list(st, i - 2, words_dets) && st->t[i - 1].type ==
		    TW && !st->t[i - 1].cap))) {
			/* "the final tally would be announced on Sunday" */
			for (k = i + 1; k < st->n && k < i + 5 &&
			    (tok_in_list(st, k, words_aux_back) ||
			    tok_in_words(st, k, (const char *const[]){ "be",
			    "is", "are", "was", "were", "now", "still",
			    NULL })); k++)
				;
			if (k == i + 1 || !tok_in_list(st, k, result_verbs))
				continue;
			when = time_within(st, k + 1, &ta, &tb);
			k = i;
		} else if (tok_in_words(st, i, (const char *const[]){
		    "announce", "declare", "release", "publish", NULL }) &&
		    (tok_in_list(st, i + 1, result_nouns) ||
		    (tok_in_list(st, i + 1, words_dets) && (tok_in_list(st,
		    i + 2, result_nouns) || tok_in_list(st, i + 3,
		    result_nouns))))) {
			/* "will announce the results on Sunday" */
			for (k = i + 1; k < i + 4 && !tok_in_list(st, k,
			    result_nouns); k++)
				;
			when = time_within(st, k + 1, &ta, &tb);
			k = i;
		} else if (tok_word(st, i, "curfew")) {
			/* "a curfew (running) from 7pm to 5am" */
			for (k = i + 1; k < st->n && k < i + 4 &&
			    !tok_word(st, k, "from"); k++)
				;
			if (tok_word(st, k, "from") &&
			    (when = times_at(st, k + 1, &ta, &tb)) != NULL) {
				events_emit_text(S, st, CLAIM_TIME, "curfew",
				    when, i, tb, subj, subj_side);
				i = tb - 1;
			}
			continue;
		} else
			continue;
		if (when == NULL)
			continue;
		events_emit_text(S, st, CLAIM_TIME, "results announcement",
		    when, k, tb, subj, subj_side);
		i = tb - 1;
	}
}

/*
 * When an operation or a service is planned to stop or start again: "the
 * search would be called off at dusk on Monday", "expected the line
 * between X and Y to reopen on Tuesday at the earliest", "the road could
 * reopen Tuesday", "does not expect the reopening of the line before
 * Thursday".  The subject is the thing ("search", "line": the noun after
 * the nearest "the" before the verb, or after "of the" past a noun of the
 * verb) and the change ("search called off", "line reopening"); the time
 * is the first within a few words after the verb, in its clause; "before
 * Thursday" is Thursday, at the earliest.  A sentence that names talks
 * (or another event of talks) is left to the rules of talks.
 */
static const struct planned {
	const char	*verb, *particle, *change;
} planned_verbs[] = {
	{ "called", "off", "called off" }, { "call", "off", "called off" },
	{ "reopen", NULL, "reopening" }, { "reopens", NULL, "reopening" },
	{ "reopened", NULL, "reopening" }, { "reopening", NULL, "reopening" },
	{ "resume", NULL, "resumption" }, { "resumes", NULL, "resumption" },
	{ "resumption", NULL, "resumption" },
	{ "lifted", NULL, "lifting" }, { "suspended", NULL, "suspension" }
};

/* The planned change whose verb (and particle) is at token v, or NULL;
 * *end gets the token after it. */
static const struct planned *
planned_at(const struct sent *st, size_t v, size_t *end)
{
	size_t	k;

	for (k = 0; k < PX_NITEMS(planned_verbs); k++) {
		if (!tok_word(st, v, planned_verbs[k].verb))
			continue;
		if (planned_verbs[k].particle == NULL) {
			*end = v + 1;
			return &planned_verbs[k];
		}
		if (tok_word(st, v + 1, planned_verbs[k].particle)) {
			*end = v + 2;
			return &planned_verbs[k];
		}
	}
	return NULL;
}

/* A plain lower-case noun at token k that can name the thing. */
static int
thing_noun(const struct sent *st, size_t k)
{
	return k < st->n && st->t[k].type == TW && !st->t[k].cap &&
	    !tok_in_list(st, k, words_dets) && !tok_in_list(st, k,
	    words_poss_pron) && !tok_in_list(st, k, words_np_stop) &&
	    !tok_in_list(st, k, words_venue_events) && !tok_in_list(st, k,
	    words_titles) && !tok_in_list(st, k, words_days);
}

void
times_find_planned(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	const struct planned	*p;
	size_t			 v, e, t, k, ta, tb, thing;
	char			*when, *noun, *subject;

	/* talks that resume are the talks rules' */
	if (events_in(st, 0, st->n, words_venue_events) < st->n)
		return;
	for (v = 0; v < st->n; v++) {
		if ((p = planned_at(st, v, &e)) == NULL)
			continue;
		/* the thing: "the reopening of the line", else the noun
		 * after the nearest "the" before the verb */
		thing = st->n;
		if (tok_word(st, e, "of") && tok_word(st, e + 1, "the") &&
		    thing_noun(st, e + 2)) {
			thing = e + 2;
			e += 3;
		} else
			for (k = v; k > 0 && k + 10 > v; k--) {
				if (st->t[k - 1].type == TP &&
				    !tok_comma(st, k - 1))
					break;
				if (tok_word(st, k - 1, "the")) {
					if (thing_noun(st, k))
						thing = k;
					break;
				}
			}
		if (thing >= st->n)
			continue;
		when = NULL;
		for (t = e; t < st->n && t < e + 6; t++) {
			if (st->t[t].type == TP)
				break;
			if (tok_word(st, t, "before") && (when = times_at(st,
			    t + 1, &ta, &tb)) != NULL)
				break;
			if ((when = times_at(st, t, &ta, &tb)) != NULL)
				break;
		}
		if (when == NULL)
			continue;
		noun = tok_text(st, thing, thing + 1);
		subject = noun != NULL ? util_printf("%s %s", noun,
		    p->change) : NULL;
		free(noun);
		if (subject == NULL) {
			free(when);
			S->oom = 1;
			return;
		}
		events_emit_text(S, st, CLAIM_TIME, subject, when,
		    thing < v ? thing : v, tb, subj, subj_side);
		free(subject);
		v = tb - 1;
	}
}
