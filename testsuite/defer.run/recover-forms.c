/* The forms a recover can take.  `defer defer_recover ();' is a deferred
   statement that calls defer_recover: it recovers (Go's `defer recover()'
   does not -- there recover itself is the deferred function).  In the
   call form `defer f (defer_recover ())' the argument is evaluated at the
   defer statement (S3): NULL, and the panic goes on.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int
bare (void)
{
  defer defer_recover ();
  defer_panic ("bare");
  return 1;
}

static void note (const char *m) { trace (m ? m : "null"); }

static void
as_argument (void)
{
  defer note (defer_recover ());
  defer_panic ("argument");
}

static int
outer (void)
{
  defer { const char *m = defer_recover (); trace (m ? m : "null"); }
  as_argument ();
  return 1;
}

int
main (void)
{
  trace_int (bare ());
  trace_int (outer ());
  expect_trace ("0 null argument 0");
  return trace_status ();
}
