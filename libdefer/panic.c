/* panic.c -- defer_panic: unwind the thread, running every pending defer.

   A panic is a forced unwind (_Unwind_ForcedUnwind), the mechanism
   pthread_exit and pthread_cancel use: every frame's landing pads run --
   the plugin's finally code, which runs that frame's armed deferred
   statements, and C++ destructors -- but no catch clause stops it (a C++
   `catch (...)' sees it and must rethrow, as with thread cancellation).
   When the unwinder reaches the bottom of the thread's stack, the panic
   was not recovered: print it the way Go does and exit with status 2.

   Recovering (SPEC S7): a landing pad runs a copy of its function's
   deferred statements in which each direct defer_recover () call is
   __defer_recover_held () (landing.c), which asks __defer_panic_recover:
   if the exception the pad holds is a panic not yet recovered, mark it
   recovered and return its message.  After the statements,
   __defer_unwind_recovered () asks __defer_panic_finish whether the pad
   must return normally instead of resuming; if so the panic is finished.

   This file uses the held stack (held.c) and nothing that calls it.

   Invariants:
   - panics is this thread's stack of panics under way, newest first.  A
     deferred statement that panics while an older panic unwinds pushes a
     new one; the older one's unwind never resumes (its landing pad does
     not return), so it is "aborted" and printed before the new one.
   - A recovered panic is unlinked with every older panic that no running
     landing pad holds any more (those were aborted by it, S8).  Its
     message stays valid until the next panic on the thread is recovered:
     that is how long the string defer_recover returned lives.
   - A panic whose landing pad a longjmp left is abandoned: unlinked and
     freed as soon as libdefer sees the pad was left (held.c), which is
     at the latest when the next panic starts or reaches a pad -- so it
     is never printed as aborted by a later panic.
   - A panic allocates nothing once its thread has recovered two: the
     record last_recovered replaces becomes the thread's spare, which
     the next panic takes, and a message that fits is kept in the record
     (docs/benchmarks.md has what the rest of a panic costs).  */

#define _GNU_SOURCE
#include "defer.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unwind.h>

#include "internal.h"
#include "plugin-abi.h"

#define PANIC_MAX_FRAMES 64
#define PANIC_INLINE_MESSAGE 112

struct defer_panic_record
{
  struct _Unwind_Exception exc;		/* Must be first.  */
  struct defer_panic_record *link;	/* The panic this one aborted; for
					   last_recovered, the spare.  */
  char *message;			/* inline_message, or malloc'd.  */
  int recovered;
  /* A foreign unwind (pthread_exit, pthread_cancel, a C++ exception) this
     panic replaced in a landing pad: recovering the panic resumes it, so
     a thread exit does not disappear (Go resumes an aborted Goexit).  */
  struct _Unwind_Exception *foreign;
  int nframes;
  char inline_message[PANIC_INLINE_MESSAGE];
  /* Only the first NFRAMES are meaningful: a reused record is not
     cleared.  */
  void *frames[PANIC_MAX_FRAMES];	/* Return addresses, innermost first, */
  void *cfas[PANIC_MAX_FRAMES];		/* and the frames they belong to.  */
};

/* "GCCDEFR\0": the exception class of a panic.  */
#define DEFER_PANIC_CLASS 0x4743434445465200ULL

static __thread struct defer_panic_record *panics;

/* The last recovered panic, kept for its message, and through its link
   the thread's spare record.  A thread-specific key frees both when the
   thread exits; its value, set at the thread's first recovery, is the
   address of the thread's own last_recovered.  */
static __thread struct defer_panic_record *last_recovered;
static __thread int last_recovered_keyed;
static pthread_key_t last_recovered_key;
static pthread_once_t last_recovered_once = PTHREAD_ONCE_INIT;

int
__defer_is_panic (const struct _Unwind_Exception *exc)
{
  return exc && exc->exception_class == DEFER_PANIC_CLASS;
}

