/* records.c -- defer records of a function with a defer in a loop (O2).

   The plugin (plugin/lower-runtime.cc) gives such a function one
   pointer-sized variable, cleared at entry -- its frame slot -- and calls

     p = __defer_push (&slot, size);	at each defer statement: a record
					with SIZE bytes of payload, pushed
					on the frame's chain; the caller
					fills in the site and the values
     q = __defer_run_next (&slot);	at exit, until it returns NULL:
					the newest record, popped

   This is Go's deferproc/deferreturn.  At exit the generated code pops
   a record of the pools itself (plugin-abi.h, DEFER_FRAME_TOP_OFFSET):
   it moves the descriptor's chain head on, and calls __defer_run_next
   only for the rest -- a big record, the frame's own, or none left.
   Nothing here is called for a function whose defers are open-coded,
   nor on a path that pushed no record (the generated code tests the
   slot first).

   The first record lives in the frame.  The slot is the start of a
   frame area on the function's stack (plugin-abi.h, DEFER_LOCAL_SIZE),
   and the rest of the area holds one record, as Go 1.13's deferprocStack
   keeps a defer that runs at most once in its frame.  A frame whose
   first record fits there (every record of the smallest class does) and
   that pushes no other -- a loop that defers once -- touches neither the
   pools nor thread-local storage: the slot holds DEFER_LOCAL_OWN, and
   the generated code takes the record back itself at exit.  The record
   needs no reclaiming: it dies with the frame, whether the function
   returns or a longjmp skips it.

   The frame descriptor.  A frame's next record (or a first one too big
   for the area) gives the slot a frame descriptor, itself a record's
   payload: the chain of pending records, newest first and the frame's
   own record, if any, last; the mark; and links in the thread's list of
   frames.  Only that push reads thread-local storage; the descriptor
   keeps the thread's state for the pushes after it.

   Exactly once.  A record is popped before its statement runs, so a
   statement that unwinds (a panic, a C++ exception, pthread_exit) is not
   run again by the landing pad's copy of the loop.  Popped records are
   not freed one by one: the mark is where the chain's head was when
   libdefer last left the frame, and the records from the mark up to the
   head are the ones popped since, by the generated code or by
   __defer_run_next.  Every entry that changes the chain otherwise (a
   push, the frame's end, discarding it) first gives them back
   (settle), so the mark is the head again whenever a record is pushed:
   popped records always lie between the two, never among pending ones.
   A statement's record is thus alive while the statement runs, big ones
   too, and there is nothing to free when it unwinds.  When the chain is
   empty the descriptor goes and the slot is null again.

   longjmp.  A longjmp over a frame with a descriptor skips its exit:
   the records never run (S10) and the descriptor stays in the thread's
   list.  Such a frame is reclaimed later only when it is certain to be
   dead, and the proof is its slot, not its address: while a frame is
   live its slot holds its descriptor (nothing but this file writes it,
   and the function clears it only at entry), so a listed frame whose
   slot holds anything else has been left -- its stack memory was reused,
   by a new call of the same function at the same depth at the latest,
   whose entry clears the slot.  The slot is read only where it is
   certain to be mapped: on the thread's own stack.  Addresses alone
   prove nothing once coroutines switch stacks (ucontext stacks carved
   out of a live frame lie inside the thread's stack, in any order), and
   a frame of a suspended coroutine keeps its descriptor in its slot, so
   it is never taken for dead.  Frames whose slot is elsewhere (a heap-
   or mmap-allocated coroutine stack, a signal stack) are reclaimed when
   they exit and leak if a longjmp skips them; a skipped frame whose slot
   memory is never written again stays listed.  Thread exit reclaims
   whatever is left.

   Not async-signal-safe, as malloc is not: a signal handler that pushes
   records while the code it interrupted is inside these functions
   corrupts the thread's lists.  */

#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"
#include "plugin-abi.h"

/* frame_dead_p reads stack memory that may be dead; memcheck
   (make check-valgrind) must be told that this is meant.  */
#if __has_include (<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#else
#define VALGRIND_DISABLE_ERROR_REPORTING ((void) 0)
#define VALGRIND_ENABLE_ERROR_REPORTING ((void) 0)
#define VALGRIND_MAKE_MEM_DEFINED(addr, len) ((void) 0)
#endif

struct defer_frame
{
  struct defer_record *top;	/* Pending records, newest first.  */
  struct defer_record *mark;	/* Popped records from here to TOP.  */
  /* The records from MARK to the end of the chain, the frame's own
     excepted: how many are of class 0 and how many are not, and the
     oldest, if it is of class 0 and was pushed onto an empty chain.  So
     when all have run and all are of class 0, the frame's end gives them
     back at once (MARK .. OLDEST), without walking them.  */
  unsigned long n0, nother;
  struct defer_record *oldest;
  void **slot;			/* The function's frame slot.  */
  struct defer_frame *older;	/* The thread's frames, newest first.  */
  struct defer_frame *newer;
  struct defer_thread *thread;
};

