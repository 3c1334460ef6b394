// `_pwd` and `_grp`: the password and group databases through the C
// library (getpwnam_r, getgrgid_r, ...), so NSS sources such as LDAP are
// seen as CPython sees them. Entries come back as plain tuples; pwd.py and
// grp.py (runtime/lib) wrap them in struct_passwd/struct_group and word
// the KeyErrors as CPython does.
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace interp {
namespace builtins {
namespace {

// A tuple of str/int values built from `items` (text or number each).
struct Field {
  bool is_text;
  std::string text;
  int64_t number;
};

Value FieldsTuple(ThreadState& ts, const std::vector<Field>& fields,
                  const std::vector<std::string>* members) {
  uint32_t n = static_cast<uint32_t>(fields.size() + (members ? 1 : 0));
  Tuple* t = NewTuple(ts, n);
  if (t == nullptr) return Value::Error();
  for (uint32_t i = 0; i < n; ++i) t->items[i] = Value::None();
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  for (size_t i = 0; i < fields.size(); ++i) {
    Value v = fields[i].is_text ? StrValue(ts, fields[i].text)
                                : Value::Int(fields[i].number);
    if (v.IsError()) return v;
    t->items[i] = v;
  }
  if (members != nullptr) {
    List* l = NewList(ts, 0);
    if (l == nullptr) return Value::Error();
    t->items[fields.size()] = Value::Obj(l);
    for (const std::string& m : *members) {
      Value s = StrValue(ts, m);
      if (s.IsError() || !ListAppend(ts, l, s)) return Value::Error();
    }
  }
  return Value::Obj(t);
}

Value PasswdTuple(ThreadState& ts, const passwd& p) {
  return FieldsTuple(ts,
                     {{true, p.pw_name, 0},
                      {true, p.pw_passwd ? p.pw_passwd : "", 0},
                      {false, "", static_cast<int64_t>(p.pw_uid)},
                      {false, "", static_cast<int64_t>(p.pw_gid)},
                      {true, p.pw_gecos ? p.pw_gecos : "", 0},
                      {true, p.pw_dir ? p.pw_dir : "", 0},
                      {true, p.pw_shell ? p.pw_shell : "", 0}},
                     nullptr);
}

Value GroupTuple(ThreadState& ts, const group& g) {
  std::vector<std::string> members;
  for (char** m = g.gr_mem; m != nullptr && *m != nullptr; ++m) {
    members.emplace_back(*m);
  }
  return FieldsTuple(ts,
                     {{true, g.gr_name, 0},
                      {true, g.gr_passwd ? g.gr_passwd : "", 0},
                      {false, "", static_cast<int64_t>(g.gr_gid)}},
                     &members);
}

// Calls a *_r lookup with a growing buffer. Returns the entry, None when
// there is none, or Error.
template <typename Entry, typename Lookup, typename Make>
Value LookupEntry(ThreadState& ts, Lookup lookup, Make make) {
  std::vector<char> buf(1024);
  for (;;) {
    Entry entry;
    Entry* result = nullptr;
    int err = lookup(&entry, buf.data(), buf.size(), &result);
    if (err == ERANGE && buf.size() < (size_t{1} << 24)) {
      buf.resize(buf.size() * 2);
      continue;
    }
    if (result == nullptr) return Value::None();
    return make(ts, entry);
  }
}

bool NameArg(ThreadState& ts, const Value* args, uint32_t nargs,
             const char* fname, std::string* out) {
  if (!CheckArgCount(ts, fname, nargs, 1, 1)) return false;
  if (!IsStr(args[0])) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "%s() argument must be str, not %s",
                fname, TypeName(ts, args[0]));
    return false;
  }
  *out = std::string(AsStr(args[0])->view());
  if (out->find('\0') != std::string::npos) {
    RaiseValueError(ts, "embedded null byte");
    return false;
  }
  return true;
}

// An id argument: an int in uid_t/gid_t's range (-1 included, as the C
// library's (uid_t)-1). Out of range: *fits is false.
bool IdArg(ThreadState& ts, const Value* args, uint32_t nargs,
           const char* fname, const char* what, int64_t* out, bool* fits) {
  if (!CheckArgCount(ts, fname, nargs, 1, 1)) return false;
  if (!args[0].IsIntLike() && !IsKind(args[0], ObjKind::kBigInt)) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "%s should be integer, not %s", what,
                TypeName(ts, args[0]));
    return false;
  }
  *fits = args[0].IsIntLike() && args[0].AsInt() >= -1 &&
          args[0].AsInt() <= 0xFFFFFFFFLL;
  *out = *fits ? args[0].AsInt() : 0;
  return true;
}

