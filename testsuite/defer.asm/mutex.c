/* A mutex held across a function with early returns.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le account_withdraw account_withdraw_twin 2 } } */
/* { dg-final { scan-function-not account_withdraw "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only account_withdraw "defer_bits" "optimized" } } */
#include <pthread.h>
#include <defer.h>

struct account { pthread_mutex_t lock; long balance; int frozen; };

int
account_withdraw (struct account *a, long amount)
{
  pthread_mutex_lock (&a->lock);
  defer pthread_mutex_unlock (&a->lock);
  if (a->frozen)
    return -1;
  if (amount <= 0)
    return -2;
  if (a->balance < amount)
    return -3;
  a->balance -= amount;
  return 0;
}

int
account_withdraw_twin (struct account *a, long amount)
{
  int ret = 0;
  pthread_mutex_lock (&a->lock);
  if (a->frozen)
    {
      ret = -1;
      goto out;
    }
  if (amount <= 0)
    {
      ret = -2;
      goto out;
    }
  if (a->balance < amount)
    {
      ret = -3;
      goto out;
    }
  a->balance -= amount;
out:
  pthread_mutex_unlock (&a->lock);
  return ret;
}
