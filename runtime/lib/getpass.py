"""getuser(): the login name, from the environment or the password
database. (getpass() itself, which needs terminal control, is absent.)"""

__all__ = ["getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    import os
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]
