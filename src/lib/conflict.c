/*
 * conflict.c: claims that disagree (see conflict.h).
 *
 * The input is sorted (through an array of slots, the input stays as given)
 * by story, kind family and folded subject, so that each run of equal keys
 * is one group of claims about the same thing.  A count's subject may name
 * a place ("people in Sararith"); a count of the same thing without one
 * ("people") is taken to be about that place when it is the only place
 * the story's counts of the thing name (a first pass sorted by the part
 * before " in " finds them), and stays apart when they name several (a
 * country beside one place the tables do not know is the background, not
 * a second place: "hundreds die in Tavland every year"); the
 * same for a role without its side ("head of delegation" and "head of
 * Tavland delegation").  When the story's roles name several sides, a role
 * without one joins the side under which its person is named elsewhere in
 * the story, or else the one side the roles of its own article name; a
 * role it cannot place stands alone (two sides' heads are no conflict).
 * Two persons agree by their surnames; two lists of parties ("Norway and
 * Venezuela" as mediators) when one is within the other.
 * A time of "the accident" (or incident, disaster, tragedy) is the time
 * of the story's one incident when its times name one (the collapse's).
 * Inside a group, claims are
 * put in clusters of claims that agree with the cluster's first claim (a
 * day alone, with the first day of the cluster too: "10:00" agrees with
 * Tuesday and with Wednesday, which do not agree); a group with two
 * clusters or more is a conflict.  Denials are matched
 * against venues of the same story whose event is the same once the round
 * is set aside ("talks" and "talks (new round)") and whose place is the
 * same: all denials of one place make one conflict with its venues; the
 * denials that no venue is decided (CLAIM_VENUE_UNDECIDED) make one with
 * every venue of the event, whatever its place (a venue conflict whose
 * claims are all in another is dropped: told once).  A story's "conference"
 * or "summit" is its talks when a place is given for both and no third
 * event has a venue there; a venue a party proposes is its side of the
 * dispute in an article that denies the event's venue (venue_merge()).
 * Sentence pairs are emitted once per unordered pair of sentences, at
 * most PAIRS_PER_CONFLICT per conflict (per denial for a place denied),
 * or, with a focus article (a story's newest), only those of its
 * sentences, each with at most PAIRS_PER_FOCUS of the others, the newest
 * first (a story of a thousand articles adds a few dozen, not all again);
 * a sentence that gives two counts is no pair with one that gives either,
 * nor one that gives a venue and its denial, and a place a party proposes
 * is no pair with a denial (proposing is not saying it is agreed).
 * What agree() compares (a place's words, a time's parts) is worked out
 * once per claim (struct facts).  A time an event was postponed to
 * ("postponed to next week") replaces the one it had: it agrees only with
 * the same postponement, or with the same day told without it; a time
 * denied ("not Monday") agrees with any time but its own;
 * "midnight" and "noon" are clock times, compared over midnight
 * ("shortly before midnight" and "00:05" agree).
 */
#include "px.h"
#include "conflict.h"
#include "entities.h"
#include "numbers.h"
#include "pairset.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PAIRS_PER_CONFLICT	200
#define PAIRS_PER_FOCUS		32	/* a new sentence's pairs, a conflict */
#define CONFLICT_FACT_COUNT	10	/* a count that tells its event */
#define MAXWORDS		16

/*
 * What agree() compares, worked out once per input claim: the folded
 * words of a place, the last word of a person, the parts of a time
 * (with thousands of claims a group compares each with every cluster,
 * and splitting the text again each time was most of the cost).
 */
struct when {
	int	day, part, hour, month, mday;
	int	alt;		/* the other part a clock time near the turn
				   of two may be called, or -1 */
	int	min;		/* minutes of a clock time, or -1 */
	int	moved;		/* "postponed to next week": a new time */
	int	denied;		/* "not Monday": a time denied */
};

struct facts {
	char		(*w)[48];	/* folded words, nw of them */
	size_t		  nw;
	struct when	  t;
	const char	 *is;		/* a place: the country it is */
	const char	 *in;		/* or the country it is a city of */
};

struct ctx {
	const struct conflict_in	*in;
	const char			**subj;	/* group subject by input */
	struct facts			*f;	/* by input */
	struct conflict_set		*set;
	size_t				 capv, cappairs; /* of set->v, pairs */
	struct pairset			 seen;	/* set->pairs' (a, b): a
						   story's thousands of pairs
						   are not searched in a list */
	long				 focus;	/* pairs must involve this
						   article (0: all pairs) */
	int				 oom;
};

static enum claim_kind
family(enum claim_kind k)
{
	return k == CLAIM_VENUE_DENIED ? CLAIM_VENUE : k;
}

static int
fold_cmp(const char *a, const char *b)
{
	int	ca, cb;

	for (;; a++, b++) {
		ca = tolower((unsigned char)*a);
		cb = tolower((unsigned char)*b);
		if (ca != cb || ca == '\0')
			return ca - cb;
	}
}

/*
 * Names outlets give to one story's talks: a venue, a denial or a time
 * of its "meeting" or its "negotiations" is one of its "talks" (the rest
 * of the subject kept: "earlier meeting" is "earlier talks", still apart
 * from "talks"; "meeting (new round)" is "talks (new round)").  Other
 * events keep their names: a "summit" of leaders may be held beside their
 * ministers' talks, a "ceasefire", a "conference" or an incident is
 * another thing.
 */
static const char *const talks_names[] = { "meeting", "meetings",
    "negotiations", "negotiation", NULL };
#define TALKS	"talks"

/* The same for who heads a side: its "team" is its "delegation". */
static const char *const delegation_names[] = { "team", NULL };
#define DELEGATION	"delegation"

/*
 * Subject s with a name of the talks read as TALKS (a venue, denial or
 * time), or of a delegation as DELEGATION (a role), written into buf (cap
 * bytes); or s itself when it names none (or buf is too small).
 */
static const char *
subject_fold(enum claim_kind kind, const char *s, char *buf, size_t cap)
{
	const char *const	*names;
	const char		*to;
	size_t			 i, k, n, end;

	if (s == NULL)
		return s;
	if (kind == CLAIM_VENUE || kind == CLAIM_VENUE_DENIED ||
	    kind == CLAIM_TIME) {
		names = talks_names;
		to = TALKS;
	} else if (kind == CLAIM_ROLE) {
		names = delegation_names;
		to = DELEGATION;
	} else
		return s;
	end = strcspn(s, "(");
	for (i = 0; i < end; i += n + 1) {
		n = strcspn(s + i, " (");
		for (k = 0; names[k] != NULL; k++) {
			if (strlen(names[k]) != n ||
			    strncasecmp(s + i, names[k], n) != 0)
				continue;
			if (snprintf(buf, cap, "%.*s%s%s", (int)i, s, to,
			    s + i + n) >= (int)cap)
				return s;
			return buf;
		}
		if (s[i + n] != ' ')
			break;
	}
	return s;
}

/*
 * A subject may carry a qualifier after its head: a count the place
 * ("people in Sararith": the head is what comes before " in "), an event
 * its round ("talks (new round)": before " (").  Claims of one head with
 * two qualifiers are about two things (the toll in each of two countries,
 * two rounds of talks); a claim without a qualifier is about the one the
 * story's other claims of the head name, if they name only one.  Returns
 * the length of the head.
 */
static size_t
head_len(enum claim_kind kind, const char *s)
{
	const char	*p;

	if (s == NULL)
		return 0;
	p = strstr(s, claim_kind_is_count(kind) ? " in " : " (");
	return p != NULL ? (size_t)(p - s) : strlen(s);
}

/*
 * A role may name its side ("head of Tavland delegation"), and another
 * claim of the story the same role without one ("head of delegation":
 * "its delegation"): the side is then the role's qualifier.  The head of
 * a subject: for such a role the role without its side, written into buf;
 * else the start of s up to head_len().  *hs gets s or buf; returns the
 * length of the head; *side tells whether a side was taken out.
 */
static size_t
subject_head(enum claim_kind kind, const char *s, char *buf, size_t cap,
    const char **hs, int *side)
{
	size_t		 n = head_len(kind, s), k;

	*hs = s;
	*side = 0;
	if (s == NULL || family(kind) != CLAIM_ROLE || n <= 8 ||
	    strncasecmp(s, "head of ", 8) != 0)
		return n;
	for (k = n; k > 8 && s[k - 1] != ' '; k--)
		;
	if (k <= 8)
		return n;	/* "head of delegation" */
	snprintf(buf, cap, "head of %.*s", (int)(n - k), s + k);
	*hs = buf;
	*side = 1;
	return strlen(buf);
}

static int
fold_ncmp(const char *a, size_t na, const char *b, size_t nb)
{
	size_t	i;
	int	ca, cb;

	for (i = 0; i < na && i < nb; i++) {
		ca = tolower((unsigned char)a[i]);
		cb = tolower((unsigned char)b[i]);
		if (ca != cb)
			return ca - cb;
	}
	return na == nb ? 0 : (na < nb ? -1 : 1);
}

/* An input claim, its position and its group subject, for sorting. */
struct slot {
	const struct conflict_in	*p;
	size_t				 i;
	const char			*subj;
	const char			*hs;	/* its head is hs[0, head) */
	size_t				 head;
	int				 qual;	/* subj has a qualifier */
};

/* By story, kind family and head (byhead), or whole group subject. */
static int
slot_cmp(const struct slot *sa, const struct slot *sb, int byhead)
{
	const struct conflict_in	*a = sa->p, *b = sb->p;
	int				 c;

	if (a->story != b->story)
		return a->story < b->story ? -1 : 1;
	if (family(a->c->kind) != family(b->c->kind))
		return family(a->c->kind) < family(b->c->kind) ? -1 : 1;
	if (sa->subj == NULL || sb->subj == NULL) {
		if (sa->subj != sb->subj)
			return sa->subj == NULL ? -1 : 1;
	} else if ((c = byhead ? fold_ncmp(sa->hs, sa->head, sb->hs,
	    sb->head) : fold_cmp(sa->subj, sb->subj)) != 0)
		return c;
	if (sa->i != sb->i)
		return sa->i < sb->i ? -1 : 1;
	return 0;
}

