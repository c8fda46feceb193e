/* gcc-common.h -- the GCC headers the gcc-defer plugin uses, and every
   difference between the GCC major versions it supports, in one place.

   Every plugin source includes this file and nothing else from GCC, and
   no other file tests a GCC version: where versions differ, this file
   gives the plugin one name for both (modelled on the Linux kernel's
   scripts/gcc-plugins/gcc-common.h).

   What differs, version by version, among the parts the plugin meets:

   GCC 11  suppress_warning () does not exist (GCC 12 added per-option
	   warning suppression); TREE_NO_WARNING silences every warning
	   about a tree: defer_suppress_warning.
   GCC 12  The reference.
   11..13  -fdump-* options are handled before plugins are loaded, so
	   -fdump-tree-defer is "unrecognized"; the plugin offers
	   -fplugin-arg-defer-dump (plugin.cc) on every version.  GCC 14
	   and later accept -fdump-tree-defer.  Nothing to hide: the
	   testsuite checks each version's behaviour (defer.lower/lower.exp).
   GCC 13  As 12 for everything else the plugin uses.
   GCC 14  FOR_STMT has 7 operands (FOR_COND_PREP, FOR_COND_CLEANUP, for
	   C++), WHILE_STMT 4.  The plugin walks every operand a statement
	   has (TREE_OPERAND_LENGTH), so the count is never written down.
	   location_get_source_line () moved into file_cache; the plugin no
	   longer reads source files (token-form.cc), so it does not care.
   GCC 15  C2y named loops: FOR_STMT has 8 operands, WHILE_STMT 5,
	   DO_STMT 3, SWITCH_STMT 5 (FOR_NAME, WHILE_NAME, DO_NAME,
	   SWITCH_STMT_NAME), and BREAK_STMT and CONTINUE_STMT carry the name
	   of the statement they leave (BREAK_NAME, CONTINUE_NAME; NULL_TREE
	   for the innermost): defer_stmt_name and defer_jump_name.
   11..15  -fanalyzer follows an EH edge as an ordinary CFG edge, and no
	   abnormal edge.
   GCC 16  char_span left input.h (unused since token-form.cc).
	   -fanalyzer skips EH edges and lets every call not marked nothrow
	   throw, by its own model: DEFER_ANALYZER_THROWS_FROM_CALLS.  */

#ifndef GCC_DEFER_GCC_COMMON_H
#define GCC_DEFER_GCC_COMMON_H

#include "gcc-plugin.h"
#include "config.h"
#include "bversion.h"
#include "system.h"
#include "coretypes.h"
#include "tree.h"
#include "stringpool.h"
#include "attribs.h"
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "c-tree.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "tree-iterator.h"
#include "fold-const.h"
#include "stor-layout.h"
#include "calls.h"
#include "input.h"
#include "function.h"
#include "basic-block.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-walk.h"
#include "gimple-expr.h"
#include "tree-pass.h"
#include "context.h"
#include "dumpfile.h"
#include "hash-set.h"
#include "hash-map.h"
#include "langhooks.h"

#if BUILDING_GCC_MAJOR < 11
# error "gcc-defer is written for GCC 11 and later; see plugin/gcc-common.h to port it"
#endif

/* Silence warning OPT about the tree T (a temporary the plugin made).  */
#if BUILDING_GCC_MAJOR >= 12
# define defer_suppress_warning(T, OPT) suppress_warning ((T), (OPT))
#else
# define defer_suppress_warning(T, OPT) ((void) (OPT), TREE_NO_WARNING (T) = 1)
#endif

/* The same for the GIMPLE statement S.  GCC 12 keeps per-option
   suppression by location, but consults it only for statements whose own
   no-warning bit is set, so another statement at S's location still
   warns.  GCC 11 has only the bit: every warning about S is silenced.  */
#if BUILDING_GCC_MAJOR >= 12
# define defer_suppress_stmt_warning(S, OPT) suppress_warning ((S), (OPT))
#else
# define defer_suppress_stmt_warning(S, OPT) \
  ((void) (OPT), gimple_set_no_warning ((S), true))
#endif

/* The C2y name of a loop or switch statement T (`outer: for ...'), and the
   name a `break'/`continue' T names (`break outer;'); NULL_TREE when there
   is none, and always before GCC 15, which has no named loops.  */
#if BUILDING_GCC_MAJOR >= 15
static inline tree
defer_stmt_name (tree t)
{
  switch (TREE_CODE (t))
    {
    case FOR_STMT: return FOR_NAME (t);
    case WHILE_STMT: return WHILE_NAME (t);
    case DO_STMT: return DO_NAME (t);
    case SWITCH_STMT: return SWITCH_STMT_NAME (t);
    default: return NULL_TREE;
    }
}
static inline tree
defer_jump_name (tree t)
{
  return (TREE_CODE (t) == BREAK_STMT ? BREAK_NAME (t)
	  : TREE_CODE (t) == CONTINUE_STMT ? CONTINUE_NAME (t) : NULL_TREE);
}
#else
static inline tree defer_stmt_name (tree) { return NULL_TREE; }
static inline tree defer_jump_name (tree) { return NULL_TREE; }
#endif

/* How the analyzer finds exception paths (analyzer-paths.cc): from
   each call not marked nothrow (1), or along EH edges (0).  */
#if BUILDING_GCC_MAJOR >= 16
# define DEFER_ANALYZER_THROWS_FROM_CALLS 1
#else
# define DEFER_ANALYZER_THROWS_FROM_CALLS 0
#endif

/* Defined by cc1 (the C front end) only.  lto1 has none of them, and
   the plugin must load there too -- `gcc -flto -fplugin=...' hands it to
   lto1 -- so they are weak: null outside cc1, where plugin_init returns
   before anything could use them.  */
extern tree c_global_trees[CTI_MAX] __attribute__ ((weak));
extern cpp_reader *parse_in __attribute__ ((weak));
extern tree lookup_name (tree) __attribute__ ((weak));
extern stmt_tree current_stmt_tree (void) __attribute__ ((weak));
extern bool keyword_begins_type_specifier (enum rid) __attribute__ ((weak));
extern bool keyword_is_decl_specifier (enum rid) __attribute__ ((weak));

#endif /* GCC_DEFER_GCC_COMMON_H */
