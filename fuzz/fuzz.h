/* SPDX-License-Identifier: MIT */
/* Shared helpers of the libFuzzer targets in fuzz/: a byte reader that turns
 * the fuzzer's input into arguments, and a checker that aborts (so libFuzzer,
 * ASan and the replay driver all see the failure) with the broken invariant.
 *
 * Every target defines LLVMFuzzerTestOneInput and nothing else public. Built
 * with --enable-fuzzing it links libFuzzer's main; otherwise fuzz/replay.c
 * supplies a main that replays the committed corpus fuzz/<target>.in/. */
#ifndef CSISMS_FUZZ_H
#define CSISMS_FUZZ_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csisms.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Sentinels pre-filled into out-parameters: they must survive every error. */
#define FUZZ_SENTINEL_I32 ((int32_t)0x5A5A5A5A)
#define FUZZ_SENTINEL_U32 0xA5A5A5A5u
#define FUZZ_SENTINEL_SIZE ((size_t)0xDEADBEEFu)
#define FUZZ_SENTINEL_BYTE 0xCB

#if defined(__GNUC__)
#define FUZZ_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define FUZZ_NORETURN __attribute__((noreturn))
#else
#define FUZZ_PRINTF(a, b)
#define FUZZ_NORETURN
#endif

static inline FUZZ_NORETURN FUZZ_PRINTF(3, 4) void fuzz_fail(const char *file, int line,
                                                            const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: invariant broken: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    abort();
}

/* FUZZ_CHECK(condition, "what, with %d", args...): abort with the message. */
#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond))                                                                               \
            fuzz_fail(__FILE__, __LINE__, __VA_ARGS__);                                            \
    } while (0)

/* A copy of the input as a NUL-terminated string in a buffer of exactly
 * size + 1 bytes (so ASan sees any read past the terminator). */
static inline char *fuzz_cstring(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (s == NULL)
        abort();
    if (size > 0)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* Reads little-endian integers from the input; zero once it is exhausted. */
typedef struct fuzz_reader {
    const uint8_t *p;
    size_t n;
} fuzz_reader;

static inline int fuzz_more(const fuzz_reader *r)
{
    return r->n > 0;
}

static inline uint8_t fuzz_u8(fuzz_reader *r)
{
    if (r->n == 0)
        return 0;
    r->n--;
    return *r->p++;
}

static inline uint32_t fuzz_u32(fuzz_reader *r)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++)
        v |= (uint32_t)fuzz_u8(r) << (8 * i);
    return v;
}

static inline uint64_t fuzz_u64(fuzz_reader *r)
{
    uint64_t lo = fuzz_u32(r);
    return lo | (uint64_t)fuzz_u32(r) << 32;
}

static inline int32_t fuzz_i32_raw(fuzz_reader *r)
{
    uint32_t u = fuzz_u32(r);
    int32_t v;
    memcpy(&v, &u, sizeof v);
    return v;
}

static inline int64_t fuzz_i64_raw(fuzz_reader *r)
{
    uint64_t u = fuzz_u64(r);
    int64_t v;
    memcpy(&v, &u, sizeof v);
    return v;
}

/* An int32_t: raw, small, or one of the edges, as the selector byte says. */
static inline int32_t fuzz_i32(fuzz_reader *r)
{
    static const int32_t edges[] = {
        0, 1, -1, 2, 3, 5, 10, 12, INT32_MAX, INT32_MIN, INT32_MAX - 1, INT32_MIN + 1,
        INT32_MAX / 2, INT32_MAX / 2 + 1, INT32_MAX / 4, 0x40000000, -0x40000000,
        1073741823, 858993459, 858993460, 2147483644, 3067833782 / 2,
    };
    uint8_t sel = fuzz_u8(r);
    switch (sel % 4) {
    case 0:
        return fuzz_i32_raw(r);
    case 1:
        return (int32_t)(fuzz_u8(r) % 64) - 20;
    case 2:
        return edges[fuzz_u8(r) % (sizeof edges / sizeof edges[0])];
    default:
        return (int32_t)(fuzz_u32(r) % 200000u);
    }
}

/* A uint32_t, with the same mix. */
static inline uint32_t fuzz_u32_mixed(fuzz_reader *r)
{
    static const uint32_t edges[] = {
        0u, 1u, 2u, 10u, 11u, 10700u, 10701u, 13375u, 13376u, 100000u,
        UINT32_MAX, UINT32_MAX - 1u, 3575068478u, 3575068479u, 0x80000000u, 0x7FFFFFFFu,
    };
    uint8_t sel = fuzz_u8(r);
    switch (sel % 4) {
    case 0:
        return fuzz_u32(r);
    case 1:
        return fuzz_u8(r);
    case 2:
        return edges[fuzz_u8(r) % (sizeof edges / sizeof edges[0])];
    default:
        return fuzz_u32(r) % 200000u;
    }
}

#endif /* CSISMS_FUZZ_H */
