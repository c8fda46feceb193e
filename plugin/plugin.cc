/* plugin.cc -- entry point of the gcc-defer plugin, and its arguments.

   gcc -fplugin=/path/to/defer.so [-fplugin-arg-defer-report]
		      [-fplugin-arg-defer-no-exceptions] ...

   Registers the gcc_defer attribute (which <defer.h> tests for and puts on
   its marker function), a PLUGIN_PRE_GENERICIZE callback that recognises,
   checks and lowers each function's defer statements, and the GIMPLE pass
   "defer".  Unless told not to, it turns on -fexceptions, so that unwinding
   (a C++ exception, pthread_exit, pthread_cancel) runs pending defers.  */

#include "defer-plugin.h"
#include "plugin-version.h"

int plugin_is_GPL_compatible;

struct defer_options defer_opts;

static struct plugin_info defer_plugin_info = {
  "0.1",
  "Go's defer for C.\n"
  "  -fplugin-arg-defer-report         a note per defer site: how it was lowered\n"
  "  -fplugin-arg-defer-no-exceptions  do not turn on -fexceptions (defers then\n"
  "                                    do not run when the stack unwinds)\n"
  "  -fplugin-arg-defer-dump           write the \"defer\" pass's dump, FILE.*t.defer\n"
};

/* The gcc_defer attribute marks <defer.h>'s __gcc_defer_site; it has no
   other use, and __has_attribute (gcc_defer) tells defer.h the plugin is
   loaded.  */

static tree
handle_gcc_defer_attribute (tree *node, tree name, tree, int,
			    bool *no_add_attrs)
{
  if (TREE_CODE (*node) != FUNCTION_DECL)
    {
      warning (OPT_Wattributes, "%qE attribute is for <defer.h> only", name);
      *no_add_attrs = true;
    }
  return NULL_TREE;
}

static struct attribute_spec gcc_defer_attribute = {
  "gcc_defer", 0, 0, true, false, false, false,
  handle_gcc_defer_attribute, NULL
};

static void
register_attributes (void *, void *)
{
  register_attribute (&gcc_defer_attribute);
  defer_block_register_attributes ();
}

/* errorcount when the previous function was done: a function whose own
   parse produced errors is left alone, its trees may be incomplete.  */
static int errors_seen;

/* Return the BIND_EXPR of FNDECL's outermost block -- the one whose BLOCK
   is DECL_INITIAL (FNDECL) -- through its slot, or NULL if there is none.
   Its variables live until the function returns, so its body is what the
   deferred statements run after.  It is usually the whole body, but not
   always: in a C99 `main' the front end appends the implicit `return 0;'
   after it.  */

tree *
defer_outermost_bind (tree fndecl)
{
  tree *body = &DECL_SAVED_TREE (fndecl);
  tree block = DECL_INITIAL (fndecl);
  if (TREE_CODE (*body) == BIND_EXPR && BIND_EXPR_BLOCK (*body) == block)
    return body;
  if (TREE_CODE (*body) == STATEMENT_LIST)
    for (tree_stmt_iterator i = tsi_start (*body); !tsi_end_p (i);
	 tsi_next (&i))
      if (TREE_CODE (tsi_stmt (i)) == BIND_EXPR
	  && BIND_EXPR_BLOCK (tsi_stmt (i)) == block)
	return tsi_stmt_ptr (i);
  return NULL;
}

/* Recognise, check and lower the defers of FNDECL.  */

