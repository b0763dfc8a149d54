/*
 * check-keys.c: the reader's key map and configuration file without a
 * terminal: key names both ways, the defaults from the action table, and
 * `bind`/`color`/`mouse` lines with FILE:LINE errors for bad ones.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "tui.h"

static const char *const key_names[] = {
	"j", "G", "C-f", "Enter", "Space", "PgDn", "PgUp", "Up", "F1", "?",
	"\xd0\xb6", "Escape", "Home"
};

START_TEST(test_key_names)
{
	char	buf[32];
	int	key = keys_parse(key_names[_i]);

	ck_assert_int_ne(key, -1);
	keys_name(key, buf, sizeof buf);
	ck_assert_int_eq(keys_parse(buf), key);
}
END_TEST

START_TEST(test_bad_keys)
{
	ck_assert_int_eq(keys_parse(""), -1);
	ck_assert_int_eq(keys_parse("jj"), -1);
	ck_assert_int_eq(keys_parse("F99"), -1);
	ck_assert_int_eq(keys_parse("C-\xd0\xb6"), -1);
}
END_TEST

START_TEST(test_defaults)
{
	const struct action	*a;
	size_t			 i;

	keys_init();
	ck_assert_int_eq(keys_lookup('j'), ACT_DOWN);
	ck_assert_int_eq(keys_lookup('q'), ACT_QUIT);
	ck_assert_int_eq(keys_lookup('/'), ACT_SEARCH);
	ck_assert_int_eq(keys_lookup('\r'), ACT_OPEN);
	/* The table is indexed by its ids and every action has help. */
	for (i = 0, a = actions; a->name != NULL; a++, i++) {
		ck_assert_int_eq(a->id, (int)i);
		ck_assert(a->help != NULL && a->help[0] != '\0');
		ck_assert_ptr_eq(actions_find(a->name), a);
	}
	ck_assert_int_eq(i, ACT_COUNT);
}
END_TEST

START_TEST(test_config)
{
	struct config	c;

	memset(&c, 0, sizeof c);
	c.mouse = 1;
	keys_init();
	config_parse(&c, "cfg",
	    "# a comment\n"
	    "bind J down\n"
	    "bind \"#\" quit-all\n"
	    "unbind j\n"
	    "bind X frobnicate\n"
	    "color conflict red default bold underline\n"
	    "color nosuchrole red default\n"
	    "mouse off\n"
	    "bogus line\n"
	    "bind \"unbalanced down\n");
	ck_assert_int_eq(keys_lookup('J'), ACT_DOWN);
	ck_assert_int_eq(keys_lookup('#'), ACT_QUIT_ALL);
	ck_assert_int_eq(keys_lookup('j'), ACT_NONE);
	ck_assert_int_eq(c.mouse, 0);
	ck_assert_uint_eq(c.nerrors, 4);
	ck_assert(strncmp(c.errors[0], "cfg:5: ", 7) == 0);
	ck_assert(strstr(c.errors[0], "frobnicate") != NULL);
	ck_assert(strncmp(c.errors[1], "cfg:7: ", 7) == 0);
	ck_assert(strncmp(c.errors[2], "cfg:9: ", 7) == 0);
	ck_assert(strncmp(c.errors[3], "cfg:10: ", 8) == 0);
	config_free(&c);
	keys_init();
}
END_TEST

START_TEST(test_config_error_sanitised)
{
	struct config	c;

	memset(&c, 0, sizeof c);
	keys_init();
	config_parse(&c, "cfg", "bind x \x1b]0;title\x07\n"
	    "frob \xc2\x9b" "31m\n");
	ck_assert_uint_eq(c.nerrors, 2);
	ck_assert(strchr(c.errors[0], '\x1b') == NULL);
	ck_assert(strchr(c.errors[0], '\x07') == NULL);
	ck_assert(strstr(c.errors[1], "\xc2\x9b") == NULL);
	config_free(&c);
	keys_init();
}
END_TEST

Suite *
keys_suite(void)
{
	Suite	*s = suite_create("keys");
	TCase	*tc = tcase_create("keys");

	tcase_add_loop_test(tc, test_key_names, 0, PX_NITEMS(key_names));
	tcase_add_test(tc, test_bad_keys);
	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_config);
	tcase_add_test(tc, test_config_error_sanitised);
	suite_add_tcase(s, tc);
	return s;
}
