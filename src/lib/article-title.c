/*
 * article-title.c: the headline and the lines around it: headline shape
 * (at most TITLE_MAX_WORDS words, TITLE_MAX_BYTES bytes, tags such as
 * "| Site" cut), taglines, mastheads in the page's own language,
 * subheadings, affiliations, questions shaped as headlines, links under a
 * heading and headline-shaped lines below the last paragraph.  On a page
 * translated by machine, the original's headline over the translated one
 * is furniture (title_translated_over()).
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "furniture.h"
#include "sentence.h"
#include "text.h"

#include <ctype.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

/* Does more than one sentence start in [a, b)?  (A headline is one.) */
int
title_several_sentences(struct parse *p, size_t a, size_t b)
{
	struct sentence_span	*sp = NULL;
	size_t			 n = 0;

	if (sentence_split(p->t->s + a, b - a, p->abbrevs, &sp, &n,
	    NULL) != 0)
		return 0;
	free(sp);
	return n > 1;
}

/*
 * "UPDATE 3-Floods ...", "REFILE-Floods ...", "CORRECTED-...": a wire's
 * word for the version of a story, in capitals with perhaps its number,
 * joined to its headline by a hyphen.  Returns where the headline starts.
 */
static size_t
title_slug(const char *s, size_t a, size_t b)
{
	static const char *const slugs[] = { "UPDATE", "REFILE", "CORRECTED",
	    "RPT", "WRAPUP", "REPEAT", "CORRECTION", NULL };
	size_t	i, n, e;

	for (i = 0; slugs[i] != NULL; i++) {
		n = strlen(slugs[i]);
		if (b - a > n + 2 && strncmp(s + a, slugs[i], n) == 0)
			break;
	}
	if (slugs[i] == NULL)
		return a;
	e = a + n;
	if (s[e] == ' ' && isdigit((unsigned char)s[e + 1]))
		for (e++; e < b && isdigit((unsigned char)s[e]); e++)
			;
	if (e + 1 < b && s[e] == '-' && (isupper((unsigned char)s[e + 1]) ||
	    isdigit((unsigned char)s[e + 1]) || s[e + 1] == '"' ||
	    (unsigned char)s[e + 1] >= 0x80))
		return e + 1;
	return a;
}

/*
 * "(LEAD) Floods ...", "(2nd LD) ...", "(URGENT) ...": a wire service's
 * tag for the version of a story, in brackets before its headline (one to
 * three words in capitals or ordinals).  Returns where the headline
 * starts after the tags.
 */
size_t
title_tags(const char *s, size_t a, size_t b)
{
	size_t	i, e, words;

	while (a < b && s[a] == '(') {
		for (i = a + 1, words = 0; i < b && s[i] != ')'; i = e) {
			for (e = i; e < b && isdigit((unsigned char)s[e]); e++)
				;
			if (e > i)	/* "2nd" */
				while (e < b && islower((unsigned char)s[e]) &&
				    e - i < 6)
					e++;
			else
				while (e < b && (isupper((unsigned char)
				    s[e]) || s[e] == '\''))
					e++;
			if (e - i < 2 || ++words > 3 || (e < b && s[e] != ' ' &&
			    s[e] != ')'))
				return a;
			while (e < b && s[e] == ' ')
				e++;
		}
		if (i >= b || words == 0 || i + 2 >= b || s[i + 1] != ' ' ||
		    span_first_case(s, i + 2, b) != 1)
			return a;
		a = i + 2;
	}
	return title_slug(s, a, b);
}

/* Is this line headline-like? */
int
title_headline(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 a;

	if (l->words < 2 || l->words > TITLE_MAX_WORDS ||
	    l->b - l->a > TITLE_MAX_BYTES || title_several_sentences(p, l->a,
	    l->b))
		return 0;
	a = title_tags(s, l->a, l->b);
	if (span_first_case(s, a, l->b) != 1 && !isdigit((unsigned char)s[a]))
		return 0;
	/* A question or exclamation may be a headline; a full stop not. */
	if (l->punct) {
		size_t b = l->b;

		while (b > l->a && !isalnum((unsigned char)s[b - 1]) &&
		    s[b - 1] != '?' && s[b - 1] != '!' && s[b - 1] != '.' &&
		    (unsigned char)s[b - 1] < 0x80)
			b--;
		if (b == l->a || s[b - 1] == '.' || s[b - 1] == ';' ||
		    s[b - 1] == ':')
			return 0;
	}
	return 1;
}

