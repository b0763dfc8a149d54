/*
 * claims-people.c: people, speakers and the source of a claim.
 *
 * Speakers: every verb of saying ("said", "told", "announced", "according
 * to" ...) with the noun phrase that says it, found before the verb
 * (through an apposition: "X, an aide, said") or after it (", said X");
 * pronouns resolve to the last person named (struct state's last_human),
 * "it" to the last body that spoke a sentence or two before (last_body); a
 * group that speaks is a plural agent noun with the words that say whose
 * it is, coordinated by "and" ("Swiss and African Union mediators",
 * "police and firefighters"), and a capitalised name that ends in a body's
 * noun is a body, not a person ("Human Rights Association").  A speaker's
 * name runs back through "of the" and "for" ("the Office of the High
 * Commissioner for Peace", "the Headquarters for the Treatment of X",
 * "the police of Rio Grande do Sul") and over a body's lower-case noun
 * ("The X union says"); a noun phrase with an "of" complement is the
 * whole phrase, never the name after "of" ("the governor of X Province",
 * "the organisers of the event"); "issued a statement saying" is the
 * subject's; "according to a statement seen by X" is the statement's;
 * "a diplomat in Berlin said" is the diplomat in Berlin, not the place;
 * "according to the statement" is whoever an earlier sentence says gave
 * it ("X said in a statement"), "the ministry" the one a claim named
 * before ("the Kell Foreign Ministry");
 * "X, an aide, who is leading the rescue, told" is X.  The people
 * the article names (struct person) are kept with their side for the rest
 * of the article, and with the office right before the name, so that
 * "the spokesman" a few sentences later is the one named.
 *
 * The source of a claim is the nearest speaker whose verb precedes it in
 * the sentence (outside the quotation when the claim is quoted), else a
 * speaker that follows it in the same clause (not "..., while an army
 * source said"), else "according to", else the speaker of the quotation
 * (still open from an earlier sentence, or closed with "...," X said" in a
 * later one); for venues, roles and times also the person or body that is
 * the subject of the sentence.  An aside ("..., as the government
 * announced, ...") speaks for the clause before it only, and only when no
 * speaker before reports that clause.
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "entities.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

LIST(place_heads, "lake", "mount", "mountain", "river", "sea", "gulf", "bay",
    "cape", "port", "fort", "saint", "st", "north", "south", "east",
    "west", "new", "upper", "lower", "great", "lakes", "island",
    "islands", "valley", "camp", "forest", "national", "central",
    "northern", "southern", "eastern", "western");
/*
 * Plural nouns of people who speak as a group ("mediators said",
 * "firefighters told reporters"); with the words before them that say
 * whose they are (see group_back()) they are the whole speaker.
 */
LIST(agent_nouns, "mediators", "negotiators", "rescuers", "firefighters",
    "fire-fighters", "officials", "investigators", "witnesses",
    "eyewitnesses", "doctors", "medics", "paramedics", "nurses", "monitors",
    "observers", "diplomats", "activists", "campaigners", "residents",
    "survivors", "officers", "policemen", "police", "authorities",
    "organisers", "organizers", "analysts", "experts", "prosecutors",
    "lawyers", "villagers", "sources", "volunteers", "researchers",
    "scientists", "inspectors", "envoys", "lawmakers", "legislators",
    "ministers", "leaders", "journalists", "reporters", "correspondents",
    "protesters", "demonstrators", "rebels", "militants", "insurgents",
    "commanders", "guards", "coastguards", "workers", "relatives", "aides",
    "spokesmen", "delegates", "representatives", "engineers", "troops",
    "soldiers", "facilitators", "brokers", "peacekeepers");
/* Lower-case words that say whose a group is: "local officials". */
LIST(group_adjs, "local", "regional", "provincial", "municipal", "federal",
    "international", "foreign", "western", "senior",
    "top", "other", "medical", "aid", "humanitarian", "rescue", "fire",
    "emergency", "health", "hospital", "security", "border", "village",
    "town", "city", "state", "government", "opposition", "rights",
    "independent", "joint");
/* What a speaker issues: "issued a statement saying". */
LIST(statement_nouns, "statement", "statements", "communique",
    "communiqu\xc3\xa9", "release", "message", "post", "letter", "note");
/* Adverbs set off by commas between a speaker and its verb: "The
 * association, however, said". */
LIST(aside_adverbs, "however", "meanwhile", "though", "too", "also",
    "instead", "separately", "nevertheless", "nonetheless", "moreover",
    "likewise", "similarly", "meantime", "furthermore",
    "later", "earlier", "previously", "then");

struct person *
people_find(struct state *S, const char *name)
{
	size_t	i, nl = strlen(name), fl;

	for (i = S->npeople; i > 0; i--) {
		fl = strlen(S->people[i - 1].full);
		if (strcmp(S->people[i - 1].full, name) == 0)
			return &S->people[i - 1];
		/* a surname: "Peskov" for "Dmitry Peskov" */
		if (fl > nl && S->people[i - 1].full[fl - nl - 1] == ' ' &&
		    strcmp(S->people[i - 1].full + fl - nl, name) == 0)
			return &S->people[i - 1];
	}
	return NULL;
}

struct person *
people_add(struct state *S, const char *full, const char *side)
{
	struct person	*np, *p;

	if ((p = people_find(S, full)) != NULL) {
		if (p->side == NULL)
			p->side = side;
		return p;
	}
	np = util_reallocarray(S->people, S->npeople + 1, sizeof *np);
	if (np == NULL) {
		S->oom = 1;
		return NULL;
	}
	S->people = np;
	p = &np[S->npeople];
	if ((p->full = util_strdup(full)) == NULL) {
		S->oom = 1;
		return NULL;
	}
	p->side = side;
	p->role = NULL;
	p->role_at = 0;
	S->npeople++;
	return p;
}

/*
 * "the spokesman added" a few sentences after "Ministry spokesman Jane
 * Roe told": the last person the article gave that office, within
 * ROLE_REACH sentences before sentence index.  NULL when none.
 */
