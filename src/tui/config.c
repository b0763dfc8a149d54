/*
 * config.c: the reader's configuration file, $XDG_CONFIG_HOME/parallax/config.
 *
 * One command per line; '#' starts a comment; words are separated by
 * spaces and may be quoted with "..." (for a key such as "#"):
 *   bind KEY ACTION		bind a key (ACTION none unbinds it)
 *   unbind KEY
 *   color ROLE FG BG [ATTR...]	FG/BG: default, black..white, 0-255
 *   mouse on|off
 * A bad line is skipped with an error "FILE:LINE: message" collected in
 * struct config; the rest of the file still applies and the reader starts.
 */
#include "px.h"
#include "tui.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CONFIG_MAX_WORDS	12
#define CONFIG_MAX_SIZE		(1024 * 1024)

static void
config_error(struct config *c, const char *file, size_t line,
    const char *fmt, const char *arg)
{
	char		*msg, *full, **v;
	unsigned char	*p;

	if ((msg = util_printf(fmt, arg != NULL ? arg : "")) == NULL)
		return;
	full = util_printf("%s:%zu: %s", file, line, msg);
	free(msg);
	if (full == NULL)
		return;
	/* Printed on stderr too: no control character of the file gets out. */
	for (p = (unsigned char *)full; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7f)
			*p = '?';
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			p[0] = '?';
			p[1] = '?';
			p++;
		}
	}
	v = util_reallocarray(c->errors, c->nerrors + 1, sizeof *v);
	if (v == NULL) {
		free(full);
		return;
	}
	c->errors = v;
	c->errors[c->nerrors++] = full;
}

/* Split line in place into words; returns the count or -1 on a bad quote. */
static int
config_split(char *s, char **w, int max)
{
	int	n = 0;

	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0' || *s == '#')
			break;
		if (n == max)
			return max + 1;
		if (*s == '"') {
			w[n++] = ++s;
			if ((s = strchr(s, '"')) == NULL)
				return -1;
			*s++ = '\0';
			continue;
		}
		w[n++] = s;
		while (*s != '\0' && *s != ' ' && *s != '\t')
			s++;
		if (*s != '\0')
			*s++ = '\0';
	}
	return n;
}

static void
config_line(struct config *c, const char *file, size_t no, char **w, int n)
{
	const struct action	*a;
	int			 key, role, fg, bg, attrs, attr, i;

	if (strcmp(w[0], "bind") == 0 || strcmp(w[0], "unbind") == 0) {
		if (n != (w[0][0] == 'b' ? 3 : 2)) {
			config_error(c, file, no, _("usage: %s"),
			    w[0][0] == 'b' ? "bind KEY ACTION" : "unbind KEY");
			return;
		}
		if ((key = keys_parse(w[1])) == -1) {
			config_error(c, file, no, _("unknown key '%s'"), w[1]);
			return;
		}
		a = w[0][0] == 'b' ? actions_find(w[2]) : &actions[ACT_NONE];
		if (a == NULL) {
			config_error(c, file, no, _("unknown action '%s'"),
			    w[2]);
			return;
		}
		if (keys_bind(key, a->id) != 0)
			config_error(c, file, no, "%s",
			    _("too many keys bound"));
		return;
	}
	if (strcmp(w[0], "color") == 0 || strcmp(w[0], "colour") == 0) {
		if (n < 4) {
			config_error(c, file, no, _("usage: %s"),
			    "color ROLE FG BG [ATTR...]");
			return;
		}
		if ((role = theme_role(w[1])) == -1) {
			config_error(c, file, no, _("unknown role '%s'"), w[1]);
			return;
		}
		if (theme_parse_color(w[2], &fg) != 0) {
			config_error(c, file, no, _("unknown colour '%s'"),
			    w[2]);
			return;
		}
		if (theme_parse_color(w[3], &bg) != 0) {
			config_error(c, file, no, _("unknown colour '%s'"),
			    w[3]);
			return;
		}
		attrs = 0;
		for (i = 4; i < n; i++) {
			if (theme_parse_attr(w[i], &attr) != 0) {
				config_error(c, file, no,
				    _("unknown attribute '%s'"), w[i]);
				return;
			}
			attrs |= attr;
		}
		theme_set(role, fg, bg, attrs);
		return;
	}
	if (strcmp(w[0], "mouse") == 0) {
		if (n == 2 && strcmp(w[1], "on") == 0)
			c->mouse = 1;
		else if (n == 2 && strcmp(w[1], "off") == 0)
			c->mouse = 0;
		else
			config_error(c, file, no, _("usage: %s"),
			    "mouse on|off");
		return;
	}
	config_error(c, file, no, _("unknown command '%s'"), w[0]);
}

void
config_parse(struct config *c, const char *file, const char *buf)
{
	char		*copy, *line, *next, *w[CONFIG_MAX_WORDS];
	size_t		 no = 0;
	int		 n;

	if ((copy = util_strdup(buf)) == NULL)
		return;
	for (line = copy; line != NULL; line = next) {
		no++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		line[strcspn(line, "\r")] = '\0';
		n = config_split(line, w, CONFIG_MAX_WORDS);
		if (n == -1)
			config_error(c, file, no, "%s", _("unbalanced quote"));
		else if (n > CONFIG_MAX_WORDS)
			config_error(c, file, no, "%s", _("too many words"));
		else if (n > 0)
			config_line(c, file, no, w, n);
	}
	free(copy);
}

void
config_load(struct config *c, const char *path)
{
	char	*buf, *cause = NULL, *msg, **v;
	size_t	 len;

	if (path == NULL)
		return;
	if (util_read_file(path, CONFIG_MAX_SIZE, &buf, &len, &cause) != 0) {
		/* A missing configuration is the normal case. */
		if (access(path, F_OK) == 0 &&
		    (msg = util_printf("%s: %s", path, cause)) != NULL) {
			v = util_reallocarray(c->errors, c->nerrors + 1,
			    sizeof *v);
			if (v != NULL) {
				c->errors = v;
				c->errors[c->nerrors++] = msg;
			} else
				free(msg);
		}
		free(cause);
		return;
	}
	if (memchr(buf, '\0', len) != NULL)
		config_error(c, path, 1, "%s", _("not a text file"));
	else
		config_parse(c, path, buf);
	free(buf);
}

void
config_free(struct config *c)
{
	size_t	i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nerrors; i++)
		free(c->errors[i]);
	free(c->errors);
	c->errors = NULL;
	c->nerrors = 0;
}
