/* Replays a libFuzzer corpus through one target's LLVMFuzzerTestOneInput,
 * for builds without libFuzzer (`make check` runs it on the committed
 * corpus). Usage: replay_<target> [FILE|DIR]...; without arguments it reads
 * FUZZ_CORPUS_DIR/FUZZ_TARGET.in/. A broken invariant aborts; the program
 * fails when it finds no input at all (a corpus lost from the tree must not
 * pass silently). The empty input is always run too. */
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

int main(int argc, char **argv)
{
    int failed = 0;
    LLVMFuzzerTestOneInput((const uint8_t *)"", 0);
    if (argc > 1) {
        for (int i = 1; i < argc; i++)
            failed |= run_path(argv[i]);
    } else {
        failed |= run_path(FUZZ_CORPUS_DIR "/" FUZZ_TARGET ".in");
    }
    printf("%s: %lu inputs replayed%s\n", FUZZ_TARGET, inputs, failed ? ", some unreadable" : "");
    if (inputs == 0) {
        fprintf(stderr, "%s: no input found\n", FUZZ_TARGET);
        return 1;
    }
    return failed;
}
