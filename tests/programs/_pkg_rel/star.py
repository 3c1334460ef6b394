public = 1
_private = 2
also_public = 'yes'
