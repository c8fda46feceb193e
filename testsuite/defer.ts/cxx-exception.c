/* T5: a C++ exception thrown through C blocks runs their pending deferred
   blocks, innermost first, with the destructors of C++ frames between
   them in stack order.  */
/* { dg-do run } */
/* { dg-additional-sources "../defer.interop/cxx-exception-helper.cc" } */
/* { dg-options "-lstdc++" } */
#include "defer-test.h"

void c_trace (const char *s) { trace (s); }

void cxx_throw (int);			/* Throws std::runtime_error.  */
void cxx_call_with_guard (void (*) (int), int);	/* C++ frame, destructor.  */
int cxx_catch (void (*) (int), int);	/* try { f (x); } catch (...)  */

static void
c_leaf (int x)
{
  _Defer trace ("leaf");
  {
    _Defer trace ("leaf-block");
    if (x > 0)
      cxx_throw (x);
    trace ("not thrown");
  }
  trace ("after");
}

static void
c_middle (int x)
{
  for (int i = 0; i < 1; i++)
    {
      _Defer trace ("middle-loop");
      cxx_call_with_guard (c_leaf, x);
    }
}

int
main (void)
{
  trace_int (cxx_catch (c_middle, 1));
  expect_trace ("leaf-block leaf ~guard middle-loop caught 1");
  trace_int (cxx_catch (c_middle, 0));
  expect_trace ("not thrown leaf-block after leaf ~guard middle-loop 0");
  return trace_status ();
}