/* Same story, kind family and head (or both without a subject). */
static int
same_head(const struct slot *a, const struct slot *b)
{
	if (a->p->story != b->p->story ||
	    family(a->p->c->kind) != family(b->p->c->kind))
		return 0;
	if (a->subj == NULL || b->subj == NULL)
		return a->subj == b->subj;
	return fold_ncmp(a->hs, a->head, b->hs, b->head) == 0;
}

/* A claim whose subject has a qualifier (a place, a round, a side). */
static int
located(const struct slot *s)
{
	return s->qual;
}

static int
same_subject(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return fold_cmp(a, b) == 0;
}

static int
cmp_slot_head(const void *va, const void *vb)
{
	return slot_cmp(va, vb, 1);
}

static int
cmp_slot(const void *va, const void *vb)
{
	return slot_cmp(va, vb, 0);
}

/* Split s into folded words (at most MAXWORDS), dropping filler words. */
static size_t
words(const char *s, char (*w)[48], const char *const *drop)
{
	size_t		 n = 0, l;
	const char	*const *d;

	while (*s != '\0' && n < MAXWORDS) {
		while (*s != '\0' && !isalnum((unsigned char)*s) &&
		    (unsigned char)*s < 0x80)
			s++;
		l = 0;
		while (*s != '\0' && (isalnum((unsigned char)*s) ||
		    (unsigned char)*s >= 0x80)) {
			if (l < 47)
				w[n][l++] = (char)tolower((unsigned char)*s);
			s++;
		}
		if (l == 0)
			continue;
		w[n][l] = '\0';
		for (d = drop; d != NULL && *d != NULL; d++)
			if (strcmp(*d, w[n]) == 0)
				break;
		if (d == NULL || *d == NULL)
			n++;
	}
	return n;
}

/* Every word of a is in b. */
static int
subset(char (*a)[48], size_t na, char (*b)[48], size_t nb)
{
	size_t	i, j;

	for (i = 0; i < na; i++) {
		for (j = 0; j < nb; j++)
			if (strcmp(a[i], b[j]) == 0)
				break;
		if (j == nb)
			return 0;
	}
	return 1;
}

static const char *const place_drop[] = { "the", "of", "city", "town",
    "capital", "village", NULL };

/*
 * The country a place is ("Qatar": *is) or is a city of ("Doha": *in), by
 * the entities table; both NULL when neither.  A country named as the
 * venue does not deny its capital, nor a denial of the country leave its
 * capital standing (places_match()).
 */
static void
place_country(const char *p, const char **is, const char **in)
{
	const struct entities	*e;
	const char		*c;

	*is = *in = NULL;
	if ((e = entities_default()) == NULL)
		return;
	if ((c = entities_country_form(e, p, strlen(p))) != NULL) {
		if (strcasecmp(c, p) == 0)
			*is = c;
		return;
	}
	/* "Vesi, Borealia": a city the text placed in its country */
	if ((c = strrchr(p, ',')) != NULL && c[1] == ' ' &&
	    (c = entities_country_form(e, c + 2, strlen(c + 2))) != NULL) {
		*in = c;
		return;
	}
	/* "Vesi (Boreal capital)": the name before the note */
	if ((c = strstr(p, " (")) != NULL && p[strlen(p) - 1] == ')') {
		*in = entities_country(e, p, (size_t)(c - p));
		return;
	}
	*in = entities_country(e, p, strlen(p));
}

/*
 * A place of a venue the tables do not know takes the country another
 * venue of its story placed it in: "Vesi" is in Borealia when the story
 * also says "Vesi, Borealia" (claims-events.c), so that it agrees with
 * a venue "Borealia".
 */
static int
facts_place_story(struct ctx *X, size_t n)
{
	size_t	*known, nk = 0, i, k;

	for (i = 0; i < n; i++)
		if (family(X->in[i].c->kind) == CLAIM_VENUE &&
		    X->f[i].in != NULL && X->f[i].nw > 1)
			nk++;
	if (nk == 0)
		return 0;
	if ((known = calloc(nk, sizeof *known)) == NULL)
		return -1;
	for (nk = 0, i = 0; i < n; i++)
		if (family(X->in[i].c->kind) == CLAIM_VENUE &&
		    X->f[i].in != NULL && X->f[i].nw > 1)
			known[nk++] = i;
	for (i = 0; i < n; i++) {
		if (family(X->in[i].c->kind) != CLAIM_VENUE ||
		    X->f[i].in != NULL || X->f[i].is != NULL || X->f[i].nw == 0)
			continue;
		for (k = 0; k < nk; k++)
			if (X->in[known[k]].story == X->in[i].story &&
			    X->f[known[k]].nw > X->f[i].nw &&
			    subset(X->f[i].w, X->f[i].nw, X->f[known[k]].w,
			    X->f[known[k]].nw)) {
				X->f[i].in = X->f[known[k]].in;
				break;
			}
	}
	free(known);
	return 0;
}

/* Places a and b, their facts (words, place_drop dropped; country). */
static int
places_match(const char *a, const struct facts *fa, const char *b,
    const struct facts *fb)
{
	if (fa->nw == 0 || fb->nw == 0)
		return fold_cmp(a, b) == 0;
	return subset(fa->w, fa->nw, fb->w, fb->nw) ||
	    subset(fb->w, fb->nw, fa->w, fa->nw) ||
	    (fa->is != NULL && fb->in != NULL && strcmp(fa->is, fb->in) == 0) ||
	    (fb->is != NULL && fa->in != NULL && strcmp(fb->is, fa->in) == 0);
}

int
conflict_same_place(const char *a, const char *b)
{
	char		wa[MAXWORDS][48], wb[MAXWORDS][48];
	struct facts	fa, fb;

	memset(&fa, 0, sizeof fa);
	memset(&fb, 0, sizeof fb);
	fa.w = wa;
	fa.nw = words(a, wa, place_drop);
	fb.w = wb;
	fb.nw = words(b, wb, place_drop);
	place_country(a, &fa.is, &fa.in);
	place_country(b, &fb.is, &fb.in);
	return places_match(a, &fa, b, &fb);
}

/* Edit distance of at most one between two words. */
static int
near_word(const char *a, const char *b)
{
	size_t	la = strlen(a), lb = strlen(b), i = 0;

	if (strcmp(a, b) == 0)
		return 1;
	if (la < 6 || lb < 6 || (la > lb ? la - lb : lb - la) > 1)
		return 0;
	while (i < la && i < lb && a[i] == b[i])
		i++;
	if (la == lb)
		return strcmp(a + i + 1, b + i + 1) == 0;
	if (la > lb)
		return strcmp(a + i + 1, b + i) == 0;
	return strcmp(a + i, b + i + 1) == 0;
}

/*
 * A role may be held by a body ("the Transport Safety Board will lead the
 * investigation"): a name with one of these words is a body's, and two
 * bodies are not told apart by their last word ("Ministry of Transport of
 * Tavland", "Police of Tavland").
 */
static const char *const body_words[] = { "agency", "army", "authority",
    "board", "bureau", "commission", "committee", "council", "department",
    "directorate", "government", "inspectorate", "ministry", "office",
    "police", "service", "services", "unit", NULL };

/* Words a body's name may leave out ("the Board of Tavland"). */
static const char *const body_filler[] = { "of", "the", "and", "for",
    "de", "du", "des", "la", "le", NULL };

static int
in_list(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(w, *list) == 0)
			return 1;
	return 0;
}

/* Every word of a but filler is in b. */
static int
body_subset(char (*a)[48], size_t na, char (*b)[48], size_t nb)
{
	size_t	i, j, m = 0;

	for (i = 0; i < na; i++) {
		if (in_list(a[i], body_filler))
			continue;
		for (j = 0; j < nb; j++)
			if (strcmp(a[i], b[j]) == 0)
				break;
		if (j == nb)
			return 0;
		m++;
	}
	return m > 0;
}

/* Whether a (its text) is an acronym of the words w ("TSB" of
 * "Transport Safety Board"), filler left out or kept. */
static int
acronym_of(const char *a, char (*w)[48], size_t n)
{
	size_t	la = strlen(a), i, k, pass;

	if (la < 2 || la > 8)
		return 0;
	for (i = 0; i < la; i++)
		if (!isupper((unsigned char)a[i]))
			return 0;
	for (pass = 0; pass < 2; pass++) {
		for (i = k = 0; i < n; i++) {
			/* "TSB" of "Transport Safety Board of Tavland" */
			if (k == la && in_list(w[i], body_filler))
				return 1;
			if (pass == 0 && in_list(w[i], body_filler))
				continue;
			if (k == la || tolower((unsigned char)a[k]) != w[i][0])
				break;
			k++;
		}
		if (i == n && k == la)
			return 1;
	}
	return 0;
}

/*
 * People a and b split into words: the same surname, near enough.  A
 * body's name (body_words[]) agrees with its acronym and with a name
 * whose words hold all of its own or are all in it ("Transport Safety
 * Board", "Transport Safety Board of Tavland"), not by its last word.
 */
static int
persons_match(const char *a, char (*wa)[48], size_t na, const char *b,
    char (*wb)[48], size_t nb)
{
	size_t	i;
	int	body = 0;

	if (na == 0 || nb == 0)
		return fold_cmp(a, b) == 0;
	if ((na == 1 && acronym_of(a, wb, nb)) ||
	    (nb == 1 && acronym_of(b, wa, na)))
		return 1;
	for (i = 0; i < na && !body; i++)
		body = in_list(wa[i], body_words);
	for (i = 0; i < nb && !body; i++)
		body = in_list(wb[i], body_words);
	if (body)
		return body_subset(wa, na, wb, nb) ||
		    body_subset(wb, nb, wa, na);
	return near_word(wa[na - 1], wb[nb - 1]);
}

