#include "runtime/vm/suggestions.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/factories.h"
#include "runtime/frames/frame_stack.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/shape.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"

namespace interp {
namespace {

RuntimeState& Rt(ThreadState& ts) {
  return *ts.runtime.load(std::memory_order_relaxed);
}
Str* AsStr(Value v) { return static_cast<Str*>(v.AsObject()); }
bool IsStr(Value v) { return IsKind(v, ObjKind::kStr); }

constexpr int64_t kMoveCost = 2;  // insert or delete one byte
constexpr int64_t kCaseCost = 1;  // 'a' <-> 'A'
// CPython gives up on long names and on big namespaces: keep the same
// limits so the same hints appear.
constexpr size_t kMaxCompared = 40;
constexpr size_t kMaxCandidates = 750;

// Where the NameError's frame globals are kept; not an identifier, so no
// script can reach it as an attribute.
constexpr std::string_view kGlobalsKey = "<globals>";

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

int64_t SubstitutionCost(char a, char b) {
  if (a == b) return 0;
  return AsciiLower(a) == AsciiLower(b) ? kCaseCost : kMoveCost;
}

ExceptionObject* PendingOf(ThreadState& ts, ClassObject* base) {
  Value exc = ts.pending_exception;
  if (!IsKind(exc, ObjKind::kException)) return nullptr;
  if (!IsSubclass(ClassOf(Rt(ts), exc), base)) return nullptr;
  return static_cast<ExceptionObject*>(exc.AsObject());
}

void AppendKeys(Dict* d, std::vector<std::string>* out) {
  if (d == nullptr) return;
  uint32_t pos = 0;
  Value k, v;
  while (DictNext(d, &pos, &k, &v)) {
    if (IsStr(k)) out->emplace_back(AsStr(k)->view());
  }
}

// What dir(obj) would list, sorted and without duplicates.
std::vector<std::string> DirOf(RuntimeState& rt, Value obj) {
  std::vector<std::string> names;
  ClassObject* cls = nullptr;
  if (IsKind(obj, ObjKind::kModule)) {
    AppendKeys(As<Module>(obj)->dict, &names);
  } else if (IsKind(obj, ObjKind::kClass)) {
    cls = As<ClassObject>(obj);
  } else {
    if (IsKind(obj, ObjKind::kInstance)) {
      auto* inst = As<Instance>(obj);
      if (InstanceInShapeMode(inst)) {
        const Shape* s = InstanceShape(inst);
        for (uint32_t i = 0; i < s->size; ++i) {
          names.emplace_back(s->keys[i]->view());
        }
      } else {
        AppendKeys(InstanceDictMode(inst), &names);
      }
    } else if (IsKind(obj, ObjKind::kException)) {
      AppendKeys(As<ExceptionObject>(obj)->attrs, &names);
    } else if (IsKind(obj, ObjKind::kFunction)) {
      AppendKeys(As<Function>(obj)->attrs, &names);
    }
    cls = ClassOf(rt, obj);
  }
  for (; cls != nullptr; cls = cls->base) AppendKeys(ClassDict(cls), &names);
  names.erase(
      std::remove_if(names.begin(), names.end(),
                     [](const std::string& s) { return s == kGlobalsKey; }),
      names.end());
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// The local variable names of a code object as CPython's co_varnames lists
// them: parameters and plain locals, not cells of non-parameters nor free
// variables.
std::vector<std::string> VarnamesOf(const CodeBody& body) {
  std::vector<bool> skip(body.varnames.size(), false);
  for (uint16_t r : body.cell_locals) {
    if (r < skip.size()) skip[r] = true;
  }
  for (uint16_t r : body.free_regs) {
    if (r < skip.size()) skip[r] = true;
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < body.varnames.size(); ++i) {
    Str* s = body.varnames[i];
    if (skip[i] || s == nullptr || s->byte_len == 0) continue;
    out.emplace_back(s->view());
  }
  return out;
}

}  // namespace

namespace suggest {

int64_t Distance(std::string_view a, std::string_view b, int64_t max_cost) {
  // Common prefixes and suffixes cost nothing; dropping them keeps the
  // table small.
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) {
    return static_cast<int64_t>(a.size() + b.size()) * kMoveCost;
  }
  if (a.size() > kMaxCompared || b.size() > kMaxCompared) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if (static_cast<int64_t>(b.size() - a.size()) * kMoveCost > max_cost) {
    return max_cost + 1;
  }
  // One row of the classic table, indexed by prefix length of `a`.
  std::vector<int64_t> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) {
    row[i] = static_cast<int64_t>(i + 1) * kMoveCost;
  }
  int64_t last = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    int64_t diag = static_cast<int64_t>(bi) * kMoveCost;
    int64_t left = static_cast<int64_t>(bi + 1) * kMoveCost;
    int64_t row_min = std::numeric_limits<int64_t>::max();
    for (size_t ai = 0; ai < a.size(); ++ai) {
      int64_t up = row[ai];
      int64_t v = std::min(diag + SubstitutionCost(b[bi], a[ai]),
                           std::min(up, left) + kMoveCost);
      diag = up;
      left = v;
      row[ai] = v;
      row_min = std::min(row_min, v);
    }
    last = left;
    // Every path crosses every row: nothing below can get cheaper.
    if (row_min > max_cost) return max_cost + 1;
  }
  return last;
}

