# os and os.path run on the sandbox's posix stand-in: string functions
# work, the file system is empty, processes are out of reach.
import os, os.path, posixpath
print(os.path.join("/a", "b", "c.txt"), os.path.basename("/a/b.py"))
print(os.path.normpath("a//b/../c"), os.path.splitext("f.tar.gz"))
print(os.path.isabs("/x"), os.path.exists("/etc"), os.path.isdir("/"))
print(os.path.abspath("rel"), os.getcwd(), os.environ.get("HOME"))
print(hasattr(os, "kill"), hasattr(os, "fork"), hasattr(os, "system"))
for f in (os.stat, os.listdir, os.remove, os._exit):
    try:
        f("/")
    except OSError as e:
        print(f.__name__, "blocked")
os.environ["K"] = "v"
print(os.environ["K"], posixpath.dirname("/a/b/c"))
import subprocess
try:
    subprocess.run(["true"])
except Exception as e:
    print("subprocess:", type(e).__name__)
