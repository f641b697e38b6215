# A typed to-do manager in modern style: `from __future__ import
# annotations`, type hints everywhere (forward references included),
# class-level annotations used as a field list, and a report.
from __future__ import annotations

from collections import defaultdict


class Task:
    id: int
    title: str
    priority: int
    tags: list[str]
    parent: Task | None
    done: bool

    _next_id: int = 1

    def __init__(self, title: str, priority: int = 3, tags: list[str] | None = None,
                 parent: Task | None = None) -> None:
        if not 1 <= priority <= 5:
            raise ValueError(f"priority must be 1..5, got {priority}")
        self.id = Task._next_id
        Task._next_id += 1
        self.title = title
        self.priority = priority
        self.tags = sorted(tags or [])
        self.parent = parent
        self.done = False

    def path(self) -> str:
        return self.title if self.parent is None else f"{self.parent.path()} > {self.title}"

    def __repr__(self) -> str:
        mark = "x" if self.done else " "
        return f"[{mark}] #{self.id} {self.title} (p{self.priority})"


class TodoList:
    tasks: dict[int, Task]

    def __init__(self) -> None:
        self.tasks = {}

    def add(self, title: str, **kwargs: object) -> Task:
        task = Task(title, **kwargs)
        self.tasks[task.id] = task
        return task

    def complete(self, task_id: int) -> list[int]:
        if task_id not in self.tasks:
            raise KeyError(f"no task #{task_id}")
        closed = []
        for t in self.tasks.values():
            node: Task | None = t
            while node is not None:
                if node.id == task_id and not t.done:
                    t.done = True
                    closed.append(t.id)
                    break
                node = node.parent
        return closed

    def by_tag(self) -> dict[str, list[int]]:
        out: defaultdict[str, list[int]] = defaultdict(list)
        for t in self.tasks.values():
            for tag in t.tags:
                out[tag].append(t.id)
        return dict(sorted(out.items()))

    def pending(self) -> list[Task]:
        return sorted((t for t in self.tasks.values() if not t.done), key=lambda t: (t.priority, t.id))


todo = TodoList()
home = todo.add("Home", priority=2, tags=["life"])
paint = todo.add("Paint fence", priority=3, tags=["outdoor", "life"], parent=home)
todo.add("Buy paint", priority=1, tags=["shopping"], parent=paint)
work = todo.add("Work", priority=1)
todo.add("Write report", priority=2, tags=["writing"], parent=work)
todo.add("Email Bob", priority=4, tags=["writing", "quick"], parent=work)
print(Task.__annotations__)
print(TodoList.__annotations__)
for t in todo.pending():
    print(f"{t!r:<28} {t.path()}")
print("tags:", todo.by_tag())
print("completed:", todo.complete(paint.id))
print("completed:", todo.complete(paint.id))
print([repr(t) for t in todo.pending()])
for bad in [lambda: todo.complete(99), lambda: todo.add("x", priority=9)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
counts: dict[bool, int] = {}
for t in todo.tasks.values():
    counts[t.done] = counts.get(t.done, 0) + 1
print(counts, __annotations__)
