/*
 * claims-events.c: the venue of talks, summits, a ceasefire ... (by
 * patterns around a handful of event nouns), its denials, the venues
 * parties propose, and signings to come.
 *
 * A venue may come with a topic ("talks on their border in the Boreal
 * capital X on Monday", "on the disputed Tarn border region": a name
 * before a noun of its own; the place named a city, or no country and a
 * day after it, since a topic has places of its own: "talks on the war in
 * X"); a country that "denies hosting" the talks or their round denies
 * itself as their venue; a venue noun and a place on either side of "is"
 * ("our only forum is X", "X is not the venue"); a venue of earlier rounds
 * is one of "earlier talks".  A venue not decided ("no decision has been
 * taken on the venue", "the venue is yet to be decided") is denied as
 * CLAIM_VENUE_UNDECIDED, which denies any place; a venue a party asks for
 * ("pushed for the talks to be held in X", "proposed X as a venue",
 * "offered to host") is one of the event "proposed by" the party, never of
 * the event itself.  A signing to come has its venue and day ("the accord
 * would be signed in X on June 3", "the signing ceremony would take place
 * in X"; "was signed in X" is history), and a ceremony is denied near a
 * signing ("reports of a ceremony in X do not correspond to reality").
 * struct state's event_base, round, event_sentence and sign_sentence carry
 * the event of the story from sentence to sentence.
 *
 * A denial governs only the place of its own clause (clause_break(): a
 * stop, colon, quotation mark, dash or a word such as "said", "adding",
 * "but" between them): "X denies Y venue, says ... to be held in Z" denies
 * Y and names Z; "has not agreed to go to Y" and ", not in Y" after a
 * venue deny Y, and so do "refused to attend talks in Y", "turned down a
 * proposal to hold the talks in Y", "had not received any proposals for a
 * meeting in Y", "no meetings in Y are planned", "we will not go to Y",
 * "rejected Y as a venue", "no agreement on Y" and "Y was not on the
 * table" (venue_rejected()).  A venue may follow a party ("talks with the Tarn Front in
 * the Boreal city of Y", "will meet Tarn representatives in Y"), a journey
 * ("travel to Y for the talks"), a host ("the Boreal side has agreed to
 * host"), a pronoun ("said it would be held in Y"); a city the text
 * places in a country the tables know is "Y, Country", a side's capital
 * the table's capital.  A sentence that reports a dispute over the venue
 * ("at odds over the venue") takes no side and gives no venue.  The time
 * after a venue is a claim too when no time rule read the sentence.
 *
 * An exchange, a swap or a handover is one of prisoners, with a venue,
 * once the article names prisoners ("the swap will take place in X", "will
 * swap 120 prisoners each in X", "the exchange was carried out in X", "the
 * prisoners changed hands at X"; not "the exchange of fire").  A report
 * denied is denied with its that-clause ("has denied the statement of the
 * Tarn side that the talks will be held in X", "Information that the
 * meeting will take place in X does not correspond to reality"); a denial
 * of "that" or "the report" before a new clause ("rejected that, telling
 * reporters the meeting would be held in Y") denies the venues of the
 * sentence before and leaves Y a venue.
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "entities.h"
#include "numbers.h"

#include <stdlib.h>
#include <string.h>

LIST(delegate_nouns, "delegation", "delegations", "representatives",
    "officials", "negotiators", "envoys", "delegates", "team", "diplomats",
    "emissaries", "envoy", "representative");
LIST(go_verbs, "go", "travel", "come", "fly", "meet", "gather", "head",
    "move", "relocate", "hold", "travels", "travelled", "traveled",
    "travelling", "traveling", "flew", "flies", "heads", "headed", "goes",
    "went", "arrive", "arrives", "arrived", "arriving");
LIST(want_words, "wanted", "want", "wants", "proposal", "proposed",
    "propose", "proposes", "offered", "offer", "offers", "agreed", "agree",
    "ready", "willing", "suggested", "suggest", "suggests", "plan",
    "plans", "planned", "asked", "insisted", "preferred", "prefer",
    "would", "invited", "invitation", "demanded");
LIST(neg_after, "not", "untrue", "false", "incorrect", "fake", "wrong",
    "baseless", "groundless", "unfounded");
LIST(neg_before, "denied", "denies", "deny", "denying", "rejected",
    "rejects", "refuted", "refutes", "dismissed", "dismisses",
    "disputed", "disputes");
/* Verbs of refusing: "refused to go to X" denies X. */
LIST(refuse_words, "refused", "refuses", "refuse", "refusing", "declined",
    "declines", "decline");
/*
 * Words that open a clause of their own: a denial before one of them
 * governs no place after it ("denies X, says ... to be held in Y", "no
 * meeting in X, ... adding that it had accepted to meet in Y").
 */
LIST(clause_words, "said", "says", "say", "saying", "added", "adding",
    "adds", "told", "telling", "assured", "assuring", "insisted",
    "insisting", "stressed", "explained", "noted", "but", "while", "whereas",
    "although", "though", "instead", "proposing", "suggesting",
    "according");
LIST(geo_nouns, "border", "frontier", "region", "area", "forest",
    "province", "district", "oblast", "island", "peninsula", "coast",
    "airport", "base", "palace", "hotel", "centre", "center", "crossing");
LIST(capital_words, "capital", "city", "town", "village", "resort",
    "port");
/* Heads of place names with "of" ("Bay of Kessa"), and the particles
 * inside place names ("Rio de Kessa", "Dar es Vesi"). */
LIST(place_heads, "bay", "gulf", "cape", "isle", "isles", "mount", "lake",
    "republic", "kingdom", "principality", "sultanate", "emirate",
    "state", "district", "county", "province", "strait", "straits");
LIST(place_particles, "de", "da", "do", "dos", "das", "del", "es", "el",
    "al", "la", "le", "les", "di", "du", "upon");

/* The event a sentence talks about, with its round. */
char *
events_subject(struct state *S, const struct sent *st, size_t ev)
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
		    tok_word(st, ev, "visit") || tok_word(st, ev,
		    "evacuation") || tok_word(st, ev, "campaign") ||
		    tok_word(st, ev, "strike") || tok_word(st, ev, "walkout"))
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

/*
 * The first event noun in [a, b), or st->n: never a "news conference",
 * which is where someone spoke, not an event of the story.
 */
size_t
events_in(const struct sent *st, size_t a, size_t b, struct wordset *list)
{
	size_t	k;

	for (k = a; k < b && k < st->n; k++)
		if (tok_in_list(st, k, list) && !events_news(st, k))
			return k;
	return st->n;
}

/* Whether tokens [a, b) are all words in lower case. */
static int
lower_run(const struct sent *st, size_t a, size_t b)
{
	for (; a < b; a++)
		if (a >= st->n || st->t[a].type != TW || st->t[a].cap)
			return 0;
	return 1;
}

/*
 * A place at token i: "Minsk", "the Belarusian capital of Minsk",
 * "Belarus' capital Minsk", "the Belarusian capital, Minsk" (an
 * apposition only after a word before the noun: "the capital, Reuters
 * said" is no place, but "the capital, X" is when the tables know X as a
 * city of a country), "the Ukrainian-Belarusian border".  Returns
 * the text and sets [*pa, *pb).
 */