int
title_same_line(const char *s, const struct line *x, const struct line *y)
{
	return x->b - x->a == y->b - y->a &&
	    memcmp(s + x->a, s + y->a, x->b - x->a) == 0;
}

/* Is a line above line i the title? */
int
title_titled_above(const struct parse *p, size_t i)
{
	while (i-- > 0)
		if (p->lines[i].kind == L_TITLE)
			return 1;
	return 0;
}

/* Does the paragraph open with a full date ("March 4, 2026 (CITY) -")? */
int
title_dated_lede(const struct parse *p, const struct line *l)
{
	size_t	e;
	int	y, m, d;

	return dates_at(p->t->s, l->b, l->a, &y, &m, &d, &e) && e < l->b &&
	    l->words >= 8;
}

/*
 * A line that reads like a headline but stands over the site's section
 * names or menu, with another headline below them, is the site's tagline
 * ("Exclusive news and analysis for professionals" over "World",
 * "Europe" and the story's headline).  Only lines of furniture, single
 * words and the items of a menu run (menus_runs(), however many) may stand
 * between; the headline below must not be this line's start (a title
 * with the site's name after it).  One section name alone may be a label
 * under the headline, over a standfirst: then the line below it must
 * have furniture under it (a byline, a date) to be the headline.  Some
 * sites put the lede, opening with its date, over the headline: a line
 * under the menu and over a lede that opens with a date, with a headline
 * right under it, is the tagline too, and that headline the title
 * (p->late_title).
 */
int
title_tagline(struct parse *p, size_t i)
{
	const char	*s = p->t->s;
	struct line	*l;
	size_t		 j, n = 0, sections = 0;
	int		 menu = 0;

	for (j = i + 1; j < p->nlines && n < TOP_LINES; j++) {
		l = &p->lines[j];
		if (l->menu || l->inrun || menus_spaced_menu(p, l)) {
			menu = 1;
			continue;
		}
		n++;
		/* the lede over the headline: "March 4, 2026 (CITY) - ..." */
		if (menu && l->punct && title_dated_lede(p, l) &&
		    j + 1 < p->nlines && !p->lines[j + 1].punct &&
		    title_headline(p, &p->lines[j + 1])) {
			p->late_title = j + 1;
			return 1;
		}
		if (menus_navigation(p, s, l) || menus_breadcrumb(p, s, l)) {
			menu = 1;
			continue;
		}
		if (furniture_is_section(p->furniture, s + l->a, l->b - l->a)) {
			sections++;
			continue;
		}
		if (lines_plain_furniture(p, l) || (!l->punct && l->words <= 1))
			continue;
		if ((!menu && sections == 0) || !title_headline(p, l))
			return 0;
		/* the headline again, the line over it with the site's name */
		if (l->b - l->a <= p->lines[i].b - p->lines[i].a &&
		    memcmp(s + l->a, s + p->lines[i].a, l->b - l->a) == 0)
			return 0;
		return menu || sections > 1 || (j + 1 < p->nlines &&
		    lines_plain_furniture(p, &p->lines[j + 1]));
	}
	return 0;
}

/* Has s[a, b) letters, none of them in a script with case (Devanagari,
 * Hangul, Arabic, Han)? */
static int
uncased(const char *s, size_t a, size_t b)
{
	ucs4_t	c;
	int	k, letters = 0;

	while (a < b) {
		if ((k = u8_mbtoucr(&c, (const uint8_t *)s + a, b - a)) < 0)
			return 0;
		if (uc_is_upper(c) || uc_is_lower(c))
			return 0;
		if (uc_is_alpha(c))
			letters++;
		a += (size_t)k;
	}
	return letters > 0;
}

/*
 * A masthead in the outlet's own script over a text in Latin letters:
 * a top line in a script without case, unpunctuated, over a line with
 * capitals.  Returns 1 when the line is one, and 2 when the line right
 * under it (no blank line between: a short unpunctuated line of words)
 * is the name in Latin letters.
 */
int
title_native_masthead(const struct parse *p, size_t i)
{
	const char		*s = p->t->s;
	const struct line	*l = &p->lines[i], *next;
	size_t			 k;

	if (l->punct || i + 1 >= p->nlines || !uncased(s, l->a, l->b))
		return 0;
	next = &p->lines[i + 1];
	if (span_first_case(s, next->a, next->b) != 1)
		return 0;
	if (next->punct || next->words > 5)
		return 1;
	for (k = next->a; k < next->b; k++)
		if (isdigit((unsigned char)s[k]))
			return 1;
	for (k = l->b; k < next->a; k++)
		if (s[k] == '\n' && memchr(s + k + 1, '\n', next->a - k - 1))
			return 1;
	return 2;
}

