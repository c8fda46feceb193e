/* lto-throw.cc -- the IPA pass "defer_lto_throw", run by lto1 when the
   plugin is on the link line: under -flto, a function built without
   -fexceptions may still be unwound through.

   GCC takes a function compiled without -fexceptions as unable to throw:
   pass_nothrow marks it TREE_NOTHROW when its file is compiled, and
   ipa-pure-const propagates that at link time.  Across files that is
   wrong for a panic, a C++ exception or a cancellation that passes
   through such a function (x86-64 gives every function unwind tables, so
   it is unwound through all the same, as without -flto:
   defer.interop/plain-frames.c).  A caller with defers that sees the
   flag drops its landing pad for the call, and the panic then skips the
   caller's deferred statements and its recovery.

   So, in a link where some function has the plugin's landing pads
   (the pass "defer" marks them), this pass, after "pure-const",
   clears the flag of every function built without -fexceptions and
   gives it -fexceptions, so that its own compilation at the end of the
   link (ltrans) does not find it nothrow again.  Those functions have no
   EH regions, so their code does not change; their callers keep their
   landing pads.  Without the plugin on the link line nothing of this
   runs: README's "LTO" says so.  */

#include "defer-plugin.h"
#include "cgraph.h"

namespace {

/* FN's optimization options with -fexceptions on.  */

static tree
with_exceptions (tree fn)
{
  struct gcc_options opts = global_options;
  struct gcc_options opts_set = global_options_set;
  tree node = DECL_FUNCTION_SPECIFIC_OPTIMIZATION (fn);
  if (!node)
    node = optimization_default_node;
  cl_optimization_restore (&opts, &opts_set, TREE_OPTIMIZATION (node));
  opts.x_flag_exceptions = 1;
  return build_optimization_node (&opts, &opts_set);
}

const pass_data pass_data_defer_lto_throw =
{
  IPA_PASS,		/* type */
  "defer_lto_throw",	/* name */
  OPTGROUP_NONE,	/* optinfo_flags */
  TV_NONE,		/* tv_id */
  0,			/* properties_required */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0			/* todo_flags_finish */
};

class pass_defer_lto_throw : public ipa_opt_pass_d
{
public:
  pass_defer_lto_throw (gcc::context *ctxt)
    : ipa_opt_pass_d (pass_data_defer_lto_throw, ctxt,
		      NULL,	/* generate_summary */
		      NULL,	/* write_summary */
		      NULL,	/* read_summary */
		      NULL,	/* write_optimization_summary */
		      NULL,	/* read_optimization_summary */
		      NULL,	/* stmt_fixup */
		      0,	/* function_transform_todo_flags_start */
		      NULL,	/* function_transform */
		      NULL)	/* variable_transform */
  {}

  virtual bool gate (function *) { return in_lto_p; }
  virtual unsigned int execute (function *);
};

unsigned int
pass_defer_lto_throw::execute (function *)
{
  cgraph_node *node;
  bool any_pads = false;
  FOR_EACH_DEFINED_FUNCTION (node)
    if (defer_function_marked_p (node->decl, DEFER_FN_LANDING_PADS))
      {
	any_pads = true;
	break;
      }
  if (!any_pads)
    return 0;

  FOR_EACH_DEFINED_FUNCTION (node)
    {
      if (node->alias || opt_for_fn (node->decl, flag_exceptions))
	continue;
      DECL_FUNCTION_SPECIFIC_OPTIMIZATION (node->decl)
	= with_exceptions (node->decl);
      if (TREE_NOTHROW (node->decl))
	{
	  node->set_nothrow_flag (false);
	  for (cgraph_edge *e = node->callers; e; e = e->next_caller)
	    e->can_throw_external = true;
	}
      gcc_checking_assert (opt_for_fn (node->decl, flag_exceptions));
    }
  return 0;
}

} // anon namespace

opt_pass *
defer_make_lto_throw_pass (gcc::context *ctxt)
{
  return new pass_defer_lto_throw (ctxt);
}
