/* lower-block.cc -- ISO C TS 25755's block-scoped `_Defer' (SPEC §3b):
   where a `_Defer' becomes a cleanup.

   token-form.cc defines

     #define _Defer \
       for (; __gcc_defer_block_site (); \
	    __extension__ ({ typedef int __gcc_defer_scope \
			       __attribute__ ((__gcc_defer_scope__)); }))

   (through its callback, which first rejects a declaration or a labeled
   statement), and this file declares __gcc_defer_block_site in every
   translation unit, so that no header is needed.

   The deferred block S runs when control leaves the block that encloses
   the defer statement, whichever way it leaves -- what the C front end's
   push_cleanup (c-typeck.cc) arranges for a cleanup attribute: it adds

     TRY_FINALLY_EXPR <rest of the block, cleanup>

   to the statement list being built and makes the try's own list the
   one the parser adds the rest of the block to.  That must happen while
   the block is parsed: afterwards a block without declarations has no
   trace left, the front end splices its statements into the enclosing
   list.  The attribute's handler (block_scope_attribute) is how the
   plugin gets control at that moment: the parser reads the for
   statement's third expression after its own statement list and the
   statement expression's are pushed, so the list below them is the one
   the for statement is added to.  The handler puts the try/finally
   there, with a placeholder for S, and slips the try's list in beneath
   the for statement's, which the for statement is then added to; when
   the block ends, the front end pops it with the block's list, as it
   does push_cleanup's.

   At PRE_GENERICIZE each `_Defer S' is a FOR_STMT whose condition calls
   __gcc_defer_block_site, first in the body of its try/finally, and the
   rest of that body is the defer's scope (diagnose-block.cc).  Lowering
   moves S into the finally part and drops the FOR_STMT.  GCC's own
   try/finally lowering (tree-eh.cc) then runs S on every exit from the
   scope -- falling off the end, return, goto, break, continue -- and in
   the landing pad when the stack unwinds (a C++ exception, pthread_exit,
   defer_panic; T5), and it copies S for each, so the code is the code of
   the cleanup attribute (T6).  */

#include "defer-plugin.h"

/* __gcc_defer_block_site, or NULL when the compiler has its own _Defer.  */
static tree block_marker_decl;

