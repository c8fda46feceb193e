/* Coroutines whose stacks are carved out of a live frame of the thread's
   own stack (SPEC S11): switching between them never costs a live frame
   its pending records, whichever way the stacks lie in memory, and the
   frame that holds the stacks keeps its own.  libdefer may reclaim only
   frames it can prove dead.  Not run under valgrind: memcheck cannot
   follow stacks nested in the thread's own stack (it takes the other
   coroutine's stack for memory below the stack pointer).  */
/* { dg-do run } */
#include <stdio.h>
#include <ucontext.h>
#include <defer.h>
#include "defer-test.h"

/* Under valgrind (make check-valgrind), tell it where the coroutine
   stacks are, or it takes each switch for a huge frame and the memory
   of the other stack for dead.  */
#if __has_include (<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#else
#define VALGRIND_STACK_REGISTER(lo, hi) 0
#define VALGRIND_STACK_DEREGISTER(id) ((void) (id))
#endif

#define STACK_BYTES (64 * 1024)

static ucontext_t main_ctx, co_ctx[2];
static int done[2];

static void
coroutine (int id)
{
  for (int i = 0; i < 3; i++)
    {
      defer trace_int (id * 10 + i);
      /* Yield with a record pushed: the other coroutine pushes its
	 first record (a new frame) while this frame is live.  */
      swapcontext (&co_ctx[id], &main_ctx);
    }
  trace (id ? "b-end" : "a-end");
  done[id] = 1;
}

/* getcontext returns twice: kept out of run_pair, whose variables would
   be "clobbered" (-Wclobbered).  */
static void __attribute__ ((noinline))
prepare (int id, char *stack)
{
  done[id] = 0;
  getcontext (&co_ctx[id]);
  co_ctx[id].uc_stack.ss_sp = stack;
  co_ctx[id].uc_stack.ss_size = STACK_BYTES;
  co_ctx[id].uc_link = &main_ctx;
  makecontext (&co_ctx[id], (void (*) (void)) coroutine, 1, id);
}

/* The two stacks are arrays in this frame, which has records of its own.
   FIRST is the index of the array coroutine a runs on.  */
static void __attribute__ ((noinline))
run_pair (int first)
{
  char stacks[2][STACK_BYTES] __attribute__ ((aligned (16)));
  for (int i = 0; i < 2; i++)
    defer trace (i ? "pair-1" : "pair-0");

  prepare (0, stacks[first]);
  prepare (1, stacks[1 - first]);
  /* Round robin: a, b, a, b, ... until both have returned.  */
  while (!done[0] || !done[1])
    for (int id = 0; id < 2; id++)
      if (!done[id])
	swapcontext (&main_ctx, &co_ctx[id]);
  trace ("switched");
}

int
main (void)
{
  run_pair (0);
  expect_trace ("a-end 2 1 0 b-end 12 11 10 switched pair-1 pair-0");
  run_pair (1);
  expect_trace ("a-end 2 1 0 b-end 12 11 10 switched pair-1 pair-0");
  return trace_status ();
}
/* { dg-output "ok \[0-9\]+\nok \[0-9\]+\n" } */
