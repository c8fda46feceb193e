/* capture.cc -- what a defer statement evaluates when it is reached.

   Call form (`defer f (a, b);', SPEC S3): the function designator and the
   arguments are evaluated at the defer statement, left to right, into
   temporaries that live until the function returns; the call at exit uses
   the temporaries.

   Block form (any other statement, S4): the statement is evaluated at
   exit and sees the function's variables as they are then.  A variable
   whose lifetime ends before the function returns -- declared in an inner
   block, not in the function's outermost block -- is copied when the defer
   statement is reached, and the statement reads the copy.  */

#include "defer-plugin.h"

/* Return a new function-scope temporary of TYPE for FN.  */

static tree
new_capture_var (struct defer_function *fn, tree type, location_t loc)
{
  tree var = defer_new_temp (fn, TYPE_MAIN_VARIANT (type), "defer_capture",
			     loc);
  /* Read only under its site's armed bit, which is set after the copy;
     the landing pad's loop hides that from -Wmaybe-uninitialized.  */
  defer_suppress_warning (var, OPT_Wmaybe_uninitialized);
  defer_suppress_warning (var, OPT_Wuninitialized);
  return var;
}

/* Append `VAR = VALUE' to *PRE.  */

static void
append_copy (tree *pre, tree var, tree value, location_t loc)
{
  append_to_statement_list_force (defer_build_set (var, value, loc), pre);
}

/* Whether T has the same value at the function's exit as now.  */

static bool
invariant_operand_p (tree t)
{
  return TREE_CONSTANT (t) && !TREE_SIDE_EFFECTS (t);
}

/* Whether VAR, a variable of FN, dies before FN returns: it is declared
   in an inner block (FN_SCOPE holds the outermost block's variables).  */

static bool
dies_before_exit_p (struct defer_function *fn, hash_set<tree> *fn_scope,
		    tree var)
{
  return (VAR_P (var)
	  && !TREE_STATIC (var)
	  && !DECL_EXTERNAL (var)
	  && !DECL_HAS_VALUE_EXPR_P (var)
	  && DECL_CONTEXT (var) == fn->fndecl
	  && !fn_scope->contains (var));
}

struct dangling_state
{
  struct defer_function *fn;
  struct defer_site *site;
  hash_set<tree> *fn_scope;
  tree arg;
};

/* S13: an address, taken by a call-form operand, of an object that dies
   before the deferred call runs.  A pointer value held in such a
   variable is not one (the value is copied); nor is what a call made at
   the defer statement does with an address, nor a compound literal of
   the call's own arguments (its object is made a temporary of the
   function: unwrap_compound_literals).  */

static tree
find_dangling_r (tree *tp, int *walk_subtrees, void *data)
{
  dangling_state *st = (dangling_state *) data;
  tree t = *tp;
  if (TYPE_P (t) || TREE_CODE (t) == CALL_EXPR
      || TREE_CODE (t) == COMPOUND_LITERAL_EXPR)
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (TREE_CODE (t) != ADDR_EXPR)
    return NULL_TREE;
  tree base = get_base_address (TREE_OPERAND (t, 0));
  if (!base || !dies_before_exit_p (st->fn, st->fn_scope, base))
    return NULL_TREE;
  location_t loc = EXPR_LOC_OR_LOC (st->arg, st->site->loc);
  if (warning_at (loc, 0, "deferred call takes the address of %qD, which "
		  "dies before the call runs", base))
    inform (DECL_SOURCE_LOCATION (base), "%qD is declared in an inner "
	    "block and its lifetime ends there; the block form "
	    "%<defer { ... }%> copies it at the defer statement", base);
  return t;			/* One warning per operand.  */
}

static void
warn_dangling (struct defer_function *fn, struct defer_site *site,
	       hash_set<tree> *fn_scope, tree arg)
{
  dangling_state st;
  st.fn = fn;
  st.site = site;
  st.fn_scope = fn_scope;
  st.arg = arg;
  walk_tree_without_duplicates (&arg, find_dangling_r, &st);
}

/* Call form: replace the operands of CALL with temporaries set in *PRE.  */

