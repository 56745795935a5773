/* Stub: written on its own branch. Every function fails until then. */
#include "csisms.h"

CSISMS_API int csisms_date_valid(csisms_date date)
{
    (void)date;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_date_parse(const char *text, csisms_date *date)
{
    (void)text;
    (void)date;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_date_format(csisms_date date, char *buf, size_t size)
{
    (void)date;
    (void)buf;
    (void)size;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_date_add_days(csisms_date date, int32_t days, csisms_date *result)
{
    (void)date;
    (void)days;
    (void)result;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_date_add_months(csisms_date date, int32_t months, csisms_date *result)
{
    (void)date;
    (void)months;
    (void)result;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_date_diff_days(csisms_date from, csisms_date to, int32_t *days)
{
    (void)from;
    (void)to;
    (void)days;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_surveillance_due(int kind, csisms_date reference, csisms_date *due, csisms_date *latest)
{
    (void)kind;
    (void)reference;
    (void)due;
    (void)latest;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_certificate_valid_until(csisms_date valid_from, csisms_date *valid_until)
{
    (void)valid_from;
    (void)valid_until;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_recert_valid_until(csisms_date old_valid_until, csisms_date decision, csisms_date *valid_until)
{
    (void)old_valid_until;
    (void)decision;
    (void)valid_until;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_recert_window_opens(csisms_date valid_until, csisms_date *opens)
{
    (void)valid_until;
    (void)opens;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_suspension_ends_by(csisms_date suspended_on, csisms_date *ends_by)
{
    (void)suspended_on;
    (void)ends_by;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_appeal_due(csisms_date received, csisms_date *due)
{
    (void)received;
    (void)due;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_correction_due(csisms_date requested, csisms_date *due)
{
    (void)requested;
    (void)due;
    return CSISMS_EINVAL;
}