char *
events_place_at(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb)
{
	size_t		 j = i, a, b, k;
	const char	*c, *adj;
	int		 found;

	if (tok_in_list(st, j, words_dets))
		j++;
	/* "<side>('s) capital (of) X" */
	for (k = j; k < j + 3 && k < st->n; k++)
		if (tok_in_list(st, k, capital_words))
			break;
	found = k < j + 3 && k < st->n;
	/* the last of such nouns: "the port city of X" */
	while (found && k + 1 < st->n && tok_in_list(st, k + 1,
	    capital_words))
		k++;
	/* "the city of X" too: a noun of places right after the article
	 * (lower case: "Port of Spain" is a name), or after words in lower
	 * case ("the port city of X", "the northern town of X") */
	if (found && ((k > j && st->t[j].cap) || (k == j &&
	    !st->t[k].cap && (tok_word(st, k + 1, "of") ||
	    tok_comma(st, k + 1))) || (k > j && lower_run(st, j, k + 1) &&
	    tok_word(st, k + 1, "of")))) {
		size_t	x = k + 1;

		if (tok_word(st, x, "of"))
			x++;
		else if (k > j && tok_comma(st, x) && tok_capword(st, x + 1) &&
		    !tok_in_list(st, x + 1, words_days) &&
		    !tok_in_list(st, x + 1, words_months))
			x++;	/* an apposition: "the Boreal capital, X" */
		else if (k == j && tok_word(st, k, "capital") &&
		    tok_comma(st, x) && places_country(S, st, x + 1) != NULL &&
		    entities_country_form(S->ent, st->s + st->t[x + 1].s,
		    st->t[x + 1].e - st->t[x + 1].s) == NULL)
			x++;	/* "the capital, X": a capital the tables
				   know, no country */
		if (tok_capword(st, x)) {
			j = x;
		}
	}
	if (!tok_capword(st, j) || tok_in_list(st, j, words_days) ||
	    tok_in_list(st, j, words_months) || tok_in_list(st, j,
	    words_titles))
		return NULL;
	/* "China's Kunming": the city, not its country */
	if (tok_possessive(st, j + 1) && tok_capword(st, j + 2) &&
	    places_country(S, st, j) != NULL && !tok_in_list(st, j + 2,
	    words_days) && !tok_in_list(st, j + 2, words_months) &&
	    !tok_in_list(st, j + 2, words_titles))
		j += 2;
	a = j;
	for (b = j; b < st->n && tok_capword(st, b) &&
	    !tok_in_list(st, b, words_days) && !tok_in_list(st, b,
	    words_months); b++)
		;
	/* "of" inside a name of two words or more: "Tarn School of Law",
	 * or after a noun of places ("Port of Spain", "Bay of Kessa"); a
	 * particle between two capitalised words ("Rio de Kessa", "Dar es
	 * Vesi") */
	while ((((b - a >= 2 || (b - a == 1 && (tok_in_list(st, a,
	    capital_words) || tok_in_list(st, a, place_heads)))) &&
	    tok_word(st, b, "of")) || (b > a && tok_in_list(st, b,
	    place_particles))) && tok_capword(st, b + 1) &&
	    !tok_in_list(st, b + 1, words_days) && !tok_in_list(st, b + 1,
	    words_months))
		for (b += 2; b < st->n && tok_capword(st, b) &&
		    !tok_in_list(st, b, words_days); b++)
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

/* After "and" or "or", words that start a clause of their own: "the
 * talks will not be in X and will be held in Y". */
LIST(and_verbs, "will", "would", "is", "was", "are", "were", "has", "have",
    "had", "could", "should", "may", "might", "must", "can", "shall",
    "then", "instead");

/*
 * Is there a clause boundary among tokens [a, b): a stop, a colon, a
 * semicolon, a quotation mark or a dash, a word of clause_words, or "and"
 * before a verb of its own (and_verbs)?
 */
static int
clause_break(const struct sent *st, size_t a, size_t b)
{
	size_t		k;
	unsigned int	cp;

	for (k = a; k < b && k < st->n; k++) {
		if (st->t[k].type == TP) {
			cp = st->t[k].cp;
			if (((cp == '.' || cp == '?' || cp == '!') &&
			    !tok_abbrev_dot(st, k)) || cp == ':' ||
			    cp == ';' || cp == 0x2013 || cp == 0x2014 ||
			    tok_quote(st, k))
				return 1;
		} else if (tok_in_list(st, k, clause_words) ||
		    ((tok_word(st, k, "and") || tok_word(st, k, "or")) &&
		    tok_in_list(st, k + 1, and_verbs)))
			return 1;
	}
	return 0;
}

/*
 * Is the verb at token v in an aside of its own before the place at pa:
 * "the rebels, who rejected the truce in May, will hold talks in X"
 * ("who" or "which" just before it, a comma after it)?
 */
static int
relative_aside(const struct sent *st, size_t v, size_t pa)
{
	size_t	k;

	for (k = v; k > 0 && k + 3 > v; k--)
		if (tok_word(st, k - 1, "who") || tok_word(st, k - 1, "which"))
			break;
	if (k == 0 || k + 3 <= v)
		return 0;
	for (k = v + 1; k < pa; k++)
		if (tok_comma(st, k))
			return 1;
	return 0;
}

/*
 * Nouns of what was said that a denial may take as its object, or that a
 * predicate of denial may follow: "denied the statement of the Tarn side
 * that the talks will be held in X", "Information that the meeting will
 * take place in X does not correspond to reality".  Words after "not"
 * that deny what comes before.
 */
LIST(report_nouns, "statement", "statements", "claim", "claims", "report",
    "reports", "announcement", "announcements", "information",
    "assertion", "assertions", "allegation", "allegations", "rumours",
    "rumors", "suggestion", "suggestions", "news");
LIST(untrue_after_not, "correspond", "true", "accurate", "correct",
    "reflect", "match", "reality");

/*
 * The report noun whose "that" clause holds the event at token lo
 * ("claims that a prisoner exchange", "the statement of the Tarn side
 * that the talks"), or st->n.
 */
static size_t
report_that(const struct sent *st, size_t lo)
{
	size_t	k, t;

	for (k = lo; k > 0 && k + 4 > lo; k--)
		if (tok_word(st, k - 1, "that"))
			break;
	if (k == 0 || k + 4 <= lo || !tok_word(st, k - 1, "that"))
		return st->n;
	t = k - 1;
	for (k = t; k > 0 && k + 8 > t; k--) {
		if (clause_break(st, k - 1, k) || tok_comma(st, k - 1))
			return st->n;
		if (tok_in_list(st, k - 1, report_nouns))
			return k - 1;
	}
	return st->n;
}

/*
 * Is what the report noun at r says denied: a denial verb a few words
 * before it ("denied Tarn claims", "has denied the statement"), or a
 * predicate of denial after the place that ends at pb, in its clause
 * ("... in X on May 3 does not correspond to reality", "are false")?
 */
static int
report_denied(const struct sent *st, size_t r, size_t pb)
{
	size_t	k;

	for (k = r; k > 0 && k + 4 > r; k--)
		if (tok_in_list(st, k - 1, neg_before))
			return 1;
	for (k = pb; k < st->n && k < pb + 12; k++) {
		/* the predicate quoted: ... on Tuesday "do not correspond
		 * to reality," a spokeswoman said */
		if (tok_quote(st, k))
			continue;
		if (clause_break(st, k, k + 1) || tok_comma(st, k))
			return 0;
		if ((tok_word(st, k, "not") || tok_word(st, k, "n't")) &&
		    tok_in_list(st, k + 1, untrue_after_not))
			return 1;
		if (tok_in_list(st, k, neg_after) && !tok_word(st, k, "not") &&
		    tok_in_words(st, k - 1, (const char *const[]){ "is", "are",
		    "was", "were", NULL }))
			return 1;
	}
	return 0;
}

/*
 * Is the venue at [pa, pb) (event or verb at ev) denied in this sentence?
 * A negation governs the place only in its own clause (clause_break()):
 * "there will be no meeting in X" denies X, not the Y of "..., adding
 * that it had only accepted to meet in Y"; "has not agreed to go to X",
 * "refused to travel to X" and "has not agreed to hold (a round of)
 * mediation talks in X" deny X.
 */
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
	/* "denied claims that the talks ...", "Reports that ... are false" */
	if ((k = report_that(st, lo)) < st->n && report_denied(st, k, pb))
		return 1;
	/* "there will be no negotiations in X", "No such meeting is
	 * planned in X" */
	if (ev < pa && ev > 0 && (tok_word(st, ev - 1, "no") || (ev > 1 &&
	    tok_word(st, ev - 1, "such") && tok_word(st, ev - 2, "no"))) &&
	    !clause_break(st, ev, pa))
		return 1;
	for (k = lo; k < pa; k++)
		if ((tok_word(st, k, "not") || tok_word(st, k, "never") ||
		    tok_word(st, k, "n't") || tok_word(st, k, "won't")) &&
		    !clause_break(st, k + 1, pa))
			return 1;
	/* "has not agreed to go to X", "refused to travel to X" */
	if (tok_in_list(st, lo, refuse_words))
		return 1;
	/* "never agreed to talks in X", "did not accept to hold talks" */
	for (k = lo; k > 0 && k + 10 > lo; k--) {
		if (tok_word(st, k - 1, "not") || tok_word(st, k - 1,
		    "never") || tok_word(st, k - 1, "n't"))
			return 1;
		if (!tok_in_list(st, k - 1, words_aux_back) &&
		    !tok_in_words(st, k - 1, (const char *const[]){ "did",
		    "does", "do", "has", "have", "had", "could", "can",
		    "yet", "agreed", "agree", "accepted", "accept", "to",
		    "hold", "attend", "any", "the", "new", "direct", "next",
		    "upcoming", "latest", "second", "third", "fourth",
		    "mediation", "peace", "formal", "fresh", "further", "a",
		    "round", "of", "received", "receive", "proposal",
		    "proposals", "invitation", "invitations", "request",
		    "requests", "for", NULL }))
			break;
	}
	for (k = lo; k > 0 && k + 8 > lo; k--) {
		if (clause_break(st, k - 1, k))
			break;
		if ((tok_in_list(st, k - 1, neg_before) ||
		    tok_in_list(st, k - 1, refuse_words) ||
		    (tok_word(st, k - 1, "down") && k > 1 &&
		    tok_in_words(st, k - 2, (const char *const[]){ "turned",
		    "turns", "turning", "turn", NULL }))) &&
		    !relative_aside(st, k - 1, pa))
			return 1;	/* "turned down a proposal to hold" */
		/* "No agreement was ever reached to meet in X", "there is
		 * no plan to hold any meeting in X" */
		if (tok_word(st, k - 1, "no") && tok_in_words(st, k,
		    (const char *const[]){ "agreement", "decision", "deal",
		    "consensus", "plan", "plans", "intention", NULL }))
			return 1;
	}
	return 0;
}

void
events_emit_text(struct state *S, const struct sent *st,
    enum claim_kind kind, const char *subject, char *text, size_t a,
    size_t b, const char *subj, const char *subj_side)
{
	const char	*src, *sd;

	src = people_source(S, st, a, &sd, subj, subj_side);
	claims_add(S, st, kind, subject, 0, 0, text, 0, NULL, src,
	    st->t[a].s, st->t[b - 1].e);
}

/* Has the sentence (or its neighbours) talks in it? */
int
events_talks_context(struct state *S, const struct sent *st)
{
	size_t	k;

	for (k = 0; k < st->n; k++)
		if (tok_in_list(st, k, words_venue_events) ||
		    tok_in_list(st, k, delegate_nouns))
			return 1;
	return S->event_sentence >= 0 &&
	    (long)st->index - S->event_sentence <= 3;
}

