/*
 * paths.c: the XDG locations of the database, the user's configuration and
 * the data tables.  Pure functions of their arguments where possible so the
 * tests can pin every case; the *_env variants read the environment.
 */
#include "px.h"
#include "paths.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PKGDATADIR
#define PKGDATADIR "/usr/local/share/parallax"
#endif

static int
is_set(const char *s)
{
	return s != NULL && *s != '\0';
}

char *
paths_default_db(const char *xdg_data_home, const char *home)
{
	/* The XDG spec says relative values are to be ignored. */
	if (is_set(xdg_data_home) && xdg_data_home[0] == '/')
		return util_printf("%s/parallax/parallax.db", xdg_data_home);
	if (is_set(home))
		return util_printf("%s/.local/share/parallax/parallax.db", home);
	return NULL;
}

char *
paths_db_from_env(void)
{
	const char	*db = getenv("PARALLAX_DB");

	if (is_set(db))
		return util_strdup(db);
	return paths_default_db(getenv("XDG_DATA_HOME"), getenv("HOME"));
}

char *
paths_config_dir(const char *xdg_config_home, const char *home)
{
	if (is_set(xdg_config_home) && xdg_config_home[0] == '/')
		return util_printf("%s/parallax", xdg_config_home);
	if (is_set(home))
		return util_printf("%s/.config/parallax", home);
	return NULL;
}

const char *
paths_data_dir(void)
{
	const char	*d = getenv("PARALLAX_DATADIR");

	return is_set(d) ? d : PKGDATADIR;
}

size_t
paths_data_files(const char *name, char *out[2])
{
	char	*dir, *p;
	size_t	 n = 0;

	if ((p = util_printf("%s/%s", paths_data_dir(), name)) != NULL) {
		if (access(p, R_OK) == 0)
			out[n++] = p;
		else
			free(p);
	}
	dir = paths_config_dir(getenv("XDG_CONFIG_HOME"), getenv("HOME"));
	if (dir != NULL && (p = util_printf("%s/%s", dir, name)) != NULL) {
		if (access(p, R_OK) == 0)
			out[n++] = p;
		else
			free(p);
	}
	free(dir);
	return n;
}

int
paths_mkparents(const char *path, char **cause)
{
	char	*copy, *s;

	if ((copy = util_strdup(path)) == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		return -1;
	}
	for (s = copy + 1; *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST) {
			util_cause(cause, "%s: %s", copy, strerror(errno));
			free(copy);
			return -1;
		}
		*s = '/';
	}
	free(copy);
	return 0;
}
