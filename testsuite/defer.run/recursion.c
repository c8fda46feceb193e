/* Each invocation has its own defers: recursion.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int
depth (int n)
{
  defer trace_int (n);
  if (n == 0)
    return 0;
  if (n % 2)
    defer trace ("odd");
  return 1 + depth (n - 1);
}

int
main (void)
{
  trace_int (depth (4));
  expect_trace ("0 odd 1 2 odd 3 4 4");
  return trace_status ();
}
