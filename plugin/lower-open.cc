/* lower-open.cc -- open-coded lowering of a function's defers (SPEC O1, O3).

   For a function with defer sites 0 .. n-1 (source order), none of them
   in a loop, the body

     { decls; BODY }		where BODY holds `defer S_k' at site k

   becomes

     { decls;
       try
	 {
	   BODY, where site k is now:  captures_k; __gcc_defer_arm (k);
	 }
       finally EH_ELSE (RUN, __gcc_defer_unwind ())
     }

   RUN is G (n - 1); ...; G (0) with

     G (k) = if (__gcc_defer_armed (k)) { __gcc_defer_disarm (k); S_k; }

   Source order is execution order: no site can be reached twice, and
   without backward jumps one site can only be reached after the sites
   before it.  So running the armed sites from k = n - 1 down runs them
   in reverse order of arming, which is Go's LIFO.  GCC's try/finally
   lowering (tree-eh.cc) routes every `return' (its value already
   computed, S5) and the fall off the end through RUN.

   The EH arm, __gcc_defer_unwind (), stands for the landing pad's code;
   the GIMPLE pass "defer" (unwind-path.cc) builds it, because it holds a
   second copy of RUN and only GIMPLE can be copied with its labels and
   local declarations remapped.  Without -fexceptions nothing unwinds
   through the function and the finally part is RUN alone.

   Putting the outermost block's variables outside the try keeps them
   alive (no clobber) until the deferred statements have run.  */

#include "defer-plugin.h"

/* Return the guarded statement G (K) for SITE.  */

static tree
build_guarded_run (struct defer_site *site)
{
  location_t loc = site->loc;
  tree armed = defer_build_marker (DEFER_MARKER_ARMED, site->index, loc);
  tree cond = build2_loc (loc, NE_EXPR, boolean_type_node, armed,
			  build_int_cst (defer_bits_type (), 0));
  tree run = alloc_stmt_list ();
  append_to_statement_list_force (
    defer_build_marker (DEFER_MARKER_DISARM, site->index, loc), &run);
  append_to_statement_list_force (site->stmt, &run);
  tree guard = build3_loc (loc, COND_EXPR, void_type_node, cond, run,
			   build_empty_stmt (loc));
  TREE_SIDE_EFFECTS (guard) = 1;
  return guard;
}

/* RUN: every site's G (k), last site first.  */

static tree
build_run (struct defer_function *fn)
{
  tree run = alloc_stmt_list ();
  for (unsigned i = fn->sites.length (); i-- > 0;)
    append_to_statement_list_force (build_guarded_run (&fn->sites[i]), &run);
  return run;
}

/* Lower every site of FN, which have all been checked and none of which
   is in a loop.  */

void
defer_lower_open_coded (struct defer_function *fn)
{
  tree bind = fn->bind;

  /* A function that can recover returns defer_result after the panic
     (S7), so its returns go through the result variable too.  */
  bool returns_value = !VOID_TYPE_P (TREE_TYPE (TREE_TYPE (fn->fndecl)));
  if (fn->recovers && returns_value)
    defer_new_result_var (fn);

  hash_set<tree> fn_scope;
  for (tree v = BIND_EXPR_VARS (bind); v; v = DECL_CHAIN (v))
    fn_scope.add (v);
  if (fn->result)
    fn_scope.add (fn->result);

  /* At each site: evaluate what S3/S4 evaluate now, then arm it.  */
  bool ok = true;
  for (unsigned i = 0; i < fn->sites.length (); i++)
    {
      defer_site *site = &fn->sites[i];
      tree pre = defer_capture_operands (fn, site, &fn_scope);
      if (!pre)
	{
	  ok = false;
	  continue;
	}
      append_to_statement_list_force (
	defer_build_marker (DEFER_MARKER_ARM, site->index, site->loc), &pre);
      *site->slot = pre;
    }
  if (!ok)
    return;

  /* The gimplifier drops an EH_ELSE with an empty arm, so without
     -fexceptions the finally part is plain RUN.  */
  location_t loc = fn->sites[0].loc;
  tree finally = build_run (fn);
  if (flag_exceptions)
    {
      /* The EH arm: the landing pad's code, and, when a deferred
	 statement can recover, what to do then: return.  */
      tree eh = alloc_stmt_list ();
      append_to_statement_list_force (
	defer_build_marker (DEFER_MARKER_UNWIND, 0, loc), &eh);
      if (fn->recovers)
	{
	  tree ret = NULL_TREE;
	  if (returns_value)
	    {
	      tree res = DECL_RESULT (fn->fndecl);
	      ret = build2 (MODIFY_EXPR, TREE_TYPE (res), res, fn->result);
	      TREE_SIDE_EFFECTS (ret) = 1;
	    }
	  append_to_statement_list_force (
	    build1_loc (loc, RETURN_EXPR, void_type_node, ret), &eh);
	}
      finally = build2 (EH_ELSE_EXPR, void_type_node, finally, eh);
      TREE_SIDE_EFFECTS (finally) = 1;
    }
  /* With defer_result, returns store into it and leave through the
     finally part to `return defer_result;' after it.  */
  tree tail = NULL_TREE;
  if (fn->result)
    tail = defer_route_returns (fn, &BIND_EXPR_BODY (bind));

  tree body = build2_loc (loc, TRY_FINALLY_EXPR, void_type_node,
			  BIND_EXPR_BODY (bind), finally);
  TREE_SIDE_EFFECTS (body) = 1;
  if (fn->result)
    {
      /* Go's named results start at zero.  */
      tree list = alloc_stmt_list ();
      tree zero = build2 (MODIFY_EXPR, TREE_TYPE (fn->result), fn->result,
			  build_zero_cst (TREE_TYPE (fn->result)));
      TREE_SIDE_EFFECTS (zero) = 1;
      append_to_statement_list_force (zero, &list);
      append_to_statement_list_force (body, &list);
      append_to_statement_list_force (tail, &list);
      body = list;
      DECL_CHAIN (fn->result) = fn->new_vars;
      fn->new_vars = fn->result;
    }
  BIND_EXPR_BODY (bind) = body;

  /* The temporaries live in the outermost block, beside the variables
     they copy, so they too survive until the finally part has run.  */
  if (fn->new_vars)
    {
      tree last = fn->new_vars;
      while (DECL_CHAIN (last))
	last = DECL_CHAIN (last);
      DECL_CHAIN (last) = BIND_EXPR_VARS (bind);
      BIND_EXPR_VARS (bind) = fn->new_vars;
    }

  for (unsigned i = 0; i < fn->sites.length (); i++)
    defer_report_site (&fn->sites[i]);
}
