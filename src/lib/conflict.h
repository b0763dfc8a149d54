/*
 * conflict.h: claims that disagree.
 *
 * conflict_find() takes the claims of many articles, each with its ids,
 * and groups claims of one story that speak of the same thing (same kind
 * family and subject) and cannot all be true:
 *
 *   counts      values that differ beyond rounding (numbers_agree(); a
 *               range agrees with a figure inside it; a hedge does not
 *               reconcile two figures);
 *   venues      two places for the same event ("talks (new round)"), or
 *               a place asserted and the same place denied;
 *   roles       two people (or bodies) in the same role;
 *   times       two times for the same event (different days, or the
 *               same day at different parts of it or hours; a clock
 *               time near the turn of two parts is in either).
 *
 * Every conflict lists the ids of the claims involved and a one-line
 * reason ("killed Ukrainian servicemen: 137 (Zelensky) vs 2870 (Russian
 * Defense Ministry)").  The sentence pairs that carry a conflict (one claim
 * of each side, in different sentences) are listed too, each once, so that
 * the engine can mark them `conflict`; a sentence with claims on both
 * sides takes part in pairs through the claim it makes first (its lowest
 * start), so that it still pairs as "same" with sentences that agree.
 */
#ifndef PX_CONFLICT_H
#define PX_CONFLICT_H

#include <stddef.h>

#include "claims.h"

/* One claim with its place in the database; c is borrowed. */
struct conflict_in {
	long			 claim;		/* claim id */
	long			 article, story, sentence; /* ids, > 0 */
	const struct claim	*c;
};

struct conflict {
	enum claim_kind	 kind;		/* CLAIM_VENUE also for denials */
	char		*subject;
	long		*claims;	/* claim ids, in input order */
	size_t		 nclaims;
	char		*reason;
};

struct conflict_pair {
	long	 a, b;			/* sentence ids, a < b */
	long	 claim_a, claim_b;	/* the claims that disagree */
};

struct conflict_set {
	struct conflict		*v;
	size_t			 n;
	struct conflict_pair	*pairs;
	size_t			 npairs;
};

/*
 * Find the conflicts among n claims.  *out is a new set (possibly empty)
 * that the caller frees with conflict_free(); it owns all its strings and
 * arrays.  With focus an article id, the sentence pairs listed are only
 * those with a sentence of that article (the pairs a story's newest
 * article adds; the others were listed when their own articles came),
 * still at most so many per conflict; with 0, all of them.  The conflicts
 * are the same either way.  -1 with *cause on allocation failure.
 */
int conflict_find(const struct conflict_in *in, size_t n, long focus,
    struct conflict_set **out, char **cause);
void conflict_free(struct conflict_set *);

/* Whether two places name the same place ("Minsk", "the city of Minsk"). */
int conflict_same_place(const char *a, const char *b);

/*
 * Whether claims of kinds ka, kb about subjects sa, sb can be in one
 * conflict: the same kind (a venue and its denial count as one), and the
 * same subject once case is folded (for venues, once the round is set
 * aside, and a story's talks, conference, summit and the venues proposed
 * for them may be one event; for counts, once the place is: "people in X"
 * and "people"; for roles, once the side is: "head of X delegation" and
 * "head of delegation"). The conflicts of a story that involve a set of
 * claims are exactly those conflict_find() gives for the claims of the
 * story that are related to one of them.
 */
int conflict_related(enum claim_kind ka, const char *sa, enum claim_kind kb,
    const char *sb);

/* Whether two times can be the same ("Thursday morning", "Thursday"). */
int conflict_same_time(const char *a, const char *b);

/*
 * The same for times with their hedges (a claim's hedge, or NULL): "6:40"
 * can be "shortly before 7am", not "about 6:15".
 */
int conflict_same_time_hedged(const char *a, const char *ha, const char *b,
    const char *hb);

/* Whether two names can be the same person ("Medinsky", "V. Medinsky"). */
int conflict_same_person(const char *a, const char *b);

/*
 * Whether two claims say the same thing: the same kind and subject (case
 * folded), the same figure, place or person, and times that can be the
 * same (with their hedges).
 */
int conflict_claims_agree(const struct claim *x, const struct claim *y);

/*
 * Whether two claims state one fact, so that their sentences say the same
 * thing in other words: the same kind, subjects conflict_related() ("23
 * people in X" and "23 people" are one count, the place said or not), and
 * the same figure (numbers_agree()), place, person, or time in the same
 * words ("2 p.m. on Tuesday" does not contradict "not Monday", but it
 * does not say it either).
 */
int conflict_same_fact(const struct claim *x, const struct claim *y);

/*
 * How many of the claims a[0, na) that tell an event (a count of ten or
 * more, a venue's place; not a time nor a person) the claims b[0, nb)
 * state alike, each kind and subject once: two outlets that put the
 * drones at the same 48 and the talks in the same city report one event,
 * whatever their words.
 */
size_t conflict_facts_shared(const struct claim *a, size_t na,
    const struct claim *b, size_t nb);

#endif
