/* S1: falling off the end of a void function, and early `return;'.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
fall_off (void)
{
  defer trace ("fall-off");
  trace ("body");
}

static void
early (int x)
{
  defer trace ("early-1");
  if (x)
    return;
  defer trace ("early-2");
}

int
main (void)
{
  fall_off (); expect_trace ("body fall-off");
  early (1); expect_trace ("early-1");
  early (0); expect_trace ("early-2 early-1");
  return trace_status ();
}
