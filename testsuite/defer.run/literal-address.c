/* A compound literal among a deferred call's own arguments lives until
   the call has run, even when the defer statement is in an inner block
   whose other objects are dead by then (docs/semantics.md, S13).  */
/* { dg-do run } */
#include <string.h>
#include <defer.h>
#include "defer-test.h"

struct pt { int x, y; };

static void __attribute__ ((noinline))
show (const struct pt *p)
{
  trace_int (p->x);
  trace_int (p->y);
}

/* Fills the stack where an inner block's objects were.  */
static void __attribute__ ((noinline))
scribble (void)
{
  volatile char junk[512];
  memset ((char *) junk, 0x55, sizeof junk);
}

static void __attribute__ ((noinline))
inner_blocks (int n)
{
  if (n > 0)
    {
      int a = n;
      defer show (&(struct pt) { a, 2 * a });
    }
  if (n > 1)
    {
      struct pt other = { -1, -1 };
      defer show (&(struct pt) { other.x + n + 10, 3 });
    }
  scribble ();
}

int
main (void)
{
  inner_blocks (2);
  expect_trace ("11 3 2 4");
  return trace_status ();
}
/* { dg-output "^ok \[0-9\]+\n" } */
