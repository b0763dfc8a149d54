/*
 * claims-places.c: the countries of the story's places.
 *
 * The country where the counted event happened ("the toll from the
 * collapse in Turkey") is no qualifier of a count when the article names a
 * place of that country ("Turkey's Zonguldak province") and counts in no
 * other country and no place (places_home_counts()); the countries so
 * learnt are struct state's home[].  places_country() tells whether a
 * token names a country, by the entities tables.
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "entities.h"

#include <stdlib.h>
#include <string.h>

const char *
places_country(const struct state *S, const struct sent *st, size_t i)
{
	const char	*c;
	size_t		 k, a;

	if (i >= st->n || st->t[i].type != TW)
		return NULL;
	/*
	 * The longest name ending at the word first: "South Sudan's team"
	 * is South Sudan's, not Sudan's ("North Korea", "Central African
	 * Republic"); capitalised words only, up to three before it.
	 */
	for (k = 3; k > 0; k--) {
		if (i < k)
			continue;
		for (a = i - k; a < i && st->t[a].type == TW && st->t[a].cap;
		    a++)
			;
		if (a < i)
			continue;
		if ((c = entities_country(S->ent, st->s + st->t[i - k].s,
		    st->t[i].e - st->t[i - k].s)) != NULL)
			return c;
	}
	return entities_country(S->ent, st->s + st->t[i].s,
	    st->t[i].e - st->t[i].s);
}

/* Nouns for a place inside a country: "the Turkish province of X". */
LIST(sub_places, "province", "region", "city", "town", "village",
    "district", "oblast", "county", "prefecture", "governorate",
    "municipality");

/* The country token k names by the demonyms table, if any. */
static const char *
form_country(const struct state *S, const struct sent *st, size_t k)
{
	if (k >= st->n || st->t[k].type != TW)
		return NULL;
	return entities_country_form(S->ent, st->s + st->t[k].s,
	    st->t[k].e - st->t[k].s);
}

/* Past up to two lower-case words before token k ("northern"). */
static size_t
skip_lower_back(const struct sent *st, size_t k)
{
	size_t	n;

	for (n = 0; n < 2 && k > 0 && st->t[k - 1].type == TW &&
	    !st->t[k - 1].cap && !tok_in_list(st, k - 1, words_dets) &&
	    !tok_in_list(st, k - 1, words_np_stop) &&
	    !tok_possessive(st, k - 1); n++)
		k--;
	return k;
}

/*
 * Record the countries the article places a named place in: "the
 * (northern) Turkish province of X", "Turkey's (northern) X province".
 * A count "in Turkey" in such an article is the count of the place's
 * event, not a national one (see places_home_counts()).
 */
void
places_learn_home(struct state *S, const struct sent *st)
{
	size_t		 k, j, x;
	const char	*c;

	for (k = 1; k < st->n; k++) {
		if (!tok_in_list(st, k, sub_places) || st->t[k].cap)
			continue;
		c = NULL;
		j = skip_lower_back(st, k);
		if (tok_word(st, k + 1, "of") && tok_capword(st, k + 2) &&
		    j > 0 && (c = form_country(S, st, j - 1)) !=
		    NULL)
			;	/* "the Turkish province of X" */
		else if (tok_capword(st, k - 1)) {
			for (x = k - 1; x > 0 && tok_capword(st, x - 1); x--)
				;
			x = skip_lower_back(st, x);
			if (x > 1 && tok_possessive(st, x - 1))
				c = form_country(S, st, x - 2);
		}
		if (c == NULL)
			continue;
		for (x = 0; x < S->nhome; x++)
			if (strcmp(S->home[x], c) == 0)
				break;
		if (x == S->nhome && S->nhome < PX_NITEMS(S->home))
			S->home[S->nhome++] = c;
	}
}

/*
 * A count "in <country>" whose place is where its event happened ("the
 * toll from the mine collapse in Turkey"), in an article that names a
 * place of that country as the story's and counts in no other country and
 * in no place of its own ("100 of them in Sindh": the country's figure
 * may be a national one beside it), is
 * the count of the story's event: its place qualifier goes, so that it
 * does not split the story's toll from the place's ("people in Turkey"
 * and "people in X").  A count of people in the country ("killed 900
 * people in Turkey") keeps it: it may be a national figure.
 */
int
places_home_counts(struct state *S)
{
	struct claim_list	*l = S->out;
	const char		*c, *one = NULL, *p;
	size_t			 i, h;
	char			*t;

	for (i = 0; i < l->n; i++) {
		if (!claim_kind_is_count(l->v[i].kind) ||
		    (p = strstr(l->v[i].subject, " in ")) == NULL)
			continue;
		if ((c = entities_country_form(S->ent, p + 4,
		    strlen(p + 4))) == NULL)
			return 0;	/* a local count beside the country's */
		if (one != NULL && strcmp(one, c) != 0)
			return 0;	/* counts in two countries */
		one = c;
	}
	if (one == NULL)
		return 0;
	for (h = 0; h < S->nhome; h++)
		if (strcmp(S->home[h], one) == 0)
			break;
	if (h == S->nhome)
		return 0;
	for (h = 0; h < S->nevplace; h++) {
		i = S->evplace[h];
		if (i >= l->n || !claim_kind_is_count(l->v[i].kind) ||
		    (p = strstr(l->v[i].subject, " in ")) == NULL ||
		    entities_country_form(S->ent, p + 4, strlen(p + 4)) ==
		    NULL)
			continue;
		if ((t = util_strndup(l->v[i].subject,
		    (size_t)(p - l->v[i].subject))) == NULL)
			return -1;
		free(l->v[i].subject);
		l->v[i].subject = t;
	}
	return 0;
}