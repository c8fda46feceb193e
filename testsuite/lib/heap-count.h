/* heap-count.h -- what a test program allocates, measured, not assumed.

   heap_mallocs ()  calls to malloc, calloc and realloc so far (all
		    threads), counted by an interposed malloc -- or, in a
		    build with ASan or TSan, which own malloc, by their
		    malloc hook.
   heap_in_use ()   bytes allocated and not yet freed, as the allocator
		    reports them (glibc's mallinfo2, or the sanitizer's
		    counter).

   Include it in one file of a test program only: it defines malloc.  */

#ifndef DEFER_HEAP_COUNT_H
#define DEFER_HEAP_COUNT_H

#include <malloc.h>
#include <stddef.h>
#include <stdlib.h>

static unsigned long heap_malloc_calls;

#if defined (__SANITIZE_ADDRESS__) || defined (__SANITIZE_THREAD__)
/* From the sanitizers' runtime (GCC installs no header for these).  */
int __sanitizer_install_malloc_and_free_hooks
  (void (*) (const volatile void *, size_t), void (*) (const volatile void *));
size_t __sanitizer_get_current_allocated_bytes (void);

static void
heap_count_hook (const volatile void *p, size_t size)
{
  (void) p; (void) size;
  __atomic_fetch_add (&heap_malloc_calls, 1, __ATOMIC_RELAXED);
}

static void
heap_free_hook (const volatile void *p)
{
  (void) p;
}

static void __attribute__ ((constructor))
heap_count_init (void)
{
  __sanitizer_install_malloc_and_free_hooks (heap_count_hook, heap_free_hook);
}

static size_t __attribute__ ((unused))
heap_in_use (void)
{
  return __sanitizer_get_current_allocated_bytes ();
}
#else
extern void *__libc_malloc (size_t);
extern void *__libc_calloc (size_t, size_t);
extern void *__libc_realloc (void *, size_t);

void *
malloc (size_t n)
{
  __atomic_fetch_add (&heap_malloc_calls, 1, __ATOMIC_RELAXED);
  return __libc_malloc (n);
}

void *
calloc (size_t n, size_t m)
{
  __atomic_fetch_add (&heap_malloc_calls, 1, __ATOMIC_RELAXED);
  return __libc_calloc (n, m);
}

void *
realloc (void *p, size_t n)
{
  __atomic_fetch_add (&heap_malloc_calls, 1, __ATOMIC_RELAXED);
  return __libc_realloc (p, n);
}

static size_t __attribute__ ((unused))
heap_in_use (void)
{
  struct mallinfo2 mi = mallinfo2 ();
  return mi.uordblks + mi.hblkhd;
}
#endif

static unsigned long __attribute__ ((unused))
heap_mallocs (void)
{
  return __atomic_load_n (&heap_malloc_calls, __ATOMIC_RELAXED);
}

#endif