/*
 * "Talks on the venue": inside the text, a short line (three to eight
 * words) that opens with a capital and ends in a letter or digit, between
 * a paragraph that ends a sentence and one that opens with a capital and
 * ends one, is a subheading: furniture.  Shorter ones are tags anyway.
 */
int
title_subheading(const struct parse *p, size_t i)
{
	const char		*s = p->t->s;
	const struct line	*l = &p->lines[i], *prev, *next;

	if (i == 0 || i + 1 >= p->nlines || l->punct || l->words < 3 ||
	    l->words > 8 || span_first_case(s, l->a, l->b) != 1 ||
	    !isalpha((unsigned char)s[l->a]) ||
	    !isalnum((unsigned char)s[l->b - 1]))
		return 0;
	prev = &p->lines[i - 1];
	next = &p->lines[i + 1];
	return prev->kind == L_CONTENT && prev->punct && next->punct &&
	    next->words > l->words && span_first_case(s, next->a, next->b) == 1;
}

/*
 * "By Jane Doe" then "Daily Post Media Group" right below it: a short line
 * (two to five words, capitalised but for "of", "and", "&"; no figure, no
 * punctuation) ending in a word that names a firm, under a byline with no
 * blank line between, is the byline's affiliation.  A place under the
 * byline ("New York") is left to be the dateline.
 */
int
title_affiliation(const struct parse *p, size_t i, int bylined)
{
	static const char *const small[] = { "of", "and", "&", "the" };
	static const char *const firm[] = { "group", "media", "corporation",
	    "company", "holdings", "limited", "ltd", "inc", "network",
	    "newspapers", "publishing", "publications", "press", "agency",
	    "service", "services", "broadcasting", "communications", "news" };
	const char		*s = p->t->s;
	const struct line	*l = &p->lines[i];
	size_t			 k, e;

	if (!bylined || i == 0 || l->punct || l->words < 2 || l->words > 5 ||
	    captions_newlines(p, &p->lines[i - 1], l) > 1)
		return 0;
	for (k = l->b; k > l->a && s[k - 1] != ' '; k--)
		;
	if (!span_word_in(s + k, l->b - k, firm, PX_NITEMS(firm)))
		return 0;
	for (k = l->a; k < l->b; k = span_skip_sp(s, l->b, e)) {
		for (e = k; e < l->b && s[e] != ' '; e++)
			if (isdigit((unsigned char)s[e]) || s[e] == ',' ||
			    s[e] == ':' || s[e] == '.')
				return 0;
		if (!isupper((unsigned char)s[k]) && !span_word_in(s + k, e - k,
		    small, PX_NITEMS(small)))
			return 0;
	}
	return 1;
}

/*
 * "Kenya floods: Why is it raining so much?": under a heading of links,
 * a question shaped as a headline (one sentence of at most 14 words,
 * opening with a capital, no quotation) is a link like the lines without
 * punctuation around it.
 */
int
title_linked_question(struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;

	return l->b > l->a && s[l->b - 1] == '?' && l->words <= 14 &&
	    isupper((unsigned char)s[l->a]) && memchr(s + l->a, '"',
	    l->b - l->a) == NULL && !title_several_sentences(p, l->a, l->b);
}

/*
 * "Deadly floods hit the capital" after the last paragraph: below the
 * text, content lines shaped as headlines (opening with a capital
 * letter, at most 14 words, no sentence punctuation) are links to other
 * stories, when the text has at least two paragraphs that end a sentence;
 * a list ("- 34 dead") stays.
 */
void
title_trailing_links(struct parse *p)
{
	const char	*s = p->t->s;
	struct line	*l;
	size_t		 i, last = 0, paras = 0;

	for (i = 0; i < p->nlines; i++) {
		if (p->lines[i].kind == L_CONTENT && p->lines[i].punct) {
			last = i;
			paras++;
		}
	}
	if (paras < 2)
		return;
	for (i = last + 1; i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->kind == L_CONTENT && l->words <= 14 &&
		    isupper((unsigned char)s[l->a]) && !l->punct)
			l->kind = L_FURNITURE;
	}
}

/*
 * "This page has been automatically translated from Spanish", "(translated
 * from Russian)", "Machine translation": a short line (at most 16 words)
 * saying the page is a translation, from a language (a capitalised word)
 * or by a machine.
 */