#define ROLE_REACH	6

static struct person *
people_by_role(struct state *S, const struct sent *st, size_t k)
{
	size_t	i;

	for (i = S->npeople; i > 0; i--) {
		struct person	*p = &S->people[i - 1];

		if (p->role != NULL && tok_word(st, k, p->role) &&
		    p->role_at < st->index && st->index <= p->role_at +
		    ROLE_REACH)
			return p;
	}
	return NULL;
}

int
people_title(const struct sent *st, size_t i)
{
	return tok_in_list(st, i, words_titles) ||
	    tok_in_list(st, i, words_months) || tok_in_list(st, i, words_days);
}

/*
 * A person's name inside tokens [a, b): the last run of capitalised words
 * that are not titles or sides, of two words or more, or one word the
 * article or the entities table already knows as a person.  Returns the
 * first token of the name and sets *end, or returns b.
 */
/*
 * An office abbreviated in capitals before a name ("DPM", "FM" in "DPM
 * Jane Roe"): two to four capitals, then a word that is not all capitals
 * (in a headline set in capitals every word is).
 */
static int
title_abbrev(const struct sent *st, size_t i)
{
	size_t	k, n;

	if (i + 1 >= st->n || st->t[i].type != TW || !tok_capword(st, i + 1))
		return 0;
	n = st->t[i].e - st->t[i].s;
	if (n < 2 || n > 4)
		return 0;
	for (k = st->t[i].s; k < st->t[i].e; k++)
		if (!isupper((unsigned char)st->s[k]))
			return 0;
	for (k = st->t[i + 1].s; k < st->t[i + 1].e; k++)
		if (islower((unsigned char)st->s[k]))
			return 1;
	return 0;
}

size_t
people_in(struct state *S, const struct sent *st, size_t a, size_t b,
    size_t *end, int single_ok)
{
	size_t	i, j, k, best = b, bend = b;
	char	*w;
	int	 known;

	for (i = a; i < b; i = j) {
		if (!tok_capword(st, i) || people_title(st, i) ||
		    places_country(S, st, i) != NULL ||
		    tok_in_list(st, i, place_heads) || title_abbrev(st, i)) {
			j = i + 1;
			continue;
		}
		for (j = i; j < b && (j == i ? tok_capword(st, j) :
		    tok_nameword(st, j)) && !people_title(st, j); j++)
			;
		for (k = i; k < j; k++)
			if (places_country(S, st, k) != NULL && k > i)
				break;
		if (k < j && k > i)
			j = k;
		/* "Human Rights Association": a body, not a person */
		if (tok_in_list(st, j - 1, words_bodies))
			continue;
		known = 0;
		if (j - i == 1) {
			if ((w = tok_text(st, i, j)) == NULL) {
				S->oom = 1;
				return b;
			}
			known = people_find(S, w) != NULL ||
			    (entities_side(S->ent, w) != NULL &&
			    entities_country(S->ent, w, strlen(w)) == NULL);
			free(w);
		}
		if (j - i >= 2 || known || single_ok) {
			best = i;
			bend = j;
		}
	}
	*end = bend;
	return best;
}

/* The side the words of [a, b) give ("Ukrainian", "Kremlin"), or NULL. */
const char *
people_side_in(struct state *S, const struct sent *st, size_t a, size_t b)
{
	size_t		 i;
	const char	*c;

	for (i = a; i < b; i++)
		if ((c = places_country(S, st, i)) != NULL)
			return c;
	return NULL;
}

/*
 * The body "the ministry" at token k stands for: the source of the last
 * earlier claim whose name is that body's, its noun last or first
 * ("Kyrgyz Foreign Ministry", "Ministry of Defence").  A copy, or NULL.
 */
static char *
body_named(struct state *S, const struct sent *st, size_t k)
{
	const char	*src, *w = st->low + st->t[k].s;
	size_t		 i, n = st->t[k].e - st->t[k].s, m;

	for (i = S->out->n; i > 0; i--) {
		if ((src = S->out->v[i - 1].source) == NULL ||
		    S->out->v[i - 1].sentence >= st->index ||
		    (m = strlen(src)) <= n + 1)
			continue;
		if ((src[m - n - 1] == ' ' && strncasecmp(src + m - n, w,
		    n) == 0) || (src[n] == ' ' && strncasecmp(src, w, n) == 0 &&
		    strncmp(src + n, " of ", 4) == 0))
			return util_strdup(src);
	}
	return NULL;
}

/*
 * Who gave "the statement" an earlier sentence of the article names: the
 * source of the last claim from a sentence that mentions a statement
 * ("X said in a statement that ...").  A copy, or NULL when none.
 */
static char *
statement_source(struct state *S, const struct sent *st)
{
	const struct claim	*c;
	size_t			 i;

	for (i = S->out->n; i > 0; i--) {
		c = &S->out->v[i - 1];
		if (c->source == NULL || c->sentence >= st->index ||
		    c->sentence >= S->nall || strcmp(c->source,
		    "statement") == 0)
			continue;
		if (strstr(S->all[c->sentence], "statement") != NULL)
			return util_strdup(c->source);
	}
	return NULL;
}

/*
 * Turn a noun phrase [a, b) naming a speaker into a name: a person's full
 * name as the article gave it, a body ("Russian Defense Ministry"), or a
 * role ("senior US defense official").  Pronouns resolve to the last
 * person named.  The result is malloc'd; *side and *human describe it.
 */
