/*
 * numbers.c: figures in news text.  A sentence is first cut into tokens
 * (words, digit runs with their thousands separators and decimals already
 * folded into a value, and single symbols), each remembering whether white
 * space precedes it ("gap") so that glued suffixes ("1990s", "3rd", "2.5bn",
 * "10am") and glued prefixes ("$5", "F-16") can be told apart from separate
 * words.  The figure parser then walks the tokens: an optional hedge, a
 * figure in digits or in words, an optional scale, an optional range, and
 * the context that marks non-counts (years, dates, times, money, percents,
 * ordinals, decades, ages, measures).
 *
 * Invariants: spans are byte offsets into the caller's string and never
 * cross its length; values of ranges are their low end; vague plurals
 * ("hundreds") are their lowest reading with NUMBER_APPROX, and their high
 * end is just under the next power of ten (100..999).  Only ASCII
 * letters are case-folded; other letters are word characters as they are.
 */
#include "px.h"
#include "numbers.h"
#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum tok_type { T_WORD, T_NUM, T_SYM };

struct tok {
	size_t		 start, end;
	enum tok_type	 type;
	int		 gap;		/* white space (or start) before it */
	double		 val;		/* T_NUM: the value */
	int		 ndig;		/* T_NUM: digits before any separator */
	int		 plain;		/* T_NUM: digits only */
	int		 frac;		/* T_NUM: has a decimal part */
	unsigned int	 cp;		/* T_SYM: the code point */
};

struct scan {
	const char	*s;
	size_t		 len;
	struct tok	*t;
	size_t		 n;
};

/*
 * Hedges, in order of their first letter (match_hedge() finds the first
 * of a letter by binary search), longest first within a shared first
 * word.
 */
static const char *const hedges[] = {
	"at least", "at most", "as many as", "as few as", "an estimated",
	"approximately", "approx", "almost", "about", "around",
	"close to", "circa",
	"estimated",
	"fewer than",
	"in excess of",
	"just over", "just under",
	"less than",
	"more than", "maybe",
	"no less than", "no fewer than", "no more than", "not less than",
	"not more than", "nearly",
	"over",
	"perhaps", "possibly",
	"roughly",
	"some",
	"up to", "upwards of", "under",
	"well over"
};

static const char *const units[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen"
};

static const char *const tens[] = {
	NULL, NULL, "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety"
};

static const char *const ordinal_units[] = {
	NULL, "first", "second", "third", "fourth", "fifth", "sixth",
	"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
	"thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
	"eighteenth", "nineteenth"
};

static const char *const ordinal_tens[] = {
	NULL, NULL, "twentieth", "thirtieth", "fortieth", "fiftieth",
	"sixtieth", "seventieth", "eightieth", "ninetieth"
};

struct scale {
	const char	*word;
	double		 value;
};

static const struct scale scales[] = {
	{ "hundred", 1e2 }, { "thousand", 1e3 }, { "million", 1e6 },
	{ "billion", 1e9 }, { "trillion", 1e12 },
	/* South Asian scales: "4.5 lakh" is 450,000, "two crore" 20 million */
	{ "lakh", 1e5 }, { "lakhs", 1e5 }, { "crore", 1e7 }, { "crores", 1e7 }
};

/* Vague plurals: "hundreds (of)" and friends, at their lowest reading
 * ("scores": two score at least). */
static const struct scale vague[] = {
	{ "dozens", 12 }, { "scores", 40 }, { "tens", 10 },
	{ "hundreds", 1e2 }, { "thousands", 1e3 }, { "millions", 1e6 },
	{ "billions", 1e9 }
};

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec"
};

static const char *const currencies[] = {
	"dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling",
	"rouble", "roubles", "ruble", "rubles", "hryvnia", "hryvnias",
	"hryvnias", "yuan", "yen", "rupee", "rupees", "franc", "francs",
	"usd", "eur", "gbp", "rub", "uah", "cny", "jpy", "inr", "chf", "cents",
	"dinars", "lira", "liras", "pesos", "shekels", "rand", "naira"
};

/* Words after which a number is a quantity of a unit, not a count. */
static const char *const measures[] = {
	"year", "years", "month", "months", "week", "weeks", "day", "days",
	"hour", "hours", "minute", "minutes", "seconds", "decade", "decades",
	"century", "centuries", "km", "kilometres", "kilometers", "kilometre",
	"kilometer", "mile", "miles", "metre", "metres", "meter", "meters",
	"kg", "kilograms", "kilos", "tonnes", "tons", "tonne", "ton",
	"hectares", "acres", "degrees", "feet", "foot", "inches", "litres",
	"liters", "barrels", "mph", "kph", "km/h", "sq", "square", "storey",
	"storeys", "percentage", "points", "times", "fold", "term",
	"terms", "round", "rounds", "magnitude", "mw", "gw", "kw", "megawatts"
};

/* Words that put a 4-digit figure right after them in the calendar. */
static const char *const year_before[] = {
	"in", "since", "by", "until", "till", "year", "early", "late", "mid",
	"before", "after", "during", "spring", "summer", "autumn", "winter",
	"through", "fy"
};

/* Lower-case words that may follow a year (anything else: a count). */
static const char *const year_after[] = {
	"and", "or", "to", "when", "as", "after", "before", "that", "which",
	"was", "is", "were", "the", "a", "in", "on", "at", "for", "with",
	"by", "election", "elections", "census", "season", "olympics",
	"budget", "war", "invasion", "revolution", "crisis", "until",
	"onwards", "onward", "annexation", "referendum", "agreement",
	"accords", "deal", "protests", "uprising", "earthquake", "but"
};

