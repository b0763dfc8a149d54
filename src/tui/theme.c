/*
 * theme.c: semantic roles to curses attributes.
 *
 * Every role has a foreground, a background and attributes.  The attributes
 * are always applied, so that meaning never rests on colour alone (markers
 * and bold/underline/reverse carry it); colours are added when the terminal
 * has them and NO_COLOR is not set.  `color ROLE FG BG [ATTR...]` in the
 * configuration replaces a role's entry.  Colour pair n+1 belongs to role n.
 */
#include "px.h"
#include "tui.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curses.h>

struct theme_entry {
	const char	*name;
	int		 fg, bg;
	int		 attrs;		/* THEME_A_* */
};

static struct theme_entry theme[ROLE_COUNT] = {
	[ROLE_TEXT] =		{ "text", -1, -1, 0 },
	[ROLE_TITLE] =		{ "title", -1, -1,
				  THEME_A_BOLD | THEME_A_REVERSE },
	[ROLE_STATUS] =		{ "status", -1, -1, THEME_A_REVERSE },
	[ROLE_SELECTED] =	{ "selected", -1, -1,
				  THEME_A_REVERSE | THEME_A_BOLD },
	[ROLE_HEADING] =	{ "heading", COLOR_YELLOW, -1,
				  THEME_A_BOLD | THEME_A_UNDERLINE },
	[ROLE_DIM] =		{ "dim", -1, -1, THEME_A_DIM },
	[ROLE_SHARED] =		{ "shared", COLOR_GREEN, -1, 0 },
	[ROLE_SIMILAR] =	{ "similar", COLOR_CYAN, -1, 0 },
	[ROLE_CONFLICT] =	{ "conflict", COLOR_RED, -1, THEME_A_BOLD },
	[ROLE_UNIQUE] =		{ "unique", -1, -1, 0 },
	[ROLE_MARKER] =		{ "marker", COLOR_YELLOW, -1,
				  THEME_A_BOLD },
	[ROLE_HIGHLIGHT] =	{ "highlight", COLOR_YELLOW, -1,
				  THEME_A_UNDERLINE },
	[ROLE_NUMBER] =		{ "number", COLOR_RED, -1,
				  THEME_A_BOLD | THEME_A_UNDERLINE |
				  THEME_A_REVERSE },
	[ROLE_PLACEHOLDER] =	{ "placeholder", COLOR_MAGENTA, -1,
				  THEME_A_UNDERLINE | THEME_A_DIM },
	[ROLE_FILLER] =		{ "filler", -1, -1, THEME_A_DIM },
	[ROLE_MATCH] =		{ "match", COLOR_YELLOW, -1,
				  THEME_A_BOLD | THEME_A_UNDERLINE },
	[ROLE_KEY] =		{ "key", COLOR_CYAN, -1, THEME_A_BOLD },
	[ROLE_ERROR] =		{ "error", COLOR_RED, -1,
				  THEME_A_BOLD | THEME_A_REVERSE },
};

static int	theme_colour;

static const char *const colour_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

int
theme_parse_color(const char *s, int *color)
{
	size_t	i;
	char	*end;
	long	n;

	if (strcasecmp(s, "default") == 0) {
		*color = -1;
		return 0;
	}
	for (i = 0; i < PX_NITEMS(colour_names); i++) {
		if (strcasecmp(s, colour_names[i]) == 0) {
			*color = (int)i;
			return 0;
		}
	}
	if (strncasecmp(s, "colour", 6) == 0)
		s += 6;
	else if (strncasecmp(s, "color", 5) == 0)
		s += 5;
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || n < 0 || n > 255)
		return -1;
	*color = (int)n;
	return 0;
}

int
theme_parse_attr(const char *s, int *attr)
{
	static const struct {
		const char	*name;
		int		 attr;
	} names[] = {
		{ "bold", THEME_A_BOLD }, { "underline", THEME_A_UNDERLINE },
		{ "reverse", THEME_A_REVERSE }, { "dim", THEME_A_DIM },
		{ "italic", THEME_A_ITALIC }, { "none", 0 }
	};
	size_t	i;

	for (i = 0; i < PX_NITEMS(names); i++) {
		if (strcasecmp(s, names[i].name) == 0) {
			*attr = names[i].attr;
			return 0;
		}
	}
	return -1;
}

int
theme_role(const char *name)
{
	int	i;

	for (i = 0; i < ROLE_COUNT; i++) {
		if (theme[i].name != NULL &&
		    strcasecmp(theme[i].name, name) == 0)
			return i;
	}
	return -1;
}

void
theme_set(int role, int fg, int bg, int attrs)
{
	if (role < 0 || role >= ROLE_COUNT)
		return;
	theme[role].fg = fg;
	theme[role].bg = bg;
	theme[role].attrs = attrs;
}

void
theme_init(void)
{
	const char	*nc = getenv("NO_COLOR");
	int		 i, fg, bg;

	theme_colour = 0;
	if ((nc != NULL && *nc != '\0') || !has_colors())
		return;
	if (start_color() == ERR)
		return;
	use_default_colors();
	theme_colour = 1;
	for (i = 0; i < ROLE_COUNT; i++) {
		fg = theme[i].fg < COLORS ? theme[i].fg : -1;
		bg = theme[i].bg < COLORS ? theme[i].bg : -1;
		if (i + 1 < COLOR_PAIRS)
			init_pair((short)(i + 1), (short)fg, (short)bg);
	}
}

unsigned long
theme_attr(int role)
{
	unsigned long	a = A_NORMAL;
	int		t;

	if (role < 0 || role >= ROLE_COUNT)
		role = ROLE_TEXT;
	t = theme[role].attrs;
	if (t & THEME_A_BOLD)
		a |= A_BOLD;
	if (t & THEME_A_UNDERLINE)
		a |= A_UNDERLINE;
	if (t & THEME_A_REVERSE)
		a |= A_REVERSE;
	if (t & THEME_A_DIM)
		a |= A_DIM;
#ifdef A_ITALIC
	if (t & THEME_A_ITALIC)
		a |= A_ITALIC;
#endif
	if (theme_colour && role + 1 < COLOR_PAIRS &&
	    (theme[role].fg != -1 || theme[role].bg != -1))
		a |= COLOR_PAIR(role + 1);
	return a;
}