char *
people_speaker_name(struct state *S, const struct sent *st, size_t a, size_t b,
    const char **side, int *human)
{
	size_t		 p, pe, k;
	char		*name, *role;
	struct person	*pp;
	const char	*sd;

	*side = NULL;
	*human = 0;
	/* "the spokesman": the one the article named */
	if (b - a == 2 && tok_word(st, a, "the") && tok_in_list(st, a + 1,
	    words_humans) && (pp = people_by_role(S, st, a + 1)) != NULL) {
		*side = pp->side;
		*human = 1;
		return util_strdup(pp->full);
	}
	/* "the ministry said": the ministry an earlier claim named */
	if (b - a == 2 && tok_word(st, a, "the") && tok_in_list(st, a + 1,
	    words_bodies) && !st->t[a + 1].cap &&
	    (name = body_named(S, st, a + 1)) != NULL) {
		*side = entities_side(S->ent, name);
		return name;
	}
	/* "according to the statement": whose statement it is */
	if (b - a == 2 && tok_word(st, a, "the") && tok_in_list(st, a + 1,
	    statement_nouns) && (name = statement_source(S, st)) != NULL)
		return name;
	while (a < b && (tok_in_list(st, a, words_dets)))
		a++;
	if (a >= b)
		return NULL;
	if (b - a == 1 && tok_in_list(st, a, words_pron_human)) {
		if (S->last_human == NULL)
			return NULL;
		*side = S->last_human_side;
		*human = 1;
		return util_strdup(S->last_human);
	}
	/* "it said": the body that spoke last, a sentence or two before */
	if (b - a == 1 && tok_word(st, a, "it") && S->last_body[0] != '\0' &&
	    st->index <= S->last_body_sentence + 2) {
		*side = S->last_body_side;
		return util_strdup(S->last_body);
	}
	if (b - a == 1 && (tok_word(st, a, "they") || tok_word(st, a, "it") ||
	    tok_word(st, a, "we") || tok_word(st, a, "i")))
		return NULL;
	/* "one of his advisers": an adviser to the last person named */
	if (b - a >= 4 && tok_word(st, a, "one") && tok_word(st, a + 1, "of") &&
	    tok_in_list(st, a + 2, words_poss_pron) && S->last_human != NULL) {
		if ((role = tok_text(st, a + 3, b)) == NULL)
			return NULL;
		k = strlen(role);
		if (k > 1 && role[k - 1] == 's')
			role[k - 1] = '\0';
		name = util_printf("%s to %s", role, S->last_human);
		free(role);
		*side = S->last_human_side;
		*human = 1;
		return name;
	}
	sd = people_side_in(S, st, a, b);
	p = people_in(S, st, a, b, &pe, b - a == 1 && st->t[a].cap &&
	    people_side_in(S, st, a, b) == NULL &&
	    !tok_in_list(st, a, words_bodies));
	/* "the governor of Kell Province", "the head of the Red Cross":
	 * the name after "of" is what the speaker is of, no person; but
	 * "Chairman of the Cabinet Jon X" is Jon X */
	for (k = p; k < b && k > a && places_country(S, st, k - 1) != NULL;
	    k--)
		;	/* "the head of the Boreal Red Cross" */
	if (p < b && pe == b && k > a && (tok_word(st, k - 1, "of") ||
	    (tok_word(st, k - 1, "the") && k > a + 1 &&
	    tok_word(st, k - 2, "of")))) {
		if (tok_in_list(st, p, words_bodies) && pe - p >= 3)
			p++;
		else
			p = b;
	}
	if (p < b && pe == b) {
		if ((name = tok_text(st, p, pe)) == NULL)
			return NULL;
		if ((pp = people_find(S, name)) != NULL) {
			free(name);
			if ((name = util_strdup(pp->full)) == NULL)
				return NULL;
			if (pp->side == NULL)
				pp->side = sd;
			sd = pp->side;
		} else {
			if (sd == NULL)
				sd = entities_side(S->ent, name);
			people_add(S, name, sd);
		}
		*side = sd != NULL ? sd : entities_side(S->ent, name);
		*human = 1;
		return name;
	}
	if ((name = tok_text(st, a, b)) == NULL)
		return NULL;
	/* "Officials said", "Local officials told": a common noun phrase
	 * that opens the sentence, written as inside it */
	for (k = 0; k < a && st->t[k].type == TP; k++)
		;
	if (k == a && (tok_in_list(st, a, agent_nouns) || tok_in_list(st, a,
	    group_adjs)) && name[0] >= 'A' && name[0] <= 'Z') {
		for (k = a + 1; k < b && !st->t[k].cap; k++)
			;
		if (k == b)
			name[0] = (char)(name[0] - 'A' + 'a');
	}
	*side = sd != NULL ? sd : entities_side(S->ent, name);
	for (k = a; k < b; k++)
		if (tok_in_list(st, k, words_humans))
			*human = 1;
	if (tok_in_list(st, b - 1, words_bodies) ||
	    tok_in_list(st, b - 1, words_days))
		*human = 0;
	return name;
}

/* Is [a, b) a person's name (for appositions)? */
static int
is_person_span(struct state *S, const struct sent *st, size_t a, size_t b)
{
	size_t	p, pe;

	while (a < b && tok_in_list(st, a, words_dets))
		a++;
	if (a >= b || !st->t[a].cap)
		return 0;
	p = people_in(S, st, a, b, &pe, 0);
	return p == a && pe == b;
}

/*
 * A lower-case word inside a name of places or people at token k: a
 * particle ("bin", "de"), or "do" between capitalised words ("Rio
 * Grande do Sul").
 */
static int
name_link(const struct sent *st, size_t k)
{
	return tok_particle(st, k) || (k > 0 && tok_word(st, k, "do") &&
	    tok_capword(st, k - 1) && tok_capword(st, k + 1));
}

