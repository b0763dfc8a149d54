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
 * story.  No state survives a call, and none is shared but constant: the
 * index of each word list (struct wordset) is built from its constant
 * words when the program is loaded, and only read.  Every word token
 * carries its hash, so that a lookup in a list costs one or two
 * comparisons, not a scan.
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[CLAIM_NKINDS] = {
	"killed", "injured", "missing", "detained", "destroyed", "damaged",
	"launched", "captured", "released", "casualties", "aboard",
	"rescued", "population", "venue",
	"venue-denied", "role", "time", "targets"
};

/* Vessels: "it went down" is a sinking only in a story about one. */
LIST(vessel_nouns, "ferry", "ferries", "boat", "boats", "ship", "ships",
    "vessel", "vessels", "launch", "barge", "trawler", "tanker",
    "freighter", "yacht", "steamer", "dinghy", "submarine", "dhow");

/* A siege: people "trapped" in it are those remaining, not missing. */
LIST(siege_words, "besieged", "siege", "encircled", "encirclement",
    "blockaded", "blockade", "cordoned");

/* Weapons of an attack from afar: explosions heard are its start. */
LIST(armed_nouns, "missile", "missiles", "drone", "drones", "uav", "uavs",
    "rocket", "rockets", "shelling", "airstrike", "airstrikes", "barrage",
    "bombardment", "warplanes");

/*
 * Append a claim to the article's list: text is taken (freed on failure),
 * subject and source are copied.  On failure S->oom is set and -1 returned.
 */
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
	roles_learn_group(S, &st);
	people_find_says(S, &st, 1);
	free(S->ahead_speaker);
	S->ahead_speaker = NULL;
	if (st.depth_end > 0)
		quote_tail(S, index);
	subj = people_sentence_subject(S, &st, &subj_side, &subj_human, &se);
	if (!S->siege)
		S->siege = tok_any_in_list(&st, siege_words);
	counts_find(S, &st);
	counts_find_single_role(S, &st, CLAIM_DETAINED);
	counts_find_single_role(S, &st, CLAIM_KILLED);
	counts_find_rescued(S, &st);
	counts_find_exchanges(S, &st);
	events_find_venues(S, &st, subj, subj_side);
	events_find_proposed(S, &st, subj, subj_side);
	events_find_undecided(S, &st, subj, subj_side);
	events_find_signings(S, &st, subj, subj_side);
	if (!S->vessel)
		S->vessel = tok_any_in_list(&st, vessel_nouns);
	if (!S->armed)
		S->armed = tok_any_in_list(&st, armed_nouns);
	times_find(S, &st, subj, subj_side);
	times_find_opening(S, &st, subj, subj_side);
	times_find_planned(S, &st, subj, subj_side);
	times_find_results(S, &st, subj, subj_side);
	times_find_incident(S, &st);
	events_find_venue_times(S, &st);
	roles_find(S, &st, subj, subj_side);
	roles_find_owners(S, &st, subj, subj_side);
	roles_find_represented(S, &st, subj, subj_side);
	targets_find(S, &st);
	for (k = 0; k < st.n; k++)
		if ((tok_in_list(&st, k, words_venue_events) &&
		    !events_news(&st, k)) || tok_in_list(&st, k,
		    words_strong_delegates))
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
		counts_bodies_prune(&S);
	if (rc == 0 && !S.oom)
		times_incident_fix(&S);
	if (rc == 0 && !S.oom)
		times_daytime_prune(&S);
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
	for (i = 0; i < l->n; i++)
		claims_clear(&l->v[i]);
	free(l->v);
	free(l);
}

void
claims_clear(struct claim *c)
{
	free(c->subject);
	free(c->text);
	free(c->source);
	c->subject = c->text = c->source = NULL;
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

	for (i = 0; i < CLAIM_NKINDS; i++)	/* a story's claims, often */
		if (kind_names[i][0] == name[0] &&
		    strcmp(kind_names[i], name) == 0)
			return (int)i;
	return -1;
}

int
claim_kind_is_count(enum claim_kind k)
{
	return k <= CLAIM_POPULATION;
}
