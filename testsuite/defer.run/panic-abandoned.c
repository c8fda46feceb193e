/* A longjmp out of a deferred statement that a panic is running abandons
   that panic (SPEC S10): it is dropped, never printed as "aborted" by a
   later panic, and not brought back by a panic recovered in between.
   The escapes happen from open-coded frames, from a frame with records
   (a defer in a loop) and a frame below the one that panicked, with
   panics recovered among them at the same depth and after; then an unrecovered panic that aborted one older
   panic prints exactly those two.  Under make check-valgrind this also
   shows that the thousand abandoned panics are freed.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^ok \[0-9\]+\npanic: first\n\tpanic: final\n\nbacktrace" } */
#include <setjmp.h>
#include <stdio.h>
#include <defer.h>
#include "defer-test.h"

static jmp_buf env;

static void
escape_open_coded (void)
{
  defer longjmp (env, 1);
  defer_panic ("abandoned (open-coded)");
}

static void
escape_from_records (int n)
{
  for (int i = 0; i < n; i++)
    defer {
      if (i == 0)
	longjmp (env, 1);
    }
  defer_panic ("abandoned (records)");
}

static void __attribute__ ((noinline))
panics_below (void)
{
  defer_panic ("abandoned (a frame below)");
}

static void
escape_from_caller (void)
{
  defer longjmp (env, 1);
  panics_below ();
}

static void
recovers (void)
{
  defer {
    const char *m = defer_recover ();
    trace (m ? m : "nil");
  }
  defer_panic ("recovered");
}

/* setjmp returns twice: one call per attempt keeps main's loop variable
   out of its way.  */
static void __attribute__ ((noinline))
attempt (int i)
{
  if (setjmp (env) != 0)
    return;
  switch (i % 4)
    {
    case 3:
      /* Recovered where the abandoned ones were: it must not bring
	 them back, nor be printed later.  */
      recovers ();
      break;
    case 0:
      escape_open_coded ();
      break;
    case 1:
      escape_from_records (3);
      break;
    default:
      escape_from_caller ();
      break;
    }
}

static void
aborts_one (void)
{
  defer defer_panic ("final");
  defer_panic ("first");
}

int
main (void)
{
  for (int i = 0; i < 1000; i++)
    attempt (i);
  trace ("escaped");
  recovers ();
  char expected[8192] = "";
  for (int i = 3; i < 1000; i += 4)
    strcat (expected, "recovered ");
  strcat (expected, "escaped recovered");
  expect_trace (expected);
  fflush (stdout);
  aborts_one ();
  return 0;
}
