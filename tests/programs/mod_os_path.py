# os.path.join and os.path.exists; os.getpid is a positive int.
import os
print(os.path.join("a", "b"), os.path.join("a/", "b"), os.path.join("/abs", "x", "y.py"))
print(os.path.join("a", "/root"), os.path.join("", "b"), os.path.join("dir", ""))
print(os.path.exists("mod_os_path.py"), os.path.exists("no_such_file_here.py"))
print(os.path.exists("/"), os.path.exists("/definitely/not/here"))
pid = os.getpid()
print(type(pid).__name__, pid > 0)