/* A time claim's hedge; "about" for one only marked approximate. */
static const char *time_hedge(const struct claim *);

/*
 * Whether the values of two claims of one kind agree: a count's figures,
 * a place, a person; a time that can be the same (times_exact: the same
 * words); anything else the same words.
 */
static int
values_agree(const struct claim *x, const struct claim *y, int times_exact)
{
	if (claim_kind_is_count(x->kind))
		return numbers_agree(x->value, y->value);
	if (x->text == NULL || y->text == NULL)
		return 0;
	switch (x->kind) {
	case CLAIM_VENUE:
	case CLAIM_VENUE_DENIED:
		return conflict_same_place(x->text, y->text);
	case CLAIM_ROLE:
		return conflict_same_person(x->text, y->text);
	case CLAIM_TIME:
		if (!times_exact)
			return conflict_same_time_hedged(x->text,
			    time_hedge(x), y->text, time_hedge(y));
		/* FALLTHROUGH */
	default:
		return fold_cmp(x->text, y->text) == 0;
	}
}

int
conflict_claims_agree(const struct claim *x, const struct claim *y)
{
	return x->kind == y->kind && same_subject(x->subject, y->subject) &&
	    values_agree(x, y, 0);
}

int
conflict_same_fact(const struct claim *x, const struct claim *y)
{
	return x->kind == y->kind && conflict_related(x->kind, x->subject,
	    y->kind, y->subject) && values_agree(x, y, 1);
}

/*
 * A claim particular enough that two reports stating it alike are of one
 * event: a count of CONFLICT_FACT_COUNT or more, a venue's place.  Not a
 * time ("on Monday" is said of everything) nor a role's person (one
 * minister leads two delegations in a week).
 */
static int
particular(const struct claim *c)
{
	if (claim_kind_is_count(c->kind))
		return c->value >= CONFLICT_FACT_COUNT;
	return c->kind == CLAIM_VENUE && c->text != NULL;
}

/* Whether b states claim a alike. */
static int
stated(const struct claim *a, const struct claim *b, size_t nb)
{
	size_t	j;

	for (j = 0; j < nb; j++)
		if (conflict_same_fact(a, &b[j]))
			return 1;
	return 0;
}

size_t
conflict_facts_shared(const struct claim *a, size_t na,
    const struct claim *b, size_t nb)
{
	size_t	i, k, n = 0;

	for (i = 0; i < na; i++) {
		if (!particular(&a[i]) || !stated(&a[i], b, nb))
			continue;
		/* each kind and subject once */
		for (k = 0; k < i; k++)
			if (a[k].kind == a[i].kind &&
			    same_subject(a[k].subject, a[i].subject) &&
			    particular(&a[k]) && stated(&a[k], b, nb))
				break;
		n += k == i;
	}
	return n;
}

int
conflict_same_person(const char *a, const char *b)
{
	char	wa[MAXWORDS][48], wb[MAXWORDS][48];

	return persons_match(a, wa, words(a, wa, NULL), b, wb,
	    words(b, wb, NULL));
}

static void
parse_time(const char *s, struct when *w)
{
	static const char *const days[] = { "monday", "tuesday", "wednesday",
	    "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
	    "tonight", "yesterday", NULL };
	static const char *const parts[] = { "morning", "afternoon",
	    "evening", "night", "noon", "midday", "midnight", NULL };
	static const char *const months[] = { "january", "february", "march",
	    "april", "may", "june", "july", "august", "september", "october",
	    "november", "december", NULL };
	static const char *const zones[] = { "gmt", "utc", "bst", "cet",
	    "cest", "eet", "eest", "msk", "est", "edt", "pst", "pdt", "ist",
	    "z", NULL };
	char	ws[MAXWORDS][48];
	size_t	n, i, k, hi = 0;
	int	pm = 0, zoned = 0;

	w->day = w->part = w->hour = w->month = w->mday = w->min = -1;
	w->alt = -1;
	w->moved = w->denied = 0;
	n = words(s, ws, NULL);
	for (i = 0; i < n; i++) {
		if (strcmp(ws[i], "postponed") == 0)
			w->moved = 1;
		if (i == 0 && strcmp(ws[i], "not") == 0)
			w->denied = 1;
		for (k = 0; days[k] != NULL; k++)
			if (strcmp(ws[i], days[k]) == 0)
				w->day = (int)k;
		for (k = 0; parts[k] != NULL; k++)
			if (strcmp(ws[i], parts[k]) == 0)
				/* midday is noon, midnight the night */
				w->part = k == 5 ? 4 : k == 6 ? 3 : (int)k;
		/* a month, or its abbreviation ("Dec. 8", "Sept. 3") */
		for (k = 0; months[k] != NULL; k++)
			if (strcmp(ws[i], months[k]) == 0 ||
			    ((strlen(ws[i]) == 3 || strcmp(ws[i], "sept") ==
			    0) && k != 4 && strncmp(ws[i], months[k],
			    strlen(ws[i])) == 0))
				w->month = (int)k;
		if (strcmp(ws[i], "pm") == 0 || (strcmp(ws[i], "p") == 0 &&
		    i + 1 < n && strcmp(ws[i + 1], "m") == 0))
			pm = 1;
		for (k = 0; zones[k] != NULL; k++)
			if (strcmp(ws[i], zones[k]) == 0)
				zoned = 1;
		if (isdigit((unsigned char)ws[i][0])) {
			size_t	l = strlen(ws[i]);
			int	dm = 0;	/* "9 June": a day of the month */

			for (k = 0; i + 1 < n && months[k] != NULL; k++)
				if (strcmp(ws[i + 1], months[k]) == 0)
					dm = 1;
			/* "11pm", "7am" */
			if (l > 2 && strcmp(ws[i] + l - 2, "pm") == 0)
				pm = 1;
			if ((w->month >= 0 && w->mday < 0 && i > 0) ||
			    (dm && w->mday < 0))
				w->mday = atoi(ws[i]);
			else if (w->hour < 0) {
				w->hour = atoi(ws[i]) % 100 == atoi(ws[i]) ?
				    atoi(ws[i]) : atoi(ws[i]) / 100;
				if (atoi(ws[i]) >= 100)	/* "0915 GMT" */
					w->min = atoi(ws[i]) % 100;
				else
					hi = i + 1;
			} else if (i == hi && w->min < 0 && (l == 2 ||
			    (l == 4 && (strcmp(ws[i] + 2, "pm") == 0 ||
			    strcmp(ws[i] + 2, "am") == 0))))
				w->min = atoi(ws[i]);	/* "6:40", "1.45pm" */
		}
	}
	if (w->day == 9) {		/* tonight */
		w->day = 7;
		w->part = 3;
	}
	/* "shortly after midnight", "at noon": a clock time */
	if (w->hour < 0) {
		for (i = 0; i < n; i++)
			if (strcmp(ws[i], "midnight") == 0 ||
			    strcmp(ws[i], "noon") == 0 ||
			    strcmp(ws[i], "midday") == 0) {
				w->hour = strcmp(ws[i], "midnight") == 0 ?
				    0 : 12;
				w->min = 0;
			}
	}
	if (pm && w->hour >= 0 && w->hour < 12)
		w->hour += 12;
	/*
	 * A local clock time is in a part of the day ("10:00" is the
	 * morning, not "Wednesday evening"); one given in a time zone may be
	 * anybody's morning; 0 and 12 may be midnight and noon.
	 */
	if (w->hour > 0 && w->hour < 24 && w->hour != 12 && w->part < 0 &&
	    !zoned) {
		if (w->hour >= 5 && w->hour < 12)
			w->part = 0;
		else if (w->hour >= 12 && w->hour < 18)
			w->part = 1;
		else if (w->hour >= 18 && w->hour < 22)
			w->part = 2;
		else
			w->part = 3;
		/*
		 * Near the turn of two parts a time is told by either:
		 * "3:40 a.m." is the night and "early Sunday morning",
		 * "5:30 p.m." the afternoon and "Friday evening", "10:30
		 * p.m." the evening and the night.
		 */
		if (w->hour >= 1 && w->hour < 5)
			w->alt = 0;
		else if (w->hour == 17)
			w->alt = 2;
		else if (w->hour >= 22)
			w->alt = 2;
		else if (w->hour == 21)
			w->alt = 3;
	}
}

/*
 * The minutes of the day a clock time w may be, by its hedge: "about 7am"
 * is 6:45 to 7:15, "about 6:15" (a time given to the minute) 6:05 to
 * 6:25, "shortly before 7am" 6:30 to 7:00, "shortly after 2am" 2:00 to
 * 2:30; without a hedge, the time itself.
 */
static void
clock_window(const struct when *w, const char *hedge, int *lo, int *hi)
{
	int	base = w->hour * 60 + (w->min > 0 ? w->min : 0);
	int	about = w->min > 0 ? 10 : 15;

	*lo = *hi = base;
	if (hedge == NULL)
		return;
	if (strstr(hedge, "before") != NULL)
		*lo = base - 30;
	else if (strstr(hedge, "after") != NULL)
		*hi = base + 30;
	else {
		*lo = base - about;
		*hi = base + about;
	}
}

/*
 * Times a and b (hedged by ha and hb, or NULL), parsed into x and y.  Two
 * clock times agree when the windows of their hedges come within ten
 * minutes ("6:40" and "shortly before 7am" do; "6:40" and "about 6:15"
 * don't); when both are hedged, the windows already hold what each
 * leaves open, and must overlap ("about 6:15" and "about 6:40" don't).
 */
