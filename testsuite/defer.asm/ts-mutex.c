/* T6: a _Defer costs what the same block written with the cleanup
   attribute costs -- the same try/finally -- and stays within the
   hand-written goto cleanup: a mutex held across early returns.  */
/* { dg-do compile } */
/* { dg-final { function-insns-le ts_withdraw ts_withdraw_cleanup 0 } } */
/* { dg-final { function-insns-le ts_withdraw_cleanup ts_withdraw 0 } } */
/* { dg-final { function-insns-le ts_withdraw ts_withdraw_twin 2 } } */
/* { dg-final { scan-function-not ts_withdraw "call\t(defer_|__gcc_defer)" } } */
#include <pthread.h>

struct account { pthread_mutex_t lock; long balance; int frozen; };

int
ts_withdraw (struct account *a, long amount)
{
  pthread_mutex_lock (&a->lock);
  _Defer pthread_mutex_unlock (&a->lock);
  if (a->frozen)
    return -1;
  if (amount <= 0)
    return -2;
  if (a->balance < amount)
    return -3;
  a->balance -= amount;
  return 0;
}

static void
unlock_cleanup (pthread_mutex_t **m)
{
  pthread_mutex_unlock (*m);
}

int
ts_withdraw_cleanup (struct account *a, long amount)
{
  pthread_mutex_lock (&a->lock);
  pthread_mutex_t *held __attribute__ ((cleanup (unlock_cleanup))) = &a->lock;
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
ts_withdraw_twin (struct account *a, long amount)
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
