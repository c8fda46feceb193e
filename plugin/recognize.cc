/* recognize.cc -- finding the defer statements of a function.

   <defer.h> defines

     #define defer for (; __gcc_defer_site (); )

   where __gcc_defer_site carries the plugin's `gcc_defer' attribute.  At
   PLUGIN_PRE_GENERICIZE the C front end's loops are still C-family trees,
   so each defer statement is a FOR_STMT whose condition calls that
   function and whose body is the deferred statement.  This file lists
   those FOR_STMTs in source order and works out, for each, whether it can
   be reached twice in one call: inside a for/while/do body, between a
   label and a later goto back to it, after a setjmp (a longjmp returns
   there again), or anywhere in a function with a computed goto.  */

#include "defer-plugin.h"

/* If COND is the condition of a defer marker loop -- a call to a function
   with the gcc_defer attribute, possibly compared with zero -- return that
   call, else NULL_TREE.  */

static tree
marker_call (tree cond)
{
  if (TREE_CODE (cond) == NE_EXPR && integer_zerop (TREE_OPERAND (cond, 1)))
    cond = TREE_OPERAND (cond, 0);
  if (TREE_CODE (cond) != CALL_EXPR)
    return NULL_TREE;
  tree callee = get_callee_fndecl (cond);
  if (callee == NULL_TREE
      || !lookup_attribute ("gcc_defer", DECL_ATTRIBUTES (callee)))
    return NULL_TREE;
  return cond;
}

/* Return true if T is a defer statement as <defer.h> expands it.  */

bool
defer_marker_p (tree t)
{
  return (TREE_CODE (t) == FOR_STMT
	  && FOR_COND (t) != NULL_TREE
	  && marker_call (FOR_COND (t)) != NULL_TREE);
}

/* Return true if the defer statement T was written with a brace block.
   The front end folds `{ f (x); }' into the bare call, so only the tokens
   knew; token-form.cc read them and passed the answer as the marker's
   argument (1: a brace followed `defer').  */

static bool
written_with_braces_p (tree t)
{
  tree call = marker_call (FOR_COND (t));
  gcc_checking_assert (call_expr_nargs (call) == 1);
  return call_expr_nargs (call) == 1 && integer_onep (CALL_EXPR_ARG (call, 0));
}

/* LOC is inside the expansion of <defer.h>'s macro; return the place the
   user wrote the macro, so that diagnostics point at the user's line and
   are not silenced when defer.h is installed as a system header.  */

location_t
defer_user_location (location_t loc)
{
  return linemap_resolve_location (line_table, loc,
				   LRK_MACRO_EXPANSION_POINT, NULL);
}

/* If STMT, a deferred statement, is a single function call -- possibly
   cast to void, possibly wrapped with the DEBUG_BEGIN_STMT markers that
   -g adds in front of each statement -- return that CALL_EXPR, through a
   pointer to its slot; otherwise return NULL.  */

tree *
defer_single_call (tree *stmt)
{
  tree *slot = stmt;
  if (*slot && TREE_CODE (*slot) == STATEMENT_LIST)
    {
      tree *only = NULL;
      for (tree_stmt_iterator i = tsi_start (*slot); !tsi_end_p (i);
	   tsi_next (&i))
	{
	  if (TREE_CODE (tsi_stmt (i)) == DEBUG_BEGIN_STMT)
	    continue;
	  if (only)
	    return NULL;
	  only = tsi_stmt_ptr (i);
	}
      if (!only)
	return NULL;
      slot = only;
    }
  while (*slot && CONVERT_EXPR_P (*slot) && VOID_TYPE_P (TREE_TYPE (*slot)))
    slot = &TREE_OPERAND (*slot, 0);
  return *slot && TREE_CODE (*slot) == CALL_EXPR ? slot : NULL;
}

