/* token-form.cc -- deciding a defer statement's form from the tokens the
   compiler reads (SPEC S12).

   The call form (`defer f (a, b);', S3) and the block form (`defer { ... }'
   or any other statement, S4) mean different things, yet the C front end
   folds `{ f (x); }' into the bare call `f (x)', so the trees cannot tell
   them apart.  The difference is in the token after `defer', after macro
   expansion, and only the preprocessor sees it.  The file holding the
   source is no witness: `#line', a macro that expands to `defer', a
   preprocessed file compiled elsewhere and standard input all put the
   text somewhere else.

   <defer.h> defines `defer' as `__gcc_defer'.  The plugin defines
   `__gcc_defer' itself, as a conditional macro (NODE_CONDITIONAL: libcpp
   asks the macro_to_expand callback which macro to expand in its place,
   the mechanism the rs6000 back end uses for its context-sensitive
   `vector' keyword).  The callback looks at the tokens that follow and
   expands <defer.h>'s __gcc_defer_block_form when they begin with a brace
   and __gcc_defer_call_form otherwise; the two differ only in the
   argument of the marker call, which recognize.cc reads.  With -E the
   chosen expansion is what is written out, so a preprocessed file carries
   the decision with it.

   A token that is a macro is looked through, with the arguments of a
   function-like macro, far enough to find the first token of its
   expansion.  Where that cannot be done (a token pasted with `##', an
   empty argument, macros nested too deep) the result is an error, never
   a guess.

   `_Defer' (TS 25755, SPEC T1) is a conditional macro too, through the
   same callback: its form does not matter (a block-scoped deferred
   statement is evaluated when it runs), but its first tokens say whether
   it is a declaration or a labeled statement, which T4 forbids and the
   trees no longer show.  */

#include "defer-plugin.h"

/* The conditional macros, NULL until defined: `__gcc_defer' (<defer.h>'s
   `defer') and `_Defer' (TS 25755).  */
static cpp_hashnode *defer_node;
static cpp_hashnode *ts_node;

/* Whatever macro_to_expand callback was there before ours.  */
static cpp_hashnode *(*prev_macro_to_expand) (cpp_reader *,
					       const cpp_token *);

/* What the first token of a deferred statement says about its form.  */
enum first_token
{
  FIRST_BRACE,			/* `{': the block form.  */
  FIRST_OTHER,			/* Anything else: the statement decides.  */
  FIRST_UNKNOWN			/* Could not be found out.  */
};

/* How deep macros may nest before we give up.  */
#define MAX_MACRO_DEPTH 16

/* Return the first token at or after peek position *POS that is not
   padding, and leave *POS just past it.  */

static const cpp_token *
peek_real (cpp_reader *pfile, int *pos)
{
  const cpp_token *tok;
  do
    tok = cpp_peek_token (pfile, (*pos)++);
  while (tok->type == CPP_PADDING);
  return tok;
}

/* Return the macro that TOK would expand, or NULL if it would not be
   expanded as a user macro.  */

static cpp_macro *
expandable_macro (const cpp_token *tok)
{
  if (tok->type != CPP_NAME || (tok->flags & NO_EXPAND))
    return NULL;
  cpp_hashnode *node = tok->val.node.node;
  if (!cpp_user_macro_p (node) || (node->flags & NODE_DISABLED)
      || node == defer_node || node == ts_node)
    return NULL;
  cpp_macro *macro = node->value.macro;
  if (!macro || macro->kind != cmk_macro)
    return NULL;
  return macro;
}

static enum first_token first_in_stream (cpp_reader *, int, int);

/* The first token of the expansion of MACRO, whose name was peeked just
   before stream position POS (for a function-like macro, the position of
   its `(').  Arguments are found in the stream; ARG_STARTS[k] is where
   argument k+1 begins, ARG_EMPTY[k] whether it is empty, and AFTER is the
   position after the invocation.  */

