/*
 * article-captions.c: photo captions and credits: a caption right under a
 * photo credit or between the headline and the text (one ending with a
 * full date), credits in brackets, gallery captions ("1 of 12") and a lead
 * caption above the first paragraph.  A credit is at most CREDIT_WORDS
 * words.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "outlets.h"
#include "text.h"

#include <ctype.h>
#include <strings.h>

#define CREDIT_WORDS	6	/* the longest photo credit */
#define CLAUSE_WORDS	15	/* a longer caption with a clause is text */

static const char *const photo_words[] = { "photo", "photos",
    "photograph", "photographs", "picture", "pictures", "foto", "fotos",
    "fotografia", "image", "images" };

/* Is a photo word among the words of s[a, b)? */
static int
photo_word_in(const char *s, size_t a, size_t b)
{
	size_t	i, w;

	for (i = a; i < b; i = w) {
		while (i < b && !isalpha((unsigned char)s[i]))
			i++;
		for (w = i; w < b && isalpha((unsigned char)s[w]); w++)
			;
		if (w > i && span_word_in(s + i, w - i, photo_words,
		    PX_NITEMS(photo_words)))
			return 1;
	}
	return 0;
}

/*
 * "... at the colliery, May 4, 2026. (AA Photo)", "(Photo: Reuters)",
 * "... camp [File: Name/AP Photo]": a line or sentence ending in a
 * bracketed photo credit (a few words, one of them a photo word) is a
 * caption; so is one opening with such a credit, "(Photo/Xinhua) Rescuers
 * search ...".
 */
int
captions_photo(const char *s, size_t a, size_t b)
{
	size_t	o, c;
	char	open;

	/* No caption has more than 60 words: counted last, as most lines
	 * have no credit in brackets at either end. */
	while (b > a && s[b - 1] == ' ')
		b--;
	if (b - a < 7)
		return 0;
	if (s[a] == '(' || s[a] == '[') {
		for (c = a + 1; c < b && c - a <= 60 && s[c] != ')' &&
		    s[c] != ']'; c++)
			;
		if (c < b && c - a <= 60 && !span_more_words(s, a, c, 6) &&
		    photo_word_in(s, a + 1, c) && c + 1 < b &&
		    !span_more_words(s, a, b, 60))
			return 1;
	}
	if (s[b - 1] != ')' && s[b - 1] != ']')
		return 0;
	open = s[b - 1] == ')' ? '(' : '[';
	for (o = b - 1; o > a && s[o - 1] != open; o--)
		if (s[o - 1] == s[b - 1] || b - o > 60)
			return 0;
	if (o == a || span_more_words(s, o, b - 1, 6))
		return 0;
	return photo_word_in(s, o, b - 1) && !span_more_words(s, a, b, 60);
}

/*
 * "EFE/Javier Corbal\u00e1n", "Hern\u00e1n Ortiz/AP", "Foto: Noticias
 * Argentinas", "PHOTO | FILE | AFP", "Photo/Xinhua": a photo credit, a
 * short span (up to CREDIT_WORDS words, no sentence end) that opens with a
 * photo or file word before a colon, slash or bar, or joins a name and a
 * known outlet with a slash.
 */
int
captions_photo_credit(const struct parse *p, const char *s, size_t a, size_t b)
{
	static const char *const by[] = { "courtesy", "by", "credit" };
	size_t	i, w, e;

	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '.'))
		b--;
	/* "\u2013 Photo courtesy of Agency" after a caption */
	if ((i = span_dash_at(s, b, a)) != 0 && a + i < b && s[a + i] == ' ')
		a = span_skip_sp(s, b, a + i);
	if (b <= a || span_more_words(s, a, b, CREDIT_WORDS) ||
	    span_ends_sentence(s, a, b))
		return 0;
	for (w = a; w < b && isalpha((unsigned char)s[w]); w++)
		;
	i = span_skip_sp(s, b, w);
	if (w > a && i < b && (s[i] == ':' || s[i] == '/' || s[i] == '|') &&
	    (span_word_in(s + a, w - a, photo_words, PX_NITEMS(photo_words)) ||
	    (w - a == 4 && strncasecmp(s + a, "file", 4) == 0)))
		return 1;
	/* "Photo courtesy of Agency", "Photo by Jane Doe" */
	for (e = i; e < b && isalpha((unsigned char)s[e]); e++)
		;
	if (w > a && isupper((unsigned char)s[a]) && span_word_in(s + a, w - a,
	    photo_words, PX_NITEMS(photo_words)) && e > i && e < b &&
	    span_word_in(s + i, e - i, by, PX_NITEMS(by)))
		return 1;
	for (i = a; i < b; i++) {
		if (s[i] != '/' || i == a || s[i - 1] == ' ' || i + 1 >= b ||
		    s[i + 1] == ' ')
			continue;
		/* the outlet after the slash, or before it */
		if (outlets_match(p->outlets, s, b, i + 1, &e) != NULL &&
		    (e == b || strncasecmp(s + span_skip_sp(s, b, e), "photo",
		    5) == 0))
			return 1;
		if (outlets_match(p->outlets, s, i, a, &e) != NULL && e == i)
			return 1;
	}
	return 0;
}

