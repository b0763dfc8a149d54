/*
 * check-paths.c: the XDG defaults for the database and the configuration.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "px.h"
#include "paths.h"

struct case_ {
	const char	*xdg, *home, *want;
};

static const struct case_ db_cases[] = {
	{ "/x/data", "/home/o", "/x/data/parallax/parallax.db" },
	{ NULL, "/home/o", "/home/o/.local/share/parallax/parallax.db" },
	{ "", "/home/o", "/home/o/.local/share/parallax/parallax.db" },
	{ "relative", "/home/o", "/home/o/.local/share/parallax/parallax.db" },
	{ "/x/data", NULL, "/x/data/parallax/parallax.db" },
	{ NULL, NULL, NULL },
	{ "", "", NULL },
};

static const struct case_ config_cases[] = {
	{ "/c", "/home/o", "/c/parallax" },
	{ NULL, "/home/o", "/home/o/.config/parallax" },
	{ "rel", "/home/o", "/home/o/.config/parallax" },
	{ NULL, NULL, NULL },
};

START_TEST(test_default_db)
{
	const struct case_	*c = &db_cases[_i];
	char			*p = paths_default_db(c->xdg, c->home);

	ck_assert_pstr_eq(p, c->want);
	free(p);
}
END_TEST

START_TEST(test_config_dir)
{
	const struct case_	*c = &config_cases[_i];
	char			*p = paths_config_dir(c->xdg, c->home);

	ck_assert_pstr_eq(p, c->want);
	free(p);
}
END_TEST

START_TEST(test_db_env_precedence)
{
	char	*p;

	setenv("PARALLAX_DB", "/tmp/px-env.db", 1);
	setenv("XDG_DATA_HOME", "/x", 1);
	p = paths_db_from_env();
	ck_assert_str_eq(p, "/tmp/px-env.db");
	free(p);
	unsetenv("PARALLAX_DB");
	p = paths_db_from_env();
	ck_assert_str_eq(p, "/x/parallax/parallax.db");
	free(p);
	unsetenv("XDG_DATA_HOME");
}
END_TEST

START_TEST(test_data_files_user_extends)
{
	char	 tmpl[] = "/tmp/px-paths-XXXXXX", *dir, *files[2], *p;
	size_t	 n;
	FILE	*f;

	dir = mkdtemp(tmpl);
	ck_assert_ptr_nonnull(dir);
	p = util_printf("%s/sys", dir);
	ck_assert_int_eq(paths_mkparents(p, NULL), 0);
	free(p);
	p = util_printf("%s/parallax/table", dir);
	ck_assert_int_eq(paths_mkparents(p, NULL), 0);
	f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fclose(f);
	setenv("PARALLAX_DATADIR", "/nonexistent-px", 1);
	setenv("XDG_CONFIG_HOME", dir, 1);
	n = paths_data_files("table", files);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(files[0], p);
	free(files[0]);
	n = paths_data_files("absent", files);
	ck_assert_uint_eq(n, 0);
	unlink(p);
	free(p);
	p = util_printf("%s/parallax", dir);
	rmdir(p);
	free(p);
	rmdir(dir);
}
END_TEST

Suite *
paths_suite(void)
{
	Suite	*s = suite_create("paths");
	TCase	*tc = tcase_create("defaults");

	tcase_add_loop_test(tc, test_default_db, 0, PX_NITEMS(db_cases));
	tcase_add_loop_test(tc, test_config_dir, 0, PX_NITEMS(config_cases));
	tcase_add_test(tc, test_db_env_precedence);
	tcase_add_test(tc, test_data_files_user_extends);
	suite_add_tcase(s, tc);
	return s;
}