/* Extend a speaker phrase backwards from token i (inclusive). */
size_t
people_np_back(const struct sent *st, size_t i, size_t lo)
{
	size_t	a = i + 1;

	while (a > lo) {
		size_t	k = a - 1;

		if (k > 0 && (tok_punct(st, k - 1, '#') ||
		    tok_punct(st, k - 1, '@')))
			break;	/* a hashtag or a handle */
		if (st->t[k].type == TW && (st->t[k].cap ||
		    name_link(st, k) ||
		    tok_in_list(st, k, words_titles) || tok_possessive(st, k) ||
		    tok_in_list(st, k, words_dets) ||
		    tok_in_list(st, k, words_pron_human) ||
		    tok_word(st, k, "they") || tok_word(st, k, "it"))) {
			a = k;
			/* "the Office of the High Commissioner", "the
			 * Headquarters for the Treatment of X": on past
			 * "of the" to the body the office is of */
			if (tok_word(st, k, "the") && k > lo + 1 &&
			    (tok_word(st, k - 1, "of") ||
			    tok_word(st, k - 1, "for")) && k + 1 < st->n &&
			    st->t[k + 1].cap && st->t[k - 2].type == TW &&
			    st->t[k - 2].cap && !tok_in_list(st, k - 2,
			    words_dets)) {
				a = k - 1;
				continue;
			}
			if (tok_in_list(st, k, words_dets) ||
			    tok_in_list(st, k, words_pron_human))
				break;
			continue;
		}
		if (tok_possessive(st, k) || tok_abbrev_dot(st, k)) {
			a = k;
			continue;
		}
		/* "one of his advisers", "leader of the party" */
		if (st->t[k].type == TW && tok_in_list(st, k,
		    words_poss_pron) && k >= 2 + lo &&
		    tok_word(st, k - 1, "of") && tok_word(st, k - 2, "one")) {
			a = k - 2;
			break;
		}
		/* "leader of the party", "High Commissioner for Peace" */
		if ((tok_word(st, k, "of") || (tok_word(st, k, "for") &&
		    a < st->n && st->t[a].cap)) && a < st->n && k > lo &&
		    (st->t[a].cap || tok_in_list(st, a, words_dets)) &&
		    (tok_in_list(st, k - 1, words_titles) ||
		    st->t[k - 1].cap)) {
			a = k;
			continue;
		}
		break;
	}
	/* a phrase cannot start with "of" or a possessive */
	while (a <= i && (tok_word(st, a, "of") || tok_possessive(st, a)))
		a++;
	return a;
}

int
people_prep(const struct sent *st, size_t i)
{
	return tok_in_words(st, i, (const char *const[]){ "in", "at", "to",
	    "from", "into", "near", "of", "for", "on", "by", "via", "outside",
	    "inside", NULL });
}

/* Does [a, b) hold a body or a role ("agency", "spokesman")? */
int
people_has_role(const struct sent *st, size_t a, size_t b)
{
	size_t	k;

	for (k = a; k < b; k++)
		if (tok_in_list(st, k, words_bodies) ||
		    tok_in_list(st, k, words_humans) ||
		    tok_in_list(st, k, words_titles))
			return 1;
	return 0;
}

/*
 * A plain lower-case speaker before the verb at token k: "a broadcaster
 * reported", "the local paper said", "rebels said".  Returns its first
 * token, or k.
 */
static size_t
plain_np_back(const struct sent *st, size_t k)
{
	size_t	j = k, n = 0;

	while (j > 0 && n < 3 && st->t[j - 1].type == TW && !st->t[j - 1].cap &&
	    !tok_in_list(st, j - 1, words_np_stop) &&
	    !tok_in_list(st, j - 1, words_say_verbs) &&
	    !tok_in_list(st, j - 1, words_dets) &&
	    !tok_in_list(st, j - 1, words_poss_pron) &&
	    !tok_in_list(st, j - 1, words_aux_back)) {
		j--;
		n++;
	}
	if (n == 0)
		return k;
	/* "the organisers of the event said": the phrase its head noun
	 * starts, not its complement */
	if (j > 3 && tok_in_list(st, j - 1, words_dets) &&
	    tok_word(st, j - 2, "of") && st->t[j - 3].type == TW &&
	    !st->t[j - 3].cap && (tok_in_list(st, j - 3, agent_nouns) ||
	    tok_in_list(st, j - 3, words_humans) || tok_in_list(st, j - 3,
	    words_bodies)))
		return tok_in_list(st, j - 4, words_dets) ? j - 4 : j - 3;
	if (j > 0 && tok_in_list(st, j - 1, words_dets))
		return j - 1;
	if ((j == 0 || st->t[j - 1].type == TP) &&
	    st->low[st->t[k - 1].e - 1] == 's')
		return j;
	return k;
}

/*
 * Whether token i may say whose a group is: a capitalised word that is
 * no function word ("Kenyan", "African Union"), a title or a word of
 * group_adjs ("local", "senior").
 */
static int
group_mod(const struct sent *st, size_t i)
{
	if (st->t[i].type != TW || tok_possessive(st, i) ||
	    tok_in_list(st, i, words_days) || tok_in_list(st, i, words_months))
		return 0;
	if (st->t[i].cap)
		return !tok_in_list(st, i, words_stop_caps);
	return tok_in_list(st, i, group_adjs) ||
	    tok_in_list(st, i, words_titles);
}

/*
 * A group that speaks, ending before the verb at token k: a plural agent
 * noun with the words that say whose it is, coordinated by "and" (and
 * commas before an "and"): "firefighters", "Kenyan mediators", "Swiss
 * and African Union mediators", "local and foreign journalists".  Each
 * conjunct holds a modifier; the phrase takes an article before it.
 * Not after a figure ("41 rescuers said": a count) or a preposition
 * ("the arrival of Kenyan mediators").  Returns the first token, or k.
 */
static size_t
group_back(const struct sent *st, size_t k)
{
	size_t	a, m;
	int	seen_and = 0;

	if (k == 0 || !tok_in_list(st, k - 1, agent_nouns))
		return k;
	a = k - 1;
	for (;;) {
		for (m = a; m > 0 && group_mod(st, m - 1); m--)
			;
		/* "X and Y mediators", "X, Y and Z mediators", "police
		 * and firefighters" */
		if (m > 1 && (m < a || tok_in_list(st, m - 2, agent_nouns)) &&
		    (tok_word(st, m - 1, "and") || (seen_and &&
		    tok_comma(st, m - 1))) && (group_mod(st, m - 2) ||
		    tok_in_list(st, m - 2, agent_nouns))) {
			seen_and |= tok_word(st, m - 1, "and");
			a = m - 1;
			continue;
		}
		a = m;
		break;
	}
	if (a > 0 && tok_in_list(st, a - 1, words_dets))
		a--;
	if (a > 0 && (st->t[a - 1].type == TN || people_prep(st, a - 1) ||
	    tok_possessive(st, a - 1)))
		return k;
	return a;
}