const struct ggc_root_tab defer_block_gc_roots[] = {
  { &block_marker_decl, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  LAST_GGC_ROOT_TAB
};

/* Whether the C front end has `_Defer' as a keyword of its own: then the
   plugin steps aside (T1).  No GCC up to 16 has it.  */

bool
defer_native_defer_p (void)
{
  tree id = get_identifier ("_Defer");
  return C_IS_RESERVED_WORD (id);
}

/* PLUGIN_START_UNIT: declare the marker function, before the first line
   is parsed and also for a preprocessed input, which has `_Defer'
   expanded already.  Like a builtin in the implementation's namespace,
   it is visible without a declaration.  */

void
defer_block_start_unit (void *, void *)
{
  if (block_marker_decl || defer_native_defer_p ())
    return;
  tree type = build_function_type_list (integer_type_node, NULL_TREE);
  block_marker_decl = add_builtin_function ("__gcc_defer_block_site", type,
					    0, NOT_BUILT_IN, NULL, NULL_TREE);
  TREE_NOTHROW (block_marker_decl) = 1;
}

/* Whether some `_Defer' was parsed in this translation unit: the front
   end marks the marker function used when it is called.  */

bool
defer_block_sites_possible (void)
{
  return block_marker_decl && TREE_USED (block_marker_decl);
}

/* Return true if T is a `_Defer' statement as token-form.cc expands it.  */

bool
defer_block_marker_p (tree t)
{
  if (!block_marker_decl || TREE_CODE (t) != FOR_STMT || !FOR_COND (t))
    return false;
  tree cond = FOR_COND (t);
  if (TREE_CODE (cond) == NE_EXPR && integer_zerop (TREE_OPERAND (cond, 1)))
    cond = TREE_OPERAND (cond, 0);
  return (TREE_CODE (cond) == CALL_EXPR
	  && get_callee_fndecl (cond) == block_marker_decl);
}

/* The gcc_defer_scope attribute's handler: the for statement of a
   `_Defer' is being parsed; put the try/finally of its scope in place
   (see above).  The statement list stack is then

     ..., LIST, the for statement's list, the statement expression's

   and the for statement will be added to LIST when it is complete.  */

static tree
block_scope_attribute (tree *node, tree name, tree, int, bool *no_add_attrs)
{
  *no_add_attrs = true;
  unsigned n = building_stmt_list_p () ? stmt_list_stack->length () : 0;
  if (TREE_CODE (*node) != TYPE_DECL || current_function_decl == NULL_TREE
      || n < 3 || !STATEMENT_LIST_STMT_EXPR (cur_stmt_list))
    {
      warning (OPT_Wattributes, "%qE attribute is for %<_Defer%> only",
	       name);
      return NULL_TREE;
    }
  TREE_USED (*node) = 1;
  tree list = (*stmt_list_stack)[n - 3];
  gcc_checking_assert (TREE_CODE (list) == STATEMENT_LIST);
  tree rest = alloc_stmt_list ();
  STATEMENT_LIST_STMT_EXPR (rest) = STATEMENT_LIST_STMT_EXPR (list);
  tree placeholder = build_call_expr (block_marker_decl, 0);
  tree cleanup = build2 (TRY_FINALLY_EXPR, void_type_node, rest,
			 placeholder);
  SET_EXPR_LOCATION (cleanup, DECL_SOURCE_LOCATION (*node));
  TREE_SIDE_EFFECTS (cleanup) = 1;
  append_to_statement_list_force (cleanup, &list);
  vec_safe_insert (stmt_list_stack, n - 2, rest);
  return NULL_TREE;
}

static struct attribute_spec gcc_defer_scope_attribute = {
  "gcc_defer_scope", 0, 0, true, false, false, false,
  block_scope_attribute, NULL
};

void
defer_block_register_attributes (void)
{
  register_attribute (&gcc_defer_scope_attribute);
}

/* If T is the try/finally of a `_Defer', return the slot of its marker
   FOR_STMT: the first statement of its body, once a BIND_EXPR without
   variables (the front end's, inside a statement expression) is looked
   through.  Otherwise, or after errors left something else, NULL.  */

static tree *
cleanup_marker_slot (tree t)
{
  if (TREE_CODE (t) != TRY_FINALLY_EXPR
      || TREE_CODE (TREE_OPERAND (t, 1)) != CALL_EXPR
      || get_callee_fndecl (TREE_OPERAND (t, 1)) != block_marker_decl)
    return NULL;
  tree *slot = &TREE_OPERAND (t, 0);
  for (;;)
    {
      if (TREE_CODE (*slot) == STATEMENT_LIST)
	{
	  tree_stmt_iterator i = tsi_start (*slot);
	  while (!tsi_end_p (i) && TREE_CODE (tsi_stmt (i)) == DEBUG_BEGIN_STMT)
	    tsi_next (&i);
	  if (tsi_end_p (i))
	    return NULL;
	  slot = tsi_stmt_ptr (i);
	}
      else if (TREE_CODE (*slot) == BIND_EXPR && !BIND_EXPR_VARS (*slot))
	slot = &BIND_EXPR_BODY (*slot);
      else
	break;
    }
  return defer_block_marker_p (*slot) ? slot : NULL;
}

/* Finding the sites, in source order (a site before the sites of its S).  */

static tree
find_r (tree *tp, int *walk_subtrees, void *data)
{
  struct defer_function *fn = (struct defer_function *) data;
  tree t = *tp;
  if (TYPE_P (t))
    *walk_subtrees = 0;
  else if (tree *slot = cleanup_marker_slot (t))
    {
      tree marker = *slot;
      defer_site site;
      memset (&site, 0, sizeof site);
      site.slot = slot;
      site.stmt = FOR_BODY (marker);
      site.loc = defer_user_location (EXPR_LOCATION (marker));
      site.index = fn->block_sites.length ();
      site.block_cleanup = t;
      fn->block_sites.safe_push (site);
    }
  return NULL_TREE;
}

void
defer_find_block_sites (struct defer_function *fn)
{
  if (!defer_block_sites_possible ())
    return;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fn->fndecl), find_r, fn);
}

/* Whether T, inside some S, names an automatic variable of FNDECL of
   the type TYPE.  */

struct result_var_state
{
  tree fndecl;
  tree type;
};

