/* T7: _Defer and <defer.h>'s function-scoped defer in one function; each
   keeps its own rule: a _Defer runs when its block is left, a defer when
   the function returns, and a _Defer inside a deferred statement runs at
   the end of its block there.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int
mixed (int n)
{
  defer trace ("fn-1");
  for (int i = 0; i < n; i++)
    {
      _Defer trace_int (i);
      defer trace ("fn-loop");
    }
  {
    _Defer trace ("block");
    defer {
      trace ("fn-2-begin");
      {
	_Defer trace ("fn-2-block");
	trace ("fn-2-body");
      }
      trace ("fn-2-end");
    }
    trace ("body");
  }
  return 7;
}

/* In the function's outermost block too: that block is left before the
   function returns, so its _Defer runs first, even before a defer
   established ahead of it (docs/semantics.md, "Order with <defer.h>
   defers").  */
static void
outermost (void)
{
  defer trace ("fn-first");
  _Defer trace ("block-second");
  defer trace ("fn-third");
  trace ("body");
}

static int
result_unchanged (void)
{
  int r = 1;
  defer { defer_result += 10; }
  _Defer r = 5;
  return r;
}

int
main (void)
{
  trace_int (mixed (2));
  expect_trace ("0 1 body block fn-2-begin fn-2-body fn-2-block fn-2-end "
		"fn-loop fn-loop fn-1 7");
  outermost ();
  expect_trace ("body block-second fn-third fn-first");
  trace_int (result_unchanged ());
  expect_trace ("11");
  return trace_status ();
}
