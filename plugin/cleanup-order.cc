/* cleanup-order.cc -- `__attribute__((cleanup))' variables among defers
   (SPEC S14).

   Within a function, cleanup-attribute variables and deferred statements
   unwind in reverse order of establishment, as C++ destructors and TS
   25755 do: a deferred statement never sees a variable whose cleanup has
   already run.  The C front end (push_cleanup) wraps the rest of the
   block after such a variable in

     TRY_FINALLY_EXPR <rest of the block, cleanup (&var)>

   so a variable of the function's outermost block is cleaned up when the
   function returns -- but inside the try/finally that runs the defers
   (lower.cc), that is, before every deferred statement, also those
   established before it.

   Such a cleanup becomes a deferred statement of its own, established
   where the variable is declared: its site's statement is the cleanup
   call and its slot the TRY_FINALLY_EXPR, which lowering replaces by the
   site's arming followed by the rest of the block.  Then one LIFO order
   holds across both, on every exit, by every strategy, and while a panic
   or an exception unwinds.  Only cleanups that a defer statement follows
   are taken over: with no defer after it, the front end's order is
   already right and the code stays as it was.  A cleanup that could be
   established twice in one call (a backward goto or setjmp before its
   variable) is left to the front end -- running it once per
   establishment at exit would clean the variable twice -- with a warning
   that the order is not S14's.

   Variables of inner blocks are cleaned up when their block ends, as C
   says; a deferred statement that reads one gets a copy of its value
   (S4), made before the cleanup ran.  */

#include "defer-plugin.h"

/* If T is the front end's try/finally for a cleanup-attribute variable
   of VARS (the outermost block's variables), return the variable.  */

static tree
cleanup_variable (tree t, tree vars)
{
  if (TREE_CODE (t) != TRY_FINALLY_EXPR)
    return NULL_TREE;
  tree cleanup = TREE_OPERAND (t, 1);
  if (TREE_CODE (cleanup) != CALL_EXPR || call_expr_nargs (cleanup) != 1)
    return NULL_TREE;
  tree arg = CALL_EXPR_ARG (cleanup, 0);
  STRIP_NOPS (arg);
  if (TREE_CODE (arg) != ADDR_EXPR || !VAR_P (TREE_OPERAND (arg, 0)))
    return NULL_TREE;
  tree var = TREE_OPERAND (arg, 0);
  if (!lookup_attribute ("cleanup", DECL_ATTRIBUTES (var)))
    return NULL_TREE;
  for (tree v = vars; v; v = DECL_CHAIN (v))
    if (v == var)
      return var;
  return NULL_TREE;
}

/* Add to OUT the cleanup try/finallys of the outermost block's
   variables: the statements of BODY, and of each such try/finally's own
   body (the rest of the block), recursively.  */

static void
collect_in (tree body, tree vars, hash_set<tree> *out)
{
  if (TREE_CODE (body) == STATEMENT_LIST)
    {
      for (tree_stmt_iterator i = tsi_start (body); !tsi_end_p (i);
	   tsi_next (&i))
	collect_in (tsi_stmt (i), vars, out);
      return;
    }
  if (cleanup_variable (body, vars))
    {
      out->add (body);
      collect_in (TREE_OPERAND (body, 0), vars, out);
    }
}

void
defer_outer_cleanups (tree fndecl, hash_set<tree> *out)
{
  tree *bind = defer_outermost_bind (fndecl);
  if (bind)
    collect_in (BIND_EXPR_BODY (*bind), BIND_EXPR_VARS (*bind), out);
}

/* T, at *TP, is one of the cleanups defer_outer_cleanups found: make it
   a site of FN.  The caller scans the rest of the block.  */

void
defer_add_cleanup_site (struct defer_function *fn, tree *tp, unsigned pos,
			enum defer_loop_kind loop, location_t loop_loc)
{
  tree t = *tp;
  defer_site site;
  memset (&site, 0, sizeof site);
  site.slot = tp;
  site.stmt = TREE_OPERAND (t, 1);
  site.cleanup_var = TREE_OPERAND (CALL_EXPR_ARG (site.stmt, 0), 0);
  site.cleanup_rest = TREE_OPERAND (t, 0);
  site.loc = DECL_SOURCE_LOCATION (site.cleanup_var);
  site.index = fn->sites.length ();
  site.pos = pos;
  site.loop = loop;
  site.loop_loc = loop_loc;
  /* Evaluated at exit, reading the variable then: it lives until the
     function returns.  */
  site.block_form = true;
  fn->sites.safe_push (site);
}

/* After the loop classification: keep the cleanup sites that a defer
   statement follows and that are established once per call; give the
   others back to the front end (see above).  Renumber the sites.  */

void
defer_settle_cleanup_sites (struct defer_function *fn)
{
  vec<defer_site> &sites = fn->sites;
  bool defer_after = false;
  vec<defer_site> kept = vNULL;
  for (unsigned i = sites.length (); i-- > 0;)
    {
      defer_site *site = &sites[i];
      if (!site->cleanup_var)
	defer_after = true;
      else if (!defer_after)
	continue;
      else if (site->loop != DEFER_NOT_IN_LOOP)
	{
	  warning_at (site->loc, 0, "cleanup of %qD runs before the "
		      "deferred statements that follow it", site->cleanup_var);
	  inform (site->loop_loc, "it can be established more than once "
		  "in a call, from here; declare it before the jump back "
		  "or use a %<defer%> statement instead");
	  continue;
	}
      kept.safe_push (*site);
    }
  sites.truncate (0);
  for (unsigned i = kept.length (); i-- > 0;)
    {
      kept[i].index = sites.length ();
      sites.safe_push (kept[i]);
    }
  kept.release ();
}
