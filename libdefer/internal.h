/* internal.h -- what libdefer's files share; not installed.  */

#ifndef LIBDEFER_INTERNAL_H
#define LIBDEFER_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unwind.h>

/* held.c: the exceptions of the landing pads running on this thread.  */
#define HELD_MAX 32
void __defer_held_push (struct _Unwind_Exception *, uintptr_t pos,
			const void *call);
/* Pop the entries of pads a longjmp left, seen from a pad at POS held
   from CALL (or from a panic starting at POS, CALL null), into DROPPED
   (room for HELD_MAX); return how many.  */
int __defer_held_drop_left (uintptr_t pos, const void *call,
			    struct _Unwind_Exception **dropped);
void __defer_held_replace_top (struct _Unwind_Exception *);
struct _Unwind_Exception *__defer_held_top (void);
int __defer_held_contains (const struct _Unwind_Exception *);
void __defer_held_drop_top (void);
/* Whether a frame whose function starts at REGION_START is the helper
   that resumes unwinding at the end of a landing pad.  */
int __defer_held_resume_frame_p (_Unwind_Ptr region_start);

/* symbolize.c: "function+0xoffset" for PC.  */
void __defer_symbolize (const void *pc, char *out, size_t outlen);

/* panic.c */
int __defer_is_panic (const struct _Unwind_Exception *);
/* NEWER replaced OLDER in a landing pad (a deferred statement unwound).  */
void __defer_panic_replaces (struct _Unwind_Exception *newer,
			     struct _Unwind_Exception *older);
/* A longjmp left the landing pad that held panic EXC.  */
void __defer_panic_abandoned (struct _Unwind_Exception *exc);
/* defer_recover () directly in a deferred statement that a landing pad
   holding EXC runs.  */
const char *__defer_panic_recover (struct _Unwind_Exception *exc);
/* After the statements of a pad holding EXC: if EXC is a recovered
   panic, finish it (dropping it from the held stack), set *FOREIGN to
   the unwinding it had replaced, if any, and return 1.  */
int __defer_panic_finish (struct _Unwind_Exception *exc,
			  struct _Unwind_Exception **foreign);

/* A record: a header, then the payload the plugin lays out -- the site
   number, then the values captured at the defer statement.  Records of
   one size class are interchangeable and are kept on free lists.  */
struct defer_record
{
  struct defer_record *next;	/* In a frame's chain or a free list.  */
  unsigned int cls;		/* Size class, DEFER_CLASS_BIG or _LOCAL.  */
  unsigned int unused;
  /* Aligned as malloc aligns, which the plugin relies on.  */
  unsigned char payload[] __attribute__ ((__aligned__ (16)));
};

/* Size classes: class C holds records of DEFER_CLASS_MIN << C bytes,
   header included; bigger records are malloc'd one by one.  */
#define DEFER_CLASS_MIN 64
#define DEFER_NCLASSES 7		/* 64 .. 4096 bytes */
#define DEFER_CLASS_BIG DEFER_NCLASSES
/* Not a pool's: the record in a frame's own area (records.c).  */
#define DEFER_CLASS_LOCAL (DEFER_NCLASSES + 1)
/* A thread keeps at most this many free records of a class; when it has
   this many, half go to the global pool.  */
#define DEFER_LOCAL_MAX 64
/* The global pool keeps at most this many bytes of records per class;
   what a thread spills beyond that goes back to malloc.  */
#define DEFER_GLOBAL_MAX_BYTES (256 * 1024)

struct defer_frame;

/* One thread's state, in thread-local storage.  Code reaches it once per
   frame, when the frame pushes its first record, and keeps a pointer in
   the frame after that: no thread-local lookup per defer.  */
struct defer_thread
{
  struct defer_record *free[DEFER_NCLASSES];	/* pool.c */
  unsigned int nfree[DEFER_NCLASSES];
  struct defer_frame *frames;		/* records.c: newest first.  */
  uintptr_t stack_lo, stack_hi;		/* This thread's own stack.  */
  int ready;
};

/* pool.c */
struct defer_record *__defer_pool_refill (struct defer_thread *,
					  unsigned int cls, size_t size);
void __defer_pool_spill (struct defer_thread *, unsigned int cls);
void __defer_pool_trim (struct defer_thread *, unsigned int cls);
void __defer_pool_flush (struct defer_thread *);

static inline unsigned int
__defer_size_class (size_t size)
{
  size_t total = size + sizeof (struct defer_record);
  if (total <= DEFER_CLASS_MIN)
    return 0;
  /* ceil (log2 (total)) - log2 (DEFER_CLASS_MIN) */
  unsigned int c = 64 - __builtin_clzl (total - 1) - 6;
  return c < DEFER_NCLASSES ? c : DEFER_CLASS_BIG;
}

/* A record with room for SIZE bytes of payload, from T's free list when
   it has one: the fast path is a few loads and stores.  */
static inline struct defer_record *
__defer_pool_get (struct defer_thread *t, size_t size)
{
  unsigned int cls = __defer_size_class (size);
  struct defer_record *r;
  if (__builtin_expect (cls < DEFER_NCLASSES && (r = t->free[cls]) != NULL, 1))
    {
      t->free[cls] = r->next;
      t->nfree[cls]--;
      return r;
    }
  return __defer_pool_refill (t, cls, size);
}

/* Put R at the head of T's free list if it is a pooled record and the
   list has room; return whether it did.  */
static inline int
__defer_pool_try_put (struct defer_thread *t, struct defer_record *r)
{
  unsigned int cls = r->cls;
  if (__builtin_expect (cls >= DEFER_NCLASSES
			|| t->nfree[cls] >= DEFER_LOCAL_MAX - 1, 0))
    return 0;
  r->next = t->free[cls];
  t->free[cls] = r;
  t->nfree[cls]++;
  return 1;
}

/* Give R back to T's free list (or to malloc, if it is a big one).  R
   goes to the head of the list, after any spill, so its payload stays
   as it is until this thread's next __defer_pool_get of its class.  */
static inline void
__defer_pool_put (struct defer_thread *t, struct defer_record *r)
{
  if (__builtin_expect (__defer_pool_try_put (t, r), 1))
    return;
  if (r->cls >= DEFER_NCLASSES)
    {
      free (r);
      return;
    }
  __defer_pool_spill (t, r->cls);
  __defer_pool_try_put (t, r);
}

#endif
