/* A void function that falls off its end, with one early return.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le flush_cache flush_cache_twin 2 } } */
/* { dg-final { scan-function-not flush_cache "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only flush_cache "defer_bits" "optimized" } } */
#include <defer.h>

struct cache { int dirty; int busy; };
void lock_cache (struct cache *), unlock_cache (struct cache *);
void write_back (struct cache *);

void
flush_cache (struct cache *c)
{
  lock_cache (c);
  defer unlock_cache (c);
  if (!c->dirty)
    return;
  write_back (c);
  c->dirty = 0;
}

void
flush_cache_twin (struct cache *c)
{
  lock_cache (c);
  if (!c->dirty)
    goto out;
  write_back (c);
  c->dirty = 0;
out:
  unlock_cache (c);
}
