/* result.cc -- defer_result (SPEC S5): the value about to be returned.

   <defer.h> defines

     typedef struct __gcc_defer_outside_function __gcc_defer_return_type;
     #define defer_result \
       (*(__gcc_defer_return_type *) __gcc_defer_result_addr ())

   C has no way to name the return type of the function being parsed, so
   at PLUGIN_START_PARSE_FUNCTION the plugin sets the typedef's type to
   that return type (an incomplete struct whose name explains the problem
   for a void function), and restores it at PLUGIN_FINISH_PARSE_FUNCTION;
   the front end type-checks `defer_result = x' against the right type.

   At PRE_GENERICIZE each `*(T *) __gcc_defer_result_addr ()' inside a
   deferred statement becomes the function's result variable, zero at
   entry, and every `return e;' becomes `result = e; goto ret;' with

     ret: return result;

   after the try/finally, so the deferred statements run between the two
   and can read and change what is returned.  A use outside a deferred
   statement is an error.  */

#include "defer-plugin.h"

/* The typedef, and the types it had in the functions being parsed (GNU C
   nests function definitions).  The saved types are reachable from the
   enclosing functions' declarations.  */
static tree return_typedef;
static vec<tree> saved_types;

/* The incomplete struct defer_result has in a void function.  It is
   referenced by nothing of GCC's between two void functions, so the
   garbage collector must be told about it (defer_gc_roots), or a later
   function's defer_result gets whatever node reused its memory.  */
static tree void_result_type;

