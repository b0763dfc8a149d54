/*
 * check-options.c: global option parsing, table-driven: each row is an argv
 * and what options_parse must make of it.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "options.h"

struct case_ {
	const char	*argv[6];
	int		 rc;
	const char	*db, *editor;
	int		 demo, help, version, command;
	const char	*cause;		/* substring of the message */
};

static const struct case_ cases[] = {
	{ { "parallax", NULL }, 0, NULL, NULL, 0, 0, 0, 1, NULL },
	{ { "parallax", "--help", NULL }, 0, NULL, NULL, 0, 1, 0, 2, NULL },
	{ { "parallax", "-h", NULL }, 0, NULL, NULL, 0, 1, 0, 2, NULL },
	{ { "parallax", "--version", NULL }, 0, NULL, NULL, 0, 0, 1, 2, NULL },
	{ { "parallax", "-V", NULL }, 0, NULL, NULL, 0, 0, 1, 2, NULL },
	{ { "parallax", "--db", "x.db", "list", NULL }, 0, "x.db", NULL, 0, 0,
	    0, 3, NULL },
	{ { "parallax", "--db=y.db", "list", NULL }, 0, "y.db", NULL, 0, 0, 0,
	    2, NULL },
	{ { "parallax", "--editor", "olena", "verdicts", NULL }, 0, NULL,
	    "olena", 0, 0, 0, 3, NULL },
	{ { "parallax", "--demo", NULL }, 0, NULL, NULL, 1, 0, 0, 2, NULL },
	/* options after the command belong to the command */
	{ { "parallax", "list", "--format=tsv", NULL }, 0, NULL, NULL, 0, 0, 0,
	    1, NULL },
	{ { "parallax", "--frobnicate", NULL }, -1, NULL, NULL, 0, 0, 0, 0,
	    "--frobnicate" },
	{ { "parallax", "-x", NULL }, -1, NULL, NULL, 0, 0, 0, 0, "'x'" },
	{ { "parallax", "--db", NULL }, -1, NULL, NULL, 0, 0, 0, 0, "--db" },
	{ { "parallax", "--db=", "list", NULL }, -1, NULL, NULL, 0, 0, 0, 0,
	    "--db" },
};

START_TEST(test_options_table)
{
	const struct case_	*c = &cases[_i];
	struct options		 o;
	char			*argv[7], *cause = NULL;
	int			 argc, rc;

	for (argc = 0; c->argv[argc] != NULL; argc++)
		argv[argc] = strdup(c->argv[argc]);
	argv[argc] = NULL;
	rc = options_parse(argc, argv, &o, &cause);
	ck_assert_int_eq(rc, c->rc);
	if (rc == 0) {
		ck_assert_pstr_eq(o.db, c->db);
		ck_assert_pstr_eq(o.editor, c->editor);
		ck_assert_int_eq(o.demo, c->demo);
		ck_assert_int_eq(o.help, c->help);
		ck_assert_int_eq(o.version, c->version);
		ck_assert_int_eq(o.command, c->command);
		ck_assert_ptr_null(cause);
	} else {
		ck_assert_ptr_nonnull(cause);
		ck_assert_msg(strstr(cause, c->cause) != NULL,
		    "cause '%s' lacks '%s'", cause, c->cause);
		ck_assert_ptr_null(strchr(cause, '\n'));
	}
	free(cause);
	while (argc-- > 0)
		free(argv[argc]);
}
END_TEST

Suite *
options_suite(void)
{
	Suite	*s = suite_create("options");
	TCase	*tc = tcase_create("parse");

	tcase_add_loop_test(tc, test_options_table, 0, PX_NITEMS(cases));
	suite_add_tcase(s, tc);
	return s;
}
