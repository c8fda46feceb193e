/* panic-calls.cc -- a direct call defer_panic (MESSAGE) starts the
   unwinding from its caller's frame.

   libgcc's unwinder interprets the CFI of every frame a panic passes,
   about 70 ns each (docs/benchmarks.md), and defer_panic's own frame is
   one of them although it has nothing to unwind.  Each direct call, in
   every function of a unit that includes <defer.h>, becomes

     __defer_panic_start (MESSAGE), __defer_panic_failed ()

   libdefer's __defer_panic_start tail-calls _Unwind_ForcedUnwind, so the
   first frame the unwinder walks is the caller's; it returns only if the
   unwinder failed (a frame with broken unwind data), and then
   __defer_panic_failed says so and exits, as defer_panic does.  A call
   through a pointer, or from a unit built without the plugin, reaches
   defer_panic itself, which stays a frame of its own.

   This runs after the function's defers were lowered: the argument of a
   deferred `defer_panic (m)' was captured at its defer statement, and
   the rewrite changes which functions are called, never when M is
   evaluated.  defer_panicf keeps its frame: its va_list lives in it.

   Not under -fanalyzer: the analyzer would follow the path on which
   __defer_panic_start returns into __defer_panic_failed and report every
   resource still open there as leaked, where the call of the noreturn
   defer_panic, whose exception paths analyzer-paths.cc hides, ends the
   path.  A build for analysis keeps defer_panic's frame.  (A unit
   compiled without -fanalyzer and analyzed at link time, -flto
   -fanalyzer on the link only, draws those reports.)  */

#include "defer-plugin.h"

static bool
direct_panic_call_p (tree t)
{
  if (TREE_CODE (t) != CALL_EXPR || call_expr_nargs (t) != 1)
    return false;
  tree fn = get_callee_fndecl (t);
  return fn && DECL_NAME (fn) && id_equal (DECL_NAME (fn), "defer_panic")
	 && DECL_FILE_SCOPE_P (fn) && TREE_PUBLIC (fn)
	 && TREE_THIS_VOLATILE (fn);
}

/* libdefer's __defer_panic_start: it unwinds (not nothrow), and the
   landing pads it runs are this unit's code (not leaf).  */

static tree
panic_start_decl (void)
{
  tree type = build_function_type_list (void_type_node, const_ptr_type_node,
					NULL_TREE);
  tree decl = defer_libdefer_fn ("__defer_panic_start", type);
  TREE_NOTHROW (decl) = 0;
  DECL_ATTRIBUTES (decl) = NULL_TREE;
  return decl;
}

static tree
panic_failed_decl (void)
{
  tree type = build_function_type_list (void_type_node, NULL_TREE);
  tree decl = defer_libdefer_fn ("__defer_panic_failed", type);
  TREE_THIS_VOLATILE (decl) = 1;
  DECL_ATTRIBUTES (decl) = tree_cons (get_identifier ("cold"), NULL_TREE,
				      DECL_ATTRIBUTES (decl));
  return decl;
}

static tree
rewrite_r (tree *tp, int *walk_subtrees, void *)
{
  tree t = *tp;
  if (TYPE_P (t))
    *walk_subtrees = 0;
  else if (direct_panic_call_p (t))
    {
      location_t loc = EXPR_LOCATION (t);
      tree start = build_call_expr_loc (loc, panic_start_decl (), 1,
					CALL_EXPR_ARG (t, 0));
      tree failed = build_call_expr_loc (loc, panic_failed_decl (), 0);
      *tp = build2_loc (loc, COMPOUND_EXPR, void_type_node, start, failed);
      TREE_SIDE_EFFECTS (*tp) = 1;
      /* The message may hold a statement expression with a panic of its
	 own: walking on visits the new calls' argument.  */
    }
  return NULL_TREE;
}

/* Rewrite FNDECL's direct defer_panic calls.  */

void
defer_rewrite_panic_calls (tree fndecl)
{
  gcc_checking_assert (DECL_SAVED_TREE (fndecl));
  if (flag_analyzer)
    return;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl), rewrite_r, NULL);
}
