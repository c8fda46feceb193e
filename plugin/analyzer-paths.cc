/* analyzer-paths.cc -- the IPA passes "defer_analyzer_hide_eh" and
   "defer_analyzer_show_eh", run just before and just after GCC's
   -fanalyzer: the analyzer checks C code on the paths C without
   exceptions has, never on an exception path.

   The plugin turns on -fexceptions so that a panic, a C++ exception or a
   cancellation runs pending defers (SPEC O3).  Every call that may throw
   inside a function with defers (or cleanup attributes) then has an EH
   edge to a landing pad, and the analyzer reports what is not there:
   - GCC 11 to 15 follow that edge as an ordinary one, after the call has
     produced its result: in 12 to 15 `out = fopen (...)' "throws" with a
     FILE open that nothing names any more, and every second resource of
     a function is reported leaked (`__attribute__ ((cleanup))' under
     -fexceptions has the same false positive);
   - GCC 16 lets every call not marked nothrow throw, by its own model:
     it reports leaks on those paths in plain C functions of the file, and
     "use of uninitialized value" at landing pads, whose PHIs of deferBits
     constants it does not evaluate on exception paths.
   What the user wants checked is the C program: the paths its `goto
   cleanup' twin has, compiled without the plugin.

   So, for the analyzer only, the first pass hides the exception paths of
   the functions concerned -- flags their EH edges EDGE_ABNORMAL, which
   the analyzer does not follow (it models setjmp/longjmp itself), or, for
   GCC 16, marks their calls nothrow (gcc-common.h,
   DEFER_ANALYZER_THROWS_FROM_CALLS) -- and the second undoes exactly
   those changes.  Nothing else runs between them and the analyzer
   changes no IL, so the passes after them see what they would have seen
   (defer.analyzer/unwinding-kept.c: a panic still runs the defers).  The
   deferred statements are checked on the normal exits, where lower.cc
   puts their other copy; a real leak is still found.

   Which functions: those with the plugin's landing pads, and every
   function when it is the plugin that turned -fexceptions on, so that
   functions without defers are checked as without the plugin.  */

#include "defer-plugin.h"
#include "cgraph.h"

namespace {

/* What "defer_analyzer_hide_eh" changed, for its twin to change back:
   the EH edges it flagged abnormal, the calls it marked nothrow.  */
static vec<edge> hidden_edges;
static vec<gcall *> hidden_calls;

static bool
hide_eh_p (function *fun)
{
  return (defer_opts.exceptions_from_plugin
	  || defer_function_marked_p (fun->decl, DEFER_FN_LANDING_PADS));
}

const pass_data pass_data_defer_analyzer_hide_eh =
{
  IPA_PASS,			/* type */
  "defer_analyzer_hide_eh",	/* name */
  OPTGROUP_NONE,		/* optinfo_flags */
  TV_NONE,			/* tv_id */
  0,				/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0				/* todo_flags_finish */
};

const pass_data pass_data_defer_analyzer_show_eh =
{
  IPA_PASS,			/* type */
  "defer_analyzer_show_eh",	/* name */
  OPTGROUP_NONE,		/* optinfo_flags */
  TV_NONE,			/* tv_id */
  0,				/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0				/* todo_flags_finish */
};

/* IPA_PASS, as "analyzer" itself is, so that both run exactly where it
   does: at compile time, or at link time under -flto.  One class for
   the two: HIDE says which.  */

class pass_defer_analyzer_eh : public ipa_opt_pass_d
{
public:
  pass_defer_analyzer_eh (const pass_data &data, gcc::context *ctxt,
			  bool hide)
    : ipa_opt_pass_d (data, ctxt,
		      NULL,	/* generate_summary */
		      NULL,	/* write_summary */
		      NULL,	/* read_summary */
		      NULL,	/* write_optimization_summary */
		      NULL,	/* read_optimization_summary */
		      NULL,	/* stmt_fixup */
		      0,	/* function_transform_todo_flags_start */
		      NULL,	/* function_transform */
		      NULL),	/* variable_transform */
      m_hide (hide)
  {}

  virtual bool gate (function *) { return flag_analyzer != 0; }
  virtual unsigned int execute (function *);

private:
  bool m_hide;
};

/* Hide FUN's exception paths from the analyzer.  */

static void
hide_exception_paths (function *fun)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      if (DEFER_ANALYZER_THROWS_FROM_CALLS)
	{
	  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	       gsi_next (&gsi))
	    {
	      gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	      if (call && !gimple_call_nothrow_p (call))
		{
		  gimple_call_set_nothrow (call, true);
		  hidden_calls.safe_push (call);
		}
	    }
	  continue;
	}
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if ((e->flags & EDGE_EH) && !(e->flags & EDGE_ABNORMAL))
	  {
	    e->flags |= EDGE_ABNORMAL;
	    hidden_edges.safe_push (e);
	  }
    }
}

/* Before the analyzer: hide the exception paths of the functions
   concerned.  */

static void
hide_all (void)
{
  gcc_checking_assert (hidden_edges.is_empty () && hidden_calls.is_empty ());
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    {
      /* At link time (-flto) the analyzer reads the bodies in first
	 thing; so must its guard.  */
      if (in_lto_p)
	node->get_untransformed_body ();
      function *fun = node->get_fun ();
      if (fun && fun->cfg && hide_eh_p (fun))
	hide_exception_paths (fun);
    }
}

/* After it: undo exactly what hide_all did.  */

static void
show_all (void)
{
  unsigned i;
  edge e;
  FOR_EACH_VEC_ELT (hidden_edges, i, e)
    {
      gcc_checking_assert ((e->flags & (EDGE_EH | EDGE_ABNORMAL))
			   == (EDGE_EH | EDGE_ABNORMAL));
      e->flags &= ~EDGE_ABNORMAL;
    }
  gcall *call;
  FOR_EACH_VEC_ELT (hidden_calls, i, call)
    {
      gcc_checking_assert (gimple_call_nothrow_p (call));
      gimple_call_set_nothrow (call, false);
    }
  hidden_edges.release ();
  hidden_calls.release ();
}

unsigned int
pass_defer_analyzer_eh::execute (function *)
{
  if (m_hide)
    hide_all ();
  else
    show_all ();
  return 0;
}

} // anon namespace

opt_pass *
defer_make_analyzer_hide_eh_pass (gcc::context *ctxt)
{
  return new pass_defer_analyzer_eh (pass_data_defer_analyzer_hide_eh, ctxt,
				     true);
}

opt_pass *
defer_make_analyzer_show_eh_pass (gcc::context *ctxt)
{
  return new pass_defer_analyzer_eh (pass_data_defer_analyzer_show_eh, ctxt,
				     false);
}