_Static_assert (sizeof (struct defer_frame) + sizeof (struct defer_record)
		<= 2 * DEFER_CLASS_MIN,
		"a frame descriptor fills a class-1 record");
_Static_assert (offsetof (struct defer_frame, top) == DEFER_FRAME_TOP_OFFSET
		&& offsetof (struct defer_record, next)
		   == DEFER_RECORD_NEXT_OFFSET
		&& offsetof (struct defer_record, cls) == DEFER_RECORD_CLS_OFFSET
		&& offsetof (struct defer_record, payload)
		   == DEFER_RECORD_PAYLOAD_OFFSET
		&& DEFER_CLASS_BIG == DEFER_RECORD_CLS_INLINE_MAX + 1
		&& DEFER_CLASS_LOCAL > DEFER_CLASS_BIG,
		"the generated code pops exactly the pooled records");

/* The frame area (plugin-abi.h): the slot, then the frame's own
   record, laid out as any record is.  */
_Static_assert (DEFER_LOCAL_RECORD_OFFSET >= sizeof (void *)
		&& DEFER_LOCAL_RECORD_OFFSET % DEFER_LOCAL_ALIGN == 0,
		"the frame's record follows the slot");
_Static_assert (DEFER_LOCAL_PAYLOAD_OFFSET
		== DEFER_LOCAL_RECORD_OFFSET
		   + offsetof (struct defer_record, payload),
		"the frame's record has a record's header");
_Static_assert (DEFER_LOCAL_PAYLOAD_OFFSET + DEFER_LOCAL_PAYLOAD_MAX
		== DEFER_LOCAL_SIZE
		&& DEFER_LOCAL_PAYLOAD_MAX
		   == DEFER_CLASS_MIN - sizeof (struct defer_record),
		"the frame's record holds what a class-0 record holds");

static __thread struct defer_thread self;

static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

static struct defer_record *
record_of (void *payload)
{
  return (struct defer_record *) ((char *) payload
				  - offsetof (struct defer_record, payload));
}

/* The record in the frame area that starts at SLOT.  While it is the
   frame's only record, the slot holds DEFER_LOCAL_OWN, which no
   descriptor's address is.  */

static struct defer_record *
local_record (void **slot)
{
  return (struct defer_record *) ((char *) slot + DEFER_LOCAL_RECORD_OFFSET);
}

static int
on_thread_stack (const struct defer_thread *t, const void *p)
{
  return (uintptr_t) p >= t->stack_lo && (uintptr_t) p < t->stack_hi;
}

/* Give back the records of F's chain from FROM up to END: to the pools,
   or to malloc for big ones, keeping F's counts.  The frame's own
   record, always the last, is told by its address (after a longjmp its
   memory may be anything) and stays.  */

static void
free_chain (struct defer_thread *t, struct defer_frame *f,
	    struct defer_record *from, struct defer_record *end)
{
  struct defer_record *own = local_record (f->slot);
  for (struct defer_record *r = from, *next; r != end && r && r != own;
       r = next)
    {
      next = r->next;
      if (r->cls == 0)
	f->n0--;
      else
	f->nother--;
      __defer_pool_put (t, r);
    }
}

/* Give back the records popped since libdefer last left F.  */

static void
settle (struct defer_frame *f)
{
  free_chain (f->thread, f, f->mark, f->top);
  f->mark = f->top;
  if (!f->top || f->top == local_record (f->slot))
    f->oldest = NULL;
}

/* Account for R, just pushed on F's chain; EMPTY: whether the chain had
   no record but the frame's own before.  */