static enum first_token
first_in_macro (cpp_reader *pfile, const cpp_macro *macro,
		const int *arg_starts, const bool *arg_empty, int after,
		int depth)
{
  if (macro->count == 0)
    return first_in_stream (pfile, after, depth + 1);
  const cpp_token *tok = &macro->exp.tokens[0];
  /* libcpp marks the left operand of `##' with PASTE_LEFT.  */
  if (tok->flags & PASTE_LEFT)
    return FIRST_UNKNOWN;
  switch (tok->type)
    {
    case CPP_OPEN_BRACE:
      return FIRST_BRACE;
    case CPP_MACRO_ARG:
      {
	unsigned k = tok->val.macro_arg.arg_no - 1;
	if (!arg_starts || arg_empty[k])
	  return FIRST_UNKNOWN;
	return first_in_stream (pfile, arg_starts[k], depth + 1);
      }
    case CPP_NAME:
      {
	/* A macro named in the replacement list: its own arguments would
	   come from the list, which is not followed here; only its first
	   replacement token can be judged.  */
	cpp_macro *inner = expandable_macro (tok);
	if (!inner)
	  return FIRST_OTHER;
	if (inner->count == 0 || depth >= MAX_MACRO_DEPTH)
	  return FIRST_UNKNOWN;
	const cpp_token *first = &inner->exp.tokens[0];
	if (first->type == CPP_OPEN_BRACE)
	  return FIRST_BRACE;
	if (first->type == CPP_MACRO_ARG || expandable_macro (first)
	    || (first->flags & PASTE_LEFT))
	  return FIRST_UNKNOWN;
	return FIRST_OTHER;
      }
    default:
      return FIRST_OTHER;
    }
}

/* The first token, after macro expansion, of the tokens that start at
   stream position POS.  */

static enum first_token
first_in_stream (cpp_reader *pfile, int pos, int depth)
{
  if (depth > MAX_MACRO_DEPTH)
    return FIRST_UNKNOWN;
  const cpp_token *tok = peek_real (pfile, &pos);
  if (tok->type == CPP_OPEN_BRACE)
    return FIRST_BRACE;
  cpp_macro *macro = expandable_macro (tok);
  if (!macro)
    return FIRST_OTHER;
  if (!macro->fun_like)
    return first_in_macro (pfile, macro, NULL, NULL, pos, depth);

  /* A function-like macro is expanded only when `(' follows.  */
  int open = pos;
  tok = peek_real (pfile, &open);
  if (tok->type != CPP_OPEN_PAREN)
    return FIRST_OTHER;

  /* Find where each argument begins; a variadic macro's last parameter
     takes the rest.  */
  unsigned paramc = macro->paramc;
  int *starts = XALLOCAVEC (int, paramc + 1);
  bool *empty = XALLOCAVEC (bool, paramc + 1);
  unsigned arg = 0;
  int nest = 0;
  int p = open;
  if (paramc > 0)
    {
      starts[0] = p;
      empty[0] = true;
    }
  for (;;)
    {
      tok = cpp_peek_token (pfile, p++);
      if (tok->type == CPP_PADDING)
	continue;
      if (tok->type == CPP_EOF)
	return FIRST_UNKNOWN;
      if (tok->type == CPP_OPEN_PAREN)
	nest++;
      else if (tok->type == CPP_CLOSE_PAREN && nest-- == 0)
	break;
      else if (tok->type == CPP_COMMA && nest == 0
	       && arg + 1 < paramc)
	{
	  arg++;
	  starts[arg] = p;
	  empty[arg] = true;
	  continue;
	}
      if (arg < paramc)
	empty[arg] = false;
    }
  return first_in_macro (pfile, macro, starts, empty, p, depth);
}

/* The first token of a statement that starts at TOK after macro
   expansion, looking through one object-like macro (`bool' before C23).  */

