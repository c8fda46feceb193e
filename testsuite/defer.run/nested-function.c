/* GNU C nested functions have defers of their own, run when the nested
   function returns.  */
/* { dg-do run } */
/* { dg-options "-std=gnu11" } */
#include <defer.h>
#include "defer-test.h"

static void
outer (void)
{
  int calls = 0;
  void inner (int n)
  {
    defer { trace ("inner-defer"); trace_int (n); }
    calls++;
  }
  defer { trace ("outer-defer"); trace_int (calls); }
  inner (1);
  inner (2);
}

int
main (void)
{
  outer ();
  expect_trace ("inner-defer 1 inner-defer 2 outer-defer 2");
  return trace_status ();
}