static tree
names_result_type_var_r (tree *tp, int *walk_subtrees, void *data)
{
  result_var_state *st = (result_var_state *) data;
  tree t = *tp;
  if (TYPE_P (t))
    *walk_subtrees = 0;
  else if (VAR_P (t) && auto_var_in_fn_p (t, st->fndecl)
	   && TYPE_MAIN_VARIANT (TREE_TYPE (t)) == st->type)
    return t;
  return NULL_TREE;
}

/* T3: `return e;' evaluates e before S runs, so S cannot change what is
   returned.  GCC evaluates it into the result or a temporary before the
   finally part -- but for a structure returned in memory, the named
   return value pass (tree-nrv.cc) then makes the variable returned and
   the result one object when every return returns that variable, and a
   deferred block assigning the variable would change the value returned
   (every GCC 11-16 at -Os, defer.ts/values.c; Clang 22 makes the same
   mistake through its return value elision).  That pass leaves alone a
   result whose address is taken: say so, only where some S names a
   variable of the result's type.  */

static void
protect_return_value (struct defer_function *fn)
{
  tree result = DECL_RESULT (fn->fndecl);
  if (!result || VOID_TYPE_P (TREE_TYPE (result))
      || !aggregate_value_p (result, fn->fndecl))
    return;
  result_var_state st;
  st.fndecl = fn->fndecl;
  st.type = TYPE_MAIN_VARIANT (TREE_TYPE (result));
  for (unsigned i = 0; i < fn->block_sites.length (); i++)
    if (walk_tree_without_duplicates (&fn->block_sites[i].stmt,
				      names_result_type_var_r, &st))
      {
	TREE_ADDRESSABLE (result) = 1;
	return;
      }
}

/* S as the finally part of its try/finally.  GCC copies a finally for
   each exit and for the landing pad (tree-eh.cc), and a copy that begins
   with a label -- `_Defer { again: ...; goto again; }' -- crashes GCC 11
   in the cfg pass (-O1 and above, a call in the scope) and GCC 16 in
   local-fnsummary (S calling its own function); a cleanup attribute's
   finally is a call, so no C program gave them one before
   (defer.ts/labels-in-s.c, found by make fuzz-ts).  Such an S goes behind
   the initialisation of an artificial variable nothing reads: the finally
   begins with an assignment, which the first dead code pass deletes, so
   the code is S's own.  */

static tree
find_label_r (tree *tp, int *walk_subtrees, void *)
{
  if (TREE_CODE (*tp) == LABEL_EXPR)
    return *tp;
  if (TYPE_P (*tp))
    *walk_subtrees = 0;
  return NULL_TREE;
}

static tree
finally_body (tree s, location_t loc)
{
  if (!walk_tree_without_duplicates (&s, find_label_r, NULL))
    return s;
  tree var = build_decl (loc, VAR_DECL, NULL_TREE, integer_type_node);
  DECL_ARTIFICIAL (var) = 1;
  DECL_IGNORED_P (var) = 1;
  DECL_CONTEXT (var) = current_function_decl;
  DECL_INITIAL (var) = integer_zero_node;
  tree list = alloc_stmt_list ();
  append_to_statement_list (build1_loc (loc, DECL_EXPR, void_type_node,
					var), &list);
  append_to_statement_list (s, &list);
  return build3_loc (loc, BIND_EXPR, void_type_node, var, list, NULL_TREE);
}

/* Lower every block-scoped site of FN (they have been checked): S
   becomes the finally part of its try/finally, and the marker goes.  */

void
defer_lower_block_sites (struct defer_function *fn)
{
  if (fn->block_sites.is_empty ())
    return;
  protect_return_value (fn);
  for (unsigned i = 0; i < fn->block_sites.length (); i++)
    {
      defer_site *site = &fn->block_sites[i];
      gcc_checking_assert (site->strategy == DEFER_BLOCK_SCOPED
			   && cleanup_marker_slot (site->block_cleanup)
			      == site->slot);
      defer_report_site (fn, site);
      tree body = site->stmt;
      if (!body)
	body = build_empty_stmt (site->loc);
      TREE_OPERAND (site->block_cleanup, 1)
	= finally_body (body, site->loc);
      *site->slot = build_empty_stmt (site->loc);
    }
}
