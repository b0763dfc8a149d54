/*
 * article-menus.c: menus and navigation: lines of items separated by
 * bars, bullets or wide spaces, breadcrumbs, stamps between bars ("World |
 * Agency | Updated: date"), menu columns (one short item a line, at least
 * MENU_RUN of them) and runs (MENU_ROWS short lines in a row), and what lies
 * below them.  Marks are kept in struct line (menu, inrun).
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "furniture.h"
#include "outlets.h"
#include "text.h"

#include <ctype.h>
#include <string.h>

#define MENU_ITEM_WORDS	4	/* the longest item of a menu line */
#define MENU_RUN	5	/* the fewest items of a menu column */
#define MENU_ROWS	4	/* short lines in a row that make a menu run */

/* The separator of menu items at s[i]: " | ", " \u00b7 ", " \u2022 " (its
 * length; 0: none). */
static size_t
menu_sep(const char *s, size_t b, size_t i)
{
	const unsigned char	*u = (const unsigned char *)s;

	if (s[i] != ' ')
		return 0;
	if (i + 3 <= b && s[i + 1] == '|' && s[i + 2] == ' ')
		return 3;
	if (i + 4 <= b && u[i + 1] == 0xC2 && u[i + 2] == 0xB7 &&
	    s[i + 3] == ' ')
		return 4;
	if (i + 5 <= b && u[i + 1] == 0xE2 && u[i + 2] == 0x80 &&
	    u[i + 3] == 0xA2 && s[i + 4] == ' ')
		return 5;
	return 0;
}

/*
 * "Singapore | Asia | Commentary | Watch | Listen", "News \u00b7 Sport
 * \u00b7 Weather", "PHOTO | FILE | AFP": three or more short items (one to
 * MENU_ITEM_WORDS words, none ending a sentence) between bars or dots are
 * a menu, whatever the words.  Of two items, "Sign in | Subscribe" is one
 * when both are furniture, and "SOCIETY | RAIL TRAGEDY" a section label
 * when the first is a section name and the second short.  A sentence with
 * a bar in it has a long item.
 */
static int
menu_line(const struct parse *p, const char *s, const struct line *l)
{
	size_t	i, k, a = l->a, items = 0, furn = 0, w = 0, first = 0;
	int	section = 0;

	if (l->punct)
		return 0;
	for (i = l->a; i <= l->b; i++) {
		k = i < l->b ? menu_sep(s, l->b, i) : 0;
		if (i < l->b && k == 0)
			continue;
		w = span_words(s, a, i);
		if (w == 0 || w > MENU_ITEM_WORDS || span_ends_sentence(s, a,
		    i))
			return 0;
		if (items++ == 0) {
			first = w;
			section = furniture_is_section(p->furniture, s + a,
			    i - a);
		}
		if (furniture_match(p->furniture, s + a, i - a) !=
		    FURNITURE_NONE || furniture_is_section(p->furniture,
		    s + a, i - a))
			furn++;
		if (i == l->b)
			break;
		a = i + k;
		i = a - 1;
	}
	return items >= 3 || (items == 2 && (furn == 2 || (section &&
	    first <= 2 && w <= 3)));
}

/* How wide the page set the clean space at s[i]: the spaces of its run
 * in the original (a tab counts four; 0: not only spaces and tabs). */
static size_t
space_width(const struct parse *p, size_t i)
{
	size_t	o, e, w = 0;

	if (p->raw == NULL || i + 1 >= p->t->len)
		return 0;
	o = p->t->ostart[i];
	e = p->t->ostart[i + 1];
	if (e > p->t->rawlen || o >= e)
		return 0;
	for (; o < e; o++) {
		if (p->raw[o] == ' ')
			w++;
		else if (p->raw[o] == '\t')
			w += 4;
		else
			return 0;
	}
	return w;
}

/*
 * "Home  Politics  Economy  Opinion", "Subscribe   Sign in": short items
 * (one to MENU_ITEM_WORDS words, none opening in lower case) that the page
 * sets apart with runs of spaces, and no sentence punctuation: a menu,
 * whatever the language.  Of two items, the line has at most four words
 * and the run three spaces or a tab (a headline with a doubled space is
 * no menu).
 */
int
menus_spaced_menu(const struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 i, a = l->a, w, items = 0, widest = 0, k = 0;

	if (l->punct || l->words < 2 || l->words > 24)
		return 0;
	for (i = l->a; i <= l->b; i++) {
		if (i < l->b && (s[i] != ' ' || (k = space_width(p, i)) < 2))
			continue;
		w = span_words(s, a, i);
		if (w == 0 || w > MENU_ITEM_WORDS || span_ends_sentence(s, a,
		    i) || span_first_case(s, a, i) == -1)
			return 0;
		if (i < l->b && k > widest)
			widest = k;
		items++;
		a = i + 1;
	}
	return items >= 3 || (items == 2 && l->words <= 4 && widest >= 3);
}

