/*
 * claims-roles.c: who heads a delegation, a team, a side or a commission,
 * and who owns what police hold.
 *
 * A side's "delegation", "team", "negotiators" or the "side" itself is
 * "headed", "led", "chaired" or "represented by" someone; a head "led by"
 * someone past a title whose office follows "of the" ("Deputy Chairman of
 * the Council X") or past an office in apposition ("chaired by the head of
 * the Tarn file, General X").  "its delegation" and "will send their
 * leader, X" name the side the possessive stands for (a country, an armed
 * group the article named: "the M23 rebel group" ... "the rebels", struct
 * state's group); "the rebel side" and "the rebels" are the group the
 * article names (by its bracketed acronym before a bare name, never by a
 * province of the article: "Tarn rebels" of "Tarn Province"); "our
 * delegation" is the speaker's side's; a capital acting in a story of a
 * government and an armed group is the "government".  A country that "will
 * send Foreign Minister X" (to talks) or "has named" one in a sentence
 * about who heads its delegation, or "will be represented by" someone at
 * talks ("by its deputy prime minister, X", "by their vice-chairman for
 * political affairs, X"; a one-word name the tables lack, after "that",
 * and "the rebels" of the group the article named, too), names the head of
 * its delegation; "X's team", X a name the tables lack, is X's.  A title's
 * portfolio the lists lack ("Minister of Water Resources X Y") ends two
 * words before the run of capitals does.  A commission "chaired by"
 * someone on a side it names ("the border commission on the X side is
 * chaired by", "chaired on the X side by") is the head of that side's
 * commission, never of its delegation; a commission with no side is left
 * out.  A head's office may be lower-case words before the name ("former
 * senator X"); "the delegation" within two sentences of a side's ("a
 * government delegation") is that side's; "named its chief negotiator, X"
 * names X for the doer's delegation; an armed group is also learned by the
 * acronym after its name ("the Kell Liberation Army (KLA)").  An operation
 * has a head of its own: "the rescue operation is being led (coordinated)
 * by X", "X, ..., who is leading the rescue", "put X in charge of the
 * rescue", "X, who is at the scene, is in charge of the rescue operation"
 * give "head of rescue operation".  Mediators of talks ("A and B will act
 * as mediators", "with A and B as mediators"; "its foreign minister, X,
 * will act as mediator", "X will mediate the talks", "A, which is
 * facilitating the talks"; "thanked A for brokering the deal", "through
 * the mediation of A") are a role "mediators" whose value lists the
 * parties in alphabetical order, a country by the tables' name ("Türkiye"
 * is Turkey).  A head's rank may be abbreviated with its points ("Lt. Gen.
 * X"), an aside of attribution may stand between the delegation and its
 * verb ("the delegation, according to X, will be headed by"), and a title
 * may follow "its" without a comma ("its chief negotiator X"); "X, not Y,
 * would lead" names X; "X is expected (set, due) to lead the delegation"
 * names X too; "X will lead its delegation" is the side's before X (not
 * the body of X's title: "army deputy commander X"); a side that "will be
 * represented by a (government) delegation led by X" is X's; "A said ...,
 * while B named X to head its delegation" is B's word, once.  "X himself,
 * not Y, would lead", "X would personally lead", "X, a deputy head of the
 * presidential office, will lead" (back over the apposition) name X; an
 * office of capitalised words up to its noun ("Deputy Head of the
 * President's Office X") stands before the name; "the Houthis ... their
 * chief negotiator" is the Houthi side's.
 *
 * Who leads an investigation is a role too, "head of investigation",
 * often a body ("the Board said it would lead the investigation", "the
 * Board, which is leading the investigation,"), or a body set up to
 * investigate ("a committee headed by former judge X to investigate", "a
 * probe committee led by", "a commission ... formed to look into"), a
 * person's titles left out.
 *
 * The owner of a thing held by police ("detained the owner of the
 * factory, X", "arrested factory owner X") is a role, "owner of factory";
 * an owner who only speaks is none.
 *
 * A body that is no side's has a head too (bodies_find()): an observer
 * mission or group, a commission, an authority, a council or a task force
 * "led (headed, chaired) by X", "whose chairman X", "commission
 * chairperson X", "the EU mission under X", "X, who leads the ... group",
 * named by its acronym, its initials or its one name ("head of EU
 * mission").  A side's team is also named by a possessive: "X would head
 * the opposition's negotiating team" is "head of opposition delegation".
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "entities.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

LIST(negotiator_words, "negotiator", "negotiators");
LIST(lead_verbs, "lead", "leads", "led", "leading", "head", "heads",
    "headed", "heading", "chair", "chairs", "chaired");
LIST(name_verbs, "named", "appointed", "chose", "picked", "tapped",
    "designated", "nominated", "names", "appoints");
/* Armed groups a text names with a name before them ("the M23 rebel
 * group", "Kell rebels") and then by the noun alone ("the rebels"). */
LIST(group_nouns, "rebels", "group", "movement", "militia", "militias",
    "insurgents", "militants", "faction", "alliance", "coalition",
    "guerrilla", "guerrillas");
/* The last word of an armed group's name before its bracketed acronym:
 * "the National Liberation Army (NLA)", "the Kell Front (KF)" (no
 * country's word in the name: "the Boreal Armed Forces" are a state's). */
LIST(army_words, "army", "front", "forces");
/* Ranks abbreviated before a name that words_titles lacks: "Maj. Gen.". */
LIST(rank_abbrevs, "maj", "brig", "adm", "capt", "cdr", "cmdr", "sgt",
    "cpl", "lieut", "gen", "col", "lt", "comr", "insp", "supt", "cmdt");
/* Titles of who leads a side: "will send their political leader, X". */
LIST(head_titles, "leader", "chief", "president", "head", "chairman",
    "chairwoman", "secretary-general", "commander", "negotiator",
    "premier");
static size_t past_portfolio(const struct sent *, size_t);
static char *named_to_head(struct state *, const struct sent *, size_t,
    size_t *, size_t *);

/*
 * A noun for the people who stand for a side at talks: its "delegation",
 * its "team", its "negotiators" or the "side" itself ("the rebel side
 * will be led by").
 */
static int
side_noun(const struct sent *st, size_t k)
{
	return tok_word(st, k, "delegation") || tok_word(st, k, "team") ||
	    tok_word(st, k, "side") || tok_word(st, k, "negotiators") ||
	    /* "the RRF panel": a side's, not the mediators' */
	    (tok_word(st, k, "panel") && k > 0 && tok_capword(st, k - 1) &&
	    !tok_in_list(st, k - 1, words_titles));
}

/*
 * A noun for talks or their mediators, headed like a team: "the talks
 * will be led by X", "the mediation panel is led by X", "the mediation
 * would be chaired by X".  Their head is no side's ("the mediation would
 * be chaired by Borealia's former president X": a mediator of Borealia),
 * "head of team".
 */
LIST(mediation_nouns, "panel", "mediation", "talks", "negotiations");

/*
 * Whether the mediation noun at token i is the object of a preposition
 * ("the delegation at the talks was led by X": the delegation's head),
 * past its article and a word before it ("at the mediation talks").
 */
