/* report.cc -- -fplugin-arg-defer-report (SPEC O4).

   One note per defer site, at the `defer' keyword, saying how it was
   lowered, so a user can see which sites are free and which use libdefer
   without reading assembly.  A site lowered to a record gets a second
   note saying why: the loop it is in, or the site of its function that
   is in one.  */

#include "defer-plugin.h"

/* Why SITE, itself in a loop, is a record: a note at the loop.  */

static void
report_loop (const struct defer_site *site)
{
  location_t loc = site->loop_loc;
  switch (site->loop)
    {
    case DEFER_IN_FOR:
      inform (loc, "it is in this %<for%> loop: each iteration pushes a "
	      "record, run at function exit");
      break;
    case DEFER_IN_WHILE:
      inform (loc, "it is in this %<while%> loop: each iteration pushes a "
	      "record, run at function exit");
      break;
    case DEFER_IN_DO:
      inform (loc, "it is in this %<do%> loop: each iteration pushes a "
	      "record, run at function exit");
      break;
    case DEFER_IN_GOTO_LOOP:
      inform (loc, "this backward %<goto%> can reach it again: each time "
	      "pushes a record, run at function exit");
      break;
    case DEFER_IN_NONLOCAL_GOTO:
      inform (loc, "this non-local %<goto%> from a nested function can "
	      "reach it again: each time pushes a record, run at function "
	      "exit");
      break;
    case DEFER_IN_COMPUTED_GOTO:
      inform (loc, "this computed %<goto%> can reach it again: each time "
	      "pushes a record, run at function exit");
      break;
    case DEFER_IN_SETJMP_LOOP:
      inform (loc, "a %<longjmp%> to this %<setjmp%> can reach it again: "
	      "each time pushes a record, run at function exit");
      break;
    default:
      gcc_unreachable ();
    }
}

void
defer_report_site (const struct defer_function *fn,
		   const struct defer_site *site)
{
  if (!defer_opts.report || site->cleanup_var)
    return;
  if (site->strategy == DEFER_BLOCK_SCOPED)
    inform (site->loc, "%<_Defer%> %s",
	    defer_strategy_name (site->strategy));
  else if (site->strategy == DEFER_OPEN_CODED)
    inform (site->loc, "defer %s", defer_strategy_name (site->strategy));
  else
    {
      inform (site->loc, "defer %s (in loop)",
	      defer_strategy_name (site->strategy));
      if (site->loop != DEFER_NOT_IN_LOOP)
	report_loop (site);
      else
	inform (fn->loop_site->loc, "this %<defer%> is in a loop, so every "
		"%<defer%> of the function is a record: one LIFO order holds "
		"across them");
    }
}
