/* An object made of three allocations, returned whole or not at all:
   the deferred statement destroys what it finds unless ownership went to
   the caller.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le table_new table_new_twin 4 } } */
/* { dg-final { scan-function-not table_new "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only table_new "defer_bits" "optimized" } } */
#include <stdlib.h>
#include <defer.h>

struct table
{
  char **keys;
  long *values;
  size_t cap;
};

static void
table_free (struct table *t)
{
  free (t->keys);
  free (t->values);
  free (t);
}

struct table *
table_new (size_t cap)
{
  struct table *t = calloc (1, sizeof *t);
  if (!t)
    return NULL;
  defer {
    if (t)
      table_free (t);
  }
  t->keys = calloc (cap, sizeof *t->keys);
  if (!t->keys)
    return NULL;
  t->values = calloc (cap, sizeof *t->values);
  if (!t->values)
    return NULL;
  t->cap = cap;
  struct table *ret = t;
  t = NULL;
  return ret;
}

struct table *
table_new_twin (size_t cap)
{
  struct table *t = calloc (1, sizeof *t);
  if (!t)
    return NULL;
  t->keys = calloc (cap, sizeof *t->keys);
  if (!t->keys)
    goto fail;
  t->values = calloc (cap, sizeof *t->values);
  if (!t->values)
    goto fail;
  t->cap = cap;
  return t;
fail:
  table_free (t);
  return NULL;
}
