"""The dining philosophers, without deadlock.

Five philosophers sit around a table with one fork between each pair; to
eat, a philosopher needs both neighbouring forks (`threading.Lock`s). If
everyone picks up the left fork first, they can all hold one fork and wait
forever for the other: a deadlock. Taking the lower-numbered fork first
(a global lock order) makes a cycle of waits impossible.

A `threading.Semaphore` keeps the waiter's rule too (at most four at the
table), and a `threading.Barrier` lets everyone sit down together.

Run it:  gilt examples/dining_philosophers.py   (or python3, to compare)
"""
import threading
import time

N = 5
MEALS = 20
forks = [threading.Lock() for _ in range(N)]
seats = threading.Semaphore(N - 1)
sit_down = threading.Barrier(N)
meals = [0] * N
in_use = [False] * N
conflicts = []


def philosopher(i):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    sit_down.wait()
    for _ in range(MEALS):
        with seats:
            with forks[first]:
                with forks[second]:
                    # Nobody else may hold these forks now.
                    if in_use[left] or in_use[right]:
                        conflicts.append(i)
                    in_use[left] = in_use[right] = True
                    meals[i] += 1
                    time.sleep(0.0002)  # eating
                    in_use[left] = in_use[right] = False
        time.sleep(0.0001)  # thinking


table = [threading.Thread(target=philosopher, args=(i,), name="philosopher-%d" % i)
         for i in range(N)]
for t in table:
    t.start()
for t in table:
    t.join()

for i in range(N):
    print("philosopher", i, "ate", meals[i], "meals")
print("forks shared by two eaters at once:", len(conflicts))
print("everyone finished (no deadlock):", all(not t.is_alive() for t in table))
