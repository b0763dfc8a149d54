/*
 * claims-int.h: what the claims*.c files share and nobody else sees.
 *
 * A sentence (struct sent) is a run of tokens (struct tk) over its text and
 * an ASCII lower-case copy of it, with the figures numbers_scan() found and
 * the speakers (struct say) of the sentence; struct state is what reading
 * one article carries from sentence to sentence (the people named, the
 * quotation still open, the story's event, countries and group) and the
 * claims found so far.  A span of tokens a, b is [a, b); the predicates
 * on tokens (tok_word() ...) are false for an index past the last token.
 * Word lists (struct wordset) are constant; their index is built when the
 * program is loaded, before main() runs, and only read afterwards.
 *
 * Each claims-NAME.c file exports its functions as NAME_...(); the lists
 * more than one file reads are in claims-words.c as words_...; everything
 * else is static to its file.
 */
#ifndef PX_CLAIMS_INT_H
#define PX_CLAIMS_INT_H

#include "px.h"
#include "claims.h"

struct number;

enum { TW, TN, TP };

struct tk {
	size_t			 s, e;		/* bytes in the sentence */
	int			 type;
	int			 cap;		/* starts with a capital */
	int			 quote;		/* quotation depth */
	int			 opens;		/* an opening quotation mark */
	const struct number	*num;		/* TN */
	unsigned int		 cp;		/* TP */
	uint32_t		 hash;		/* TW, TN: word_hash() of low */
};

/* A person the article named, with the side it gave them. */
struct person {
	char		*full;
	const char	*side;
	const char	*role;		/* "spokesman" of "Ministry spokesman
					   X" (static), or NULL */
	size_t		 role_at;	/* the sentence that gave it */
};

/* A speaker found in a sentence. */
struct say {
	size_t		 verb;		/* token of the verb */
	size_t		 a, b;		/* the speaker's tokens */
	int		 after;		/* the speaker follows the verb */
	int		 according;
	char		*name;		/* NULL when unresolved */
	const char	*side;
	int		 human;
};

struct sent {
	const char	*s;
	int		 groups;	/* groups of people counted */
	int		 titled;	/* set in title case: capitals
					   tell no names (counts_find()) */
	char		*low;		/* ASCII lower-case copy */
	size_t		 len;
	struct tk	*t;
	size_t		 n;
	struct number	*nums;
	long		 nnums;
	struct say	*says;
	size_t		 nsays;
	size_t		 index;
	int		 depth_end;	/* quotation depth at the end */
};

struct state {
	const struct claims_ctx	*ctx;
	const struct entities	*ent;
	struct claim_list	*out;
	struct person		*people;
	size_t			 npeople;
	char			*last_human;
	const char		*last_human_side;
	char			*quote_speaker;
	const char		*quote_side;
	int			 quote_open;
	const char		*round;		/* "first round", "new round" */
	const char		*event_base;	/* "talks", "summit" */
	char			*group;		/* "M23" of "M23 rebels" */
	int			 group_acronym;	/* "KLF" of "(KLF) rebels" */
	const char		*home[4];	/* countries of places */
	size_t			 nhome;
	size_t			 evplace[16];	/* placed by an event */
	size_t			 nevplace;
	const char *const	*all;		/* the article's sentences */
	size_t			 nall;
	char			*ahead_speaker;	/* who closes an open quote */
	const char		*ahead_side;
	long			 event_sentence;	/* last talks context */
	long			 sign_sentence;	/* last signing named */
	size_t			 daytime[8][2];	/* incidents' days with
						   parts: sentence, start */
	size_t			 ndaytime;
	int			 vessel;	/* a vessel named so far */
	int			 aircraft;	/* an aircraft named so far */
	int			 armed;		/* missiles, drones or an
						   air strike named so far */
	int			 siege;		/* a siege named so far */
	char			 del_subject[64]; /* the role of the last
						   delegation named with
						   its side, "" if none */
	size_t			 del_sentence;	/* where it was named */
	const char		*incident;	/* static: the event of
						   the article's incident */
	int			 exchange;	/* prisoners exchanged */
	int			 captives;	/* the article names
						   prisoners: 0 not looked
						   at yet, 1 no, 2 yes */
	size_t			*bodies;	/* claims counting bodies */
	size_t			 nbodies, capbodies;
	int			 oom;
	char			 last_body[64];	/* the last body that spoke
						   ("it said"), "" if none */
	const char		*last_body_side;
	size_t			 last_body_sentence;
};

