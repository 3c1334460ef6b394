# Single inheritance, method overriding and super().
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return self.kind + ": " + self.speak()
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return self.name + " barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
a = Animal("generic")
d = Dog("Rex", "lab")
p = Puppy("Bit", "pug")
for x in [a, d, p]:
    print(x.describe())
print(p.breed, p.kind, Puppy.kind)
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(issubclass(Dog, object), isinstance(d, object))
class Base:
    def hello(self):
        return "Base.hello"
class Child(Base):
    pass
print(Child().hello())
class Counter:
    def __init__(self):
        self.n = 0
class Loud(Counter):
    def __init__(self):
        super().__init__()
        self.n += 10
print(Loud().n)
