/*
 * claims-targets.c: what a side's strikes hit (CLAIM_TARGETS, subject
 * "ADJ strikes"): a noun or verb of striking with a civilian or military
 * target a few words after it; civilian targets denied ("not", "never"
 * shortly before) or military ones said to be the only ones are "military
 * targets only", and "no threat to civilians" says as much for the
 * speaker's side.  The side is the nearest one before the strike in its
 * clause, or the speaker's for a pronoun.
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "entities.h"

#include <stdlib.h>

LIST(strike_nouns, "strikes", "strike", "attacks", "attack", "airstrikes",
    "airstrike", "shelling", "bombing", "bombings", "bombardment", "raids",
    "raid", "fire");
LIST(strike_verbs, "targeted", "targeting", "targets", "target", "hit",
    "hitting", "struck", "striking", "shelled", "bombed", "attacked",
    "attacking", "attack", "attacks", "strike", "strikes");
LIST(civ_targets, "civilian", "civilians", "residential", "homes",
    "hospitals", "hospital", "schools", "school", "apartment", "houses",
    "kindergarten", "shelters", "markets", "churches");
LIST(mil_targets, "military", "army", "airfields", "airbases", "bases");
LIST(negators, "not", "no", "never", "n't", "nor");

/* The side whose strikes these are: the nearest side before token i in
 * the clause, or the speaker's side for "it", "we", "they". */
static const char *
attacker(struct state *S, const struct sent *st, size_t i, size_t *at)
{
	size_t		 k;
	const char	*c, *sd;

	for (k = i; k > 0 && k + 10 > i; k--) {
		if (tok_comma(st, k - 1) || tok_quote(st, k - 1))
			break;
		if (tok_word(st, k - 1, "it") || tok_word(st, k - 1, "we") ||
		    tok_word(st, k - 1, "they")) {
			*at = k - 1;
			(void)people_source(S, st, k - 1, &sd, NULL, NULL);
			return sd;
		}
		if ((c = places_country(S, st, k - 1)) != NULL) {
			*at = k - 1;
			return c;
		}
		if (tok_word(st, k - 1, "that") || tok_word(st, k - 1, "and"))
			break;
	}
	return NULL;
}

/*
 * "Russian forces conducted strikes on civilian facilities" against "it is
 * only conducting strikes on military infrastructure", "there is no threat
 * to civilians": what the attacker's strikes hit.
 */
void
targets_find(struct state *S, struct sent *st)
{
	size_t		 i, j, k, at, end;
	const char	*side, *adj, *value, *src, *sd;
	char		*subject;
	int		 civ, mil, only, neg;

	for (i = 0; i < st->n; i++) {
		if (!tok_in_list(st, i, strike_nouns) &&
		    !tok_in_list(st, i, strike_verbs))
			continue;
		civ = mil = only = neg = 0;
		end = i;
		j = i + 1;
		if (tok_word(st, j, "on") || tok_word(st, j, "against") ||
		    tok_word(st, j, "at"))
			j++;
		for (k = j; k < st->n && k < j + 4; k++) {
			if (tok_in_list(st, k, civ_targets)) {
				civ = 1;
				end = k;
				break;
			}
			if (tok_in_list(st, k, mil_targets)) {
				mil = 1;
				end = k + (k + 1 < st->n);
				break;
			}
			if (st->t[k].type != TW)
				break;
		}
		if (!civ && !mil)
			continue;
		for (k = i > 5 ? i - 5 : 0; k < i; k++) {
			if (tok_word(st, k, "only") || tok_word(st, k,
			    "exclusively") || tok_word(st, k, "solely"))
				only = 1;
			if (tok_in_list(st, k, negators))
				neg = 1;
		}
		if (civ && !neg)
			value = "civilian targets";
		else if ((mil && only) || (civ && neg))
			value = "military targets only";
		else
			continue;
		if ((side = attacker(S, st, i, &at)) == NULL ||
		    (adj = entities_adjective(S->ent, side)) == NULL)
			continue;
		if ((subject = util_printf("%s strikes", adj)) == NULL) {
			S->oom = 1;
			return;
		}
		src = people_source(S, st, i, &sd, NULL, NULL);
		claims_add(S, st, CLAIM_TARGETS, subject, 0, 0,
		    util_strdup(value), 0, NULL, src, st->t[at].s,
		    st->t[end].e);
		free(subject);
		i = end;
	}
	/* "there is no threat to civilians" */
	for (i = 0; i + 3 < st->n; i++) {
		if (!tok_word(st, i, "no") || !tok_word(st, i + 1, "threat") ||
		    !tok_word(st, i + 2, "to") || !tok_in_list(st, i + 3,
		    civ_targets))
			continue;
		for (k = 0; k < S->out->n; k++)
			if (S->out->v[k].sentence == st->index &&
			    S->out->v[k].kind == CLAIM_TARGETS)
				break;
		if (k < S->out->n)
			continue;	/* said already */
		src = people_source(S, st, i, &sd, NULL, NULL);
		if (sd == NULL || (adj = entities_adjective(S->ent, sd)) ==
		    NULL)
			continue;
		if ((subject = util_printf("%s strikes", adj)) == NULL) {
			S->oom = 1;
			return;
		}
		claims_add(S, st, CLAIM_TARGETS, subject, 0, 0,
		    util_strdup("military targets only"), 0, NULL, src,
		    st->t[i].s, st->t[i + 3].e);
		free(subject);
	}
}