/*
 * The group of group_back() read forwards from token a (", said Kenyan
 * mediators"): returns the token after its last agent noun, or a.
 */
static size_t
group_fwd(const struct sent *st, size_t a)
{
	size_t	j, e = a;

	for (j = a; j < st->n && j < a + 10; j++) {
		if (tok_in_list(st, j, agent_nouns))
			e = j + 1;
		else if (!group_mod(st, j) && !(j == a && tok_in_list(st, j,
		    words_dets)) && !(j > a && (tok_word(st, j, "and") ||
		    tok_comma(st, j))))
			break;
	}
	return e > a && group_back(st, e) == a ? e : a;
}

/* The longer of the two speaker phrases ending before token k. */
size_t
people_widest(const struct sent *st, size_t k)
{
	size_t	a = people_np_back(st, k - 1, 0), p = plain_np_back(st, k);

	/* "The Kell Miners' union says": a body's lower-case noun after
	 * its name */
	if (a >= k && k > 1 && st->t[k - 1].type == TW && !st->t[k - 1].cap &&
	    tok_in_list(st, k - 1, words_bodies) && tok_capword(st, k - 2) &&
	    (a = people_np_back(st, k - 2, 0)) < k - 1)
		return a;
	if (a >= k)
		return k;
	/* "Turkey's disaster agency": back over lower-case words to a
	 * possessive */
	for (p = a; p > 0 && a - p < 3 && st->t[p - 1].type == TW &&
	    !st->t[p - 1].cap && !tok_possessive(st, p - 1) &&
	    !tok_in_list(st, p - 1, words_np_stop) &&
	    !tok_in_list(st, p - 1, words_dets) &&
	    !tok_in_list(st, p - 1, words_say_verbs); p--)
		;
	if (p < a && p > 1 && tok_possessive(st, p - 1) &&
	    st->t[p - 2].cap)
		return people_np_back(st, p - 1, 0);
	/* "a rival agency": lower-case words before a role word */
	if (a > 0 && !tok_in_list(st, a, words_dets)) {
		p = plain_np_back(st, a);
		if (p < a)
			return p;
	}
	return a;
}

/*
 * "a spokesman for the rebels said": a role word, a preposition and a
 * short lower-case phrase before the verb at token b.  Returns the first
 * token, or b.
 */
static size_t
role_for_back(const struct sent *st, size_t b)
{
	size_t	k, a;

	for (k = b; k > 0 && k + 5 > b; k--) {
		if (st->t[k - 1].type != TW)
			return b;
		if ((tok_word(st, k - 1, "for") || tok_word(st, k - 1, "of") ||
		    tok_word(st, k - 1, "from") || tok_word(st, k - 1, "at") ||
		    tok_word(st, k - 1, "in")) && k > 1 && k < b &&
		    (tok_in_list(st, k - 2, words_humans) ||
		    tok_in_list(st, k - 2, agent_nouns))) {
			a = people_np_back(st, k - 2, 0);
			return a < k - 1 ? a : b;
		}
	}
	return b;
}

/* Extend a speaker phrase forwards from token i: ", said X". */
size_t
people_np_fwd(const struct sent *st, size_t i)
{
	size_t	b = i;

	while (b < st->n && ((st->t[b].type == TW &&
	    (tok_in_list(st, b, words_dets) || st->t[b].cap ||
	    tok_in_list(st, b, words_titles) || tok_possessive(st, b) ||
	    (b > i && tok_particle(st, b)))) || (b > i &&
	    tok_abbrev_dot(st, b))))
		b++;
	return b;
}

static int
say_push(struct state *S, struct sent *st, const struct say *sy)
{
	struct say	*ns;

	ns = util_reallocarray(st->says, st->nsays + 1, sizeof *ns);
	if (ns == NULL) {
		S->oom = 1;
		return -1;
	}
	st->says = ns;
	st->says[st->nsays++] = *sy;
	return 0;
}

/*
 * Whether [a, b) can be a speaker before ", said": a short phrase without
 * a figure ("Officials, citing hospital records, said"), not a clause of
 * its own ("Rescuers pulled 38 bodies ..., said X").
 */
static int
phrase_only(const struct sent *st, size_t a, size_t b)
{
	size_t	k;

	if (b - a > 8)
		return 0;
	for (k = a; k < b; k++)
		if (st->t[k].type == TN)
			return 0;
	return 1;
}

/* Skip a leading adverbial ("However,", "In a televised address, ")
 * and a dateline ("New Delhi:"); returns the first token of the clause. */
static size_t
clause_start(const struct sent *st)
{
	size_t	i;

	for (i = 0; i < st->n && i < 5; i++)
		if (tok_punct(st, i, ':') && i > 0 && st->t[0].cap &&
		    (i + 1 < st->n && !tok_quote(st, i + 1)))
			return i + 1;
	i = 0;
	while (i < st->n && tok_quote(st, i))
		i++;
	if (tok_in_list(st, i, words_lead_adverbials) || (i < st->n &&
	    st->t[i].type == TW && st->t[i].e - st->t[i].s > 3 &&
	    memcmp(st->low + st->t[i].e - 2, "ly", 2) == 0)) {
		size_t	k;

		for (k = i; k < st->n && k < i + 16; k++)
			if (tok_comma(st, k))
				return k + 1;
	}
	return i;
}