static void
process_function (tree fndecl)
{
  /* Without <defer.h> a function can have no defer, defer_result or
     defer_recover, and without a `_Defer' parsed no block-scoped site:
     nothing to look for, and a file with neither is compiled as without
     the plugin, at no cost (SPEC O6).  */
  if (!DECL_SAVED_TREE (fndecl)
      || (!defer_header_included () && !defer_block_sites_possible ()))
    return;

  struct defer_function fn;
  memset (&fn, 0, sizeof fn);
  fn.fndecl = fndecl;
  fn.sites = vNULL;
  fn.block_sites = vNULL;
  if (defer_header_included ())
    defer_find_sites (&fn);
  defer_find_block_sites (&fn);
  /* defer_result and defer_recover are checked everywhere: a function
     without defer statements may still misuse them.  */
  bool ok = defer_bind_result (&fn);
  defer_mark_recovers (&fn);
  if (ok && (!fn.sites.is_empty () || !fn.block_sites.is_empty ())
      && defer_check_sites (&fn) && defer_check_block_sites (&fn))
    {
      defer_choose_strategy (&fn);
      /* `_Defer' sites first: the parser already built their
	 try/finallys, and lowering only moves each S into its finally
	 part, so no statement a function-scoped site's slot points at
	 moves (lower-block.cc).  */
      defer_lower_block_sites (&fn);
      if (!fn.sites.is_empty ())
	{
	  defer_warn_stale_arguments (&fn);
	  tree *bind = defer_outermost_bind (fndecl);
	  /* The C front end gives every function body a BLOCK.  */
	  gcc_checking_assert (bind != NULL);
	  if (!bind)
	    {
	      tree body = build3 (BIND_EXPR, void_type_node, NULL_TREE,
				  DECL_SAVED_TREE (fndecl), NULL_TREE);
	      TREE_SIDE_EFFECTS (body) = 1;
	      DECL_SAVED_TREE (fndecl) = body;
	      bind = &DECL_SAVED_TREE (fndecl);
	    }
	  fn.bind = *bind;
	  defer_lower_function (&fn);
	}
    }
  /* After lowering: a deferred defer_panic's argument is captured.  */
  if (defer_header_included ())
    defer_rewrite_panic_calls (fndecl);
  /* The GIMPLE pass "defer" replaces the markers lowering left, and only
     in the functions that have some.  */
  if (!fn.sites.is_empty () || fn.recovers)
    defer_mark_function (fndecl, DEFER_FN_MARKERS);
  fn.sites.release ();
  fn.block_sites.release ();
}

static tree
find_nested_r (tree *tp, int *walk_subtrees, void *)
{
  if (TREE_CODE (*tp) == DECL_EXPR
      && TREE_CODE (DECL_EXPR_DECL (*tp)) == FUNCTION_DECL)
    process_function (DECL_EXPR_DECL (*tp));
  else if (TYPE_P (*tp))
    *walk_subtrees = 0;
  return NULL_TREE;
}

static void
pre_genericize (void *gcc_data, void *)
{
  tree fndecl = (tree) gcc_data;
  if (errorcount == errors_seen)
    {
      /* The C front end genericizes GNU nested functions together with
	 their parent, without this callback: do them here.  */
      walk_tree_without_duplicates (&DECL_SAVED_TREE (fndecl),
				    find_nested_r, NULL);
      process_function (fndecl);
    }
  errors_seen = errorcount;
}

static void
start_parse_function (void *gcc_data, void *)
{
  defer_result_start_function ((tree) gcc_data);
}

static void
finish_parse_function (void *gcc_data, void *)
{
  defer_result_finish_function ((tree) gcc_data);
}

static bool
parse_arguments (struct plugin_name_args *info)
{
  bool ok = true;
  for (int i = 0; i < info->argc; i++)
    {
      const char *key = info->argv[i].key;
      if (strcmp (key, "report") == 0)
	defer_opts.report = true;
      else if (strcmp (key, "no-exceptions") == 0)
	defer_opts.no_exceptions = true;
      else if (strcmp (key, "dump") == 0)
	defer_opts.dump = true;
      else
	{
	  error ("unknown argument %<-fplugin-arg-%s-%s%>",
		 info->base_name, key);
	  inform (UNKNOWN_LOCATION, "the %s plugin takes "
		  "%<-fplugin-arg-%s-report%>, "
		  "%<-fplugin-arg-%s-no-exceptions%> and "
		  "%<-fplugin-arg-%s-dump%>",
		  info->base_name, info->base_name, info->base_name,
		  info->base_name);
	  ok = false;
	}
      if (ok && info->argv[i].value)
	{
	  error ("%<-fplugin-arg-%s-%s%> takes no value", info->base_name,
		 key);
	  ok = false;
	}
    }
  return ok;
}

/* Insert PASS after (or, POS_OP, before) the first instance of the pass
   named REFERENCE.  The pass manager registers it at once, so INFO need
   not outlive the call.  */

