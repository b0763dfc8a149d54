/*
 * claims-tok.c: a sentence cut into tokens, and predicates on tokens.
 *
 * Each sentence is cut into tokens: words (letters and digits with inner
 * hyphens and apostrophes; a possessive "'s" is a token of its own),
 * figures (one token per figure that numbers_scan() reports, hedge words
 * staying separate words before it) and single punctuation marks, with the
 * quotation depth of every token.  Every word token carries word_hash() of
 * its lower-case text, which the index of a word list (struct wordset,
 * built by tok_index() when the program is loaded) is keyed by.  The
 * predicates take any index: past the last token they are false.  The two
 * the rules call most, tok_word() and tok_in_list(), are inline in
 * claims-int.h.
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "numbers.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <unictype.h>

/* FNV-1a of n bytes: the key of wordset slots. */
static uint32_t
word_hash(const char *w, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		k;

	for (k = 0; k < n; k++)
		h = (h ^ (unsigned char)w[k]) * 16777619u;
	return h;
}

/*
 * Build the index of a list: run once for each list, by the constructor
 * LIST() gives it, before anything reads the list.
 */
void
tok_index(struct wordset *ws)
{
	size_t	n, i, k;

	for (n = 0; ws->words[n] != NULL; n++)
		;
	if (n > WS_MAX) {
		ws->index = -1;
		return;
	}
	for (i = 0; i < n; i++) {
		k = word_hash(ws->words[i], strlen(ws->words[i])) %
		    WS_SLOTS;
		while (ws->slot[k] != 0)
			k = (k + 1) % WS_SLOTS;
		ws->slot[k] = (unsigned short)(i + 1);
	}
	ws->index = 1;
}

/* Whether token i is one of the words of a NULL-terminated array. */
int
tok_in_words(const struct sent *st, size_t i, const char *const *list)
{
	const char	*w;
	size_t		 n;

	if (i >= st->n || st->t[i].type == TP)
		return 0;
	w = st->low + st->t[i].s;
	n = st->t[i].e - st->t[i].s;
	for (; *list != NULL; list++)
		if ((*list)[0] == w[0] && tok_same_word(w, n, *list))
			return 1;
	return 0;
}


/*
 * The kind of the first of the n keywords of k that token i is, or -1:
 * the token's text found once, each keyword's first byte tried first.
 */
int
tok_kw_find(const struct sent *st, size_t i, const struct kw *k, size_t n)
{
	const char	*w;
	size_t		 len, j;

	if (i >= st->n || st->t[i].type == TP)
		return -1;
	w = st->low + st->t[i].s;
	len = st->t[i].e - st->t[i].s;
	for (j = 0; j < n; j++)
		if (k[j].word[0] == w[0] && tok_same_word(w, len, k[j].word))
			return (int)k[j].kind;
	return -1;
}

int
tok_punct(const struct sent *st, size_t i, unsigned int cp)
{
	return i < st->n && st->t[i].type == TP && st->t[i].cp == cp;
}

int
tok_comma(const struct sent *st, size_t i)
{
	return tok_punct(st, i, ',');
}

