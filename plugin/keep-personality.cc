/* keep-personality.cc -- the GIMPLE pass "defer_personality": a function
   whose defers have landing pads must not be inlined into a caller built
   without -fexceptions.

   Inlined there, the landing pads are dropped with the caller's lack of
   unwind data, and a panic, C++ exception or cancellation then passes
   through without running the deferred statements, or recovering.  Within
   one file every function has the plugin's -fexceptions, so this only
   happens at link time, with -flto and a file built without the plugin.

   GCC's inliner refuses exactly that -- callee built with -fexceptions,
   caller without -- but only when the callee has an EH personality
   (ipa-inline.cc, can_inline_edge_by_limits_p), and it gives one only to
   functions whose regions need the language's routine (try/catch,
   exception specifications): cleanups, which is all defers are, do with
   any, so a C function keeps none and pass_cleanup_eh even clears one set
   early.  This pass, after that first "ehcleanup", gives the functions
   the plugin marked (gimple-pass.cc, DEFER_FN_LANDING_PADS) that still have
   landing pads the personality their unwind data names anyway
   (__gcc_personality_v0), so it is streamed with them into the LTO
   bytecode and the inliner sees it.  The generated code is the same.

   Cost: such a function is not inlined into a C++ caller at link time
   either (the inliner also refuses different personalities).  */

#include "defer-plugin.h"
#include "except.h"

namespace {

const pass_data pass_data_defer_personality =
{
  GIMPLE_PASS,		/* type */
  "defer_personality",	/* name */
  OPTGROUP_NONE,	/* optinfo_flags */
  TV_NONE,		/* tv_id */
  PROP_gimple_leh,	/* properties_required */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0			/* todo_flags_finish */
};

class pass_defer_personality : public gimple_opt_pass
{
public:
  pass_defer_personality (gcc::context *ctxt)
    : gimple_opt_pass (pass_data_defer_personality, ctxt)
  {}

  virtual bool gate (function *fun)
  {
    return (flag_exceptions && fun
	    && defer_function_marked_p (fun->decl, DEFER_FN_LANDING_PADS));
  }

  virtual unsigned int execute (function *fun)
  {
    if (!DECL_FUNCTION_PERSONALITY (fun->decl)
	&& fun->eh
	&& function_needs_eh_personality (fun) != eh_personality_none)
      DECL_FUNCTION_PERSONALITY (fun->decl) = lang_hooks.eh_personality ();
    return 0;
  }
};

} // anon namespace

opt_pass *
defer_make_personality_pass (gcc::context *ctxt)
{
  return new pass_defer_personality (ctxt);
}
