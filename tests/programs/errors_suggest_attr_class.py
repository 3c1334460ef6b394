# Class attributes through the class object ("type object ...").
class Config:
    DEBUG = False
    VERBOSE = True


print(Config.DEBUG)
print(Config.VERBOSE_)
