/*
 * keys.c: the key map.  A key is a Unicode character (so that a key on a
 * Cyrillic layout can be bound) or KEYC_FN with a curses KEY_ code.  The
 * map starts from the action table's default keys; `bind KEY ACTION` in the
 * configuration changes one entry.  Keys that terminals send in more than
 * one way (Enter as CR, LF or KEY_ENTER; Backspace as DEL, ^H or
 * KEY_BACKSPACE) are folded into one before lookup.
 */
#include "px.h"
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curses.h>
#include <unistr.h>

#define KEYS_MAX 256

struct binding {
	int		key;
	enum action_id	action;
};

static struct binding	keymap[KEYS_MAX];
static size_t		nkeymap;

static const struct {
	const char	*name;
	int		 key;
} key_names[] = {
	{ "Enter",	'\n' },
	{ "Tab",	'\t' },
	{ "Space",	' ' },
	{ "Escape",	27 },
	{ "Esc",	27 },
	{ "BSpace",	KEYC_FN | KEY_BACKSPACE },
	{ "Backspace",	KEYC_FN | KEY_BACKSPACE },
	{ "Up",		KEYC_FN | KEY_UP },
	{ "Down",	KEYC_FN | KEY_DOWN },
	{ "Left",	KEYC_FN | KEY_LEFT },
	{ "Right",	KEYC_FN | KEY_RIGHT },
	{ "Home",	KEYC_FN | KEY_HOME },
	{ "End",	KEYC_FN | KEY_END },
	{ "PgUp",	KEYC_FN | KEY_PPAGE },
	{ "PPage",	KEYC_FN | KEY_PPAGE },
	{ "PgDn",	KEYC_FN | KEY_NPAGE },
	{ "NPage",	KEYC_FN | KEY_NPAGE },
	{ "Insert",	KEYC_FN | KEY_IC },
	{ "Delete",	KEYC_FN | KEY_DC },
};

/* One spelling per key. */
static int
keys_fold(int key)
{
	switch (key) {
	case '\r':
	case KEYC_FN | KEY_ENTER:
		return '\n';
	case 127:
	case 8:
		return KEYC_FN | KEY_BACKSPACE;
	}
	return key;
}

int
keys_parse(const char *name)
{
	size_t		 i, len = strlen(name);
	ucs4_t		 uc;
	int		 n;

	for (i = 0; i < PX_NITEMS(key_names); i++) {
		if (strcasecmp(key_names[i].name, name) == 0)
			return key_names[i].key;
	}
	if ((name[0] == 'F' || name[0] == 'f') && len >= 2 && len <= 3 &&
	    strspn(name + 1, "0123456789") == len - 1) {
		n = atoi(name + 1);
		if (n >= 1 && n <= 24)
			return KEYC_FN | KEY_F(n);
		return -1;
	}
	if (len == 3 && (name[0] == 'C' || name[0] == 'c') && name[1] == '-') {
		if (name[2] >= '@' && name[2] <= '_')
			return keys_fold(name[2] - '@');
		if (name[2] >= 'a' && name[2] <= 'z')
			return keys_fold(name[2] - 'a' + 1);
		return -1;
	}
	if (len == 2 && name[0] == '^' && name[1] >= '@' && name[1] <= '_')
		return keys_fold(name[1] - '@');
	n = u8_mbtoucr(&uc, (const uint8_t *)name, len);
	if (n > 0 && (size_t)n == len && uc >= 0x20 && uc != 0x7f)
		return (int)uc;
	return -1;
}

void
keys_name(int key, char *buf, size_t len)
{
	size_t	i;
	uint8_t	u[8];
	int	n;

	for (i = 0; i < PX_NITEMS(key_names); i++) {
		if (key_names[i].key == key &&
		    strcmp(key_names[i].name, "Esc") != 0 &&
		    strcmp(key_names[i].name, "Backspace") != 0 &&
		    strcmp(key_names[i].name, "PPage") != 0 &&
		    strcmp(key_names[i].name, "NPage") != 0) {
			snprintf(buf, len, "%s", key_names[i].name);
			return;
		}
	}
	if (key & KEYC_FN) {
		if ((key & ~KEYC_FN) >= KEY_F(1) &&
		    (key & ~KEYC_FN) <= KEY_F(24))
			snprintf(buf, len, "F%d", (key & ~KEYC_FN) - KEY_F0);
		else
			snprintf(buf, len, "<%d>", key & ~KEYC_FN);
		return;
	}
	if (key < 0x20) {
		snprintf(buf, len, "C-%c", key + 'a' - 1);
		return;
	}
	n = u8_uctomb(u, (ucs4_t)key, sizeof u - 1);
	if (n <= 0)
		n = 0;
	u[n] = '\0';
	snprintf(buf, len, "%s", (char *)u);
}

int
keys_bind(int key, enum action_id a)
{
	size_t	i;

	key = keys_fold(key);
	for (i = 0; i < nkeymap; i++) {
		if (keymap[i].key == key) {
			keymap[i].action = a;
			return 0;
		}
	}
	if (nkeymap == KEYS_MAX)
		return -1;
	keymap[nkeymap].key = key;
	keymap[nkeymap].action = a;
	nkeymap++;
	return 0;
}

enum action_id
keys_lookup(int key)
{
	size_t	i;

	key = keys_fold(key);
	for (i = 0; i < nkeymap; i++) {
		if (keymap[i].key == key)
			return keymap[i].action;
	}
	return ACT_NONE;
}

void
keys_init(void)
{
	const struct action	*a;
	const char		*k, *e;
	char			 name[32];
	int			 key;

	nkeymap = 0;
	for (a = actions; a->name != NULL; a++) {
		for (k = a->keys; *k != '\0'; k = e) {
			while (*k == ' ')
				k++;
			e = k + strcspn(k, " ");
			if (e == k)
				break;
			snprintf(name, sizeof name, "%.*s", (int)(e - k), k);
			if ((key = keys_parse(name)) != -1)
				keys_bind(key, a->id);
		}
	}
}

void
keys_of(enum action_id a, char *buf, size_t len)
{
	size_t	i, used = 0;
	char	name[32];

	if (len == 0)
		return;
	buf[0] = '\0';
	for (i = 0; i < nkeymap; i++) {
		if (keymap[i].action != a)
			continue;
		keys_name(keymap[i].key, name, sizeof name);
		used += (size_t)snprintf(buf + used, len - used, "%s%s",
		    used == 0 ? "" : " ", name);
		if (used >= len) {
			buf[len - 1] = '\0';
			return;
		}
	}
}