static opt_pass *
add_pass (const char *plugin, opt_pass *pass, const char *reference,
	  enum pass_positioning_ops pos_op)
{
  struct register_pass_info info;
  info.pass = pass;
  info.reference_pass_name = reference;
  info.ref_pass_instance_number = 1;
  info.pos_op = pos_op;
  register_callback (plugin, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
  return pass;
}

static opt_pass *
add_pass_after (const char *plugin, opt_pass *pass, const char *reference)
{
  return add_pass (plugin, pass, reference, PASS_POS_INSERT_AFTER);
}

/* The passes around -fanalyzer (analyzer-paths.cc), in cc1 and lto1.  */

static void
add_analyzer_passes (const char *plugin)
{
  add_pass (plugin, defer_make_analyzer_hide_eh_pass (g), "analyzer",
	    PASS_POS_INSERT_BEFORE);
  add_pass_after (plugin, defer_make_analyzer_show_eh_pass (g), "analyzer");
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (version, &gcc_version))
    {
      error ("the %s plugin was built for GCC %s and cannot be loaded "
	     "into GCC %s", info->base_name, gcc_version.basever,
	     version->basever);
      return 1;
    }
  if (!parse_arguments (info))
    return 1;

  /* `gcc -flto -fplugin=...' loads the plugin into lto1 as well, where
     every defer was lowered when its file was compiled; build systems
     pass one set of flags to C and C++ compiles alike.  Both must work
     and be left alone.  */
  if (!lang_GNU_C ())
    {
      if (lang_GNU_CXX ())
	inform (UNKNOWN_LOCATION, "the %s plugin is for C; it does nothing "
		"in C++ (C++ has destructors)", info->base_name);
      else if (strcmp (lang_hooks.name, "GNU GIMPLE") == 0)
	{
	  /* lto1: only what keeps functions built without -fexceptions
	     unwindable through (lto-throw.cc), and what keeps -fanalyzer,
	     which runs here under -flto, off exception paths.  */
	  add_pass_after (info->base_name, defer_make_lto_throw_pass (g),
			  "pure-const");
	  add_analyzer_passes (info->base_name);
	}
      return 0;
    }

  if (!defer_opts.no_exceptions && !flag_exceptions)
    {
      flag_exceptions = 1;
      defer_opts.exceptions_from_plugin = true;
    }

  register_callback (info->base_name, PLUGIN_INFO, NULL, &defer_plugin_info);
  /* Every tree the plugin keeps from one function to the next.  */
  register_callback (info->base_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     (void *) defer_gc_roots);
  register_callback (info->base_name, PLUGIN_REGISTER_GGC_ROOTS, NULL,
		     (void *) defer_block_gc_roots);
  register_callback (info->base_name, PLUGIN_START_UNIT,
		     defer_block_start_unit, NULL);
  register_callback (info->base_name, PLUGIN_ATTRIBUTES, register_attributes,
		     NULL);
  register_callback (info->base_name, PLUGIN_PRE_GENERICIZE, pre_genericize,
		     NULL);
  register_callback (info->base_name, PLUGIN_INCLUDE_FILE,
		     defer_token_form_include, NULL);
  register_callback (info->base_name, PLUGIN_START_PARSE_FUNCTION,
		     start_parse_function, NULL);
  register_callback (info->base_name, PLUGIN_FINISH_PARSE_FUNCTION,
		     finish_parse_function, NULL);

  opt_pass *bits = add_pass_after (info->base_name, defer_make_bits_pass (g),
				   "lower");
  add_pass_after (info->base_name, defer_make_personality_pass (g),
		  "ehcleanup");
  add_analyzer_passes (info->base_name);

  /* GCC 11..13 handle -fdump-* options before they load plugins, so
     they reject -fdump-tree-defer as unknown (14 and later accept it);
     -fplugin-arg-defer-dump turns the pass's dump on the way that option
     would, on every version (-fdump-tree-all works too).  */
  if (defer_opts.dump)
    {
      dump_file_info *dfi
	= g->get_dumps ()->get_dump_file_info (bits->static_pass_number);
      if (dfi)
	dfi->pstate = -1;
    }
  return 0;
}
