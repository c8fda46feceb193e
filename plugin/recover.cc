/* recover.cc -- defer_recover () directly in a deferred statement (S7).

   As in Go, recover does something only when called directly by a
   deferred statement while a panic unwinds through its function.  The
   plugin knows which calls those are: each becomes __gcc_defer_recover ()
   here.  The GIMPLE pass then turns the marker into libdefer's
   __defer_recover_held () in the landing pad's copy of the deferred
   statements, and into NULL in the normal-path copy, where no panic can
   be under way for this function.  A call anywhere else is left to
   libdefer's defer_recover, which returns NULL, with a warning.  */

#include "defer-plugin.h"

static bool
recover_call_p (tree t)
{
  if (TREE_CODE (t) != CALL_EXPR)
    return false;
  tree fn = get_callee_fndecl (t);
  return fn && DECL_NAME (fn) && id_equal (DECL_NAME (fn), "defer_recover")
	 && DECL_FILE_SCOPE_P (fn) && TREE_PUBLIC (fn);
}

struct recover_state
{
  struct defer_function *fn;
  hash_set<tree> *bodies;
};

static tree
warn_elsewhere_r (tree *tp, int *walk_subtrees, void *data)
{
  recover_state *st = (recover_state *) data;
  tree t = *tp;
  if (TYPE_P (t) || st->bodies->contains (t))
    *walk_subtrees = 0;
  else if (recover_call_p (t))
    {
      location_t loc = defer_user_location (EXPR_LOCATION (t));
      warning_at (loc, 0, "%<defer_recover%> called outside a deferred "
		  "statement always returns NULL");
      inform (loc, "call it directly in a deferred statement, for example "
	      "%<defer { const char *msg = defer_recover (); ... }%>");
    }
  return NULL_TREE;
}

static tree
mark_direct_r (tree *tp, int *walk_subtrees, void *data)
{
  recover_state *st = (recover_state *) data;
  tree t = *tp;
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (!recover_call_p (t))
    return NULL_TREE;
  tree marker = defer_build_marker (DEFER_MARKER_RECOVER, 0,
				    EXPR_LOCATION (t));
  *tp = fold_convert (TREE_TYPE (t), marker);
  st->fn->recovers++;
  return NULL_TREE;
}

/* Mark FN's direct defer_recover calls; warn about the others.  */

void
defer_mark_recovers (struct defer_function *fn)
{
  if (!defer_header_included ())
    return;
  hash_set<tree> bodies;
  defer_collect_bodies (fn, &bodies);
  recover_state st;
  st.fn = fn;
  st.bodies = &bodies;
  walk_tree_without_duplicates (&DECL_SAVED_TREE (fn->fndecl),
				warn_elsewhere_r, &st);
  for (unsigned i = 0; i < fn->sites.length (); i++)
    walk_tree (&fn->sites[i].stmt, mark_direct_r, &st, NULL);
}