static const cpp_token *
look_through_object_macro (const cpp_token *tok)
{
  cpp_macro *macro = expandable_macro (tok);
  if (macro && !macro->fun_like && macro->count > 0
      && !(macro->exp.tokens[0].flags & PASTE_LEFT))
    return &macro->exp.tokens[0];
  return tok;
}

/* Whether TOK, the first token of a deferred statement, begins a
   declaration: a declaration specifier, a type specifier (keyword or
   typedef name in scope), or a static assertion.  */

static bool
starts_declaration_p (const cpp_token *tok)
{
  if (tok->type != CPP_NAME)
    return false;
  tree id = HT_IDENT_TO_GCC_IDENT (HT_NODE (tok->val.node.node));
  if (C_IS_RESERVED_WORD (id))
    {
      enum rid rid = C_RID_CODE (id);
      return (keyword_begins_type_specifier (rid)
	      || keyword_is_decl_specifier (rid)
	      || rid == RID_STATIC_ASSERT || rid == RID_ALIGNAS);
    }
  tree decl = lookup_name (id);
  return decl && TREE_CODE (decl) == TYPE_DECL;
}

/* Whether the tokens from peek position 0 begin a labeled statement:
   `case', `default', or an identifier followed by a colon.  */

static bool
starts_labeled_statement_p (cpp_reader *pfile)
{
  int pos = 0;
  const cpp_token *tok = look_through_object_macro (peek_real (pfile, &pos));
  if (tok->type != CPP_NAME)
    return false;
  tree id = HT_IDENT_TO_GCC_IDENT (HT_NODE (tok->val.node.node));
  if (C_IS_RESERVED_WORD (id))
    return C_RID_CODE (id) == RID_CASE || C_RID_CODE (id) == RID_DEFAULT;
  return peek_real (pfile, &pos)->type == CPP_COLON;
}

/* `_Defer' (TOK's node is ts_node): TS 25755 allows any secondary block
   but a declaration or a labeled statement (T4); the form does not
   matter, a block-scoped deferred statement is evaluated when it runs.
   A statement rejected here is parsed as if `_Defer' were not there, so
   that the error below is the only one.  */

static cpp_hashnode *
ts_macro_to_expand (cpp_reader *pfile, location_t next_loc)
{
  const char *name = "__gcc_defer_ts_site";
  if (flag_preprocess_only)
    ;
  else if (starts_labeled_statement_p (pfile))
    {
      error_at (next_loc, "a deferred statement may not be a labeled "
		"statement");
      inform (next_loc, "put the label inside a block: "
	      "%<_Defer { label: ... }%>");
      name = "__gcc_defer_ts_rejected";
    }
  else
    {
      int pos = 0;
      if (starts_declaration_p (look_through_object_macro
				(peek_real (pfile, &pos))))
	{
	  error_at (next_loc, "a deferred statement may not be a "
		    "declaration");
	  inform (next_loc, "a declaration in a deferred statement must be "
		  "inside a block: %<_Defer { ... }%>");
	  name = "__gcc_defer_ts_rejected";
	}
    }
  return cpp_lookup (pfile, (const unsigned char *) name, strlen (name));
}

/* The macro_to_expand callback: choose the expansion of `__gcc_defer' or
   `_Defer' (TOK) from the tokens after it.  */

