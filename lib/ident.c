/* Stub: written on its own branch. Every function fails until then. */
#include "csisms.h"

CSISMS_API int csisms_uscc_validate(const char *code)
{
    (void)code;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_sample_sites(uint32_t sites, int audit, uint32_t *sample)
{
    (void)sites;
    (void)audit;
    (void)sample;
    return CSISMS_EINVAL;
}
