/* SPDX-License-Identifier: MIT */
/* The floor of the register benchmark: reads a CSV file in 64 KiB chunks
 * and splits it into fields and records with libcsv, as csisms register
 * does, and nothing else. Prints the number of records.
 *   bench/register-floor FILE */
#include <csv.h>
#include <stdio.h>

struct counts {
    unsigned long fields, records;
};

static void on_field(void *data, size_t n, void *ctx)
{
    (void)data;
    (void)n;
    ((struct counts *)ctx)->fields++;
}

static void on_record(int c, void *ctx)
{
    (void)c;
    ((struct counts *)ctx)->records++;
}

int main(int argc, char **argv)
{
    static char buf[65536];
    struct csv_parser p;
    struct counts k = {0, 0};
    FILE *f;
    size_t n;

    if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) {
        fprintf(stderr, "usage: register-floor FILE\n");
        return 2;
    }
    if (csv_init(&p, CSV_REPALL_NL) != 0)
        return 2;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        if (csv_parse(&p, buf, n, on_field, on_record, &k) != n)
            return 2;
    csv_fini(&p, on_field, on_record, &k);
    csv_free(&p);
    fclose(f);
    printf("%lu records, %lu fields\n", k.records, k.fields);
    return 0;
}