static int
times_match(const char *a, const struct when *x, const char *ha,
    const char *b, const struct when *y, const char *hb)
{
	int	kx, ky, alo, ahi, blo, bhi;

	/* "not Monday" is no agreement with a Monday (nor a date with
	 * the same day), and leaves any other time open */
	if (x->denied != y->denied)
		return !((x->day >= 0 && x->day == y->day) || (x->month >= 0 &&
		    x->month == y->month && x->mday >= 0 &&
		    x->mday == y->mday));
	/* a time an event was postponed to replaces the one it had; the
	 * same day told without the move ("postponed to Tuesday", "2 p.m.
	 * on Tuesday") is the new time, told more closely */
	if (x->moved != y->moved && !(x->day >= 0 && x->day == y->day) &&
	    !(x->month >= 0 && x->month == y->month && x->mday >= 0 &&
	    x->mday == y->mday))
		return 0;
	kx = x->day >= 0 || x->part >= 0 || x->hour >= 0 || x->month >= 0;
	ky = y->day >= 0 || y->part >= 0 || y->hour >= 0 || y->month >= 0;
	if (!kx && !ky)
		return fold_cmp(a, b) == 0;
	/* "next week" and "May 14": what the one leaves open, the other
	 * may fill; nothing to tell them apart by */
	if (!kx || !ky)
		return 1;
	if (x->day >= 0 && y->day >= 0 && x->day != y->day)
		return 0;
	if (x->month >= 0 && y->month >= 0 && (x->month != y->month ||
	    (x->mday >= 0 && y->mday >= 0 && x->mday != y->mday)))
		return 0;
	if (x->hour >= 0 && y->hour >= 0) {
		int	slack = ha != NULL && hb != NULL ? 1 : 10;

		clock_window(x, ha, &alo, &ahi);
		clock_window(y, hb, &blo, &bhi);
		/* "shortly before midnight" and "00:10": over midnight */
		if (alo - bhi >= 12 * 60) {
			blo += 24 * 60;
			bhi += 24 * 60;
		} else if (blo - ahi >= 12 * 60) {
			alo += 24 * 60;
			ahi += 24 * 60;
		}
		return blo - ahi < slack && alo - bhi < slack;
	}
	if (x->part >= 0 && y->part >= 0 && x->part != y->part &&
	    x->alt != y->part && y->alt != x->part)
		return 0;
	return 1;
}

int
conflict_same_time(const char *a, const char *b)
{
	return conflict_same_time_hedged(a, NULL, b, NULL);
}

int
conflict_same_time_hedged(const char *a, const char *ha, const char *b,
    const char *hb)
{
	struct when	x, y;

	parse_time(a, &x);
	parse_time(b, &y);
	return times_match(a, &x, ha, b, &y, hb);
}

/* A time claim's hedge; "about" for one only marked approximate (as
 * claims stored before the store kept hedges are). */
static const char *
time_hedge(const struct claim *c)
{
	return c->hedge != NULL ? c->hedge : c->approx ? "about" : NULL;
}

/* Work out input i's facts (a claim with a text of a compared kind). */
static int
facts_fill(struct ctx *X, size_t i)
{
	const struct claim	*c = X->in[i].c;
	struct facts		*f = &X->f[i];
	char			 w[MAXWORDS][48];

	if (c->text == NULL)
		return 0;
	switch (family(c->kind)) {
	case CLAIM_VENUE:
	case CLAIM_ROLE:
		f->nw = words(c->text, w, family(c->kind) == CLAIM_VENUE ?
		    place_drop : NULL);
		if (family(c->kind) == CLAIM_VENUE)
			place_country(c->text, &f->is, &f->in);
		if (f->nw > 0) {
			if ((f->w = calloc(f->nw, sizeof *f->w)) == NULL)
				return -1;
			memcpy(f->w, w, f->nw * sizeof *f->w);
		}
		break;
	case CLAIM_TIME:
		parse_time(c->text, &f->t);
		break;
	default:
		break;
	}
	return 0;
}

static void
facts_free(struct facts *f, size_t n)
{
	size_t	i;

	for (i = 0; f != NULL && i < n; i++)
		free(f[i].w);
	free(f);
}

/* Whether inputs i and j (of one kind family) agree. */
static int
agree(const struct ctx *X, size_t i, size_t j)
{
	const struct claim	*a = X->in[i].c, *b = X->in[j].c;
	const struct facts	*fa = &X->f[i], *fb = &X->f[j];

	switch (family(a->kind)) {
	case CLAIM_VENUE:
		return places_match(a->text, fa, b->text, fb);
	case CLAIM_ROLE:
		/* parties listed ("Norway and Venezuela" as mediators):
		 * one list within the other agrees */
		if (strstr(a->text, " and ") != NULL ||
		    strstr(b->text, " and ") != NULL)
			return fa->nw > 0 && fb->nw > 0 && (subset(fa->w,
			    fa->nw, fb->w, fb->nw) || subset(fb->w, fb->nw,
			    fa->w, fa->nw));
		return persons_match(a->text, fa->w, fa->nw, b->text, fb->w,
		    fb->nw);
	case CLAIM_TIME:
		return times_match(a->text, &fa->t, time_hedge(a), b->text,
		    &fb->t, time_hedge(b));
	case CLAIM_TARGETS:
		return fold_cmp(a->text, b->text) == 0;
	default:
		return numbers_ranges_agree(a->value, a->high, b->value,
		    b->high);
	}
}

/* A count given as a range ("dozens", "100 to 300"), not one figure. */
static int
ranged(const struct claim *c)
{
	return claim_kind_is_count(c->kind) && c->high > c->value;
}

/* A time too loose to read ("next week"): it agrees with any other, so
 * it joins a cluster but never makes one. */
static int
loose(const struct ctx *X, size_t i)
{
	const struct when	*t = &X->f[i].t;

	return X->in[i].c->kind == CLAIM_TIME && t->day < 0 && t->part < 0 &&
	    t->hour < 0 && t->month < 0 && !t->moved;
}

/*
 * A time told by its day or date alone ("Thursday", "March 3"): it may be
 * any hour of it, so it joins the cluster of a time of that day told more
 * closely, after those are clustered ("10 a.m. Thursday" and "Thursday at
 * 2 p.m." stay two clusters though "Thursday" agrees with both).
 */
static int
day_only(const struct ctx *X, size_t i)
{
	const struct when	*t = &X->f[i].t;

	return X->in[i].c->kind == CLAIM_TIME && t->hour < 0 &&
	    t->part < 0 && (t->day >= 0 || t->month >= 0) && !t->moved &&
	    !t->denied;
}

/* How well a claim stands for its cluster in a reason (higher is better):
 * a figure or a time told closely, then a day told alone, then a range or a
 * loose time; with its source before without. */
static int
witness(const struct ctx *X, size_t i)
{
	const struct claim	*c = X->in[i].c;

	return (ranged(c) || loose(X, i) ? 0 : day_only(X, i) ? 2 : 4) +
	    (c->source != NULL ? 1 : 0);
}

/* "about 400 (Zelensky)" */
static char *
describe(const struct claim *c)
{
	const char	*src = c->source != NULL ? c->source :
			    _("unattributed");

	if (c->text != NULL)
		return util_printf("%s (%s)", c->text, src);
	if (c->high > c->value)
		return util_printf("%.15g-%.15g (%s)", c->value, c->high, src);
	if (c->hedge != NULL)
		return util_printf("%s %.15g (%s)", c->hedge, c->value, src);
	return util_printf("%.15g (%s)", c->value, src);
}

static char *
prefix(const struct claim *c, const char *subject)
{
	switch (family(c->kind)) {
	case CLAIM_VENUE:
		return util_printf(_("venue of %s"), subject);
	case CLAIM_TIME:
		return util_printf(_("time of %s"), subject);
	case CLAIM_ROLE:
	case CLAIM_TARGETS:
		return util_strdup(subject);
	default:
		return util_printf("%s %s", claim_kind_name(c->kind),
		    subject);
	}
}

/* Whether input claim i is of the article pairs must involve. */
static int
in_focus(const struct ctx *X, size_t i)
{
	return X->focus == 0 || X->in[i].article == X->focus;
}

static int
add_pair(struct ctx *X, const struct conflict_in *a,
    const struct conflict_in *b)
{
	struct conflict_pair	*np, *p;
	long			 sa = a->sentence, sb = b->sentence;
	size_t			 ncap;
	int			 r;

	if (sa == sb || sa <= 0 || sb <= 0)	/* ids are positive */
		return 0;
	if (sa > sb) {
		const struct conflict_in	*t = a;

		a = b;
		b = t;
		sa = a->sentence;
		sb = b->sentence;
	}
	if (X->set->npairs == X->cappairs) {
		ncap = X->cappairs == 0 ? 64 : X->cappairs * 2;
		np = util_reallocarray(X->set->pairs, ncap, sizeof *np);
		if (np == NULL)
			return -1;
		X->set->pairs = np;
		X->cappairs = ncap;
	}
	if ((r = pairset_add(&X->seen, sa, sb)) <= 0)
		return r;		/* emitted before, or no memory */
	p = &X->set->pairs[X->set->npairs];
	p->a = sa;
	p->b = sb;
	p->claim_a = a->claim;
	p->claim_b = b->claim;
	X->set->npairs++;
	return 0;
}

/*
 * The members m[0..n) by their sentences, sorted once (a group of
 * thousands of claims costs n log n, not n squared per member):
 *  - isl[k] is set for the first claim of its sentence in the group: a
 *    sentence that reports both sides ("proposed Minsk; they answered
 *    with Warsaw") stands in pairs for the claim it makes first (the
 *    lowest start, then the lowest k);
 *  - mask[k] (when mask is not NULL) has bit c for each cluster c the
 *    claims of member k's sentence belong to (clusters past 63 are left
 *    out): a sentence that gives both sides' counts ("police put it at
 *    seven, while the airline said five") holds what a sentence giving
 *    one of them says, and is no conflict with it.
 */
struct leadkey {
	long	 sentence;
	size_t	 start, k;
};

static int
cmp_leadkey(const void *a, const void *b)
{
	const struct leadkey	*x = a, *y = b;

	if (x->sentence != y->sentence)
		return x->sentence < y->sentence ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->k > y->k) - (x->k < y->k);
}

