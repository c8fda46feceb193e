/* S10, O3: a C++ exception thrown through C frames runs their pending
   deferred statements, innermost frame first; destructors of C++ frames
   between them run in stack order too.  */
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
c_leaf (int x)
{
  defer trace ("c_leaf-1");
  if (x > 0)
    defer trace ("c_leaf-conditional");
  cxx_throw (x);
  trace ("not reached");
}

void
c_middle (int x)
{
  defer trace ("c_middle");
  cxx_call_with_guard (c_leaf, x);
  trace ("not reached");
}

int
main (void)
{
  trace_int (cxx_catch (c_middle, 1));
  expect_trace ("c_leaf-conditional c_leaf-1 ~guard c_middle caught 1");
  trace_int (cxx_catch (c_middle, 0));
  expect_trace ("c_leaf-1 ~guard c_middle caught 1");
  return trace_status ();
}