const struct ggc_root_tab defer_gc_roots[] = {
  { &return_typedef, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  { &void_result_type, 1, sizeof (tree), &gt_ggc_mx_tree_node,
    &gt_pch_nx_tree_node },
  LAST_GGC_ROOT_TAB
};

static tree
void_function_type (void)
{
  if (!void_result_type)
    {
      void_result_type = make_node (RECORD_TYPE);
      TYPE_NAME (void_result_type)
	= get_identifier ("defer_result_in_a_void_function");
    }
  return void_result_type;
}

/* Whether <defer.h> is included (its typedef has been seen).  */

bool
defer_header_included (void)
{
  return return_typedef != NULL_TREE;
}

void
defer_result_start_function (tree fndecl)
{
  if (!return_typedef)
    {
      tree td = lookup_name (get_identifier ("__gcc_defer_return_type"));
      if (!td || TREE_CODE (td) != TYPE_DECL)
	return;			/* <defer.h> is not included.  */
      return_typedef = td;
    }
  if (!fndecl || TREE_CODE (fndecl) != FUNCTION_DECL)
    return;
  tree rt = TREE_TYPE (TREE_TYPE (fndecl));
  saved_types.safe_push (TREE_TYPE (return_typedef));
  TREE_TYPE (return_typedef) = VOID_TYPE_P (rt) ? void_function_type ()
						 : TYPE_MAIN_VARIANT (rt);
}

void
defer_result_finish_function (tree)
{
  if (return_typedef && !saved_types.is_empty ())
    TREE_TYPE (return_typedef) = saved_types.pop ();
}

/* Whether T is the call __gcc_defer_result_addr ().  */

static bool
result_addr_call_p (tree t)
{
  if (TREE_CODE (t) != CALL_EXPR)
    return false;
  tree fn = get_callee_fndecl (t);
  return (fn && DECL_NAME (fn)
	  && id_equal (DECL_NAME (fn), "__gcc_defer_result_addr"));
}

/* If T is `*(T *) __gcc_defer_result_addr ()' (defer_result), return
   true; `&defer_result' folds to the bare call, which
   result_addr_call_p recognises.  */

static bool
result_use_p (tree t)
{
  if (TREE_CODE (t) != INDIRECT_REF)
    return false;
  tree call = TREE_OPERAND (t, 0);
  STRIP_NOPS (call);
  if (TREE_CODE (call) == SAVE_EXPR)
    {
      call = TREE_OPERAND (call, 0);
      STRIP_NOPS (call);
    }
  return result_addr_call_p (call);
}

struct bind_state
{
  struct defer_function *fn;
  hash_set<tree> *bodies;	/* The deferred statements, to skip.  */
  bool ok;
};

/* Outside the deferred statements: any use is an error.  */

static tree
find_misplaced_r (tree *tp, int *walk_subtrees, void *data)
{
  bind_state *st = (bind_state *) data;
  tree t = *tp;
  if (TYPE_P (t) || st->bodies->contains (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (result_use_p (t) || result_addr_call_p (t))
    {
      location_t loc = defer_user_location (EXPR_LOCATION (t));
      error_at (loc, "%<defer_result%> outside a deferred statement");
      inform (loc, "it names the value being returned, which exists only "
	      "while deferred statements run; use %<return%> here");
      st->ok = false;
      /* `defer_result' is `*__gcc_defer_result_addr ()': its operand
	 is a use too, and would be reported a second time.  */
      *walk_subtrees = 0;
    }
  return NULL_TREE;
}

/* Inside a deferred statement: each use becomes the result variable.  */

static tree
bind_use_r (tree *tp, int *walk_subtrees, void *data)
{
  bind_state *st = (bind_state *) data;
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (result_use_p (t))
    *tp = defer_new_result_var (st->fn);
  else if (result_addr_call_p (t))
    {
      tree var = defer_new_result_var (st->fn);
      TREE_ADDRESSABLE (var) = 1;
      *tp = fold_convert (TREE_TYPE (t), build_fold_addr_expr (var));
    }
  else
    return NULL_TREE;
  *walk_subtrees = 0;
  return NULL_TREE;
}

/* FN's result variable, made on first use.  */

tree
defer_new_result_var (struct defer_function *fn)
{
  if (!fn->result)
    {
      tree type = TYPE_MAIN_VARIANT (TREE_TYPE (TREE_TYPE (fn->fndecl)));
      tree var = build_decl (DECL_SOURCE_LOCATION (fn->fndecl), VAR_DECL,
			     get_identifier ("defer_result"), type);
      DECL_ARTIFICIAL (var) = 1;
      DECL_CONTEXT (var) = fn->fndecl;
      fn->result = var;
    }
  return fn->result;
}

/* Replace the uses of defer_result in FN's deferred statements by FN's
   result variable; report uses elsewhere.  Return false after errors.  */

bool
defer_bind_result (struct defer_function *fn)
{
  if (!return_typedef)
    return true;		/* <defer.h> is not included.  */
  hash_set<tree> bodies;
  defer_collect_bodies (fn, &bodies);
  bind_state st;
  st.fn = fn;
  st.bodies = &bodies;
  st.ok = true;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fn->fndecl),
				find_misplaced_r, &st);
  if (!st.ok)
    return false;
  /* No visited set: every slot holding a use must be rewritten.  */
  for (unsigned i = 0; i < fn->sites.length (); i++)
    walk_tree (&fn->sites[i].stmt, bind_use_r, &st, NULL);
  return true;
}

struct return_state
{
  tree var;
  tree label;
};

static tree
route_return_r (tree *tp, int *walk_subtrees, void *data)
{
  return_state *st = (return_state *) data;
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (TREE_CODE (t) != RETURN_EXPR)
    return NULL_TREE;
  location_t loc = EXPR_LOCATION (t);
  tree list = alloc_stmt_list ();
  tree op = TREE_OPERAND (t, 0);
  if (op && (TREE_CODE (op) == MODIFY_EXPR || TREE_CODE (op) == INIT_EXPR))
    {
      tree set = build2_loc (loc, MODIFY_EXPR, TREE_TYPE (st->var), st->var,
			     TREE_OPERAND (op, 1));
      TREE_SIDE_EFFECTS (set) = 1;
      append_to_statement_list_force (set, &list);
    }
  else if (op)
    append_to_statement_list_force (op, &list);
  append_to_statement_list_force (build1_loc (loc, GOTO_EXPR, void_type_node,
					      st->label), &list);
  *tp = list;
  *walk_subtrees = 0;
  return NULL_TREE;
}

/* Make every `return e;' of BODY go through FN's result variable: return
   the statements to put after the try/finally that BODY will be.  */

tree
defer_route_returns (struct defer_function *fn, tree *body)
{
  location_t loc = DECL_SOURCE_LOCATION (fn->fndecl);
  return_state st;
  st.var = fn->result;
  st.label = create_artificial_label (loc);
  DECL_CONTEXT (st.label) = fn->fndecl;
  walk_tree (body, route_return_r, &st, NULL);

  tree tail = alloc_stmt_list ();
  append_to_statement_list_force (build1 (LABEL_EXPR, void_type_node,
					  st.label), &tail);
  tree res = DECL_RESULT (fn->fndecl);
  tree ret = build2 (MODIFY_EXPR, TREE_TYPE (res), res, fn->result);
  TREE_SIDE_EFFECTS (ret) = 1;
  append_to_statement_list_force (build1 (RETURN_EXPR, void_type_node, ret),
				  &tail);
  return tail;
}
