/* SPEC §2: `defer' takes any statement.  An assignment, a cast call
   (still a call: evaluated now), a comma expression and an if statement
   are all deferred.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int last;
static int record (int v) { trace_int (v); return v; }

static void
f (int x)
{
  int v = x;
  defer last = v * 2;			/* Block form: v at exit.  */
  defer (void) record (v);		/* Call form: v now.  */	/* { dg-message "the deferred call uses the value" } */
  defer if (v > 5) trace ("big"); else trace ("small");
  defer (trace ("comma-1"), trace ("comma-2"));
  v = x + 10;	/* { dg-warning "'v' is assigned after a deferred call that uses it" } */
}

int
main (void)
{
  f (1);
  expect_trace ("comma-1 comma-2 big 1");
  trace_int (last);
  expect_trace ("22");
  return trace_status ();
}
