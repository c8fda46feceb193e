/* panic.c -- defer_panic: unwind the thread, running every pending defer.

   A panic is a forced unwind (_Unwind_ForcedUnwind), the mechanism
   pthread_exit and pthread_cancel use: every frame's landing pads run --
   the plugin's finally code, which runs that frame's armed deferred
   statements, and C++ destructors -- but no catch clause stops it (a C++
   `catch (...)' sees it and must rethrow, as with thread cancellation).
   When the unwinder reaches the bottom of the thread's stack, the panic
   was not recovered: print it the way Go does and exit with status 2.

   Invariants:
   - panics is this thread's stack of panics under way, newest first.  A
     deferred statement that panics while an older panic unwinds pushes a
     new one; the older one's unwind never resumes (its landing pad does
     not return), so it is "aborted" and printed before the new one.
   - A panic record lives until the process exits: an unrecovered panic
     ends the process, and nothing else frees it yet (recover will).  */

#define _GNU_SOURCE
#include "defer.h"

#include <dlfcn.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unwind.h>

#define PANIC_MAX_FRAMES 64

struct defer_panic_record
{
  struct _Unwind_Exception exc;		/* Must be first.  */
  struct defer_panic_record *link;	/* The panic this one aborted.  */
  char *message;
  int nframes;
  void *frames[PANIC_MAX_FRAMES];
};

/* "GCCDEFR\0": the exception class of a panic.  */
#define DEFER_PANIC_CLASS 0x4743434445465200ULL

static __thread struct defer_panic_record *panics;

static _Unwind_Reason_Code
record_frame (struct _Unwind_Context *ctx, void *data)
{
  struct defer_panic_record *p = data;
  if (p->nframes == PANIC_MAX_FRAMES)
    return _URC_END_OF_STACK;
  p->frames[p->nframes++] = (void *) _Unwind_GetIP (ctx);
  return _URC_NO_REASON;
}

static void
print_frames (const struct defer_panic_record *p)
{
  fprintf (stderr, "\nbacktrace (innermost first):\n");
  for (int i = 0; i < p->nframes; i++)
    {
      Dl_info info;
      /* Return addresses point after the call; look up the call.  */
      void *pc = (char *) p->frames[i] - 1;
      if (dladdr (pc, &info) && info.dli_sname)
	fprintf (stderr, "  %s+0x%lx\n", info.dli_sname,
		 (unsigned long) ((char *) pc - (char *) info.dli_saddr));
      else if (dladdr (pc, &info) && info.dli_fname)
	fprintf (stderr, "  %s+0x%lx\n", info.dli_fname,
		 (unsigned long) ((char *) pc - (char *) info.dli_fbase));
      else
	fprintf (stderr, "  %p\n", pc);
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
  fprintf (stderr, "panic: %s\n", p->message);
}

static _Unwind_Reason_Code
panic_stop (int version, _Unwind_Action actions,
	    _Unwind_Exception_Class cls, struct _Unwind_Exception *exc,
	    struct _Unwind_Context *ctx, void *param)
{
  (void) version; (void) cls; (void) ctx; (void) param;
  if (!(actions & _UA_END_OF_STACK))
    return _URC_NO_REASON;

  /* Unrecovered: every deferred statement of the thread has run.  */
  struct defer_panic_record *p = (struct defer_panic_record *) exc;
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
start_panic (char *message)
{
  struct defer_panic_record *p = calloc (1, sizeof *p);
  if (!p || !message)
    {
      fputs ("panic: out of memory while starting a panic\n", stderr);
      _exit (2);
    }
  p->exc.exception_class = DEFER_PANIC_CLASS;
  p->exc.exception_cleanup = panic_cleanup;
  p->message = message;
  p->link = panics;
  panics = p;
  _Unwind_Backtrace (record_frame, p);

  _Unwind_ForcedUnwind (&p->exc, panic_stop, NULL);
  /* Only reached if the unwinder itself failed.  */
  fflush (NULL);
  print_panics (p);
  fputs ("(the unwinder could not unwind this stack: was a frame built "
	 "without unwind tables?)\n", stderr);
  _exit (2);
}

void
defer_panic (const char *message)
{
  start_panic (strdup (message ? message : "(null)"));
}

void
defer_panicf (const char *format, ...)
{
  char *message = NULL;
  va_list ap;
  va_start (ap, format);
  if (vasprintf (&message, format, ap) < 0)
    message = NULL;
  va_end (ap);
  start_panic (message);
}
