/* lower-open.cc -- open-coded defer sites (SPEC O1).

   When no defer site of a function can be reached twice in one call,
   lower.cc asks this file for each site's code and for RUN:

     site k:	captures_k; __gcc_defer_arm (k);

     RUN:	G (n - 1); ...; G (0)
     G (k):	if (__gcc_defer_armed (k)) { __gcc_defer_disarm (k); S_k; }

   Source order is execution order: no site can be reached twice, and
   without backward jumps one site can only be reached after the sites
   before it.  So running the armed sites from k = n - 1 down runs them
   in reverse order of arming, which is Go's LIFO.  Disarming before the
   statement runs means a statement that unwinds is not run again by the
   landing pad's copy of RUN.

   The GIMPLE pass "defer" (gimple-pass.cc) turns the markers into
   operations on deferBits words; where a site is always reached, the
   optimizers see a constant word and delete every test.  */

#include "defer-plugin.h"

/* SITE's code where the defer statement stood: PRE, the captures, then
   the arm marker.  */

tree
defer_open_site (struct defer_function *, struct defer_site *site, tree pre)
{
  append_to_statement_list_force (
    defer_build_marker (DEFER_MARKER_ARM, site->index, site->loc), &pre);
  return pre;
}

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

tree
defer_open_run (struct defer_function *fn)
{
  tree run = alloc_stmt_list ();
  for (unsigned i = fn->sites.length (); i-- > 0;)
    append_to_statement_list_force (build_guarded_run (&fn->sites[i]), &run);
  return run;
}