/*
 * A caption with its credit as its last sentence: "Rescuers work near the
 * carriage, 4 March 2026. EFE/Name", "The carriages near the town. Foto:
 * Agency", "Rescuers at the pit. \u2013 Photo courtesy of Agency": a line
 * whose tail after its last full stop is a photo credit.  So is a tail
 * after a slash or a bar, "Rebels near the town. / Group Press Desk": one to
 * CREDIT_WORDS capitalised words without sentence punctuation, under a
 * caption of at most 40 words.
 */
int
captions_credited(const struct parse *p, const char *s, const struct line *l)
{
	size_t	i, k, e;

	if (l->words > 60)
		return 0;
	for (i = l->b; i > l->a + 1; i--)
		if (s[i - 2] == '.' && s[i - 1] == ' ')
			break;
	if (i <= l->a + 1)
		return 0;
	if (captions_photo_credit(p, s, i, l->b))
		return 1;
	if (l->words > 40 || (s[i] != '/' && s[i] != '|') || i + 2 >= l->b ||
	    s[i + 1] != ' ' || span_more_words(s, i + 2, l->b,
	    CREDIT_WORDS) || span_ends_sentence(s, i + 2, l->b))
		return 0;
	for (k = span_skip_sp(s, l->b, i + 2); k < l->b; k = span_skip_sp(s,
	    l->b, e)) {
		if (!isupper((unsigned char)s[k]))
			return 0;
		for (e = k; e < l->b && s[e] != ' '; e++)
			;
	}
	return 1;
}

/*
 * "Relatives wait at the pier [Agency]", "Rescuers at the mine [Jo
 * Lee/Agency]": a line (at most 40 words, three before the bracket)
 * ending in square brackets around a known outlet's name or a photo
 * credit is a caption; a text names its sources otherwise.  So is one
 * whose sentence closes before "(Agency: Photographer)", "Ash over the
 * town. (Reuters: Jo Lee)".
 */
int
captions_bracket_credit(const struct parse *p, const char *s,
    const struct line *l)
{
	size_t	o, b = l->b, e;
	char	open;

	if (l->words > 40 || b - l->a < 8 || (s[b - 1] != ']' &&
	    s[b - 1] != ')'))
		return 0;
	open = s[b - 1] == ']' ? '[' : '(';
	for (o = b - 1; o > l->a && s[o - 1] != open; o--)
		if (b - o > 60 || s[o - 1] == s[b - 1])
			return 0;
	if (o <= l->a + 1 || o + 1 >= b || span_words(s, l->a, o) < 4)
		return 0;
	/* "(Agency: Photographer)" after the caption's full stop */
	if (open == '(')
		return o >= l->a + 3 && s[o - 2] == ' ' && s[o - 3] == '.' &&
		    outlets_match(p->outlets, s, b - 1, o, &e) != NULL &&
		    e < b - 1 && s[e] == ':' && span_words(s, e + 1,
		    b - 1) <= CREDIT_WORDS && span_first_case(s, span_skip_sp(s,
		    b, e + 1), b) == 1;
	return outlets_lookup(p->outlets, s + o, b - 1 - o) != NULL ||
	    captions_photo_credit(p, s, o, b - 1);
}