Value GetPwNam(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  std::string name;
  if (!NameArg(ts, args, nargs, "getpwnam", &name)) return Value::Error();
  return LookupEntry<passwd>(
      ts,
      [&](passwd* e, char* b, size_t n, passwd** r) {
        return getpwnam_r(name.c_str(), e, b, n, r);
      },
      PasswdTuple);
}

Value GetPwUid(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  int64_t id;
  bool fits;
  if (!IdArg(ts, args, nargs, "getpwuid", "uid", &id, &fits)) {
    return Value::Error();
  }
  if (!fits) return Value::Bool(false);
  return LookupEntry<passwd>(
      ts,
      [&](passwd* e, char* b, size_t n, passwd** r) {
        return getpwuid_r(static_cast<uid_t>(id), e, b, n, r);
      },
      PasswdTuple);
}

Value GetGrNam(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  std::string name;
  if (!NameArg(ts, args, nargs, "getgrnam", &name)) return Value::Error();
  return LookupEntry<group>(
      ts,
      [&](group* e, char* b, size_t n, group** r) {
        return getgrnam_r(name.c_str(), e, b, n, r);
      },
      GroupTuple);
}

Value GetGrGid(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  int64_t id;
  bool fits;
  if (!IdArg(ts, args, nargs, "getgrgid", "gid", &id, &fits)) {
    return Value::Error();
  }
  if (!fits) return Value::Bool(false);
  return LookupEntry<group>(
      ts,
      [&](group* e, char* b, size_t n, group** r) {
        return getgrgid_r(static_cast<gid_t>(id), e, b, n, r);
      },
      GroupTuple);
}

// getpwall/getgrall walk the databases with the non-reentrant iterators,
// which is safe here: natives run under the global lock and no other
// code of interp uses them.
Value GetPwAll(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "getpwall", nargs, 0, 0)) return Value::Error();
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  setpwent();
  while (passwd* p = getpwent()) {
    Value t = PasswdTuple(ts, *p);
    if (t.IsError() || !ListAppend(ts, out, t)) {
      endpwent();
      return Value::Error();
    }
  }
  endpwent();
  return Value::Obj(out);
}

Value GetGrAll(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (!CheckArgCount(ts, "getgrall", nargs, 0, 0)) return Value::Error();
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  setgrent();
  while (group* g = getgrent()) {
    Value t = GroupTuple(ts, *g);
    if (t.IsError() || !ListAppend(ts, out, t)) {
      endgrent();
      return Value::Error();
    }
  }
  endgrent();
  return Value::Obj(out);
}

Module* InitPwdModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_pwd"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!AddFunction(ts, m, "getpwnam", GetPwNam) ||
      !AddFunction(ts, m, "getpwuid", GetPwUid) ||
      !AddFunction(ts, m, "getpwall", GetPwAll)) {
    return nullptr;
  }
  return m;
}

Module* InitGrpModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_grp"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!AddFunction(ts, m, "getgrnam", GetGrNam) ||
      !AddFunction(ts, m, "getgrgid", GetGrGid) ||
      !AddFunction(ts, m, "getgrall", GetGrAll)) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_pwd", InitPwdModule);
INTERP_REGISTER_BUILTIN_MODULE("_grp", InitGrpModule);

}  // namespace builtins
}  // namespace interp
