/* Stub: written on its own branch. Every function fails until then. */
#include "csisms.h"

CSISMS_API int csisms_checklist_size(int list)
{
    (void)list;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_checklist_mode(int list)
{
    (void)list;
    return CSISMS_EINVAL;
}

CSISMS_API const char *csisms_checklist_clause(int list)
{
    (void)list;
    return NULL;
}

CSISMS_API const char *csisms_checklist_title(int list, int lang)
{
    (void)list;
    (void)lang;
    return NULL;
}

CSISMS_API const char *csisms_checklist_item(int list, int item, int lang)
{
    (void)list;
    (void)item;
    (void)lang;
    return NULL;
}

CSISMS_API uint32_t csisms_checklist_conditional(int list)
{
    (void)list;
    return 0;
}

CSISMS_API int csisms_checklist_eval(int list, uint32_t present, uint32_t not_applicable, uint32_t *missing)
{
    (void)list;
    (void)present;
    (void)not_applicable;
    (void)missing;
    return CSISMS_EINVAL;
}
