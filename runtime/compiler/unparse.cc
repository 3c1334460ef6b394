#include "runtime/compiler/unparse.h"

#include <cmath>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"

namespace interp::compiler {
namespace {

// Operator priorities, loosest first: an operand printed at a priority
// above its own operator's gets parentheses.
enum Priority {
  kPrTuple,
  kPrTest,  // if-else, lambda
  kPrOr,
  kPrAnd,
  kPrNot,
  kPrCmp,
  kPrExpr,
  kPrBor = kPrExpr,
  kPrBxor,
  kPrBand,
  kPrShift,
  kPrArith,
  kPrTerm,
  kPrFactor,
  kPrPower,
  kPrAwait,
  kPrAtom,
};

class Unparser {
 public:
  explicit Unparser(ThreadState& ts) : ts_(ts) {}

  bool Expr(const ast::Expr& e, int level, std::string* out) {
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::kBoolOp:
        return BoolOp(e.As<ast::BoolOp>(), level, out);
      case K::kBinOp:
        return BinOp(e.As<ast::BinOp>(), level, out);
      case K::kUnaryOp:
        return UnaryOp(e.As<ast::UnaryOp>(), level, out);
      case K::kLambda: {
        const auto& l = e.As<ast::Lambda>();
        Open(level > kPrTest, out);
        bool positional = !l.args.args.empty() || !l.args.posonlyargs.empty();
        out->append(positional ? "lambda " : "lambda");
        if (!Arguments(l.args, out)) return false;
        out->append(": ");
        if (!Expr(*l.body, kPrTest, out)) return false;
        Close(level > kPrTest, out);
        return true;
      }
      case K::kIfExp: {
        const auto& i = e.As<ast::IfExp>();
        Open(level > kPrTest, out);
        if (!Expr(*i.body, kPrTest + 1, out)) return false;
        out->append(" if ");
        if (!Expr(*i.test, kPrTest + 1, out)) return false;
        out->append(" else ");
        if (!Expr(*i.orelse, kPrTest, out)) return false;
        Close(level > kPrTest, out);
        return true;
      }
      case K::kDict: {
        const auto& d = e.As<ast::Dict>();
        out->push_back('{');
        for (size_t i = 0; i < d.values.size(); ++i) {
          if (i > 0) out->append(", ");
          if (d.keys[i] != nullptr) {
            if (!Expr(*d.keys[i], kPrTest, out)) return false;
            out->append(": ");
            if (!Expr(*d.values[i], kPrTest, out)) return false;
          } else {
            out->append("**");
            if (!Expr(*d.values[i], kPrExpr, out)) return false;
          }
        }
        out->push_back('}');
        return true;
      }
      case K::kSet:
        return Sequence(e.As<ast::Set>().elts, "{", "}", out);
      case K::kList:
        return Sequence(e.As<ast::List>().elts, "[", "]", out);
      case K::kTuple: {
        const auto& t = e.As<ast::Tuple>();
        if (t.elts.empty()) {
          out->append("()");
          return true;
        }
        Open(level > kPrTuple, out);
        for (size_t i = 0; i < t.elts.size(); ++i) {
          if (i > 0) out->append(", ");
          if (!Expr(*t.elts[i], kPrTest, out)) return false;
        }
        if (t.elts.size() == 1) out->push_back(',');
        Close(level > kPrTuple, out);
        return true;
      }
      case K::kGeneratorExp: {
        const auto& g = e.As<ast::GeneratorExp>();
        return Comprehension(g.elt.get(), nullptr, g.generators, "(", ")", out);
      }
      case K::kListComp: {
        const auto& c = e.As<ast::ListComp>();
        return Comprehension(c.elt.get(), nullptr, c.generators, "[", "]", out);
      }
      case K::kSetComp: {
        const auto& c = e.As<ast::SetComp>();
        return Comprehension(c.elt.get(), nullptr, c.generators, "{", "}", out);
      }
      case K::kDictComp: {
        const auto& c = e.As<ast::DictComp>();
        return Comprehension(c.key.get(), c.value.get(), c.generators, "{", "}",
                             out);
      }
      case K::kYield: {
        const auto& y = e.As<ast::Yield>();
        if (y.value == nullptr) {
          out->append("(yield)");
          return true;
        }
        out->append("(yield ");
        if (!Expr(*y.value, kPrTest, out)) return false;
        out->push_back(')');
        return true;
      }
      case K::kYieldFrom:
        out->append("(yield from ");
        if (!Expr(*e.As<ast::YieldFrom>().value, kPrTest, out)) return false;
        out->push_back(')');
        return true;
      case K::kAwait:
        Open(level > kPrAwait, out);
        out->append("await ");
        if (!Expr(*e.As<ast::Await>().value, kPrAtom, out)) return false;
        Close(level > kPrAwait, out);
        return true;
      case K::kCompare:
        return Compare(e.As<ast::Compare>(), level, out);
      case K::kCall:
        return Call(e.As<ast::Call>(), out);
      case K::kConstant:
        return Constant(e.As<ast::Constant>(), out);
      case K::kJoinedStr: {
        std::string body;
        if (!FStringBody(e.As<ast::JoinedStr>(), &body)) return false;
        out->push_back('f');
        return StrRepr(body, out);
      }
      case K::kFormattedValue:
        return FormattedValue(e.As<ast::FormattedValue>(), out);
      case K::kAttribute: {
        const auto& a = e.As<ast::Attribute>();
        if (!Expr(*a.value, kPrAtom, out)) return false;
        // `1 .real`: without the space the dot would continue the number.
        bool int_const = false;
        if (a.value->Is<ast::Constant>()) {
          ast::ConstKind k = a.value->As<ast::Constant>().ckind;
          int_const = k == ast::ConstKind::kInt || k == ast::ConstKind::kBigInt;
        }
        out->append(int_const ? " ." : ".");
        out->append(a.attr);
        return true;
      }
      case K::kSubscript: {
        const auto& s = e.As<ast::Subscript>();
        if (!Expr(*s.value, kPrAtom, out)) return false;
        out->push_back('[');
        if (!Expr(*s.slice, kPrTuple, out)) return false;
        out->push_back(']');
        return true;
      }
      case K::kStarred:
        out->push_back('*');
        return Expr(*e.As<ast::Starred>().value, kPrExpr, out);
      case K::kSlice: {
        const auto& s = e.As<ast::Slice>();
        if (s.lower != nullptr && !Expr(*s.lower, kPrTest, out)) return false;
        out->push_back(':');
        if (s.upper != nullptr && !Expr(*s.upper, kPrTest, out)) return false;
        if (s.step != nullptr) {
          out->push_back(':');
          if (!Expr(*s.step, kPrTest, out)) return false;
        }
        return true;
      }
      case K::kName:
        out->append(e.As<ast::Name>().id);
        return true;
      case K::kNamedExpr: {
        const auto& n = e.As<ast::NamedExpr>();
        Open(level > kPrTuple, out);
        if (!Expr(*n.target, kPrAtom, out)) return false;
        out->append(" := ");
        if (!Expr(*n.value, kPrAtom, out)) return false;
        Close(level > kPrTuple, out);
        return true;
      }
    }
    return true;
  }