static void
free_message (struct defer_panic_record *p)
{
  if (p->message != p->inline_message)
    free (p->message);
  p->message = NULL;
}

static void
free_panic (struct defer_panic_record *p)
{
  free_message (p);
  free (p);
}

static void
free_last_recovered (void *v)
{
  struct defer_panic_record **slot = v;
  struct defer_panic_record *p = *slot;
  *slot = NULL;
  if (!p)
    return;
  if (p->link)
    free_panic (p->link);
  free_panic (p);
}

static void
make_last_recovered_key (void)
{
  pthread_key_create (&last_recovered_key, free_last_recovered);
}

/* P, just unlinked, is the thread's last recovered panic now: the one it
   replaces, whose message nobody may use any more, becomes the spare
   unless there is one.  */

static void
keep_recovered (struct defer_panic_record *p)
{
  struct defer_panic_record *old = last_recovered, *spare = NULL;
  if (old)
    {
      spare = old->link;
      if (spare)
	free_panic (old);
      else
	{
	  free_message (old);
	  spare = old;
	}
    }
  p->link = spare;
  last_recovered = p;
  if (!last_recovered_keyed)
    {
      pthread_once (&last_recovered_once, make_last_recovered_key);
      pthread_setspecific (last_recovered_key, &last_recovered);
      last_recovered_keyed = 1;
    }
}

/* defer_recover () anywhere but directly in a deferred statement: the
   plugin turns direct calls into __defer_recover_held or NULL.  */

const char *
defer_recover (void)
{
  return NULL;
}

const char *
__defer_panic_recover (struct _Unwind_Exception *exc)
{
  if (!__defer_is_panic (exc))
    return NULL;		/* No panic, or a C++ exception or thread exit.  */
  struct defer_panic_record *p = (struct defer_panic_record *) exc;
  if (p->recovered)
    return NULL;
  p->recovered = 1;
  return p->message;
}

void
__defer_panic_replaces (struct _Unwind_Exception *newer,
			struct _Unwind_Exception *older)
{
  if (!__defer_is_panic (newer) || !older)
    return;
  struct defer_panic_record *p = (struct defer_panic_record *) newer;
  if (p->foreign)
    return;
  if (!__defer_is_panic (older))
    p->foreign = older;
  else
    p->foreign = ((struct defer_panic_record *) older)->foreign;
}

void
__defer_panic_abandoned (struct _Unwind_Exception *exc)
{
  for (struct defer_panic_record **pp = &panics; *pp; pp = &(*pp)->link)
    if (&(*pp)->exc == exc)
      {
	struct defer_panic_record *p = *pp;
	*pp = p->link;
	free_panic (p);
	return;
      }
}

int
__defer_panic_finish (struct _Unwind_Exception *exc,
		      struct _Unwind_Exception **foreign)
{
  if (!__defer_is_panic (exc)
      || !((struct defer_panic_record *) exc)->recovered)
    return 0;
  *foreign = ((struct defer_panic_record *) exc)->foreign;
  __defer_held_drop_top ();

  /* Unlink the recovered panic, and the older ones it aborted: those no
     running landing pad holds.  */
  struct defer_panic_record **pp = &panics;
  while (*pp)
    {
      struct defer_panic_record *p = *pp;
      if (&p->exc == exc || !__defer_held_contains (&p->exc))
	{
	  *pp = p->link;
	  if (&p->exc == exc)
	    keep_recovered (p);
	  else
	    free_panic (p);
	}
      else
	pp = &p->link;
    }
  return 1;
}

/* Whether the function starting at FN is libdefer's, not the program's:
   the helper that resumes unwinding at the end of a landing pad, or an
   entry point of a panic -- defer_panic called through a pointer, or
   __defer_panic_start when libdefer was built without sibling-call
   optimisation (-O0), are frames of their own.  The backtrace starts at
   the function that panicked.  */