/* A call written without braces whose arguments hold compound literals
   reaches us wrapped in a block that declares the literals' objects.  It
   is still the call form (S12): when *STMT is such a block around a single
   call, replace it with its body.  The objects become the function's
   temporaries when their literals are evaluated at the defer statement
   (gimplify_compound_literal_expr adds an object that no block declares),
   so the block must let go of them.  */

static void
unwrap_compound_literals (tree *stmt)
{
  if (TREE_CODE (*stmt) != BIND_EXPR)
    return;
  for (tree v = BIND_EXPR_VARS (*stmt); v; v = DECL_CHAIN (v))
    if (!VAR_P (v) || DECL_NAME (v) != NULL_TREE || !DECL_ARTIFICIAL (v))
      return;
  if (!defer_single_call (&BIND_EXPR_BODY (*stmt)))
    return;
  tree next;
  for (tree v = BIND_EXPR_VARS (*stmt); v; v = next)
    {
      next = DECL_CHAIN (v);
      DECL_CHAIN (v) = NULL_TREE;
    }
  if (BIND_EXPR_BLOCK (*stmt))
    BLOCK_VARS (BIND_EXPR_BLOCK (*stmt)) = NULL_TREE;
  *stmt = BIND_EXPR_BODY (*stmt);
}

/* A label or goto seen while scanning, for finding backward gotos.  */
struct goto_event
{
  tree label;
  unsigned pos;
  location_t loc;
  bool nonlocal;		/* From a nested function.  */
};

/* A non-local goto's position until the end of the block that defines
   its nested function is reached (scan_r, BIND_EXPR).  */
#define NONLOCAL_PENDING (UINT_MAX - 1)

struct scan_state
{
  struct defer_function *fn;
  hash_set<tree> *visited;
  int loop_depth;
  enum defer_loop_kind loop;
  location_t loop_loc;
  unsigned pos;
  hash_map<tree, unsigned> *label_pos;
  vec<goto_event> gotos;
  location_t computed_goto_loc;
  unsigned setjmp_pos;		/* The first setjmp call, if any, */
  location_t setjmp_loc;	/* is where this says.  */
  hash_set<tree> *cleanups;	/* defer_outer_cleanups.  */
  /* The address of some nested function is taken other than to call
     it: it can be called anywhere, at any time.  */
  bool nested_escape;
};

static tree scan_r (tree *, int *, void *);

struct nonlocal_state
{
  tree parent;
  vec<tree> *gotos;
};