/* "news conference", "press conference": not an event of the story. */
int
events_news(const struct sent *st, size_t i)
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

	near = events_in(st, 0, st->n, words_venue_events) < st->n ||
	    (S->event_sentence >= 0 &&
	    (long)st->index - S->event_sentence <= 3);
	for (j = i + 1; j < st->n && j < i + 18; j++) {
		if (tok_in_list(st, j, delegate_nouns))
			del = tok_in_list(st, j, words_strong_delegates) ||
			    near ? 1 : 2;
		if (tok_punct(st, j, '.') || tok_punct(st, j, ';'))
			break;
		if (del && tok_word(st, j, "to") &&
		    (place = events_place_at(S, st, j + 1, pa, pb)) != NULL)
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
size_t
events_topic_end(const struct sent *st, size_t i)
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
		    tok_in_list(st, j, words_venue_verbs))
			return st->n;
	}
	return st->n;
}

/*
 * Whether the place at [pa, pb), after the "in" at j that ends a topic,
 * is the event's own: named as a city ("the Boreal capital X", "the city
 * of X") or a place that is no country with a day after it ("in Vesi on
 * Monday", "in Vesi, Tarn, starting on May 3").
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
	/* "in Vesi, Tarn, starting on December 3": past the country in
	 * commas and a verb of starting */
	k = pb;
	if (tok_comma(st, k) && tok_capword(st, k + 1)) {
		for (k += 1; k < st->n && k < pb + 5 && tok_capword(st, k); k++)
			;
		k = tok_comma(st, k) ? k + 1 : pb;
	}
	if (k > pb && tok_in_words(st, k, (const char *const[]){ "starting",
	    "beginning", "opening", "from", NULL }))
		k++;
	if ((when = times_at(st, k, &ta, &tb)) == NULL)
		return 0;
	free(when);
	return !times_clock(st, ta, tb);
}

/*
 * The end of a party after token j, up to an "in", an "at" or a comma:
 * "(talks) with the Tarn Front (TF) in X", "(will meet) Tarn
 * representatives in X", "(meet) with Foreign Minister of Tarn Ola Vik
 * in X": names, articles, "and", "of", brackets and at most three
 * lower-case words that are no verb ("based", "fighting": "talks with
 * groups based in X" name no venue).  Returns the token of the "in",
 * "at" or comma, or st->n.
 */
static size_t
party_end(const struct sent *st, size_t j)
{
	size_t	k, len;
	int	low = 0;

	for (k = j; k < st->n && k < j + 12; k++) {
		if (tok_word(st, k, "in") || tok_word(st, k, "at") ||
		    tok_comma(st, k))
			return k > j ? k : st->n;
		if (tok_punct(st, k, '(') || tok_punct(st, k, ')') ||
		    tok_possessive(st, k))
			continue;
		if (st->t[k].type != TW)
			return st->n;
		if (st->t[k].cap || tok_in_list(st, k, words_dets) ||
		    tok_word(st, k, "and") || tok_word(st, k, "of"))
			continue;
		len = st->t[k].e - st->t[k].s;
		if (tok_in_list(st, k, words_venue_verbs) ||
		    tok_in_list(st, k, words_say_verbs) ||
		    tok_in_list(st, k, words_venue_events) || (len > 3 &&
		    (strncmp(st->low + st->t[k].e - 2, "ed", 2) == 0 ||
		    strncmp(st->low + st->t[k].e - 3, "ing", 3) == 0)) ||
		    ++low > 3)
			return st->n;
	}
	return st->n;
}

/*
 * A place at token i as events_place_at() reads it, with the country the
 * text gives a city the tables do not know ("the Boreal city of Lumo" is
 * "Lumo, Borealia", so that a venue "Borealia" elsewhere agrees with it:
 * conflict.c); or a side's capital by the entities table: "in the Boreal
 * capital" is "Vesi (Boreal capital)" when the table names Vesi the
 * capital of Borealia.
 */
static char *
venue_place_at(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb)
{
	const char	*c, *cap;
	char		*place, *adj;
	size_t		 j = i;

	if (tok_in_list(st, j, words_dets))
		j++;
	if ((place = events_place_at(S, st, i, pa, pb)) != NULL) {
		if (*pa < j + 2 || !tok_capword(st, j) || !tok_in_list(st,
		    j + 1, capital_words) || (c = places_country(S, st, j)) ==
		    NULL || entities_country(S->ent, place, strlen(place)) !=
		    NULL)
			return place;
		adj = place;
		place = util_printf("%s, %s", adj, c);
		free(adj);
		if (place == NULL)
			S->oom = 1;
		return place;
	}
	if (!tok_capword(st, j) || !tok_word(st, j + 1, "capital") ||
	    tok_capword(st, j + 2) || tok_word(st, j + 2, "of") ||
	    (c = places_country(S, st, j)) == NULL ||
	    (cap = entities_capital(S->ent, c)) == NULL)
		return NULL;
	if ((adj = tok_text(st, j, j + 2)) == NULL) {
		S->oom = 1;
		return NULL;
	}
	place = util_printf("%s (%s)", cap, adj);
	free(adj);
	if (place == NULL) {
		S->oom = 1;
		return NULL;
	}
	*pa = j;
	*pb = j + 2;
	return place;
}

/*
 * The comma that closes an aside of a participle opening at token j
 * ("mediated by Tarn,", "announced on Friday,"), or st->n.
 */
static size_t
aside_end(const struct sent *st, size_t j)
{
	size_t	k, len;

	if (j >= st->n || st->t[j].type != TW || st->t[j].cap ||
	    (len = st->t[j].e - st->t[j].s) < 4 ||
	    strncmp(st->low + st->t[j].e - 2, "ed", 2) != 0)
		return st->n;
	for (k = j + 1; k < st->n && k < j + 9; k++) {
		if (tok_comma(st, k))
			return k;
		if (st->t[k].type == TP)
			return st->n;
	}
	return st->n;
}

