import _mod_imp_z
print('_mod_imp_y sees', _mod_imp_z.zval if hasattr(_mod_imp_z, 'zval') else 'partial')
yval = 'y'
