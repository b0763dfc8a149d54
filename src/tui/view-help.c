/*
 * view-help.c: the help view, generated from the action table and the
 * current key map (so a `bind` in the configuration shows here), followed
 * by the configuration file's commands and the meaning of the markers.
 * Items: 0 is the heading, then one per action, then the notes.
 */
#include "px.h"
#include "tui.h"

#include <stdio.h>
#include <string.h>

static const char *const help_notes[] = {
	"",
	N_("Markers in compare"),
	N_("  =  the sentence is shared by both articles"),
	N_("  ~  similar: the same fact, other words"),
	N_("  !  conflict: the articles disagree; the differing figures and "
	   "names are highlighted"),
	N_("  (blank)  only in this article;  .  nothing on this side"),
	"",
	N_("Verdicts (compare: after the marker; claims table: before the "
	   "kind).  In compare the review keys act on the pair whose marker "
	   "is reversed"),
	N_("  \xe2\x9c\x93 (+) confirmed   \xe2\x9c\x97 (x) disputed   ? "
	   "needs-check   - cleared; the line under the row says who, when "
	   "and the note"),
	"",
	N_("Configuration: $XDG_CONFIG_HOME/parallax/config"),
	N_("  bind KEY ACTION      e.g. bind J down, bind C-x quit-all"),
	N_("  unbind KEY"),
	N_("  color ROLE FG BG [ATTR...]  e.g. color conflict red default "
	   "bold"),
	N_("  mouse on|off"),
	N_("Roles: text title status selected heading dim shared similar "
	   "conflict unique marker highlight number placeholder filler match "
	   "key error"),
};

#define HELP_ACTIONS ((long)ACT_COUNT - 1)

static int
help_open(struct view *v, const struct view_arg *arg, char **cause)
{
	(void)v;
	(void)arg;
	(void)cause;
	return 0;
}

static long
help_count(struct view *v)
{
	(void)v;
	return 1 + HELP_ACTIONS + (long)PX_NITEMS(help_notes);
}

static int
help_render(struct view *v, long i, int width, struct lines *out)
{
	const struct action	*a;
	struct line		 l;
	char			 keys[128];
	int			 rc, kw = width >= 70 ? 20 : 14, indent;

	(void)v;
	indent = i <= HELP_ACTIONS ? kw + 16 : 4;
	memset(&l, 0, sizeof l);
	cells_clear(&l);
	if (i == 0)
		cells_addstr(&l, _("Keys"), ROLE_HEADING);
	else if (i <= HELP_ACTIONS) {
		a = &actions[i];
		keys_of(a->id, keys, sizeof keys);
		cells_addstr(&l, " ", ROLE_TEXT);
		cells_addstr(&l, keys[0] != '\0' ? keys : "-", ROLE_KEY);
		if (l.cols > kw - 1)
			cells_truncate_mark(&l, kw - 1);
		cells_pad(&l, kw, ROLE_TEXT);
		cells_addstr(&l, a->name, ROLE_DIM);
		cells_pad(&l, kw + 16, ROLE_TEXT);
		cells_addstr(&l, _(a->help), ROLE_TEXT);
		cells_addstr(&l, " [", ROLE_DIM);
		cells_addstr(&l, _(a->where), ROLE_DIM);
		cells_addstr(&l, "]", ROLE_DIM);
	} else {
		i -= 1 + HELP_ACTIONS;
		if (help_notes[i][0] != '\0')
			cells_addstr(&l, _(help_notes[i]),
			    help_notes[i][0] == ' ' ? ROLE_TEXT : ROLE_HEADING);
	}
	rc = cells_wrap(&l, width, indent, out);
	cells_free(&l);
	return rc;
}

static void
help_title(struct view *v, struct line *l, int width)
{
	(void)v;
	(void)width;
	cells_addstr(l, _("parallax: help"), ROLE_TITLE);
}

const struct view_ops view_help_ops = {
	"help", 0, help_open, help_count, help_render, help_title, NULL,
	NULL, NULL
};
