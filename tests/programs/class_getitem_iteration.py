# Without __iter__, iteration falls back to __getitem__ until IndexError.
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), Seq()[2])
for v in Seq():
    print(v, end=" ")
print()
