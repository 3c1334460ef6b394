import _mod_imp_y
zval = 'z'
print('_mod_imp_z sees _mod_imp_y partial', hasattr(_mod_imp_y, 'yval'))
