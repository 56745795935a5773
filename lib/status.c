/* SPDX-License-Identifier: MIT */
/* Status texts and version queries (doc/rules-model.md §0). */
#include "csisms.h"

#include <stddef.h>

static const char *const status_texts[] = {
    "success",                                          /*  0 CSISMS_OK */
    "invalid argument",                                 /* -1 CSISMS_EINVAL */
    "result out of range",                              /* -2 CSISMS_ERANGE */
    "no such entry",                                    /* -3 CSISMS_ENOTFOUND */
    "code names more than one entry",                   /* -4 CSISMS_EAMBIGUOUS */
    "not permitted by the rules",                       /* -5 CSISMS_ENOTPERMITTED */
    "buffer too small",                                 /* -6 CSISMS_ENOSPC */
    "unsupported structure size",                       /* -7 CSISMS_EVERSION */
    "check character does not match",                   /* -8 CSISMS_ECHECKSUM */
};

CSISMS_API const char *csisms_strerror(int status)
{
    if (status == CSISMS_INTERRUPTED)
        return "success; certification was interrupted, a new cycle starts";
    if (status > 0)
        return "success (positive status)";
    if (status >= -(int)(sizeof status_texts / sizeof status_texts[0]) + 1)
        return status_texts[-status];
    return "unknown status";
}

CSISMS_API const char *csisms_version(void)
{
    return CSISMS_VERSION_STRING;
}

CSISMS_API int csisms_check_version(int required)
{
    if (required < 0)
        return 0;
    return (required >> 16) == CSISMS_VERSION_MAJOR && required <= CSISMS_VERSION_NUMBER;
}