/* How many line breaks stand between two lines, x above y. */
size_t
captions_newlines(const struct parse *p, const struct line *x,
    const struct line *y)
{
	size_t	k, n = 0;

	for (k = x->b; k < y->a; k++)
		n += p->t->s[k] == '\n';
	return n;
}

/*
 * Has the line a caption's shape: one sentence of at most 40 words that
 * reports nobody, and tells no story (a sentence of more than
 * CLAUSE_WORDS words with a clause after a comma: "..., when a train
 * exploded in the town, killing 47 people.")?  "Rescue workers search the
 * cars on Wednesday." is a caption, "Three people died, officials said."
 * a paragraph.
 */
static int
caption_shape(struct parse *p, const struct line *c)
{
	static const char *const say[] = { "said", "says", "say", "told",
	    "tells", "announced", "reported", "according", "added",
	    "stated" };
	static const char *const clause[] = { "when", "which", "who",
	    "whose", "killing", "leaving", "injuring", "forcing" };
	const char	*s = p->t->s;
	size_t		 k, w;

	if (c->words > 40 || title_several_sentences(p, c->a, c->b))
		return 0;
	for (k = c->a; k < c->b; k = w) {
		while (k < c->b && !isalpha((unsigned char)s[k]))
			k++;
		for (w = k; w < c->b && isalpha((unsigned char)s[w]); w++)
			;
		if (w > k && span_word_in(s + k, w - k, say, PX_NITEMS(say)))
			return 0;
		/* a long sentence with a clause after a comma tells */
		if (w > k && c->words > CLAUSE_WORDS && k >= c->a + 2 &&
		    s[k - 2] == ',' && span_word_in(s + k, w - k, clause,
		    PX_NITEMS(clause)))
			return 0;
	}
	return 1;
}

/*
 * Is the line over a photo credit its caption?  It stands right above it
 * (no blank line between), is one sentence, and reports nobody: "Rescue
 * workers search the cars on Wednesday." is a caption, "Three people
 * died, officials said." a paragraph with a photo after it.
 */
int
captions_above(struct parse *p, size_t i)
{
	const struct line	*c = &p->lines[i - 1];

	return c->kind == L_CONTENT && c->punct && captions_newlines(p, c,
	    &p->lines[i]) <= 1 && caption_shape(p, c);
}

/*
 * "The minister during a briefing in the capital.": has s[a, b) no word
 * that reads as a finite verb (an auxiliary, or a past form in "-ed" of
 * five letters or more)?  A caption is often verbless, a paragraph never.
 */
static int
verbless(const char *s, size_t a, size_t b)
{
	static const char *const aux[] = { "is", "are", "was", "were", "has",
	    "have", "had", "will", "would", "can", "could", "may", "might",
	    "should", "must", "did", "does", "do", "said", "says" };
	size_t	i, w;

	for (i = a; i < b; i = w) {
		while (i < b && !isalpha((unsigned char)s[i]))
			i++;
		for (w = i; w < b && isalpha((unsigned char)s[w]); w++)
			;
		if (w == i)
			continue;
		if (span_word_in(s + i, w - i, aux, PX_NITEMS(aux)) ||
		    (w - i >= 5 && s[w - 2] == 'e' && s[w - 1] == 'd'))
			return 0;
	}
	return 1;
}

/*
 * "Photo: Jane Doe" over a blank line and "The minister at a briefing.":
 * a credit that says it is one (a photo word and a colon) may stand a
 * blank line above its caption when the caption has no verb (verbless())
 * and is short (up to 25 words) or the last paragraph (after it, the end
 * of the page or plain furniture: "Read also").
 */

static int
explicit_credit(struct parse *p, size_t i)
{
	const char		*s = p->t->s;
	const struct line	*c = &p->lines[i - 1];
	size_t			 w;

	for (w = c->a; w < c->b && isalpha((unsigned char)s[w]); w++)
		;
	if (w == c->a || w >= c->b || s[w] != ':' || !span_word_in(s + c->a,
	    w - c->a, photo_words, PX_NITEMS(photo_words)) ||
	    span_words(s, c->a, c->b) > CREDIT_WORDS + 1)
		return 0;
	return p->lines[i].words <= 25 || i + 1 >= p->nlines ||
	    lines_plain_furniture(p, &p->lines[i + 1]);
}