int
title_translation_notice(const struct parse *p, const struct line *l)
{
	static const char *const machine[] = { "machine-translated",
	    "machine translated", "automatically translated",
	    "machine translation", "automatic translation",
	    "translated automatically",
	    "traduzida automaticamente", "traduzido automaticamente",
	    "traducida autom\xc3\xa1ticamente",
	    "traducido autom\xc3\xa1ticamente", "traduit automatiquement",
	    "traduite automatiquement", "tradotto automaticamente",
	    "tradotta automaticamente", "automatisch \303\274bersetzt",
	    "automatisch vertaald" };
	static const char	 w[] = "translated from ";
	const char		*s = p->t->s;
	size_t			 k, i, n = sizeof w - 1, m;
	int			 c;

	if (l->words > 16)
		return 0;
	for (k = l->a; k + n < l->b; k++) {
		if (k > l->a && isalpha((unsigned char)s[k - 1]))
			continue;
		/* the phrases are lower case: a first byte unlike theirs
		 * spares the comparisons */
		c = tolower((unsigned char)s[k]);
		if (c == w[0] && strncasecmp(s + k, w, n) == 0 &&
		    isupper((unsigned char)s[k + n]))
			return 1;
		for (i = 0; i < PX_NITEMS(machine); i++) {
			if (c != machine[i][0])
				continue;
			m = strlen(machine[i]);
			if (k + m <= l->b && strncasecmp(s + k, machine[i],
			    m) == 0 && (k + m == l->b || !isalpha(
			    (unsigned char)s[k + m])))
				return 1;
		}
	}
	return 0;
}

/* How many of the words of list s[a, b) has. */
static size_t
words_of(const char *s, size_t a, size_t b, const char *const *list,
    size_t nlist)
{
	size_t	i, e, n = 0;

	for (i = a; i < b; i = e) {
		while (i < b && !isalpha((unsigned char)s[i]))
			i++;
		for (e = i; e < b && isalpha((unsigned char)s[e]); e++)
			;
		if (e > i && (e == b || s[e] == ' ' || s[e] == ',') &&
		    span_word_in(s + i, e - i, list, nlist))
			n++;
	}
	return n;
}

/* How many of English's commonest short words s[a, b) has. */
static size_t
english_words(const char *s, size_t a, size_t b)
{
	static const char *const common[] = { "the", "a", "of", "to", "in",
	    "on", "for", "with", "and", "as", "at", "by", "from", "is", "are",
	    "will", "be", "says", "after", "over", "its", "their" };

	return words_of(s, a, b, common, PX_NITEMS(common));
}

/* How many short words of Spanish, Portuguese, French, German or Italian
 * that English has not s[a, b) has. */
static size_t
foreign_words(const char *s, size_t a, size_t b)
{
	static const char *const common[] = { "de", "del", "la", "el", "los",
	    "las", "y", "en", "un", "una", "por", "con", "para", "da", "do",
	    "dos", "das", "em", "e", "um", "le", "les", "des", "du", "et",
	    "der", "die", "und", "den", "dem", "im", "mit", "von",
	    "zu", "il", "di", "che", "per" };

	return words_of(s, a, b, common, PX_NITEMS(common));
}

/*
 * On a translated page, the headline in the original language stands right
 * over the translated one: a headline with another right under it (no
 * blank line between, not the same words, no sentence) is the original,
 * unless it has more of English's commonest words than the one below.  The
 * notice may stand between the two ("(Translated from German)").  On a
 * page that says nothing of a translation, the original needs two short
 * words of another language ("de", "der") and the one below none of them
 * and at least two of English's.
 */
int
title_translated_over(struct parse *p, size_t i)
{
	const struct line	*l = &p->lines[i], *next;
	size_t			 mine, theirs;

	if (i + 1 >= p->nlines || !title_headline(p, l))
		return 0;
	next = &p->lines[i + 1];
	if (p->translated && title_translation_notice(p, next) && i + 2 <
	    p->nlines && captions_newlines(p, next, &p->lines[i + 2]) == 1)
		next = &p->lines[i + 2];
	if (captions_newlines(p, l, next) > 2 || next->punct ||
	    !title_headline(p, next) || title_same_line(p->t->s, l, next) ||
	    title_translation_notice(p, next) || lines_plain_furniture(p, next))
		return 0;
	if (next == &p->lines[i + 1] && captions_newlines(p, l, next) != 1)
		return 0;
	mine = english_words(p->t->s, l->a, l->b);
	theirs = english_words(p->t->s, next->a, next->b);
	if (!p->translated)
		return mine < theirs && theirs >= 2 && foreign_words(p->t->s,
		    l->a, l->b) >= 2 && foreign_words(p->t->s, next->a,
		    next->b) == 0;
	return mine <= theirs;
}