static int
by_sentence(const struct ctx *X, const size_t *m, const int *cl, size_t n,
    unsigned char *isl, unsigned long long *mask)
{
	struct leadkey		*lk;
	unsigned long long	 bits;
	size_t			 k, r, q;

	if ((lk = calloc(n + 1, sizeof *lk)) == NULL)
		return -1;
	for (k = 0; k < n; k++) {
		lk[k].sentence = X->in[m[k]].sentence;
		lk[k].start = X->in[m[k]].c->start;
		lk[k].k = k;
	}
	qsort(lk, n, sizeof *lk, cmp_leadkey);
	for (k = 0; k < n; k = r) {
		bits = 0;
		for (r = k; r < n && lk[r].sentence == lk[k].sentence; r++) {
			isl[lk[r].k] = r == k;
			if (cl[lk[r].k] >= 0 && cl[lk[r].k] < 64)
				bits |= 1ULL << cl[lk[r].k];
		}
		for (q = k; mask != NULL && q < r; q++)
			mask[lk[q].k] = bits;
	}
	free(lk);
	return 0;
}

/* Whether member i's sentence reports member j's cluster (see above). */
static int
reports_cluster(const unsigned long long *mask, const int *cl, size_t i,
    size_t j)
{
	return cl[j] >= 0 && cl[j] < 64 && (mask[i] & (1ULL << cl[j])) != 0;
}

/*
 * Record a conflict among members m[0..n) of the input with cluster
 * numbers cl[]; the reason lists the first claim of each cluster.  Its
 * sentence pairs (of two claims that disagree, in different clusters):
 * at most PAIRS_PER_CONFLICT in all, or (per_last) at
 * most that many for each member of the last cluster, paired with the
 * members of the others (a place denied, each denial against the
 * venues that name it).
 */
static int	is_proposal(const char *);

/* The members of a conflict as add_conflict() pairs them. */
struct grp {
	const size_t		*m;	/* members, input indexes */
	const int		*cl;	/* their clusters */
	int			 nclusters;
	const unsigned char	*isl;	/* first claim of its sentence */
	const unsigned long long *mask;	/* clusters of its sentence */
	int			 per_last;
};

/*
 * Whether members i and j (either order) make a sentence pair: each the
 * first claim of its sentence, in different clusters; per_last, one of
 * them in the last cluster (a denial) and the other not.
 */
static int
pair_ok(const struct ctx *X, const struct grp *g, size_t i, size_t j)
{
	const size_t		*m = g->m;
	const int		*cl = g->cl;
	const unsigned char	*isl = g->isl;
	const unsigned long long *mask = g->mask;
	const struct claim	*first = X->in[m[0]].c;
	int			 nclusters = g->nclusters;
	int			 per_last = g->per_last;
	size_t			 d, v;

	if (cl[i] == cl[j] || !isl[i] || !isl[j])
		return 0;
	if (per_last) {
		if (cl[j] == nclusters - 1)
			d = j, v = i;
		else if (cl[i] == nclusters - 1)
			d = i, v = j;
		else
			return 0;
		/* a sentence that tells the venue and its denial ("the
		 * government says X, the opposition that no venue is
		 * agreed") agrees with one telling either */
		if (reports_cluster(mask, cl, v, d) ||
		    reports_cluster(mask, cl, d, v))
			return 0;
		/* a place a party proposes is not the venue the denial says
		 * nobody agreed to */
		return X->in[m[v]].c->subject == NULL ||
		    !is_proposal(X->in[m[v]].c->subject);
	}
	/* a range in one cluster may agree with another's */
	if (agree(X, m[i], m[j]))
		return 0;
	/* one sentence gives both figures (not so for places: "proposed X;
	 * they answered with Y" stands for the first) */
	return !claim_kind_is_count(first->kind) ||
	    (!reports_cluster(mask, cl, i, j) &&
	    !reports_cluster(mask, cl, j, i));
}

/* Emit the pair of members i and j when pair_ok(), counting it. */
static int
emit_pair(struct ctx *X, const struct grp *g, size_t i, size_t j,
    size_t *npairs)
{
	if (!pair_ok(X, g, i, j))
		return 0;
	if (add_pair(X, &X->in[g->m[i]], &X->in[g->m[j]]) != 0)
		return -1;
	(*npairs)++;
	return 0;
}

static int
add_conflict(struct ctx *X, const size_t *m, const int *cl, size_t n,
    int nclusters, const char *joiner, int per_last)
{
	struct conflict	*nv, *c;
	const struct claim *first = X->in[m[0]].c;
	const char	*subject = X->subj[m[0]];
	char		*pre, *reason, *d, *r;
	size_t		 i, j, npairs = 0, ncap;
	unsigned char	*isl = NULL;	/* first claim of its sentence */
	unsigned long long *mask = NULL; /* clusters of its sentence */
	struct grp	 g;
	int		 k, best, w;

	if ((pre = prefix(first, subject)) == NULL)
		return -1;
	reason = NULL;
	for (k = 0; k < nclusters; k++) {
		/*
		 * The cluster's best witness: a figure with its source, else
		 * a figure, else anything (a headline's "dozens", unattributed,
		 * says least of what the cluster holds).
		 */
		for (i = 0, j = n, best = -1; i < n; i++) {
			if (cl[i] != k || (w = witness(X, m[i])) <= best)
				continue;
			best = w;
			j = i;
		}
		if ((i = j) == n)
			continue;
		if ((d = describe(X->in[m[i]].c)) == NULL)
			goto fail;
		if (reason == NULL)
			r = util_printf("%s: %s", pre, d);
		else
			r = util_printf("%s%s%s", reason, joiner, d);
		free(d);
		free(reason);
		if ((reason = r) == NULL)
			goto fail;
	}
	if (X->set->n == X->capv) {
		ncap = X->capv == 0 ? 16 : X->capv * 2;
		nv = util_reallocarray(X->set->v, ncap, sizeof *nv);
		if (nv == NULL)
			goto fail;
		X->set->v = nv;
		X->capv = ncap;
	}
	c = &X->set->v[X->set->n];
	memset(c, 0, sizeof *c);
	c->kind = family(first->kind);
	c->reason = reason;
	reason = NULL;
	c->subject = util_strdup(subject);
	c->claims = calloc(n, sizeof *c->claims);
	X->set->n++;
	if (c->subject == NULL || c->claims == NULL)
		goto fail;
	for (i = 0; i < n; i++)
		c->claims[c->nclaims++] = X->in[m[i]].claim;
	if ((isl = calloc(n + 1, 1)) == NULL ||
	    (mask = calloc(n + 1, sizeof *mask)) == NULL ||
	    by_sentence(X, m, cl, n, isl, mask) != 0)
		goto fail;
	g.m = m;
	g.cl = cl;
	g.nclusters = nclusters;
	g.isl = isl;
	g.mask = mask;
	g.per_last = per_last;
	if (X->focus == 0) {
		for (j = 0; per_last && j < n; j++) {
			if (cl[j] != nclusters - 1)
				continue;
			for (i = 0, npairs = 0; i < n &&
			    npairs < PAIRS_PER_CONFLICT; i++)
				if (emit_pair(X, &g, i, j, &npairs) != 0)
					goto fail;
		}
		for (i = 0; !per_last && i < n && npairs < PAIRS_PER_CONFLICT;
		    i++)
			for (j = i + 1; j < n && npairs < PAIRS_PER_CONFLICT;
			    j++)
				if (emit_pair(X, &g, i, j, &npairs) != 0)
					goto fail;
	}
	/* the focus's sentences, each with the newest of the others */
	for (j = 0; X->focus != 0 && j < n; j++) {
		if (!in_focus(X, m[j]))
			continue;
		for (i = n, npairs = 0; i-- > 0 && npairs < PAIRS_PER_FOCUS;)
			if (i != j && emit_pair(X, &g, i, j, &npairs) != 0)
				goto fail;
	}
	free(mask);
	free(isl);
	free(pre);
	return 0;
fail:
	free(mask);
	free(isl);
	free(reason);
	free(pre);
	return -1;
}

/*
 * Cluster the members of one group; a conflict when two clusters.
 * Figures are clustered first and ranges ("dozens", "100 to 300") after
 * them, each joining the first cluster it agrees with: a wide range met
 * first must not make one cluster of two figures that disagree
 * ("dozens", then 47 and 81); so are times told more closely than by
 * their day (day_only()), and a time too loose to read ("next week")
 * last.  Members stay in input order.
 */
static int
do_group(struct ctx *X, const size_t *idx, size_t n)
{
	size_t	*m, *rep, *drep, i, nm = 0, k;
	int	*cl, *of, ncl = 0, rc = 0, pass, day;

	m = calloc(n, sizeof *m);
	cl = calloc(n, sizeof *cl);
	of = calloc(n, sizeof *of);
	rep = calloc(n, sizeof *rep);
	drep = calloc(n, sizeof *drep);
	if (m == NULL || cl == NULL || of == NULL || rep == NULL ||
	    drep == NULL) {
		rc = -1;
		goto out;
	}
	for (pass = 0; pass < 3; pass++) {
		for (i = 0; i < n; i++) {
			const struct claim	*c = X->in[idx[i]].c;

			if (pass == 0)
				of[i] = -1;
			if (c->kind == CLAIM_VENUE_DENIED ||
			    (!claim_kind_is_count(c->kind) && c->text == NULL))
				continue;
			if ((loose(X, idx[i]) ? 2 : ranged(c) ||
			    day_only(X, idx[i]) ? 1 : 0) != pass)
				continue;
			/* a day joins a cluster of a clock time only with
			 * the days it holds ("10:00" takes Tuesday, and then
			 * not Wednesday) */
			day = pass == 1 && day_only(X, idx[i]);
			for (k = 0; k < (size_t)ncl; k++)
				if (agree(X, rep[k], idx[i]) && (!day ||
				    drep[k] == SIZE_MAX ||
				    agree(X, drep[k], idx[i])))
					break;
			if (k == (size_t)ncl) {
				drep[ncl] = SIZE_MAX;
				rep[ncl++] = idx[i];
			}
			if (day && drep[k] == SIZE_MAX)
				drep[k] = idx[i];
			of[i] = (int)k;
		}
	}
	for (i = 0; i < n; i++) {
		if (of[i] < 0)
			continue;
		m[nm] = idx[i];
		cl[nm++] = of[i];
	}
	if (ncl >= 2)
		rc = add_conflict(X, m, cl, nm, ncl, _(" vs "), 0);
out:
	free(m);
	free(cl);
	free(of);
	free(rep);
	free(drep);
	return rc;
}