std::string Best(std::string_view name,
                 const std::vector<std::string>& candidates) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::string best;
  bool found = false;
  int64_t best_distance = std::numeric_limits<int64_t>::max();
  for (const std::string& c : candidates) {
    if (c == name) continue;
    // At most about a third of the characters may change, and a candidate
    // must beat the best so far.
    int64_t budget =
        static_cast<int64_t>(name.size() + c.size() + 3) * kMoveCost / 6;
    budget = std::min(budget, best_distance - 1);
    int64_t d = Distance(name, c, budget);
    if (d > budget) continue;
    if (!found || d < best_distance) {
      best = c;
      best_distance = d;
      found = true;
    }
  }
  return best;
}

}  // namespace suggest

void RecordNameErrorContext(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  ExceptionObject* e = PendingOf(ts, rt.exc.name_error);
  Frame* f = ts.frames.top();
  if (e == nullptr || f == nullptr || f->func == nullptr ||
      f->func->globals == nullptr) {
    return;
  }
  Str* key = InternStr(ts, kGlobalsKey);
  if (key == nullptr) return;
  if (e->attrs == nullptr) e->attrs = NewDict(ts);
  if (e->attrs == nullptr) return;
  DictSetStr(ts, e->attrs, key, DictValue(f->func->globals));
}

void RecordAttributeErrorContext(ThreadState& ts, Value obj, Str* name) {
  RuntimeState& rt = Rt(ts);
  ExceptionObject* e = PendingOf(ts, rt.exc.attribute_error);
  if (e == nullptr) return;
  Str* obj_key = InternStr(ts, "obj");
  if (obj_key == nullptr) return;
  if (e->attrs != nullptr) {
    Value n = DictGetStr(e->attrs, rt.names.name);
    Value o = DictGetStr(e->attrs, obj_key);
    if ((!n.IsEmpty() && !n.IsNone()) || (!o.IsEmpty() && !o.IsNone())) {
      return;  // already augmented closer to where it was raised
    }
  } else {
    e->attrs = NewDict(ts);
    if (e->attrs == nullptr) return;
  }
  DictSetStr(ts, e->attrs, rt.names.name, Value::Obj(name));
  DictSetStr(ts, e->attrs, obj_key, obj);
}

std::string SuggestionSuffix(ThreadState& ts, Value exc, Code* innermost) {
  if (!IsKind(exc, ObjKind::kException)) return "";
  RuntimeState& rt = Rt(ts);
  auto* e = static_cast<ExceptionObject*>(exc.AsObject());
  if (e->attrs == nullptr) return "";
  ClassObject* cls = ClassOf(rt, exc);
  Value name = DictGetStr(e->attrs, rt.names.name);
  if (!IsStr(name)) return "";
  std::string_view wanted = AsStr(name)->view();
  std::string best;
  if (IsSubclass(cls, rt.exc.attribute_error)) {
    Str* obj_key = InternStr(ts, "obj");
    Value obj =
        obj_key != nullptr ? DictGetStr(e->attrs, obj_key) : Value::Empty();
    if (obj.IsEmpty()) return "";
    best = suggest::Best(wanted, DirOf(rt, obj));
  } else if (IsSubclass(cls, rt.exc.name_error)) {
    // Locals of the raising frame, then its globals, then the builtins:
    // the first namespace with a close name wins.
    if (innermost != nullptr && innermost->body != nullptr) {
      best = suggest::Best(wanted, VarnamesOf(*innermost->body));
    }
    Str* key = InternStr(ts, kGlobalsKey);
    Value globals = key != nullptr ? DictGetStr(e->attrs, key) : Value::Empty();
    if (best.empty() && IsKind(globals, ObjKind::kDict)) {
      std::vector<std::string> names;
      AppendKeys(AsDict(globals), &names);
      best = suggest::Best(wanted, names);
    }
    if (best.empty() && rt.builtins_module != nullptr &&
        rt.builtins_module->kind == ObjKind::kModule) {
      std::vector<std::string> names;
      AppendKeys(static_cast<Module*>(rt.builtins_module)->dict, &names);
      best = suggest::Best(wanted, names);
    }
  }
  if (best.empty()) return "";
  return absl::StrCat(". Did you mean: '", best, "'?");
}

}  // namespace interp
