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
   dropped, and a panic it held is abandoned (__defer_panic_abandoned):
   never printed, never recovered, freed.  An entry left at the position
   of another pad stays until a shallower pad or panic drops it.  A
   foreign exception left that way is not deleted (glibc aborts when a
   cancellation unwind is).  Positions compare within one stack: a
   deferred statement that, while an unwinding runs it, switches to
   another coroutine which then unwinds is not supported.  When the
   stack is full the oldest entry goes.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unwind.h>

#include "internal.h"

/* Not in defer.h: only plugin-generated code calls these.  */
void __defer_unwind_rehold (struct _Unwind_Exception *);

#define HELD_MAX 32

struct held_exception
{
  struct _Unwind_Exception *exc;
  uintptr_t pos;		/* Where the pad's frame is (see above),  */
  void *call;			/* and the pad's call of the hold.  */
};

static __thread struct held_exception held[HELD_MAX];
static __thread int nheld;

/* Drop the innermost N entries: pads a longjmp left.  */

static void
drop_entries (int n)
{
  while (n-- > 0)
    {
      nheld--;
      if (__defer_is_panic (held[nheld].exc))
	__defer_panic_abandoned (held[nheld].exc);
    }
}

/* Drop the entries of pads a longjmp left, seen from POS: those below
   it; and if CALL is not null (a pad at POS holds, from CALL), the one
   at POS held from CALL, with every entry newer than it.  */

static void
drop_left_pads (uintptr_t pos, const void *call)
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
  drop_entries (n);
}

void __attribute__ ((__noinline__))
__defer_unwind_hold (struct _Unwind_Exception *exc)
{
  uintptr_t pos = (uintptr_t) __builtin_frame_address (0);
  void *call = __builtin_return_address (0);
  drop_left_pads (pos, call);
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

/* A panic starts at POS (the frame address of defer_panic, right below
   its caller's frame).  A pad whose deferred statement called it
   directly, inlined, is at POS too; a pad below POS was left.  */

void
__defer_held_drop_left (uintptr_t pos)
{
  drop_left_pads (pos, NULL);
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
      __defer_panic_replaces (exc, held[nheld - 1].exc);
      held[nheld - 1].exc = exc;
    }
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
