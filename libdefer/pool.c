/* pool.c -- where defer records come from (SPEC O2).

   Go's newdefer/freedefer, in C: each thread keeps free lists of records
   (Go's per-P pp.deferpool), refilled in batches from a global pool under
   a lock, and spills half of a list back when it is full (Go's
   sched.deferpool).  The fast paths, in internal.h, touch only the
   thread's own lists; this file has the slow paths.

   Records vary in size with what a site captures, so there are size
   classes -- powers of two from 64 to 4096 bytes, header included -- with
   a free list per class, rather than one size with an inline payload: a
   call with three pointer arguments (a 16-byte header, a 4-byte site
   number and 24 bytes of values) fits the first class, and a site that
   copies an array gets a record its size instead of making every record
   big.  A payload over 4080 bytes gets a record from malloc, freed when
   it has run.

   Memory goes back: the global pool keeps at most DEFER_GLOBAL_MAX_BYTES
   per class, and what a thread spills beyond that is freed.  A thread
   that exits gives its lists to the global pool (the same cap holds).
   So after a burst of a million pending defers, what stays allocated is
   at most DEFER_LOCAL_MAX records per class per thread plus the global
   cap.  */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

struct global_class
{
  pthread_mutex_t lock;
  struct defer_record *head;
  unsigned long n;
};

static struct global_class global[DEFER_NCLASSES] = {
  [0 ... DEFER_NCLASSES - 1] = { PTHREAD_MUTEX_INITIALIZER, NULL, 0 }
};

static size_t
class_bytes (unsigned int cls)
{
  return (size_t) DEFER_CLASS_MIN << cls;
}

static unsigned long
global_max (unsigned int cls)
{
  return DEFER_GLOBAL_MAX_BYTES / class_bytes (cls);
}

static struct defer_record *
new_record (unsigned int cls, size_t bytes)
{
  struct defer_record *r = malloc (bytes);
  if (!r)
    {
      fputs ("fatal error: libdefer: out of memory for a defer record\n",
	     stderr);
      abort ();
    }
  r->cls = cls;
  return r;
}

/* T's free list of class CLS is empty: take half a list's worth from the
   global pool, malloc what it lacks, and return one record.  A big
   record (CLS == DEFER_CLASS_BIG) is malloc'd for SIZE bytes of payload.  */

struct defer_record *
__defer_pool_refill (struct defer_thread *t, unsigned int cls, size_t size)
{
  if (cls >= DEFER_NCLASSES)
    return new_record (DEFER_CLASS_BIG, sizeof (struct defer_record) + size);

  unsigned int want = DEFER_LOCAL_MAX / 2, got = 0;
  struct global_class *g = &global[cls];
  struct defer_record *list = NULL;
  pthread_mutex_lock (&g->lock);
  while (got < want && g->head)
    {
      struct defer_record *r = g->head;
      g->head = r->next;
      r->next = list;
      list = r;
      got++;
    }
  g->n -= got;
  pthread_mutex_unlock (&g->lock);
  for (; got < want; got++)
    {
      struct defer_record *r = new_record (cls, class_bytes (cls));
      r->next = list;
      list = r;
    }
  /* Keep all but the first.  */
  struct defer_record *r = list;
  t->free[cls] = r->next;
  t->nfree[cls] = want - 1;
  return r;
}

/* Move up to N records from the front of T's list of class CLS to the
   global pool, within its cap, and free the rest.  */

static void
give_back (struct defer_thread *t, unsigned int cls, unsigned int n)
{
  struct defer_record *first = t->free[cls], *last = NULL;
  unsigned int k = 0;
  for (struct defer_record *r = first; r && k < n; r = r->next, k++)
    last = r;
  if (!k)
    return;
  t->free[cls] = last->next;
  t->nfree[cls] -= k;

  struct global_class *g = &global[cls];
  unsigned long keep;
  pthread_mutex_lock (&g->lock);
  keep = g->n < global_max (cls) ? global_max (cls) - g->n : 0;
  if (keep > k)
    keep = k;
  /* The first KEEP records join the pool; the others are freed.  */
  struct defer_record *rest = first;
  if (keep)
    {
      struct defer_record *tail = first;
      for (unsigned long i = 1; i < keep; i++)
	tail = tail->next;
      rest = tail->next;
      tail->next = g->head;
      g->head = first;
      g->n += keep;
    }
  pthread_mutex_unlock (&g->lock);
  for (unsigned long i = keep; i < k; i++)
    {
      struct defer_record *next = rest->next;
      free (rest);
      rest = next;
    }
}

/* T's list of class CLS is full: half of it goes.  */

void
__defer_pool_spill (struct defer_thread *t, unsigned int cls)
{
  give_back (t, cls, DEFER_LOCAL_MAX / 2);
}

/* T's list of class CLS has grown to DEFER_LOCAL_MAX or more records at
   once (a frame gave back all its records): keep half.  */

void
__defer_pool_trim (struct defer_thread *t, unsigned int cls)
{
  if (t->nfree[cls] > DEFER_LOCAL_MAX / 2)
    give_back (t, cls, t->nfree[cls] - DEFER_LOCAL_MAX / 2);
}

/* fork: the child has one thread, and must not inherit a global list's
   lock held by another thread of the parent (as malloc does).  */

static void
lock_all (void)
{
  for (unsigned int cls = 0; cls < DEFER_NCLASSES; cls++)
    pthread_mutex_lock (&global[cls].lock);
}

static void
unlock_all (void)
{
  for (unsigned int cls = DEFER_NCLASSES; cls-- > 0;)
    pthread_mutex_unlock (&global[cls].lock);
}

static void __attribute__ ((__constructor__))
register_fork_handlers (void)
{
  pthread_atfork (lock_all, unlock_all, unlock_all);
}

/* T's thread is exiting: all of its lists go.  */

void
__defer_pool_flush (struct defer_thread *t)
{
  for (unsigned int cls = 0; cls < DEFER_NCLASSES; cls++)
    give_back (t, cls, t->nfree[cls]);
}
