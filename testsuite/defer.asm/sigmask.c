/* A signal mask blocked for the duration of a function and restored on
   every return: the saved mask is a local the deferred call reads.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le update_state update_state_twin 2 } } */
/* { dg-final { scan-function-not update_state "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only update_state "defer_bits" "optimized" } } */
#include <signal.h>
#include <stddef.h>
#include <defer.h>

struct state { int version; int items; };
int apply (struct state *, int);

int
update_state (struct state *st, int delta)
{
  sigset_t all, old;
  sigfillset (&all);
  pthread_sigmask (SIG_BLOCK, &all, &old);
  defer pthread_sigmask (SIG_SETMASK, &old, NULL);
  if (delta == 0)
    return st->version;
  if (apply (st, delta) < 0)
    return -1;
  return ++st->version;
}

int
update_state_twin (struct state *st, int delta)
{
  sigset_t all, old;
  int ret;
  sigfillset (&all);
  pthread_sigmask (SIG_BLOCK, &all, &old);
  if (delta == 0)
    ret = st->version;
  else if (apply (st, delta) < 0)
    ret = -1;
  else
    ret = ++st->version;
  pthread_sigmask (SIG_SETMASK, &old, NULL);
  return ret;
}
