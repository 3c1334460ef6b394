# Uncaught FileNotFoundError from open() of a missing file.
def read_config(path):
    with open(path) as f:
        return f.read()
read_config("no_such_config_file.txt")
