import mod_cycle_a
import mod_cycle_b
print(mod_cycle_a.get_b(), mod_cycle_b.get_a())
print(mod_cycle_a.mod_cycle_b is mod_cycle_b)
