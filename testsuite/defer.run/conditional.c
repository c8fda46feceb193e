/* S2: conditional defers; `if (x) defer f ();' and if/else arms.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
f (int a, int b)
{
  if (a)
    defer trace ("a");
  if (b)
    defer trace ("b");
  else
    defer trace ("not-b");
  if (a && b)
    {
      defer trace ("a-and-b");
    }
  trace ("body");
}

int
main (void)
{
  f (0, 0); expect_trace ("body not-b");
  f (1, 0); expect_trace ("body not-b a");
  f (0, 1); expect_trace ("body b");
  f (1, 1); expect_trace ("body a-and-b b a");
  return trace_status ();
}