static int
mediation_object(const struct sent *st, size_t i)
{
	size_t	k = i;

	if (k > 0 && st->t[k - 1].type == TW && !st->t[k - 1].cap &&
	    !tok_in_list(st, k - 1, words_dets) && !people_prep(st, k - 1))
		k--;
	if (k > 0 && tok_in_list(st, k - 1, words_dets))
		k--;
	return k > 0 && people_prep(st, k - 1);
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
		if (k <= hi && k < st->n && k > lo &&
		    (tok_in_list(st, q0, words_bodies) ||
		    (tok_capword(st, q0) && !tok_in_list(st, q0,
		    words_titles)))) {
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

/*
 * Past a rank abbreviated with its points before a name at token i ("Lt.
 * Gen. X", "Maj. Gen. X", "Col. X"): capitalised titles, each with the
 * point right after it, then a capitalised word.  i itself otherwise.
 */
static size_t
past_rank(const struct sent *st, size_t i)
{
	size_t	k = i;

	while (k + 1 < st->n && k < i + 6 && tok_capword(st, k) &&
	    (tok_in_list(st, k, words_titles) || tok_in_list(st, k,
	    rank_abbrevs)) && tok_punct(st, k + 1, '.') &&
	    st->t[k + 1].s == st->t[k].e)
		k += 2;
	return k > i && tok_capword(st, k) && !tok_in_list(st, k,
	    words_titles) ? k : i;
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
	i = past_rank(st, i);
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
	int	office;

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
	/* "led by Deputy Head of the President's Office X": the office's
	 * capitalised words, to its last noun of an office, before a
	 * name */
	if (k > j && tok_word(st, k, "of") && tok_in_list(st, k + 1,
	    words_dets)) {
		size_t	e = k + 2, last = 0;

		while (e < st->n && e < k + 10 && (tok_capword(st, e) ||
		    tok_possessive(st, e))) {
			if (tok_in_words(st, e, (const char *const[]){ "office",
			    "council", "ministry", "committee", "administration",
			    "service", "staff", "directorate", "agency",
			    "bureau", "department", "secretariat", "cabinet",
			    "chancellery", "commission", NULL }))
				last = e + 1;
			e++;
		}
		if (last > 0 && last < e)
			return last;
	}
	/* "headed by former senator X", "led by presidential foreign policy
	 * aide X": up to four lower-case words of an office (one of them a
	 * title: "lawyer X" is no office) before a name of two capitalised
	 * words */
	for (w = j, office = 0; w < j + 4 && w < st->n &&
	    st->t[w].type == TW && !st->t[w].cap &&
	    !tok_in_list(st, w, words_dets) &&
	    !tok_in_list(st, w, words_poss_pron) &&
	    !tok_in_list(st, w, words_np_stop); w++)
		if (tok_in_list(st, w, words_titles) ||
		    tok_in_list(st, w, words_humans))
			office = 1;
	if (office && tok_capword(st, w) && tok_capword(st, w + 1))
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
 * "Malik X, not Tor Y, would lead", "X, rather than Y, will head": back
 * from the verb group at token k over the denied name set off by commas
 * to the comma after the one who leads.  Returns that comma's token, or
 * k.
 */
static size_t
past_not(const struct sent *st, size_t k)
{
	size_t	c;

	if (k < 4 || !tok_comma(st, k - 1))
		return k;
	for (c = k - 2; c > 1 && c + 12 > k; c--) {
		if (!tok_comma(st, c - 1))
			continue;
		if (tok_word(st, c, "not") || (tok_word(st, c, "rather") &&
		    tok_word(st, c + 1, "than")) || (tok_word(st, c,
		    "instead") && tok_word(st, c + 1, "of")))
			return c - 1;
		return k;
	}
	return k;
}

/*
 * Whether a verb of naming comes right before the person at token p,
 * past the person's title ("named security chief X to head its
 * delegation", "named Lt. Gen. X to head"), and named_to_head() reads
 * the person from it.
 */
static int
named_before(struct state *S, const struct sent *st, size_t p)
{
	size_t	 k, e, d;
	char	*nm;

	for (k = p; k > 0 && k + 8 > p; k--) {
		if (tok_in_list(st, k - 1, name_verbs))
			break;
		if (st->t[k - 1].type != TW && !tok_punct(st, k - 1, '.'))
			return 0;
	}
	if (k == 0 || !tok_in_list(st, k - 1, name_verbs) ||
	    (nm = named_to_head(S, st, k - 1, &e, &d)) == NULL)
		return 0;
	free(nm);
	return 1;
}

/*
 * Past an aside of attribution at token k: ", according to the
 * government," up to its closing comma (the comma's token), or k.
 */
static size_t
past_according(const struct sent *st, size_t k)
{
	size_t	j;

	if (!tok_comma(st, k) || !tok_word(st, k + 1, "according") ||
	    !tok_word(st, k + 2, "to"))
		return k;
	for (j = k + 3; j < st->n && j < k + 12; j++) {
		if (tok_comma(st, j))
			return j;
		if (st->t[j].type == TP)
			return k;
	}
	return k;
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
			    tok_word(st, x, "again") ||
			    tok_word(st, x, "also")))
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
	/* "Varkhadan's team", "the RRF team": a side the tables do not
	 * know */
	if (i > 1 && tok_possessive(st, i - 1) && tok_capword(st, i - 2))
		return role_subject(S, st, i - 2, i + 1, "team");
	if (i > 0 && tok_capword(st, i - 1) && !tok_in_list(st, i - 1,
	    words_titles))
		return role_subject(S, st, i - 1, i + 1, "team");
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
	    tok_in_list(st, j, words_dets) || (tok_punct(st, j, '.') && j > i +
	    1 && tok_in_list(st, j - 1, words_titles))))
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
void
roles_learn_group(struct state *S, const struct sent *st)
{
	size_t	k, x;
	char	*g;
	int	acr;

	/* "the National Liberation Army (NLA)": the acronym */
	for (k = 1; S->group == NULL && k + 2 < st->n; k++) {
		if (!tok_in_list(st, k - 1, army_words) ||
		    !tok_capword(st, k - 1) || !tok_punct(st, k, '(') ||
		    !tok_capword(st, k + 1) || !tok_punct(st, k + 2, ')') ||
		    st->t[k + 1].e - st->t[k + 1].s < 2 ||
		    !isupper((unsigned char)st->s[st->t[k + 1].e - 1]))
			continue;
		for (x = k - 1; x > 0 && tok_capword(st, x - 1) &&
		    places_country(S, st, x - 1) == NULL; x--)
			;
		if (x == k - 1 || (x > 0 && tok_capword(st, x - 1)))
			continue;
		if ((S->group = tok_text(st, k + 1, k + 2)) == NULL) {
			S->oom = 1;
			return;
		}
		S->group_acronym = 1;
	}
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
		    tok_in_list(st, x - 1, words_bodies) ||
		    (x > 1 && tok_capword(st, x - 2)) || S->group_acronym)
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
 * The side that "will be represented by" the delegation at token d ("The
 * Tajik side will be represented by a government delegation", "Atlantis
 * will be represented by a delegation"): "head of <side> delegation", or
 * NULL when no side is named before (S->oom when out of memory).
 */
static char *
represented_subject(struct state *S, const struct sent *st, size_t d)
{
	size_t	 k = d, r, lo;
	char	*sub;

	while (k > 0 && k + 4 > d && st->t[k - 1].type == TW &&
	    !st->t[k - 1].cap && !tok_word(st, k - 1, "by"))
		k--;
	if (k < 3 || !tok_word(st, k - 1, "by") ||
	    !tok_word(st, k - 2, "represented"))
		return NULL;
	for (r = k - 2; r > 0 && (tok_in_list(st, r - 1, words_aux_back) ||
	    tok_in_words(st, r - 1, (const char *const[]){ "be", "to",
	    "been", "being", NULL })); r--)
		;
	for (lo = r; lo > 0 && lo + 5 > r && st->t[lo - 1].type == TW &&
	    !tok_in_list(st, lo - 1, words_say_verbs) &&
	    !tok_word(st, lo - 1, "that"); lo--)
		;
	if (lo == r)
		return NULL;
	if ((sub = role_subject(S, st, lo, r, "delegation")) == NULL) {
		S->oom = 1;
		return NULL;
	}
	if (strcmp(sub, "head of delegation") == 0) {
		free(sub);
		return NULL;
	}
	return sub;
}

/*
 * Whether the tokens from k are a person's title and name ("deputy
 * commander Jon X" after "army"): up to three lower-case title words,
 * then a capitalised word.
 */
static int
title_of_name(const struct sent *st, size_t k)
{
	size_t	j;

	for (j = k; j < k + 3 && j < st->n && st->t[j].type == TW &&
	    !st->t[j].cap && tok_in_list(st, j, words_titles); j++)
		;
	return j > k && tok_capword(st, j);
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
			if (S->group != NULL && x > 0 && (tok_in_list(st, x - 1,
			    words_dets) || (x > 1 && st->t[x - 1].type == TW &&
			    !st->t[x - 1].cap && tok_in_list(st, x - 2,
			    words_dets))))
				return util_strdup(S->group);	/* "the
								   (armed)
								   group" */
			/* "The rebels say their delegation" before the
			 * article names them */
			if (S->group == NULL && x > 0 && tok_in_list(st, x - 1,
			    words_dets))
				return article_group(S);
			return NULL;
		}
		/* "the Houthis ... their chief negotiator": a people or
		 * movement named in the plural after "the" ("Houthi") */
		if (k > 1 && tok_capword(st, k - 1) && tok_word(st, k - 2,
		    "the") && st->t[k - 1].e - st->t[k - 1].s > 3 &&
		    st->s[st->t[k - 1].e - 1] == 's' &&
		    st->s[st->t[k - 1].e - 2] != 's' &&
		    !tok_in_list(st, k - 1, words_titles) &&
		    !tok_in_list(st, k - 1, words_bodies))
			return util_strndup(st->s + st->t[k - 1].s,
			    st->t[k - 1].e - st->t[k - 1].s - 1);
		/* "According to the KLA, its delegation": the group the
		 * article named, by its name */
		if (S->group != NULL && st->t[k - 1].type == TW &&
		    st->t[k - 1].e - st->t[k - 1].s == strlen(S->group) &&
		    strncasecmp(st->s + st->t[k - 1].s, S->group,
		    strlen(S->group)) == 0)
			return util_strdup(S->group);
		/* "the regime ... its delegation": in a story of a
		 * government and an armed group, the government's */
		if (body && S->group != NULL && tok_in_words(st, k - 1,
		    (const char *const[]){ "regime", "junta", NULL }))
			return util_strdup("government");
		if (tok_in_list(st, k - 1, words_bodies)) {
			char	*q;

			if (!body)
				return NULL;
			/* "army deputy commander X ... its": the body of
			 * a person's title, not the side */
			if (title_of_name(st, k))
				continue;
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

	if (!tok_in_list(st, k, words_poss_pron) &&
	    !tok_in_list(st, k, words_dets))
		return j;
	for (k++; k < st->n && n < 4 && st->t[k].type == TW &&
	    !st->t[k].cap; k++, n++)
		;
	if (n > 0 && tok_comma(st, k) && tok_capword(st, k + 1))
		return k + 1;
	/* "headed by its chief negotiator Omer X": a title right before
	 * the name, no comma */
	if (n > 0 && tok_in_list(st, j, words_poss_pron) &&
	    tok_in_list(st, k - 1, words_humans) && tok_capword(st, k) &&
	    tok_capword(st, k + 1))
		return k;
	return j;
}

/*
 * The end of a title of office at token j ("Deputy Prime Minister") that
 * names a person's rank (a word of words_humans among its words), or j.
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
			if (tok_in_list(st, d, words_strong_delegates))
				del = 1;
		}
		if (!lead || !del)
			return NULL;
	} else if (!events_talks_context(S, st))
		return NULL;
	if ((*who = person_fwd(S, st, k, &pe, NULL)) == NULL)
		return NULL;
	/* "named X as ambassador", "named X to the board", "send X a
	 * letter" */
	if (tok_word(st, pe, "as") || tok_in_list(st, pe, words_dets) ||
	    (tok_word(st, pe, "to") && !tok_in_list(st, pe + 1,
	    words_venue_events) && !tok_word(st, pe + 1, "the"))) {
		free(*who);
		*who = NULL;
		return NULL;
	}
	*a = k0 - 1;
	*b = pe;
	return role_subject(S, st, k0 - 1, k0, "delegation");
}

