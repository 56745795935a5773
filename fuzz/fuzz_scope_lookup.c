/* SPDX-License-Identifier: MIT */
/* libFuzzer target: csisms_scope_lookup (doc/rules-model.md §3) against a reference.
 * Reference: trim ASCII space, tab, CR, LF and U+3000 at both ends; map
 * full-width digits, "．" and "。" to ASCII; a well-formed code is 1–3
 * dot-separated components of one or two digits; then an exact entry is OK,
 * a prefix of several entries EAMBIGUOUS, anything else well-formed
 * ENOTFOUND, and everything else EINVAL. The entry found has the canonical
 * code, is the table's own pointer, and the output is untouched on error. */
#include "fuzz.h"

#define FW_SPACE "\xE3\x80\x80"  /* U+3000 */
#define FW_STOP "\xEF\xBC\x8E"   /* ．U+FF0E */
#define IDEO_STOP "\xE3\x80\x82" /* 。U+3002 */

static int is_trim_at(const char *p, size_t left)
{
    if (left >= 1 && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        return 1;
    if (left >= 3 && memcmp(p, FW_SPACE, 3) == 0)
        return 3;
    return 0;
}

/* Normalises into out (ASCII only, at most cap-1 bytes); 0 if not ASCII
 * digits and dots after mapping or too long. */
static int normalise(const char *t, char *out, size_t cap)
{
    size_t b = 0, e = strlen(t), n = 0;
    for (;;) {
        int k = is_trim_at(t + b, e - b);
        if (k == 0)
            break;
        b += (size_t)k;
    }
    for (;;) {
        if (e > b && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r' || t[e - 1] == '\n'))
            e--;
        else if (e >= b + 3 && memcmp(t + e - 3, FW_SPACE, 3) == 0)
            e -= 3;
        else
            break;
    }
    for (size_t i = b; i < e;) {
        char c;
        if ((t[i] >= '0' && t[i] <= '9') || t[i] == '.') {
            c = t[i];
            i++;
        } else if (e - i >= 3 && (unsigned char)t[i] == 0xEF && (unsigned char)t[i + 1] == 0xBC &&
                   (unsigned char)t[i + 2] >= 0x90 && (unsigned char)t[i + 2] <= 0x99) {
            c = (char)('0' + ((unsigned char)t[i + 2] - 0x90));
            i += 3;
        } else if (e - i >= 3 && (memcmp(t + i, FW_STOP, 3) == 0 || memcmp(t + i, IDEO_STOP, 3) == 0)) {
            c = '.';
            i += 3;
        } else {
            return 0;
        }
        if (n + 1 >= cap)
            return 0;
        out[n++] = c;
    }
    out[n] = '\0';
    return 1;
}

/* Canonical "01.02.03" form of a normalised code; 0 if malformed. */
static int canonical(const char *s, char *out)
{
    int parts = 0;
    size_t n = 0;
    const char *p = s;
    for (;;) {
        int len = 0, v = 0;
        while (p[len] >= '0' && p[len] <= '9' && len < 3) {
            v = v * 10 + (p[len] - '0');
            len++;
        }
        if (len < 1 || len > 2 || ++parts > 3)
            return 0;
        if (n > 0)
            out[n++] = '.';
        out[n++] = (char)('0' + v / 10);
        out[n++] = (char)('0' + v % 10);
        p += len;
        if (*p == '\0')
            break;
        if (*p != '.')
            return 0;
        p++;
    }
    out[n] = '\0';
    return 1;
}

static int reference(const char *text, const csisms_scope **out)
{
    char norm[64], canon[16];
    if (!normalise(text, norm, sizeof norm) || !canonical(norm, canon))
        return CSISMS_EINVAL;
    size_t count = csisms_scope_count(), under = 0, len = strlen(canon);
    for (size_t i = 0; i < count; i++) {
        const char *code = csisms_scope_code(csisms_scope_at(i));
        if (strcmp(code, canon) == 0) {
            *out = csisms_scope_at(i);
            return CSISMS_OK;
        }
        if (strncmp(code, canon, len) == 0 && code[len] == '.')
            under++;
    }
    /* Only the several-entries case is EAMBIGUOUS (doc/interpretations.md I-7); no code has
     * exactly one entry under it, so that case cannot arise. */
    FUZZ_CHECK(under != 1, "code %s is the prefix of exactly one entry", canon);
    return under > 1 ? CSISMS_EAMBIGUOUS : CSISMS_ENOTFOUND;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char marker_storage;
    const csisms_scope *const untouched = (const csisms_scope *)(const void *)&marker_storage;
    char *text = fuzz_cstring(data, size);
    const csisms_scope *got = untouched, *want = untouched;
    int rc = csisms_scope_lookup(text, &got);
    int wrc = reference(text, &want);

    FUZZ_CHECK(rc == wrc, "csisms_scope_lookup(\"%s\") returned %d, expected %d", text, rc, wrc);
    FUZZ_CHECK(got == want, "csisms_scope_lookup(\"%s\") gave entry %s, expected %s", text,
               got == untouched ? "(untouched)" : csisms_scope_code(got),
               want == untouched ? "(untouched)" : csisms_scope_code(want));
    {
        /* csisms_scope_under: the same syntax errors; an entry or an
         * ambiguous prefix has entries under it, the first being the entry
         * itself or the first of the ambiguous ones; an absent code none. */
        size_t at = 999;
        int urc = csisms_scope_under(text, 0, &at);
        if (rc == CSISMS_EINVAL)
            FUZZ_CHECK(urc == CSISMS_EINVAL, "csisms_scope_under(\"%s\") returned %d", text, urc);
        if (rc == CSISMS_OK)
            FUZZ_CHECK(urc == CSISMS_OK && csisms_scope_at(at) == got,
                       "csisms_scope_under(\"%s\") returned %d, index %zu", text, urc, at);
        if (rc == CSISMS_EAMBIGUOUS)
            FUZZ_CHECK(urc == CSISMS_OK, "csisms_scope_under(\"%s\") returned %d", text, urc);
        if (rc == CSISMS_ENOTFOUND)
            FUZZ_CHECK(urc == CSISMS_ENOTFOUND, "csisms_scope_under(\"%s\") returned %d", text, urc);
    }
    free(text);
    return 0;
}