 private:
  static void Open(bool paren, std::string* out) {
    if (paren) out->push_back('(');
  }
  static void Close(bool paren, std::string* out) {
    if (paren) out->push_back(')');
  }

  bool BoolOp(const ast::BoolOp& b, int level, std::string* out) {
    bool is_and = b.op == ast::BoolOpKind::kAnd;
    int pr = is_and ? kPrAnd : kPrOr;
    Open(level > pr, out);
    for (size_t i = 0; i < b.values.size(); ++i) {
      if (i > 0) out->append(is_and ? " and " : " or ");
      if (!Expr(*b.values[i], pr + 1, out)) return false;
    }
    Close(level > pr, out);
    return true;
  }

  bool BinOp(const ast::BinOp& b, int level, std::string* out) {
    using K = ast::BinOpKind;
    const char* op = " + ";
    int pr = kPrArith;
    switch (b.op) {
      case K::kAdd:
        op = " + ";
        pr = kPrArith;
        break;
      case K::kSub:
        op = " - ";
        pr = kPrArith;
        break;
      case K::kMult:
        op = " * ";
        pr = kPrTerm;
        break;
      case K::kMatMult:
        op = " @ ";
        pr = kPrTerm;
        break;
      case K::kDiv:
        op = " / ";
        pr = kPrTerm;
        break;
      case K::kMod:
        op = " % ";
        pr = kPrTerm;
        break;
      case K::kFloorDiv:
        op = " // ";
        pr = kPrTerm;
        break;
      case K::kLShift:
        op = " << ";
        pr = kPrShift;
        break;
      case K::kRShift:
        op = " >> ";
        pr = kPrShift;
        break;
      case K::kBitOr:
        op = " | ";
        pr = kPrBor;
        break;
      case K::kBitXor:
        op = " ^ ";
        pr = kPrBxor;
        break;
      case K::kBitAnd:
        op = " & ";
        pr = kPrBand;
        break;
      case K::kPow:
        op = " ** ";
        pr = kPrPower;
        break;
    }
    // `**` groups to the right: its left operand needs the tighter level.
    int right_assoc = b.op == K::kPow ? 1 : 0;
    Open(level > pr, out);
    if (!Expr(*b.left, pr + right_assoc, out)) return false;
    out->append(op);
    if (!Expr(*b.right, pr + 1 - right_assoc, out)) return false;
    Close(level > pr, out);
    return true;
  }