static tree
nonlocal_gotos_r (tree *tp, int *walk_subtrees, void *data)
{
  nonlocal_state *st = (nonlocal_state *) data;
  tree t = *tp;
  if (TREE_CODE (t) == GOTO_EXPR
      && TREE_CODE (GOTO_DESTINATION (t)) == LABEL_DECL
      && DECL_CONTEXT (GOTO_DESTINATION (t)) == st->parent)
    st->gotos->safe_push (t);
  else if (TREE_CODE (t) == DECL_EXPR
	   && TREE_CODE (DECL_EXPR_DECL (t)) == FUNCTION_DECL
	   && DECL_SAVED_TREE (DECL_EXPR_DECL (t)))
    walk_tree_without_duplicates (&DECL_SAVED_TREE (DECL_EXPR_DECL (t)),
				  nonlocal_gotos_r, st);
  else if (TYPE_P (t))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* Whether the address of a nested function is taken in T, the body of
   a function or of a nested one, other than to call it.  */

static tree
nested_address_r (tree *tp, int *walk_subtrees, void *data)
{
  tree t = *tp;
  if (TYPE_P (t))
    *walk_subtrees = 0;
  else if (TREE_CODE (t) == CALL_EXPR)
    {
      /* No CALL_EXPR_FN: an internal function (the sanitizers').  */
      tree fn = CALL_EXPR_FN (t);
      if (fn && !(TREE_CODE (fn) == ADDR_EXPR
		  && TREE_CODE (TREE_OPERAND (fn, 0)) == FUNCTION_DECL))
	if (tree found = walk_tree_without_duplicates (&CALL_EXPR_FN (t),
							nested_address_r,
							data))
	  return found;
      for (int i = 0; i < call_expr_nargs (t); i++)
	if (tree found = walk_tree_without_duplicates (&CALL_EXPR_ARG (t, i),
							nested_address_r,
							data))
	  return found;
      *walk_subtrees = 0;
    }
  else if (TREE_CODE (t) == ADDR_EXPR
	   && TREE_CODE (TREE_OPERAND (t, 0)) == FUNCTION_DECL
	   && decl_function_context (TREE_OPERAND (t, 0)))
    return t;
  else if (TREE_CODE (t) == DECL_EXPR
	   && TREE_CODE (DECL_EXPR_DECL (t)) == FUNCTION_DECL
	   && DECL_SAVED_TREE (DECL_EXPR_DECL (t)))
    {
      if (tree found
	  = walk_tree_without_duplicates (&DECL_SAVED_TREE (DECL_EXPR_DECL (t)),
					  nested_address_r, data))
	return found;
    }
  return NULL_TREE;
}

/* Append to GOTOS the gotos of NESTED, a GNU nested function (and of the
   functions nested in it), to labels of PARENT: non-local gotos, which
   can happen whenever NESTED is called.  */

void
defer_nonlocal_gotos (tree nested, tree parent, vec<tree> *gotos)
{
  if (!DECL_SAVED_TREE (nested))
    return;
  nonlocal_state st;
  st.parent = parent;
  st.gotos = gotos;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (nested), nonlocal_gotos_r,
				&st);
}

/* Scan the operands of loop statement T, whose body runs repeatedly.  */

static void
scan_loop (tree t, enum defer_loop_kind kind, scan_state *st)
{
  enum defer_loop_kind saved_loop = st->loop;
  location_t saved_loc = st->loop_loc;
  if (st->loop_depth++ == 0)
    {
      /* A DO_STMT is located at its body; its condition says more.  */
      location_t loc = EXPR_LOCATION (t);
      if (kind == DEFER_IN_DO && EXPR_HAS_LOCATION (DO_COND (t)))
	loc = EXPR_LOCATION (DO_COND (t));
      st->loop = kind;
      st->loop_loc = defer_user_location (loc);
    }
  /* Every operand: their number differs between GCC versions
     (gcc-common.h), and none but the body can hold a defer.  */
  for (int i = 0; i < TREE_OPERAND_LENGTH (t); i++)
    walk_tree (&TREE_OPERAND (t, i), scan_r, st, st->visited);
  st->loop_depth--;
  st->loop = saved_loop;
  st->loop_loc = saved_loc;
}

