/* One LIFO order across a function's sites in loops and out of them
   (SPEC S2): a function with one defer in a loop makes every site a
   record.  Conditional sites out of loops run only when reached.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void t (const char *s) { trace (s); }

static void
mixed (int n, int flag)
{
  defer t ("first");
  for (int i = 0; i < n; i++)
    {
      defer trace_int (i);
      if (i == 1)
	defer t ("in-loop-cond");
    }
  if (flag)
    defer t ("flag");
  defer t ("middle");
  for (int j = 10; j < 10 + n; j++)
    defer trace_int (j);
  defer t ("last");
}

/* The same function without its loops stays open-coded; its order must
   be the same LIFO.  */
static void
open_coded (int flag)
{
  defer t ("a");
  if (flag)
    defer t ("b");
  defer t ("c");
}

int
main (void)
{
  mixed (3, 1);
  expect_trace ("last 12 11 10 middle flag 2 in-loop-cond 1 0 first");
  mixed (0, 0);
  expect_trace ("last middle first");
  mixed (1, 0);
  expect_trace ("last 10 middle 0 first");
  open_coded (1);
  expect_trace ("c b a");
  return trace_status ();
}