/* The subject of the sentence when it is a person or a body. */
char *
people_sentence_subject(struct state *S, const struct sent *st,
    const char **side, int *human, size_t *end)
{
	size_t	a = clause_start(st), b;

	b = people_np_fwd(st, a);
	*end = b;
	if (b == a)
		return NULL;
	/* "Russia has ...": a country alone is not a speaker */
	if (b - a == 1 && places_country(S, st, a) != NULL &&
	    !tok_in_list(st, a, words_bodies) && !tok_word(st, a, "kremlin"))
		return NULL;
	{
		size_t	k, ok = 0;

		for (k = a; k < b; k++)
			if (tok_in_list(st, k, words_bodies) ||
			    tok_in_list(st, k, words_humans))
				ok = 1;
		if (!ok && !is_person_span(S, st, a, b))
			return NULL;
	}
	return people_speaker_name(S, st, a, b, side, human);
}

/* The end of a speaker named after its verb from token a: the noun phrase
 * or the group ("said Peskov", "said police and firefighters"). */
static size_t
speaker_fwd_end(const struct sent *st, size_t a)
{
	size_t	b = people_np_fwd(st, a), g = group_fwd(st, a);

	return g > b ? g : b;
}

/*
 * Speakers described by what they know: "diplomats familiar with the
 * plans", "people close to the talks", "officials briefed on the
 * matter", "sources with knowledge of the deal".  For the phrase that
 * ends a speaker at token a ("the plans"), the start of the people
 * before the word of knowing (its end in *end), or a itself.
 */
static size_t
informed_back(const struct sent *st, size_t a, size_t *end)
{
	static const char *const knowing[] = { "familiar", "close",
	    "briefed", "involved", "knowledgeable", "privy", "knowledge",
	    NULL };
	size_t	w, p;

	if (a < 3 || !tok_in_words(st, a - 1, (const char *const[]){ "with",
	    "to", "on", "in", "of", NULL }) || !tok_in_words(st, a - 2,
	    knowing))
		return a;
	w = a - 2;
	if (tok_word(st, w, "knowledge") && w > 0 && tok_word(st, w - 1,
	    "with"))
		w--;
	if (w == 0 || st->t[w - 1].type != TW)
		return a;
	/* the people: lower-case words back to a figure, an article or
	 * the clause's start ("two diplomats", "people", "a source") */
	for (p = w; p > 0 && p + 3 > w && st->t[p - 1].type == TW &&
	    !st->t[p - 1].cap && !tok_in_list(st, p - 1, words_np_stop) &&
	    !tok_in_list(st, p - 1, words_say_verbs) &&
	    !tok_in_list(st, p - 1, words_dets) &&
	    !tok_in_list(st, p - 1, words_aux_back) &&
	    !people_prep(st, p - 1); p--)
		;
	if (p == w || (p > 0 && !(st->t[p - 1].type == TN ||
	    st->t[p - 1].type == TP || tok_in_list(st, p - 1, words_dets))))
		return a;
	*end = w;
	return p;
}