/* The event without its round: "talks (new round)" -> "talks". */
static size_t
base_len(const char *s)
{
	const char	*p = strstr(s, " (");

	return p != NULL ? (size_t)(p - s) : strlen(s);
}

static int
same_base(const char *a, const char *b)
{
	size_t	la = base_len(a), lb = base_len(b), i;

	if (la != lb)
		return 0;
	for (i = 0; i < la; i++)
		if (tolower((unsigned char)a[i]) !=
		    tolower((unsigned char)b[i]))
			return 0;
	return 1;
}

/*
 * One event under two names in a story.  A "conference", a "summit" or a
 * "signing" is another thing than the talks (talks_names), unless the story's
 * venues say they are one: a place given for the one is given for the
 * other ("a peace conference in X", "talks would open in X"), and no
 * third event has a venue in the story.  And a venue a party asks for
 * ("proposed talks", "talks proposed by P": claims-events.c) is that
 * party's side of a dispute when its article denies a venue of the event
 * (a place denied or none decided); an offer to host (P proposing P) is
 * a third party's.  Sets X->subj[] of those claims to
 * the talks', or the denial's, subject.
 */
static const char *const other_events[] = { "conference", "summit",
    "signing", NULL };
static const char merged_talks[] = TALKS;

/* Has the story's event e (ne bytes) been merged with its talks? */
static int
linked(const struct ctx *X, const size_t *v, size_t nv, long story,
    const char *e, size_t ne)
{
	size_t	k;

	for (k = 0; k < nv; k++)
		if (X->in[v[k]].story == story && X->subj[v[k]] ==
		    merged_talks && fold_ncmp(X->in[v[k]].c->subject,
		    strlen(X->in[v[k]].c->subject), e, ne) == 0)
			return 1;
	return 0;
}

/* The event venue subject s names, at *ev, and its length: past
 * "proposed " or before " proposed by ", its round set aside. */
static size_t
venue_event(const char *s, const char **ev)
{
	const char	*p;

	*ev = s;
	if (strncmp(s, "proposed ", 9) == 0) {
		*ev = s + 9;
		return base_len(s + 9);
	}
	if ((p = strstr(s, " proposed by ")) != NULL)
		return (size_t)(p - s);
	return base_len(s);
}

/* Is venue subject s (folded) the talks, one of other_events[] or a
 * proposal of one of them? */
static int
talks_like(const char *s)
{
	const char	*e;
	size_t		 ne, k;

	ne = venue_event(s, &e);
	if (fold_ncmp(e, ne, TALKS, strlen(TALKS)) == 0)
		return 1;
	for (k = 0; other_events[k] != NULL; k++)
		if (fold_ncmp(e, ne, other_events[k],
		    strlen(other_events[k])) == 0)
			return 1;
	return 0;
}

/* Does subject s (unfolded) name the event "talks" or "negotiations"? */
static int
talks_named(const char *s)
{
	size_t	n = base_len(s);

	return fold_ncmp(s, n, TALKS, strlen(TALKS)) == 0 ||
	    fold_ncmp(s, n, "negotiations", 12) == 0;
}

static int
is_proposal(const char *s)
{
	return strncmp(s, "proposed ", 9) == 0 ||
	    strstr(s, " proposed by ") != NULL;
}

static int
venue_merge(struct ctx *X, size_t n)
{
	size_t		*v, nv = 0, i, j, k, ne, le;
	const char	*e, *other;
	long		 story;
	int		 ok;

	for (i = 0; i < n; i++)
		if (family(X->in[i].c->kind) == CLAIM_VENUE &&
		    X->subj[i] != NULL && X->in[i].c->text != NULL)
			nv++;
	if (nv < 2)
		return 0;
	if ((v = calloc(nv, sizeof *v)) == NULL)
		return -1;
	for (nv = 0, i = 0; i < n; i++)
		if (family(X->in[i].c->kind) == CLAIM_VENUE &&
		    X->subj[i] != NULL && X->in[i].c->text != NULL)
			v[nv++] = i;
	/* a conference whose place the talks share, in a story of two */
	for (i = 0; i < nv; i++) {
		story = X->in[v[i]].story;
		for (k = 0; other_events[k] != NULL; k++)
			if (fold_cmp(X->subj[v[i]], other_events[k]) == 0)
				break;
		if ((other = other_events[k]) == NULL)
			continue;
		ok = 0;
		for (j = 0; j < nv; j++) {
			if (X->in[v[j]].story != story || is_proposal(
			    X->subj[v[j]]) || strncmp(X->subj[v[j]],
			    "earlier ", 8) == 0)
				continue;
			le = base_len(X->subj[v[j]]);
			if (fold_ncmp(X->subj[v[j]], le, TALKS,
			    strlen(TALKS)) == 0) {
				/* by the name "talks" itself: a "meeting"
				 * may be the conference's own gathering */
				if (X->in[v[j]].c->kind == CLAIM_VENUE &&
				    talks_named(X->in[v[j]].c->subject) &&
				    X->in[v[i]].c->kind == CLAIM_VENUE &&
				    agree(X, v[i], v[j]))
					ok |= 1;
			} else if (fold_ncmp(X->subj[v[j]], le, other,
			    strlen(other)) != 0)
				ok |= 2;	/* a third event */
		}
		if (ok != 1)
			continue;
		for (j = 0; j < nv; j++)
			if (X->in[v[j]].story == story &&
			    fold_cmp(X->subj[v[j]], other) == 0)
				X->subj[v[j]] = merged_talks;
	}
	/* a proposal in a story that denies the event's venue; not an
	 * offer to host ("talks proposed by Vale" of Vale), a third party's */
	for (i = 0; i < nv; i++) {
		if (!is_proposal(X->subj[v[i]]) || ((e = strstr(X->subj[v[i]],
		    " proposed by ")) != NULL && fold_cmp(e + 13,
		    X->in[v[i]].c->text) == 0))
			continue;
		story = X->in[v[i]].story;
		ne = venue_event(X->subj[v[i]], &e);
		for (j = 0; j < nv; j++) {
			if (X->in[v[j]].article != X->in[v[i]].article ||
			    X->in[v[j]].c->kind != CLAIM_VENUE_DENIED ||
			    is_proposal(X->subj[v[j]]))
				continue;
			le = base_len(X->subj[v[j]]);
			if (fold_ncmp(X->subj[v[j]], le, e, ne) == 0 ||
			    (fold_ncmp(X->subj[v[j]], le, TALKS,
			    strlen(TALKS)) == 0 && linked(X, v, nv, story,
			    e, ne)))
				break;
		}
		if (j < nv)
			X->subj[v[i]] = X->subj[v[j]];
	}
	free(v);
	return 0;
}

int
conflict_related(enum claim_kind ka, const char *sa, enum claim_kind kb,
    const char *sb)
{
	char		 ba[256], bb[256], fa[256], fb[256];
	const char	*ha, *hb;
	size_t		 na, nb;
	int		 side, xa, xb;

	if (family(ka) != family(kb))
		return 0;
	if (sa == NULL || sb == NULL)
		return sa == sb;
	/* "the accident" may be the story's incident
	 * (incident_times_unify()) */
	if (ka == CLAIM_TIME && (xa = claims_incident_kind(sa)) != 0 &&
	    (xb = claims_incident_kind(sb)) != 0 && xa != xb)
		return 1;
	sa = subject_fold(ka, sa, fa, sizeof fa);
	sb = subject_fold(kb, sb, fb, sizeof fb);
	/* venue_merge() may make one event of a story's talks, its
	 * conference and the venues parties propose for them */
	if (family(ka) == CLAIM_VENUE && talks_like(sa) && talks_like(sb))
		return 1;
	na = subject_head(ka, sa, ba, sizeof ba, &ha, &side);
	nb = subject_head(kb, sb, bb, sizeof bb, &hb, &side);
	return fold_ncmp(ha, na, hb, nb) == 0;
}

/* Whether claim i is a claim of kind with a text about the event of claim
 * d, in d's story (the round set aside). */
static int
of_event(const struct ctx *X, size_t i, size_t d, enum claim_kind kind)
{
	const struct conflict_in	*c = &X->in[i];

	/* a place a party proposes that venue_merge() left apart (a third
	 * party's call) is no venue of the event a denial speaks of */
	return c->c->kind == kind && c->story == X->in[d].story &&
	    c->c->text != NULL && same_base(X->subj[i], X->subj[d]) &&
	    !(kind == CLAIM_VENUE && is_proposal(X->subj[i]));
}

/*
 * Denial d and the later denials not yet done of the same event that say
 * what it says (that no venue is decided, when undecided; else the same
 * place) into m[*nm ...) with cluster number cluster; marks them in done[].
 */
static void
take_denials(struct ctx *X, size_t d, size_t n, unsigned char *done,
    int undecided, size_t *m, int *cl, size_t *nm, int cluster)
{
	size_t	i;

	for (i = d; i < n; i++) {
		if (i != d && (done[i] ||
		    !of_event(X, i, d, CLAIM_VENUE_DENIED) || (undecided ?
		    strcmp(X->in[i].c->text, CLAIM_VENUE_UNDECIDED) != 0 :
		    !agree(X, i, d))))
			continue;
		done[i] = 1;
		m[*nm] = i;
		cl[(*nm)++] = cluster;
	}
}

