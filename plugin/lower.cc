/* lower.cc -- lowering a function's defers: what both strategies share.

   For a function with defer sites 0 .. n-1 (source order) the body

     { decls; BODY }		where BODY holds `defer S_k' at site k

   becomes

     { decls; ENTRY; PREFIX;
       try
	 {
	   REST, where site k is now:  captures_k; SITE_k
	 }
       finally EH_ELSE (RUN, __gcc_defer_unwind (how))
     }

   where, under -fanalyzer, PREFIX is BODY's statements before the first
   that holds a site (or a label) and REST the others (split_off_prefix);
   otherwise PREFIX is empty and REST is BODY.

   captures_k evaluates what S3/S4 evaluate at the defer statement
   (capture.cc).  SITE_k, RUN and ENTRY depend on the strategy:

   - open-coded (lower-open.cc), when no site can be reached twice:
     SITE_k sets bit k of the deferBits words and RUN tests each bit,
     last site first (O1);
   - runtime (lower-runtime.cc), when some site is in a loop: SITE_k
     pushes a libdefer record holding the captured values, RUN pops and
     runs the frame's records, newest first, and ENTRY clears the frame's
     record chain (O2).  Every site of such a function is a record, so
     that one LIFO order holds across all of them (Go does the same).

   GCC's try/finally lowering (tree-eh.cc) routes every `return' (its
   value already computed, S5) and the fall off the end through RUN.  The
   EH arm, __gcc_defer_unwind (), stands for the landing pad's code; the
   GIMPLE pass "defer" (unwind-path.cc) builds it, because it holds a
   second copy of RUN and only GIMPLE can be copied with its labels and
   local declarations remapped.  Without -fexceptions nothing unwinds
   through the function and the finally part is RUN alone.

   Putting the outermost block's variables outside the try keeps them
   alive (no clobber) until the deferred statements have run.  */

#include "defer-plugin.h"

/* Return a new function-scope temporary of TYPE for FN, named after NAME
   in dumps.  It goes into the function's outermost block with the other
   variables lowering creates.  */

tree
defer_new_temp (struct defer_function *fn, tree type, const char *name,
		location_t loc)
{
  tree var = build_decl (loc, VAR_DECL, create_tmp_var_name (name), type);
  DECL_ARTIFICIAL (var) = 1;
  DECL_IGNORED_P (var) = 1;
  DECL_CONTEXT (var) = fn->fndecl;
  DECL_CHAIN (var) = fn->new_vars;
  fn->new_vars = var;
  return var;
}

/* `LHS = RHS' at LOC, as a statement.  */

tree
defer_build_set (tree lhs, tree rhs, location_t loc)
{
  tree set = build2_loc (loc, MODIFY_EXPR, TREE_TYPE (lhs), lhs, rhs);
  TREE_SIDE_EFFECTS (set) = 1;
  return set;
}

/* The EH arm: the landing pad's code, and, when a deferred statement can
   recover, what to do then: return defer_result.  */

static tree
build_eh_arm (struct defer_function *fn, location_t loc)
{
  tree eh = alloc_stmt_list ();
  append_to_statement_list_force (
    defer_build_marker (DEFER_MARKER_UNWIND,
			(fn->strategy == DEFER_RECORDS
			 ? DEFER_UNWIND_RECORDS : DEFER_UNWIND_BITS),
			loc), &eh);
  if (fn->recovers)
    {
      tree ret = NULL_TREE;
      if (fn->result)
	ret = defer_build_set (DECL_RESULT (fn->fndecl), fn->result,
				 UNKNOWN_LOCATION);
      append_to_statement_list_force (
	build1_loc (loc, RETURN_EXPR, void_type_node, ret), &eh);
    }
  return eh;
}

/* Whether *TP is where a site of FN (the function in DATA) stands, or a
   label: the try cannot start after either.  */

static tree
site_or_label_r (tree *tp, int *walk_subtrees, void *data)
{
  struct defer_function *fn = (struct defer_function *) data;
  if (TYPE_P (*tp))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (TREE_CODE (*tp) == LABEL_EXPR)
    return *tp;
  /* walk_tree does not look into a declaration's initializer, which can
     hold a statement expression, and so a site.  A variably modified
     type has size expressions; stop there rather than look.  */
  if (TREE_CODE (*tp) == DECL_EXPR && VAR_P (DECL_EXPR_DECL (*tp)))
    {
      tree decl = DECL_EXPR_DECL (*tp);
      if (variably_modified_type_p (TREE_TYPE (decl), NULL_TREE))
	return *tp;
      if (DECL_INITIAL (decl))
	if (tree found = walk_tree (&DECL_INITIAL (decl), site_or_label_r,
				    data, NULL))
	  return found;
    }
  for (unsigned i = 0; i < fn->sites.length (); i++)
    if (tp == fn->sites[i].slot || *tp == *fn->sites[i].slot)
      return *tp;
  return NULL_TREE;
}

