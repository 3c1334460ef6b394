# An exception message with a newline is printed as is.
raise Exception('multi\nline')
