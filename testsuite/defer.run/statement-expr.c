/* A defer inside a GNU statement expression belongs to the function,
   like one in any other inner block.  */
/* { dg-do run } */
/* { dg-options "-std=gnu11" } */
#include <defer.h>
#include "defer-test.h"

static int
f (void)
{
  int v = ({ defer trace ("in-stmt-expr"); trace ("computing"); 7; });
  trace ("after");
  return v;
}

int
main (void)
{
  trace_int (f ());
  expect_trace ("computing after in-stmt-expr 7");
  return trace_status ();
}
