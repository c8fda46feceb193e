/* Records popped at exit -- most of them by the generated code itself --
   are given back when libdefer next changes the frame's chain
   (libdefer/records.c, "exactly once"): at the frame's end, all at once
   when every record was of the smallest class, or one by one when big or
   larger records are among them; at a push that follows pops, when a
   deferred statement jumps back into its own function's body; and when
   a statement unwinds and the landing pad goes on popping.  Each
   statement runs exactly once, newest first, and a hundred thousand
   rounds of each use bounded memory.  */
/* { dg-do run } */
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <defer.h>
#include "defer-test.h"
#include "heap-count.h"

static int failures;

static void
check_bounded (const char *what, size_t before)
{
  long grown = (long) heap_in_use () - (long) before;
  if (grown > 256 * 1024)
    {
      printf ("FAIL: %s: %ld bytes more after 100000 rounds\n", what, grown);
      failures++;
    }
}

/* Class 0 only: given back in one piece at the end.  */
static void
small (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (i);
}

/* More than a thread's free list holds: the end gives back 200 records
   at once, and the list is trimmed.  */
static long sum;
static void
many (void)
{
  for (int i = 0; i < 200; i++)
    defer sum += i;
}

/* A big record (its own malloc), a class-2 record and class-0 ones,
   interleaved: given back one by one.  */
struct big { char bytes[5000]; };
struct mid { char bytes[200]; };
static void
mixed (int n)
{
  for (int i = 0; i < n; i++)
    {
      struct big b;
      struct mid m;
      memset (&b, 'a' + i, sizeof b);
      memset (&m, 'A' + i, sizeof m);
      if (i % 3 == 0)
	defer { char s[3] = { b.bytes[4999], b.bytes[0], 0 }; trace (s); }
      else if (i % 3 == 1)
	defer { char s[3] = { m.bytes[199], m.bytes[0], 0 }; trace (s); }
      else
	defer trace_int (i);
    }
}

/* A deferred statement jumps back into the function's body after two of
   its records were popped; the body then pushes again and returns.  */
static void
jump_back (int quiet)
{
  jmp_buf env;
  volatile int round = 0;
  setjmp (env);
  round++;
  for (int i = 0; i < 3; i++)
    defer {
      if (!quiet)
	{
	  trace_int (round);
	  trace_int (i);
	}
      if (round == 1 && i == 1)
	longjmp (env, 1);
    }
}

/* A statement panics after others were popped inline; the landing pad
   goes on with the rest, and the panic is recovered.  */
static int
panic_midway (int quiet)
{
  defer { if (defer_recover ()) defer_result = -1; };
  for (int i = 0; i < 4; i++)
    defer {
      if (!quiet)
	trace_int (i);
      if (i == 2)
	defer_panic ("midway");
    }
  return 0;
}

int
main (void)
{
  small (5);
  expect_trace ("4 3 2 1 0");
  many ();
  if (sum != 199 * 200 / 2)
    printf ("FAIL: many: sum %ld\n", sum), failures++;
  mixed (6);
  expect_trace ("5 EE dd 2 BB aa");
  jump_back (0);
  /* Round 1 ran 2 and 1, jumped; round 2's records run, then round 1's
     last one (i = 0), which the jump left pending -- reading ROUND at
     exit, as a block-form defer does.  */
  expect_trace ("1 2 1 1 2 2 2 1 2 0 2 0");
  trace_int (panic_midway (0));
  expect_trace ("3 2 1 0 -1");

  size_t before = heap_in_use ();
  for (int k = 0; k < 100000; k++)
    small (k % 20);
  check_bounded ("small", before);
  before = heap_in_use ();
  for (int k = 0; k < 2000; k++)
    many ();
  check_bounded ("many", before);
  before = heap_in_use ();
  for (int k = 0; k < 20000; k++)
    {
      mixed (k % 7);
      trace_buf[0] = 0, trace_len = 0;
    }
  check_bounded ("mixed", before);
  before = heap_in_use ();
  for (int k = 0; k < 100000; k++)
    jump_back (1);
  check_bounded ("jump_back", before);
  before = heap_in_use ();
  for (int k = 0; k < 100000; k++)
    if (panic_midway (1) != -1)
      {
	printf ("FAIL: not recovered\n");
	failures++;
	break;
      }
  check_bounded ("panic_midway", before);
  trace_buf[0] = 0, trace_len = 0;
  return trace_status () || failures;
}
/* { dg-output "ok \[0-9\]+\nok \[0-9\]+\nok \[0-9\]+\nok \[0-9\]+\n" } */
