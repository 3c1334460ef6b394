# isinstance() against @runtime_checkable protocols checks their members;
# other protocols refuse instance checks.
from typing import Protocol, runtime_checkable, TypeVar, Generic, SupportsInt
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class HasName(Protocol):
    name: str
@runtime_checkable
class Sized2(Protocol):
    size: int
    def area(self) -> int: ...
class F:
    def close(self): pass
class G:
    close = None
class Box:
    size = 3
    def area(self): return 9
print(isinstance(F(), Closer), isinstance(G(), Closer), isinstance(1, Closer), isinstance(Box(), Sized2), isinstance(F(), Sized2))
try:
    isinstance(F(), HasName)
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(F)
except TypeError as e:
    print("TypeError:", str(e)[:60])
class Impl(Closer):
    def close(self): return "closed"
print(isinstance(Impl(), Closer), Impl().close(), Impl.__mro__[1].__name__, type(Closer).__name__)
T = TypeVar("T")
class P2(Protocol[T]):
    def get(self) -> T: ...
print(P2.__parameters__, P2._is_protocol)