static char *
venue_event(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb)
{
	size_t	 j, k, topic = events_topic_end(st, i), party = st->n;
	char	*place;
	int	 prep, after;

	/* "talks with the Tarn Front in X", "..., to be held in X" */
	if (tok_word(st, i + 1, "with") || tok_word(st, i + 1, "between"))
		party = party_end(st, i + 2);

	for (j = i + 1; j < st->n && j < i + 20; j++) {
		/* "the talks, held in X," and "the talks, to be held in" */
		if (tok_comma(st, j) && (j == i + 1 || j == party) &&
		    (tok_in_list(st, j + 1, words_venue_verbs) ||
		    tok_word(st, j + 1, "which") || tok_word(st, j + 1, "to")))
			continue;
		/* "the talks, mediated by Tarn, will be held in X" */
		if (tok_comma(st, j) && j == i + 1 && (k = aside_end(st,
		    j + 1)) < st->n) {
			j = k;
			continue;
		}
		if (tok_punct(st, j, '.') || tok_punct(st, j, ';') ||
		    tok_comma(st, j) || tok_quote(st, j))
			break;
		/* "talks set for X" (a day is no place: events_place_at()) */
		prep = tok_word(st, j, "in") || tok_word(st, j, "at") ||
		    tok_word(st, j, "on") || (tok_word(st, j, "for") &&
		    tok_in_list(st, j - 1, words_schedule_words));
		after = j == i + 1 || j == topic || j == party ||
		    tok_in_list(st, j - 1, words_venue_verbs) ||
		    /* "no meeting had been agreed in X" */
		    (tok_word(st, j - 1, "agreed") && tok_in_words(st, j - 2,
		    (const char *const[]){ "been", "was", "were", "is", "be",
		    NULL })) ||
		    tok_word(st, j - 1, "venue") ||
		    tok_word(st, j - 1, "location") ||
		    /* "was carried out in X" */
		    (tok_word(st, j - 1, "out") && j > 1 &&
		    tok_word(st, j - 2, "carried")) ||
		    tok_in_list(st, j - 1, words_days) ||
		    tok_in_list(st, j - 1, words_day_parts) ||
		    tok_in_list(st, j - 1, words_schedule_words);
		if (!prep || !after)
			continue;
		if ((place = venue_place_at(S, st, j + 1, pa, pb)) == NULL)
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
 * claim about this one's (as counts_past_event() keeps earlier counts out): it
 * is the venue of "earlier talks".
 */
static int
past_venue(const struct sent *st, size_t ev)
{
	size_t	k;

	for (k = ev; k > 0 && k + 5 > ev; k--) {
		if (tok_in_list(st, k - 1, words_past_adjs) ||
		    tok_word(st, k - 1, "past"))
			return 1;
		if (!tok_word(st, k - 1, "of") &&
		    !tok_word(st, k - 1, "round") &&
		    !tok_word(st, k - 1, "rounds") &&
		    !tok_in_list(st, k - 1, words_dets))
			break;
	}
	/* a year or "ago" in the event's own phrase ("talks in Oslo in
	 * 2019"), not elsewhere in the sentence ("the first since 2019") */
	for (k = ev + 1; k < st->n && k < ev + 7; k++) {
		if (st->t[k].type == TP)
			break;
		if (tok_word(st, k, "ago") && tok_in_list(st, k - 1,
		    words_ago_units))
			return 1;
		if (st->t[k].type == TN && (st->t[k].num->flags &
		    NUMBER_YEAR) && (tok_word(st, k - 1, "in") ||
		    tok_word(st, k - 1, "during")))
			return 1;
		if (tok_in_list(st, k, words_venue_verbs) ||
		    tok_in_list(st, k, words_say_verbs))
			break;
	}
	return 0;
}

/*
 * Is the venue at [pa, pb) of the event at ev dated in a year right after
 * it, with nothing of the future between the event and the place: "the
 * last round of negotiations, held in X in October 2024", "talks were
 * held in X in 2019" (not "will be held in X in January 2027")?
 */
static int
past_dated(const struct sent *st, size_t ev, size_t pa, size_t pb)
{
	size_t	k;

	if (ev >= pa)
		return 0;
	for (k = ev + 1; k < pa; k++)
		if (tok_in_words(st, k, (const char *const[]){ "will", "would",
		    "shall", "to", "next", "set", "due", "planned",
		    "scheduled", NULL }))
			return 0;
	if (!tok_word(st, pb, "in"))
		return 0;
	k = pb + 1;
	if (tok_in_list(st, k, words_months))
		k++;
	return k < st->n && st->t[k].type == TN &&
	    (st->t[k].num->flags & NUMBER_YEAR);
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
	    !events_talks_context(S, st)))
		return NULL;
	/* the noun first: "(our only) forum (for the talks) is X" */
	for (a = i; a > 0 && i - a < 3 && tok_in_list(st, a - 1, venue_mods);
	    a--)
		;
	if (a < i && !(a > 0 && people_prep(st, a - 1))) {
		c = i + 1;
		if ((tok_word(st, c, "for") || tok_word(st, c, "of")) &&
		    (ev = events_in(st, c + 1, c + 4,
		    words_venue_events)) < st->n)
			c = ev + 1;
		if ((c = after_be(st, c, neg)) > 0 &&
		    (place = events_place_at(S, st, c, pa, pb)) != NULL) {
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
	if (c == a || (place = events_place_at(S, st, c, pa, pb)) == NULL)
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
		if (tok_in_list(st, k, words_venue_events) ||
		    tok_word(st, k, "round"))
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
		if (tok_word(st, k, "in") && (place =
		    events_place_at(S, st, k + 1, pa, pb)) != NULL)
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

/*
 * Words of people held whose exchange is an event with a venue: an
 * "exchange" or a "swap" is one of prisoners when the article has named
 * them before or now (or a count of prisoners exchanged: S->exchange).
 */
LIST(captive_words, "prisoner", "prisoners", "pows", "pow", "captives",
    "detainees", "hostages", "soldiers", "servicemen");
static const char *const captive_stems[] = { "prisoner", "POW",
    "captive", "detainee", "hostage", NULL };

/*
 * Does s tell of a swap of captives: w ("xchang" of "exchange", "wap" of
 * "swap") within a few words of a captive's noun ("prisoners were
 * exchanged", "in exchange for 18 hostages"), not "received in exchange"?
 */
static int
captive_swap(const char *s, const char *w)
{
	const char	*p, *lo, *c;
	size_t		 k;

	for (p = strstr(s, w); p != NULL; p = strstr(p + 1, w)) {
		lo = p - s > 40 ? p - 40 : s;
		for (k = 0; captive_stems[k] != NULL; k++)
			if ((c = strstr(lo, captive_stems[k])) != NULL &&
			    c < p + 48)
				return 1;
	}
	return 0;
}

/*
 * The event a handover of captives is part of: "prisoner exchange" when the
 * article tells of an exchange or a swap, else "release of captives"
 * (hostages freed for nothing in return), so that outlets that tell one
 * event name it alike.
 */
const char *
events_captive_event(const struct state *S)
{
	size_t	i;

	for (i = 0; i < S->nall; i++)
		if (captive_swap(S->all[i], "xchang") ||
		    captive_swap(S->all[i], "wap"))
			return "prisoner exchange";
	return "release of captives";
}

static int
captives_named(const struct state *S, const struct sent *st)
{
	size_t	i, k;

	if (S->exchange)
		return 1;
	for (i = 0; i < S->nall && i <= st->index; i++)
		for (k = 0; captive_stems[k] != NULL; k++)
			if (strstr(S->all[i], captive_stems[k]) != NULL ||
			    (k == 0 && strstr(S->all[i], "Prisoner") != NULL))
				return 1;
	return 0;
}

/*
 * "Tarn and Vale will swap 120 prisoners each in X": a verb of exchange
 * to come at token i, prisoners as its object and the place after "in"
 * in its clause.  Returns the place and sets [*pa, *pb), or NULL.
 */
/* Verbs of exchange, tried at every token: a list, indexed. */
LIST(swap_verbs, "swap", "exchange", "trade");

static char *
venue_swap(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb)
{
	size_t	j;
	int	who = 0;

	if (i == 0 || !tok_in_list(st, i, swap_verbs) ||
	    !tok_in_words(st, i - 1, (const char *const[]){ "will", "would",
	    "to", "shall", NULL }))
		return NULL;
	for (j = i + 1; j < st->n && j < i + 10; j++) {
		if (st->t[j].type == TP && !tok_punct(st, j, '-'))
			return NULL;
		if (tok_in_list(st, j, captive_words))
			who = 1;
		if (tok_word(st, j, "in"))
			return who ? venue_place_at(S, st, j + 1, pa, pb) :
			    NULL;
	}
	return NULL;
}

static char *
venue_more(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb, size_t *ev, int *exch)
{
	size_t	 j, k;
	char	*place;

	*ev = st->n;
	if (tok_word(st, i, "round") && !tok_word(st, i + 1, "of") &&
	    events_talks_context(S, st)) {
		if ((place = venue_event(S, st, i, pa, pb)) != NULL)
			*ev = i;
		return place;
	}
	if (tok_in_list(st, i, invite_verbs) && events_talks_context(S, st)) {
		*ev = events_in(st, 0, st->n, words_venue_events);
		if (tok_word(st, i + 1, "to"))
			return events_place_at(S, st, i + 2, pa, pb);
		for (j = i + 1; j < st->n && j < i + 6; j++) {
			if (st->t[j].type != TW)
				return NULL;
			if (tok_in_list(st, j, delegate_nouns) &&
			    tok_word(st, j + 1, "to"))
				return events_place_at(S, st, j + 2, pa, pb);
		}
		return NULL;
	}
	/* "Doha will host them" */
	if ((tok_word(st, i, "host") || tok_word(st, i, "hosts")) &&
	    (tok_word(st, i + 1, "them") || tok_word(st, i + 1, "it")) &&
	    events_talks_context(S, st) && i > 1 &&
	    (tok_word(st, i - 1, "will") || tok_word(st, i - 1, "would"))) {
		for (k = i - 1; k > 0 && tok_capword(st, k - 1); k--)
			;
		if (k == i - 1)
			return NULL;
		*ev = events_in(st, 0, k, words_venue_events);
		*pa = k;
		*pb = i - 1;
		return tok_text(st, k, i - 1);
	}
	/* "the prisoners changed hands at the X crossing" */
	if (tok_in_list(st, i, captive_words) && tok_word(st, i + 1,
	    "changed") && tok_word(st, i + 2, "hands") && (tok_word(st,
	    i + 3, "at") || tok_word(st, i + 3, "in")) &&
	    (place = venue_place_at(S, st, i + 4, pa, pb)) != NULL) {
		*ev = st->n;
		*exch = 1;
		return place;
	}
	/* "will swap 120 prisoners of war each in X" */
	if ((place = venue_swap(S, st, i, pa, pb)) != NULL) {
		*ev = i;
		*exch = 1;
		return place;
	}
	/* "were handed over to X officials in the city of Y" */
	if (tok_word(st, i, "handed") && tok_word(st, i + 1, "over") &&
	    i > 0 && tok_in_words(st, i - 1, (const char *const[]){ "were",
	    "was", "been", "be", NULL }) && captives_named(S, st)) {
		for (j = i + 2; j < st->n && j < i + 10; j++) {
			if (st->t[j].type == TP)
				return NULL;
			if (tok_word(st, j, "in") || tok_word(st, j, "at")) {
				if ((place = venue_place_at(S, st, j + 1, pa,
				    pb)) != NULL)
					*exch = 1;
				return place;
			}
		}
		return NULL;
	}
	/* "the exchange", "a prisoner swap", "no handover took place in",
	 * "the release took place in"; not "the exchange of fire", nor
	 * "a press release" */
	if ((tok_in_list(st, i, words_exchange_nouns) || (tok_word(st, i,
	    "release") && i > 0 && tok_in_list(st, i - 1, words_dets))) &&
	    i > 0 && (tok_in_list(st, i - 1, words_dets) || tok_in_list(st,
	    i - 1, captive_words) || tok_word(st, i - 1, "no")) &&
	    !(tok_word(st, i + 1, "of") &&
	    !tok_in_list(st, i + 2, captive_words) && !(i + 2 < st->n &&
	    st->t[i + 2].type == TN && tok_in_list(st, i + 3,
	    captive_words))) &&
	    captives_named(S, st)) {
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

/* Whether [a, b) names a city or a capital the tables know ("Dar es
 * Vesi"), not a country. */
static int
known_city(const struct state *S, const struct sent *st, size_t a, size_t b)
{
	const char	*w = st->s + st->t[a].s;
	size_t		 n = st->t[b - 1].e - st->t[a].s;

	return entities_country(S->ent, w, n) != NULL &&
	    entities_country_form(S->ent, w, n) == NULL;
}

/* The city the tables know after "or" or "and" at token k ("X or Y"),
 * with the token after it in *end, or NULL. */
static char *
second_city(struct state *S, const struct sent *st, size_t k, size_t *end)
{
	size_t	qa, qb;
	char	*q;

	if ((!tok_word(st, k, "or") && !tok_word(st, k, "and")) ||
	    (q = events_place_at(S, st, k + 1, &qa, &qb)) == NULL)
		return NULL;
	if (!known_city(S, st, qa, qb)) {
		free(q);
		return NULL;
	}
	*end = qb;
	return q;
}

/* "X was ready to host the talks": tried at every token, indexed. */
LIST(ready_words, "ready", "willing", "prepared");

/* "X had proposed Y as a venue", "X offered to host the talks", "had
 * proposed X or Y" (two cities the tables know: one bare name could be
 * proposed for anything; "X or Y" one claim, which agrees with
 * either). */
void
events_find_proposed(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, k, pa, pb, ev, lo, w, sb = 0;
	char	*place, *subject, *es, *second;

	for (i = 0; i < st->n; i++) {
		second = NULL;
		/* "X offered to host", "X was ready to host the talks" */
		/* "had put forward X" */
		w = tok_word(st, i, "put") && tok_word(st, i + 1, "forward") ?
		    i + 2 : i + 1;
		if (!tok_in_list(st, i, propose_words) && w == i + 1 &&
		    !(tok_in_list(st, i, ready_words) && tok_word(st, i + 1,
		    "to") && tok_word(st, i + 2, "host")))
			continue;
		place = NULL;
		lo = i;
		if ((place = events_place_at(S, st, w, &pa, &pb)) != NULL) {
			/* "proposed the Boreal capital X", "proposed Port of
			 * X": a city */
			for (k = w; k < pb; k++)
				if (tok_in_list(st, k, capital_words))
					break;
			/* "had proposed Dar es Vesi or Lumo": two cities
			 * the tables know, a choice of venues (one alone
			 * may be proposed for anything) */
			if (k < pb && !tok_word(st, pb, "as"))
				second = second_city(S, st, pb, &sb);
			else if (tok_word(st, pb, "instead") ||
			    (tok_word(st, pb, "as") && tok_word(st, pb + 1,
			    "an") && tok_word(st, pb + 2, "alternative")))
				/* "has offered Geneva instead" */
				pb += tok_word(st, pb, "instead") ? 1 : 3;
			else if (known_city(S, st, pa, pb) &&
			    (second = second_city(S, st, pb, &sb)) != NULL)
				;
			else if (!(tok_word(st, pb, "as") &&
			    (tok_in_list(st, pb + 1, site_nouns) ||
			    (tok_in_list(st, pb + 1, words_dets) &&
			    tok_in_list(st, pb + 2, site_nouns))))) {
				free(place);
				continue;
			} else
				pb += tok_in_list(st, pb + 1, words_dets) ? 3 :
				    2;
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
			if (a0 == b0 || events_in(st, i + 3, i + 7,
			    words_venue_events) >= st->n)
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
		if (!events_talks_context(S, st)) {
			free(place);
			free(second);
			continue;
		}
		ev = events_in(st, 0, st->n, words_venue_events);
		es = events_subject(S, st, ev);
		subject = es != NULL ? proposed_subject(st, i, es) : NULL;
		free(es);
		if (subject == NULL) {
			free(place);
			free(second);
			S->oom = 1;
			return;
		}
		/* "X or Y": one claim of both, which agrees with either
		 * (conflict.c: a place within the other) */
		if (second != NULL) {
			es = util_printf("%s %.*s %s", place,
			    (int)(st->t[pb].e - st->t[pb].s), st->low +
			    st->t[pb].s, second);
			free(place);
			free(second);
			if ((place = es) == NULL) {
				free(subject);
				S->oom = 1;
				return;
			}
			pb = sb;
		}
		events_emit_text(S, st, CLAIM_VENUE, subject, place,
		    lo < pa ? lo : pa, pb, subj, subj_side);
		free(subject);
	}
}

/*
 * An undecided venue: "no decision has been taken on the venue", "no
 * decision on where the talks will be held", "the venue has not yet been
 * decided", "the location is yet to be finalised", "the venue remains
 * undecided", "the opposition had not agreed to any venue".  A
 * venue-denied claim of CLAIM_VENUE_UNDECIDED, which denies whatever
 * place another outlet gives the event.  A decision that
 * is only expected ("a decision on the venue is due Friday") or taken
 * ("the venue has been decided") is none.
 */
/* Verbs of agreeing, and the words that deny them ("Nobody has agreed",
 * "has never agreed"): venue_agreed(), undecided_at(). */
LIST(agree_words, "agreed", "agree", "agrees", "accepted", "accept",
    "accepts", "approved", "endorsed", "consented");
LIST(nobody_words, "nobody", "never", "not", "n't", "neither", "nor");
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
				if (tok_in_list(st, k, words_venue_events) ||
				    tok_in_words(st, k, (const char *const[]){
				    "held", "host", "hosted", "meet",
				    "convene", NULL }))
					return k + 1;
			return 0;
		}
		return 0;
	}
	/* "no venue has been agreed (so far)" (not "no other venue") */
	if (tok_word(st, i, "no") && tok_in_list(st, i + 1, site_nouns)) {
		for (j = i + 2; j < st->n && j < i + 6; j++) {
			if (tok_in_list(st, j, decide_words))
				return j + 1;
			if (!tok_in_list(st, j, undecided_fill))
				return 0;
		}
		return 0;
	}
	/* "had not agreed to any venue", "has never agreed on a venue" */
	if (tok_in_list(st, i, agree_words) && (tok_word(st, i + 1, "to") ||
	    tok_word(st, i + 1, "on")) && tok_in_words(st, i + 2,
	    (const char *const[]){ "any", "a", NULL }) &&
	    tok_in_list(st, i + 3, site_nouns)) {
		for (j = i; j > 0 && j + 3 > i; j--)
			if (tok_in_list(st, j - 1, nobody_words))
				return i + 4;
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
		    words_venue_events))
			return 0;
	}
	return 0;
}

void
events_find_undecided(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, e, ev;
	char	*subject, *text;

	for (i = 0; i < st->n; i++) {
		if ((e = undecided_at(st, i)) == 0)
			continue;
		ev = events_in(st, 0, st->n, words_venue_events);
		if (ev < st->n && events_news(st, ev))
			ev = st->n;
		if (ev >= st->n && !events_talks_context(S, st))
			return;
		subject = events_subject(S, st, ev);
		text = util_strdup(CLAIM_VENUE_UNDECIDED);
		if (subject == NULL || text == NULL) {
			free(subject);
			free(text);
			S->oom = 1;
			return;
		}
		events_emit_text(S, st, CLAIM_VENUE_DENIED, subject, text, i, e,
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

void
events_find_signings(struct state *S, struct sent *st, const char *subj,
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
		    tok_word(st, i - 1, "be") &&
		    tok_in_list(st, i - 2, sign_aux) &&
		    (tok_word(st, i + 1, "in") || tok_word(st, i + 1, "at"))) {
			/* "would be signed in X" */
			j = i + 2;
			k = i - 2;
		} else if (tok_word(st, i, "signed") && thing && i > 1 &&
		    tok_in_words(st, i - 1, (const char *const[]){ "was",
		    "were", "been", NULL }) && (tok_word(st, i + 1, "in") ||
		    tok_word(st, i + 1, "at")) && !past_venue(st, i)) {
			/* "the accord was signed in X (by ...)", not "in X
			 * in 1921" (past_venue()) */
			j = i + 2;
			k = i - 1;
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
		if ((place = events_place_at(S, st, j, &pa, &pb)) == NULL)
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
		events_emit_text(S, st, denied ? CLAIM_VENUE_DENIED :
		    CLAIM_VENUE, subject, place, k < pa ? k : pa, pb, subj,
		    subj_side);
		/* "... in X on May 12", "in X, D.C. on May 12" */
		for (j = pb; !denied && j < st->n && j < pb + 7; j++) {
			if ((tok_punct(st, j, '.') && !tok_abbrev_dot(st, j)) ||
			    tok_punct(st, j, ';'))
				break;
			if (!tok_word(st, j, "on") || (when = times_at(st, j,
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

/*
 * Sentences that report a dispute over the venue rather than take a
 * side in it: "the two sides were at odds over the venue", "disagreed
 * over where to hold talks, with X insisting on Y and Z saying W".  A
 * word of disagreeing with a word of the venue ("where", "venue") a few
 * words after it; their places are no claims (two reports of one dispute
 * agree, and neither names the venue).
 */
LIST(dispute_words, "disagreed", "disagree", "disagrees", "disagreeing",
    "sparred", "sparring", "wrangled", "wrangling", "bickered", "odds",
    "differ", "differed", "split", "clashed", "feuding", "quarrelled",
    "quarreled");

static int
venue_dispute(const struct sent *st)
{
	size_t	i, j;

	for (i = 0; i < st->n; i++) {
		if (!tok_in_list(st, i, dispute_words) || (tok_word(st, i,
		    "odds") && !tok_word(st, i - 1, "at")))
			continue;
		for (j = i + 1; j < st->n && j < i + 9; j++)
			if (tok_in_words(st, j, (const char *const[]){ "where",
			    "venue", "venues", "location", "site", NULL }))
				return 1;
	}
	return 0;
}

/*
 * The place a denial names before a noun of what it denies: "Tarn
 * denies Vesi venue", "rejects the junta's Vesi claim" (a headline's
 * "Rejects Junta's Vesi Claim"), at the denial verb i.  Returns the
 * place and sets [*pa, *pb), or NULL.
 */
LIST(denied_nouns, "venue", "claim", "claims", "announcement", "report",
    "reports");

static char *
venue_denied_noun(struct state *S, const struct sent *st, size_t i,
    size_t *pa, size_t *pb)
{
	size_t		 j = i + 1, b, end;
	const char	*c;

	if (!tok_in_list(st, i, neg_before))
		return NULL;
	if (tok_in_list(st, j, words_dets))
		j++;
	if (j + 1 < st->n && st->t[j].type == TW && tok_possessive(st, j + 1))
		j += 2;		/* "the junta's" */
	for (b = j; b < st->n && b < j + 4 && tok_capword(st, b); b++)
		;
	if (b > j && tok_in_list(st, b, denied_nouns))
		end = b;
	else if (b > j + 1 && tok_in_list(st, b - 1, denied_nouns))
		end = b - 1;	/* title case: "Vesi Claim" */
	else
		return NULL;
	if (!tok_word(st, end, "venue") && events_in(st, 0, st->n,
	    words_venue_events) >= st->n)
		return NULL;
	/* a side's adjective names no place: "rejects Boreal claim" */
	if (end == j + 1 && (c = places_country(S, st, j)) != NULL &&
	    (strlen(c) != st->t[j].e - st->t[j].s || strncmp(c, st->s +
	    st->t[j].s, strlen(c)) != 0))
		return NULL;
	if (tok_in_list(st, j, words_stop_caps) || tok_in_list(st, j,
	    words_titles) || tok_in_list(st, j, words_days) ||
	    tok_in_list(st, j, words_months))
		return NULL;
	*pa = j;
	*pb = end;
	return tok_text(st, j, end);
}

/* Has the article given the place at [pa, pb) as a venue before? */
static int
venue_known(const struct state *S, const struct sent *st, size_t pa,
    size_t pb)
{
	const struct claim	*c;
	size_t			 n, len = st->t[pb - 1].e - st->t[pa].s;

	for (n = 0; n < S->out->n; n++) {
		c = &S->out->v[n];
		if (c->kind == CLAIM_VENUE && c->text != NULL &&
		    strncmp(c->text, st->s + st->t[pa].s, len) == 0 &&
		    (c->text[len] == '\0' || c->text[len] == ',' ||
		    c->text[len] == ' '))
			return 1;
	}
	return 0;
}

/*
 * Places denied after a venue, and agreements that were none: "held in X
 * if at all, not in Y", "in X rather than Y", "in X instead of Y" (only
 * after a venue of the sentence, at token from or later), "no agreement
 * had been reached on Y" (near talks, Y a venue the article gave before:
 * "no agreement on the Tarn region" is a topic).  Returns the place and
 * sets [*pa, *pb) and *k the first token of the phrase, or NULL.
 */
static char *
venue_not_in(struct state *S, const struct sent *st, size_t i, size_t from,
    size_t *pa, size_t *pb, size_t *k)
{
	size_t	 w, j;
	char	*place;

	*k = i;
	if (tok_word(st, i, "no") && tok_in_words(st, i + 1,
	    (const char *const[]){ "agreement", "decision", "deal",
	    "consensus", NULL }) && events_talks_context(S, st)) {
		for (j = i + 2; j < st->n && j < i + 8; j++) {
			if (st->t[j].type == TP)
				return NULL;
			if (!tok_in_words(st, j, (const char *const[]){ "on",
			    "over", "about", NULL }))
				continue;
			if ((place = events_place_at(S, st, j + 1, pa, pb)) !=
			    NULL && !venue_known(S, st, *pa, *pb)) {
				free(place);
				place = NULL;
			}
			return place;
		}
		return NULL;
	}
	if (i == 0)
		return NULL;
	/* "in X, not Y": the place before the comma after "in" or "at" */
	if (tok_word(st, i, "not") && i > 2 && tok_comma(st, i - 1) &&
	    tok_capword(st, i + 1) && tok_capword(st, i - 2)) {
		for (j = i - 2; j > 0 && tok_capword(st, j - 1); j--)
			;
		if (j > 0 && j + 4 >= i && (tok_word(st, j - 1, "in") ||
		    tok_word(st, j - 1, "at")) && events_talks_context(S, st))
			return events_place_at(S, st, i + 1, pa, pb);
	}
	if (i < from)
		return NULL;
	if (tok_word(st, i, "not") && (tok_comma(st, i - 1) ||
	    tok_word(st, i - 1, "and") || tok_word(st, i - 1, "but")) &&
	    (tok_word(st, i + 1, "in") || tok_word(st, i + 1, "at")))
		w = i + 2;
	else if ((tok_word(st, i, "rather") && tok_word(st, i + 1, "than")) ||
	    (tok_word(st, i, "instead") && tok_word(st, i + 1, "of")))
		w = tok_word(st, i + 2, "in") || tok_word(st, i + 2, "at") ?
		    i + 3 : i + 2;
	else
		return NULL;
	return events_place_at(S, st, w, pa, pb);
}

/*
 * A venue not agreed, near talks: "has never agreed to X", "had not
 * agreed on X", "Nobody has agreed on X" (a negation or a pronoun of no
 * one within three words before the verb), "denies that X has been
 * agreed as the venue", "X has not been agreed" (a denial before the
 * place, or a negation after it).  Away from talks, a place the article
 * gave as a venue before is still one ("Nobody has agreed on X").
 * Returns the place and sets [*pa, *pb) and *k the first token of the
 * phrase, or NULL; an agreement said without a negation is none (what
 * was agreed to may be no venue).
 */

static char *
venue_agreed(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb, size_t *k)
{
	size_t	j, v;
	char	*place;

	if (tok_in_list(st, i, agree_words) && (tok_word(st, i + 1, "to") ||
	    tok_word(st, i + 1, "on"))) {
		for (j = i; j > 0 && j + 4 > i; j--)
			if (tok_in_list(st, j - 1, nobody_words) ||
			    (tok_word(st, j - 1, "one") && j > 1 &&
			    tok_word(st, j - 2, "no")))
				break;
		if (j == 0 || j + 4 <= i ||
		    (place = events_place_at(S, st, i + 2, pa, pb)) == NULL)
			return NULL;
		/* near talks, or a place the article gave as a venue */
		if (!events_talks_context(S, st) && !venue_known(S, st, *pa,
		    *pb)) {
			free(place);
			return NULL;
		}
		*k = j - 1;
		return place;
	}
	/* "denies that X has been agreed (as the venue)" */
	if (!tok_capword(st, i) || (i > 0 && tok_capword(st, i - 1)) ||
	    !events_talks_context(S, st))
		return NULL;
	if ((place = events_place_at(S, st, i, pa, pb)) == NULL)
		return NULL;
	for (v = *pb; v < st->n && v < *pb + 4; v++)
		if (tok_in_list(st, v, agree_words))
			break;
	/* passive only: "X has been agreed", not "X has never agreed" */
	for (j = *pb; j < v && v < st->n; j++)
		if (tok_in_words(st, j, (const char *const[]){ "been", "was",
		    "were", "is", "be", NULL }))
			break;
	if (v >= st->n || v >= *pb + 4 || j >= v) {
		free(place);
		return NULL;
	}
	for (j = *pb; j < v; j++)
		if (!tok_in_words(st, j, (const char *const[]){ "has", "have",
		    "had", "been", "was", "were", "is", "be", "not", "never",
		    "n't", "yet", NULL })) {
			free(place);
			return NULL;
		}
	for (j = *pb; j < v; j++)
		if (tok_in_list(st, j, nobody_words)) {
			*k = i;
			*pb = v + 1;
			return place;
		}
	if (i > 1 && tok_word(st, i - 1, "that") && tok_in_list(st, i - 2,
	    neg_before)) {
		*k = i - 2;
		*pb = v + 1;
		return place;
	}
	free(place);
	return NULL;
}

/*
 * "leaders will meet in X", and near talks "will meet Tarn representatives
 * in X", "will meet with Foreign Minister of Tarn Ola Vik in X", "will
 * meet the union in X" (a side by its noun, party_nouns), "would only
 * negotiate in X": a verb of meeting to come at token i, its party
 * (party_end()) and the place.
 */
LIST(party_nouns, "union", "unions", "government", "employers",
    "management", "rebels", "opposition", "strikers", "insurgents",
    "militants", "junta", "army", "leadership");

/* Verbs of meeting, tried at every token: a list, indexed. */
LIST(meet_verbs, "meet", "convene", "gather", "negotiate", "talk", "sit");

/*
 * "sit (down) (at a table, at the negotiating table) in X" at token i: the
 * token before the place's "in", or 0.
 */
static size_t
sit_table(const struct sent *st, size_t i)
{
	size_t	j = i + 1;

	if (tok_word(st, j, "down"))
		j++;
	if (tok_word(st, j, "at") && tok_in_list(st, j + 1, words_dets)) {
		j += 2;
		if (tok_word(st, j, "negotiating") || tok_word(st, j, "same"))
			j++;
		if (!tok_word(st, j, "table"))
			return 0;
		j++;
	}
	return j > i + 1 && tok_word(st, j, "in") ? j - 1 : 0;
}

static char *
venue_meet(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb)
{
	size_t	a, j, k;

	if (!tok_in_list(st, i, meet_verbs) || i == 0)
		return NULL;
	/* "would only negotiate in X", "will not sit at a table in X" */
	k = i > 1 && (tok_word(st, i - 1, "only") || tok_word(st, i - 1,
	    "not") || tok_word(st, i - 1, "never")) ? i - 2 : i - 1;
	if (!tok_in_words(st, k, (const char *const[]){ "will", "to",
	    "would", "shall", NULL }))
		return NULL;
	if (tok_word(st, i, "sit"))
		return (j = sit_table(st, i)) > 0 ? venue_place_at(S, st,
		    j + 2, pa, pb) : NULL;
	if (tok_word(st, i + 1, "in") || tok_word(st, i + 1, "at"))
		return venue_place_at(S, st, i + 2, pa, pb);
	/* "would meet a day later in X", "will meet next week in X" */
	for (j = i + 1; j < st->n && j < i + 5 && st->t[j].type == TW &&
	    !st->t[j].cap && tok_in_words(st, j, (const char *const[]){ "a",
	    "day", "days", "week", "later", "next", "again", "soon",
	    "first", "then", "two", "three", NULL }); j++)
		;
	if (j > i + 1 && (tok_word(st, j, "in") || tok_word(st, j, "at")))
		return venue_place_at(S, st, j + 1, pa, pb);
	if (!events_talks_context(S, st))
		return NULL;
	a = tok_word(st, i + 1, "with") ? i + 2 : i + 1;
	j = party_end(st, a);
	if (j >= st->n || tok_comma(st, j))
		return NULL;
	/* a party by name or by office: not "the families of victims" */
	for (k = a; k < j; k++)
		if (tok_capword(st, k) || tok_in_list(st, k, delegate_nouns) ||
		    tok_in_list(st, k, party_nouns) ||
		    tok_word(st, k, "counterpart") || tok_word(st, k,
		    "counterparts"))
			break;
	if (k == j)
		return NULL;
	return venue_place_at(S, st, j + 1, pa, pb);
}

/*
 * "(the meeting ...) and said it would be held in X": "it" or "they"
 * after an event noun of the sentence, a verb of being held and the
 * place.
 */
static char *
venue_pronoun(struct state *S, const struct sent *st, size_t i, size_t *pa,
    size_t *pb)
{
	size_t	j;

	if ((!tok_word(st, i, "it") && !tok_word(st, i, "they")) ||
	    events_in(st, 0, i, words_venue_events) >= st->n)
		return NULL;
	for (j = i + 1; j < st->n && j < i + 7; j++) {
		if ((tok_word(st, j, "in") || tok_word(st, j, "at")) &&
		    tok_in_words(st, j - 1, (const char *const[]){ "held",
		    "place", "convene", "open", "start", "begin", "meet",
		    NULL }))
			return events_place_at(S, st, j + 1, pa, pb);
		if (!tok_in_list(st, j, words_venue_verbs) &&
		    !tok_in_list(st, j, sign_aux) && !tok_in_words(st, j,
		    (const char *const[]){ "be", "been", "now", "instead",
		    "also", "only", NULL }))
			return NULL;
	}
	return NULL;
}

/*
 * A denial of what the sentence before said: "Tarn rejected that,
 * telling reporters ...", "Vale denied this.", "dismissed the report,
 * saying ...": a verb of denial with "that", "this" or a report noun for its
 * object, and then no more of it (a comma, a stop, a word opening a
 * clause).  Returns the token after the object, or 0.
 */
static size_t
denial_back(const struct sent *st, size_t i)
{
	size_t	j = i + 1;

	if (!tok_in_list(st, i, neg_before))
		return 0;
	/* not "it": more often an accusation than an announcement */
	if (tok_in_words(st, j, (const char *const[]){ "that", "this",
	    NULL }))
		j++;
	else if (tok_in_list(st, j, words_dets) && tok_in_list(st, j + 1,
	    report_nouns))
		j += 2;
	else
		return 0;
	if (j < st->n && st->t[j].type == TP && !tok_quote(st, j))
		return j;
	return j < st->n && tok_in_list(st, j, clause_words) ? j : 0;
}

/*
 * The venues of the sentence before, denied by a denial_back() of this
 * one, of the same subject, each once.
 */
static void
venues_denied_back(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	const struct claim	*c;
	size_t			 i, e, n, first, last;
	char			*text, *subject;

	if (st->index == 0)
		return;
	for (i = 0; i < st->n; i++)
		if ((e = denial_back(st, i)) > 0)
			break;
	if (i >= st->n)
		return;
	for (last = S->out->n; last > 0 &&
	    S->out->v[last - 1].sentence >= st->index; last--)
		;
	for (first = last; first > 0 &&
	    S->out->v[first - 1].sentence + 1 == st->index; first--)
		;
	for (n = first; n < last; n++) {
		c = &S->out->v[n];
		if (c->kind != CLAIM_VENUE || c->text == NULL ||
		    strncmp(c->subject, "earlier ", 8) == 0 ||
		    strstr(c->subject, "proposed") != NULL)
			continue;
		text = util_strdup(c->text);
		subject = util_strdup(c->subject);
		if (text == NULL || subject == NULL) {
			free(text);
			free(subject);
			S->oom = 1;
			return;
		}
		events_emit_text(S, st, CLAIM_VENUE_DENIED, subject, text, i,
		    e, subj, subj_side);
		free(subject);
		return;
	}
}

/*
 * A place refused as the venue, at token i, near talks: "rejected
 * (dismissed, ruled out) X as a venue", "there has been no agreement on
 * X" (a city of the tables or a venue the article gave; else a topic),
 * "X was not on the table".  The place, with its tokens in
 * [*pa, *pb) and the refusal's first in *k; or NULL.
 */
static char *
venue_rejected(struct state *S, const struct sent *st, size_t i,
    size_t *pa, size_t *pb, size_t *k)
{
	size_t	 j;
	char	*place;

	if (!tok_capword(st, i) || (i > 0 && tok_capword(st, i - 1)) ||
	    !events_talks_context(S, st))
		return NULL;
	/* "rejected X as a venue", "ruled out X as the venue" */
	j = i;
	if (j > 0 && (tok_in_list(st, j - 1, neg_before) || (j > 1 &&
	    tok_word(st, j - 1, "out") && tok_in_words(st, j - 2,
	    (const char *const[]){ "ruled", "rules", "ruling", NULL })))) {
		if ((place = events_place_at(S, st, i, pa, pb)) == NULL)
			return NULL;
		if (tok_word(st, *pb, "as") && (tok_in_list(st, *pb + 1,
		    venue_nouns) || (tok_in_list(st, *pb + 1, venue_mods) &&
		    tok_in_list(st, *pb + 2, venue_nouns)))) {
			*k = tok_word(st, j - 1, "out") ? j - 2 : j - 1;
			*pb += tok_in_list(st, *pb + 1, venue_nouns) ? 2 : 3;
			return place;
		}
		free(place);
		return NULL;
	}
	/* "no agreement on X (as a venue)", X a venue of the article (not
	 * "no agreement on Tarn Valley", a topic) */
	if (j > 2 && tok_word(st, j - 1, "on") && tok_word(st, j - 2,
	    "agreement") && tok_word(st, j - 3, "no")) {
		if ((place = events_place_at(S, st, i, pa, pb)) == NULL)
			return NULL;
		if (!(tok_word(st, *pb, "as") && (tok_in_list(st, *pb + 1,
		    venue_nouns) || tok_in_list(st, *pb + 2, venue_nouns))) &&
		    !venue_known(S, st, *pa, *pb) && !known_city(S, st, *pa,
		    *pb)) {
			free(place);
			return NULL;
		}
		*k = j - 3;
		return place;
	}
	/* "X was not on the table", "X is off the table" */
	if ((place = events_place_at(S, st, i, pa, pb)) == NULL)
		return NULL;
	j = *pb;
	if (tok_quote(st, j))
		j++;
	if (tok_in_words(st, j, (const char *const[]){ "is", "was", "are",
	    "were", NULL })) {
		j++;
		if (tok_quote(st, j))
			j++;
		if ((tok_word(st, j, "not") && tok_word(st, j + 1, "on")) ||
		    tok_word(st, j, "off")) {
			j += tok_word(st, j, "not") ? 2 : 1;
			if (tok_word(st, j, "the") && tok_word(st, j + 1,
			    "table")) {
				*k = i;
				*pb = j + 2;
				return place;
			}
		}
	}
	free(place);
	return NULL;
}

void
events_find_venues(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t		 i, j, k, pa, pb, ev;
	char		*place, *subject;
	int		 seen_place[64], past, exch, denied, own;
	size_t		 nseen = 0, prop, first = SIZE_MAX;
	char		*es;
	const char	*side;

	memset(seen_place, 0, sizeof seen_place);
	if (venue_dispute(st))
		return;
	venues_denied_back(S, st, subj, subj_side);
	for (i = 0; i < st->n; i++) {
		place = NULL;
		ev = st->n;
		exch = 0;
		denied = 0;
		own = 0;	/* the negation is sought from k, not ev */
		prop = st->n;
		/* "send a delegation ... to X" */
		if (tok_in_list(st, i, words_send_verbs)) {
			if ((place = venue_send(S, st, i, &pa, &pb)) == NULL)
				continue;
			ev = events_in(st, i, st->n, words_venue_events);
			k = i;
		} else if (tok_in_list(st, i, words_venue_events) &&
		    !events_news(st, i)) {
			place = venue_event(S, st, i, &pa, &pb);
			if (place == NULL)
				continue;
			ev = i;
			k = i;
			prop = proposal_before(st, i);
		} else if ((place = venue_more(S, st, i, &pa, &pb, &ev,
		    &exch)) != NULL) {
			k = i;
		} else if ((place = venue_meet(S, st, i, &pa, &pb)) != NULL) {
			/* "leaders will meet in Brussels", "will meet Tarn
			 * representatives in X" */
			ev = events_in(st, 0, st->n, words_venue_events);
			k = i - 1;
			if (ev >= st->n && S->event_base == NULL &&
			    !events_talks_context(S, st))
				S->event_base = "meeting";
		} else if (tok_in_list(st, i, go_verbs) &&
		    events_talks_context(S, st) &&
		    (tok_word(st, i + 1, "to") || tok_word(st, i + 1, "in"))) {
			/* "wanted to go to X", "a proposal to meet in X",
			 * "will travel to X for the talks" */
			int	want = 0;

			for (j = i > 4 ? i - 4 : 0; j < i; j++)
				if (tok_in_list(st, j, want_words) ||
				    tok_in_list(st, j, refuse_words) ||
				    /* "we will not go to X" */
				    (j + 3 > i && (tok_word(st, j, "not") ||
				    tok_word(st, j, "never") ||
				    tok_word(st, j, "won't"))))
					want = 1;
			if ((place = events_place_at(S, st, i + 2, &pa,
			    &pb)) == NULL)
				continue;
			if (!want && !(tok_word(st, pb, "for") &&
			    events_in(st, pb + 1, pb + 4, words_venue_events) <
			    st->n)) {
				free(place);
				continue;
			}
			ev = events_in(st, 0, st->n, words_venue_events);
			k = i > 2 ? i - 2 : 0;
			while (want && k > 0 && !tok_in_list(st, k,
			    want_words) && !tok_in_list(st, k, refuse_words))
				k--;
			if (!want)
				k = i;
			own = 1;
		} else if (tok_word(st, i, "host") ||
		    tok_word(st, i, "hosts") || tok_word(st, i, "hosting")) {
			/* "X will host the talks" */
			size_t	b0 = i, a0;

			while (b0 > 0 && (tok_word(st, b0 - 1, "will") ||
			    tok_word(st, b0 - 1, "would") ||
			    tok_word(st, b0 - 1, "is") ||
			    tok_word(st, b0 - 1, "to") ||
			    (b0 < i && tok_in_words(st, b0 - 1,
			    (const char *const[]){ "agreed", "has", "have",
			    "had", "already", NULL }))))
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
			ev = events_in(st, i, i + 5, words_venue_events);
			if (ev >= st->n)
				ev = host_round(st, i);
			side = NULL;
			/* "the Boreal side has agreed to host the talks" */
			if (a0 == b0 && b0 > 1 && tok_in_words(st, b0 - 1,
			    (const char *const[]){ "side", "government",
			    "authorities", "leadership", NULL }) &&
			    (side = places_country(S, st, b0 - 2)) != NULL)
				a0 = b0 - 2;
			if (a0 == b0 || ev >= st->n)
				continue;
			pa = a0;
			pb = b0;
			/* "X will host the talks in Y": Y, a city of X */
			if ((place = host_in(S, st, ev, &pa, &pb)) == NULL &&
			    (place = side != NULL ? util_strdup(side) :
			    tok_text(st, pa, pb)) == NULL)
				continue;
			k = a0;
		} else if ((place = venue_denied_noun(S, st, i, &pa, &pb)) !=
		    NULL) {
			/* "Tarn denies Vesi venue" */
			ev = events_in(st, 0, st->n, words_venue_events);
			k = i;
			denied = 1;
		} else if ((place = venue_not_in(S, st, i, first, &pa, &pb,
		    &k)) != NULL) {
			/* "in X if at all, not in Y" */
			ev = events_in(st, 0, st->n, words_venue_events);
			denied = 1;
		} else if ((place = venue_agreed(S, st, i, &pa, &pb, &k)) !=
		    NULL) {
			/* "has never agreed to X" */
			ev = events_in(st, 0, st->n, words_venue_events);
			denied = 1;
		} else if ((place = venue_rejected(S, st, i, &pa, &pb, &k)) !=
		    NULL) {
			/* "rejected X as a venue", "X is not on the table" */
			ev = events_in(st, 0, st->n, words_venue_events);
			denied = 1;
		} else if ((place = venue_pronoun(S, st, i, &pa, &pb)) !=
		    NULL) {
			/* "... and said it would be held in X" */
			ev = events_in(st, 0, i, words_venue_events);
			k = i;
			own = 1;
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
		past = ev < st->n && (past_venue(st, ev) ||
		    past_dated(st, ev, pa, pb));
		if ((subject = exch ? util_strdup(events_captive_event(S)) :
		    past ?
		    util_printf("earlier %.*s",
		    (int)(st->t[ev].e - st->t[ev].s), st->low + st->t[ev].s) :
		    events_subject(S, st, ev)) == NULL) {
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
		denied = !past && (denied || venue_denied(st,
		    ev < st->n && !own ? ev : k, pa, pb));
		if (!denied && first == SIZE_MAX)
			first = pb;
		events_emit_text(S, st, denied ? CLAIM_VENUE_DENIED :
		    CLAIM_VENUE, subject, place, k < pa ? k : pa, pb, subj,
		    subj_side);
		free(subject);
	}
	/* "X is not the venue", "our only forum is X" */
	for (i = 0; i < st->n; i++) {
		size_t	k0;
		int	neg;

		if ((place = venue_copula(S, st, i, &pa, &pb, &k0, &neg)) ==
		    NULL)
			continue;
		ev = events_in(st, 0, st->n, words_venue_events);
		if ((subject = events_subject(S, st, ev)) == NULL) {
			free(place);
			S->oom = 1;
			return;
		}
		events_emit_text(S, st, neg || venue_denied(st, k0, pa, pb) ?
		    CLAIM_VENUE_DENIED : CLAIM_VENUE, subject, place,
		    k0 < pa ? k0 : pa, pb > i ? pb : i + 1, subj, subj_side);
		free(subject);
	}
}

/*
 * The time that follows a venue of the sentence when no other rule gave
 * the sentence one: "will meet Tarn representatives in Vesi on May 3",
 * "talks with the Tarn Front in Vesi, Nord Province of Tarn, from 3 May"
 * (past an apposition of names), "will travel to Vesi for the talks,
 * which are due to open on Thursday" (past the event and a relative
 * clause of scheduling).  Of the venue's subject and source, so that a
 * sentence that names both gives both; run after the other time rules
 * (claims.c), which it never doubles.
 */
void
events_find_venue_times(struct state *S, struct sent *st)
{
	const struct claim	*c;
	size_t			 n, k, pb, ta, tb, first;
	char			*when = NULL;

	first = S->out->n;
	while (first > 0 && S->out->v[first - 1].sentence == st->index)
		first--;
	for (n = first; n < S->out->n; n++)
		if (S->out->v[n].kind == CLAIM_TIME)
			return;
	for (n = first; n < S->out->n; n++) {
		c = &S->out->v[n];
		if (c->kind != CLAIM_VENUE || strstr(c->subject, "proposed") !=
		    NULL || strncmp(c->subject, "earlier ", 8) == 0)
			continue;
		for (pb = 0; pb < st->n && st->t[pb].e != c->end; pb++)
			;
		if (pb++ >= st->n)
			continue;
		/* ", Nord Province of Tarn," */
		if (tok_comma(st, pb) && tok_capword(st, pb + 1)) {
			for (k = pb + 1; k < st->n && k < pb + 12 &&
			    (tok_capword(st, k) || tok_word(st, k, "of") ||
			    tok_word(st, k, "the") || tok_possessive(st, k));
			    k++)
				;
			if (tok_comma(st, k))
				pb = k + 1;
		}
		/* "in Vesi, Tarn, starting on May 3" */
		if (tok_in_words(st, pb, (const char *const[]){ "starting",
		    "beginning", NULL }))
			pb++;
		/* "X to host a conference on the canal on June 3" */
		if (tok_in_words(st, pb, (const char *const[]){ "to", "will",
		    "would", NULL }) && tok_word(st, pb + 1, "host") &&
		    (k = events_in(st, pb + 2, pb + 7, words_venue_events)) <
		    st->n) {
			/* past a topic: "on the canal on June 3" */
			for (pb = k + 1; pb < st->n && pb < k + 8 &&
			    st->t[pb].type == TW && (when = times_at(st, pb,
			    &ta, &tb)) == NULL; pb++)
				;
		}
		/* "for the talks, which are due to open" */
		if (tok_word(st, pb, "for") && (k = events_in(st, pb + 1,
		    pb + 4, words_venue_events)) < st->n) {
			pb = k + 1;
			if (tok_comma(st, pb) && tok_in_words(st, pb + 1,
			    (const char *const[]){ "which", "that", NULL }))
				for (pb += 2; pb < st->n && pb < k + 9 &&
				    (tok_in_list(st, pb, words_venue_verbs) ||
				    tok_in_list(st, pb, words_schedule_words) ||
				    tok_in_list(st, pb, sign_aux)); pb++)
					;
		}
		if (when == NULL && (when = times_at(st, pb, &ta, &tb)) ==
		    NULL)
			continue;
		claims_add(S, st, CLAIM_TIME, c->subject, 0, 0, when, 0, NULL,
		    c->source, c->start, st->t[tb - 1].e);
		return;
	}
}
