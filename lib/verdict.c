/* Stub: written on its own branch. Every function fails until then. */
#include "csisms.h"

CSISMS_API int csisms_evaluate(const csisms_facts *facts, csisms_verdict *verdict)
{
    (void)facts;
    (void)verdict;
    return CSISMS_EINVAL;
}

CSISMS_API const char *csisms_reason_clause(uint32_t reason)
{
    (void)reason;
    return NULL;
}

CSISMS_API const char *csisms_reason_text(uint32_t reason, int lang)
{
    (void)reason;
    (void)lang;
    return NULL;
}

CSISMS_API const char *csisms_action_name(int action, int lang)
{
    (void)action;
    (void)lang;
    return NULL;
}

CSISMS_API const char *csisms_duty_text(uint32_t duty, int lang)
{
    (void)duty;
    (void)lang;
    return NULL;
}

CSISMS_API const char *csisms_duty_clause(uint32_t duty)
{
    (void)duty;
    return NULL;
}