void
people_find_says(struct state *S, struct sent *st, int update)
{
	size_t		 i, k, a, b, c0, g;
	struct say	 sy;
	char		*nm;
	const char	*sd;
	int		 hu;

	for (i = 0; i < st->n; i++) {
		memset(&sy, 0, sizeof sy);
		sy.verb = i;
		if (tok_word(st, i, "according") && tok_word(st, i + 1, "to")) {
			a = i + 2;
			b = a;
			/* "according to Turkish and Qatari mediators" */
			/* "according to an X statement seen by Y": Y
			 * saw it, X says it */
			while (b < st->n && b < a + 8 && !(b > a + 1 &&
			    tok_in_words(st, b, (const char *const[]){
			    "seen", "obtained", "reviewed", NULL }) &&
			    tok_word(st, b + 1, "by")) &&
			    ((st->t[b].type == TW &&
			    (b == a || !tok_in_list(st, b, words_np_stop) ||
			    tok_word(st, b, "of") ||
			    (tok_word(st, b, "and") && b > a &&
			    group_mod(st, b - 1) && tok_capword(st, b + 1))) &&
			    !tok_in_list(st, b, words_say_verbs)) ||
			    tok_abbrev_dot(st, b)))
				b++;
			if (b == a)
				continue;
			sy.according = 1;
			sy.after = 1;
		} else if (tok_in_list(st, i, words_say_verbs)) {
			if (i > 0 && (tok_in_list(st, i - 1, words_dets) ||
			    tok_possessive(st, i - 1) ||
			    tok_in_list(st, i - 1, words_poss_pron)))
				continue;	/* a noun: "the claims" */
			/* "the fever has claimed 286 lives": no saying */
			if (tok_word(st, i + 1, "lives") || tok_word(st, i + 2,
			    "lives"))
				continue;
			k = i;
			while (k > 0 && tok_in_list(st, k - 1, words_aux_back))
				k--;
			/* "police now say": "now" before a present verb */
			if (k == i && k > 1 && tok_word(st, k - 1, "now") &&
			    st->t[k - 2].type == TW)
				k--;
			/* "X, however, said": the adverb is an aside */
			if (k > 3 && tok_comma(st, k - 1) &&
			    tok_in_list(st, k - 2, aside_adverbs) &&
			    tok_comma(st, k - 3) && st->t[k - 4].type == TW)
				k -= 3;
			/* "X (XYZ) said": an acronym in brackets */
			else if (k > 3 && tok_punct(st, k - 1, ')') &&
			    tok_punct(st, k - 3, '(') && st->t[k - 2].cap &&
			    st->t[k - 2].type == TW && st->t[k - 4].type == TW)
				k -= 3;
			/* "X on Thursday (morning) denied", "X late on
			 * Monday said": the day is no speaker */
			else if (k > 2) {
				size_t	d = tok_in_list(st, k - 1,
				    words_day_parts) ? k - 2 : k - 1;

				if (d > 1 && tok_in_list(st, d, words_days) &&
				    tok_word(st, d - 1, "on") &&
				    st->t[d - 2].type == TW) {
					k = d - 1;
					if (k > 1 &&
					    (tok_word(st, k - 1, "late") ||
					    tok_word(st, k - 1, "early") ||
					    tok_word(st, k - 1, "earlier")) &&
					    st->t[k - 2].type == TW)
						k--;
				}
			}
			/* participles after a comma speak for the subject,
			 * and after a statement the subject issued ("X has
			 * issued a statement saying") */
			if ((tok_word(st, i, "claiming") ||
			    tok_word(st, i, "saying") ||
			    tok_word(st, i, "adding") ||
			    tok_word(st, i, "stressing") ||
			    tok_word(st, i, "noting") ||
			    tok_word(st, i, "announcing")) && k > 0 &&
			    (tok_comma(st, k - 1) || tok_in_list(st, k - 1,
			    statement_nouns))) {
				nm = people_sentence_subject(S, st, &sd, &hu,
				    &b);
				if (nm == NULL)
					continue;
				sy.name = nm;
				sy.side = sd;
				sy.human = hu;
				sy.a = sy.b = i;
				say_push(S, st, &sy);
				continue;
			}
			if (k > 0 && tok_comma(st, k - 1)) {
				/* "X, an aide, said" or "X, said" */
				b = k - 1;
				c0 = b;
				while (c0 > 0 && !tok_comma(st, c0 - 1) &&
				    b - c0 < 20 && !tok_quote(st, c0 - 1))
					c0--;
				/* "X, the agency's director, who is leading
				 * the rescue, told": past the relative
				 * clause to the speaker before it */
				if (c0 > 1 && c0 < b && tok_comma(st, c0 - 1) &&
				    tok_word(st, c0, "who")) {
					size_t	nb = c0 - 1, nc = nb;

					while (nc > 0 && !tok_comma(st,
					    nc - 1) && nb - nc < 20 &&
					    !tok_quote(st, nc - 1))
						nc--;
					/* only an apposition: "the official,
					 * who asked ..., told" is the
					 * official */
					if (nc > 1 && nc < nb &&
					    tok_comma(st, nc - 1)) {
						b = nb;
						c0 = nc;
					}
				}
				if (c0 > 0 && tok_comma(st, c0 - 1) &&
				    is_person_span(S, st, c0, b)) {
					a = c0;
				} else if (c0 > 1 && tok_comma(st, c0 - 1) &&
				    (a = people_widest(st, c0 - 1)) < c0 - 1 &&
				    st->t[a].type == TW &&
				    (is_person_span(S, st, a, c0 - 1) ||
				    people_has_role(st, a, c0 - 1))) {
					b = c0 - 1;
				} else if (c0 > 1 && tok_comma(st, c0 - 1) &&
				    (a = plain_np_back(st, c0 - 1)) < c0 - 1) {
					b = c0 - 1;
				} else if (c0 < b &&
				    people_has_role(st, c0, b) &&
				    (c0 == 0 || tok_comma(st, c0 - 1)) &&
				    phrase_only(st, c0, b)) {
					/* "Officials, citing ..., said" */
					a = c0;
				} else if (k < st->n &&
				    (tok_capword(st, i + 1) ||
				    (tok_in_list(st, i + 1, words_dets) &&
				    people_has_role(st, i + 2,
				    people_np_fwd(st, i + 1))) ||
				    group_fwd(st, i + 1) > i + 1)) {
					/* ", said Peskov", ", said a police
					 * official", ", said firefighters" */
					a = i + 1;
					b = speaker_fwd_end(st, a);
					sy.after = 1;
				} else
					continue;
			} else if (k > 0 && st->t[k - 1].type == TW) {
				b = k;
				a = people_widest(st, k);
				/* "a diplomat in Berlin said": the diplomat,
				 * not the place */
				if (a >= b || (a > 1 && people_prep(st, a - 1) &&
				    !tok_word(st, a - 1, "of") &&
				    (g = role_for_back(st, k)) < a))
					a = role_for_back(st, k);
				if (a >= b)
					a = plain_np_back(st, k);
				if ((g = group_back(st, k)) < a)
					a = g;
				if (a >= b)
					continue;
				/* "two diplomats familiar with the plans said":
				 * the people, not what they know of */
				if ((g = informed_back(st, a, &b)) < a)
					a = g;
				/* "Dmitry Peskov, Putin's spokesperson said",
				 * not "..., X, City Police Chief Jane Roe
				 * told" (a title and a name of its own) */
				if (!is_person_span(S, st, a, b) && a > 1 &&
				    tok_comma(st, a - 1) &&
				    !tok_in_list(st, a, words_dets) &&
				    !(b >= a + 3 && tok_capword(st, b - 1) &&
				    tok_capword(st, b - 2) &&
				    !people_title(st, b - 1) &&
				    !people_title(st, b - 2))) {
					size_t	a0 =
					    people_np_back(st, a - 2, 0);

					if (a0 < a - 1 && is_person_span(S, st,
					    a0, a - 1) && (a0 == 0 ||
					    !people_prep(st, a0 - 1))) {
						b = a - 1;
						a = a0;
					}
				}
			} else if ((k == 0 || tok_comma(st, k - 1) ||
			    tok_quote(st, k - 1)) && tok_capword(st, i + 1)) {
				a = i + 1;
				b = speaker_fwd_end(st, a);
				sy.after = 1;
			} else
				continue;
		} else
			continue;
		sy.a = a;
		sy.b = b;
		sy.name = people_speaker_name(S, st, a, b, &sy.side, &sy.human);
		if (sy.name == NULL) {
			if (sy.according || tok_in_list(st, a,
			    words_pron_human) || tok_word(st, a, "they") ||
			    tok_word(st, a, "it"))
				say_push(S, st, &sy);	/* unresolved */
			continue;
		}
		if (sy.human && update) {
			free(S->last_human);
			S->last_human = util_strdup(sy.name);
			S->last_human_side = sy.side;
		} else if (update && strlen(sy.name) < sizeof S->last_body) {
			memcpy(S->last_body, sy.name, strlen(sy.name) + 1);
			S->last_body_side = sy.side;
			S->last_body_sentence = st->index;
		}
		say_push(S, st, &sy);
	}
}