static int
libdefer_frame_p (void *fn)
{
  return (__defer_held_resume_frame_p ((_Unwind_Ptr) fn)
	  || fn == (void *) &defer_panic || fn == (void *) &defer_panicf
	  || fn == (void *) &__defer_panic_start);
}

static void
print_frames (const struct defer_panic_record *p)
{
  fprintf (stderr, "\nbacktrace (innermost first):\n");
  for (int i = 0; i < p->nframes; i++)
    {
      char name[512];
      /* Return addresses point after the call; name the call.  */
      void *pc = (char *) p->frames[i] - 1;
      if (libdefer_frame_p (_Unwind_FindEnclosingFunction (pc)))
	continue;
      __defer_symbolize (pc, name, sizeof name);
      fprintf (stderr, "  %s\n", name);
    }
}

/* Print P and the panics it aborted, oldest first, as Go's printpanics.  */

static void
print_panics (const struct defer_panic_record *p)
{
  if (p->link)
    {
      print_panics (p->link);
      fputc ('\t', stderr);
    }
  fprintf (stderr, "panic: %s%s\n", p->message,
	   p->recovered ? " [recovered]" : "");
}

static _Unwind_Reason_Code
panic_stop (int version, _Unwind_Action actions,
	    _Unwind_Exception_Class cls, struct _Unwind_Exception *exc,
	    struct _Unwind_Context *ctx, void *param)
{
  (void) version; (void) cls; (void) param;
  struct defer_panic_record *p = (struct defer_panic_record *) exc;
  /* The unwinder shows us each frame before its landing pad runs: that is
     the backtrace, recorded at no cost to a panic that gets recovered.  */
  if (!(actions & _UA_END_OF_STACK))
    {
      /* A frame whose landing pad ran is seen again when unwinding
	 resumes from it, now inside the pad: keep the first visit only.
	 (print_frames leaves out the helper that resumes.)  */
      void *cfa = (void *) _Unwind_GetCFA (ctx);
      for (int i = 0; i < p->nframes; i++)
	if (p->cfas[i] == cfa)
	  return _URC_NO_REASON;
      if (p->nframes < PANIC_MAX_FRAMES)
	{
	  p->frames[p->nframes] = (void *) _Unwind_GetIP (ctx);
	  p->cfas[p->nframes++] = cfa;
	}
      return _URC_NO_REASON;
    }

  /* Unrecovered: every deferred statement of the thread has run.  */
  fflush (NULL);
  print_panics (p);
  print_frames (p);
  fflush (stderr);
  _exit (2);
}

static void
panic_cleanup (_Unwind_Reason_Code reason, struct _Unwind_Exception *exc)
{
  /* Only a foreign runtime deletes our exception (a C++ catch that
     swallowed a forced unwind); the record stays valid for printing.  */
  (void) reason; (void) exc;
}

static void __attribute__ ((__noreturn__))
out_of_memory (void)
{
  fputs ("panic: out of memory while starting a panic\n", stderr);
  _exit (2);
}

/* A record for a new panic: the thread's spare, or a new one.  Only
   what start_panic reads is cleared.  */

static struct defer_panic_record *
new_panic (void)
{
  struct defer_panic_record *p = NULL;
  if (last_recovered && last_recovered->link)
    {
      p = last_recovered->link;
      last_recovered->link = NULL;
    }
  else
    p = malloc (sizeof *p);
  if (!p)
    out_of_memory ();
  memset (&p->exc, 0, sizeof p->exc);
  p->link = NULL;
  p->message = NULL;
  p->recovered = 0;
  p->foreign = NULL;
  p->nframes = 0;
  return p;
}

/* Give P the N bytes of MESSAGE (and a NUL).  */

static void
set_message (struct defer_panic_record *p, const char *message, size_t n)
{
  if (n < sizeof p->inline_message)
    p->message = p->inline_message;
  else if (!(p->message = malloc (n + 1)))
    out_of_memory ();
  memcpy (p->message, message, n);
  p->message[n] = 0;
}

