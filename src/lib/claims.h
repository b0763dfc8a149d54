/*
 * claims.h: checkable claims in the sentences of one article.
 *
 * claims_extract() reads an article's sentences in reading order and
 * returns the counts (killed, injured, missing, detained, destroyed,
 * damaged, launched, captured, released, casualties, population), the
 * venues of
 * talks and their denials (a venue not decided denies every place), who
 * holds a role ("head of Russian delegation", "owner of factory"), when
 * a scheduled event happens and what a side's strikes
 * hit ("Russian strikes": "civilian targets" against "military targets
 * only"), each with who the text says made it.  Reading order matters:
 * "he said" is resolved to the last person named, a quotation that runs
 * over several sentences keeps its speaker, and "the talks" keeps the
 * round an earlier sentence named.
 *
 * Subjects are normalised so that claims from different outlets compare:
 * soldiers, troops, forces, military personnel and (when killed) heroes of
 * a side are "<Adjective> servicemen"; events are "talks", "talks (first
 * round)", "talks (new round)", "ceasefire", ...; roles are "head of
 * <Adjective> delegation".
 */
#ifndef PX_CLAIMS_H
#define PX_CLAIMS_H

#include <stddef.h>

struct entities;

enum claim_kind {
	CLAIM_KILLED,
	CLAIM_INJURED,
	CLAIM_MISSING,
	CLAIM_DETAINED,
	CLAIM_DESTROYED,
	CLAIM_DAMAGED,
	CLAIM_LAUNCHED,
	CLAIM_CAPTURED,
	CLAIM_RELEASED,		/* freed: prisoners, hostages */
	CLAIM_CASUALTIES,	/* killed and injured together */
	CLAIM_ABOARD,		/* passengers a vehicle carried */
	CLAIM_RESCUED,		/* people rescued or who survived */
	CLAIM_POPULATION,
	CLAIM_VENUE,
	CLAIM_VENUE_DENIED,
	CLAIM_ROLE,
	CLAIM_TIME,
	CLAIM_TARGETS,		/* what a side's strikes hit: "civilian
				   targets" or "military targets only" */
	CLAIM_NKINDS
};

struct claim {
	size_t		 sentence;	/* index into the sentences given */
	enum claim_kind	 kind;
	char		*subject;	/* "Ukrainian servicemen", "talks" */
	double		 value, high;	/* counts; high == value unless a
					   range */
	char		*text;		/* place, person or time; NULL for
					   counts */
	int		 approx;	/* hedged or vague figure */
	const char	*hedge;		/* "about", "at least" or NULL; static
					   here, the store's when read back */
	char		*source;	/* who says so, or NULL */
	size_t		 start, end;	/* evidence: bytes in the sentence */
};

/*
 * The text of a venue-denied claim that denies every venue of its event:
 * the sentence says no venue has been decided ("no decision has been
 * taken on the venue", "the venue is yet to be decided"), so that any
 * place another outlet gives for the event is contradicted by it.  Places
 * are capitalised names; this lower-case word is never one.
 */
#define CLAIM_VENUE_UNDECIDED	"undecided"

struct claim_list {
	struct claim	*v;
	size_t		 n;
};

/*
 * What the extractor may consult; every member may be NULL.  title is the
 * article's headline (it only gives context: an article about talks).
 * ent gives the side of speakers and the words that name a side; without
 * it no nationality is inferred.  date is the article's: without it any
 * year a count is dated by ("killed 11 in 2025") is an earlier event's.
 */
struct claims_ctx {
	const char		*title;
	const struct entities	*ent;
	const char		*date;	/* "YYYY-MM-DD": its year is no
					   earlier event's */
};

/*
 * Extract the claims of the n sentences of one article.  *out is a new
 * list (possibly empty) the caller frees with claims_free(); all strings in
 * it are owned by the list except hedge.  -1 with *cause on allocation
 * failure.
 */
int claims_extract(const char *const *sentences, size_t n,
    const struct claims_ctx *ctx, struct claim_list **out, char **cause);
void claims_free(struct claim_list *);

/* "killed", "venue-denied", ...; NULL for an unknown kind. */
const char *claim_kind_name(enum claim_kind);

/* The kind of a name, or -1. */
int claim_kind_from_name(const char *);

/* Whether claims of this kind carry a number (value) rather than text. */
int claim_kind_is_count(enum claim_kind);

/*
 * What a time's subject says of an incident: CLAIMS_INCIDENT when it is
 * an incident of a kind the extractor names ("collapse", "earthquake",
 * "landing"), CLAIMS_INCIDENT_ANY when a word for any ("accident",
 * "tragedy"), else 0.
 */
#define CLAIMS_INCIDENT		1
#define CLAIMS_INCIDENT_ANY	2
int claims_incident_kind(const char *subject);

#endif
