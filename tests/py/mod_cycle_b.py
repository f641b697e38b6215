import mod_cycle_a
B_VALUE = 'b'
def get_a():
    return mod_cycle_a.A_VALUE
