/* SPDX-License-Identifier: MIT */
/* JSON Lines records for csisms register, read with json-c. Kept apart
 * from cli.h, whose JSON writer names (json_bool…) json-c also uses. */
#ifndef CSISMS_REGISTER_JSONL_H
#define CSISMS_REGISTER_JSONL_H

#include <stddef.h>

/* What a member's value was. */
enum rj_kind {
    RJ_NULL,   /* null: text is NULL */
    RJ_SCALAR, /* a string, an integer (its digits) or a boolean ("1"/"0") */
    RJ_ARRAY,  /* an array of strings, joined with ';' */
    RJ_BAD     /* anything else (an object, a fraction, a mixed array): text is NULL */
};

typedef struct rj rj;

/* A reader, or NULL when out of memory. */
rj *rj_new(void);
void rj_free(rj *r);

/* Called for each member of the record's object; key and text live until
 * done returns. */
typedef void rj_member_fn(void *ctx, const char *key, const char *text, enum rj_kind kind);
typedef void rj_done_fn(void *ctx);

/* Parses one line (len bytes, NUL-terminated). A JSON object: calls member
 * for each member, then done, and returns NULL. Anything else: returns why
 * (static text) and calls neither. */
const char *rj_parse(rj *r, const char *line, size_t len, rj_member_fn *member, rj_done_fn *done,
                     void *ctx);

#endif
