/* SPDX-License-Identifier: MIT */
/* The freestanding <string.h> of the WebAssembly build (bindings/js/wasm):
 * only what lib/ uses, implemented in bindings/js/wasm/runtime.c. clang's
 * own <stddef.h>, <stdint.h> and <limits.h> serve the rest. */
#ifndef CSISMS_WASM_STRING_H
#define CSISMS_WASM_STRING_H

#include <stddef.h>

void *memcpy(void *restrict dest, const void *restrict src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *dest, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);

#endif
