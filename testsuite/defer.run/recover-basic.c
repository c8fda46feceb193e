/* S7: defer_recover () called directly in a deferred statement stops a
   panic: the function's remaining deferred statements run and it returns
   defer_result (zero unless a deferred statement assigned it) to its
   caller.  Frames between the panic and the recovery, with and without
   defers, are unwound.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
thrower (const char *msg)
{
  defer trace ("thrower-defer");
  defer_panic (msg);
}

static void
middle (const char *msg)	/* No defers here.  */
{
  thrower (msg);
  trace ("not reached");
}

static int
catch_and_set (int fail)
{
  defer trace ("first-registered");
  defer {
    const char *m = defer_recover ();
    if (m)
      {
	trace ("recovered");
	trace (m);
	defer_result = -1;
      }
  }
  defer trace ("last-registered");
  if (fail)
    middle ("bad");
  return 42;
}

static long
catch_default (void)
{
  defer defer_recover ();
  thrower ("zero");
  return 7;
}

struct pair { int a, b; };

static struct pair
catch_struct (void)
{
  defer { if (defer_recover ()) defer_result.b = 9; }
  thrower ("struct");
  struct pair p = { 1, 2 };
  return p;
}

static void
catch_void (void)
{
  defer { trace (defer_recover ()); }
  thrower ("void");
}

int
main (void)
{
  trace_int (catch_and_set (0));
  expect_trace ("last-registered first-registered 42");
  trace_int (catch_and_set (1));
  expect_trace ("thrower-defer last-registered recovered bad first-registered -1");
  trace_int ((int) catch_default ());
  expect_trace ("thrower-defer 0");
  struct pair p = catch_struct ();
  trace_int (p.a); trace_int (p.b);
  expect_trace ("thrower-defer 0 9");
  catch_void ();
  trace ("after");
  expect_trace ("thrower-defer void after");
  return trace_status ();
}
