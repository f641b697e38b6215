# A priority task scheduler built on generators (cooperative multitasking).
import heapq
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn:
    def __init__(self, gen, priority=5, name=None):
        self.gen = gen
        self.priority = priority
        self.name = name


class Task:
    _ids = 0

    def __init__(self, gen, priority, name):
        Task._ids += 1
        self.id = Task._ids
        self.gen = gen
        self.priority = priority
        self.name = name or f"task{self.id}"
        self.result = None

    def __lt__(self, other):
        return (self.priority, self.id) < (other.priority, other.id)

    def __repr__(self):
        return f"<Task {self.name} p={self.priority}>"


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.log = []
        self.finished = {}

    def spawn(self, gen, priority=5, name=None):
        task = Task(gen, priority, name)
        heapq.heappush(self.ready, task)
        return task

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                wake, _, task = heapq.heappop(self.sleeping)
                self.clock = wake
                heapq.heappush(self.ready, task)
                continue
            while self.sleeping and self.sleeping[0][0] <= self.clock:
                _, _, t = heapq.heappop(self.sleeping)
                heapq.heappush(self.ready, t)
            task = heapq.heappop(self.ready)
            try:
                request = task.gen.send(None)
            except StopIteration as stop:
                self.finished[task.name] = stop.value
                self.log.append(f"t={self.clock} {task.name} done -> {stop.value!r}")
                continue
            except Exception as e:
                self.finished[task.name] = e
                self.log.append(f"t={self.clock} {task.name} crashed: {type(e).__name__}: {e}")
                continue
            self.clock += 1
            if isinstance(request, Sleep):
                heapq.heappush(self.sleeping, (self.clock + request.ticks, task.id, task))
            elif isinstance(request, Spawn):
                child = self.spawn(request.gen, request.priority, request.name)
                self.log.append(f"t={self.clock} {task.name} spawned {child.name}")
                heapq.heappush(self.ready, task)
            else:
                if request is not None:
                    self.log.append(f"t={self.clock} {task.name} says {request}")
                heapq.heappush(self.ready, task)


def counter(name, n, pause):
    total = 0
    for i in range(n):
        total += i
        yield f"{name}:{i}"
        if pause:
            yield Sleep(pause)
    return total


def parent():
    yield "starting children"
    yield Spawn(counter("kid", 2, 0), priority=1, name="kid")
    yield Sleep(3)
    yield "parent awake"
    return "parent ok"


def crasher():
    yield "about to fail"
    raise RuntimeError("boom")


def pipeline_stage(source, factor):
    for x in source:
        yield x * factor


sched = Scheduler()
sched.spawn(counter("a", 3, 2), priority=3, name="A")
sched.spawn(counter("b", 2, 0), priority=2, name="B")
sched.spawn(parent(), priority=4, name="P")
sched.spawn(crasher(), priority=9, name="X")
sched.run()
for line in sched.log:
    print(line)
print(sorted((k, repr(v)) for k, v in sched.finished.items()))
print("clock", sched.clock)

source = iter(range(1, 6))
doubled = pipeline_stage(source, 2)
tripled = pipeline_stage(doubled, 3)
print(list(tripled))

rr = deque([counter("r1", 2, 0), counter("r2", 3, 0)])
out = []
while rr:
    g = rr.popleft()
    try:
        out.append(next(g))
        rr.append(g)
    except StopIteration as e:
        out.append(f"ret {e.value}")
print(out)
