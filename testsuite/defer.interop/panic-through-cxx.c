/* A panic crossing C++ frames: their destructors run in stack order with
   the deferred statements, a catch (...) sees it as a forced unwind and
   rethrows it (as with thread cancellation), and a C frame further out
   recovers it.  */
/* { dg-do run } */
/* { dg-additional-sources "panic-through-cxx-helper.cc" } */
/* { dg-options "-lstdc++" } */
#include <defer.h>
#include "defer-test.h"

void c_trace (const char *s) { trace (s); }
void cxx_frames (void (*) (void));	/* Destructor, catch (...) rethrow.  */

static void
panics (void)
{
  defer trace ("inner-defer");
  defer_panic ("through C++");
}

static int
outer (void)
{
  defer {
    const char *m = defer_recover ();
    trace (m ? m : "null");
    defer_result = 5;
  }
  cxx_frames (panics);
  return 0;
}

int
main (void)
{
  trace_int (outer ());
  expect_trace ("inner-defer catch-all-rethrows ~guard through C++ 5");
  return trace_status ();
}
