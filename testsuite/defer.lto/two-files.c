/* Two files built with -flto and linked with the plugin on the link
   line: lto1 loads it and leaves the code alone.  Across the files a
   defer's function is inlined into its caller, a panic raised in one file
   runs the pending defers of both and is recovered in the other.  */
/* { dg-do run } */
/* { dg-options "-flto" } */
/* { dg-additional-sources "two-files-helper.c" } */
#include <defer.h>
#include "defer-test.h"

int helper_work (int n);
void note (const char *what);
void note_int (int v);
int helper_recovering (int n);

void
note (const char *what)
{
  trace (what);
}

void
note_int (int v)
{
  trace_int (v);
}

static int
twice (int n)
{
  defer trace ("twice");
  return 2 * helper_work (n);
}

int
main (void)
{
  trace_int (twice (3));
  trace_int (helper_recovering (0));
  trace_int (helper_recovering (5));
  expect_trace ("work twice 6 recovering work 0 recovering panicking work recovered 7 -1");
  return trace_status ();
}
/* { dg-output "^ok \[0-9\]+\n" } */
