/* SPDX-License-Identifier: MIT */
/* The runtime of the WebAssembly build of libcsisms (make wasm): the few
 * <string.h> functions lib/ calls (or the compiler emits), and the scratch
 * memory the JavaScript binding passes arguments and results through (the
 * library allocates nothing, so the binding cannot ask it for memory).
 * Compiled with -ffreestanding (no builtins: these loops are not turned back
 * into calls of themselves). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

void *memcpy(void *restrict dest, const void *restrict src, size_t n)
{
    unsigned char *d = dest;
    const unsigned char *s = src;
    while (n--)
        *d++ = *s++;
    return dest;
}

void *memmove(void *dest, const void *src, size_t n)
{
    unsigned char *d = dest;
    const unsigned char *s = src;
    if (d < s) {
        while (n--)
            *d++ = *s++;
    } else {
        while (n--)
            d[n] = s[n];
    }
    return dest;
}

void *memset(void *dest, int c, size_t n)
{
    unsigned char *d = dest;
    while (n--)
        *d++ = (unsigned char)c;
    return dest;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x < *y ? -1 : 1;
    return 0;
}

size_t strlen(const char *s)
{
    const char *p = s;
    while (*p)
        p++;
    return (size_t)(p - s);
}

int strcmp(const char *a, const char *b)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    while (*x && *x == *y)
        x++, y++;
    return *x < *y ? -1 : *x > *y;
}

/* Scratch memory for the binding's arguments and results: strings in,
 * out-parameters, structs and batch columns. The binding splits a batch
 * into chunks that fit. 8-byte aligned for the int64_t fields of
 * csisms_step. */
#define CSISMS_WASM_SCRATCH_SIZE 65536u

static _Alignas(8) unsigned char scratch[CSISMS_WASM_SCRATCH_SIZE];

/** The address of the scratch area (an offset into the exported memory). */
__attribute__((visibility("default"))) unsigned char *csisms_wasm_scratch(void)
{
    return scratch;
}

/** The size of the scratch area in bytes. */
__attribute__((visibility("default"))) size_t csisms_wasm_scratch_size(void)
{
    return sizeof scratch;
}
