/* SPDX-License-Identifier: MIT */
/* JSON Lines records for csisms register, read with json-c (one reusable
 * tokener, strict UTF-8). */
#include "register_jsonl.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rj {
    json_tokener *tok;
    size_t used;
    char arena[65536]; /* texts made for integers and arrays, per line */
};

rj *rj_new(void)
{
    rj *r = malloc(sizeof *r);

    if (r == NULL)
        return NULL;
    r->tok = json_tokener_new_ex(64);
    if (r->tok == NULL) {
        free(r);
        return NULL;
    }
#ifdef JSON_TOKENER_VALIDATE_UTF8
    json_tokener_set_flags(r->tok, JSON_TOKENER_VALIDATE_UTF8);
#endif
    return r;
}

void rj_free(rj *r)
{
    if (r != NULL) {
        json_tokener_free(r->tok);
        free(r);
    }
}

/* Room for n bytes in the arena, or NULL. */
static char *take(rj *r, size_t n)
{
    char *p;

    if (n > sizeof r->arena - r->used)
        return NULL;
    p = r->arena + r->used;
    r->used += n;
    return p;
}

static enum rj_kind text_of(rj *r, struct json_object *val, const char **text)
{
    char *p;

    *text = NULL;
    switch (json_object_get_type(val)) {
    case json_type_null:
        return RJ_NULL;
    case json_type_string:
        *text = json_object_get_string(val);
        return RJ_SCALAR;
    case json_type_boolean:
        *text = json_object_get_boolean(val) ? "1" : "0";
        return RJ_SCALAR;
    case json_type_int:
        if ((p = take(r, 24)) == NULL)
            return RJ_BAD;
        snprintf(p, 24, "%lld", (long long)json_object_get_int64(val));
        *text = p;
        return RJ_SCALAR;
    case json_type_array: {
        size_t k = json_object_array_length(val), n = 1;
        for (size_t i = 0; i < k; i++) {
            struct json_object *e = json_object_array_get_idx(val, i);
            if (json_object_get_type(e) != json_type_string)
                return RJ_BAD;
            n += (size_t)json_object_get_string_len(e) + 1;
        }
        if ((p = take(r, n)) == NULL)
            return RJ_BAD;
        *text = p;
        for (size_t i = 0; i < k; i++) {
            struct json_object *e = json_object_array_get_idx(val, i);
            size_t len = (size_t)json_object_get_string_len(e);
            if (i > 0)
                *p++ = ';';
            memcpy(p, json_object_get_string(e), len);
            p += len;
        }
        *p = '\0';
        return RJ_ARRAY;
    }
    default: /* double, object */
        return RJ_BAD;
    }
}

const char *rj_parse(rj *r, const char *line, size_t len, rj_member_fn *member, rj_done_fn *done,
                     void *ctx)
{
    struct json_object *obj;
    size_t end;

    if (len > (size_t)0x7FFFFFFE)
        return "line too long";
    json_tokener_reset(r->tok);
    /* The NUL is passed too: it ends a number at the end of the line. */
    obj = json_tokener_parse_ex(r->tok, line, (int)len + 1);
    if (obj == NULL) {
        enum json_tokener_error e = json_tokener_get_error(r->tok);
        return e == json_tokener_error_parse_utf8_string ? "not JSON: invalid UTF-8"
               : e == json_tokener_success               ? "not a JSON object"
                                                         : "not JSON";
    }
    for (end = json_tokener_get_parse_end(r->tok); end < len; end++)
        if (line[end] != ' ' && line[end] != '\t' && line[end] != '\r' && line[end] != '\0') {
            json_object_put(obj);
            return "not JSON: text after the value";
        }
    if (!json_object_is_type(obj, json_type_object)) {
        json_object_put(obj);
        return "not a JSON object";
    }
    r->used = 0;
    json_object_object_foreach(obj, key, val)
    {
        const char *text;
        enum rj_kind kind = text_of(r, val, &text);
        member(ctx, key, text, kind);
    }
    done(ctx);
    json_object_put(obj);
    return NULL;
}
