/* strategy.cc -- the one place that decides how each defer site of a
   function is lowered.

   A site written with <defer.h>'s `defer' is function-scoped (SPEC S1):
   every function-scoped site of a function gets the same strategy, so
   that one last-in-first-out order holds across all of them:

   - DEFER_OPEN_CODED (lower-open.cc) when no site can be reached twice
     in one call: a deferBits word, a bit per site, tests at the exits
     (SPEC O1; Go 1.14's open-coded defers);
   - DEFER_RECORDS (lower-runtime.cc) when some site can: in a loop, or
     reached again by a backward goto, a nested function's non-local
     goto, a computed goto or a setjmp (recognize.cc says which).  Each
     reaching pushes a libdefer record, and every site of the function
     becomes one (SPEC O2; Go's deferproc, which Go also falls back to
     for the whole function).

   A site written with TS 25755's `_Defer' is block-scoped (T2) and gets

   - DEFER_BLOCK_SCOPED (lower-block.cc): a try/finally over the rest of
     its block, the cleanup attribute's shape, whatever the other sites
     are -- a loop or a backward goto only leaves and re-enters its
     scope, so nothing needs recording (T6, T7).

   The rest of the plugin asks a site's strategy, never whether a site is
   in a loop.  */

#include "defer-plugin.h"

void
defer_choose_strategy (struct defer_function *fn)
{
  fn->strategy = DEFER_OPEN_CODED;
  fn->loop_site = NULL;
  for (unsigned i = 0; i < fn->sites.length (); i++)
    if (fn->sites[i].loop != DEFER_NOT_IN_LOOP)
      {
	fn->strategy = DEFER_RECORDS;
	fn->loop_site = &fn->sites[i];
	break;
      }
  for (unsigned i = 0; i < fn->sites.length (); i++)
    fn->sites[i].strategy = fn->strategy;
  for (unsigned i = 0; i < fn->block_sites.length (); i++)
    fn->block_sites[i].strategy = DEFER_BLOCK_SCOPED;
  gcc_checking_assert ((fn->strategy == DEFER_RECORDS)
		       == (fn->loop_site != NULL));
}

const char *
defer_strategy_name (enum defer_strategy strategy)
{
  switch (strategy)
    {
    case DEFER_OPEN_CODED: return "open-coded";
    case DEFER_RECORDS: return "runtime";
    case DEFER_BLOCK_SCOPED: return "block-scoped";
    }
  gcc_unreachable ();
}
