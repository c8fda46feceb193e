/* Two locks taken in order, released in reverse on every path.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le move_item move_item_twin 2 } } */
/* { dg-final { scan-function-not move_item "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only move_item "defer_bits" "optimized" } } */
#include <pthread.h>
#include <defer.h>

struct queue
{
  pthread_mutex_t lock;
  int items[64];
  int n;
};

int
move_item (struct queue *from, struct queue *to)
{
  pthread_mutex_lock (&from->lock);
  defer pthread_mutex_unlock (&from->lock);
  if (from->n == 0)
    return -1;
  pthread_mutex_lock (&to->lock);
  defer pthread_mutex_unlock (&to->lock);
  if (to->n == 64)
    return -2;
  to->items[to->n++] = from->items[--from->n];
  return to->n;
}

int
move_item_twin (struct queue *from, struct queue *to)
{
  int ret;
  pthread_mutex_lock (&from->lock);
  if (from->n == 0)
    {
      ret = -1;
      goto out_from;
    }
  pthread_mutex_lock (&to->lock);
  if (to->n == 64)
    {
      ret = -2;
      goto out_to;
    }
  to->items[to->n++] = from->items[--from->n];
  ret = to->n;
out_to:
  pthread_mutex_unlock (&to->lock);
out_from:
  pthread_mutex_unlock (&from->lock);
  return ret;
}
