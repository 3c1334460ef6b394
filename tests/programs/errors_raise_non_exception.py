# raise of something that is not an exception: TypeError.
raise 5
