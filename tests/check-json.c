/*
 * check-json.c: the streaming JSON writer: commas and nesting, string
 * escapes (control characters, quotes, invalid UTF-8 never emitted),
 * numbers in shortest round-trip form whatever LC_NUMERIC says.
 */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "json.h"

/* Run fn on a writer over a memory stream; returns the text (free it). */
static char *
render(void (*fn)(struct json *))
{
	struct json	 j;
	FILE		*f;
	char		*buf = NULL;
	size_t		 len = 0;

	ck_assert_ptr_nonnull(f = open_memstream(&buf, &len));
	json_init(&j, f);
	fn(&j);
	ck_assert_int_eq(json_finish(&j, NULL), 0);
	fclose(f);
	return buf;
}

static void
doc(struct json *j)
{
	json_object_open(j);
	json_key(j, "format");
	json_string(j, "x/1");
	json_key(j, "list");
	json_array_open(j);
	json_int(j, 1);
	json_int(j, -7);
	json_null(j);
	json_bool(j, 1);
	json_object_open(j);
	json_object_close(j);
	json_array_open(j);
	json_array_close(j);
	json_array_close(j);
	json_key(j, "s");
	json_string(j, NULL);
	json_object_close(j);
}

START_TEST(test_structure)
{
	char	*s = render(doc);

	ck_assert_str_eq(s, "{\"format\":\"x/1\",\"list\":[1,-7,null,true,{},"
	    "[]],\"s\":null}");
	free(s);
}
END_TEST

struct str_case {
	const char	*in;
	size_t		 len;
	const char	*out;
};

static const struct str_case str_cases[] = {
	{ "plain", 5, "\"plain\"" },
	{ "q\"b\\", 4, "\"q\\\"b\\\\\"" },
	{ "a\nb\tc\r", 6, "\"a\\nb\\tc\\r\"" },
	{ "\x01\x1f\x7f", 3, "\"\\u0001\\u001f\\u007f\"" },
	{ "nul\0in", 6, "\"nul\\u0000in\"" },
	{ "caf\xc3\xa9", 5, "\"caf\xc3\xa9\"" },
	{ "bad\xff", 4, "\"bad\xef\xbf\xbd\"" },
	{ "cut\xe2\x80", 5, "\"cut\xef\xbf\xbd\xef\xbf\xbd\"" },
	{ "sur\xed\xa0\x80", 6,
	  "\"sur\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"" },
	{ "ls\xe2\x80\xa8", 5, "\"ls\\u2028\"" },
};

static const struct str_case *cur_str;

static void
one_string(struct json *j)
{
	json_stringn(j, cur_str->in, cur_str->len);
}

START_TEST(test_strings)
{
	char	*s;

	cur_str = &str_cases[_i];
	s = render(one_string);
	ck_assert_str_eq(s, str_cases[_i].out);
	free(s);
}
END_TEST

struct num_case {
	double		 v;
	const char	*out;
};

static const struct num_case num_cases[] = {
	{ 137, "137" },
	{ 0.83, "0.83" },
	{ -2.5, "-2.5" },
	{ 0.1, "0.1" },
	{ 1.0 / 3, "0.3333333333333333" },
	{ 1e300, "1e+300" },
	{ 1.5e-7, "1.5e-07" },
	{ 0, "0" },
};

START_TEST(test_numbers)
{
	char	 buf[64];
	double	 back;

	json_format_double(num_cases[_i].v, buf, sizeof buf);
	ck_assert_str_eq(buf, num_cases[_i].out);
	back = strtod(buf, NULL);
	ck_assert(back == num_cases[_i].v);
}
END_TEST

START_TEST(test_numbers_comma_locale)
{
	char		 buf[64];
	const char	*l;

	l = setlocale(LC_NUMERIC, "de_DE.UTF-8");
	if (l == NULL)
		l = setlocale(LC_NUMERIC, "fr_FR.UTF-8");
	if (l == NULL)
		l = setlocale(LC_NUMERIC, "uk_UA.UTF-8");
	/* Without a comma locale installed this still checks the format. */
	json_format_double(0.83, buf, sizeof buf);
	setlocale(LC_NUMERIC, "C");
	ck_assert_str_eq(buf, "0.83");
}
END_TEST

static void
misuse(struct json *j)
{
	json_object_open(j);
	json_key(j, "a");
	json_object_close(j);
}

START_TEST(test_misuse)
{
	struct json	 j;
	FILE		*f;
	char		*buf = NULL, *cause = NULL;
	size_t		 len = 0;

	ck_assert_ptr_nonnull(f = open_memstream(&buf, &len));
	json_init(&j, f);
	misuse(&j);
	ck_assert_int_eq(json_finish(&j, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	fclose(f);
	free(buf);
}
END_TEST

Suite *
json_suite(void)
{
	Suite	*s = suite_create("json");
	TCase	*tc = tcase_create("json");

	tcase_add_test(tc, test_structure);
	tcase_add_loop_test(tc, test_strings, 0, PX_NITEMS(str_cases));
	tcase_add_loop_test(tc, test_numbers, 0, PX_NITEMS(num_cases));
	tcase_add_test(tc, test_numbers_comma_locale);
	tcase_add_test(tc, test_misuse);
	suite_add_tcase(s, tc);
	return s;
}
