/*
 * check-main.c: the one Check runner.  Runs every suite of suites.h, or only
 * those named on the command line (tests/check_parallax sentence store).
 * Debug one test without forking: CK_FORK=no CK_RUN_CASE=name gdb ...
 */
#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"

struct entry {
	const char	*name;
	Suite		*(*fn)(void);
};

static const struct entry entries[] = {
#define SUITE(n) { #n, n##_suite },
	PX_SUITES
#undef SUITE
};

int
main(int argc, char **argv)
{
	SRunner	*sr = NULL;
	size_t	 i;
	int	 j, failed, want;

	setlocale(LC_ALL, "C.UTF-8");
	for (i = 0; i < sizeof entries / sizeof entries[0]; i++) {
		want = argc < 2;
		for (j = 1; j < argc; j++)
			if (strcmp(argv[j], entries[i].name) == 0)
				want = 1;
		if (!want)
			continue;
		if (sr == NULL)
			sr = srunner_create(entries[i].fn());
		else
			srunner_add_suite(sr, entries[i].fn());
	}
	if (sr == NULL)
		return EXIT_FAILURE;
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
