/* S8 (Go's TestAbortedPanic): a deferred statement that panics while a
   panic unwinds starts a new panic; the frame's other deferred statements
   still run; a recover stops the newest and the older one is aborted with
   it.  A later unrecovered panic reports only itself.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^ok \[0-9\]+\nok \[0-9\]+\npanic: last\n\n" } */
#include <defer.h>
#include "defer-test.h"

static void
inner (void)
{
  defer trace ("inner-other");
  defer defer_panic ("second");
  defer_panic ("first");
}

static void
outer (void)
{
  defer { const char *m = defer_recover (); trace (m ? m : "null"); }
  inner ();
}

/* Recover, then panic again in the same deferred statement: the first is
   marked recovered, the second unwinds on.  */
static void
repanic (void)
{
  defer { defer_recover (); defer_panic ("again"); }
  defer_panic ("once");
}

static void
catch_repanic (void)
{
  defer { const char *m = defer_recover (); trace (m ? m : "null"); }
  repanic ();
}

int
main (void)
{
  outer ();
  expect_trace ("inner-other second");
  catch_repanic ();
  expect_trace ("again");
  fflush (stdout);
  defer_panic ("last");
}