  bool UnaryOp(const ast::UnaryOp& u, int level, std::string* out) {
    using K = ast::UnaryOpKind;
    const char* op = "-";
    int pr = kPrFactor;
    switch (u.op) {
      case K::kInvert:
        op = "~";
        break;
      case K::kNot:
        op = "not ";
        pr = kPrNot;
        break;
      case K::kUAdd:
        op = "+";
        break;
      case K::kUSub:
        op = "-";
        break;
    }
    Open(level > pr, out);
    out->append(op);
    if (!Expr(*u.operand, pr, out)) return false;
    Close(level > pr, out);
    return true;
  }

  bool Compare(const ast::Compare& c, int level, std::string* out) {
    using K = ast::CmpOpKind;
    Open(level > kPrCmp, out);
    if (!Expr(*c.left, kPrCmp + 1, out)) return false;
    for (size_t i = 0; i < c.ops.size(); ++i) {
      const char* op = " == ";
      switch (c.ops[i]) {
        case K::kEq:
          op = " == ";
          break;
        case K::kNotEq:
          op = " != ";
          break;
        case K::kLt:
          op = " < ";
          break;
        case K::kLtE:
          op = " <= ";
          break;
        case K::kGt:
          op = " > ";
          break;
        case K::kGtE:
          op = " >= ";
          break;
        case K::kIs:
          op = " is ";
          break;
        case K::kIsNot:
          op = " is not ";
          break;
        case K::kIn:
          op = " in ";
          break;
        case K::kNotIn:
          op = " not in ";
          break;
      }
      out->append(op);
      if (!Expr(*c.comparators[i], kPrCmp + 1, out)) return false;
    }
    Close(level > kPrCmp, out);
    return true;
  }

  bool Sequence(const std::vector<ast::ExprPtr>& elts, const char* open,
                const char* close, std::string* out) {
    out->append(open);
    for (size_t i = 0; i < elts.size(); ++i) {
      if (i > 0) out->append(", ");
      if (!Expr(*elts[i], kPrTest, out)) return false;
    }
    out->append(close);
    return true;
  }

  bool Comprehension(const ast::Expr* elt, const ast::Expr* value,
                     const std::vector<ast::Comprehension>& gens,
                     const char* open, const char* close, std::string* out) {
    out->append(open);
    if (!Expr(*elt, kPrTest, out)) return false;
    if (value != nullptr) {
      out->append(": ");
      if (!Expr(*value, kPrTest, out)) return false;
    }
    for (const ast::Comprehension& g : gens) {
      out->append(g.is_async ? " async for " : " for ");
      if (!Expr(*g.target, kPrTuple, out)) return false;
      out->append(" in ");
      if (!Expr(*g.iter, kPrTest + 1, out)) return false;
      for (const ast::ExprPtr& cond : g.ifs) {
        out->append(" if ");
        if (!Expr(*cond, kPrTest + 1, out)) return false;
      }
    }
    out->append(close);
    return true;
  }

  bool Call(const ast::Call& c, std::string* out) {
    if (!Expr(*c.func, kPrAtom, out)) return false;
    // f(x for x in y): the generator's parentheses are the call's.
    if (c.args.size() == 1 && c.keywords.empty() &&
        c.args[0]->Is<ast::GeneratorExp>()) {
      return Expr(*c.args[0], kPrTest, out);
    }
    out->push_back('(');
    bool first = true;
    for (const ast::ExprPtr& a : c.args) {
      if (!first) out->append(", ");
      first = false;
      if (!Expr(*a, kPrTest, out)) return false;
    }
    for (const ast::Keyword& k : c.keywords) {
      if (!first) out->append(", ");
      first = false;
      if (k.arg.empty()) {
        out->append("**");
      } else {
        absl::StrAppend(out, k.arg, "=");
      }
      if (!Expr(*k.value, kPrTest, out)) return false;
    }
    out->push_back(')');
    return true;
  }

  bool Arg(const ast::Arg& a, std::string* out) {
    out->append(a.name);
    if (a.annotation == nullptr) return true;
    out->append(": ");
    return Expr(*a.annotation, kPrTest, out);
  }