/*
 * Operations that have a head of their own: "the (search and) rescue
 * operation is being led by X", "being coordinated by X", "X, ..., who is
 * leading the rescue".  The role is "head of <kind> operation".
 */
LIST(operation_kinds, "rescue", "relief", "recovery", "search",
    "evacuation");
LIST(operation_nouns, "operation", "operations", "effort", "efforts",
    "mission");
LIST(run_verbs, "led", "headed", "coordinated", "directed", "run",
    "overseen", "commanded");
LIST(running_verbs, "leading", "heading", "coordinating", "directing",
    "running", "overseeing", "leads", "heads", "coordinates", "directs");

/* The kind of operation at token i ("rescue" of "the rescue operation",
 * "the rescue"), with the token after it in *end, or -1. */
static int
operation_at(const struct sent *st, size_t i, size_t *end)
{
	size_t	k;

	if (!tok_in_list(st, i, operation_kinds))
		return -1;
	*end = i + 1;
	if (tok_in_list(st, i + 1, operation_nouns))
		*end = i + 2;
	for (k = 0; operation_kinds_words[k] != NULL; k++)
		if (tok_word(st, i, operation_kinds_words[k]))
			return (int)k;
	return -1;
}

/*
 * The person before the verb group at token k: "X is leading", "X, who is
 * leading", "X, the agency's regional director, who is leading" (past an
 * apposition between commas).  NULL when none.
 */
static char *
name_before(struct state *S, const struct sent *st, size_t k, size_t *at)
{
	size_t	a, p, pe, c;

	while (k > 0 && tok_in_list(st, k - 1, words_aux_back))
		k--;
	if (k > 2 && tok_word(st, k - 1, "who") && tok_comma(st, k - 2))
		k -= 2;
	if (k == 0)
		return NULL;
	a = people_np_back(st, k - 1, 0);
	p = people_in(S, st, a, k, &pe, 0);
	if (p < k && pe == k) {
		*at = p;
		return tok_text(st, p, pe);
	}
	/* back over an apposition to the comma that opens it */
	for (c = k - 1; c > 0 && c + 10 > k && !tok_comma(st, c - 1) &&
	    st->t[c - 1].type != TP; c--)
		;
	if (c < 2 || !tok_comma(st, c - 1) || !tok_comma(st, k))
		return NULL;
	a = people_np_back(st, c - 2, 0);
	p = people_in(S, st, a, c - 1, &pe, 0);
	if (p >= c - 1 || pe != c - 1)
		return NULL;
	*at = p;
	return tok_text(st, p, pe);
}

/*
 * Who is "in charge" (of an operation), "in" at token k: "put X in
 * charge", "X is in charge", "X, who is at the scene, is in charge".
 * The person (*at its first token), or NULL.
 */
static char *
in_charge(struct state *S, const struct sent *st, size_t k, size_t *at)
{
	size_t	j, c, pe, p;
	char	*who;

	/* "put (placed) Deputy Prime Minister X in charge" */
	for (j = k; j > 0 && j + 9 > k; j--) {
		if (!tok_in_words(st, j - 1, (const char *const[]){ "put",
		    "placed", "puts", "places", NULL }))
			continue;
		p = past_office(st, past_title(st, j));
		if ((who = person_fwd(S, st, p, &pe, NULL)) == NULL)
			return NULL;
		if (pe != k) {
			free(who);
			return NULL;
		}
		*at = p;
		return who;
	}
	if (k == 0 || !tok_in_words(st, k - 1, (const char *const[]){ "is",
	    "was", "remains", NULL }))
		return NULL;
	j = k - 1;
	/* past an aside in commas: ", who is at the scene," */
	if (j > 0 && tok_comma(st, j - 1)) {
		for (c = j - 1; c > 0 && c + 12 > j && !tok_comma(st, c - 1);
		    c--)
			;
		if (c == 0 || !tok_comma(st, c - 1))
			return NULL;
		j = c - 1;
	}
	if (j == 0)
		return NULL;
	p = people_in(S, st, people_np_back(st, j - 1, 0), j, &pe, 0);
	if (p >= j || pe != j)
		return NULL;
	*at = p;
	return tok_text(st, p, pe);
}

/*
 * Who heads an operation: "the rescue operation is being led by X", "the
 * search and rescue operation is being coordinated by X", "X, ..., who is
 * leading the rescue", "X is in charge of the rescue" (in_charge()).
 */
static void
operations_find(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, k, e, a, b, pe;
	char	*who, *subject;
	int	 kind;

	for (i = 0; i < st->n; i++) {
		who = NULL;
		if ((kind = operation_at(st, i, &e)) < 0)
			continue;
		/* "search and rescue": the kind next to the noun */
		if (tok_word(st, e, "and") && operation_at(st, e + 1,
		    &k) >= 0)
			continue;
		if (i > 4 && tok_word(st, i - 1, "the") && tok_word(st, i - 2,
		    "of") && tok_word(st, i - 3, "charge") &&
		    tok_word(st, i - 4, "in")) {
			/* "put X in charge of the rescue", "X (, who is
			 * at the scene,) is in charge of the rescue" */
			if ((who = in_charge(S, st, i - 4, &a)) == NULL) {
				if (S->oom)
					return;
				continue;
			}
			b = e;
		} else if (!(i > 0 && tok_in_list(st, i - 1, running_verbs)) &&
		    !(i > 1 && tok_word(st, i - 1, "the") &&
		    tok_in_list(st, i - 2, running_verbs))) {
			/* "the rescue operation is (being) led by X" */
			if (e == i + 1)
				continue;	/* "the rescue" alone runs
						   nothing */
			for (k = e; k < e + 5 && (tok_in_list(st, k,
			    words_aux_back) || tok_word(st, k, "being") ||
			    tok_word(st, k, "be") || tok_word(st, k, "is") ||
			    tok_word(st, k, "was") || tok_word(st, k, "will"));
			    k++)
				;
			if (!tok_in_list(st, k, run_verbs) ||
			    !tok_word(st, k + 1, "by"))
				continue;
			who = person_fwd(S, st, past_office(st,
			    past_title(st, past_apposition(st, k + 2))), &pe,
			    NULL);
			a = i;
			b = pe;
		} else {
			/* "X, ..., who is leading the rescue" */
			k = tok_word(st, i - 1, "the") ? i - 2 : i - 1;
			if ((who = name_before(S, st, k, &a)) == NULL) {
				if (S->oom)
					return;
				continue;
			}
			b = e;
		}
		if (who == NULL)
			continue;
		if ((subject = util_printf("head of %s operation",
		    operation_kinds_words[kind])) == NULL) {
			free(who);
			S->oom = 1;
			return;
		}
		events_emit_text(S, st, CLAIM_ROLE, subject, who, a, b, subj,
		    subj_side);
		free(subject);
	}
}

/*
 * Who leads an investigation, a body more often than a person: "the
 * Safety Board said it had sent investigators and would lead the
 * investigation" (the speaker, a body, for "it"), "it is the Ministry of
 * Transport that will lead the main investigation" (the name the cleft
 * gives), "the Safety Board will lead the inquiry" (the name before the
 * verb), "the investigation will be led by X".  The role is "head of
 * investigation"; a body's name loses its acronym in brackets and a last
 * "of <Place>" ("the Safety Board of Atlantis (SBA)": "Safety Board"), so
 * that outlets that name it in full or not agree.
 */
LIST(probe_nouns, "investigation", "inquiry", "enquiry", "probe");
LIST(probe_verbs, "lead", "leads", "led", "leading", "head", "heads",
    "conduct", "conducts", "conducting", "run", "runs");

/* The body or person of the name [a, b), shortened (see above). */
static char *
probe_leader(struct state *S, const struct sent *st, size_t a, size_t b)
{
	size_t	k;

	while (a < b && tok_in_list(st, a, words_dets))
		a++;
	if (b > a + 2 && tok_punct(st, b - 1, ')') && tok_punct(st, b - 3,
	    '('))
		b -= 3;
	for (k = b; k > a + 1; k--)
		if (tok_word(st, k - 1, "of"))
			break;
	if (k > a + 1 && k == b - 1 && tok_capword(st, b - 1)) {
		size_t	x;

		/* "Ministry of Transport of Quebec", "Board of Atlantis" */
		for (x = a; x < k - 1; x++)
			if (tok_word(st, x, "of"))
				break;
		if (x < k - 1 || places_country(S, st, b - 1) != NULL)
			b = k - 1;
	}
	/* a person's titles before the name ("Deputy Prime Minister X Y"),
	 * not a body's words ("Transport Safety Board") */
	for (k = a; k + 2 < b && people_title(st, k) &&
	    !tok_in_list(st, k, words_bodies); k++)
		;
	if (k > a && k + 2 <= b && !tok_in_list(st, b - 1, words_bodies))
		a = k;
	if (a >= b || !tok_capword(st, a))
		return NULL;
	return tok_text(st, a, b);
}

