import mod_cycle_b
A_VALUE = 'a'
def get_b():
    return mod_cycle_b.B_VALUE
