/* Defers in switch cases, with fallthrough: only reached sites run.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
f (int x)
{
  switch (x)
    {
    case 0:
      defer trace ("zero");
      /* Fall through.  */
    case 1:
      defer trace ("one");
      break;
    case 2:
      {
	defer trace ("two");
	trace ("in-two");
      }
      break;
    default:
      defer trace ("default");
    }
  trace ("end");
}

int
main (void)
{
  f (0); expect_trace ("end one zero");
  f (1); expect_trace ("end one");
  f (2); expect_trace ("in-two end two");
  f (9); expect_trace ("end default");
  return trace_status ();
}
