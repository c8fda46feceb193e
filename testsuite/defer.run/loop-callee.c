/* A function with records calling another one, both small and static,
   called once: what inlining would merge into one stack frame.  Each
   keeps its own records -- on return, on a panic recovered by the
   caller, and when the callee is called again after returning.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
callee (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (10 + i);
}

static void
caller (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (i);
  callee (n);
  callee (1);
  trace ("|");
}

static void
panicking_callee (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (10 + i);
  defer_panic ("boom");
}

static int
recovering_caller (int n)
{
  defer { trace (defer_recover ()); }
  for (int i = 0; i < n; i++)
    defer trace_int (i);
  panicking_callee (n);
  return 1;
}

int
main (void)
{
  caller (2);
  expect_trace ("11 10 10 | 1 0");
  trace_int (recovering_caller (2));
  expect_trace ("11 10 1 0 boom 0");
  return trace_status ();
}
