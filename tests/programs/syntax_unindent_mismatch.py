# IndentationError: dedent to a level that matches no outer block.
if True:
        a = 1
    b = 2
