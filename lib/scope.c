/* Stub: written on its own branch. Every function fails until then. */
#include "csisms.h"

CSISMS_API int csisms_scope_lookup(const char *code, const csisms_scope **scope)
{
    (void)code;
    (void)scope;
    return CSISMS_EINVAL;
}

CSISMS_API size_t csisms_scope_count(void)
{
    return 0;
}

CSISMS_API const csisms_scope *csisms_scope_at(size_t index)
{
    (void)index;
    return NULL;
}

CSISMS_API const char *csisms_scope_code(const csisms_scope *s)
{
    (void)s;
    return NULL;
}

CSISMS_API const char *csisms_scope_name(const csisms_scope *s, int lang)
{
    (void)s;
    (void)lang;
    return NULL;
}

CSISMS_API const char *csisms_scope_note(const csisms_scope *s, int lang)
{
    (void)s;
    (void)lang;
    return NULL;
}

CSISMS_API int csisms_scope_level(const csisms_scope *s)
{
    (void)s;
    return CSISMS_EINVAL;
}

CSISMS_API const csisms_scope *csisms_scope_parent(const csisms_scope *s)
{
    (void)s;
    return NULL;
}

CSISMS_API unsigned csisms_scope_flags(const csisms_scope *s)
{
    (void)s;
    return 0;
}

CSISMS_API int csisms_scope_find(const char *text, size_t from, size_t *index)
{
    (void)text;
    (void)from;
    (void)index;
    return CSISMS_EINVAL;
}
