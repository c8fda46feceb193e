/* S3/S4 in loops: what each iteration's deferred statement sees.
   - call form: the callee and the arguments of that iteration;
   - block form: the loop body's variables and the for header's variable
     as they were in that iteration (arrays and structs copied whole);
     the function's outermost variables as they are at exit;
   - a statement's assignments to its copies change the copies only.  */
/* { dg-do run } */
#include <stdio.h>
#include <string.h>
#include <defer.h>
#include "defer-test.h"

static void one (int i) { trace ("one"); trace_int (i); }
static void two (int i) { trace ("two"); trace_int (i); }

static void
call_form (void)
{
  void (*fp) (int) = one;
  for (int i = 0; i < 4; i++)
    {
      defer fp (i * 10);
      fp = fp == one ? two : one;	/* Later iterations do not matter.  */
    }
}

struct point { int x, y; };

static int total;

static void
block_form (int n)
{
  int live = 0;				/* Outermost: read at exit.  */
  for (int i = 0; i < n; i++)
    {
      int sq = i * i;
      char name[16];
      struct point p = { i, -i };
      snprintf (name, sizeof name, "n%d", i);
      defer {
	trace_int (i);
	trace_int (sq);
	trace (name);
	trace_int (p.x + p.y * 10);
	trace_int (live);
	total += i;
	i = 100;			/* The copy only.  */
	name[0] = 'X';
      }
      sq = -1;
      name[0] = '?';
      p.x = 99;
      live = i + 1;
    }
  live = 42;
}

/* A for header's variable is captured even with no body block.  */
static void
header_only (void)
{
  for (unsigned k = 3; k > 0; k--)
    defer { trace_int ((int) k); }
}

/* A while loop's body variable, declared without an initialiser.  */
static void
while_body (void)
{
  int n = 3;
  while (n--)
    {
      int v;
      v = n * 7;
      defer { trace_int (v); }
      v = 0;
    }
}

int
main (void)
{
  call_form ();
  expect_trace ("two 30 one 20 two 10 one 0");
  block_form (3);
  expect_trace ("2 4 n2 -18 42 1 1 n1 -9 42 0 0 n0 0 42");
  if (total != 3)
    printf ("FAIL total %d\n", total);
  header_only ();
  expect_trace ("1 2 3");
  while_body ();
  expect_trace ("0 7 14");
  return trace_status () || total != 3;
}
