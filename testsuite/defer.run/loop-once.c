/* A function with a defer in a loop keeps its first record in its own
   frame (libdefer/records.c; Go 1.13's deferprocStack): a loop that
   defers once calls libdefer once, to push, and takes the record back
   without a call; every other shape keeps
   its order and its guarantees -- more records after the frame's own
   (LIFO across sites, the frame's own last), a first record too big for
   the frame's room, a panic with only the frame's own record pending or
   raised by its statement (run exactly once), recursion, and longjmp
   over frames in either state (nothing runs, memory stays bounded).
   Calls into libdefer are counted through the linker's --wrap.  */
/* { dg-do run } */
/* { dg-options "-Wl,--wrap=__defer_push -Wl,--wrap=__defer_run_next" } */
#include <setjmp.h>
#include <defer.h>
#include "defer-test.h"
#include "heap-count.h"

void *__real___defer_push (void **, size_t);
void *__real___defer_run_next (void **);
static long pushes, pops;

void *
__wrap___defer_push (void **slot, size_t size)
{
  pushes++;
  return __real___defer_push (slot, size);
}

void *
__wrap___defer_run_next (void **slot)
{
  pops++;
  return __real___defer_run_next (slot);
}

static void __attribute__ ((noinline))
upto (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (i);
  trace ("body");
}

/* One site in a loop, one after it: the loop's first record is the
   frame's own, the oldest, so it runs last.  */
static void __attribute__ ((noinline))
two_sites (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (10 + i);
  defer trace ("after");
}

struct big { char text[80]; };

/* The first record holds 80 bytes and more: too big for the frame's
   room, so it comes from the pools; the next ones too.  */
static void __attribute__ ((noinline))
big_first (int n)
{
  for (int i = 0; i < n; i++)
    {
      struct big b;
      snprintf (b.text, sizeof b.text, "big%d", i);
      defer { trace (b.text); }	/* Copies b: an 84-byte record.  */
    }
}

static void __attribute__ ((noinline))
panics_with_one (int n)
{
  for (int i = 0; i < n; i++)
    defer trace_int (100 + i);
  defer_panic ("one");
}

/* The frame's own record is taken back before its statement runs: a
   panic from that statement does not run it again.  */
static void __attribute__ ((noinline))
statement_panics (int n)
{
  for (int i = 0; i < n; i++)
    defer {
      trace_int (200 + i);
      if (i == 0)
	defer_panic ("from the statement");
    }
}

static int __attribute__ ((noinline))
recovering (void (*fn) (int), int n)
{
  defer {
    const char *msg = defer_recover ();
    if (msg)
      trace (msg);
  };
  fn (n);
  return 0;
}

static void __attribute__ ((noinline))
recursive (int depth)
{
  for (int i = 0; i < 1; i++)
    defer trace_int (depth);
  if (depth < 3)
    recursive (depth + 1);
}

static jmp_buf env;
static long ran_skipped;

static void
must_not_run (int i)
{
  (void) i;
  ran_skipped++;
}

static void __attribute__ ((noinline))
skipped (int n)
{
  for (int i = 0; i < n; i++)
    defer must_not_run (i);
  longjmp (env, 1);
}

static void __attribute__ ((noinline))
jump_over (int n)
{
  if (setjmp (env) == 0)
    skipped (n);
}

int
main (void)
{
  upto (1);
  expect_trace ("body 0");
  printf ("one record: %ld push, %ld pops\n", pushes, pops);
  pushes = pops = 0;
  upto (0);
  expect_trace ("body");
  printf ("none: %ld pushes, %ld pops\n", pushes, pops);
  upto (3);
  expect_trace ("body 2 1 0");
  printf ("three: %ld pushes, %s\n", pushes, pops > 0 ? "pops" : "no pops");

  two_sites (1);
  expect_trace ("after 10");
  two_sites (3);
  expect_trace ("after 12 11 10");
  two_sites (0);
  expect_trace ("after");

  big_first (1);
  expect_trace ("big0");
  big_first (3);
  expect_trace ("big2 big1 big0");

  recovering (panics_with_one, 1);
  expect_trace ("100 one");
  recovering (panics_with_one, 3);
  expect_trace ("102 101 100 one");
  recovering (statement_panics, 1);
  expect_trace ("200 from the statement");
  recovering (statement_panics, 3);
  expect_trace ("202 201 200 from the statement");

  recursive (0);
  expect_trace ("3 2 1 0");

  /* A longjmp over a frame holding only its own record leaves nothing
     behind; over one with more, libdefer reclaims them later.  */
  for (int i = 0; i < 100; i++)
    jump_over (1 + i % 3);
  size_t before = heap_in_use ();
  for (int i = 0; i < 100000; i++)
    jump_over (1 + i % 3);
  long grown = (long) heap_in_use () - (long) before;
  printf ("%s\n", grown > 256 * 1024 ? "memory grew" : "memory bounded");
  if (ran_skipped)
    printf ("FAIL: %ld skipped statements ran\n", ran_skipped);
  upto (2);
  expect_trace ("body 1 0");
  return trace_status () || grown > 256 * 1024 || ran_skipped;
}
/* { dg-output "^ok \[0-9\]+\none record: 1 push, 0 pops\nok \[0-9\]+\nnone: 0 pushes, 0 pops\nok \[0-9\]+\nthree: 3 pushes, pops\n(ok \[0-9\]+\n){10}memory bounded\nok \[0-9\]+\n$" } */
