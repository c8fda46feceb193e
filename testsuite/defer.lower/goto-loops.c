/* A defer before a loop formed by a backward goto, and one after it, are
   each reached once: open-coded (only a defer inside such a loop is not
   supported yet; see defer.diag/loop-goto.c).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-defer-report" } */
#include <defer.h>
#include "defer-test.h"

static void
f (int n)
{
  defer trace ("before");	/* { dg-message "note: defer open-coded" } */
again:
  trace_int (n);
  if (n-- > 0)
    goto again;
  defer trace ("after");	/* { dg-message "note: defer open-coded" } */
}

int
main (void)
{
  f (2);
  expect_trace ("2 1 0 after before");
  return trace_status ();
}