static tree
scan_r (tree *tp, int *walk_subtrees, void *data)
{
  scan_state *st = (scan_state *) data;
  tree t = *tp;

  switch (TREE_CODE (t))
    {
    case FOR_STMT:
      if (defer_marker_p (t))
	{
	  defer_site site;
	  memset (&site, 0, sizeof site);
	  site.slot = tp;
	  if (!written_with_braces_p (t))
	    unwrap_compound_literals (&FOR_BODY (t));
	  site.stmt = FOR_BODY (t);
	  site.loc = defer_user_location (EXPR_LOCATION (t));
	  site.index = st->fn->sites.length ();
	  site.pos = st->pos++;
	  site.loop = st->loop_depth ? st->loop : DEFER_NOT_IN_LOOP;
	  site.loop_loc = st->loop_loc;
	  site.block_form = (written_with_braces_p (t)
			     || !defer_single_call (&FOR_BODY (t)));
	  st->fn->sites.safe_push (site);
	  /* A defer inside the deferred statement is diagnosed by
	     diagnose.cc; the body is not searched for more sites.  */
	  *walk_subtrees = 0;
	  return NULL_TREE;
	}
      scan_loop (t, DEFER_IN_FOR, st);
      *walk_subtrees = 0;
      return NULL_TREE;

    case WHILE_STMT:
      scan_loop (t, DEFER_IN_WHILE, st);
      *walk_subtrees = 0;
      return NULL_TREE;

    case DO_STMT:
      scan_loop (t, DEFER_IN_DO, st);
      *walk_subtrees = 0;
      return NULL_TREE;

    case TRY_FINALLY_EXPR:
      if (st->cleanups->contains (t))
	{
	  defer_add_cleanup_site (st->fn, tp, st->pos++,
				  st->loop_depth ? st->loop
				  : DEFER_NOT_IN_LOOP, st->loop_loc);
	  walk_tree (&TREE_OPERAND (t, 0), scan_r, st, st->visited);
	  *walk_subtrees = 0;
	}
      return NULL_TREE;

    case DECL_EXPR:
      /* A non-local goto from a nested function comes back to its label
	 whenever the function is called: while the block that defines it
	 runs, since it can only be called by name there -- a backward goto
	 from the end of that block (S2) -- or at any time if some nested
	 function's address is taken: a goto from the function's end.  */
      if (TREE_CODE (DECL_EXPR_DECL (t)) == FUNCTION_DECL)
	{
	  vec<tree> gotos = vNULL;
	  defer_nonlocal_gotos (DECL_EXPR_DECL (t), st->fn->fndecl, &gotos);
	  for (unsigned i = 0; i < gotos.length (); i++)
	    {
	      goto_event ev;
	      ev.label = GOTO_DESTINATION (gotos[i]);
	      ev.pos = st->nested_escape ? UINT_MAX : NONLOCAL_PENDING;
	      ev.loc = defer_user_location (EXPR_LOCATION (gotos[i]));
	      ev.nonlocal = true;
	      st->gotos.safe_push (ev);
	    }
	  gotos.release ();
	}
      return NULL_TREE;

    case BIND_EXPR:
      {
	/* As walk_tree walks a BIND_EXPR (the initializers, where a
	   setjmp call or a statement expression may be, then the body),
	   then the end of the block.  */
	unsigned first = st->gotos.length ();
	for (tree v = BIND_EXPR_VARS (t); v; v = DECL_CHAIN (v))
	  {
	    walk_tree (&DECL_INITIAL (v), scan_r, st, st->visited);
	    walk_tree (&DECL_SIZE (v), scan_r, st, st->visited);
	    walk_tree (&DECL_SIZE_UNIT (v), scan_r, st, st->visited);
	  }
	walk_tree (&BIND_EXPR_BODY (t), scan_r, st, st->visited);
	for (unsigned i = first; i < st->gotos.length (); i++)
	  if (st->gotos[i].pos == NONLOCAL_PENDING)
	    st->gotos[i].pos = st->pos++;
	*walk_subtrees = 0;
	return NULL_TREE;
      }

    case LABEL_EXPR:
      st->label_pos->put (LABEL_EXPR_LABEL (t), st->pos++);
      return NULL_TREE;

    case GOTO_EXPR:
      if (TREE_CODE (GOTO_DESTINATION (t)) == LABEL_DECL)
	{
	  goto_event ev;
	  ev.label = GOTO_DESTINATION (t);
	  ev.pos = st->pos++;
	  ev.loc = defer_user_location (EXPR_LOCATION (t));
	  ev.nonlocal = false;
	  st->gotos.safe_push (ev);
	}
      else if (st->computed_goto_loc == UNKNOWN_LOCATION)
	st->computed_goto_loc = defer_user_location (EXPR_LOCATION (t));
      return NULL_TREE;

    case CALL_EXPR:
      {
	tree callee = get_callee_fndecl (t);
	if (st->setjmp_loc == UNKNOWN_LOCATION && callee
	    && (setjmp_call_p (callee)
		|| (flags_from_decl_or_type (callee) & ECF_RETURNS_TWICE)))
	  {
	    st->setjmp_pos = st->pos++;
	    st->setjmp_loc = defer_user_location (EXPR_LOCATION (t));
	  }
	return NULL_TREE;
      }

    default:
      if (TYPE_P (t))
	*walk_subtrees = 0;
      return NULL_TREE;
    }
}

