/* S4: the block form is evaluated at exit and sees the function's
   variables as they are then; variables of inner blocks are copied when
   the defer statement is reached (arrays and structs too).  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

struct pair { int a, b; };

static void
f (void)
{
  int outer = 1;
  char name[8] = "early";
  defer { trace ("outer"); trace_int (outer); trace (name); }
  {
    int inner = 100;
    int arr[3] = { 1, 2, 3 };
    struct pair pr = { 5, 6 };
    defer {
      trace ("inner"); trace_int (inner);
      trace_int (arr[0] + arr[1] + arr[2]);
      trace_int (pr.a * 10 + pr.b);
    }
    inner = 200;
    arr[0] = 100;
    pr.a = 9;
  }
  outer = 2;
  strcpy (name, "late");
}

/* A single statement in braces is still the block form: read at exit.  */
static int live;
static void
g (void)
{
  live = 1;
  defer { trace_int (live); }
  defer trace_int (live);	/* { dg-message "the deferred call uses the value" } */
  live = 2;	/* { dg-warning "'live' is assigned after a deferred call that uses it" } */
}

int
main (void)
{
  f ();
  expect_trace ("inner 100 6 56 outer 2 late");
  g ();
  expect_trace ("1 2");
  return trace_status ();
}
