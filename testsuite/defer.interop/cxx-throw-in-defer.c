/* A deferred call that itself throws: the function's remaining deferred
   statements still run (each exactly once), then the exception goes on
   to the caller, as a panic in a Go deferred call does.  */
/* { dg-do run } */
/* { dg-additional-sources "cxx-exception-helper.cc" } */
/* { dg-options "-lstdc++" } */
#include <defer.h>
#include "defer-test.h"

void c_trace (const char *s) { trace (s); }

void cxx_throw (int);
int cxx_catch (void (*) (int), int);

void
f (int x)
{
  defer trace ("first");
  defer trace ("second");
  defer cxx_throw (x);
  defer trace ("fourth");
  trace ("body");
}

int
main (void)
{
  trace_int (cxx_catch (f, 0));
  expect_trace ("body fourth second first caught 1");
  return trace_status ();
}
