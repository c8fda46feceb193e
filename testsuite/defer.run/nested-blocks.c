/* S1: a defer in an inner block still runs when the function returns,
   not at the end of the block.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
f (int depth)
{
  trace ("enter");
  {
    defer trace ("outer-block");
    {
      {
	defer trace ("innermost");
      }
      trace ("after-innermost-block");
    }
    trace ("after-blocks");
  }
  if (depth)
    {
      defer trace ("if-block");
    }
  trace ("exit");
}

int
main (void)
{
  f (1);
  expect_trace ("enter after-innermost-block after-blocks exit if-block "
		"innermost outer-block");
  f (0);
  expect_trace ("enter after-innermost-block after-blocks exit innermost "
		"outer-block");
  return trace_status ();
}
