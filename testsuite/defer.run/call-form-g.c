/* S3 with -g: at -O1 and above -g wraps each statement with a debug
   marker (statement frontiers), and a deferred call must still be the
   call form -- its arguments evaluated at the defer statement, not at
   exit.  Open-coded and record sites alike.  (Once read as the block
   form: `while (i < n) defer f (i++);' never ended.)  */
/* { dg-do run } */
/* { dg-options "-g" } */
#include <defer.h>
#include "defer-test.h"

static void
open_coded (void)
{
  int i = 1;
  defer trace_int (i);	/* { dg-message "the deferred call uses the value" } */
  defer (void) trace_int (i * 10);	/* { dg-message "the deferred call uses the value" } */
  i = 2;	/* { dg-warning "'i' is assigned after a deferred call that uses it" } */
}

static void
records (int n)
{
  int i = 0;
  while (i < n)
    defer trace_int (i++);
}

int
main (void)
{
  open_coded ();
  expect_trace ("10 1");
  records (3);
  expect_trace ("2 1 0");
  return trace_status ();
}