/* Link P, a new panic with its message set, as the thread's newest.
   POS: the frame address of the public entry point, for
   __defer_held_drop_left.  */

static void
link_panic (struct defer_panic_record *p, uintptr_t pos)
{
  p->exc.exception_class = DEFER_PANIC_CLASS;
  p->exc.exception_cleanup = panic_cleanup;
  /* Only now: the panics a longjmp abandoned must not be linked as
     aborted by this one.  A pad whose deferred statement called
     defer_panic directly, inlined, is at POS too; a pad below POS was
     left.  */
  struct _Unwind_Exception *dropped[HELD_MAX];
  int n = __defer_held_drop_left (pos, NULL, dropped);
  for (int i = 0; i < n; i++)
    if (__defer_is_panic (dropped[i]))
      __defer_panic_abandoned (dropped[i]);
  p->link = panics;
  panics = p;
}

static struct defer_panic_record * __attribute__ ((__noinline__))
begin_panic (const char *message, uintptr_t pos)
{
  struct defer_panic_record *p = new_panic ();
  if (!message)
    message = "(null)";
  set_message (p, message, strlen (message));
  link_panic (p, pos);
  return p;
}

/* What the plugin makes of a direct call defer_panic (MESSAGE)
   (plugin/panic-calls.cc): __defer_panic_start (MESSAGE) and then
   __defer_panic_failed ().  The unwinding starts with a tail call, so
   the first frame the unwinder walks is the caller's: every frame costs
   a panic about 70 ns of CFI interpretation (docs/benchmarks.md), and
   this one has nothing to unwind.  It returns only if the unwinder
   failed, and its caller then calls __defer_panic_failed.  Nothing
   here may keep its address in a local the unwinder needs: the frame
   is gone when _Unwind_ForcedUnwind runs.  */

/* AddressSanitizer's runtime, when the program has one: it clears the
   stack's poison below a call that will not return, as the instrumented
   caller does before defer_panic (noreturn) but not before
   __defer_panic_start, which may return.  */
extern void __asan_handle_no_return (void) __attribute__ ((__weak__));

void
__defer_panic_start (const char *message)
{
  struct defer_panic_record *p
    = begin_panic (message, (uintptr_t) __builtin_frame_address (0));
  if (__asan_handle_no_return)
    __asan_handle_no_return ();
  _Unwind_ForcedUnwind (&p->exc, panic_stop, NULL);
}

void
__defer_panic_failed (void)
{
  fflush (NULL);
  if (panics)
    print_panics (panics);
  fputs ("(the unwinder could not unwind this stack: was a frame built "
	 "without unwind tables?)\n", stderr);
  _exit (2);
}

/* Called through a pointer, or from code built without the plugin:
   a frame of its own, which the unwinder walks.  */

void __attribute__ ((__noinline__))
defer_panic (const char *message)
{
  __defer_panic_start (message);
  __defer_panic_failed ();
}

void __attribute__ ((__noinline__))
defer_panicf (const char *format, ...)
{
  struct defer_panic_record *p = new_panic ();
  va_list ap;
  va_start (ap, format);
  int n = vsnprintf (p->inline_message, sizeof p->inline_message, format,
		     ap);
  va_end (ap);
  static const char unprintable[] = "(unprintable panic message)";
  if (n < 0)
    set_message (p, unprintable, sizeof unprintable - 1);
  else if ((size_t) n < sizeof p->inline_message)
    p->message = p->inline_message;
  else
    {
      va_start (ap, format);
      if (vasprintf (&p->message, format, ap) < 0)
	p->message = NULL;
      va_end (ap);
      if (!p->message)
	out_of_memory ();
    }
  link_panic (p, (uintptr_t) __builtin_frame_address (0));
  _Unwind_ForcedUnwind (&p->exc, panic_stop, NULL);
  __defer_panic_failed ();
}