/*
 * The denials that no venue is decided (CLAIM_VENUE_UNDECIDED): denial d
 * and the later ones of the same event (the round set aside) make one
 * conflict with every venue of their story's event, whatever its place:
 * a cluster for each place, the denials last, each paired with each
 * venue.  Marks its denials in done[].
 */
static int
do_undecided(struct ctx *X, size_t d, size_t n, unsigned char *done)
{
	size_t	*m, i, k, nm = 0;
	int	*cl, ncl = 0, rc = 0;

	m = calloc(n + 1, sizeof *m);
	cl = calloc(n + 1, sizeof *cl);
	if (m == NULL || cl == NULL) {
		free(m);
		free(cl);
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (!of_event(X, i, d, CLAIM_VENUE))
			continue;
		for (k = 0; k < nm; k++)
			if (agree(X, m[k], i))
				break;
		cl[nm] = k < nm ? cl[k] : ncl++;
		m[nm++] = i;
	}
	if (nm > 0) {
		take_denials(X, d, n, done, 1, m, cl, &nm, ncl);
		rc = add_conflict(X, m, cl, nm, ncl + 1, _(" vs "), 1);
	}
	free(m);
	free(cl);
	return rc;
}

/*
 * The denials of one place: denial d and the later ones not yet done
 * that deny the same place for the same event (the round set aside)
 * make one conflict with the venues of their story that name it, however
 * many articles repeat the denial (one conflict each made a long story
 * hold hundreds of copies of one dispute).  Marks its denials in done[].
 */
static int
do_denial(struct ctx *X, size_t d, size_t n, unsigned char *done)
{
	const struct conflict_in	*dn = &X->in[d];
	size_t				*m, i, nm = 0;
	int				*cl, rc = 0;

	done[d] = 1;
	if (dn->c->text == NULL)
		return 0;
	if (strcmp(dn->c->text, CLAIM_VENUE_UNDECIDED) == 0)
		return do_undecided(X, d, n, done);
	m = calloc(n + 1, sizeof *m);
	cl = calloc(n + 1, sizeof *cl);
	if (m == NULL || cl == NULL) {
		free(m);
		free(cl);
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (!of_event(X, i, d, CLAIM_VENUE) || !agree(X, i, d))
			continue;
		m[nm] = i;
		cl[nm++] = 0;
	}
	if (nm > 0) {
		take_denials(X, d, n, done, 0, m, cl, &nm, 1);
		rc = add_conflict(X, m, cl, nm, 2, _(" denied by "), 1);
	}
	free(m);
	free(cl);
	return rc;
}

/*
 * Whether one of the n slots from sl (of one head) is a count in a
 * country ("people in Tavland": the place is a country of the demonyms
 * table) beside a count in a place that is none, when n > 1; or, when
 * n == 1, whether slot sl is a count in a country.
 */
static int
country_place(const struct slot *sl, size_t n)
{
	const struct entities	*e;
	const char		*p, *c;
	size_t			 k;
	int			 country = 0, other = 0;

	if ((e = entities_default()) == NULL ||
	    !claim_kind_is_count(sl->p->c->kind))
		return 0;
	for (k = 0; k < n; k++) {
		if (!sl[k].qual || sl[k].subj == NULL ||
		    (p = strstr(sl[k].subj, " in ")) == NULL)
			continue;
		p += 4;
		if ((c = entities_country_form(e, p, strlen(p))) != NULL &&
		    strcasecmp(c, p) == 0)
			country = 1;
		else
			other = 1;
	}
	return n == 1 ? country : country && other;
}

/*
 * The side a role's subject names ("Tavlandic" in "head of Tavlandic
 * delegation"), as a key written into buf (cap bytes): the country of
 * the demonyms table when it knows the word, else the folded word with
 * a demonym's ending and a final vowel taken off, so that a country and
 * its adjective give one key ("Tavlanda", "Tavlandese": "tavland").
 * Returns 0 when s names no side.
 */
static int
role_side_key(const char *s, char *buf, size_t cap)
{
	static const char *const ends[] = { "ese", "ian", "ean", "ans",
	    "an", "is", "i", "ish", NULL };
	const struct entities	*e;
	const char		*c;
	size_t			 n = head_len(CLAIM_ROLE, s), k, l, m;

	if (s == NULL || n <= 8 || strncasecmp(s, "head of ", 8) != 0)
		return 0;
	for (k = n; k > 8 && s[k - 1] != ' '; k--)
		;
	if (k <= 8 || k - 1 - 8 >= cap)
		return 0;
	l = k - 1 - 8;		/* the side: s[8, 8 + l) */
	if (l >= 2 && s[8 + l - 2] == '\'' &&
	    tolower((unsigned char)s[8 + l - 1]) == 's')
		l -= 2;		/* "Tavland's" */
	if ((e = entities_default()) != NULL &&
	    (c = entities_country_form(e, s + 8, l)) != NULL) {
		snprintf(buf, cap, "%s", c);
		return 1;
	}
	for (m = 0; m < l; m++)
		buf[m] = (char)tolower((unsigned char)s[8 + m]);
	buf[l] = '\0';
	/* every ending, as long as one goes ("Varkhadani", "Varkhadan":
	 * "varkhad") */
	for (m = 0; ends[m] != NULL; m++) {
		k = strlen(ends[m]);
		if (l >= k + 4 && strncmp(buf + l - k, ends[m], k) == 0) {
			l -= k;
			m = (size_t)-1;
		}
	}
	if (l > 4 && strchr("aeiouy", buf[l - 1]) != NULL)
		l--;
	buf[l] = '\0';
	return 1;
}

/*
 * Roles of one story that name one side in two forms ("head of Tavlanda
 * delegation", "head of Tavlandese delegation") take the first one's
 * subject, so that they make one group: the roles are sorted by story,
 * side key and head (the word after the side), in input order within
 * each, and each takes the subject of the first of its run (a story's
 * thousand roles cost n log n, not a comparison of every two).
 */
struct sidekey {
	size_t		 i;
	long		 story;
	const char	*head;		/* the subject's last word */
	char		 key[64];
};

static int
cmp_sidekey(const void *va, const void *vb)
{
	const struct sidekey	*a = va, *b = vb;
	int			 r;

	if (a->story != b->story)
		return a->story < b->story ? -1 : 1;
	if ((r = strcmp(a->key, b->key)) != 0)
		return r;
	if ((r = fold_cmp(a->head, b->head)) != 0)
		return r;
	return (a->i > b->i) - (a->i < b->i);
}

static int
role_sides_unify(struct ctx *X, struct slot *sl, size_t n)
{
	struct sidekey	*v;
	size_t		 i, j, k, nv = 0;

	for (i = 0, k = 0; i < n; i++)
		k += family(X->in[i].c->kind) == CLAIM_ROLE;
	if (k < 2)
		return 0;
	if ((v = calloc(k, sizeof *v)) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		if (family(X->in[i].c->kind) != CLAIM_ROLE ||
		    !role_side_key(X->subj[i], v[nv].key, sizeof v[nv].key))
			continue;
		v[nv].i = i;
		v[nv].story = X->in[i].story;
		v[nv].head = strrchr(X->subj[i], ' ');
		nv++;
	}
	qsort(v, nv, sizeof *v, cmp_sidekey);
	for (i = 0; i < nv; i = j) {
		for (j = i + 1; j < nv && v[j].story == v[i].story &&
		    strcmp(v[j].key, v[i].key) == 0 &&
		    fold_cmp(v[j].head, v[i].head) == 0; j++) {
			k = v[j].i;
			if (fold_cmp(X->subj[k], X->subj[v[i].i]) != 0)
				X->subj[k] = sl[k].subj = X->subj[v[i].i];
		}
	}
	free(v);
	return 0;
}

/*
 * The side of a role without one, slot k, among the slots [i, j) of its
 * head that name several: the subject of the located roles that name its
 * person, when they name one side; else of the located roles its person
 * is the source of ("the Tavland delegation will be led by X, Y said":
 * Y speaks for Tavland), when they name one side; else of the located
 * roles of its article, when they name one side; else NULL.
 */
static const char *
role_side(const struct ctx *X, const struct slot *sl, size_t i, size_t j,
    size_t k)
{
	const struct conflict_in	*a = sl[k].p;
	const struct facts		*fa = &X->f[sl[k].i], *fb;
	const char			*one;
	size_t				 m;
	int				 pass;

	if (a->c->text == NULL)
		return NULL;
	for (pass = 0; pass < 3; pass++) {
		one = NULL;
		for (m = i; m < j; m++) {
			const struct conflict_in	*b = sl[m].p;

			if (!located(&sl[m]) || b->c->text == NULL)
				continue;
			fb = &X->f[sl[m].i];
			if (pass == 0 && !persons_match(a->c->text, fa->w,
			    fa->nw, b->c->text, fb->w, fb->nw))
				continue;
			/* who tells a side's head is of that side */
			if (pass == 1 && (b->c->source == NULL ||
			    !conflict_same_person(a->c->text, b->c->source)))
				continue;
			if (pass == 2 && b->article != a->article)
				continue;
			if (one == NULL)
				one = sl[m].subj;
			else if (fold_cmp(one, sl[m].subj) != 0)
				return NULL;
		}
		if (one != NULL)
			return one;
	}
	return NULL;
}