static void
count_pushed (struct defer_frame *f, struct defer_record *r, int empty)
{
  if (r->cls == 0)
    {
      f->n0++;
      if (empty)
	f->oldest = r;
    }
  else
    {
      f->nother++;
      if (empty)
	f->oldest = NULL;
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
  free_chain (t, f, f->mark, NULL);
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

/* Whether F is certainly dead: its slot is on this thread's stack (so
   mapped) and no longer holds F.  */

static int
frame_dead_p (const struct defer_thread *t, const struct defer_frame *f)
{
  if (!on_thread_stack (t, f->slot))
    return 0;
  /* The slot of a dead frame is stack memory below the stack pointer, or
     reused by other frames: reading it is the point.  */
  void *volatile seen;
  VALGRIND_DISABLE_ERROR_REPORTING;
  seen = *(void *volatile *) f->slot;
  VALGRIND_MAKE_MEM_DEFINED (&seen, sizeof seen);
  VALGRIND_ENABLE_ERROR_REPORTING;
  return seen != f;
}

/* Reclaim the frames newer than STOP (all of them if STOP is null) that
   are certainly dead.  */

static void
reclaim_dead_frames (struct defer_thread *t, const struct defer_frame *stop)
{
  for (struct defer_frame *f = t->frames, *older; f && f != stop; f = older)
    {
      older = f->older;
      if (frame_dead_p (t, f))
	discard_frame (t, f);
    }
}

/* The frame whose slot is SLOT needs a descriptor: for a record after
   its own (OWN, the chain so far), or for a first record too big for the
   frame area (OWN null).  */

static struct defer_frame * __attribute__ ((__noinline__))
frame_begin (void **slot, struct defer_record *own)
{
  struct defer_thread *t = &self;
  if (!t->ready)
    thread_start (t);
  /* Before *SLOT holds the descriptor: a frame a longjmp skipped at this
     same slot is found dead here, as the function's entry cleared the
     slot (and a first record of its own is not a descriptor either).  */
  reclaim_dead_frames (t, NULL);

  struct defer_frame *f
    = (struct defer_frame *) __defer_pool_get (t, sizeof *f)->payload;
  f->top = own;
  f->mark = own;
  f->n0 = f->nother = 0;
  f->oldest = NULL;
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
  if (f->nother == 0 && f->oldest && !f->top)
    {
      /* All have run, all of class 0: MARK .. OLDEST, linked already,
	 go onto the free list in one piece.  */
      f->oldest->next = t->free[0];
      t->free[0] = f->mark;
      t->nfree[0] += f->n0;
      if (t->nfree[0] >= DEFER_LOCAL_MAX)
	__defer_pool_trim (t, 0);
    }
  else
    settle (f);
  /* Frames that began after F and are dead: a longjmp skipped their
     exits (F's callees', or another coroutine's that was abandoned).  */
  reclaim_dead_frames (t, f);
  unlink_frame (t, f);
  __defer_pool_put (t, record_of (f));
}

/* The slow path of __defer_push: the frame's first descriptor, or a
   free list to refill.  */

static void * __attribute__ ((__noinline__))
push_slow (void **slot, size_t size)
{
  struct defer_frame *f = *slot;
  struct defer_record *own = local_record (slot);
  if (!f)
    f = frame_begin (slot, NULL);
  else if ((void *) f == DEFER_LOCAL_OWN)
    {
      /* OWN, the frame's first record, is in a chain from now on.  */
      own->next = NULL;
      own->cls = DEFER_CLASS_LOCAL;
      f = frame_begin (slot, own);
    }
  else
    settle (f);
  struct defer_record *r = __defer_pool_get (f->thread, size);
  count_pushed (f, r, !f->top || f->top == own);
  r->next = f->top;
  f->top = f->mark = r;
  return r->payload;
}

/* A frame's first record goes into the frame area when it fits.  After
   it, the fast path takes a record of the smallest class, which is what
   nearly every site needs, from the thread's list.  Neither calls
   anything or saves a register.  */

void *
__defer_push (void **slot, size_t size)
{
  struct defer_frame *f = *slot;
  struct defer_record *r;
  if (f == NULL && size <= DEFER_LOCAL_PAYLOAD_MAX)
    {
      /* The frame's first record: in its own room.  Its header is
	 written only if another record follows (push_slow).  */
      *slot = DEFER_LOCAL_OWN;
      return local_record (slot)->payload;
    }
  if (__builtin_expect (f == NULL
			|| size > DEFER_CLASS_MIN - sizeof (struct defer_record)
			|| (void *) f == DEFER_LOCAL_OWN
			|| f->mark != f->top
			|| (r = f->thread->free[0]) == NULL, 0))
    return push_slow (slot, size);
  struct defer_thread *t = f->thread;
  t->free[0] = r->next;
  t->nfree[0]--;
  /* The chain is not empty here (push_slow pushes onto an empty one),
     so R is not the oldest.  */
  f->n0++;
  r->next = f->top;
  f->top = f->mark = r;
  return r->payload;
}

/* Pop the newest record and return its payload, or end the frame and
   return NULL when none is left.  The generated code pops pooled records
   itself and calls this for the others: a big record, the frame's own
   (the oldest: the frame ends as it is popped, and its payload stays
   where it is until the function returns), or none.  A popped record
   stays allocated until the next settle (see the file's header), so the
   payload returned is valid while the statement runs.  */

void *
__defer_run_next (void **slot)
{
  struct defer_frame *f = *slot;
  /* F is never DEFER_LOCAL_OWN: the generated code takes the frame's
     own record back itself while it is the only one.  */
  if (!f)
    return NULL;
  struct defer_record *r = f->top;
  if (!r)
    {
      frame_end (f);
      *slot = NULL;
      return NULL;
    }
  f->top = r->next;
  if (r == local_record (slot))
    {
      frame_end (f);
      *slot = NULL;
    }
  return r->payload;
}