  bool Arguments(const ast::Arguments& args, std::string* out) {
    bool first = true;
    auto sep = [&]() {
      if (!first) out->append(", ");
      first = false;
    };
    size_t npos = args.posonlyargs.size() + args.args.size();
    size_t first_default = npos - args.defaults.size();
    for (size_t i = 0; i < npos; ++i) {
      sep();
      const ast::Arg& a = i < args.posonlyargs.size()
                              ? args.posonlyargs[i]
                              : args.args[i - args.posonlyargs.size()];
      if (!Arg(a, out)) return false;
      if (i >= first_default) {
        out->push_back('=');
        if (!Expr(*args.defaults[i - first_default], kPrTest, out)) {
          return false;
        }
      }
      if (i + 1 == args.posonlyargs.size()) out->append(", /");
    }
    if (args.vararg != nullptr || !args.kwonlyargs.empty()) {
      sep();
      out->push_back('*');
      if (args.vararg != nullptr && !Arg(*args.vararg, out)) return false;
    }
    for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
      sep();
      if (!Arg(args.kwonlyargs[i], out)) return false;
      if (i < args.kw_defaults.size() && args.kw_defaults[i] != nullptr) {
        out->push_back('=');
        if (!Expr(*args.kw_defaults[i], kPrTest, out)) return false;
      }
    }
    if (args.kwarg != nullptr) {
      sep();
      out->append("**");
      if (!Arg(*args.kwarg, out)) return false;
    }
    return true;
  }

  bool StrRepr(std::string_view s, std::string* out) {
    Str* str = NewStr(ts_, s);
    if (str == nullptr) return false;
    return AppendRepr(ts_, Value::Obj(str), out);
  }

  bool Constant(const ast::Constant& c, std::string* out) {
    using K = ast::ConstKind;
    switch (c.ckind) {
      case K::kNone:
        out->append("None");
        return true;
      case K::kTrue:
        out->append("True");
        return true;
      case K::kFalse:
        out->append("False");
        return true;
      case K::kEllipsis:
        out->append("...");
        return true;
      case K::kInt:
        absl::StrAppend(out, c.int_value);
        return true;
      case K::kFloat:
        // A literal too big for a double is inf; 1e309 reads back as one.
        if (std::isinf(c.float_value)) {
          out->append("1e309");
        } else {
          AppendFloatRepr(c.float_value, out);
        }
        return true;
      case K::kStr:
        return StrRepr(c.str_value, out);
      case K::kBytes:
        AppendBytesRepr(c.str_value, out);
        return true;
      case K::kComplex:
        if (std::isinf(c.float_value)) {
          out->append("1e309j");
        } else {
          AppendComplexRepr({0.0, c.float_value}, out);
        }
        return true;
      case K::kBigInt: {
        Value v = IntFromLiteral(ts_, c.str_value);
        if (v.IsError()) return false;
        return AppendRepr(ts_, v, out);
      }
    }
    return true;
  }

  // The text between an f-string's quotes (a format spec's, unquoted).
  bool FStringBody(const ast::JoinedStr& j, std::string* out) {
    for (const ast::ExprPtr& v : j.values) {
      if (v->Is<ast::Constant>()) {
        out->append(absl::StrReplaceAll(v->As<ast::Constant>().str_value,
                                        {{"{", "{{"}, {"}", "}}"}}));
      } else if (v->Is<ast::FormattedValue>()) {
        if (!FormattedValue(v->As<ast::FormattedValue>(), out)) return false;
      } else if (v->Is<ast::JoinedStr>()) {
        if (!FStringBody(v->As<ast::JoinedStr>(), out)) return false;
      }
    }
    return true;
  }

  bool FormattedValue(const ast::FormattedValue& f, std::string* out) {
    // Above kPrTest so that a lambda's ':' cannot end the field.
    std::string inner;
    if (!Expr(*f.value, kPrTest + 1, &inner)) return false;
    out->append(!inner.empty() && inner[0] == '{' ? "{ " : "{");
    out->append(inner);
    if (f.conversion > 0) {
      out->push_back('!');
      out->push_back(static_cast<char>(f.conversion));
    }
    if (f.format_spec != nullptr) {
      out->push_back(':');
      if (f.format_spec->Is<ast::JoinedStr>()) {
        if (!FStringBody(f.format_spec->As<ast::JoinedStr>(), out)) {
          return false;
        }
      } else if (f.format_spec->Is<ast::Constant>()) {
        out->append(
            absl::StrReplaceAll(f.format_spec->As<ast::Constant>().str_value,
                                {{"{", "{{"}, {"}", "}}"}}));
      }
    }
    out->push_back('}');
    return true;
  }

  ThreadState& ts_;
};

}  // namespace

bool UnparseAnnotation(ThreadState& ts, const ast::Expr& e, std::string* out) {
  return Unparser(ts).Expr(e, kPrTest, out);
}

}  // namespace interp::compiler