/*
 * "Home » World » Europe", "Home | World | Science | Video", "Home /
 * World News", "Kenya | Politics": navigation, and menus (menu_line()).
 * One "»" or " > " is enough; bars must separate at least three items, or
 * two when the last is a section name and the first no outlet's; slashes
 * three, or two when the first item is a section name ("Home", "World").
 */
int
menus_breadcrumb(const struct parse *p, const char *s, const struct line *l)
{
	size_t	i, bars = 0, slashes = 0, first = 0, bar = 0;

	if (menu_line(p, s, l))
		return 1;
	if (l->punct || l->words > 12)
		return 0;
	for (i = l->a; i + 2 < l->b; i++) {
		if ((unsigned char)s[i] == 0xC2 &&
		    (unsigned char)s[i + 1] == 0xBB)		/* » */
			return 1;
		if (s[i] == ' ' && s[i + 1] == '>' && s[i + 2] == ' ')
			return 1;
		if (s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ' &&
		    bars++ == 0)
			bar = i;
		if (s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ' &&
		    slashes++ == 0)
			first = i;
	}
	/* "Place | Section": one bar before a section name, after no
	 * outlet's name (that is a masthead) */
	if (bars == 1 && l->words <= 6 && furniture_is_section(p->furniture,
	    s + bar + 3, l->b - bar - 3) && outlets_lookup(p->outlets,
	    s + l->a, bar - l->a) == NULL)
		return 1;
	return bars >= 2 || slashes >= 2 || (slashes == 1 &&
	    furniture_is_section(p->furniture, s + l->a, first - l->a));
}

/* "Last Updated: 5 hours ago": an item that is a relative time stamp */
static int
relative_item(const char *s, size_t a, size_t e)
{
	struct line	l;

	memset(&l, 0, sizeof l);
	l.a = a;
	l.b = e;
	l.words = span_words(s, a, e);
	return bylines_relative_time(s, &l);
}

/*
 * "World News | Agence France-Presse | Updated: October 14, 2026 4:51 pm
 * IST": a line of items between bars or dots, one of them a printed date
 * (dates_line()), the others section names, known outlets, a "By"
 * byline or a relative time ("Last Updated: 5 hours ago"), is the story's
 * stamp: furniture.  Its date is the page date at
 * the top; its outlet the agency the story comes from, a citation unless
 * nothing else names the outlet.  Returns 1 for such a line, -1 when out
 * of memory.
 */
int
menus_stamp_bar(struct parse *p, const struct line *l, int top)
{
	const char	*s = p->t->s, *known, *outlet = NULL;
	char		 iso[11], date[11];
	size_t		 i, k, a = l->a, e, items = 0;
	int		 dated = 0;

	if (l->b - l->a > 200)
		return 0;
	for (i = l->a; i <= l->b; i++) {
		k = i < l->b ? menu_sep(s, l->b, i) : 0;
		if (i < l->b && k == 0)
			continue;
		/* a line without a separator is one item: no stamp, and
		 * its date, outlet and section need no looking up */
		if (i == l->b && items == 0)
			return 0;
		for (e = i; e > a && s[e - 1] == ' '; e--)
			;
		if (e == a)
			return 0;
		items++;
		if (dates_line(s, a, e, iso) && iso[0] != '\0') {
			if (dated++ > 0)
				return 0;
			memcpy(date, iso, sizeof date);
		} else if ((known = outlets_lookup(p->outlets, s + a,
		    e - a)) != NULL) {
			if (outlet == NULL)
				outlet = known;
		} else if (!furniture_is_section(p->furniture, s + a, e - a) &&
		    strncmp(s + a, "By ", 3) != 0 && strncmp(s + a, "BY ",
		    3) != 0 && !relative_item(s, a, e))
			return 0;
		if (i == l->b)
			break;
		a = i + k;
		i = a - 1;
	}
	if (items < 2 || !dated)
		return 0;
	if (top && p->art->date == NULL && (p->art->date = util_strdup(
	    date)) == NULL)
		return -1;
	if (outlet != NULL && p->barred == NULL && (p->barred = util_strdup(
	    outlet)) == NULL)
		return -1;
	return 1;
}

/*
 * "With Reuters and AFP", "Avec La Presse Canadienne": a line of "With"
 * then known outlets only (between commas, "and", "et", "&") credits
 * them: cites.  Returns 1 for such a line, -1 when out of memory.
 */
