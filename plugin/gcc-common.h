/* gcc-common.h -- the GCC headers the gcc-defer plugin uses, in one place.

   Every plugin source includes this file and nothing else from GCC, so
   that moving to another GCC major version is a change here (and in the
   few GCC_VERSION_MAJOR tests below), not in every file.  Modelled on the
   Linux kernel's scripts/gcc-plugins/gcc-common.h.  */

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

#if BUILDING_GCC_MAJOR < 12
# error "gcc-defer is written for GCC 12; see plugin/gcc-common.h to port it"
#endif

#endif /* GCC_DEFER_GCC_COMMON_H */