static int
cmp_long(const void *a, const void *b)
{
	long	x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/*
 * A venue conflict whose claims are all in another venue conflict (the
 * places in dispute, then the same places and the denial that nothing is
 * agreed) is that one told twice: it is dropped (the first of two equal
 * ones is kept).  Its sentence pairs stay.
 */
static int
drop_contained(struct conflict_set *set)
{
	long	**sorted;
	size_t	  i, j, k, nv = set->n;
	unsigned char *drop;

	for (i = k = 0; i < nv; i++)
		k += set->v[i].kind == CLAIM_VENUE;
	if (k < 2)
		return 0;
	sorted = calloc(nv, sizeof *sorted);
	drop = calloc(nv, 1);
	if (sorted == NULL || drop == NULL)
		goto fail;
	for (i = 0; i < nv; i++) {
		if (set->v[i].kind != CLAIM_VENUE || set->v[i].nclaims == 0)
			continue;
		sorted[i] = calloc(set->v[i].nclaims, sizeof **sorted);
		if (sorted[i] == NULL)
			goto fail;
		memcpy(sorted[i], set->v[i].claims,
		    set->v[i].nclaims * sizeof **sorted);
		qsort(sorted[i], set->v[i].nclaims, sizeof **sorted,
		    cmp_long);
	}
	for (i = 0; i < nv; i++) {
		for (j = 0; sorted[i] != NULL && j < nv; j++) {
			if (j == i || sorted[j] == NULL || drop[j] ||
			    set->v[j].nclaims < set->v[i].nclaims ||
			    (set->v[j].nclaims == set->v[i].nclaims && j > i))
				continue;
			for (k = 0; k < set->v[i].nclaims; k++)
				if (bsearch(&sorted[i][k], sorted[j],
				    set->v[j].nclaims, sizeof **sorted,
				    cmp_long) == NULL)
					break;
			if (k == set->v[i].nclaims) {
				drop[i] = 1;
				break;
			}
		}
	}
	for (i = k = 0; i < nv; i++) {
		if (drop[i]) {
			free(set->v[i].subject);
			free(set->v[i].claims);
			free(set->v[i].reason);
			continue;
		}
		set->v[k++] = set->v[i];
	}
	set->n = k;
	for (i = 0; i < nv; i++)
		free(sorted[i]);
	free(sorted);
	free(drop);
	return 0;
fail:
	for (i = 0; sorted != NULL && i < nv; i++)
		free(sorted[i]);
	free(sorted);
	free(drop);
	return -1;
}

/*
 * A time of "the accident" (the incident, the disaster, the tragedy) is
 * the time of the story's one incident when the story's times name only
 * one ("the collapse took place at 03:15", "the accident occurred at
 * 3:15"): subj[i] (and its slot's, sl[i] being in[i]'s) points at that
 * incident's subject.
 */
static void
incident_times_unify(struct ctx *X, struct slot *sl, size_t n)
{
	const char	*one = NULL;
	size_t		 i;
	long		 story = 0;

	for (i = 0; i < n; i++) {
		if (X->in[i].c->kind != CLAIM_TIME ||
		    claims_incident_kind(X->subj[i]) != CLAIMS_INCIDENT)
			continue;
		if (one != NULL && (X->in[i].story != story ||
		    strcasecmp(one, X->subj[i]) != 0))
			return;		/* two incidents, or two stories */
		one = X->subj[i];
		story = X->in[i].story;
	}
	for (i = 0; one != NULL && i < n; i++)
		if (X->in[i].c->kind == CLAIM_TIME &&
		    X->in[i].story == story &&
		    claims_incident_kind(X->subj[i]) == CLAIMS_INCIDENT_ANY)
			X->subj[i] = sl[i].subj = one;
}

int
conflict_find(const struct conflict_in *in, size_t n, long focus,
    struct conflict_set **out, char **cause)
{
	struct ctx	 X;
	struct slot	*sl = NULL;
	size_t		*idx = NULL, i, j, k;
	char		**made = NULL;	/* group subjects made here */
	unsigned char	*done = NULL;	/* denials in a conflict */
	char		**heads = NULL;	/* roles' heads made here */
	char		**folded = NULL; /* subject_fold()'s subjects */
	unsigned char	*alone = NULL;	/* roles no side takes */
	char		 buf[256];
	int		 side;
	const char	*one;
	int		 several, pass;

	*out = NULL;
	memset(&X, 0, sizeof X);
	X.in = in;
	X.focus = focus;
	if ((X.set = calloc(1, sizeof *X.set)) == NULL)
		goto oom;
	if (n == 0) {
		*out = X.set;
		return 0;
	}
	if ((idx = calloc(n, sizeof *idx)) == NULL ||
	    (sl = calloc(n, sizeof *sl)) == NULL ||
	    (X.subj = calloc(n, sizeof *X.subj)) == NULL ||
	    (X.f = calloc(n, sizeof *X.f)) == NULL ||
	    (made = calloc(n, sizeof *made)) == NULL ||
	    (heads = calloc(n, sizeof *heads)) == NULL ||
	    (folded = calloc(n, sizeof *folded)) == NULL ||
	    (alone = calloc(n, 1)) == NULL)
		goto oom;
	for (i = 0; i < n; i++) {
		if (facts_fill(&X, i) != 0)
			goto oom;
		sl[i].p = &in[i];
		sl[i].i = i;
		sl[i].subj = X.subj[i] = subject_fold(in[i].c->kind,
		    in[i].c->subject, buf, sizeof buf);
		if (sl[i].subj == buf) {
			if ((folded[i] = util_strdup(buf)) == NULL)
				goto oom;
			sl[i].subj = X.subj[i] = folded[i];
		}
		sl[i].head = subject_head(in[i].c->kind, sl[i].subj, buf,
		    sizeof buf, &sl[i].hs, &side);
		sl[i].qual = side || (sl[i].subj != NULL &&
		    sl[i].subj[head_len(in[i].c->kind, sl[i].subj)] != '\0');
		if (side) {
			if ((heads[i] = util_strdup(buf)) == NULL)
				goto oom;
			sl[i].hs = heads[i];
		}
	}
	if (facts_place_story(&X, n) != 0)
		goto oom;
	incident_times_unify(&X, sl, n);
	if (role_sides_unify(&X, sl, n) != 0)
		goto oom;
	/* A claim without a qualifier joins the one qualifier of its head. */
	qsort(sl, n, sizeof *sl, cmp_slot_head);
	for (i = 0; i < n; i = j) {
		one = NULL;
		several = 0;
		for (j = i; j < n && same_head(&sl[i], &sl[j]); j++)
			;
		/* a country beside a place the table does not know is the
		 * wider background ("hundreds in Tavland every year"): the
		 * place is the story's, if it is the only other one */
		for (pass = country_place(&sl[i], j - i) ? 1 : 0; pass >= 0 &&
		    one == NULL; pass--) {
			for (k = i; k < j; k++) {
				if (!located(&sl[k]) || (pass &&
				    country_place(&sl[k], 1)))
					continue;
				if (one == NULL)
					one = sl[k].subj;
				else if (fold_cmp(one, sl[k].subj) != 0)
					several = 1;
			}
		}
		if (one != NULL && several && family(sl[i].p->c->kind) ==
		    CLAIM_ROLE) {
			for (k = i; k < j; k++) {
				const char	*sd;

				if (sl[k].subj == NULL || located(&sl[k]))
					continue;
				if ((sd = role_side(&X, sl, i, j, k)) == NULL) {
					alone[sl[k].i] = 1;
					continue;
				}
				if ((made[sl[k].i] = util_strdup(sd)) == NULL)
					goto oom;
				X.subj[sl[k].i] = made[sl[k].i];
			}
			continue;
		}
		if (one == NULL || several)
			continue;
		for (k = i; k < j; k++) {
			if (sl[k].subj == NULL || located(&sl[k]))
				continue;
			/* "people" and " in Sararith"; a role takes the side */
			made[sl[k].i] = family(sl[k].p->c->kind) == CLAIM_ROLE ?
			    util_strdup(one) : util_printf("%.*s%s",
			    (int)sl[k].head, sl[k].subj,
			    one + head_len(sl[k].p->c->kind, one));
			if (made[sl[k].i] == NULL)
				goto oom;
			X.subj[sl[k].i] = made[sl[k].i];
		}
	}
	if (venue_merge(&X, n) != 0)
		goto oom;
	for (i = 0; i < n; i++)
		sl[i].subj = X.subj[sl[i].i];
	qsort(sl, n, sizeof *sl, cmp_slot);
	for (i = 0; i < n; i++)
		idx[i] = sl[i].i;
	free(sl);
	sl = NULL;
	for (i = 0; i < n; i = j) {
		/* a role no side takes is in no group but its own: the
		 * others of its subject in the story stand alone too */
		for (j = i + 1; j < n && !alone[idx[i]] &&
		    in[idx[j]].story == in[idx[i]].story &&
		    family(in[idx[j]].c->kind) == family(in[idx[i]].c->kind) &&
		    same_subject(X.subj[idx[j]], X.subj[idx[i]]); j++)
			;
		if (do_group(&X, idx + i, j - i) != 0)
			goto oom;
	}
	if ((done = calloc(n, 1)) == NULL)
		goto oom;
	for (i = 0; i < n; i++)
		if (in[i].c->kind == CLAIM_VENUE_DENIED && !done[i] &&
		    do_denial(&X, i, n, done) != 0)
			goto oom;
	if (drop_contained(X.set) != 0)
		goto oom;
	free(idx);
	free(done);
	free(alone);
	for (i = 0; i < n; i++) {
		free(made[i]);
		free(heads[i]);
		free(folded[i]);
	}
	free(made);
	free(heads);
	free(folded);
	free(X.subj);
	facts_free(X.f, n);
	pairset_clear(&X.seen);
	*out = X.set;
	return 0;
oom:
	free(sl);
	free(idx);
	free(done);
	free(alone);
	for (i = 0; made != NULL && i < n; i++)
		free(made[i]);
	for (i = 0; heads != NULL && i < n; i++)
		free(heads[i]);
	for (i = 0; folded != NULL && i < n; i++)
		free(folded[i]);
	free(made);
	free(heads);
	free(folded);
	free(X.subj);
	facts_free(X.f, n);
	pairset_clear(&X.seen);
	conflict_free(X.set);
	util_cause(cause, "%s", strerror(ENOMEM));
	return -1;
}

void
conflict_free(struct conflict_set *s)
{
	size_t	i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++) {
		free(s->v[i].subject);
		free(s->v[i].claims);
		free(s->v[i].reason);
	}
	free(s->v);
	free(s->pairs);
	free(s);
}
