/* stale-args.cc -- S15: a call-form operand reassigned after the defer.

   The call form evaluates its callee and arguments at the defer statement
   (S3, as Go does), so in

     defer jv_free (env);
     ...
     env = jv_copy (other);

   the deferred call frees the old value and the new one leaks: porting
   goto-cleanup code, the most frequent silent mistake.  Warn at each
   assignment, after the defer statement in source order, to a variable
   that a call-form site uses as an argument or callee, with a note that
   the block form reads it at exit.

   What counts: a variable an operand reads (`env', `s->buf', `i * 10');
   not one whose address it takes (`&x' is read through at exit).
   An assignment inside the innermost loop around the defer statement is
   not counted -- it prepares the next iteration, whose defer captures the
   new value (`while (p) { defer free (p); p = p->next; }') -- and a site
   that a backward goto or a longjmp reaches again is not watched, for
   the same reason.  Nor are
   assignments inside deferred statements (they run at exit) or nested
   functions.  Source order stands for "on a path to an exit": a
   function's code after a statement is reached after it, but for the
   backward jumps that the innermost-loop rule covers.  */

#include "defer-plugin.h"

struct watched_var
{
  tree var;
  unsigned site;
  tree loop;			/* Innermost loop around the site, or null.  */
  bool warned;
};

struct stale_state
{
  struct defer_function *fn;
  hash_map<tree, unsigned> *site_of;	/* Marker -> site index.  */
  vec<watched_var> watched;
  vec<tree> loops;			/* Loops around the walk, innermost
					   last.  */
  hash_set<tree> *visited;
};

static tree stale_r (tree *, int *, void *);

static void
watch_variable (stale_state *st, tree var, unsigned site)
{
  for (unsigned i = 0; i < st->watched.length (); i++)
    if (st->watched[i].var == var && st->watched[i].site == site)
      return;
  watched_var w;
  w.var = var;
  w.site = site;
  w.loop = st->loops.is_empty () ? NULL_TREE : st->loops.last ();
  w.warned = false;
  st->watched.safe_push (w);
}

struct operand_state
{
  stale_state *st;
  unsigned site;
};

/* The variables an operand reads at the defer statement: not those whose
   address it takes.  */

static tree
operand_vars_r (tree *tp, int *walk_subtrees, void *data)
{
  operand_state *os = (operand_state *) data;
  tree t = *tp;
  if (TYPE_P (t) || TREE_CODE (t) == ADDR_EXPR)
    *walk_subtrees = 0;
  else if (VAR_P (t) || TREE_CODE (t) == PARM_DECL)
    watch_variable (os->st, t, os->site);
  return NULL_TREE;
}

static void
watch (stale_state *st, tree op, unsigned site)
{
  operand_state os;
  os.st = st;
  os.site = site;
  walk_tree_without_duplicates (&op, operand_vars_r, &os);
}

static bool
loop_around_p (stale_state *st, tree loop)
{
  for (unsigned i = 0; i < st->loops.length (); i++)
    if (st->loops[i] == loop)
      return true;
  return false;
}

/* VAR is assigned at T: one warning, with a note at each call-form site
   that uses VAR's earlier value and was not reported yet.  */

static void
assigned (stale_state *st, tree var, tree t)
{
  bool warned = false;
  for (unsigned i = 0; i < st->watched.length (); i++)
    {
      watched_var *w = &st->watched[i];
      if (w->var != var || w->warned
	  || (w->loop && loop_around_p (st, w->loop)))
	continue;
      const defer_site *site = &st->fn->sites[w->site];
      w->warned = true;
      if (!warned)
	{
	  location_t loc = EXPR_LOCATION (t);
	  loc = (loc == UNKNOWN_LOCATION ? site->loc
		 : defer_user_location (loc));
	  warned = true;
	  if (!warning_at (loc, 0, "%qD is assigned after a deferred call "
			   "that uses it", var))
	    return;
	}
      inform (site->loc, "the deferred call uses the value %qD had at "
	      "the defer statement; the block form %<defer { ... }%> reads "
	      "it at exit", var);
    }
}

static tree
stale_r (tree *tp, int *walk_subtrees, void *data)
{
  stale_state *st = (stale_state *) data;
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (unsigned *site = st->site_of->get (t))
    {
      /* Deferred statements run at exit: not searched.  */
      defer_site *s = &st->fn->sites[*site];
      /* A site that a backward goto, a setjmp or a non-local goto
	 reaches again is watched by none: what such a jump reassigns
	 before it is the next time's argument, and the walk does not
	 know where the jump is.  */
      bool reached_again = (s->loop != DEFER_NOT_IN_LOOP
			    && s->loop != DEFER_IN_FOR
			    && s->loop != DEFER_IN_WHILE
			    && s->loop != DEFER_IN_DO);
      if (!s->block_form && !s->cleanup_var && !reached_again)
	{
	  tree call = *defer_single_call (&s->stmt);
	  watch (st, CALL_EXPR_FN (call), *site);
	  for (int i = 0; i < call_expr_nargs (call); i++)
	    watch (st, CALL_EXPR_ARG (call, i), *site);
	}
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  switch (TREE_CODE (t))
    {
    case FOR_STMT:
    case WHILE_STMT:
    case DO_STMT:
      st->loops.safe_push (t);
      for (int i = 0; i < TREE_OPERAND_LENGTH (t); i++)
	walk_tree (&TREE_OPERAND (t, i), stale_r, st, st->visited);
      st->loops.pop ();
      *walk_subtrees = 0;
      return NULL_TREE;

    case MODIFY_EXPR:
    case INIT_EXPR:
    case PREINCREMENT_EXPR:
    case PREDECREMENT_EXPR:
    case POSTINCREMENT_EXPR:
    case POSTDECREMENT_EXPR:
      {
	/* The value is computed first: walk it, then the store.  */
	tree lhs = TREE_OPERAND (t, 0);
	walk_tree (&TREE_OPERAND (t, 1), stale_r, st, st->visited);
	if (VAR_P (lhs) || TREE_CODE (lhs) == PARM_DECL)
	  assigned (st, lhs, t);
	else
	  walk_tree (&TREE_OPERAND (t, 0), stale_r, st, st->visited);
	*walk_subtrees = 0;
	return NULL_TREE;
      }

    default:
      return NULL_TREE;
    }
}

void
defer_warn_stale_arguments (struct defer_function *fn)
{
  hash_map<tree, unsigned> site_of;
  bool any = false;
  for (unsigned i = 0; i < fn->sites.length (); i++)
    {
      const defer_site *site = &fn->sites[i];
      /* A cleanup's slot holds the rest of its block: walked.  */
      if (site->cleanup_var)
	continue;
      /* Block-form sites too, so that the walk skips their bodies.  */
      site_of.put (*site->slot, i);
      any |= !site->block_form;
    }
  if (!any)
    return;
  hash_set<tree> visited;
  stale_state st;
  st.fn = fn;
  st.site_of = &site_of;
  st.watched = vNULL;
  st.loops = vNULL;
  st.visited = &visited;
  walk_tree (&DECL_SAVED_TREE (fn->fndecl), stale_r, &st, &visited);
  gcc_checking_assert (st.loops.is_empty ());
  st.watched.release ();
  st.loops.release ();
}
