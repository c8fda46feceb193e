/* -fanalyzer is shown no exception path (plugin/analyzer-paths.cc), but
   the program compiled with it keeps every one: a panic that passes
   through a call still runs the pending deferred statements of each
   frame, and the recovering frame still recovers.  */
/* { dg-do run } */
/* { dg-options "-fanalyzer" } */
#include <defer.h>
#include "defer-test.h"

static void __attribute__ ((noinline))
fail_with (const char *msg)
{
  defer_panic (msg);
}

static int __attribute__ ((noinline))
middle (int n)
{
  char *buf = malloc (16);
  if (!buf)
    return -1;
  defer { trace ("free"); free (buf); }
  trace ("middle");
  if (n > 0)
    fail_with ("boom");
  return n;
}

static int __attribute__ ((noinline))
outer (int n)
{
  defer {
    const char *msg = defer_recover ();
    if (msg)
      {
	trace (msg);
	defer_result = -7;
      }
  };
  return middle (n);
}

int
main (void)
{
  trace_int (outer (0));
  trace_int (outer (1));
  expect_trace ("middle free 0 middle free boom -7");
  return trace_status ();
}
/* { dg-output "^ok \[0-9\]+\n" } */
