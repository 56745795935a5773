/* SPDX-License-Identifier: MIT */
/* Shared helpers of the csisms example CLI (parsing, formatting); the output
 * layer is cli_out.c. */
#include "cli.h"

#include <string.h>

const char *cli_text(const struct cli *cli, const char *zh, const char *en)
{
    return cli->lang == CSISMS_LANG_ZH ? zh : en;
}

int cli_parse_u32(const char *name, const char *text, uint32_t *out)
{
    uint64_t v = 0;
    const char *p = text;

    if (*p == '\0')
        return cli_bad(name, text, "'%s' is not a whole number", text);
    for (; *p; p++) {
        if (*p < '0' || *p > '9')
            return cli_bad(name, text, "'%s' is not a whole number", text);
        v = v * 10 + (uint64_t)(*p - '0');
        if (v > UINT32_MAX)
            return cli_bad(name, text, "'%s' is larger than %lu", text, (unsigned long)UINT32_MAX);
    }
    *out = (uint32_t)v;
    return 0;
}

int cli_parse_date(const char *name, const char *text, csisms_date *out)
{
    if (csisms_date_parse(text, out) != CSISMS_OK)
        return cli_bad(name, text, "'%s' is not a date (YYYY-MM-DD, YYYYMMDD or YYYY年M月D日)",
                       text);
    return 0;
}

int cli_parse_days(const char *name, const char *text, int32_t *halfdays)
{
    int rc = csisms_days_parse(text, halfdays);

    if (rc == CSISMS_ERANGE)
        return cli_bad(name, text, "'%s' is too large", text);
    if (rc != CSISMS_OK)
        return cli_bad(name, text, "'%s' is not a number of days (like 8.5)", text);
    return 0;
}

int cli_parse_items(const char *name, const char *text, int max, uint32_t *bits)
{
    uint32_t set = 0;
    const char *p = text;

    for (;;) {
        long n = 0;
        const char *start = p;
        while (*p >= '0' && *p <= '9' && n <= 32)
            n = n * 10 + (*p++ - '0');
        if (p == start || (*p != ',' && *p != '\0'))
            return cli_bad(name, text, "'%s' is not a list of item numbers like 1,3,5", text);
        if (n < 1 || n > max)
            return cli_bad(name, text, "item %ld is not between 1 and %d", n, max);
        set |= 1u << (n - 1);
        if (*p == '\0')
            break;
        p++;
    }
    *bits = set;
    return 0;
}

const char *cli_date(csisms_date date, char buf[CLI_DATE_LEN])
{
    if (date == 0 || csisms_date_format(date, buf, CLI_DATE_LEN) < 0)
        strcpy(buf, "-");
    return buf;
}

const char *cli_days(int32_t halfdays, char buf[CLI_DAYS_LEN])
{
    if (csisms_days_format(halfdays, buf, CLI_DAYS_LEN) < 0)
        strcpy(buf, "?");
    return buf;
}

size_t cli_width(const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t w = 0;

    while (*s) {
        uint32_t cp;
        s += cli_utf8_next(s, &cp);
        /* East Asian wide and full-width ranges used by the rules' texts. */
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
            (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
            (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
            (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
            w += 2;
        else
            w += 1;
    }
    return w;
}

void cli_pad(const char *text, size_t width)
{
    size_t w = cli_width(text);

    fputs(text, stdout);
    for (; w < width; w++)
        putchar(' ');
}

/* ------------------------------------------------------------ JSON values of the library's types */

void json_date(struct json *j, const char *key, csisms_date date)
{
    char buf[CLI_DATE_LEN];

    if (date == 0 || csisms_date_format(date, buf, sizeof buf) < 0)
        json_null(j, key);
    else
        json_str(j, key, buf);
}

void json_days(struct json *j, const char *key, int32_t halfdays)
{
    char buf[CLI_DAYS_LEN];

    json_number(j, key, cli_days(halfdays, buf));
}
