/*
 * check-util.c: formatted allocation, file reads with a limit, SHA-256
 * against the FIPS 180-2 examples.
 */
#include <config.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "px.h"

struct sha_case {
	const char	*in, *hex;
};

static const struct sha_case sha_cases[] = {
	{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
	{ "abc",
	  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
	{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
};

START_TEST(test_sha256)
{
	char	out[65];

	util_sha256_hex(sha_cases[_i].in, strlen(sha_cases[_i].in), out);
	ck_assert_str_eq(out, sha_cases[_i].hex);
}
END_TEST

START_TEST(test_sha256_million_a)
{
	char	*a = malloc(1000000), out[65];

	memset(a, 'a', 1000000);
	util_sha256_hex(a, 1000000, out);
	ck_assert_str_eq(out,
	    "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(a);
}
END_TEST

START_TEST(test_printf_and_cause)
{
	char	*s = util_printf("%s-%d", "a", 7), *cause = NULL;

	ck_assert_str_eq(s, "a-7");
	free(s);
	util_cause(&cause, "bad %s", "thing");
	ck_assert_str_eq(cause, "bad thing");
	free(cause);
	util_cause(NULL, "ignored");
}
END_TEST

START_TEST(test_read_file_limit)
{
	char	 path[] = "/tmp/px-util-XXXXXX", *data = NULL, *cause = NULL;
	size_t	 len;
	int	 fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, "hello\0world", 11), 11);
	close(fd);
	ck_assert_int_eq(util_read_file(path, 100, &data, &len, &cause), 0);
	ck_assert_uint_eq(len, 11);
	ck_assert_int_eq(memcmp(data, "hello\0world", 11), 0);
	ck_assert_int_eq(data[11], '\0');
	free(data);
	ck_assert_int_eq(util_read_file(path, 10, &data, &len, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	ck_assert_ptr_null(data);
	free(cause);
	cause = NULL;
	unlink(path);
	ck_assert_int_eq(util_read_file(path, 10, &data, &len, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(util_read_file("/tmp", 10, &data, &len, &cause), -1);
	free(cause);
}
END_TEST

/* Collects lines; refuses one that says "bad". */
static int
collect(void *arg, char *line, char **cause)
{
	char	*all = arg;

	if (strcmp(line, "bad") == 0) {
		util_cause(cause, "no good");
		return -1;
	}
	strcat(all, line);
	strcat(all, "|");
	return 0;
}

START_TEST(test_load_lines)
{
	const char	*one = "a\n\nb c\nlast", *two = "a\nbad\nc\n";
	char		 path[] = "/tmp/px-lines-XXXXXX", all[128] = "";
	char		*cause = NULL;
	int		 fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, one, strlen(one)), (ssize_t)strlen(one));
	close(fd);
	ck_assert_int_eq(util_load_lines(path, collect, all, &cause), 0);
	ck_assert_str_eq(all, "a||b c|last|");
	fd = open(path, O_WRONLY | O_TRUNC);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, two, strlen(two)), (ssize_t)strlen(two));
	close(fd);
	all[0] = '\0';
	ck_assert_int_eq(util_load_lines(path, collect, all, &cause), -1);
	ck_assert_str_eq(all, "a|");
	ck_assert_ptr_nonnull(strstr(cause, ":2: no good"));
	free(cause);
	cause = NULL;
	unlink(path);
	ck_assert_int_eq(util_load_lines(path, collect, all, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, path));
	free(cause);
}
END_TEST

Suite *
util_suite(void)
{
	Suite	*s = suite_create("util");
	TCase	*tc = tcase_create("util");

	tcase_add_loop_test(tc, test_sha256, 0, PX_NITEMS(sha_cases));
	tcase_add_test(tc, test_sha256_million_a);
	tcase_add_test(tc, test_printf_and_cause);
	tcase_add_test(tc, test_read_file_limit);
	tcase_add_test(tc, test_load_lines);
	suite_add_tcase(s, tc);
	return s;
}
