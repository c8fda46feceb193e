/* markers.cc -- the calls that carry a defer site from GENERIC to GIMPLE.

   The front-end lowering (lower.cc, lower-open.cc) says *what* happens
   at a defer site and at exit with these pseudo-calls:

     __gcc_defer_arm (k)	the defer statement k was reached
     __gcc_defer_armed (k)	nonzero if it was reached and has not run
     __gcc_defer_disarm (k)	it is about to run
     __gcc_defer_unwind (how)	here, run what is pending while unwinding
				(HOW: deferBits or libdefer records)
     __gcc_defer_any_armed (0)	nonzero if any site is armed
     __gcc_defer_recover (0)	a direct defer_recover () call

   The GIMPLE pass "defer" (gimple-pass.cc) decides *how*: it replaces
   them with operations on the deferBits words before GCC's EH lowering
   copies the finally blocks.  None of them survives that pass.  The
   declarations are nothrow and made afresh for each function, so they
   need no garbage-collector roots.  */

#include "defer-plugin.h"

static const char *const marker_names[] = {
  NULL, "__gcc_defer_arm", "__gcc_defer_armed", "__gcc_defer_disarm",
  "__gcc_defer_unwind", "__gcc_defer_any_armed", "__gcc_defer_recover"
};

/* The type of one deferBits word.  */

tree
defer_bits_type (void)
{
  return long_unsigned_type_node;
}

/* Build the call MARKER (K) at LOC.  */

tree
defer_build_marker (enum defer_marker marker, unsigned k, location_t loc)
{
  tree ret = void_type_node;
  if (marker == DEFER_MARKER_ARMED || marker == DEFER_MARKER_ANY_ARMED)
    ret = defer_bits_type ();
  else if (marker == DEFER_MARKER_RECOVER)
    ret = const_string_type_node;
  tree type = build_function_type_list (ret, unsigned_type_node, NULL_TREE);
  tree decl = build_fn_decl (marker_names[marker], type);
  DECL_ARTIFICIAL (decl) = 1;
  TREE_NOTHROW (decl) = 1;
  DECL_ATTRIBUTES (decl) = tree_cons (get_identifier ("leaf"), NULL_TREE,
				      NULL_TREE);
  tree call = build_call_expr_loc (loc, decl, 1,
				   build_int_cst (unsigned_type_node, k));
  TREE_SIDE_EFFECTS (call) = 1;
  return call;
}

/* The declaration of libdefer's function NAME, of type TYPE, for code
   the plugin generates: artificial, nothrow and leaf (it does not unwind,
   nor call back into the unit).  */

tree
defer_libdefer_fn (const char *name, tree type)
{
  tree decl = build_fn_decl (name, type);
  DECL_ARTIFICIAL (decl) = 1;
  TREE_NOTHROW (decl) = 1;
  DECL_ATTRIBUTES (decl) = tree_cons (get_identifier ("leaf"), NULL_TREE,
				      NULL_TREE);
  return decl;
}

/* If STMT is a marker call, return its kind and store its site in *K.  */

enum defer_marker
defer_gimple_marker (const gimple *stmt, unsigned *k)
{
  if (!is_gimple_call (stmt))
    return DEFER_MARKER_NONE;
  tree fn = gimple_call_fndecl (stmt);
  if (!fn || !DECL_ARTIFICIAL (fn) || !DECL_NAME (fn))
    return DEFER_MARKER_NONE;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fn));
  for (int m = DEFER_MARKER_ARM; m <= DEFER_MARKER_RECOVER; m++)
    if (strcmp (name, marker_names[m]) == 0)
      {
	*k = (unsigned) tree_to_uhwi (gimple_call_arg (stmt, 0));
	return (enum defer_marker) m;
      }
  return DEFER_MARKER_NONE;
}

/* The attribute names have a space: no program can write them.  */

static const char *
fn_mark_name (enum defer_fn_mark mark)
{
  return (mark == DEFER_FN_MARKERS
	  ? "gcc_defer markers" : "gcc_defer landing pads");
}

void
defer_mark_function (tree fndecl, enum defer_fn_mark mark)
{
  if (!defer_function_marked_p (fndecl, mark))
    DECL_ATTRIBUTES (fndecl)
      = tree_cons (get_identifier (fn_mark_name (mark)), NULL_TREE,
		   DECL_ATTRIBUTES (fndecl));
}

bool
defer_function_marked_p (tree fndecl, enum defer_fn_mark mark)
{
  return lookup_attribute (fn_mark_name (mark),
			   DECL_ATTRIBUTES (fndecl)) != NULL_TREE;
}