/*
 * "Getty Images" or "PHOTO | JANE DOE | AGENCY", then right below it
 * "Rescuers search for survivors": below the headline, the line under a
 * photo credit (a short line with a photo word, or a credit's shape), with
 * no blank line between and a blank line or the end after it, is the
 * caption when it has its shape.
 */
int
captions_below(struct parse *p, size_t i)
{
	const char		*s = p->t->s;
	const struct line	*c, *l = &p->lines[i];

	if (i == 0 || l->words < 3 || span_first_case(s, l->a, l->b) != 1)
		return 0;
	c = &p->lines[i - 1];
	if (c->kind != L_CONTENT && c->kind != L_TITLE && captions_newlines(p,
	    c, l) == 2 && explicit_credit(p, i))
		return caption_shape(p, l) && verbless(s, l->a, l->b);
	if (c->kind == L_CONTENT || c->kind == L_TITLE || captions_newlines(p,
	    c, l) > 1 || (i + 1 < p->nlines && captions_newlines(p, l,
	    &p->lines[i + 1]) < 2))
		return 0;
	if (!captions_photo_credit(p, s, c->a, c->b) && (c->punct ||
	    c->words > CREDIT_WORDS || !photo_word_in(s, c->a, c->b)))
		return 0;
	return caption_shape(p, l);
}

/*
 * "Residents inspect a house in the village on Saturday (Nov 21, 2026).":
 * a line ending in a bracketed date with its year, then a full stop, is a
 * photo caption; a text names a day so, "on Saturday (Nov 21)", without
 * the year.
 */
int
captions_dated(const char *s, const struct line *l)
{
	char	iso[11];
	size_t	b = l->b, o, k, ds, de;

	if (l->words > 40 || b - l->a < 12 || s[b - 1] != '.' ||
	    s[b - 2] != ')')
		return 0;
	for (o = b - 2; o > l->a && s[o - 1] != '('; o--)
		if (b - o > 30)
			return 0;
	for (k = b - 2; k > o && isdigit((unsigned char)s[k - 1]); k--)
		;
	if (o == l->a || b - 2 - k != 4)	/* no year */
		return 0;
	return dates_find(s, o, b - 2, iso, &ds, &de) && ds == o &&
	    de == b - 2;
}

/*
 * "3/5 Rescuers at the site. (Agency)": the counter of a photo gallery's
 * caption, "n/N " with 1 <= n <= N; returns N, or 0.
 */
static int
gallery_count(const char *s, const struct line *l)
{
	size_t	e;
	int	n, total;

	if ((n = dates_number_at(s, l->b, l->a, 2, &e)) < 1 || e >= l->b ||
	    s[e] != '/' || (total = dates_number_at(s, l->b, e + 1, 2,
	    &e)) < 2 || n > total || e >= l->b || s[e] != ' ')
		return 0;
	return total;
}

/*
 * A run of gallery captions ("1/4 ...", "2/4 ...") is furniture: a line
 * with the counter whose neighbour has one with the same total.
 */
int
captions_gallery(const struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 i = (size_t)(l - p->lines);
	int		 total;

	if ((total = gallery_count(s, l)) == 0)
		return 0;
	return (i > 0 && gallery_count(s, &p->lines[i - 1]) == total) ||
	    (i + 1 < p->nlines && gallery_count(s, &p->lines[i + 1]) ==
	    total);
}

/*
 * "Residents search the village, on November 18, 2026.": between the
 * headline and the text, a line of a caption's shape that ends with a full
 * date and its year, then a full stop, is a photo caption (a text names
 * its day without the year).
 */
int
captions_lead(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	char		 iso[11];
	size_t		 ds, de, k, b = l->b;

	if (l->words < 4 || s[b - 1] != '.' || !isupper((unsigned char)
	    s[l->a]))
		return 0;
	for (k = b - 1; k > l->a && isdigit((unsigned char)s[k - 1]); k--)
		;
	if (b - 1 - k != 4 || !caption_shape(p, l))
		return 0;
	for (k = l->a; k < b && dates_find(s, k, b - 1, iso, &ds, &de);
	    k = de)
		if (de == b - 1)
			return 1;
	return 0;
}
