/* The C front end builds __builtin_*_overflow as calls to internal
   functions, which have no callee tree.  The plugin walks every call in
   a function, with or without defers, looking for a nested function's
   address; it must take such calls in its stride (make torture's
   pr91450-1 crashed the compiler).  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void __attribute__ ((noinline))
note (int v)
{
  trace_int (v);
}

/* No defer at all.  */
static int __attribute__ ((noinline))
product (int a, int b)
{
  int r;
  if (__builtin_mul_overflow (a, b, &r))
    return -1;
  return r;
}

static int __attribute__ ((noinline))
sum_then_note (int a, int b)
{
  int s, d;
  defer note (__builtin_add_overflow (a, b, &s) ? -1 : s);
  if (__builtin_sub_overflow (a, b, &d))
    return -2;
  return d;
}

int
main (void)
{
  trace_int (product (6, 7));
  trace_int (product (0x40000000, 4));
  trace_int (sum_then_note (5, 3));
  trace_int (sum_then_note (0x7fffffff, 1));
  expect_trace ("42 -1 8 2 -1 2147483646");
  return trace_status ();
}
/* { dg-output "^ok \[0-9\]+\n" } */
