/* T1: <stddefer.h> defines defer as _Defer and
   __STDC_VERSION_STDDEFER_H__ as 202602L.  */
/* { dg-do run } */
#include <stddefer.h>
#include "defer-test.h"

#if __STDC_VERSION_STDDEFER_H__ != 202602L
#error "__STDC_VERSION_STDDEFER_H__ must be 202602L"
#endif

static void
g (void)
{
  defer trace ("s1");
  {
    defer trace ("s2");
    trace ("a");
  }
  trace ("b");
}

int
main (void)
{
  g ();
  expect_trace ("a s2 b s1");
  return trace_status ();
}
