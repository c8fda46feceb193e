/* Leaving loops early with records pending: break, continue, goto out,
   return from inside the loop, a switch in the loop.  The records stay
   with the function and run at its exit, all of them, last first.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int
with_break (int n)
{
  for (int i = 0; ; i++)
    {
      defer trace_int (i);
      if (i == n)
	break;
    }
  trace ("after");
  return n;
}

static void
with_continue (int n)
{
  for (int i = 0; i < n; i++)
    {
      if (i % 2)
	continue;
      defer trace_int (i);
    }
}

static int
with_goto (int n)
{
  int i;
  for (i = 0; i < 100; i++)
    {
      defer trace_int (i);
      if (i == n)
	goto out;
    }
  trace ("not reached");
out:
  trace ("out");
  return i;
}

static int
with_return (int n)
{
  defer trace ("first");
  while (1)
    {
      defer trace_int (n);
      if (n-- == 0)
	return 7;		/* Its value is computed before the defers.  */
    }
}

static void
with_switch (int n)
{
  for (int i = 0; i < n; i++)
    switch (i)
      {
      case 0:
	defer trace ("zero");
	break;
      case 2:
	defer trace ("two");
	/* Fall through.  */
      default:
	defer trace_int (i);
	break;
      }
}

int
main (void)
{
  if (with_break (2) != 2)
    trace ("bad");
  expect_trace ("after 2 1 0");
  with_continue (5);
  expect_trace ("4 2 0");
  if (with_goto (3) != 3)
    trace ("bad");
  expect_trace ("out 3 2 1 0");
  if (with_return (2) != 7)
    trace ("bad");
  expect_trace ("0 1 2 first");
  with_switch (4);
  expect_trace ("3 2 two 1 zero");
  return trace_status ();
}
