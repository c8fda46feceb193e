/* longjmp over frames with pending records (SPEC S10): their statements
   do not run, nothing crashes, the frames that are still live keep
   theirs, and libdefer reclaims the skipped records, so a hundred
   thousand jumps use bounded memory.  Also a longjmp out of a deferred
   statement while its frame's records run.  */
/* { dg-do run } */
#include <setjmp.h>
#include <stdio.h>
#include <defer.h>
#include "defer-test.h"
#include "heap-count.h"

static jmp_buf env;
static long ran_skipped;

static void
must_not_run (int i)
{
  (void) i;
  ran_skipped++;
}

/* Pushes N records, then jumps over its own exit.  */
static void
skipped (int n)
{
  for (int i = 0; i < n; i++)
    defer must_not_run (i);
  longjmp (env, 1);
}

/* A live frame with records calls one that is skipped: its own records
   must still run, in order, after the jump came back to it.  */
static void
live_caller (void)
{
  for (int i = 0; i < 3; i++)
    defer trace_int (i);
  if (setjmp (env) == 0)
    skipped (5);
  trace ("back");
}

/* Two frames deep, both skipped.  */
static void
skipped_outer (int n)
{
  for (int i = 0; i < n; i++)
    defer must_not_run (i);
  skipped (n);
}

static jmp_buf out_env;

/* A deferred statement that jumps out: the records after it are
   abandoned with the frame.  */
static void
jump_from_statement (void)
{
  for (int i = 0; i < 3; i++)
    defer {
      trace_int (i);
      if (i == 1)
	longjmp (out_env, 1);
    }
}

/* One jump over one or two skipped frames.  */
static void
jump_over (int i)
{
  if (setjmp (env) == 0)
    {
      if (i % 2)
	skipped (3);
      else
	skipped_outer (4);
    }
}

int
main (void)
{
  live_caller ();
  expect_trace ("back 2 1 0");

  if (setjmp (out_env) == 0)
    jump_from_statement ();
  expect_trace ("2 1");

  /* Warm up, then jump a hundred thousand times.  */
  for (int i = 0; i < 100; i++)
    jump_over (i);
  size_t before = heap_in_use ();
  for (int i = 0; i < 100000; i++)
    jump_over (i);
  long grown = (long) heap_in_use () - (long) before;
  if (grown > 256 * 1024)
    printf ("FAIL: %ld bytes more after 100000 jumps\n", grown);
  else
    printf ("memory bounded\n");
  if (ran_skipped)
    printf ("FAIL: %ld skipped statements ran\n", ran_skipped);

  /* Still working.  */
  live_caller ();
  expect_trace ("back 2 1 0");
  return trace_status () || grown > 256 * 1024 || ran_skipped;
}
/* { dg-output "ok \[0-9\]+\nok \[0-9\]+\nmemory bounded\nok \[0-9\]+\n" } */
