// The backtracking matcher. All choice points and all undo records live
// on one explicit stack (never the C stack): a failure pops records,
// restoring capture slots and repeat counters, until it reaches a choice
// point to resume from. Lookarounds and atomic groups run their
// sub-program as a nested run on the same stack (nesting bounded by the
// pattern, not the subject); on success the nested run's choice points are
// dropped and its undo records kept, so backtracking past the assertion
// still restores what it captured.
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/modules/re/re_program.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace re {
namespace {

enum class FrameKind : uint8_t {
  kAlt,          // resume at pc, pos
  kUndoSlot,     // slots[index] = value
  kUndoCounter,  // count[index] = value, last[index] = extra
  kUndoLast,     // lastindex = value
  kRepOne,       // kRepeatOne choice: pc of the instruction, pos = start,
                 // value = count taken now
};

struct Frame {
  FrameKind kind;
  int32_t index;  // pc or slot/counter index
  int64_t pos;
  int64_t value;
  int64_t extra;
};

template <typename CharT>
class Matcher {
 public:
  Matcher(ThreadState& ts, const Program& prog, const CharT* text, int64_t end)
      : ts_(ts),
        prog_(prog),
        s_(text),
        end_(end),
        slots_(2 * (prog.groups + 1), -1),
        poll_(ts, /*at_safe_point=*/false),
        count_(prog.counters, 0),
        last_(prog.counters, -1) {}

  // 1 match, 0 none, -1 error. On a match, *end_pos is where it ended.
  int Run(int pc, int64_t pos, bool top, int64_t* end_pos);

  void SetEnd(int64_t end) { end_ = end; }
  void SetText(const CharT* text) { s_ = text; }
  void Reset() {
    if (stack_.capacity() == 0) stack_.reserve(32);
    std::fill(slots_.begin(), slots_.end(), -1);
    lastindex_ = -1;
    stack_.clear();
  }

  bool full = false;
  bool must_advance = false;
  int64_t start = 0;  // where the current attempt began
  int lastindex_ = -1;

 private:
  bool Item(const Inst& in, uint32_t c) const {
    switch (in.op) {
      case Op::kChar:
        return c == static_cast<uint32_t>(in.a);
      case Op::kCharIgnore:
        return SimpleLower(c, in.flag) == static_cast<uint32_t>(in.a);
      case Op::kAny:
        return c != '\n';
      case Op::kAnyAll:
        return true;
      case Op::kSet:
        return prog_.sets[in.a].Contains(c);
      default:
        return false;
    }
  }
  bool Word(int64_t i) const {
    return IsWordChar(static_cast<uint32_t>(s_[i]),
                      (prog_.flags & kAscii) != 0);
  }
  bool At(AtKind k, int64_t pos) const {
    switch (k) {
      case AtKind::kBeginning:
        return pos == 0;
      case AtKind::kBeginningLine:
        return pos == 0 || s_[pos - 1] == '\n';
      case AtKind::kEnd:
        return pos == end_ || (pos == end_ - 1 && s_[pos] == '\n');
      case AtKind::kEndLine:
        return pos == end_ || s_[pos] == '\n';
      case AtKind::kEndString:
        return pos == end_;
      case AtKind::kBoundary:
      case AtKind::kNonBoundary: {
        if (end_ == 0) return false;
        bool before = pos > 0 && Word(pos - 1);
        bool here = pos < end_ && Word(pos);
        return (before != here) == (k == AtKind::kBoundary);
      }
    }
    return false;
  }
  void SetSlot(int slot, int64_t v) {
    stack_.push_back({FrameKind::kUndoSlot, slot, 0, slots_[slot], 0});
    slots_[slot] = v;
    if (slot & 1) {
      stack_.push_back({FrameKind::kUndoLast, 0, 0, lastindex_, 0});
      lastindex_ = slot / 2;
    }
  }
  void SetCounter(int r, int64_t count, int64_t last) {
    stack_.push_back({FrameKind::kUndoCounter, r, 0, count_[r], last_[r]});
    count_[r] = count;
    last_[r] = last;
  }
  // Charges `items` characters stepped over between two ticks to the host
  // limits (CountItems, and the scans for a repeat's tail literal): else
  // (\w+)@ searched across 'a' * 65535 does quadratic work between the
  // ticks of its start positions, and no instruction budget stops it (the
  // fuzzers met it only at their 2 s deadline).
  bool Charge(int64_t items) {
    uncharged_ += items;
    if (uncharged_ < NativePoll::kStride) return true;
    const int64_t n = uncharged_;
    uncharged_ = 0;
    return poll_.Advance(static_cast<uint64_t>(n));
  }
  // How many items of the kRepeatOne at `pc` match from `pos`, up to `max`.
  int64_t CountItems(int pc, int64_t pos, int64_t max) const {
    const Inst& item = prog_.code[pc + 1];
    int64_t limit = end_ - pos;
    if (max >= 0 && max < limit) limit = max;
    int64_t k = 0;
    if (item.op == Op::kAnyAll) return limit;
    if (item.op == Op::kSet) {
      const CharSet& set = prog_.sets[item.a];
      while (k < limit && set.Contains(static_cast<uint32_t>(s_[pos + k]))) {
        ++k;
      }
      return k;
    }
    while (k < limit && Item(item, static_cast<uint32_t>(s_[pos + k]))) ++k;
    return k;
  }
  // Drops the choice points above `base`, keeping the undo records.
  void KeepUndo(size_t base) {
    size_t w = base;
    for (size_t r = base; r < stack_.size(); ++r) {
      if (stack_[r].kind != FrameKind::kAlt &&
          stack_[r].kind != FrameKind::kRepOne) {
        stack_[w++] = stack_[r];
      }
    }
    stack_.resize(w);
  }

  ThreadState& ts_;
  const Program& prog_;
  const CharT* s_;
  int64_t end_;

 public:
  std::vector<int64_t> slots_;

 private:
  NativePoll poll_;
  int64_t uncharged_ = 0;  // characters below one Charge() stride
  std::vector<int64_t> count_, last_;
  std::vector<Frame> stack_;
};

template <typename CharT>
int Matcher<CharT>::Run(int pc, int64_t pos, bool top, int64_t* end_pos) {
  const size_t base = stack_.size();
  const std::vector<Inst>& code = prog_.code;
  for (;;) {
    const Inst& in = code[pc];
    switch (in.op) {
      case Op::kChar:
      case Op::kCharIgnore:
      case Op::kAny:
      case Op::kAnyAll:
      case Op::kSet:
        if (pos < end_ && Item(in, static_cast<uint32_t>(s_[pos]))) {
          ++pos;
          ++pc;
          continue;
        }
        goto fail;
      case Op::kAt:
        if (At(static_cast<AtKind>(in.a), pos)) {
          ++pc;
          continue;
        }
        goto fail;
      case Op::kSplit:
        stack_.push_back({FrameKind::kAlt, in.b, pos, 0, 0});
        pc = in.a;
        continue;
      case Op::kJmp:
        if (!poll_.Tick()) return -1;
        pc = in.a;
        continue;
      case Op::kSave:
        SetSlot(in.a, pos);
        ++pc;
        continue;
      case Op::kMatch:
        if (top && ((full && pos != end_) || (must_advance && pos == start))) {
          goto fail;
        }
        *end_pos = pos;
        if (!top) KeepUndo(base);
        return 1;
      case Op::kFail:
        goto fail;
      case Op::kBackref: {
        int64_t b = slots_[2 * in.a], e = slots_[2 * in.a + 1];
        if (b < 0 || e < 0) goto fail;
        int64_t len = e - b;
        if (len > end_ - pos) goto fail;
        bool ok = true;
        for (int64_t k = 0; k < len && ok; ++k) {
          auto x = static_cast<uint32_t>(s_[b + k]);
          auto y = static_cast<uint32_t>(s_[pos + k]);
          if (in.flag) {
            bool ascii = prog_.flags & kAscii;
            ok = SimpleLower(x, ascii) == SimpleLower(y, ascii);
          } else {
            ok = x == y;
          }
        }
        if (!ok) goto fail;
        pos += len;
        ++pc;
        continue;
      }
      case Op::kAssert: {
        int64_t from = pos;
        if (in.c >= 0) {
          from = pos - in.c;
          if (from < 0) {
            if (in.flag) {
              pc = in.b;
              continue;
            }
            goto fail;
          }
        }
        // A nested run may end anywhere for a lookahead; the end of the
        // subject stays the same.
        int64_t sub_end;
        int r = Run(pc + 1, from, false, &sub_end);
        if (r < 0) return -1;
        if ((r == 1) != (in.flag != 0)) {
          pc = in.b;
          continue;
        }
        goto fail;
      }
      case Op::kAtomic: {
        int64_t sub_end;
        int r = Run(pc + 1, pos, false, &sub_end);
        if (r < 0) return -1;
        if (r == 0) goto fail;
        pos = sub_end;
        pc = in.b;
        continue;
      }
      case Op::kGroupExists: {
        bool set = slots_[2 * in.a] >= 0 && slots_[2 * in.a + 1] >= 0;
        pc = set ? pc + 1 : in.b;
        continue;
      }
      case Op::kRepeatOne: {
        const int64_t min = in.b, max = in.c;
        if (in.flag == kLazy) {
          if (min > 0 && CountItems(pc, pos, min) < min) goto fail;
          stack_.push_back({FrameKind::kRepOne, pc, pos, min, 0});
          pos += min;
          pc += 2;
          continue;
        }
        int64_t n = CountItems(pc, pos, max);
        const int64_t counted = n;
        if (in.d > 0 && in.flag != kPossessive) {
          const auto tail = static_cast<uint32_t>(in.d - 1);
          while (n >= min && (pos + n >= end_ ||
                              static_cast<uint32_t>(s_[pos + n]) != tail)) {
            --n;
          }
        }
        if (!Charge(counted + (counted - n))) return -1;
        if (n < min) goto fail;
        // A repeat that ends an unconstrained top-level match never
        // needs to give characters back.
        const bool final =
            top && !full && !must_advance && code[pc + 2].op == Op::kMatch;
        if (in.flag == kGreedy && n > min && !final) {
          stack_.push_back({FrameKind::kRepOne, pc, pos, n, 0});
        }
        pos += n;
        pc += 2;
        continue;
      }
      case Op::kRepInit:
        SetCounter(in.a, 0, -1);
        ++pc;
        continue;
      case Op::kRepCheck: {
        if (!poll_.Tick()) return -1;
        const int r = in.a;
        const int64_t count = count_[r];
        const int64_t min = in.b, max = in.c;
        if (count < min) {
          SetCounter(r, count + 1, pos);
          ++pc;
          continue;
        }
        // Another iteration that could only match empty again ends the
        // loop (CPython's guard against infinite empty repeats).
        bool can_more = (max < 0 || count < max) && pos != last_[r];
        if (!can_more) {
          pc = in.d;
          continue;
        }
        if (in.flag == kLazy) {
          // Try the tail first; the frame resumes with one more
          // iteration (the kRepCheck re-runs with the count bumped by the
          // frame's extra marker).
          stack_.push_back({FrameKind::kAlt, -(pc + 1), pos, 0, 0});
          pc = in.d;
          continue;
        }
        stack_.push_back({FrameKind::kAlt, in.d, pos, 0, 0});
        SetCounter(r, count + 1, pos);
        ++pc;
        continue;
      }
    }
  fail:
    for (;;) {
      if (stack_.size() == base) return 0;
      Frame f = stack_.back();
      stack_.pop_back();
      switch (f.kind) {
        case FrameKind::kUndoSlot:
          slots_[f.index] = f.value;
          continue;
        case FrameKind::kUndoLast:
          lastindex_ = static_cast<int>(f.value);
          continue;
        case FrameKind::kUndoCounter:
          count_[f.index] = f.value;
          last_[f.index] = f.extra;
          continue;
        case FrameKind::kAlt:
          if (!poll_.Tick()) return -1;
          pos = f.pos;
          if (f.index < 0) {
            // A lazy repeat's deferred iteration.
            pc = -f.index;  // the body
            const Inst& check = code[pc - 1];
            SetCounter(check.a, count_[check.a] + 1, pos);
          } else {
            pc = f.index;
          }
          break;
        case FrameKind::kRepOne: {
          if (!poll_.Tick()) return -1;
          const Inst& rep = code[f.index];
          if (rep.flag == kLazy) {
            int64_t taken = f.value;
            if ((rep.c >= 0 && taken >= rep.c) || f.pos + taken >= end_ ||
                !Item(code[f.index + 1],
                      static_cast<uint32_t>(s_[f.pos + taken]))) {
              continue;
            }
            ++taken;
            stack_.push_back({FrameKind::kRepOne, f.index, f.pos, taken, 0});
            pos = f.pos + taken;
            pc = f.index + 2;
            break;
          }
          int64_t taken = f.value - 1;
          // Skip counts after which the next literal cannot match.
          if (rep.d > 0) {
            const auto tail = static_cast<uint32_t>(rep.d - 1);
            while (taken >= rep.b &&
                   (f.pos + taken >= end_ ||
                    static_cast<uint32_t>(s_[f.pos + taken]) != tail)) {
              --taken;
            }
            if (!Charge(f.value - 1 - taken)) return -1;
          }
          if (taken < rep.b) continue;
          if (taken > rep.b) {
            stack_.push_back({FrameKind::kRepOne, f.index, f.pos, taken, 0});
          }
          pos = f.pos + taken;
          pc = f.index + 2;
          break;
        }
      }
      break;
    }
  }
}

template <typename CharT>
class RunnerImpl : public Runner {
 public:
  RunnerImpl(ThreadState& ts, const Program& prog, const CharT* text)
      : ts_(ts), prog_(prog), text_(text), m_(ts, prog, text, 0) {}

  int Run(int64_t endpos, int64_t pos, bool search, bool full,
          bool must_advance, MatchResult* result) override;
  void Rebind(const void* text) override {
    text_ = static_cast<const CharT*>(text);
    m_.SetText(text_);
  }
  const ThreadState* thread() const override { return &ts_; }

 private:
  // The next start position >= `start` where the first character can
  // match (endpos when none).
  int64_t Skip(int64_t start, int64_t endpos) const;

  ThreadState& ts_;
  const Program& prog_;
  const CharT* text_;
  Matcher<CharT> m_;
};

template <typename CharT>
int64_t RunnerImpl<CharT>::Skip(int64_t start, int64_t endpos) const {
  if (prog_.first_char >= 0) {
    const auto c = static_cast<uint32_t>(prog_.first_char);
    if constexpr (sizeof(CharT) == 1) {
      if (c >= 256 || start >= endpos) return endpos;
      const void* hit = std::memchr(text_ + start, static_cast<int>(c),
                                    static_cast<size_t>(endpos - start));
      return hit == nullptr ? endpos : static_cast<const CharT*>(hit) - text_;
    }
    while (start < endpos && static_cast<uint32_t>(text_[start]) != c) {
      ++start;
    }
    return start;
  }
  if (prog_.first_set >= 0) {
    const CharSet& set = prog_.sets[prog_.first_set];
    while (start < endpos &&
           !set.Contains(static_cast<uint32_t>(text_[start]))) {
      ++start;
    }
  }
  return start;
}

template <typename CharT>
int RunnerImpl<CharT>::Run(int64_t endpos, int64_t pos, bool search, bool full,
                           bool must_advance, MatchResult* result) {
  Matcher<CharT>& m = m_;
  m.SetEnd(endpos);
  m.full = full;
  const bool filtered = prog_.first_char >= 0 || prog_.first_set >= 0;
  NativePoll poll(ts_, /*at_safe_point=*/false);
  for (int64_t start = pos; start <= endpos; ++start) {
    if (start != pos) {
      if (!search || prog_.anchored_start) break;
      if (!poll.Tick()) return -1;
    }
    if (search && filtered) {
      start = Skip(start, endpos);
      if (start >= endpos) break;
    }
    m.must_advance = must_advance && start == pos;
    m.Reset();
    m.start = start;
    int64_t end;
    int r = m.Run(0, start, true, &end);
    if (r < 0) return -1;
    if (r == 1) {
      result->slots = m.slots_;
      result->slots[0] = start;
      result->slots[1] = end;
      result->lastindex = m.lastindex_;
      return 1;
    }
  }
  return 0;
}

}  // namespace

std::unique_ptr<Runner> NewRunner(ThreadState& ts, const Program& prog,
                                  const uint8_t* text) {
  return std::make_unique<RunnerImpl<uint8_t>>(ts, prog, text);
}
std::unique_ptr<Runner> NewRunner(ThreadState& ts, const Program& prog,
                                  const uint32_t* text) {
  return std::make_unique<RunnerImpl<uint32_t>>(ts, prog, text);
}

}  // namespace re
}  // namespace interp