static bool
capture_call (struct defer_function *fn, struct defer_site *site,
	      hash_set<tree> *fn_scope, tree call, tree *pre)
{
  tree callee = CALL_EXPR_FN (call);
  if (!(TREE_CODE (callee) == ADDR_EXPR
	&& TREE_CODE (TREE_OPERAND (callee, 0)) == FUNCTION_DECL))
    {
      warn_dangling (fn, site, fn_scope, callee);
      tree var = new_capture_var (fn, TREE_TYPE (callee), site->loc);
      append_copy (pre, var, callee, site->loc);
      CALL_EXPR_FN (call) = var;
    }
  for (int i = 0; i < call_expr_nargs (call); i++)
    {
      tree arg = CALL_EXPR_ARG (call, i);
      if (invariant_operand_p (arg))
	continue;
      if (variably_modified_type_p (TREE_TYPE (arg), NULL_TREE))
	{
	  error_at (EXPR_LOC_OR_LOC (arg, site->loc),
		    "argument %d of a deferred call has variably modified "
		    "type %qT", i + 1, TREE_TYPE (arg));
	  inform (site->loc, "in the call deferred here; convert it to a "
		  "pointer to the element type");
	  return false;
	}
      warn_dangling (fn, site, fn_scope, arg);
      tree var = new_capture_var (fn, TREE_TYPE (arg), site->loc);
      append_copy (pre, var, arg, site->loc);
      CALL_EXPR_ARG (call, i) = var;
    }
  return true;
}

/* State for block-form capture.  */
struct block_state
{
  struct defer_function *fn;
  struct defer_site *site;
  hash_set<tree> *fn_scope;	/* Variables that live until exit.  */
  hash_set<tree> *own;		/* Variables the statement declares.  */
  hash_map<tree, tree> *copies;	/* Short-lived variable -> its copy.  */
  tree *pre;
  bool ok;
};

static tree
collect_own_r (tree *tp, int *walk_subtrees, void *data)
{
  hash_set<tree> *own = (hash_set<tree> *) data;
  if (TREE_CODE (*tp) == BIND_EXPR)
    for (tree v = BIND_EXPR_VARS (*tp); v; v = DECL_CHAIN (v))
      own->add (v);
  else if (TREE_CODE (*tp) == DECL_EXPR)
    own->add (DECL_EXPR_DECL (*tp));
  else if (TYPE_P (*tp))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* Whether VAR, used in SITE's statement, must be copied at the defer.  */

static bool
short_lived_p (tree var, block_state *st)
{
  return (dies_before_exit_p (st->fn, st->fn_scope, var)
	  && !st->own->contains (var));
}

static tree
capture_block_r (tree *tp, int *walk_subtrees, void *data)
{
  block_state *st = (block_state *) data;
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (!short_lived_p (t, st))
    return NULL_TREE;

  bool existed;
  tree &copy = st->copies->get_or_insert (t, &existed);
  if (!existed)
    {
      if (variably_modified_type_p (TREE_TYPE (t), NULL_TREE))
	{
	  error_at (st->site->loc, "deferred statement uses %qD, which has "
		    "variably modified type %qT", t, TREE_TYPE (t));
	  inform (DECL_SOURCE_LOCATION (t), "%qD is declared in an inner "
		  "block, so the deferred statement would need a copy of it; "
		  "declare it in the outermost block of the function, or pass a "
		  "pointer to its first element", t);
	  st->ok = false;
	  copy = t;
	  return NULL_TREE;
	}
      /* S14 for an inner block: the copy is made before the cleanup
	 runs at the block's end, and the statement reads it after.  */
      if (lookup_attribute ("cleanup", DECL_ATTRIBUTES (t))
	  && warning_at (st->site->loc, 0, "deferred statement uses %qD, "
			 "whose cleanup runs when its block ends, before "
			 "the deferred statement", t))
	inform (DECL_SOURCE_LOCATION (t), "%qD is declared in an inner "
		"block; declare it in the outermost block of the function, "
		"where its cleanup runs after the deferred statements "
		"established after it", t);
      copy = new_capture_var (st->fn, TREE_TYPE (t), st->site->loc);
      append_copy (st->pre, copy, t, st->site->loc);
    }
  *tp = copy;
  return NULL_TREE;
}

/* Rewrite SITE's statement so that everything S3/S4 evaluate at the defer
   statement is evaluated by the returned statement list, to be placed
   where the defer statement stood.  FN_SCOPE holds the variables of the
   function's outermost block.  Returns NULL_TREE after an error.  */

tree
defer_capture_operands (struct defer_function *fn, struct defer_site *site,
			hash_set<tree> *fn_scope)
{
  tree pre = alloc_stmt_list ();
  if (!site->block_form)
    {
      tree call = *defer_single_call (&site->stmt);
      return capture_call (fn, site, fn_scope, call, &pre) ? pre : NULL_TREE;
    }

  hash_set<tree> own;
  hash_map<tree, tree> copies;
  walk_tree_without_duplicates (&site->stmt, collect_own_r, &own);
  block_state st;
  st.fn = fn;
  st.site = site;
  st.fn_scope = fn_scope;
  st.own = &own;
  st.copies = &copies;
  st.pre = &pre;
  st.ok = true;
  /* No visited set: a variable used twice is one tree reached through two
     operand slots, and each slot must be rewritten.  */
  walk_tree (&site->stmt, capture_block_r, &st, NULL);
  return st.ok ? pre : NULL_TREE;
}
