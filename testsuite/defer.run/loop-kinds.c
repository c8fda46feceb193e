/* Every way a defer statement can be reached again: for, while and do
   bodies, a loop formed by a backward goto, a function with a computed
   goto, and code a longjmp returns to through setjmp.  Each time it is
   reached, its statement runs once at exit (SPEC S2).  */
/* { dg-do run } */
/* { dg-options "-std=gnu11" } */
#include <setjmp.h>
#include <defer.h>
#include "defer-test.h"

static void
for_loop (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (i);
}

static void
while_loop (int n)
{
  int i = 0;
  while (i < n)
    defer trace_int (i++);	/* The argument, evaluated now.  */
}

static void
do_loop (int n)
{
  int i = 0;
  do
    defer trace_int (i);
  while (++i < n);
}

static void
goto_loop (int n)
{
  int i = 0;
again:
  defer trace_int (i);
  if (++i < n)
    goto again;
  defer trace ("after");
}

static void
computed_goto (int n)
{
  void *next = &&body;
  int i = 0;
body:
  defer trace_int (i);
  if (++i == n)
    next = &&done;
  goto *next;
done:
  trace ("done");
}

static jmp_buf env;

static void
jump_back (int i)
{
  if (i < 3)
    longjmp (env, i + 1);
}

/* setjmp returns again after each longjmp: the defer after it is reached
   once per return.  */
static void
setjmp_loop (void)
{
  volatile int i = setjmp (env);
  defer trace_int (i);
  jump_back (i);
}

int
main (void)
{
  for_loop (3);
  expect_trace ("2 1 0");
  for_loop (0);
  expect_trace ("");
  while_loop (3);
  expect_trace ("2 1 0");
  do_loop (1);
  expect_trace ("0");
  do_loop (4);
  expect_trace ("3 2 1 0");
  goto_loop (3);
  expect_trace ("after 2 1 0");
  computed_goto (3);
  expect_trace ("done 2 1 0");
  setjmp_loop ();
  expect_trace ("3 2 1 0");
  return trace_status ();
}
