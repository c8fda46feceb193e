/* defer beside __attribute__((cleanup)): a cleanup variable's cleanup
   runs at the end of its block, deferred statements at the function's
   end; a variable with a cleanup in the outermost block is cleaned up
   before the deferred statements run (its block ends first).  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void done (int *p) { trace ("cleanup"); trace_int (*p); }

static void
f (void)
{
  defer trace ("defer-1");
  {
    int inner __attribute__ ((cleanup (done))) = 1;
    defer trace ("defer-2");
  }
  int outer __attribute__ ((cleanup (done))) = 2;
  trace ("body");
}

int
main (void)
{
  f ();
  expect_trace ("cleanup 1 body cleanup 2 defer-2 defer-1");
  return trace_status ();
}
