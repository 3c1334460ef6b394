# A SyntaxError in an imported module is raised at the import statement.
print("main: before import")
try:
    import _mod_syntax
except SyntaxError as e:
    print("caught SyntaxError, line", e.lineno)
import _mod_syntax