/* Mark the sites that a backward goto (one whose label comes earlier in
   the source) can reach again: those between the label and the goto.
   Control only moves backward through such gotos, loop statements and a
   second return from setjmp, so this finds every site that can run
   twice.  */

static void
mark_goto_loops (scan_state *st)
{
  vec<defer_site> &sites = st->fn->sites;
  for (unsigned g = 0; g < st->gotos.length (); g++)
    {
      const goto_event &ev = st->gotos[g];
      unsigned *lpos = st->label_pos->get (ev.label);
      if (!lpos || *lpos > ev.pos)
	continue;
      for (unsigned i = 0; i < sites.length (); i++)
	if (sites[i].loop == DEFER_NOT_IN_LOOP
	    && sites[i].pos > *lpos && sites[i].pos < ev.pos)
	  {
	    sites[i].loop = (ev.nonlocal ? DEFER_IN_NONLOCAL_GOTO
			     : DEFER_IN_GOTO_LOOP);
	    sites[i].loop_loc = ev.loc;
	  }
    }
  if (st->computed_goto_loc != UNKNOWN_LOCATION)
    for (unsigned i = 0; i < sites.length (); i++)
      if (sites[i].loop == DEFER_NOT_IN_LOOP)
	{
	  sites[i].loop = DEFER_IN_COMPUTED_GOTO;
	  sites[i].loop_loc = st->computed_goto_loc;
	}
  if (st->setjmp_loc != UNKNOWN_LOCATION)
    for (unsigned i = 0; i < sites.length (); i++)
      if (sites[i].loop == DEFER_NOT_IN_LOOP && sites[i].pos > st->setjmp_pos)
	{
	  sites[i].loop = DEFER_IN_SETJMP_LOOP;
	  sites[i].loop_loc = st->setjmp_loc;
	}
}

/* Fill FN->sites with the defer statements of FN->fndecl, in source
   order, each with its loop classification.  */

void
defer_find_sites (struct defer_function *fn)
{
  hash_set<tree> visited;
  hash_map<tree, unsigned> label_pos;
  hash_set<tree> cleanups;
  defer_outer_cleanups (fn->fndecl, &cleanups);
  scan_state st;
  memset (&st, 0, sizeof st);
  st.fn = fn;
  st.visited = &visited;
  st.label_pos = &label_pos;
  st.gotos = vNULL;
  st.loop = DEFER_NOT_IN_LOOP;
  st.computed_goto_loc = UNKNOWN_LOCATION;
  st.setjmp_loc = UNKNOWN_LOCATION;
  st.cleanups = &cleanups;
  st.nested_escape
    = walk_tree_without_duplicates (&DECL_SAVED_TREE (fn->fndecl),
				    nested_address_r, NULL) != NULL_TREE;
  walk_tree (&DECL_SAVED_TREE (fn->fndecl), scan_r, &st, &visited);
  for (unsigned i = 0; i < st.gotos.length (); i++)
    if (st.gotos[i].pos == NONLOCAL_PENDING)
      st.gotos[i].pos = UINT_MAX;
  if (!fn->sites.is_empty ())
    mark_goto_loops (&st);
  defer_settle_cleanup_sites (fn);
  st.gotos.release ();
}

/* Add FN's deferred statements to BODIES, for walks that treat code
   inside deferred statements apart from the rest of the function.  */

void
defer_collect_bodies (struct defer_function *fn, hash_set<tree> *bodies)
{
  for (unsigned i = 0; i < fn->sites.length (); i++)
    bodies->add (fn->sites[i].stmt);
}
