// GraphSnapshot: everything a set of modules reaches, recorded so that the
// fuzz runner's reset can find what an input changed there and put exactly
// that back (issue 16). It lets the runner keep standard modules imported
// across inputs: importing collections or typing again for every input cost
// 8-10 ms in the fuzz build, forty times a typical input.
//
// The walk starts at the given modules and follows every reference a
// script can reach or change: module, class, instance and function
// attributes, closures' cells, defaults, containers, exception fields,
// descriptors, the attribute dicts of instances of builtin subclasses
// (RuntimeState::side_dicts). Immutable objects (str, int, bytes, code,
// tuples, builtin classes...) are walked through but not recorded. A
// mutable object whose state it cannot record (an iterator, a generator, a
// file, a bytearray, native data other than the immutable kinds listed in the
// .cc) makes Take fail, naming the path to it: such a module cannot be kept.
//
// Restore compares each record with its object (pointer compares, in an
// uninstrumented loop) and writes back only what differs, without running
// script code. Every object the walk reached is kept alive by the snapshot,
// so what a record points to cannot be freed while an input runs.
#ifndef INTERP_TOOLS_FUZZ_GRAPH_SNAPSHOT_H_
#define INTERP_TOOLS_FUZZ_GRAPH_SNAPSHOT_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/function.h"
#include "runtime/value.h"

namespace interp::fuzz {

class GraphSnapshot {
 public:
  GraphSnapshot() = default;
  GraphSnapshot(const GraphSnapshot&) = delete;
  GraphSnapshot& operator=(const GraphSnapshot&) = delete;

  // Records what `roots` reach. The snapshot's objects stay alive through
  // keep(), which the caller must root while the snapshot is used.
  absl::Status Take(ThreadState& ts, const std::vector<Value>& roots);

  // Puts back every recorded object an input changed. Returns how many it
  // had to restore, or -1 when it could not (MemoryError, or a changed set
  // that refilled iterates in another order): the caller then builds a new
  // runtime.
  int64_t Restore(ThreadState& ts);

  // A list holding every reached object and every saved copy.
  Value keep() const { return keep_; }
  // Objects reached and records kept (for tests and the README figures).
  size_t objects() const { return reached_.size(); }
  size_t records() const;

 private:
  struct DictRec {
    Dict* live;
    Dict* saved;  // exact copy (DictAssign)
    bool class_dict;
  };
  struct SetRec {
    Set* live;
    List* saved;  // the items in iteration order
  };
  struct ListRec {
    List* live;
    List* saved;
  };
  struct CellRec {
    Cell* live;
    Value saved;
  };
  struct FunctionRec {
    Function* live;
    Function saved;  // field copy (header included, never written back)
  };
  struct ClassRec {
    ClassObject* live;
    ClassObject* meta;
    Str* name;
    Str* module_name;
    ClassObject* base;
    Dict* dict;
    uint32_t flags;
    uint32_t depth;
    Tuple* bases;
    Tuple* mro;
  };
  struct InstanceRec {  // NativeData
    NativeData* live;
    ClassObject* cls;
    Dict* attrs;
  };
  // An instance of a user class (objects/shape.h): its layout (a Shape or,
  // in dict mode, its __dict__), overflow tuple, and the values of its
  // slots in shape mode (inline ones first, then the overflow items, whose
  // tuple is written in place when an attribute changes).
  struct ShapedRec {
    Instance* live;
    ClassObject* cls;
    Object* layout;
    Tuple* overflow;
    std::vector<Value> slots;
  };
  struct ExceptionRec {
    ExceptionObject* live;
    ExceptionObject saved;
  };
  struct ModuleRec {
    Module* live;
    Str* name;
    Dict* dict;
  };
  struct PropertyRec {
    Property* live;
    Property saved;
  };
  struct WrapperRec {  // staticmethod / classmethod
    Object* live;
    Value func;
  };

  absl::Status Walk(ThreadState& ts, const std::vector<Value>& roots);
  bool Keep(ThreadState& ts, Value v);

  Value keep_ = Value::None();
  absl::flat_hash_set<const Object*> reached_;
  std::vector<DictRec> dicts_;
  std::vector<SetRec> sets_;
  std::vector<ListRec> lists_;
  std::vector<CellRec> cells_;
  std::vector<FunctionRec> functions_;
  std::vector<ClassRec> classes_;
  std::vector<InstanceRec> instances_;
  std::vector<ShapedRec> shaped_;
  std::vector<ExceptionRec> exceptions_;
  std::vector<ModuleRec> modules_;
  std::vector<PropertyRec> properties_;
  std::vector<WrapperRec> wrappers_;
  // Reached objects of builtin-subclass classes (their attributes live in
  // RuntimeState::side_dicts), with the side dict each had (or null).
  absl::flat_hash_map<const Object*, Dict*> side_dicts_;
  std::vector<std::pair<const Object*, Dict*>> side_dict_entries_;
};

}  // namespace interp::fuzz

#endif  // INTERP_TOOLS_FUZZ_GRAPH_SNAPSHOT_H_