/* Words that open a clause of its own before its speaker. */
LIST(clause_links, "while", "whereas", "but", "and", "although", "though",
    "as", "when", "after", "because", "since", "if", "who", "which", "whom",
    "that", "whereby", "yet");

/*
 * Whether a speaker that follows a claim speaks for it: ", said X", "...,
 * the Greek broadcaster ERT reported", but not "..., while an army source
 * said the talks would be in X", which starts a clause of its own (a
 * clause word within four words before the speaker, with no punctuation
 * between).
 */
static int
covers_before(const struct sent *st, const struct say *sy)
{
	size_t	k;

	if (sy->after || sy->according)
		return 1;
	for (k = sy->a; k > 0 && k + 4 > sy->a && st->t[k - 1].type != TP;
	    k--)
		if (tok_in_list(st, k - 1, clause_links))
			return 0;
	return 1;
}

/*
 * "..., as the government announced, and ...": a speaker set off after
 * "as" speaks for the clause before it only (when no speaker before
 * reports that clause), never for the rest of the sentence.  Returns the
 * first token of that clause (after the comma before it, or the
 * sentence's start), or st->n when sy is no such aside.
 */
static size_t
aside_clause(const struct sent *st, const struct say *sy)
{
	size_t	k;

	if (sy->according || sy->after || sy->a < 2 ||
	    !tok_word(st, sy->a - 1, "as") || !tok_comma(st, sy->a - 2))
		return st->n;
	for (k = sy->a - 2; k > 0 && !tok_comma(st, k - 1) &&
	    !tok_punct(st, k - 1, ';') && !tok_punct(st, k - 1, ':'); k--)
		;
	return k;
}

/*
 * The source of a claim whose evidence is at token p.  subject_ok: the
 * subject of the sentence may be the source (venues, roles, times).
 */
const char *
people_source(struct state *S, const struct sent *st, size_t p,
    const char **side, const char *subj, const char *subj_side)
{
	size_t			 i;
	const struct say	*best = NULL;
	int			 inq;

	*side = NULL;
	inq = p < st->n && st->t[p].quote > 0;
	/* "X denied it would be in A, as Y announced, and said B": Y's
	 * aside is A's; B is the sentence's */
	for (i = 0; i < st->nsays; i++) {
		const struct say	*sy = &st->says[i];
		size_t			 c = aside_clause(st, sy), j;

		if (c >= st->n || p < c || p >= sy->a)
			continue;
		/* not when a speaker before reports the clause: "X
		 * denied that it would be in A, as Y announced" is X's */
		for (j = 0; j < st->nsays; j++)
			if (j != i && st->says[j].verb < p &&
			    !st->says[j].after && !st->says[j].according)
				break;
		if (j == st->nsays) {
			*side = sy->side;
			return sy->name;
		}
	}
	for (i = 0; i < st->nsays; i++) {
		const struct say	*sy = &st->says[i];

		if (sy->according || (inq && st->t[sy->verb].quote > 0) ||
		    aside_clause(st, sy) < st->n)
			continue;
		/* "..., as the government announced, and assured that
		 * ... in Y": the aside speaks for what comes before it */
		if (sy->a > 0 && tok_word(st, sy->a - 1, "as") && !sy->after)
			continue;
		if (sy->verb < p && !sy->after && sy->b <= p)
			best = sy;
	}
	if (best == NULL)
		for (i = 0; i < st->nsays && best == NULL; i++)
			if (!st->says[i].according && st->says[i].verb > p &&
			    !(inq && st->t[st->says[i].verb].quote > 0) &&
			    covers_before(st, &st->says[i]))
				best = &st->says[i];
	if (best == NULL)
		for (i = 0; i < st->nsays && best == NULL; i++)
			if (st->says[i].according)
				best = &st->says[i];
	if (best == NULL && inq && S->quote_open &&
	    S->quote_speaker != NULL) {
		*side = S->quote_side;
		return S->quote_speaker;
	}
	if (best == NULL && inq && S->ahead_speaker != NULL) {
		*side = S->ahead_side;
		return S->ahead_speaker;
	}
	if (best == NULL)
		for (i = 0; i < st->nsays && best == NULL; i++)
			if (!st->says[i].according && (st->says[i].verb < p ||
			    covers_before(st, &st->says[i])))
				best = &st->says[i];
	if (best == NULL) {
		*side = subj_side;
		return subj;
	}
	*side = best->side;
	return best->name;
}

/* Record "Ukrainian President Volodymyr Zelensky" as a person of a side. */
void
people_learn(struct state *S, const struct sent *st)
{
	size_t		 i, j, k, t0, r;
	char		*nm;
	const char	*side;
	int		 titled;
	struct person	*pp;

	for (i = 0; i < st->n; i = j) {
		if (!tok_capword(st, i) && !tok_in_list(st, i, words_titles)) {
			j = i + 1;
			continue;
		}
		t0 = i;
		titled = 0;
		for (j = i; j < st->n && (tok_nameword(st, j) ||
		    tok_in_list(st, j, words_titles) ||
		    tok_possessive(st, j)); j++)
			if (tok_in_list(st, j, words_titles))
				titled = 1;
		/* the name is the run of untitled capitals at the end */
		k = j;
		while (k > t0 && tok_nameword(st, k - 1) && !people_title(st,
		    k - 1) && places_country(S, st, k - 1) == NULL)
			k--;
		while (k < j && !tok_capword(st, k))
			k++;	/* a name starts with a capital */
		if (!titled || j - k < 2 || k == t0)
			continue;
		side = people_side_in(S, st, t0, k);
		if ((nm = tok_text(st, k, j)) == NULL) {
			S->oom = 1;
			return;
		}
		if (side == NULL)
			side = entities_side(S->ent, nm);
		pp = people_add(S, nm, side);
		free(nm);
		if (pp == NULL)
			return;
		/* the office right before the name: "spokesman" */
		for (r = 0; words_humans->words[r] != NULL; r++)
			if (tok_word(st, k - 1, words_humans->words[r])) {
				pp->role = words_humans->words[r];
				pp->role_at = st->index;
			}
	}
}