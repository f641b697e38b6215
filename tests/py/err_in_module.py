import mod_util
print('calling into module')
mod_util.fail()
