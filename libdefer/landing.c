/* landing.c -- what a landing pad calls while deferred statements run.

   The plugin's landing pads (plugin/unwind-path.cc) do

     __defer_unwind_hold (exception);
   again:
     ... run the frame's armed deferred statements; in them each direct
	 defer_recover () is __defer_recover_held () ...
     [if the function can recover: if (__defer_unwind_recovered ())
	return defer_result;]
     __defer_unwind_resume ();			(held.c)

   and a deferred statement that unwinds in turn lands in the same pad,
   which calls __defer_unwind_rehold (new exception) and goes on at
   `again' with the statements left.  None of these is called on a
   normal path.  This file joins the held stack (held.c) to the panics
   (panic.c); neither of those calls it.  */

#include <stdint.h>
#include <unwind.h>

#include "internal.h"
#include "plugin-abi.h"

/* Forget the pads a longjmp left, seen from POS and CALL (held.c);
   the panics they held are abandoned.  */

static void
drop_left_pads (uintptr_t pos, const void *call)
{
  struct _Unwind_Exception *dropped[HELD_MAX];
  int n = __defer_held_drop_left (pos, call, dropped);
  for (int i = 0; i < n; i++)
    if (__defer_is_panic (dropped[i]))
      __defer_panic_abandoned (dropped[i]);
}

void __attribute__ ((__noinline__))
__defer_unwind_hold (struct _Unwind_Exception *exc)
{
  uintptr_t pos = (uintptr_t) __builtin_frame_address (0);
  const void *call = __builtin_return_address (0);
  drop_left_pads (pos, call);
  __defer_held_push (exc, pos, call);
}

/* A deferred statement unwound while this landing pad ran: EXC replaces
   the exception the pad was unwinding.  The older exception is not
   deleted -- a foreign runtime may not allow it (glibc aborts when a
   thread-cancellation unwind is deleted); it is abandoned, as C++ would
   terminate and Go aborts the older panic.  */

void
__defer_unwind_rehold (struct _Unwind_Exception *exc)
{
  struct _Unwind_Exception *older = __defer_held_top ();
  if (!older)
    __defer_unwind_hold (exc);
  else
    {
      __defer_panic_replaces (exc, older);
      __defer_held_replace_top (exc);
    }
}

const char *
__defer_recover_held (void)
{
  return __defer_panic_recover (__defer_held_top ());
}

int __attribute__ ((__noinline__))
__defer_unwind_recovered (void)
{
  struct _Unwind_Exception *foreign = NULL;
  if (!__defer_panic_finish (__defer_held_top (), &foreign))
    return 0;
  if (foreign)
    {
      /* The landing pad goes on to resume the unwinding it had before
	 the panic replaced it.  */
      __defer_held_push (foreign, (uintptr_t) __builtin_frame_address (0),
			 __builtin_return_address (0));
      return 0;
    }
  return 1;
}