/*
 * Every word a figure in words can start with (units, tens, ordinals,
 * vague plurals, "a", "an", "half", "several", "few"), in strcmp() order:
 * parse_figure() looks a word up here before trying its many lists.
 * Keep it in step with the lists above and with parse_figure().
 */
static const char *const figure_starts[] = {
	"a", "an", "billions", "dozens", "eight", "eighteen", "eighteenth",
	"eighth", "eightieth", "eighty", "eleven", "eleventh", "few",
	"fifteen", "fifteenth", "fifth", "fiftieth", "fifty", "first",
	"five", "fortieth", "forty", "four", "fourteen", "fourteenth",
	"fourth", "half", "hundreds", "hundredth", "millions", "nine",
	"nineteen", "nineteenth", "ninetieth", "ninety", "ninth", "one",
	"scores", "second", "seven", "seventeen", "seventeenth", "seventh",
	"seventieth", "seventy", "several", "six", "sixteen", "sixteenth",
	"sixth", "sixtieth", "sixty", "ten", "tens", "tenth", "third",
	"thirteen", "thirteenth", "thirtieth", "thirty", "thousands",
	"thousandth", "three", "twelfth", "twelve", "twentieth", "twenty",
	"two", "zero"
};

/* Glued suffixes that keep a digit run a figure. */
static const char *const suffixes[] = {
	"s", "st", "nd", "rd", "th", "m", "mn", "bn", "b", "k", "am", "pm",
	"km", "kg", "h", "hrs", "gmt", "utc", "pc", "mw", "gw", "kw", "t"
};

/* The token at i is the word w (n bytes), ASCII case folded. */
static int
word_isn(const struct scan *sc, size_t i, const char *w, size_t n)
{
	const struct tok	*t;
	size_t			 k;
	unsigned char		 c;

	if (i >= sc->n)
		return 0;
	t = &sc->t[i];
	if (t->type != T_WORD || t->end - t->start != n)
		return 0;
	for (k = 0; k < n; k++) {
		c = (unsigned char)sc->s[t->start + k];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (c != (unsigned char)w[k])
			return 0;
	}
	return 1;
}

/*
 * The token at i is the word w.  Called a great many times per sentence
 * with constant words, so it walks w once instead of measuring it first.
 */
static int
word_is(const struct scan *sc, size_t i, const char *w)
{
	const struct tok	*t;
	size_t			 k, n;
	unsigned char		 c;

	if (i >= sc->n)
		return 0;
	t = &sc->t[i];
	if (t->type != T_WORD)
		return 0;
	n = t->end - t->start;
	for (k = 0; w[k] != '\0'; k++) {
		if (k == n)
			return 0;
		c = (unsigned char)sc->s[t->start + k];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (c != (unsigned char)w[k])
			return 0;
	}
	return k == n;
}