/* A name of capitalised words (with "of" and a bracketed acronym) that
 * ends at token b: its first token, or b. */
static size_t
probe_name_back(const struct sent *st, size_t b)
{
	size_t	a = b;

	if (a > 3 && tok_punct(st, a - 1, ')') && tok_capword(st, a - 2) &&
	    tok_punct(st, a - 3, '('))
		a -= 3;
	while (a > 0 && (tok_capword(st, a - 1) || (tok_word(st, a - 1,
	    "of") && a > 1 && tok_capword(st, a - 2) && a < b)))
		a--;
	return a;
}

/*
 * A body set up to investigate, at token v: "a probe committee", "a
 * committee (headed by X) to investigate", "a commission ... formed to
 * look into".
 */
static int
probe_body(const struct sent *st, size_t v)
{
	size_t	k;

	if (!tok_in_words(st, v, (const char *const[]){ "committee",
	    "commission", "panel", NULL }))
		return 0;
	if (v > 0 && tok_in_list(st, v - 1, probe_nouns))
		return 1;
	for (k = v + 1; k + 1 < st->n && k < v + 16; k++)
		if (tok_word(st, k, "to") && (tok_in_words(st, k + 1,
		    (const char *const[]){ "investigate", "probe", NULL }) ||
		    (tok_word(st, k + 1, "look") && tok_word(st, k + 2,
		    "into"))))
			return 1;
	return 0;
}

static void
investigations_find(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 v, k, e, a, b, j;
	char	*who;
	size_t	 n;

	for (v = 0; v < st->n; v++) {
		if (!tok_in_list(st, v, probe_verbs) && !tok_in_list(st, v,
		    probe_nouns) && !probe_body(st, v))
			continue;
		/* "the (main, criminal) investigation" */
		for (e = v + 1; e < v + 4 && e < st->n &&
		    (tok_in_list(st, e, words_dets) || (st->t[e].type == TW &&
		    !st->t[e].cap && !tok_in_list(st, e, probe_nouns))); e++)
			;
		who = NULL;
		a = b = v;
		if (tok_in_list(st, e, probe_nouns) && e > v + 1 &&
		    tok_in_list(st, v + 1, words_dets)) {
			k = v;
			while (k > 0 && (tok_in_list(st, k - 1,
			    words_aux_back) || tok_word(st, k - 1, "to") ||
			    tok_word(st, k - 1, "be") ||
			    tok_word(st, k - 1, "expected")))
				k--;
			if (k > 0 && tok_word(st, k - 1, "that")) {
				/* "it is X that will lead" */
				for (j = k - 1; j > 1 && j + 12 > k; j--)
					if (tok_in_words(st, j - 1,
					    (const char *const[]){ "is",
					    "was", NULL }) &&
					    tok_word(st, j - 2, "it"))
						break;
				if (j > 1 && j + 12 > k && tok_word(st, j - 2,
				    "it")) {
					who = probe_leader(S, st, j, k - 1);
					a = j - 2;
				}
			} else if (k > 0 && tok_capword(st, k - 1) &&
			    (a = probe_name_back(st, k)) < k) {
				/* "the Safety Board will lead" */
				who = probe_leader(S, st, a, k);
			} else if (k > 2 && tok_word(st, k - 1, "which") &&
			    tok_comma(st, k - 2) && tok_capword(st, k - 3) &&
			    (a = probe_name_back(st, k - 2)) < k - 2) {
				/* "the Safety Board, which is leading the
				 * investigation," */
				who = probe_leader(S, st, a, k - 2);
			} else {
				/* "X said it (...) would lead": the
				 * speaker, a body */
				for (n = 0; n < st->nsays; n++)
					if (st->says[n].verb < v &&
					    !st->says[n].human &&
					    st->says[n].name != NULL &&
					    st->says[n].after == 0)
						break;
				for (j = n < st->nsays ? st->says[n].verb : v;
				    j < v; j++)
					if (tok_word(st, j, "it"))
						break;
				if (n < st->nsays && j < v) {
					who = probe_leader(S, st,
					    st->says[n].a, st->says[n].b);
					a = st->says[n].a;
				}
			}
			b = e + 1;
		} else if (tok_in_list(st, v, probe_nouns) ||
		    probe_body(st, v)) {
			/* "the investigation will be led by X", "a
			 * committee headed by X to investigate", "an inquiry
			 * into the deaths, led by its chairperson X" */
			k = v + 1;
			if (tok_word(st, k, "into") && tok_in_list(st, v,
			    probe_nouns)) {
				for (k++; k < st->n && k < v + 8 &&
				    st->t[k].type == TW && !tok_in_list(st, k,
				    words_aux_back) && !tok_word(st, k, "led") &&
				    !tok_word(st, k, "headed"); k++)
					;
				if (tok_comma(st, k))
					k++;
			}
			for (; k < v + 12 && (tok_in_list(st, k,
			    words_aux_back) || tok_word(st, k, "be") ||
			    tok_word(st, k, "being")); k++)
				;
			if (!tok_word(st, k, "led") && !tok_word(st, k,
			    "headed") && !tok_word(st, k, "conducted"))
				continue;
			if (!tok_word(st, k + 1, "by"))
				continue;
			for (b = k + 2; b < st->n && (tok_capword(st, b) ||
			    tok_in_list(st, b, words_dets) || (tok_word(st, b,
			    "of") && tok_capword(st, b + 1))); b++)
				;
			who = probe_leader(S, st, k + 2, b);
			/* "led by the chief district officer, X", "headed
			 * by former High Court judge X": a person past the
			 * titles */
			if (who == NULL && !S->oom && (who = person_fwd(S, st,
			    past_portfolio(st, past_office(st, past_title(st,
			    past_apposition(st, k + 2)))), &b, NULL)) == NULL)
				b = k + 2;
			a = v;
		}
		if (S->oom)
			return;
		if (who == NULL)
			continue;
		events_emit_text(S, st, CLAIM_ROLE, "head of investigation",
		    who, a, b, subj, subj_side);
	}
}

/*
 * Who heads a body that is no side's: an observer mission or group, a
 * commission, an authority or a council ("the X Observer Group, led by
 * former foreign minister Y,", "an African Union observer mission headed
 * by Y", "commission chairperson Y", "the X Commission, whose chairman Y",
 * "Y, who leads the X group", "the EU mission under Y").  The role is
 * "head of <name> <noun>": the name is the body's acronym in brackets,
 * else the initials of its capitalised words ("European Union" is EU) or
 * its one such word, leaving out the words any such body may have
 * ("Observer", "Electoral", "National") and countries; the noun is
 * "mission" for a mission, a group or observers, else the body's own
 * ("commission"), so that outlets that name it in full or not agree.  A
 * body set up to investigate, a side's commission (the rules above) and an
 * armed or a working group are left out.
 */
LIST(body_nouns, "mission", "group", "observers", "commission", "authority",
    "council", "force", "centre", "center");
LIST(body_common, "observer", "observers", "observation", "monitoring",
    "task", "force",
    "election", "elections", "electoral", "national", "central",
    "independent", "international", "joint", "separate", "special", "high",
    "mission", "group", "commission", "authority", "council", "poll",
    "polls");
LIST(body_not, "rebel", "rebels", "armed", "militant", "militants",
    "insurgent", "terrorist", "jihadist", "criminal", "opposition",
    "parliamentary", "contact", "working", "ethnic", "religious",
    "advocacy", "pressure", "rights", "interest", "age", "support");
LIST(body_titles, "chairperson", "chairman", "chairwoman", "chair", "head",
    "chief", "president", "leader");
LIST(body_lead_verbs, "leads", "heads", "chairs", "led", "headed",
    "chaired");

/*
 * The body whose noun is at token v, its words from *a: its subject
 * ("head of EU mission"), or NULL when it is none of those above; *e gets
 * the token after the noun and its bracketed acronym.
 */
