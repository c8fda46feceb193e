/* unwind.c -- what a landing pad calls while deferred statements run.

   The plugin's landing pads (plugin/unwind-path.cc) do

     __defer_unwind_hold (exception);
     ... run the frame's armed deferred statements ...
     __defer_unwind_resume ();

   so the frame keeps nothing live across the deferred calls, and a
   deferred statement that unwinds in turn is caught by the same landing
   pad, which calls __defer_unwind_rehold (new exception) and goes on with
   the statements left.  None of these is called on a normal path.

   Invariant: held[0 .. nheld-1] are the exceptions of the landing pads
   now running on this thread, innermost last.  Every hold is matched by
   the resume that ends the same landing pad, so the stack is balanced;
   only a longjmp out of a deferred statement during unwinding leaves an
   entry behind, and when the stack is full the oldest such entry goes.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unwind.h>

#include "internal.h"

/* Not in defer.h: only plugin-generated code calls these.  */
void __defer_unwind_rehold (struct _Unwind_Exception *);

#define HELD_MAX 32

static __thread struct _Unwind_Exception *held[HELD_MAX];
static __thread int nheld;

void
__defer_unwind_hold (struct _Unwind_Exception *exc)
{
  if (nheld == HELD_MAX)
    {
      memmove (&held[0], &held[1], (HELD_MAX - 1) * sizeof held[0]);
      nheld--;
    }
  held[nheld++] = exc;
}

/* A deferred statement unwound while this landing pad ran: EXC replaces
   the exception the pad was unwinding.  The older exception is not
   deleted -- a foreign runtime may not allow it (glibc aborts when a
   thread-cancellation unwind is deleted); it is abandoned, as C++ would
   terminate and Go aborts the older panic.  */

void
__defer_unwind_rehold (struct _Unwind_Exception *exc)
{
  if (nheld == 0)
    __defer_unwind_hold (exc);
  else
    {
      __defer_panic_replaces (exc, held[nheld - 1]);
      held[nheld - 1] = exc;
    }
}

struct _Unwind_Exception *
__defer_held_top (void)
{
  return nheld ? held[nheld - 1] : NULL;
}

int
__defer_held_contains (const struct _Unwind_Exception *exc)
{
  for (int i = 0; i < nheld; i++)
    if (held[i] == exc)
      return 1;
  return 0;
}

void
__defer_held_drop_top (void)
{
  if (nheld)
    nheld--;
}

void
__defer_unwind_resume (void)
{
  if (nheld == 0)
    {
      fputs ("libdefer: landing pad resumed with no exception held\n",
	     stderr);
      abort ();
    }
  _Unwind_Resume (held[--nheld]);
  abort ();			/* _Unwind_Resume does not return.  */
}
