/* records.c -- defer records of a function with a defer in a loop (O2).

   The plugin (plugin/lower-runtime.cc) gives such a function one
   pointer-sized variable, cleared at entry -- its frame slot -- and calls

     p = __defer_push (&slot, size);	at each defer statement: a record
					with SIZE bytes of payload, pushed
					on the frame's chain; the caller
					fills in the site and the values
     q = __defer_run_next (&slot);	at exit, until it returns NULL:
					the newest record, popped

   This is Go's deferproc/deferreturn.  Nothing here is called for a
   function whose defers are open-coded, nor on a path that pushed no
   record (the generated code tests the slot first).

   The frame.  The first push gives the slot a frame descriptor, itself a
   record's payload: the chain of pending records, a big record whose
   statement is running, and links in the thread's list of frames.  Only
   that first push reads thread-local storage; the descriptor keeps the
   thread's state for the pushes after it.

   Exactly once.  __defer_run_next pops a record before its statement
   runs, so a statement that unwinds (a panic, a C++ exception,
   pthread_exit) is not run again by the landing pad's copy of the loop.
   The record is freed as it is popped (the generated code copies the
   values out before the statement runs), so there is nothing to free
   when the statement unwinds.  When the chain is empty the descriptor
   goes and the slot is null again.

   longjmp.  A longjmp over a frame with pending records skips its exit:
   the records never run (S10) and the descriptor stays in the thread's
   list.  Such a frame is found and its memory reclaimed later, when that
   is certain to be right: on one stack, every live frame lies above
   (at higher addresses than) the frame running now, so when a frame
   begins, a listed frame at its own address or below is dead; and when a
   frame ends, every frame listed after it is dead (its callees are gone).
   Frames on another stack than the thread's own (coroutines, a signal
   stack) are never judged: they are reclaimed when they exit, or leak if
   a longjmp skips them.  Thread exit reclaims whatever is left.

   Not async-signal-safe, as malloc is not: a signal handler that pushes
   records while the code it interrupted is inside these functions
   corrupts the thread's lists.  */

#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

struct defer_frame
{
  struct defer_record *top;	/* Pending records, newest first.  */
  struct defer_record *running;	/* A big record popped, freed at the
				   next pop.  */
  void **slot;			/* The function's frame slot.  */
  struct defer_frame *older;	/* The thread's frames, newest first.  */
  struct defer_frame *newer;
  struct defer_thread *thread;
};

_Static_assert (sizeof (struct defer_frame) + sizeof (struct defer_record)
		<= DEFER_CLASS_MIN, "a frame descriptor fills a class-0 record");

static __thread struct defer_thread self;

static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

static struct defer_record *
record_of (void *payload)
{
  return (struct defer_record *) ((char *) payload
				  - offsetof (struct defer_record, payload));
}

static int
on_thread_stack (const struct defer_thread *t, const void *p)
{
  return (uintptr_t) p >= t->stack_lo && (uintptr_t) p < t->stack_hi;
}

static void
free_chain (struct defer_thread *t, struct defer_record *r)
{
  while (r)
    {
      struct defer_record *next = r->next;
      __defer_pool_put (t, r);
      r = next;
    }
}

static void
unlink_frame (struct defer_thread *t, struct defer_frame *f)
{
  if (f->newer)
    f->newer->older = f->older;
  else
    t->frames = f->older;
  if (f->older)
    f->older->newer = f->newer;
}

/* F's function will never run its records: free them and F.  Its slot is
   dead stack memory and is not touched.  */

static void
discard_frame (struct defer_thread *t, struct defer_frame *f)
{
  unlink_frame (t, f);
  free_chain (t, f->top);
  if (f->running)
    __defer_pool_put (t, f->running);
  __defer_pool_put (t, record_of (f));
}

static void
thread_exit (void *arg)
{
  struct defer_thread *t = arg;
  /* The thread's stack is gone: no frame of it will run its records.  */
  while (t->frames)
    discard_frame (t, t->frames);
  __defer_pool_flush (t);
  t->ready = 0;
}

static void
make_exit_key (void)
{
  if (pthread_key_create (&exit_key, thread_exit) != 0)
    {
      fputs ("fatal error: libdefer: no thread-specific key left\n", stderr);
      abort ();
    }
}