static int
with_outlets(struct parse *p, const char *s, const struct line *l)
{
	static const char *const joins[] = { "and ", "et ", "& " };
	const char	*name;
	size_t		 i, k, end, n, pass;

	if (l->punct || l->words < 2 || l->words > 12 || (strncmp(s + l->a,
	    "With ", 5) != 0 && strncmp(s + l->a, "Avec ", 5) != 0))
		return 0;
	/* first whether all are outlets, then the cites */
	for (pass = 0; pass < 2; pass++) {
		for (i = l->a + 5; i < l->b;) {
			if ((name = outlets_match(p->outlets, s, l->b, i,
			    &end)) == NULL)
				return 0;
			if (pass == 1 && cites_add(p, name) != 0)
				return -1;
			i = span_skip_sp(s, l->b, end);
			if (i < l->b && s[i] == ',') {
				i = span_skip_sp(s, l->b, i + 1);
				continue;
			}
			for (k = 0; k < PX_NITEMS(joins); k++) {
				n = strlen(joins[k]);
				if (i + n <= l->b && memcmp(s + i, joins[k],
				    n) == 0) {
					i += n;
					break;
				}
			}
		}
	}
	return 1;
}

/*
 * "With material from Reuters and AFP", "With reporting from X": the
 * outlets credited for part of the text are cites, and the line is not
 * content; so is "With Reuters" (with_outlets()).  Returns 1 for such a
 * line, -1 when out of memory.
 */
int
menus_material_line(struct parse *p, const char *s, const struct line *l)
{
	static const char *const lead[] = { "With material from ",
	    "With reporting from ", "With reporting by ", "With files from " };
	const char	*name;
	size_t		 i, k, end, n = 0;

	if (p->outlets == NULL)
		return 0;
	for (k = 0; k < PX_NITEMS(lead); k++) {
		n = strlen(lead[k]);
		if (l->b - l->a > n && strncasecmp(s + l->a, lead[k], n) == 0)
			break;
	}
	if (k == PX_NITEMS(lead))
		return with_outlets(p, s, l);
	for (i = l->a + n; i < l->b; i++) {
		if (i > l->a && s[i - 1] != ' ')
			continue;
		name = outlets_match(p->outlets, s, l->b, i, &end);
		if (name != NULL) {
			if (cites_add(p, name) != 0)
				return -1;
			i = end;
		}
	}
	return 1;
}

/*
 * "World Europe Asia Middle East", "Politics & Diplomacy": navigation
 * (furniture.c), unless it opens with a known outlet ("BBC News World
 * Asia" names the site).
 */
int
menus_navigation(const struct parse *p, const char *s, const struct line *l)
{
	size_t	e;

	return !l->punct && furniture_is_navigation(p->furniture, s + l->a,
	    l->b - l->a) && outlets_match(p->outlets, s, l->b, l->a, &e) ==
	    NULL;
}

/* Is the line an item of a menu run with items right above and below? */
int
menus_inside(const struct parse *p, const struct line *l)
{
	size_t	i = (size_t)(l - p->lines);

	return l->inrun && i > 0 && i + 1 < p->nlines && l[-1].inrun &&
	    l[1].inrun && captions_newlines(p, &l[-1], l) == 1 &&
	    captions_newlines(p, l, &l[1]) == 1;
}

/* A menu column's item: one to MENU_ITEM_WORDS words, capitalised, no
 * figure, colon or sentence punctuation. */
static int
menu_item(const struct parse *p, const struct line *l)
{
	const char	*s = p->t->s;
	size_t		 k;

	if (l->punct || l->words == 0 || l->words > MENU_ITEM_WORDS ||
	    span_first_case(s, l->a, l->b) != 1)
		return 0;
	for (k = l->a; k < l->b; k++)
		if (isdigit((unsigned char)s[k]) || strchr(":,;?!\"", s[k]) !=
		    NULL)
			return 0;
	return 1;
}

/* Has s[a, b) a digit? */
static int
figure_in(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (isdigit((unsigned char)s[a]))
			return 1;
	return 0;
}

/* Is s[l->a, e) a line of its own a little further down? */
int
menus_repeated_below(const struct parse *p, const struct line *l, size_t e)
{
	const struct line	*x;
	size_t			 i = (size_t)(l - p->lines) + 1;

	for (; i < p->nlines && i <= (size_t)(l - p->lines) + 4 * TOP_LINES;
	    i++) {
		x = &p->lines[i];
		if (x->b - x->a == e - l->a &&
		    memcmp(p->t->s + x->a, p->t->s + l->a, e - l->a) == 0)
			return 1;
	}
	return 0;
}