/* Under -fanalyzer, move the statements of *BODY, FN's outermost
   statement list, that come before the first one holding a defer site
   into a list of their own and return it (NULL_TREE if there are none):
   the try then starts where the first defer can be reached.  Nothing can
   be armed before it, so those statements need no landing pad.  A leak
   the analyzer finds on a return before the first defer is then reported
   at that return, as in plain C, not at the deferred statements the
   return would otherwise run through (GCC 11 at every level, 12 to 15
   at -O0: defer.analyzer/one-resource.c).  A label stops the prefix: a
   jump to it from inside the try would leave the try and run the
   deferred statements.

   Only under -fanalyzer: compiled, the shape with the prefix outside the
   try lays out worse -- its returns get epilogues of their own, 6 to 8
   instructions more on 3 of make asm-compare's pairs at -O2 -- and the
   landing pad of a call before the first defer is folded away anyway.
   What the program does is the same either way.  (The analyzer sees no
   exception path at all: analyzer-paths.cc.)  */

static tree
split_off_prefix (struct defer_function *fn, tree *body)
{
  if (!flag_analyzer || TREE_CODE (*body) != STATEMENT_LIST)
    return NULL_TREE;
  tree prefix = NULL_TREE;
  tree_stmt_iterator i = tsi_start (*body);
  while (!tsi_end_p (i))
    {
      if (walk_tree_without_duplicates (tsi_stmt_ptr (i), site_or_label_r,
					fn))
	break;
      if (!prefix)
	prefix = alloc_stmt_list ();
      append_to_statement_list_force (tsi_stmt (i), &prefix);
      tsi_delink (&i);
    }
  /* Some statement holds the first site.  */
  gcc_checking_assert (!tsi_end_p (i));
  return prefix;
}

/* Lower every site of FN, which have all been checked.  */

void
defer_lower_function (struct defer_function *fn)
{
  tree bind = fn->bind;
  gcc_checking_assert (fn->strategy != DEFER_BLOCK_SCOPED);

  /* A function that can recover returns defer_result after the panic
     (S7), so its returns go through the result variable too.  */
  bool returns_value = !VOID_TYPE_P (TREE_TYPE (TREE_TYPE (fn->fndecl)));
  if (fn->recovers && returns_value)
    defer_new_result_var (fn);
  if (fn->strategy == DEFER_RECORDS && !defer_runtime_start (fn))
    return;

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
      if (pre)
	switch (fn->strategy)
	  {
	  case DEFER_OPEN_CODED:
	    pre = defer_open_site (fn, site, pre);
	    break;
	  case DEFER_RECORDS:
	    pre = defer_runtime_site (fn, site, pre);
	    break;
	  case DEFER_BLOCK_SCOPED:
	    gcc_unreachable ();
	  }
      if (!pre)
	{
	  ok = false;
	  continue;
	}
      if (site->cleanup_rest)
	append_to_statement_list_force (site->cleanup_rest, &pre);
      *site->slot = pre;
    }
  if (!ok)
    return;

  /* The gimplifier drops an EH_ELSE with an empty arm, so without
     -fexceptions the finally part is plain RUN.  */
  location_t loc = fn->sites[0].loc;
  tree finally = NULL_TREE;
  switch (fn->strategy)
    {
    case DEFER_OPEN_CODED:
      finally = defer_open_run (fn);
      break;
    case DEFER_RECORDS:
      finally = defer_runtime_run (fn);
      break;
    case DEFER_BLOCK_SCOPED:
      gcc_unreachable ();
    }
  if (flag_exceptions)
    {
      finally = build2 (EH_ELSE_EXPR, void_type_node, finally,
			build_eh_arm (fn, loc));
      TREE_SIDE_EFFECTS (finally) = 1;
    }
  /* With defer_result, returns store into it and leave through the
     finally part to `return defer_result;' after it.  */
  tree tail = NULL_TREE;
  if (fn->result)
    tail = defer_route_returns (fn, &BIND_EXPR_BODY (bind));
  tree prefix = split_off_prefix (fn, &BIND_EXPR_BODY (bind));

  tree body = build2_loc (loc, TRY_FINALLY_EXPR, void_type_node,
			  BIND_EXPR_BODY (bind), finally);
  TREE_SIDE_EFFECTS (body) = 1;

  /* ENTRY: Go's named results start at zero; a runtime frame starts with
     no records.  */
  tree list = alloc_stmt_list ();
  if (fn->result)
    {
      append_to_statement_list_force (
	defer_build_set (fn->result, build_zero_cst (TREE_TYPE (fn->result)),
			 UNKNOWN_LOCATION),
	&list);
      DECL_CHAIN (fn->result) = fn->new_vars;
      fn->new_vars = fn->result;
    }
  if (fn->frame)
    append_to_statement_list_force (
      defer_build_set (defer_runtime_frame_slot (fn), null_pointer_node,
		       UNKNOWN_LOCATION), &list);
  if (prefix)
    append_to_statement_list_force (prefix, &list);
  append_to_statement_list_force (body, &list);
  if (tail)
    append_to_statement_list_force (tail, &list);
  BIND_EXPR_BODY (bind) = list;

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
    defer_report_site (fn, &fn->sites[i]);
}