/* Whether the n letters at w (lower case) abbreviate a month: "dec". */
static int
month_abbrev(const char *w, size_t n)
{
	static const char *const abbrevs[] = { "jan", "feb", "mar", "apr",
	    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", NULL };
	size_t	k;

	for (k = 0; abbrevs[k] != NULL; k++)
		if (strlen(abbrevs[k]) == n && memcmp(abbrevs[k], w, n) == 0)
			return 1;
	return 0;
}

static int
is_quote_cp(unsigned int cp)
{
	return cp == '"' || cp == 0x201c || cp == 0x201d || cp == 0xab ||
	    cp == 0xbb || cp == 0x201e;
}

int
tok_quote(const struct sent *st, size_t i)
{
	return i < st->n && st->t[i].type == TP && is_quote_cp(st->t[i].cp);
}

/*
 * Is token i a word of five letters or more ending in "ly", an adverb
 * ("preemptively", "seriously"; not "fly", "only")?
 */
int
tok_ly_adverb(const struct sent *st, size_t i)
{
	return i < st->n && st->t[i].type == TW && st->t[i].e - st->t[i].s >
	    4 && memcmp(st->low + st->t[i].e - 2, "ly", 2) == 0;
}

/* Does any token of the sentence belong to the list? */
int
tok_any_in_list(const struct sent *st, struct wordset *ws)
{
	size_t	k;

	for (k = 0; k < st->n; k++)
		if (tok_in_list(st, k, ws))
			return 1;
	return 0;
}

int
tok_possessive(const struct sent *st, size_t i)
{
	return tok_word(st, i, "'s") || tok_word(st, i, "\xe2\x80\x99s") ||
	    tok_punct(st, i, '\'') || tok_punct(st, i, 0x2019);
}

/*
 * Whether token i is a full stop inside an abbreviation of single capitals
 * ("U.S.", "U.N."): glued to a capital letter before it, and either glued
 * to another one after it or the last stop of such a chain.
 */
int
tok_abbrev_dot(const struct sent *st, size_t i)
{
	if (!tok_punct(st, i, '.') || i == 0 || st->t[i - 1].type != TW ||
	    !st->t[i - 1].cap || st->t[i - 1].e - st->t[i - 1].s != 1 ||
	    st->t[i].s != st->t[i - 1].e)
		return 0;
	if (i + 1 < st->n && st->t[i + 1].type == TW && st->t[i + 1].cap &&
	    st->t[i + 1].e - st->t[i + 1].s == 1 &&
	    st->t[i + 1].s == st->t[i].e)
		return 1;
	return i >= 2 && tok_punct(st, i - 2, '.') &&
	    st->t[i - 2].e == st->t[i - 1].s;
}

/* A capitalised word that may start or continue a name. */
int
tok_capword(const struct sent *st, size_t i)
{
	return i < st->n && st->t[i].type == TW && st->t[i].cap &&
	    !tok_in_list(st, i, words_stop_caps);
}

/*
 * Lower-case particles inside names: "Nour al-Din Haddad", "Ludwig van
 * Berg", "Idris bin Salem".
 */
LIST(name_particles, "al", "el", "ad", "ash", "bin", "ibn", "abu", "ben",
    "ould", "van", "von", "de", "da", "del", "della", "di", "du", "der",
    "den", "dos", "das", "la", "le", "ter", "ten", "zu");

/*
 * A particle that continues a name after a capitalised word at i - 1:
 * a particle before another capitalised word ("bin Salem"), or a particle
 * glued by a hyphen to a capital ("al-Rashid", "el-Din").
 */
int
tok_particle(const struct sent *st, size_t i)
{
	size_t	h, n;
	char	c;

	if (i == 0 || i >= st->n || st->t[i].type != TW || st->t[i].cap ||
	    !tok_capword(st, i - 1))
		return 0;
	if (tok_in_list(st, i, name_particles))
		return tok_capword(st, i + 1);
	for (h = st->t[i].s; h < st->t[i].e && st->s[h] != '-'; h++)
		;
	n = h - st->t[i].s;
	if (h + 1 >= st->t[i].e || n == 0 || n > 4)
		return 0;
	c = st->s[h + 1];
	if (c < 'A' || c > 'Z')
		return 0;
	{
		size_t	k;

		for (k = 0; name_particles_words[k] != NULL; k++)
			if (tok_same_word(st->low + st->t[i].s, n,
			    name_particles_words[k]))
				return 1;
	}
	return 0;
}

/* A word of a name after its first: capitalised, or a particle. */
int
tok_nameword(const struct sent *st, size_t i)
{
	return tok_capword(st, i) || tok_particle(st, i);
}

static int
is_space(unsigned int cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == 0xa0 || cp == 0x202f || (cp >= 0x2000 && cp <= 0x200b);
}

static int
is_letter(unsigned int cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	return !(cp >= 0x2000 && cp <= 0x206f) && cp != 0xab && cp != 0xbb &&
	    !(cp >= 0x20a0 && cp <= 0x20cf) && cp != 0xa0 && cp != 0xb7 &&
	    cp != 0xfffd && !(cp >= 0x3000 && cp <= 0x303f);
}

static int
tok_push(struct sent *st, size_t *cap, const struct tk *t)
{
	struct tk	*nt;

	if (st->n == *cap) {
		*cap = *cap == 0 ? 64 : *cap * 2;
		if ((nt = util_reallocarray(st->t, *cap, sizeof *nt)) == NULL)
			return -1;
		st->t = nt;
	}
	st->t[st->n] = *t;
	if (t->type != TP)
		st->t[st->n].hash = word_hash(st->low + t->s, t->e - t->s);
	st->n++;
	return 0;
}

int
tok_split(struct sent *st, int quote_open)
{
	const char	*s = st->s;
	size_t		 len = st->len, p = 0, q, cap = 0, k;
	long		 f = 0;
	unsigned int	 cp, c2;
	struct tk	 t;
	int		 depth = quote_open ? 1 : 0;

	if ((st->low = util_strndup(s, len)) == NULL)
		return -1;
	for (k = 0; k < len; k++)
		if (st->low[k] >= 'A' && st->low[k] <= 'Z')
			st->low[k] = (char)(st->low[k] - 'A' + 'a');
	st->nnums = numbers_scan(s, len, &st->nums);
	if (st->nnums < 0)
		return -1;
	while (p < len) {
		while (f < st->nnums && st->nums[f].start < p)
			f++;
		memset(&t, 0, sizeof t);
		t.s = p;
		t.quote = depth;
		if (f < st->nnums && st->nums[f].start == p) {
			t.type = TN;
			t.num = &st->nums[f];
			t.e = st->nums[f].end;
			p = t.e;
			f++;
			if (tok_push(st, &cap, &t) != 0)
				return -1;
			continue;
		}
		q = p;
		cp = text_next(s, len, &q);
		if (is_space(cp)) {
			p = q;
			continue;
		}
		if (is_letter(cp)) {
			t.type = TW;
			t.cap = (cp >= 'A' && cp <= 'Z') ||
			    (cp >= 0x80 && uc_is_upper(cp));
			p = q;
			while (p < len) {
				if (f < st->nnums && st->nums[f].start == p)
					break;
				q = p;
				c2 = text_next(s, len, &q);
				if (is_letter(c2)) {
					p = q;
					continue;
				}
				if ((c2 == '-' || c2 == 0x2010) && q < len &&
				    is_letter((unsigned char)s[q] < 0x80 ?
				    (unsigned char)s[q] : 0x100)) {
					p = q;
					continue;
				}
				if ((c2 == '\'' || c2 == 0x2019) && q < len &&
				    is_letter((unsigned char)s[q]) &&
				    !((s[q] == 's' || s[q] == 'S') &&
				    (q + 1 >= len ||
				    !is_letter((unsigned char)s[q + 1])))) {
					p = q;
					continue;
				}
				break;
			}
			/* "Dec. 8": the point of a month's abbreviation
			 * before its day is the word's (words_months) */
			if (p + 1 < len && s[p] == '.' &&
			    month_abbrev(st->low + t.s, p - t.s)) {
				for (q = p + 1; q < len && s[q] == ' '; q++)
					;
				if (q < len && s[q] >= '0' && s[q] <= '9')
					p++;
			}
			t.e = p;
		} else if ((cp == '\'' || cp == 0x2019) && q < len &&
		    (s[q] == 's' || s[q] == 'S') && (q + 1 >= len ||
		    !is_letter((unsigned char)s[q + 1])) && st->n > 0 &&
		    st->t[st->n - 1].e == p) {
			t.type = TW;
			t.e = q + 1;
			p = t.e;
		} else {
			t.type = TP;
			t.cp = cp;
			t.e = q;
			p = q;
			if (cp == 0x201c || cp == 0xab || cp == 0x201e ||
			    (cp == '"' && depth == 0)) {
				depth++;
				t.quote = depth;
				t.opens = 1;
			} else if (is_quote_cp(cp) && depth > 0)
				depth--;
		}
		if (tok_push(st, &cap, &t) != 0)
			return -1;
	}
	st->depth_end = depth;
	return 0;
}

/* The original text of tokens [a, b), white space runs made one space. */
char *
tok_text(const struct sent *st, size_t a, size_t b)
{
	char	*out, *o;
	size_t	 i, s, e;
	int	 sp = 0;

	if (a >= b || b > st->n)
		return NULL;
	s = st->t[a].s;
	e = st->t[b - 1].e;
	if ((out = malloc(e - s + 1)) == NULL)
		return NULL;
	o = out;
	for (i = s; i < e; i++) {
		if (st->s[i] == ' ' || st->s[i] == '\t' || st->s[i] == '\n' ||
		    st->s[i] == '\r') {
			sp = 1;
			continue;
		}
		if (sp && o > out)
			*o++ = ' ';
		sp = 0;
		*o++ = st->s[i];
	}
	*o = '\0';
	return out;
}