static char *
body_subject(struct state *S, const struct sent *st, size_t v, size_t *a,
    size_t *e)
{
	char		 name[16] = "", *acr = NULL, *r, *q;
	const char	*noun;
	size_t		 k, x, nproper = 0, n, kend;

	*a = v;
	while (*a > 0 && *a + 8 > v && (tok_capword(st, *a - 1) ||
	    tok_in_list(st, *a - 1, body_common) || (tok_punct(st, *a - 1,
	    ')') && *a > 2 && tok_punct(st, *a - 3, '(')) ||
	    (tok_punct(st, *a - 1, '(') && *a < v) ||
	    (tok_possessive(st, *a - 1) && *a < v)))
		(*a)--;
	*e = v + 1;
	if (tok_punct(st, v + 1, '(') && tok_capword(st, v + 2) &&
	    tok_punct(st, v + 3, ')'))
		*e = v + 4;
	/* "the Electoral Commission of Zambia", "Commission on Human
	 * Rights" */
	kend = *e;
	if ((tok_word(st, *e, "of") || tok_word(st, *e, "on") ||
	    tok_word(st, *e, "for")) && tok_capword(st, *e + 1) &&
	    *a < v && tok_capword(st, v)) {
		/* the place of "of X" is no part of the name */
		for ((*e)++; *e < st->n && tok_capword(st, *e); (*e)++)
			;
		if (!tok_word(st, kend, "of"))
			kend = *e;
	}
	if (tok_word(st, v, "group") && *a == v)
		return NULL;	/* "the group", anyone's */
	/* a force is a "task force" only */
	if (tok_word(st, v, "force") && !(v > 0 && tok_word(st, v - 1,
	    "task")))
		return NULL;
	for (k = *a; k <= v && k < st->n; k++)
		if (tok_in_list(st, k, body_not))
			return NULL;
	if (*a > 0 && tok_in_list(st, *a - 1, body_not))
		return NULL;
	if (tok_word(st, v, "commission") && (probe_body(st, v) ||
	    (commission_led(st, v, &x) != 0 && x != 0)))
		return NULL;
	for (k = *a; k < kend && k < st->n; k++) {
		if (tok_punct(st, k, '(') && k + 2 < st->n && tok_punct(st,
		    k + 2, ')') && tok_capword(st, k + 1)) {
			free(acr);
			if ((acr = tok_text(st, k + 1, k + 2)) == NULL)
				return NULL;
			k += 2;
			continue;
		}
		if (!tok_capword(st, k) || tok_in_list(st, k, body_common) ||
		    places_country(S, st, k) != NULL ||
		    entities_country_form(S->ent, st->s + st->t[k].s,
		    st->t[k].e - st->t[k].s) != NULL)
			continue;
		if (tok_possessive(st, k + 1) && k + 1 < kend)
			continue;
		x = st->t[k].e - st->t[k].s;
		if (nproper++ == 0 && x < sizeof name) {
			memcpy(name, st->s + st->t[k].s, x);
			name[x] = '\0';
		}
	}
	noun = tok_word(st, v, "mission") || tok_word(st, v, "group") ||
	    tok_word(st, v, "observers") ? "mission" : tok_word(st, v,
	    "force") ? "task force" : NULL;
	if (noun == NULL) {
		x = st->t[v].e - st->t[v].s;
		r = util_printf("%.*s", (int)x, st->low + st->t[v].s);
		if (r == NULL) {
			free(acr);
			return NULL;
		}
	} else if ((r = util_strdup(noun)) == NULL) {
		free(acr);
		return NULL;
	}
	if (acr == NULL && nproper > 1) {
		/* the initials of the capitalised words */
		char	ini[16];

		for (k = *a, n = 0; k < kend && n + 1 < sizeof ini; k++)
			if (tok_capword(st, k) && !tok_in_list(st, k,
			    body_common) && places_country(S, st, k) == NULL)
				ini[n++] = (char)toupper((unsigned char)
				    st->s[st->t[k].s]);
		ini[n] = '\0';
		acr = util_strdup(ini);
	} else if (acr == NULL && nproper == 1)
		acr = util_strdup(name);
	if (acr != NULL && acr[0] != '\0')
		q = util_printf("head of %s %s", acr, r);
	else
		q = util_printf("head of %s", r);
	free(r);
	free(acr);
	return q;
}

static void
bodies_find(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t		 v, a, e, k, pe, at, b0;
	char		*subject, *who;
	const char	*speaker, *sd;

	for (v = 0; v < st->n; v++) {
		if (!tok_in_list(st, v, body_nouns))
			continue;
		if ((subject = body_subject(S, st, v, &a, &e)) == NULL) {
			if (S->oom)
				return;
			continue;
		}
		who = NULL;
		b0 = a;
		k = tok_comma(st, e) ? e + 1 : e;
		/* "the task force is (will be) headed by" */
		while (k < st->n && k < e + 4 && (tok_in_list(st, k,
		    words_aux_back) || tok_in_words(st, k,
		    (const char *const[]){ "is", "was", "be", "been", "being",
		    "will", "would", NULL })))
			k++;
		speaker = people_source(S, st, v, &sd, subj, subj_side);
		if ((tok_word(st, k, "led") || tok_word(st, k, "headed") ||
		    tok_word(st, k, "chaired")) && tok_word(st, k + 1, "by")) {
			/* "the X mission, headed by former minister Y" */
			who = person_fwd(S, st, past_portfolio(st,
			    past_office(st, past_title(st,
			    past_apposition(st, k + 2)))), &pe, speaker);
		} else if (tok_word(st, k, "whose") && k > e &&
		    tok_in_list(st, k + 1, body_titles)) {
			/* "the X Commission, whose chairman Y" */
			who = person_fwd(S, st, k + 2, &pe, speaker);
		} else if (k == e && tok_in_list(st, e, body_titles) &&
		    st->t[e].type == TW && !st->t[e].cap) {
			/* "commission chairperson Y" */
			who = person_fwd(S, st, e + 1, &pe, speaker);
		} else if (k == e && tok_word(st, e, "under")) {
			/* "the EU mission under Y" */
			who = person_fwd(S, st, past_title(st, e + 1), &pe,
			    speaker);
		} else if (a > 2 && tok_in_list(st, a - 1, words_dets) &&
		    tok_in_list(st, a - 2, body_lead_verbs) &&
		    tok_word(st, a - 3, "who") &&
		    (who = name_before(S, st, a - 2, &at)) != NULL) {
			/* "Y, who leads the X group" */
			b0 = at;
			pe = v + 1;
		}
		if (who == NULL) {
			free(subject);
			if (S->oom)
				return;
			continue;
		}
		events_emit_text(S, st, CLAIM_ROLE, subject, who, b0 < a ? b0 :
		    a, pe > e ? pe : e, subj, subj_side);
		free(subject);
		if (S->oom)
			return;
	}
}

/*
 * Who mediates talks: "A and B will act as mediators", "with A and B as
 * mediators", "mediated by A and B".  The role is "mediators" (or
 * "guarantors", "facilitators"), its value the parties named, in
 * alphabetical order ("Norway and Venezuela"), so that two outlets naming
 * the same ones in another order agree.
 */
LIST(mediator_nouns, "mediators", "mediator", "guarantors", "guarantor",
    "facilitators", "facilitator");
LIST(act_verbs, "act", "acts", "acting", "serve", "serves", "serving");

#define MAXPARTIES	6

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The parties named from token a (forwards, dir 1) or ending before token
 * a (backwards, dir -1): runs of capitalised words joined by "and" or
 * commas, "the" allowed before a run.  Fills part[] with copies (the
 * caller frees them) and the span in [*lo, *hi); returns how many.
 */
static size_t
parties(struct state *S, const struct sent *st, size_t a, int dir,
    char **part, size_t *lo, size_t *hi)
{
	size_t	n = 0, k = a, e, b;
	int	comma = 0;

	*lo = *hi = a;
	for (;;) {
		if (dir > 0) {
			if (tok_word(st, k, "the"))
				k++;
			for (e = k; e < st->n && e < k + 5 &&
			    tok_capword(st, e); e++)
				;
			if (e == k)
				break;
			/* "Qatar, the Gulf state's ...": an apposition
			 * after a comma, no party of a list */
			if (comma && !(e >= st->n || st->t[e].type == TP ||
			    tok_word(st, e, "and")))
				break;
			b = k;
		} else {
			for (b = k; b > 0 && b + 5 > k && tok_capword(st,
			    b - 1); b--)
				;
			if (b == k)
				break;
			e = k;
		}
		if (n == MAXPARTIES)
			break;
		if ((part[n++] = tok_text(st, b, e)) == NULL) {
			S->oom = 1;
			break;
		}
		if (dir > 0) {
			*hi = e;
			if (!tok_word(st, e, "and") && !tok_comma(st, e))
				break;
			comma = tok_comma(st, e) && !tok_word(st, e + 1, "and");
			k = e + 1;
			if (tok_word(st, k, "and"))
				k++;
		} else {
			*lo = b;
			if (b > 0 && tok_word(st, b - 1, "the"))
				*lo = b - 1;
			if (b < 2 || (!tok_word(st, b - 1, "and") &&
			    !tok_comma(st, b - 1)))
				break;
			k = b - 1;
			if (k > 0 && tok_comma(st, k - 1))
				k--;
		}
	}
	return n;
}

/*
 * Who mediated, told by a verb or "mediation" rather than a mediator's
 * noun: "thanked X for brokering the deal (for its mediation)", "through
 * (with, under) the mediation of X".  Fills part[] as parties() does, a
 * country by the tables' name ("Türkiye": "Turkey"), the claim's span in
 * [*a, *b); returns how many.
 */