static cpp_hashnode *
defer_macro_to_expand (cpp_reader *pfile, const cpp_token *tok)
{
  cpp_hashnode *node = tok->val.node.node;
  if (node != defer_node && node != ts_node)
    return prev_macro_to_expand ? prev_macro_to_expand (pfile, tok) : node;

  /* The parser reads the token that follows only when it needs it, so
     inside a function body current_function_decl is already set.  */
  int pos = 0;
  location_t next_loc = peek_real (pfile, &pos)->src_loc;
  if (!flag_preprocess_only && current_function_decl == NULL_TREE)
    {
      /* TOK is spelled in a header or comes from the plugin; the
	 statement's first token is the user's.  */
      if (node == ts_node)
	error_at (next_loc, "%<_Defer%> outside a function");
      else
	error_at (next_loc, "%<defer%> outside a function");
      inform (next_loc, "a deferred statement runs when its %s is left; "
	      "move it into the body of a function",
	      node == ts_node ? "block" : "function");
      return NULL;
    }
  if (node == ts_node)
    return ts_macro_to_expand (pfile, next_loc);

  enum first_token first = first_in_stream (pfile, 0, 0);
  if (first == FIRST_UNKNOWN)
    {
      location_t loc = next_loc;
      error_at (loc, "cannot tell whether this deferred statement is a "
		"block: its first token comes from a macro that cannot be "
		"looked through");
      inform (loc, "write %<defer { ... }%> for a statement evaluated at "
	      "exit, or name the function for a call whose arguments are "
	      "evaluated now");
      first = FIRST_OTHER;
    }
  const char *name = (first == FIRST_BRACE
		      ? "__gcc_defer_block_form" : "__gcc_defer_call_form");
  cpp_hashnode *chosen = cpp_lookup (pfile, (const unsigned char *) name,
				     strlen (name));
  /* Without <defer.h> there is nothing to expand into.  */
  return cpp_user_macro_p (chosen) ? chosen : NULL;
}

/* PLUGIN_INCLUDE_FILE: define `__gcc_defer' once the preprocessor's own
   built-in macros exist -- the same moment -D options are handled -- so
   that it is there before the first line of user code, in a compilation
   and with -E alike.  A preprocessed input has no built-in macros and no
   `defer' left to expand, and is left alone.  */

void
defer_token_form_include (void *, void *)
{
  if (defer_node || !parse_in)
    return;
  cpp_hashnode *gnuc = cpp_lookup (parse_in,
				   (const unsigned char *) "__GNUC__", 8);
  if (!cpp_macro_p (gnuc))
    return;
  /* Expanding it without the callback would be a bug: make it an error
     that names itself rather than a silent choice of form.  */
  cpp_define (parse_in, "__gcc_defer=__gcc_defer_form_not_decided");
  /* A conditional macro does not count as defined (for rs6000's sake,
     `#ifndef vector' must hold), so <defer.h> tests this one.  */
  cpp_define (parse_in, "__GCC_DEFER_TOKEN_FORM__=1");
  defer_node = cpp_lookup (parse_in, (const unsigned char *) "__gcc_defer",
			   11);
  gcc_checking_assert (cpp_user_macro_p (defer_node));
  defer_node->flags |= NODE_CONDITIONAL;

  /* TS 25755 (SPEC T1): `_Defer' in every translation unit, unless the
     compiler has its own.  Its expansion names the marker function
     lower-block.cc declares in every translation unit, so a preprocessed
     file compiled with the plugin elsewhere means the same.  */
  if (!defer_native_defer_p ())
    {
      cpp_define (parse_in, "__STDC_DEFER_TS25755__=1");
      cpp_define (parse_in, "__gcc_defer_ts_site="
		  "for (; __gcc_defer_block_site ();"
		  " __extension__ ({ typedef int __gcc_defer_scope"
		  " __attribute__ ((__gcc_defer_scope__, __unused__)); }))");
      cpp_define (parse_in, "__gcc_defer_ts_rejected=");
      cpp_define (parse_in, "_Defer=__gcc_defer_form_not_decided");
      ts_node = cpp_lookup (parse_in, (const unsigned char *) "_Defer", 6);
      gcc_checking_assert (cpp_user_macro_p (ts_node));
      ts_node->flags |= NODE_CONDITIONAL;
    }
  cpp_callbacks *cb = cpp_get_callbacks (parse_in);
  prev_macro_to_expand = cb->macro_to_expand;
  cb->macro_to_expand = defer_macro_to_expand;
}