/* Can a figure in words start with the word at i? */
static int
figure_start(const struct scan *sc, size_t i)
{
	const struct tok	*t = &sc->t[i];
	char			 w[16];
	size_t			 n = t->end - t->start, k, lo, hi, mid;
	unsigned char		 c;
	int			 d;

	if (n >= sizeof w)
		return 0;
	for (k = 0; k < n; k++) {
		c = (unsigned char)sc->s[t->start + k];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		w[k] = (char)c;
	}
	w[n] = '\0';
	/* a binary search, strcmp() only past an equal first letter */
	lo = 0;
	hi = PX_NITEMS(figure_starts);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		d = (unsigned char)w[0] - (unsigned char)figure_starts[mid][0];
		if (d == 0 && (d = strcmp(w, figure_starts[mid])) == 0)
			return 1;
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

static int
word_in(const struct scan *sc, size_t i, const char *const *list, size_t n)
{
	size_t	k;

	for (k = 0; k < n; k++)
		if (list[k] != NULL && word_is(sc, i, list[k]))
			return (int)k;
	return -1;
}

static int
sym_is(const struct scan *sc, size_t i, unsigned int cp)
{
	return i < sc->n && sc->t[i].type == T_SYM && sc->t[i].cp == cp;
}

static int
is_dash(const struct scan *sc, size_t i)
{
	unsigned int	cp;

	if (i >= sc->n || sc->t[i].type != T_SYM)
		return 0;
	cp = sc->t[i].cp;
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

static int
glued(const struct scan *sc, size_t i)
{
	return i < sc->n && !sc->t[i].gap;
}

static int is_month(const struct scan *, size_t);

static int
is_space_cp(unsigned int cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == '\f' || cp == '\v' || cp == 0xa0 || cp == 0x202f ||
	    (cp >= 0x2000 && cp <= 0x200a) || cp == 0x3000;
}

/* Code points outside ASCII that are punctuation or symbols, not letters. */
static int
is_punct_cp(unsigned int cp)
{
	return (cp >= 0x2010 && cp <= 0x205e) || cp == 0xab || cp == 0xbb ||
	    cp == 0xa3 || cp == 0xa5 || cp == 0xa2 || cp == 0xa7 ||
	    cp == 0xb0 || cp == 0xb7 || cp == 0x2212 ||
	    (cp >= 0x20a0 && cp <= 0x20cf) || (cp >= 0x3000 && cp <= 0x303f);
}

static int
is_digit(const char *s, size_t len, size_t p)
{
	return p < len && s[p] >= '0' && s[p] <= '9';
}

/* Count the digits at s[p]. */
static size_t
digits_at(const char *s, size_t len, size_t p)
{
	size_t	n = 0;

	while (is_digit(s, len, p + n))
		n++;
	return n;
}

/* Width of a single space-like separator at p inside a number, or 0. */
static size_t
group_space(const char *s, size_t len, size_t p)
{
	size_t		q = p;
	unsigned int	cp;

	if (p >= len)
		return 0;
	cp = text_next(s, len, &q);
	if (cp == ' ' || cp == 0xa0 || cp == 0x202f || cp == 0x2009)
		return q - p;
	return 0;
}

static double
digits_value(const char *s, size_t p, size_t n)
{
	double	v = 0;
	size_t	k;

	for (k = 0; k < n; k++)
		v = v * 10 + (s[p + k] - '0');
	return v;
}

/* Read a digit run with separators and decimals starting at *p. */
static void
read_number(const char *s, size_t len, size_t *p, struct tok *t, int groups)
{
	size_t	q = *p, n, w, f;
	double	v, div;

	n = digits_at(s, len, q);
	v = digits_value(s, q, n);
	t->ndig = (int)n;
	t->plain = 1;
	t->frac = 0;
	q += n;
	if (n <= 3) {
		/* 2,870 and 1,502,000 */
		while (q < len && s[q] == ',' &&
		    digits_at(s, len, q + 1) == 3) {
			v = v * 1000 + digits_value(s, q + 1, 3);
			q += 4;
			t->plain = 0;
		}
		/* 1 502 (one space-like separator, groups of three) */
		if (t->plain && groups) {
			while ((w = group_space(s, len, q)) != 0 &&
			    digits_at(s, len, q + w) == 3 &&
			    !(q + w + 3 < len && (s[q + w + 3] == ',' ||
			    s[q + w + 3] == '.') && is_digit(s, len,
			    q + w + 4))) {
				v = v * 1000 + digits_value(s, q + w, 3);
				q += w + 3;
				t->plain = 0;
			}
		}
		/* 1.502.000: dots as separators only with two groups */
		if (t->plain && q < len && s[q] == '.' &&
		    digits_at(s, len, q + 1) == 3 && q + 4 < len &&
		    s[q + 4] == '.' && digits_at(s, len, q + 5) == 3) {
			while (q < len && s[q] == '.' &&
			    digits_at(s, len, q + 1) == 3) {
				v = v * 1000 + digits_value(s, q + 1, 3);
				q += 4;
			}
			t->plain = 0;
		}
	}
	if (q < len && s[q] == '.' && (f = digits_at(s, len, q + 1)) > 0) {
		div = 1;
		for (w = 0; w < f; w++)
			div *= 10;
		v += digits_value(s, q + 1, f) / div;
		q += f + 1;
		t->plain = 0;
		t->frac = 1;
	}
	t->val = v;
	*p = q;
}

static int
tokenize(struct scan *sc)
{
	const char	*s = sc->s;
	size_t		 len = sc->len, p = 0, q, cap = 0;
	unsigned int	 cp;
	int		 gap = 1;
	struct tok	*t, *nt;

	while (p < len) {
		q = p;
		cp = text_next(s, len, &q);
		if (is_space_cp(cp)) {
			gap = 1;
			p = q;
			continue;
		}
		if (sc->n == cap) {
			cap = cap == 0 ? 32 : cap * 2;
			nt = util_reallocarray(sc->t, cap, sizeof *sc->t);
			if (nt == NULL)
				return -1;
			sc->t = nt;
		}
		t = &sc->t[sc->n++];
		memset(t, 0, sizeof *t);
		t->start = p;
		t->gap = gap;
		gap = 0;
		if (cp >= '0' && cp <= '9') {
			t->type = T_NUM;
			read_number(s, len, &p, t, sc->n < 2 ||
			    !is_month(sc, sc->n - 2));
		} else if ((cp < 0x80 && ((cp | 0x20) >= 'a' &&
		    (cp | 0x20) <= 'z')) || (cp >= 0x80 && !is_punct_cp(cp))) {
			t->type = T_WORD;
			p = q;
			for (;;) {
				q = p;
				if (q >= len)
					break;
				cp = text_next(s, len, &q);
				if ((cp < 0x80 && ((cp | 0x20) >= 'a' &&
				    (cp | 0x20) <= 'z')) ||
				    (cp >= 0x80 && !is_punct_cp(cp) &&
				    !is_space_cp(cp))) {
					p = q;
					continue;
				}
				/* an apostrophe between letters: o'clock */
				if ((cp == '\'' || cp == 0x2019) && q < len &&
				    (((s[q] | 0x20) >= 'a' &&
				    (s[q] | 0x20) <= 'z'))) {
					p = q;
					continue;
				}
				break;
			}
		} else {
			t->type = T_SYM;
			t->cp = cp;
			p = q;
		}
		t->end = p;
	}
	return 0;
}

/* A hedge in the tokens at i: its length in tokens, 0 if none. */
static size_t
match_hedge(const struct scan *sc, size_t i, const char **hedge)
{
	const char	*h, *sp;
	size_t		 k, n, wl, hi;
	unsigned char	 c;

	if (i >= sc->n || sc->t[i].type != T_WORD)
		return 0;
	c = (unsigned char)sc->s[sc->t[i].start];
	if (c >= 'A' && c <= 'Z')
		c = (unsigned char)(c - 'A' + 'a');
	/* the first hedge of the letter c: they are in letter order */
	k = 0;
	hi = PX_NITEMS(hedges);
	while (k < hi) {
		n = k + (hi - k) / 2;
		if ((unsigned char)hedges[n][0] < c)
			k = n + 1;
		else
			hi = n;
	}
	for (; k < PX_NITEMS(hedges) && (unsigned char)hedges[k][0] == c;
	    k++) {
		h = hedges[k];
		n = 0;
		for (;;) {
			sp = strchr(h, ' ');
			wl = sp == NULL ? strlen(h) : (size_t)(sp - h);
			if (!word_isn(sc, i + n, h, wl))
				break;
			n++;
			if (sp == NULL) {
				/* "approx." */
				if (sym_is(sc, i + n, '.') &&
				    strcmp(hedges[k], "approx") == 0)
					n++;
				*hedge = hedges[k];
				return n;
			}
			h = sp + 1;
		}
	}
	return 0;
}

static double
scale_of(const struct scan *sc, size_t i)
{
	size_t	k;

	for (k = 0; k < PX_NITEMS(scales); k++)
		if (word_is(sc, i, scales[k].word))
			return scales[k].value;
	return 0;
}

/*
 * Number words: "eight", "twenty-one", "two hundred and fifty thousand".
 * cur and last carry what came before ("a" in "a hundred" is a unit 1;
 * last: 0 nothing, 1 unit, 2 tens, 3 hundred or dozen, 4 a scale).
 * Returns the index after the last word used, or i when there is none.
 */
static size_t
parse_words(const struct scan *sc, size_t i, double cur, int last,
    double *value)
{
	double	total = 0, sc_v;
	size_t	j = i;
	int	u, tn;

	for (;;) {
		if ((u = word_in(sc, j, units, PX_NITEMS(units))) >= 0) {
			if (last == 1 || (last == 2 && u >= 10))
				break;
			if (last == 3 && cur != 0 && fmod(cur, 100) != 0)
				break;
			cur += u;
			last = 1;
			j++;
		} else if ((tn = word_in(sc, j, tens, PX_NITEMS(tens))) >= 0) {
			if (last == 1 || last == 2)
				break;
			cur += tn * 10;
			last = 2;
			j++;
			if (is_dash(sc, j) && glued(sc, j) &&
			    glued(sc, j + 1) &&
			    (u = word_in(sc, j + 1, units, 10)) > 0) {
				cur += u;
				last = 1;
				j += 2;
			}
		} else if (word_is(sc, j, "hundred")) {
			if (last == 0 || last == 3)
				break;
			cur = (cur == 0 ? 1 : cur) * 100;
			last = 3;
			j++;
		} else if (word_is(sc, j, "dozen") && last == 1) {
			cur *= 12;
			last = 3;
			j++;
		} else if ((sc_v = scale_of(sc, j)) > 100) {
			if (last == 0 || last == 4)
				break;
			total += (cur == 0 ? 1 : cur) * sc_v;
			cur = 0;
			last = 4;
			j++;
		} else if (word_is(sc, j, "and") && (last == 3 || last == 4) &&
		    (word_in(sc, j + 1, units, PX_NITEMS(units)) > 0 ||
		    word_in(sc, j + 1, tens, PX_NITEMS(tens)) > 0))
			j++;
		else
			break;
	}
	*value = total + cur;
	return j;
}

static size_t
parse_ordinal_words(const struct scan *sc, size_t i, double *value)
{
	int	u, tn;

	if ((u = word_in(sc, i, ordinal_units, PX_NITEMS(ordinal_units))) > 0) {
		*value = u;
		return i + 1;
	}
	if ((tn = word_in(sc, i, ordinal_tens, PX_NITEMS(ordinal_tens))) > 0) {
		*value = tn * 10;
		return i + 1;
	}
	if ((tn = word_in(sc, i, tens, PX_NITEMS(tens))) > 0 &&
	    is_dash(sc, i + 1) && glued(sc, i + 1) && glued(sc, i + 2) &&
	    (u = word_in(sc, i + 2, ordinal_units, 10)) > 0) {
		*value = tn * 10 + u;
		return i + 3;
	}
	if (word_is(sc, i, "hundredth") || word_is(sc, i, "thousandth")) {
		*value = word_is(sc, i, "hundredth") ? 100 : 1000;
		return i + 1;
	}
	return i;
}

static int
is_month(const struct scan *sc, size_t i)
{
	return word_in(sc, i, months, PX_NITEMS(months)) >= 0;
}

static int
is_currency_sym(unsigned int cp)
{
	return cp == '$' || cp == 0xa3 || cp == 0xa5 || cp == 0x20ac ||
	    cp == 0x20bd || cp == 0x20b4 || cp == 0x20b9 || cp == 0x20a9 ||
	    cp == 0x20ba || cp == 0x20aa;
}

/* The token is a word whose first letter is an ASCII capital. */
static int
capitalised(const struct scan *sc, size_t i)
{
	char	c;

	if (i >= sc->n || sc->t[i].type != T_WORD)
		return 0;
	c = sc->s[sc->t[i].start];
	return c >= 'A' && c <= 'Z';
}

static int
lowercase_word(const struct scan *sc, size_t i)
{
	char	c;

	if (i >= sc->n || sc->t[i].type != T_WORD)
		return 0;
	c = sc->s[sc->t[i].start];
	return c >= 'a' && c <= 'z';
}

/*
 * A digit run that is part of a name or code rather than a figure: glued
 * after letters ("MH17", "G7") or after a capitalised word and a dash
 * ("Su-25", "Covid-19").
 */
static int
is_code(const struct scan *sc, size_t i)
{
	if (i > 0 && glued(sc, i) && sc->t[i - 1].type == T_WORD)
		return 1;
	if (i > 1 && glued(sc, i) && is_dash(sc, i - 1) && glued(sc, i - 1) &&
	    sc->t[i - 2].type == T_WORD && capitalised(sc, i - 2))
		return 1;
	if (i + 1 < sc->n && glued(sc, i + 1) &&
	    sc->t[i + 1].type == T_WORD &&
	    word_in(sc, i + 1, suffixes, PX_NITEMS(suffixes)) < 0)
		return 1;
	return 0;
}

/*
 * The top of a vague plural whose lowest reading is v: just under the
 * next power of ten ("dozens" 12..99, "hundreds" 100..999, "tens of
 * thousands" 10,000..99,999), where the next vague word would be used.
 */
static double
vague_high(double v)
{
	double	p = 10;

	while (p <= v)
		p *= 10;
	return p - 1;
}

/*
 * One figure without hedge or range at token i.  On success fills n
 * (value, flags, span) and returns the index after it; returns i when
 * there is no figure at i.
 */
static size_t
parse_figure(const struct scan *sc, size_t i, struct number *n)
{
	size_t	j = i, k;
	double	v, sv, vhigh = 0;
	int	flags = 0;

	if (i >= sc->n)
		return i;
	memset(n, 0, sizeof *n);
	if (sc->t[i].type == T_NUM) {
		if (is_code(sc, i))
			return i;
		v = sc->t[i].val;
		j = i + 1;
		if ((sv = scale_of(sc, j)) > 0) {
			v *= sv;
			j++;
		} else if (glued(sc, j) && (word_is(sc, j, "bn") ||
		    word_is(sc, j, "mn") || word_is(sc, j, "b"))) {
			v *= word_is(sc, j, "mn") ? 1e6 : 1e9;
			j++;
		} else if (glued(sc, j) && (word_is(sc, j, "m") ||
		    word_is(sc, j, "k")) && i > 0 && sc->t[i - 1].type ==
		    T_SYM && is_currency_sym(sc->t[i - 1].cp)) {
			v *= word_is(sc, j, "m") ? 1e6 : 1e3;
			j++;
		} else if (word_is(sc, j, "dozen")) {
			v *= 12;
			j++;
		}
		n->value = v;
	} else if (sc->t[i].type == T_WORD) {
		if (!figure_start(sc, i))
			return i;
		flags |= NUMBER_WORD;
		if ((k = parse_ordinal_words(sc, i, &v)) > i) {
			n->value = v;
			n->high = v;
			n->flags = flags | NUMBER_ORDINAL;
			n->start = sc->t[i].start;
			n->end = sc->t[k - 1].end;
			return k;
		}
		for (k = 0; k < PX_NITEMS(vague); k++)
			if (word_is(sc, i, vague[k].word))
				break;
		if (k < PX_NITEMS(vague) && !((word_is(sc, i, "tens") ||
		    word_is(sc, i, "scores")) && !word_is(sc, i + 1, "of"))) {
			v = vague[k].value;
			j = i + 1;
			/* "tens of thousands", "hundreds of thousands" */
			if (word_is(sc, j, "of")) {
				for (k = 0; k < PX_NITEMS(vague); k++)
					if (vague[k].value >= 1000 &&
					    word_is(sc, j + 1, vague[k].word))
						break;
				if (k < PX_NITEMS(vague)) {
					v *= vague[k].value;
					j += 2;
				}
			}
			if (v == 10)	/* "tens of" alone */
				return i;
			n->value = v;
			vhigh = vague_high(v);
			flags |= NUMBER_APPROX;
		} else if ((word_is(sc, i, "a") || word_is(sc, i, "an")) &&
		    ((sv = scale_of(sc, i + 1)) > 0 ||
		    word_is(sc, i + 1, "dozen"))) {
			/* "a hundred", "a dozen", "a thousand and one" */
			if (sv == 0) {
				n->value = 12;
				j = i + 2;
			} else {
				j = parse_words(sc, i + 1, 1, 1, &v);
				if (j == i + 1)
					return i;
				n->value = v;
			}
		} else if (word_is(sc, i, "a") && word_is(sc, i + 1,
		    "quarter") && word_is(sc, i + 2, "of") && word_is(sc,
		    i + 3, "a") && (sv = scale_of(sc, i + 4)) > 0) {
			/* "a quarter of a million" */
			n->value = sv / 4;
			j = i + 5;
		} else if (word_is(sc, i, "half") && word_is(sc, i + 1, "a") &&
		    ((sv = scale_of(sc, i + 2)) > 0 ||
		    word_is(sc, i + 2, "dozen"))) {
			n->value = sv > 0 ? sv / 2 : 6;
			j = i + 3;
		} else if ((word_is(sc, i, "several") ||
		    word_is(sc, i, "few")) && (sv = scale_of(sc, i + 1)) > 0) {
			n->value = sv * (word_is(sc, i, "several") ? 3 : 2);
			flags |= NUMBER_APPROX;
			j = i + 2;
		} else {
			j = parse_words(sc, i, 0, 0, &v);
			if (j == i)
				return i;
			n->value = v;
		}
	} else
		return i;
	n->flags = flags;
	n->start = sc->t[i].start;
	n->end = sc->t[j - 1].end;
	n->high = vhigh > n->value ? vhigh : n->value;
	return j;
}

/*
 * A time of day as one value, hours and minutes on the 24-hour clock
 * (14.30 for "2:30 pm", "14:30" and "2.30 p.m."): h may carry its
 * minutes already ("2.17 am"), m adds more; half is 'a' or 'p' for the
 * twelve-hour clock, 0 for none.  Two reports of one time then give one
 * figure, whatever the style.
 */
static double
clock_value(double h, double m, int half)
{
	double	v = h + m / 100;

	if (half == 'p' && v < 12)
		v += 12;
	else if (half == 'a' && v >= 12 && v < 13)
		v -= 12;
	return v;
}

/*
 * Mark the figure a time of day (its value from clock_value()): written
 * with its minutes ("10:30", "0335 GMT", "2.17 am": exact) it is that
 * minute; written on the hour ("2am", "10 a.m.") it is any minute of the
 * hour, so that "shortly after 2am" and "at 02:17" agree.
 */
static void
clock_span(struct number *n, int exact)
{
	n->flags |= NUMBER_TIME;
	n->high = exact ? n->value : n->value + 0.59;
}

/* Marks from the context of a figure spanning tokens [i, j). */
static size_t
classify(const struct scan *sc, size_t i, size_t j, struct number *n)
{
	const struct tok	*t = &sc->t[i];
	size_t			 p;
	int			 plain_int, exact = t->frac;	/* a time's minutes */

	if (n->flags & NUMBER_ORDINAL)
		return j;
	plain_int = t->type == T_NUM && t->plain && j == i + 1;
	/* glued suffixes */
	if (t->type == T_NUM && glued(sc, j) && j == i + 1) {
		if (word_is(sc, j, "st") || word_is(sc, j, "nd") ||
		    word_is(sc, j, "rd") || word_is(sc, j, "th")) {
			n->flags |= NUMBER_ORDINAL;
			n->end = sc->t[j].end;
			j++;
			if (is_month(sc, j) || (word_is(sc, j, "of") &&
			    is_month(sc, j + 1)) || (i > 0 &&
			    is_month(sc, i - 1)))
				n->flags |= NUMBER_DATE;
			return j;
		}
		if (word_is(sc, j, "s") && (t->ndig == 4 || t->ndig == 2) &&
		    fmod(t->val, 10) == 0) {
			n->flags |= NUMBER_DECADE;
			n->end = sc->t[j].end;
			return j + 1;
		}
		if (sym_is(sc, j, '\'') || sym_is(sc, j, 0x2019)) {
			if (glued(sc, j + 1) && word_is(sc, j + 1, "s") &&
			    fmod(t->val, 10) == 0) {
				n->flags |= NUMBER_DECADE;
				n->end = sc->t[j + 1].end;
				return j + 2;
			}
		}
	}
	/* times: 10:30, 10am, 10 a.m., 0335 GMT, 5 o'clock */
	if (t->type == T_NUM && j == i + 1 && sym_is(sc, j, ':') &&
	    glued(sc, j) && glued(sc, j + 1) && j + 1 < sc->n &&
	    sc->t[j + 1].type == T_NUM && sc->t[j + 1].ndig == 2) {
		n->flags |= NUMBER_TIME;
		n->value = clock_value(t->val, sc->t[j + 1].val, 0);
		exact = 1;
		n->end = sc->t[j + 1].end;
		j += 2;
	}
	if (t->type == T_NUM && (word_is(sc, j, "am") || word_is(sc, j, "pm") ||
	    word_is(sc, j, "gmt") || word_is(sc, j, "utc") ||
	    word_is(sc, j, "hrs") || word_is(sc, j, "cet") ||
	    word_is(sc, j, "est") || word_is(sc, j, "edt") ||
	    word_is(sc, j, "bst") || word_is(sc, j, "msk") ||
	    word_is(sc, j, "o'clock") ||
	    (word_is(sc, j, "h") && glued(sc, j)))) {
		if (!(n->flags & NUMBER_TIME) && t->plain && t->ndig == 4 &&
		    t->val < 2400 && fmod(t->val, 100) < 60) {
			n->value = clock_value(floor(t->val / 100),
			    fmod(t->val, 100), 0);
			exact = 1;
		}
		if (word_is(sc, j, "am") || word_is(sc, j, "pm"))
			n->value = clock_value(n->value, 0,
			    word_is(sc, j, "pm") ? 'p' : 'a');
		n->end = sc->t[j].end;
		clock_span(n, exact);
		return j + 1;
	}
	if ((word_is(sc, j, "a") || word_is(sc, j, "p")) && sym_is(sc, j + 1,
	    '.') && word_is(sc, j + 2, "m") && glued(sc, j + 1) &&
	    glued(sc, j + 2)) {
		n->value = clock_value(n->value, 0, word_is(sc, j, "p") ?
		    'p' : 'a');
		n->end = sc->t[j + 2].end;
		clock_span(n, exact);
		if (sym_is(sc, j + 3, '.') && glued(sc, j + 3))
			n->end = sc->t[j + 3].end;
		return j + 3;
	}
	if (n->flags & NUMBER_TIME) {
		clock_span(n, exact);
		return j;
	}
	/* ISO dates and d/m/y */
	if (t->type == T_NUM && j == i + 1 && t->plain && glued(sc, j) &&
	    glued(sc, j + 1) && (is_dash(sc, j) || sym_is(sc, j, '/')) &&
	    j + 3 < sc->n + 0 && sc->t[j + 1].type == T_NUM &&
	    sc->t[j + 2].type == T_SYM && sc->t[j + 2].cp == sc->t[j].cp &&
	    glued(sc, j + 2) && glued(sc, j + 3) &&
	    sc->t[j + 3].type == T_NUM) {
		n->flags |= NUMBER_DATE;
		n->end = sc->t[j + 3].end;
		return j + 4;
	}
	/* percent */
	if (sym_is(sc, j, '%')) {
		n->flags |= NUMBER_PERCENT;
		n->end = sc->t[j].end;
		return j + 1;
	}
	if (word_is(sc, j, "percent") || word_is(sc, j, "pc") ||
	    word_is(sc, j, "pct")) {
		n->flags |= NUMBER_PERCENT;
		n->end = sc->t[j].end;
		return j + 1;
	}
	if (word_is(sc, j, "per") && word_is(sc, j + 1, "cent")) {
		n->flags |= NUMBER_PERCENT;
		n->end = sc->t[j + 1].end;
		return j + 2;
	}
	/* money */
	if (i > 0 && glued(sc, i) && sc->t[i - 1].type == T_SYM &&
	    is_currency_sym(sc->t[i - 1].cp)) {
		n->flags |= NUMBER_MONEY;
		n->start = sc->t[i - 1].start;
		if (i > 1 && glued(sc, i - 1) && sc->t[i - 2].type == T_WORD &&
		    sc->t[i - 2].end - sc->t[i - 2].start <= 3)
			n->start = sc->t[i - 2].start;	/* US$, A$ */
	}
	if (i > 0 && (word_is(sc, i - 1, "rs") || word_is(sc, i - 1, "usd") ||
	    word_is(sc, i - 1, "eur") || word_is(sc, i - 1, "gbp") ||
	    word_is(sc, i - 1, "rub") || word_is(sc, i - 1, "inr")))
		n->flags |= NUMBER_MONEY;
	if (word_in(sc, j, currencies, PX_NITEMS(currencies)) >= 0) {
		n->flags |= NUMBER_MONEY;
		n->end = sc->t[j].end;
		return j + 1;
	}
	if (n->flags & NUMBER_MONEY)
		return j;
	/* ages: "aged 45", "45-year-old", "45 years old" */
	if (i > 0 && (word_is(sc, i - 1, "aged") || word_is(sc, i - 1, "age")))
		n->flags |= NUMBER_AGE;
	p = j;
	if (is_dash(sc, p) && glued(sc, p + 1))
		p++;
	if ((word_is(sc, p, "year") || word_is(sc, p, "years")) &&
	    ((is_dash(sc, p + 1) && word_is(sc, p + 2, "old")) ||
	    word_is(sc, p + 1, "old")))
		n->flags |= NUMBER_AGE;
	else if (word_in(sc, p, measures, PX_NITEMS(measures)) >= 0 &&
	    !(word_is(sc, p, "round") && p == j))
		n->flags |= NUMBER_MEASURE;
	/* dates: "February 25", "25 February", "25 of February" */
	if (plain_int && t->val >= 1 && t->val <= 31 && t->ndig <= 2 &&
	    ((i > 0 && is_month(sc, i - 1) && capitalised(sc, i - 1)) ||
	    (is_month(sc, j) && capitalised(sc, j)) ||
	    (word_is(sc, j, "of") && is_month(sc, j + 1) &&
	    capitalised(sc, j + 1))))
		n->flags |= NUMBER_DATE;
	/* years */
	if (plain_int && t->ndig == 4 && t->val >= 1800 && t->val <= 2100) {
		if (i > 0 && (word_in(sc, i - 1, year_before,
		    PX_NITEMS(year_before)) >= 0 || is_month(sc, i - 1)))
			n->flags |= NUMBER_YEAR;
		else if (i > 1 && sym_is(sc, i - 1, ',') &&
		    sc->t[i - 2].type == T_NUM && sc->t[i - 2].val <= 31)
			n->flags |= NUMBER_YEAR;	/* February 25, 2022 */
		else if (i > 1 && is_dash(sc, i - 1) && glued(sc, i) &&
		    word_in(sc, i - 2, year_before,
		    PX_NITEMS(year_before)) >= 0)
			n->flags |= NUMBER_YEAR;	/* mid-2014 */
		else if (!(lowercase_word(sc, j) && word_in(sc, j, year_after,
		    PX_NITEMS(year_after)) < 0) && !(n->flags &
		    NUMBER_MEASURE))
			n->flags |= NUMBER_YEAR;
	}
	return j;
}

/* A hedge after the figure: "400 or so", "400-odd", "400-plus", "400+". */
static size_t
post_hedge(const struct scan *sc, size_t j, struct number *n)
{
	if (word_is(sc, j, "or") && (word_is(sc, j + 1, "so") ||
	    word_is(sc, j + 1, "more"))) {
		n->flags |= NUMBER_APPROX;
		if (n->hedge == NULL)
			n->hedge = word_is(sc, j + 1, "so") ? "or so" :
			    "or more";
		return j + 2;
	}
	if (is_dash(sc, j) && glued(sc, j) && glued(sc, j + 1) &&
	    (word_is(sc, j + 1, "odd") || word_is(sc, j + 1, "plus"))) {
		n->flags |= NUMBER_APPROX;
		if (n->hedge == NULL)
			n->hedge = word_is(sc, j + 1, "odd") ? "odd" : "plus";
		n->end = sc->t[j + 1].end;
		return j + 2;
	}
	if (sym_is(sc, j, '+') && glued(sc, j)) {
		n->flags |= NUMBER_APPROX;
		if (n->hedge == NULL)
			n->hedge = "plus";
		n->end = sc->t[j].end;
		return j + 1;
	}
	return j;
}

/* Words before "from A to B" that make it a change, not a range. */
static int
change_before(const struct scan *sc, size_t i)
{
	static const char *const verbs[] = {
		"rose", "risen", "rise", "rises", "rising", "increased",
		"increase", "raised", "revised", "climbed", "climb", "jumped",
		"grew", "grown", "fell", "fallen", "dropped", "lowered",
		"up", "down", "cut", "reduced", "changed", "corrected",
		"updated", "went", "gone", "soared", "doubled", "moved"
	};
	size_t	k;

	for (k = 1; k <= 4 && k <= i; k++)
		if (word_in(sc, i - k, verbs, PX_NITEMS(verbs)) >= 0)
			return 1;
	return 0;
}

/* A range after figure n (ending at token j): fills the high end. */
static size_t
parse_range(const struct scan *sc, size_t first, size_t j, struct number *n)
{
	struct number	 hi;
	size_t		 k, e;
	int		 between, from;

	if (n->flags & (NUMBER_DATE | NUMBER_TIME | NUMBER_ORDINAL))
		return j;
	between = first > 0 && word_is(sc, first - 1, "between");
	from = first > 0 && word_is(sc, first - 1, "from");
	if (between && word_is(sc, j, "and"))
		k = j + 1;
	else if (!between && word_is(sc, j, "to") && !(from &&
	    change_before(sc, first - 1)))
		k = j + 1;
	else if (!between && sc->t[first].type == T_NUM && is_dash(sc, j) &&
	    sc->t[j].cp != 0x2014 && ((glued(sc, j) && glued(sc, j + 1)) ||
	    (sc->t[j].cp == 0x2013 && !glued(sc, j) && !glued(sc, j + 1))))
		k = j + 1;
	else if (!between && word_is(sc, j, "or") && (n->flags & NUMBER_WORD))
		k = j + 1;
	else
		return j;
	if (sym_is(sc, k, '$') || (k < sc->n && sc->t[k].type == T_SYM &&
	    is_currency_sym(sc->t[k].cp)))
		k++;
	e = parse_figure(sc, k, &hi);
	if (e == k || (hi.flags & NUMBER_ORDINAL))
		return j;
	/* "1.5 to 2 million": the scale of the high end applies to both */
	if (k + 1 < e && sc->t[k].type == T_NUM && n->value < hi.value &&
	    n->value * 1000 < hi.value && sc->t[first].type == T_NUM &&
	    j == first + 1 && scale_of(sc, e - 1) > 0)
		n->value *= scale_of(sc, e - 1);
	if (hi.value <= n->value)
		return j;
	n->high = hi.value;
	n->end = hi.end;
	n->flags |= NUMBER_RANGE | (hi.flags & NUMBER_APPROX);
	if (sc->t[e - 1].type == T_NUM || !(hi.flags & NUMBER_WORD))
		n->flags &= ~NUMBER_WORD;
	return e;
}

long
numbers_scan(const char *s, size_t len, struct number **out)
{
	struct scan	 sc;
	struct number	 n, *arr = NULL, *na;
	size_t		 i, j, h, cap = 0, count = 0;
	const char	*hedge;

	*out = NULL;
	memset(&sc, 0, sizeof sc);
	sc.s = s;
	sc.len = len;
	if (tokenize(&sc) != 0) {
		free(sc.t);
		return -1;
	}
	i = 0;
	while (i < sc.n) {
		hedge = NULL;
		h = match_hedge(&sc, i, &hedge);
		j = i + h;
		if (h > 0 && (j = parse_figure(&sc, i + h, &n)) > i + h) {
			n.hedge = hedge;
			n.hstart = sc.t[i].start;
			n.flags |= NUMBER_APPROX;
			i += h;
		} else if ((j = parse_figure(&sc, i, &n)) > i) {
			n.hedge = NULL;
			n.hstart = n.start;
		} else {
			i++;
			continue;
		}
		j = classify(&sc, i, j, &n);
		j = parse_range(&sc, i, j, &n);
		j = post_hedge(&sc, j, &n);
		if (n.start < n.hstart)
			n.hstart = n.start;
		if (count == cap) {
			cap = cap == 0 ? 8 : cap * 2;
			if ((na = util_reallocarray(arr, cap, sizeof *arr)) ==
			    NULL) {
				free(arr);
				free(sc.t);
				return -1;
			}
			arr = na;
		}
		arr[count++] = n;
		i = j;
	}
	free(sc.t);
	*out = arr;
	return (long)count;
}

/* The largest power of ten (>= 10) that divides x, or 0 if x is not round. */
static double
roundness(double x)
{
	double	p = 1;

	if (x < 10 || x != floor(x))
		return 0;
	while (p * 10 <= x && fmod(x, p * 10) == 0)
		p *= 10;
	return p >= 10 ? p : 0;
}

int
numbers_agree(double a, double b)
{
	double	m, d, p;

	a = fabs(a);
	b = fabs(b);
	if (a == b)
		return 1;
	m = a > b ? a : b;
	d = fabs(a - b);
	if (d <= 0.01 * m)
		return 1;
	if (d > 0.05 * m)
		return 0;
	if ((p = roundness(a)) > 0 && floor(b / p + 0.5) * p == a)
		return 1;
	if ((p = roundness(b)) > 0 && floor(a / p + 0.5) * p == b)
		return 1;
	return 0;
}

int
numbers_ranges_agree(double alo, double ahi, double blo, double bhi)
{
	if (ahi < alo)
		ahi = alo;
	if (bhi < blo)
		bhi = blo;
	if (alo <= bhi && blo <= ahi)
		return 1;
	return numbers_agree(ahi, blo) || numbers_agree(alo, bhi);
}