static void
thread_start (struct defer_thread *t)
{
  pthread_attr_t attr;
  void *addr;
  size_t size;
  if (pthread_getattr_np (pthread_self (), &attr) == 0)
    {
      if (pthread_attr_getstack (&attr, &addr, &size) == 0)
	{
	  t->stack_lo = (uintptr_t) addr;
	  t->stack_hi = (uintptr_t) addr + size;
	}
      pthread_attr_destroy (&attr);
    }
  pthread_once (&exit_key_once, make_exit_key);
  pthread_setspecific (exit_key, t);
  t->ready = 1;
}

/* The frame whose slot is SLOT pushes its first record.  */

static struct defer_frame * __attribute__ ((__noinline__))
frame_begin (void **slot)
{
  struct defer_thread *t = &self;
  if (!t->ready)
    thread_start (t);

  /* A frame listed at SLOT or below it on this stack is dead.  Newer
     frames come first; the first one above SLOT ends the search.  */
  if (on_thread_stack (t, slot))
    for (struct defer_frame *f = t->frames, *older; f; f = older)
      {
	older = f->older;
	if (!on_thread_stack (t, f->slot))
	  continue;
	if ((uintptr_t) f->slot > (uintptr_t) slot)
	  break;
	discard_frame (t, f);
      }

  struct defer_frame *f
    = (struct defer_frame *) __defer_pool_get (t, sizeof *f)->payload;
  f->top = NULL;
  f->running = NULL;
  f->slot = slot;
  f->thread = t;
  f->newer = NULL;
  f->older = t->frames;
  if (t->frames)
    t->frames->newer = f;
  t->frames = f;
  *slot = f;
  return f;
}

/* F's records have all run.  */

static void
frame_end (struct defer_frame *f)
{
  struct defer_thread *t = f->thread;
  /* Frames on this stack that began after F are its callees' and are
     gone: a longjmp skipped their exits.  */
  if (on_thread_stack (t, f->slot))
    for (struct defer_frame *g = t->frames, *older; g && g != f; g = older)
      {
	older = g->older;
	if (on_thread_stack (t, g->slot))
	  discard_frame (t, g);
      }
  unlink_frame (t, f);
  __defer_pool_put (t, record_of (f));
}

/* The slow path of __defer_push: the frame's first record, or a free
   list to refill.  */

static void * __attribute__ ((__noinline__))
push_slow (void **slot, size_t size)
{
  struct defer_frame *f = *slot;
  if (!f)
    f = frame_begin (slot);
  struct defer_record *r = __defer_pool_get (f->thread, size);
  r->next = f->top;
  f->top = r;
  return r->payload;
}

/* The fast path takes a record of the smallest class, which is what
   nearly every site needs, from the thread's list; it calls nothing and
   saves no register.  */

void *
__defer_push (void **slot, size_t size)
{
  struct defer_frame *f = *slot;
  struct defer_record *r;
  if (__builtin_expect (f == NULL
			|| size > DEFER_CLASS_MIN - sizeof (struct defer_record)
			|| (r = f->thread->free[0]) == NULL, 0))
    return push_slow (slot, size);
  struct defer_thread *t = f->thread;
  t->free[0] = r->next;
  t->nfree[0]--;
  r->next = f->top;
  f->top = r;
  return r->payload;
}

/* The slow path of __defer_run_next: a big record is running, or none is
   left.  */

static void * __attribute__ ((__noinline__))
run_next_slow (void **slot)
{
  struct defer_frame *f = *slot;
  if (!f)
    return NULL;
  if (f->running)
    {
      free (f->running);
      f->running = NULL;
    }
  struct defer_record *r = f->top;
  if (!r)
    {
      frame_end (f);
      *slot = NULL;
      return NULL;
    }
  f->top = r->next;
  if (r->cls == DEFER_CLASS_BIG)
    f->running = r;
  else
    __defer_pool_put (f->thread, r);
  return r->payload;
}

/* Pop the newest record and return its payload.  It is already back on
   the thread's free list, at the head, where only this thread's next
   push of its class takes it: the generated code copies the captured
   values out at once, before the statement runs, and so nothing is left
   to free if the statement unwinds.  A big record goes back to malloc
   only at the next call (F->running).  */

void *
__defer_run_next (void **slot)
{
  struct defer_frame *f = *slot;
  struct defer_record *r, *next;
  if (__builtin_expect (f != NULL && f->running == NULL
			&& (r = f->top) != NULL, 1))
    {
      next = r->next;
      if (__builtin_expect (__defer_pool_try_put (f->thread, r), 1))
	{
	  f->top = next;
	  return r->payload;
	}
    }
  return run_next_slow (slot);
}
