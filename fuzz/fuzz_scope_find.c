/* SPDX-License-Identifier: MIT */
/* libFuzzer target: csisms_scope_find (doc/rules-model.md §3) against a reference.
 * Input: one byte choosing `from` (0 … count + 4, or near SIZE_MAX), then the
 * text. Reference: EINVAL for empty or invalid UTF-8 text (RFC 3629: no
 * overlongs, surrogates or code points past U+10FFFF); else the first entry
 * at or after `from` whose name or note in either language contains the text
 * with ASCII letters folded; ENOTFOUND when none. Output untouched on error.
 * Also follows the search to the end, as a caller's loop would. */
#include "fuzz.h"
#include "oracle.h"

static int matches(size_t i, const char *text)
{
    const csisms_scope *s = csisms_scope_at(i);
    for (int lang = CSISMS_LANG_ZH; lang <= CSISMS_LANG_EN; lang++)
        if (or_contains(csisms_scope_name(s, lang), text) ||
            or_contains(csisms_scope_note(s, lang), text))
            return 1;
    return 0;
}

static int reference(const char *text, size_t from, size_t *out)
{
    if (text[0] == '\0' || !or_utf8_valid(text))
        return CSISMS_EINVAL;
    for (size_t i = from; i < csisms_scope_count(); i++)
        if (matches(i, text)) {
            *out = i;
            return CSISMS_OK;
        }
    return CSISMS_ENOTFOUND;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t sel = data[0];
    size_t from = sel >= 250 ? SIZE_MAX - (size_t)(sel - 250) : (size_t)(sel % 40);
    char *text = fuzz_cstring(data + 1, size - 1);
    size_t got = FUZZ_SENTINEL_SIZE, want = FUZZ_SENTINEL_SIZE;
    int rc = csisms_scope_find(text, from, &got);
    int wrc = reference(text, from, &want);

    FUZZ_CHECK(rc == wrc, "csisms_scope_find(\"%s\", %zu) returned %d, expected %d", text, from,
               rc, wrc);
    FUZZ_CHECK(got == want, "csisms_scope_find(\"%s\", %zu) gave %zu, expected %zu", text, from,
               got, want);
    /* The caller's loop: every further match, in order, then ENOTFOUND. */
    while (rc == CSISMS_OK) {
        size_t next = FUZZ_SENTINEL_SIZE;
        want = FUZZ_SENTINEL_SIZE;
        rc = csisms_scope_find(text, got + 1, &next);
        wrc = reference(text, got + 1, &want);
        FUZZ_CHECK(rc == wrc && next == want,
                   "csisms_scope_find(\"%s\", %zu) gave %d/%zu, expected %d/%zu", text, got + 1,
                   rc, next, wrc, want);
        got = next;
    }
    free(text);
    return 0;
}