static size_t
mediation_by(struct state *S, const struct sent *st, size_t i, char **part,
    size_t *a, size_t *b)
{
	size_t		 n = 0, lo, hi, k, j;
	const char	*c;
	char		*t;

	if (tok_in_words(st, i, (const char *const[]){ "thanked", "thanks",
	    "thanking", "credited", NULL })) {
		n = parties(S, st, i + 1, 1, part, &lo, &hi);
		if (n > 0 && !(tok_word(st, hi, "for") && (tok_in_words(st,
		    hi + 1, (const char *const[]){ "brokering", "mediating",
		    "facilitating", NULL }) || (tok_in_words(st, hi + 1,
		    (const char *const[]){ "its", "their", "the", "his", "her",
		    NULL }) && tok_word(st, hi + 2, "mediation"))))) {
			while (n > 0)
				free(part[--n]);
			return 0;
		}
		*a = i;
		*b = hi + 2;
	} else if (tok_word(st, i, "mediation") && i > 1 &&
	    tok_word(st, i - 1, "the") && tok_in_words(st, i - 2,
	    (const char *const[]){ "through", "with", "under", NULL }) &&
	    tok_word(st, i + 1, "of")) {
		n = parties(S, st, i + 2, 1, part, &lo, &hi);
		*a = i - 2;
		*b = hi;
	} else if ((tok_word(st, i, "mediation") && tok_word(st, i + 1,
	    "by") && i > 0 && tok_in_words(st, i - 1, (const char *const[]){
	    "after", "through", "following", "under", "with", NULL })) ||
	    (tok_in_words(st, i, (const char *const[]){ "mediated",
	    "brokered", "facilitated", NULL }) && tok_word(st, i + 1, "by") &&
	    i > 0 && tok_in_words(st, i - 1, (const char *const[]){ "was",
	    "were", "been", "is", "be", NULL }))) {
		/* "freed after mediation by Qatar", "the exchange was
		 * mediated by Angola", "the deal was brokered by Norway" */
		n = parties(S, st, i + 2, 1, part, &lo, &hi);
		*a = i;
		*b = hi;
	} else if (tok_word(st, i, "brokered") && i > 0 &&
	    tok_in_words(st, i + 1, (const char *const[]){ "the", "a", NULL }) &&
	    tok_in_words(st, i + 2, (const char *const[]){ "deal", "swap",
	    "exchange", "release", "agreement", "ceasefire", "truce",
	    "talks", NULL })) {
		/* "Qatar brokered the deal" */
		n = parties(S, st, i, -1, part, &lo, &hi);
		*a = lo;
		*b = i + 3;
	} else if (tok_word(st, i, "mediate") && i > 1 && tok_in_words(st,
	    i - 1, (const char *const[]){ "will", "would", "to", "shall",
	    NULL })) {
		/* "X will mediate the talks", "X is to mediate" */
		k = i - 1;
		if (tok_word(st, k, "to") && tok_in_words(st, k - 1,
		    (const char *const[]){ "is", "was", "are", NULL }))
			k--;
		if (k > 0 && tok_comma(st, k - 1))
			k--;
		n = parties(S, st, k, -1, part, &lo, &hi);
		/* "Foreign Minister X will mediate": the person */
		for (j = lo; n == 1 && j < k && people_title(st, j); j++)
			;
		if (n == 1 && j > lo && j < k) {
			free(part[0]);
			if ((part[0] = tok_text(st, j, k)) == NULL) {
				S->oom = 1;
				n = 0;
			}
		}
		*a = lo;
		*b = i + 1;
	} else if (tok_in_words(st, i, (const char *const[]){ "facilitating",
	    "mediating", NULL }) && i > 2 && tok_in_words(st, i - 1,
	    (const char *const[]){ "is", "was", NULL }) &&
	    tok_word(st, i - 2, "which") && tok_comma(st, i - 3) &&
	    events_talks_context(S, st)) {
		/* "Uganda, which is facilitating the talks," */
		n = parties(S, st, i - 3, -1, part, &lo, &hi);
		*a = lo;
		*b = i + 1;
	}
	for (k = 0; k < n; k++) {
		if (part[k] == NULL || S->ent == NULL ||
		    (c = entities_country_form(S->ent, part[k],
		    strlen(part[k]))) == NULL || strcmp(c, part[k]) == 0)
			continue;
		if ((t = util_strdup(c)) == NULL) {
			S->oom = 1;
			break;
		}
		free(part[k]);
		part[k] = t;
	}
	return n;
}

static void
mediators_find(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	char	*part[MAXPARTIES], *who = NULL, *t, *subject;
	size_t	 i, k, n, j, lo, hi, a, b;

	for (i = 1; i < st->n; i++) {
		n = 0;
		if ((n = mediation_by(S, st, i, part, &a, &b)) > 0 || S->oom)
			;	/* "thanked X for its mediation" */
		else if (!tok_in_list(st, i, mediator_nouns))
			continue;
		else if (tok_word(st, i - 1, "as") && i > 1 && tok_in_list(st,
		    i - 2, act_verbs)) {
			/* "A and B will act as mediators", "its foreign
			 * minister, X, will act as mediator" */
			for (k = i - 2; k > 0 && tok_in_list(st, k - 1,
			    words_aux_back); k--)
				;
			/* the name in commas, an apposition (not "who has
			 * shuttled since May, will act") */
			if (k > 1 && tok_comma(st, k - 1) &&
			    tok_capword(st, k - 2)) {
				for (j = k - 2; j > 0 && tok_capword(st,
				    j - 1); j--)
					;
				if (j > 0 && tok_comma(st, j - 1))
					k--;
			}
			n = parties(S, st, k, -1, part, &lo, &hi);
			a = lo;
			b = i + 1;
		} else if (tok_word(st, i - 1, "as")) {
			/* "with A and B (acting) as mediators" */
			for (k = i - 1; k > 0 && k + 12 > i &&
			    !tok_word(st, k - 1, "with"); k--)
				;
			if (k == 0 || !tok_word(st, k - 1, "with"))
				continue;
			n = parties(S, st, k, 1, part, &lo, &hi);
			if (hi != i - 1 && !(tok_in_list(st, hi, act_verbs) &&
			    hi + 2 == i))
				while (n > 0)
					free(part[--n]);
			a = k - 1;
			b = i + 1;
		}
		if (S->oom) {
			while (n > 0)
				free(part[--n]);
			return;
		}
		if (n == 0)
			continue;
		qsort(part, n, sizeof *part, cmp_str);
		who = part[0];
		for (j = 1; j < n && who != NULL; j++) {
			t = util_printf("%s%s%s", who, j + 1 == n ? " and " :
			    ", ", part[j]);
			free(who);
			who = t;
		}
		for (j = 1; j < n; j++)
			free(part[j]);
		subject = !tok_in_list(st, i, mediator_nouns) ?
		    util_strdup("mediators") : util_printf("%.*s",
		    (int)(st->t[i].e - st->t[i].s), st->low + st->t[i].s);
		if (who == NULL || subject == NULL) {
			free(who);
			free(subject);
			S->oom = 1;
			return;
		}
		if (subject[strlen(subject) - 1] != 's') {
			t = util_printf("%ss", subject);
			free(subject);
			if ((subject = t) == NULL) {
				free(who);
				S->oom = 1;
				return;
			}
		}
		events_emit_text(S, st, CLAIM_ROLE, subject, who, a, b, subj,
		    subj_side);
		free(subject);
	}
}

/*
 * "the Front named its chief negotiator for the talks, X": after the verb
 * of naming at token v and the negotiator at token i, past a short
 * phrase ("for the talks"), a comma and the person in apposition.  The
 * role is the delegation of the doer right before the verb: the armed
 * group the article named, a country, else the doer's possessive.
 * Returns the person (*subject and *end set), or NULL.
 */
static char *
negotiator_named(struct state *S, const struct sent *st, size_t v, size_t i,
    char **subject, size_t *end)
{
	size_t	 k, pe;
	char	*who, *doer;

	*subject = NULL;
	for (k = i + 1; k < i + 5 && k < st->n && st->t[k].type == TW &&
	    !st->t[k].cap; k++)
		;
	if (!tok_comma(st, k) || !tok_capword(st, k + 1) || v == 0 ||
	    !tok_in_list(st, i - 2, words_poss_pron))
		return NULL;
	if ((who = person_fwd(S, st, k + 1, &pe, NULL)) == NULL)
		return NULL;
	if ((doer = tok_text(st, v - 1, v)) == NULL) {
		free(who);
		S->oom = 1;
		return NULL;
	}
	if (S->group != NULL && strcasecmp(doer,
	    S->group) == 0)
		*subject = util_printf("head of %s delegation", S->group);
	else if (places_country(S, st, v - 1) != NULL)
		*subject = role_subject(S, st, v - 1, v, "delegation");
	else
		*subject = possessed_subject(S, st, i - 2, 1);
	free(doer);
	if (*subject == NULL)
		*subject = util_strdup("head of delegation");
	if (*subject == NULL) {
		free(who);
		S->oom = 1;
		return NULL;
	}
	*end = pe;
	return who;
}

/*
 * Learn the last delegation the article names with its side ("a
 * government delegation", "a Boreal delegation"), once the sentence's
 * roles are read, so that "the delegation" in the next two sentences is
 * it.
 */
static void
delegation_learn(struct state *S, const struct sent *st)
{
	size_t	 i;
	char	*r;

	for (i = 1; i < st->n; i++) {
		if (!tok_word(st, i, "delegation") ||
		    tok_word(st, i - 1, "the") ||
		    tok_in_list(st, i - 1, words_poss_pron))
			continue;
		if ((r = role_subject(S, st, i - 1, i, "delegation")) == NULL) {
			S->oom = 1;
			return;
		}
		if (strcmp(r, "head of delegation") != 0 &&
		    strlen(r) < sizeof S->del_subject) {
			memcpy(S->del_subject, r, strlen(r) + 1);
			S->del_sentence = st->index;
		}
		free(r);
	}
}

/*
 * The side's noun that a verb of leading at token i governs past a
 * possessive and a word of negotiating ("would head the opposition's
 * negotiating team", "led the government's negotiating team"): its
 * token, or 0.  Only a possessive noun or name before the noun.
 */
