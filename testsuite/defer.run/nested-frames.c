/* Deferred calls to functions that have defers of their own; a defer in
   a function called from a deferred statement.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
helper (const char *tag)
{
  defer trace ("helper-defer");
  trace (tag);
}

static void
f (void)
{
  defer helper ("from-f-1");
  defer { helper ("from-f-2"); trace ("after-helper"); }
}

int
main (void)
{
  f ();
  expect_trace ("from-f-2 helper-defer after-helper from-f-1 helper-defer");
  return trace_status ();
}
