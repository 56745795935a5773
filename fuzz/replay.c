/* SPDX-License-Identifier: MIT */
/* Replays a libFuzzer corpus through one target's LLVMFuzzerTestOneInput,
 * for builds without libFuzzer (`make check` runs it on the committed
 * corpus). Usage: replay_<target> [FILE|DIR]...: those inputs only. Without
 * arguments it reads FUZZ_CORPUS_DIR/FUZZ_TARGET.in/, then runs
 * $CSISMS_FUZZ_RANDOM (default 10000) deterministic pseudo-random inputs.
 * A broken invariant aborts; the program fails when it finds no corpus input
 * at all (a corpus lost from the tree must not pass silently). The empty
 * input is always run too. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned long inputs;

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return 1;
    }
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    if (buf == NULL)
        abort();
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (buf == NULL)
                abort();
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0)
            break;
        n += got;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        fprintf(stderr, "%s: read error\n", path);
        free(buf);
        return 1;
    }
    /* An exact-size copy, so ASan sees reads past the input. */
    uint8_t *exact = malloc(n ? n : 1);
    if (exact == NULL)
        abort();
    memcpy(exact, buf, n);
    free(buf);
    LLVMFuzzerTestOneInput(exact, n);
    free(exact);
    inputs++;
    return 0;
}

static int run_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return 1;
    }
    if (!S_ISDIR(st.st_mode))
        return run_file(path);
    DIR *dir = opendir(path);
    if (dir == NULL) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return 1;
    }
    int failed = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        char *full = malloc(len);
        if (full == NULL)
            abort();
        snprintf(full, len, "%s/%s", path, e->d_name);
        failed |= run_file(full);
        free(full);
    }
    closedir(dir);
    return failed;
}

/* Deterministic pseudo-random inputs (xorshift64*, fixed seed), half of
 * their bytes drawn from digits, dots, dashes and the date characters, so a
 * plain `make check` also explores beyond the minimised corpus. */
static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint32_t next_random(void)
{
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return (uint32_t)((rng * 0x2545F4914F6CDD1Dull) >> 32);
}

static unsigned long run_random(unsigned long count)
{
    static const char alphabet[] = "0123456789.-\xE5\xB9\xB4\xE6\x9C\x88\x97\xA5\xE3\x80 ";
    uint8_t *buf = malloc(512);
    if (buf == NULL)
        abort();
    for (unsigned long i = 0; i < count; i++) {
        size_t n = next_random() % 512;
        for (size_t k = 0; k < n; k++) {
            uint32_t r = next_random();
            buf[k] = r & 0x100 ? (uint8_t)alphabet[(r >> 9) % (sizeof alphabet - 1)] : (uint8_t)r;
        }
        /* An exact-size copy, so ASan sees reads past the input. */
        uint8_t *exact = malloc(n ? n : 1);
        if (exact == NULL)
            abort();
        memcpy(exact, buf, n);
        LLVMFuzzerTestOneInput(exact, n);
        free(exact);
    }
    free(buf);
    return count;
}

/* CSISMS_FUZZ_RANDOM: how many random inputs (default 10000; 0: none). */
static unsigned long random_count(void)
{
    const char *s = getenv("CSISMS_FUZZ_RANDOM");
    if (s == NULL || *s == '\0')
        return 10000;
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    return *end == '\0' ? v : 10000;
}

int main(int argc, char **argv)
{
    int failed = 0;
    LLVMFuzzerTestOneInput((const uint8_t *)"", 0);
    if (argc > 1) {
        for (int i = 1; i < argc; i++)
            failed |= run_path(argv[i]);
        printf("%s: %lu inputs replayed%s\n", FUZZ_TARGET, inputs,
               failed ? ", some unreadable" : "");
        return failed || inputs == 0;
    }
    failed |= run_path(FUZZ_CORPUS_DIR "/" FUZZ_TARGET ".in");
    unsigned long randoms = run_random(random_count());
    printf("%s: %lu corpus inputs replayed, %lu random inputs%s\n", FUZZ_TARGET, inputs, randoms,
           failed ? ", some unreadable" : "");
    if (inputs == 0) {
        fprintf(stderr, "%s: no input found\n", FUZZ_TARGET);
        return 1;
    }
    return failed;
}