static size_t
lead_object(const struct sent *st, size_t i)
{
	size_t	k = i + 1;

	if (!tok_word(st, k, "the"))
		return 0;
	k++;
	if (k + 1 >= st->n || st->t[k].type != TW || !tok_possessive(st,
	    k + 1))
		return 0;
	k += 2;
	if (tok_in_words(st, k, (const char *const[]){ "negotiating",
	    "negotiation", "peace", NULL }))
		k++;
	return side_noun(st, k) ? k : 0;
}

/* The person before the verb of leading at token i ("X would head"), with
 * *at the person's first token, or NULL. */
static char *
lead_object_head(struct state *S, const struct sent *st, size_t i,
    size_t *at)
{
	size_t	k = i, a, p, pe;

	while (k > 0 && tok_in_list(st, k - 1, words_aux_back))
		k--;
	if (k > 2 && k == i && tok_word(st, k - 1, "to") && tok_in_words(st,
	    k - 2, (const char *const[]){ "is", "are", "was", "expected",
	    "set", "due", "likely", NULL })) {
		k -= 2;
		while (k > 0 && tok_in_list(st, k - 1, words_aux_back))
			k--;
	}
	if (k == 0)
		return NULL;
	a = people_np_back(st, k - 1, 0);
	p = people_in(S, st, a, k, &pe, 1);
	if (p >= k || pe != k)
		return NULL;
	*at = p;
	return tok_text(st, p, pe);
}

/*
 * The role of the side whose possessive noun stands at token k + 1 (after
 * "the"): "head of government delegation", "head of opposition
 * delegation", "head of junta delegation"; a country by its adjective.
 */
static char *
possessor_side(struct state *S, const struct sent *st, size_t k)
{
	const char	*c, *adj;
	char		*w, *r;

	k++;
	if ((c = places_country(S, st, k)) != NULL &&
	    (adj = entities_adjective(S->ent, c)) != NULL)
		return util_printf("head of %s delegation", adj);
	if (S->group != NULL && (tok_word(st, k, "rebels") || tok_word(st, k,
	    "rebel") || tok_in_list(st, k, group_nouns)))
		return util_printf("head of %s delegation", S->group);
	if ((w = tok_text(st, k, k + 1)) == NULL) {
		S->oom = 1;
		return NULL;
	}
	if (!st->t[k].cap)
		memcpy(w, st->low + st->t[k].s, strlen(w));
	r = util_printf("head of %s delegation", w);
	free(w);
	return r;
}

/*
 * Back over an apposition of an office that ends at token k (a comma):
 * "X, a deputy head of the presidential office, will lead" gives the
 * comma after X; else k.
 */
static size_t
past_apposition_back(const struct sent *st, size_t k)
{
	size_t	c, t;

	if (k < 4 || !tok_comma(st, k - 1))
		return k;
	for (c = k - 2; c > 1 && c + 14 > k; c--) {
		if (!tok_comma(st, c - 1))
			continue;
		if (!tok_in_words(st, c, (const char *const[]){ "a", "an",
		    "the", NULL }))
			return k;
		for (t = c + 1; t < k - 1; t++)
			if (tok_in_list(st, t, words_titles) ||
			    tok_in_list(st, t, head_titles))
				return c - 1;
		return k;
	}
	return k;
}