/*
 * A word list, with an index of its words: slot[] holds, by word_hash()
 * modulo WS_SLOTS with linear probing, the position of each word plus 1,
 * 0 for an empty slot.  LIST() (and WORDS() in claims-words.c) give each
 * list a constructor that builds its index with tok_index() when the
 * program is loaded, before main() and before any thread: the lists never
 * change, so the index is read-only from then on and tok_in_list() may
 * run on any thread.  A list over WS_MAX words, or one without an index
 * (index 0), is scanned instead.
 */
#define WS_SLOTS	512

#define WS_MAX		(WS_SLOTS / 2)

struct wordset {
	const char *const	*words;		/* NULL-terminated */
	int			 index;		/* 0 none, 1 slot[], -1 scan */
	unsigned short		 slot[WS_SLOTS];
};

/*
 * The list name (storage class cls: static, or nothing for a shared list)
 * and the constructor that indexes it.  The list is declared before the
 * constructor, which names it, and defined after it, so that the macro
 * ends with a declaration and takes the ';' of its use.
 */
#define WS_DEFINE(cls, name, ...)					\
	static const char *const name##_words[] = { __VA_ARGS__, NULL };\
	cls struct wordset name[1];					\
	static void name##_index(void) __attribute__((constructor));	\
	static void name##_index(void) { tok_index(name); }		\
	cls struct wordset name[1] = { { name##_words, 0, { 0 } } }

#define LIST(name, ...)	WS_DEFINE(static, name, __VA_ARGS__)

struct kw {
	const char	*word;
	enum claim_kind	 kind;
};

/*
 * Incidents whose clock time is a claim, by the verb that tells them
 * ("the ferry sank at 3 a.m."), with the event they name; and nouns of
 * incidents timed by a verb of starting ("the attack began at 4:30 a.m.").
 * Only a clock time counts for them: "sank on Monday" is too loose to set
 * against another outlet.
 */
struct incident {
	const char	*verb, *event;
};

/*
 * Whether the n bytes at w (no NUL among them) spell the word s: compared
 * in place, without measuring s first, since most words differ in their
 * first bytes.  Inline, like tok_word(), since the rules call them
 * hundreds of times a sentence.
 */
static inline int
tok_same_word(const char *w, size_t n, const char *s)
{
	size_t	k;

	for (k = 0; k < n; k++)
		if (s[k] != w[k])
			return 0;
	return s[n] == '\0';
}

/* Whether token i is the word w (lower case). */
static inline int
tok_word(const struct sent *st, size_t i, const char *w)
{
	if (i >= st->n || st->t[i].type == TP)
		return 0;
	return tok_same_word(st->low + st->t[i].s, st->t[i].e - st->t[i].s,
	    w);
}

/* claims-tok.c */
void tok_index(struct wordset *ws);
int tok_in_words(const struct sent *st, size_t i, const char *const *list);

/*
 * Whether token i is one of the words of a list: a probe of the list's
 * index by the token's hash, inline for the same reason as tok_word().
 */
static inline int
tok_in_list(const struct sent *st, size_t i, const struct wordset *ws)
{
	const char	*w;
	size_t		 n, k;

	if (ws->index <= 0)
		return tok_in_words(st, i, ws->words);
	if (i >= st->n || st->t[i].type == TP)
		return 0;
	w = st->low + st->t[i].s;
	n = st->t[i].e - st->t[i].s;
	for (k = st->t[i].hash % WS_SLOTS; ws->slot[k] != 0;
	    k = (k + 1) % WS_SLOTS)
		if (tok_same_word(w, n, ws->words[ws->slot[k] - 1]))
			return 1;
	return 0;
}
int tok_kw_find(const struct sent *st, size_t i, const struct kw *k, size_t n);
int tok_punct(const struct sent *st, size_t i, unsigned int cp);
int tok_comma(const struct sent *st, size_t i);
int tok_quote(const struct sent *st, size_t i);
int tok_possessive(const struct sent *st, size_t i);
int tok_ly_adverb(const struct sent *st, size_t i);
int tok_any_in_list(const struct sent *st, struct wordset *ws);
int tok_abbrev_dot(const struct sent *st, size_t i);
int tok_capword(const struct sent *st, size_t i);
int tok_particle(const struct sent *st, size_t i);
int tok_nameword(const struct sent *st, size_t i);
int tok_split(struct sent *st, int quote_open);
char *tok_text(const struct sent *st, size_t a, size_t b);

/* claims-words.c */
extern struct wordset words_say_verbs[1];
extern struct wordset words_aux_back[1];
extern struct wordset words_titles[1];
extern struct wordset words_bodies[1];
extern struct wordset words_humans[1];
extern struct wordset words_pron_human[1];
extern struct wordset words_dets[1];
extern struct wordset words_poss_pron[1];
extern struct wordset words_days[1];
extern struct wordset words_day_parts[1];
extern struct wordset words_months[1];
extern struct wordset words_stop_caps[1];
extern struct wordset words_lead_adverbials[1];
extern struct wordset words_detain_participles[1];
extern struct wordset words_np_stop[1];
extern struct wordset words_venue_events[1];
extern struct wordset words_strong_delegates[1];
extern struct wordset words_send_verbs[1];
extern struct wordset words_venue_verbs[1];
extern struct wordset words_schedule_words[1];
extern struct wordset words_incident_nouns[1];
extern struct wordset words_past_adjs[1];
extern struct wordset words_ago_units[1];
extern struct wordset words_exchange_nouns[1];

/* claims-people.c */
struct person *people_find(struct state *S, const char *name);
struct person *people_add(struct state *S, const char *full, const char *side);
int people_title(const struct sent *st, size_t i);
size_t people_in(struct state *S, const struct sent *st, size_t a, size_t b,
    size_t *end, int single_ok);
const char *people_side_in(struct state *S, const struct sent *st, size_t a,
    size_t b);
char *people_speaker_name(struct state *S, const struct sent *st, size_t a,
    size_t b, const char **side, int *human);
size_t people_np_back(const struct sent *st, size_t i, size_t lo);
int people_prep(const struct sent *st, size_t i);
int people_has_role(const struct sent *st, size_t a, size_t b);
size_t people_widest(const struct sent *st, size_t k);
size_t people_np_fwd(const struct sent *st, size_t i);
char *people_sentence_subject(struct state *S, const struct sent *st,
    const char **side, int *human, size_t *end);
void people_find_says(struct state *S, struct sent *st, int update);
const char *people_source(struct state *S, const struct sent *st, size_t p,
    const char **side, const char *subj, const char *subj_side);
void people_learn(struct state *S, const struct sent *st);

/* claims-counts.c */
int counts_past_event(const struct state *S, const struct sent *st, size_t i,
    size_t at);
int counts_find(struct state *S, struct sent *st);
void counts_bodies_prune(struct state *S);
void counts_find_single_role(struct state *S, struct sent *st,
    enum claim_kind kind);
void counts_find_rescued(struct state *S, struct sent *st);
void counts_find_exchanges(struct state *S, struct sent *st);

/* claims-events.c */
char *events_subject(struct state *S, const struct sent *st, size_t ev);
size_t events_in(const struct sent *st, size_t a, size_t b,
    struct wordset *list);
char *events_place_at(struct state *S, const struct sent *st, size_t i,
    size_t *pa, size_t *pb);
void events_emit_text(struct state *S, const struct sent *st,
    enum claim_kind kind, const char *subject, char *text, size_t a, size_t b,
    const char *subj, const char *subj_side);
const char *events_captive_event(const struct state *S);
int events_talks_context(struct state *S, const struct sent *st);
int events_news(const struct sent *st, size_t i);
size_t events_topic_end(const struct sent *st, size_t i);
void events_find_proposed(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);
void events_find_undecided(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);
void events_find_signings(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);
void events_find_venues(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);
void events_find_venue_times(struct state *S, struct sent *st);

/* claims-times.c */
const char *times_incident_name(const struct sent *st, size_t k);
char *times_at(const struct sent *st, size_t i, size_t *ta, size_t *tb);
int times_clock(const struct sent *st, size_t ta, size_t tb);
void times_find_incident(struct state *S, struct sent *st);
void times_incident_fix(struct state *S);
void times_daytime_prune(struct state *S);
void times_find(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);
void times_find_opening(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);
void times_find_results(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);
void times_find_planned(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);

/* claims-roles.c */
void roles_learn_group(struct state *S, const struct sent *st);
void roles_find(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);
void roles_find_owners(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);
void roles_find_represented(struct state *S, struct sent *st, const char *subj,
    const char *subj_side);

/* claims-targets.c */
void targets_find(struct state *S, struct sent *st);

/* claims-places.c */
const char *places_country(const struct state *S, const struct sent *st,
    size_t i);
void places_learn_home(struct state *S, const struct sent *st);
int places_home_counts(struct state *S);

/* claims.c */
int claims_add(struct state *S, const struct sent *st, enum claim_kind kind,
    const char *subject, double value, double high, char *text, int approx,
    const char *hedge, const char *source, size_t s, size_t e);
/* Free claim c's strings (the list's entry stays, emptied). */
void claims_clear(struct claim *c);

#endif /* PX_CLAIMS_INT_H */
