/* held.c -- the exceptions of the landing pads running on this thread.

   A landing pad of the plugin's (plugin/unwind-path.cc) holds the
   exception it unwinds while it runs deferred statements, and resumes it
   at the end:

     __defer_unwind_hold (exception);		landing.c
     ... run the frame's armed deferred statements ...
     __defer_unwind_resume ();			here

   so the frame keeps nothing live across the deferred calls.  This file
   is the stack of held exceptions; it calls nothing else of libdefer's.

   Invariant: held[0 .. nheld-1] are the exceptions of the landing pads
   now running on this thread, innermost last, each with the stack
   position of its pad's frame (the frame address of the hold call, which
   the pad's frame sits right above).  Every hold is matched by the
   resume that ends the same landing pad, so the stack is balanced; only
   a longjmp out of a deferred statement during unwinding leaves an entry
   behind.  Such an entry is found by its position: a pad's frame is
   live only while the code running is in it or below it, so an entry
   below a new pad's position, or below a new panic's, was left.  At the
   same position the frame may be the same one -- a callee inlined into a
   deferred statement has pads of its own in the frame of the pad running
   it -- so an entry there was left only if it is the same pad, held from
   the same call (a pad cannot run inside itself).  A left entry is
   dropped and handed back to the caller (a panic it held is abandoned:
   landing.c, panic.c).  An entry left at the position of another pad
   stays until a shallower pad or panic drops it.  Positions compare
   within one stack: a deferred statement that, while an unwinding runs
   it, switches to another coroutine which then unwinds is not supported.
   When the stack is full the oldest entry goes.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unwind.h>

#include "internal.h"
#include "plugin-abi.h"

struct held_exception
{
  struct _Unwind_Exception *exc;
  uintptr_t pos;		/* Where the pad's frame is (see above),  */
  const void *call;		/* and the pad's call of the hold.  */
};

static __thread struct held_exception held[HELD_MAX];
static __thread int nheld;

int
__defer_held_drop_left (uintptr_t pos, const void *call,
			struct _Unwind_Exception **dropped)
{
  int n = 0;
  while (n < nheld && held[nheld - 1 - n].pos < pos)
    n++;
  if (call)
    for (int i = nheld - 1 - n; i >= 0 && held[i].pos == pos; i--)
      if (held[i].call == call)
	{
	  n = nheld - i;
	  break;
	}
  for (int i = 0; i < n; i++)
    dropped[i] = held[--nheld].exc;
  return n;
}

void
__defer_held_push (struct _Unwind_Exception *exc, uintptr_t pos,
		   const void *call)
{
  if (nheld == HELD_MAX)
    {
      memmove (&held[0], &held[1], (HELD_MAX - 1) * sizeof held[0]);
      nheld--;
    }
  held[nheld].exc = exc;
  held[nheld].pos = pos;
  held[nheld].call = call;
  nheld++;
}

void
__defer_held_replace_top (struct _Unwind_Exception *exc)
{
  if (nheld)
    held[nheld - 1].exc = exc;
}

struct _Unwind_Exception *
__defer_held_top (void)
{
  return nheld ? held[nheld - 1].exc : NULL;
}

int
__defer_held_contains (const struct _Unwind_Exception *exc)
{
  for (int i = 0; i < nheld; i++)
    if (held[i].exc == exc)
      return 1;
  return 0;
}

void
__defer_held_drop_top (void)
{
  if (nheld)
    nheld--;
}

/* The end of a landing pad: pop its exception and go on unwinding.  This
   is a landing-pad entry point, but it lives here, being the held
   stack's pop, so that a panic's backtrace can leave its frame out
   (__defer_held_resume_frame_p) without panic.c naming landing.c.  */

void
__defer_unwind_resume (void)
{
  if (nheld == 0)
    {
      fputs ("libdefer: landing pad resumed with no exception held\n",
	     stderr);
      abort ();
    }
  _Unwind_Resume (held[--nheld].exc);
  abort ();			/* _Unwind_Resume does not return.  */
}

int
__defer_held_resume_frame_p (_Unwind_Ptr region_start)
{
  return region_start == (_Unwind_Ptr) &__defer_unwind_resume;
}