void
roles_find(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t		 i, k, a, b, pe, p, l, lim, x;
	int		 own, team;
	char		*who, *subject, *giver;
	const char	*speaker = NULL, *sd, *gs;

	/* "The government delegation will be led by X": the delegation
	 * does not say who heads it */
	if (subj != NULL && (l = strlen(subj)) > 0 && (strcmp(subj +
	    (l > 10 ? l - 10 : 0), "delegation") == 0 || (l >= 4 &&
	    (strcmp(subj + l - 4, "team") == 0 || strcmp(subj + l - 4,
	    "side") == 0)))) {
		subj = NULL;
		subj_side = NULL;
	}
	operations_find(S, st, subj, subj_side);
	if (!S->oom)
		mediators_find(S, st, subj, subj_side);
	if (!S->oom)
		investigations_find(S, st, subj, subj_side);
	if (!S->oom)
		bodies_find(S, st, subj, subj_side);
	if (S->oom)
		return;
	for (i = 0; i < st->n; i++) {
		who = NULL;
		subject = NULL;
		giver = NULL;
		gs = NULL;
		own = 0;
		/* "the (Russian) delegation headed/led by X", "the army's
		 * delegation, according to the government, will be headed
		 * by X": k, past the auxiliaries after the noun, is read
		 * only after a side's noun (every other branch below sets
		 * k before it reads it), so it is found only then */
		k = i + 1;
		team = tok_word(st, i, "team") || (tok_in_list(st, i,
		    mediation_nouns) && !mediation_object(st, i));
		if (side_noun(st, i) || team) {
			lim = i + 6;
			if ((x = past_according(st, k)) != k) {
				lim += x - k;
				k = x;
			}
			while (k < lim && (tok_word(st, k, "will") ||
			    tok_comma(st, k) || tok_word(st, k, "expected") ||
			    tok_word(st, k, "likely") ||
			    tok_word(st, k, "due") || tok_word(st, k, "set") ||
			    tok_word(st, k, "be") || tok_word(st, k, "is") ||
			    tok_word(st, k, "was") || tok_word(st, k, "to") ||
			    tok_word(st, k, "being") ||
			    tok_word(st, k, "would") ||
			    tok_word(st, k, "been") ||
			    tok_in_list(st, k, words_aux_back)))
				k++;
			if (!led_by(st, k) && led_by_after(st, i + 1) != 0)
				k = led_by_after(st, i + 1);
		}
		/* "the other side was represented by": a side heads only
		 * at talks, and "the commission on the X side is chaired
		 * by" is the commission's head, no side's */
		if ((side_noun(st, i) || team) && led_by(st, k) &&
		    (!tok_word(st, i, "side") ||
		    (events_talks_context(S, st) && !on_side(st, i)))) {
			speaker = people_source(S, st, i, &sd, subj, subj_side);
			who = person_fwd(S, st, past_portfolio(st,
			    past_office(st, past_title(st,
			    past_apposition(st, k + 2)))), &pe, speaker);
			if (who == NULL)
				continue;
			a = i > 3 ? i - 3 : 0;
			subject = NULL;
			/* "its delegation": the side before it */
			if (!team && i > 0 &&
			    tok_in_list(st, i - 1, words_poss_pron))
				subject = possessed_subject(S, st, i - 1, 1);
			/* "Our delegation", the speaker's side's */
			else if (i > 0 && tok_word(st, i - 1, "our"))
				subject = speaker_subject(S, speaker, sd);
			if (S->oom) {
				free(who);
				return;
			}
			/* "The Tajik side will be represented by a
			 * government delegation led by X": the side's */
			if (subject == NULL && !team)
				subject = represented_subject(S, st, i);
			if (S->oom) {
				free(who);
				return;
			}
			if (subject == NULL)
				subject = team && !tok_word(st, i, "team") ?
				    util_strdup("head of team") :
				    team ? team_subject(S, st, i, k) :
				    role_subject(S, st, a, i, "delegation");
			/* "a government delegation will ...  He said the
			 * delegation would be led by X": the one named */
			if (subject != NULL && i > 0 &&
			    tok_word(st, i - 1, "the") &&
			    strcmp(subject, "head of delegation") == 0 &&
			    S->del_subject[0] != '\0' &&
			    st->index <= S->del_sentence + 2) {
				free(subject);
				subject = util_strdup(S->del_subject);
			}
			b = pe;
			a = i;
			while (a > 0 && (st->t[a - 1].cap ||
			    tok_in_list(st, a - 1, words_dets)))
				a--;
		} else if (tok_word(st, i, "delegation") && i > 0 &&
		    tok_in_words(st, i + 1, (const char *const[]){ "chief",
		    "head", "leader", NULL }) && (tok_capword(st, i + 2) ||
		    tok_in_list(st, i + 2, words_titles))) {
			/* "by army delegation chief Gen. X": the office
			 * before the name */
			speaker = people_source(S, st, i, &sd, subj, subj_side);
			if ((who = person_fwd(S, st, past_title(st, i + 2),
			    &pe, speaker)) == NULL)
				continue;
			subject = role_subject(S, st, i > 3 ? i - 3 : 0, i,
			    "delegation");
			b = pe;
			a = st->t[i - 1].type == TW && !tok_word(st, i - 1,
			    "by") && !tok_in_list(st, i - 1, words_dets) ?
			    i - 1 : i;	/* "army delegation" */
		} else if (tok_in_list(st, i, negotiator_words) && i > 0 &&
		    (tok_word(st, i - 1, "top") ||
		    tok_word(st, i - 1, "chief") ||
		    tok_word(st, i - 1, "lead") ||
		    tok_word(st, i - 1, "head") ||
		    tok_word(st, i - 1, "senior") ||
		    tok_word(st, i - 1, "main"))) {
			/* "X, an aide, was Russia's top negotiator" */
			k = i - 1;
			while (k > 0 && !tok_in_words(st, k, (const char
			    *const[]){ "is", "was", "will", "as", "be",
			    "named", "appointed", NULL }) && k + 5 > i)
				k--;
			if (!tok_in_words(st, k,
			    (const char *const[]){ "is", "was", "will", "as",
			    "be", "named", "appointed", NULL }))
				continue;
			/* "the Front named its chief negotiator (for the
			 * talks), X": the name in apposition, the doer's */
			if (tok_in_list(st, k, name_verbs) &&
			    (who = negotiator_named(S, st, k, i, &subject,
			    &b)) != NULL) {
				a = k;
				/* the doer gives it when no one says it */
				if (k > 0 && tok_capword(st, k - 1) &&
				    (giver = tok_text(st, k - 1, k)) == NULL) {
					free(who);
					free(subject);
					S->oom = 1;
					return;
				}
				goto found;
			}
			if (S->oom)
				return;
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
		    (x = lead_object(st, i)) > 0 && (tok_word(st, x,
		    "delegation") || events_talks_context(S, st)) &&
		    (who = lead_object_head(S, st, i, &a)) != NULL) {
			/* "X would head the opposition's negotiating team",
			 * "X led the government's negotiating team" */
			subject = possessor_side(S, st, i + 1);
			if (subject == NULL) {
				free(who);
				if (S->oom)
					return;
				continue;
			}
			b = x + 1;
		} else if (tok_in_list(st, i, lead_verbs) && i > 0 &&
		    (tok_word(st, i + 1, "delegation") || tok_word(st, i + 2,
		    "delegation") || ((tok_word(st, i + 1, "the") ||
		    (tok_capword(st, i + 1) && tok_possessive(st, i + 2))) &&
		    tok_word(st, i + 3, "delegation")) ||
		    ((side_noun(st, i + 2) || (tok_word(st, i + 1, "the") &&
		    side_noun(st, i + 3))) && events_talks_context(S, st)) ||
		    (tok_word(st, i + 1, "the") && tok_possessive(st, i + 3) &&
		    side_noun(st, i + 4) && events_talks_context(S, st)) ||
		    (tok_capword(st, i + 1) && tok_possessive(st, i + 2) &&
		    side_noun(st, i + 3) && events_talks_context(S, st)))) {
			/* "X will lead the Russian delegation", "X will head
			 * the rebel side", "X, who will lead the union's
			 * team" (at talks) */
			k = i;
			/* "would personally lead" */
			while (k > 0 && (tok_in_list(st, k - 1,
			    words_aux_back) || (k < i + 1 && k > 1 &&
			    tok_ly_adverb(st, k - 1) && tok_in_list(st, k - 2,
			    words_aux_back))))
				k--;
			/* "X is expected (set, due) to lead the delegation" */
			if (k > 2 && k == i && tok_word(st, k - 1, "to") &&
			    tok_in_words(st, k - 2, (const char *const[]){
			    "expected", "set", "due", "likely", "poised",
			    "scheduled", NULL })) {
				k -= 2;
				while (k > 0 && tok_in_list(st, k - 1,
				    words_aux_back))
					k--;
			}
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
			/* "X, not Y, would lead": X leads, Y is denied;
			 * "X himself, not Y" */
			k = past_not(st, k);
			if (k > 1 && tok_in_words(st, k - 1, (const char
			    *const[]){ "himself", "herself", NULL }))
				k--;
			/* "X, a deputy head of the presidential office, will
			 * lead": back over the apposition */
			k = past_apposition_back(st, k);
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
			} else if (named_before(S, st, p))
				continue;	/* "named X to head": below */
			else if ((who = tok_text(st, p, pe)) == NULL)
				continue;
			b = i + 5 < st->n ? i + 5 : st->n;
			while (b > i + 1 && !side_noun(st, b - 1))
				b--;
			/* "According to the government, X will lead its
			 * delegation": not X's, the side's before X */
			subject = NULL;
			if (tok_in_list(st, i + 1, words_poss_pron) &&
			    (subject = possessed_subject(S, st, p, 1)) ==
			    NULL && S->oom) {
				free(who);
				return;
			}
			if (subject == NULL)
				subject = role_subject(S, st, i, b,
				    "delegation");
			a = p;
		} else if (tok_in_list(st, i, name_verbs) &&
		    (who = named_to_head(S, st, i, &b, &k)) != NULL) {
			/* "the army named X to head its delegation"; "A
			 * said ..., while B named X to head its delegation":
			 * B says so, not A */
			subject = named_subject(S, st, i, k);
			a = i;
			if (i > 1 && tok_capword(st, i - 1) && tok_in_words(st,
			    i - 2, (const char *const[]){ "while", "whereas",
			    NULL })) {
				if ((giver = tok_text(st, i - 1, i)) == NULL) {
					free(who);
					free(subject);
					S->oom = 1;
					return;
				}
				gs = places_country(S, st, i - 1);
				own = 1;
			}
		} else if (tok_word(st, i, "head") &&
		    tok_word(st, i + 1, "of") &&
		    (tok_word(st, i + 3, "delegation") ||
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
		} else if (tok_in_list(st, i, words_send_verbs) &&
		    events_talks_context(S, st) &&
		    tok_in_list(st, i + 1, words_poss_pron) &&
		    (k = past_title(st, i + 1)) > i + 1) {
			/* "the rebels will send their political leader, X":
			 * who leads a side to the talks heads its team */
			for (p = i + 2; p < k &&
			    !tok_in_list(st, p, head_titles); p++)
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
		} else if ((tok_in_list(st, i, words_send_verbs) ||
		    tok_in_list(st, i, name_verbs)) &&
		    (subject = office_sent(S, st, i, &who, &a, &b)) != NULL) {
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
found:
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
		if (own)
			claims_add(S, st, CLAIM_ROLE, subject, 0, 0, who, 0,
			    NULL, giver, st->t[a].s, st->t[b - 1].e);
		else
			events_emit_text(S, st, CLAIM_ROLE, subject, who, a, b,
			    giver != NULL ? giver : subj, giver != NULL ? gs :
			    subj_side);
		free(subject);
		free(giver);
	}
	delegation_learn(S, st);
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

void
roles_find_owners(struct state *S, struct sent *st, const char *subj,
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
		if (!held && !tok_in_list(st, k, words_detain_participles)) {
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
		events_emit_text(S, st, CLAIM_ROLE, subject, who, held ? a - 1 :
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
	if (e > k + 1 && tok_capword(st, e))
		return e;
	/* a portfolio the lists lack ("Minister of Water Resources X
	 * Y"): the run's last two words are the name */
	for (e = k + 1; e < st->n && e < k + 8 && tok_capword(st, e); e++)
		;
	return e >= k + 4 ? e - 2 : j;
}

/*
 * A country that "will be represented by" someone at talks names the
 * head of its delegation ("Atlantis will be represented by Deputy Trade
 * Minister X"); only near talks and only "represented": a country "led
 * by" someone is its government.
 */
void
roles_find_represented(struct state *S, struct sent *st, const char *subj,
    const char *subj_side)
{
	size_t	 i, k, p, pe;
	char	*who, *subject;
	int	 group;

	for (i = 0; i < st->n; i++) {
		/* the armed group the article named: "she said the rebels
		 * would be represented by" */
		group = S->group != NULL && tok_in_list(st, i, group_nouns) &&
		    i > 0 && tok_word(st, i - 1, "the") && (i == 1 ||
		    tok_comma(st, i - 2) || tok_word(st, i - 2, "that") ||
		    tok_in_list(st, i - 2, words_say_verbs));
		/* a country, or a one-word name the tables lack opening a
		 * clause ("He added that Varkhadan would be represented") */
		if (!group && (!tok_capword(st, i) ||
		    (places_country(S, st, i) == NULL &&
		    (tok_capword(st, i + 1) || tok_possessive(st, i + 1) ||
		    (i > 0 && !tok_word(st, i - 1, "that")))) ||
		    (i > 0 && !tok_comma(st, i - 1) && !tok_word(st, i - 1,
		    "and") && !tok_word(st, i - 1, "that") &&
		    !tok_in_list(st, i - 1, words_lead_adverbials))))
			continue;
		for (k = i + 1; k < i + 5 && (tok_word(st, k, "will") ||
		    tok_word(st, k, "would") || tok_word(st, k, "be") ||
		    tok_word(st, k, "is") || tok_word(st, k, "was") ||
		    tok_word(st, k, "to") || tok_in_list(st, k,
		    words_aux_back)); k++)
			;
		if (k == i + 1 || !tok_word(st, k, "represented") ||
		    !tok_word(st, k + 1, "by") || !events_talks_context(S, st))
			continue;
		p = k + 2;
		/* "by its deputy prime minister, X", "by their
		 * vice-chairman for political affairs, X" */
		if (tok_in_list(st, p, words_poss_pron)) {
			for (p++; p < k + 9 && p < st->n &&
			    st->t[p].type == TW && !st->t[p].cap &&
			    tok_in_list(st, p, words_titles); p++)
				;
			if (p > k + 3 && (tok_word(st, p, "for") ||
			    tok_word(st, p, "of")))
				for (p++; p < k + 14 && p < st->n &&
				    st->t[p].type == TW && !st->t[p].cap; p++)
					;
			if (p == k + 3 || !tok_comma(st, p))
				continue;
			p++;
		}
		p = past_portfolio(st, p);
		if (!tok_capword(st, p) || (who = person_fwd(S, st, p, &pe,
		    NULL)) == NULL)
			continue;
		subject = group ? util_printf("head of %s delegation",
		    S->group) : places_country(S, st, i) != NULL ?
		    role_subject(S, st, i, i + 1, "delegation") :
		    util_printf("head of %.*s delegation",
		    (int)(st->t[i].e - st->t[i].s), st->s + st->t[i].s);
		if (subject == NULL) {
			free(who);
			S->oom = 1;
			return;
		}
		events_emit_text(S, st, CLAIM_ROLE, subject, who, i, pe, subj,
		    subj_side);
		free(subject);
	}
}