/*
 * "Home", "Politics", "Diplomacy", "War On Terror", "Business": a column
 * of MENU_RUN or more items (menu_item()), one a line with no blank line
 * between, most of one or two words, is a menu.  An item of three or four
 * words is marked only between two of one or two words, so a short
 * headline at the column's end, over a byline, stays, or first above
 * the text over one of one or two words (not the page's first line, not
 * repeated below: no headline).  Above the text,
 * an unpunctuated line of three words or more right over the column
 * (no blank line between) is the site's tagline ("Exclusive news and
 * analysis for professionals" over "World", "Business" ...), unless it
 * is the first line, has a bar ("Headline | Site") or a figure (a
 * headline's toll over a kicker and a byline) or is repeated below (the
 * headline).
 */
void
menus_columns(struct parse *p)
{
	struct line	*l;
	size_t		 i, j, k, shortn, from = 0;
	int		 text = 0;

	for (i = 0; i < p->nlines; i = j) {
		for (; from < i; from++)
			if (p->lines[from].punct && p->lines[from].words >= 8)
				text = 1;
		for (j = i; j < p->nlines && menu_item(p, &p->lines[j]) &&
		    (j == i || captions_newlines(p, &p->lines[j - 1],
		    &p->lines[j]) == 1); j++)
			;
		if (j == i) {
			j++;
			continue;
		}
		for (k = i, shortn = 0; k < j; k++)
			shortn += p->lines[k].words <= 2;
		if (j - i < MENU_RUN || shortn * 2 < j - i)
			continue;
		for (k = i; k < j; k++) {
			l = &p->lines[k];
			l->menu = l->words <= 2 || (k > i && k + 1 < j &&
			    p->lines[k - 1].words <= 2 &&
			    p->lines[k + 1].words <= 2);
		}
		/* its first item above the text, over a short one: "Ministry
		 * of Information" over "Home" */
		l = &p->lines[i];
		if (!l->menu && i > 0 && !text && l[1].words <= 2 &&
		    !menus_repeated_below(p, l, l->b))
			l->menu = 1;
		/* the site's tagline right over the column, above the text */
		l = &p->lines[i];
		if (i > 1 && !text && l->menu && !l[-1].punct &&
		    l[-1].words >= 3 && captions_newlines(p, &l[-1], l) == 1 &&
		    memchr(p->t->s + l[-1].a, '|', l[-1].b - l[-1].a) == NULL &&
		    !figure_in(p->t->s, l[-1].a, l[-1].b) &&
		    !menus_repeated_below(p, &l[-1], l[-1].b))
			l[-1].menu = 1;
	}
}

/*
 * "Home", "World", "Climate Crisis", "Sign in" one under the other: a
 * short line (one to MENU_ITEM_WORDS words, no figure, comma, colon or
 * sentence punctuation, no "By") is an item of a menu when at least
 * MENU_ROWS such lines follow each other with no blank line between.
 * Marks l->inrun; one pass over the lines.
 */
void
menus_runs(struct parse *p)
{
	const char	*s = p->t->s;
	struct line	*l;
	size_t		 i, k, start = 0, run = 0;
	int		 item;

	for (i = 0; i <= p->nlines; i++) {
		item = 0;
		if (i < p->nlines) {
			l = &p->lines[i];
			item = !l->punct && l->words >= 1 &&
			    l->words <= MENU_ITEM_WORDS &&
			    strncasecmp(s + l->a, "by ", 3) != 0;
			for (k = l->a; item && k < l->b; k++)
				if (isdigit((unsigned char)s[k]) ||
				    s[k] == ',' || s[k] == ':')
					item = 0;
		}
		if (item && run > 0 && captions_newlines(p, &p->lines[i - 1],
		    &p->lines[i]) == 1) {
			run++;
			continue;
		}
		/* an item of three or four words only between two of one or
		 * two: a short headline at the run's end stays */
		if (run >= MENU_ROWS)
			for (k = start; k < start + run; k++)
				p->lines[k].inrun = p->lines[k].words <= 2 ||
				    (k > start && k + 1 < start + run &&
				    p->lines[k - 1].words <= 2 &&
				    p->lines[k + 1].words <= 2);
		start = i;
		run = item;
	}
}

/*
 * The line under line i, past menus, single words, lines of the furniture
 * table and a notice of translation between ("Subscribe   Sign in",
 * "World | Asia | Sport", "Indonesia", an app's share text): its index, or
 * nlines.
 */
size_t
menus_below(const struct parse *p, size_t i)
{
	const struct line	*l;
	size_t			 j;

	for (j = i + 1; j < p->nlines && j < i + 6; j++) {
		l = &p->lines[j];
		if (l->menu || l->inrun || (!l->punct && l->words <= 1) ||
		    menus_spaced_menu(p, l) || menus_breadcrumb(p, p->t->s,
		    l) || title_translation_notice(p, l) ||
		    furniture_match(p->furniture, p->t->s + l->a, l->b - l->a) !=
		    FURNITURE_NONE)
			continue;
		return j;
	}
	return p->nlines;
}
