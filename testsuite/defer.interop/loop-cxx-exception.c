/* S10 with records: a C++ exception thrown through C frames whose defers
   are records runs each pending record once, innermost frame first,
   interleaved with C++ destructors; a C++ exception from a deferred
   statement in a loop frame still lets the frame's other records run.  */
/* { dg-do run } */
/* { dg-additional-sources "cxx-exception-helper.cc" } */
/* { dg-options "-lstdc++" } */
#include <defer.h>
#include "defer-test.h"

void c_trace (const char *s) { trace (s); }

void cxx_throw (int);			/* Throws std::runtime_error.  */
void cxx_call_with_guard (void (*) (int), int);	/* C++ frame, destructor.  */
int cxx_catch (void (*) (int), int);	/* try { f (x); } catch (...)  */

void
c_leaf (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (i);
  cxx_throw (n);
  trace ("not reached");
}

void
c_middle (int n)
{
  defer trace ("middle-first");
  for (int i = 0; i < n; i++)
    defer { trace ("middle"); trace_int (10 + i); }
  cxx_call_with_guard (c_leaf, n);
  trace ("not reached");
}

/* The second record's statement throws on the normal path.  */
void
throwing_record (int n)
{
  for (int i = 0; i < n; i++)
    defer {
      trace_int (i);
      if (i == 1)
	cxx_throw (i);
    }
}

int
main (void)
{
  trace_int (cxx_catch (c_middle, 2));
  expect_trace ("1 0 ~guard middle 11 middle 10 middle-first caught 1");
  trace_int (cxx_catch (c_middle, 0));
  expect_trace ("~guard middle-first caught 1");
  trace_int (cxx_catch (throwing_record, 3));
  expect_trace ("2 1 0 caught 1");
  return trace_status ();
}
