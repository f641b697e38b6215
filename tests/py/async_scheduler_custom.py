# A hand-written round-robin scheduler driving coroutines with send/throw,
# with sleeping on a virtual clock and message passing (no asyncio).
import heapq


class Yield:
    def __await__(self):
        yield ("yield",)


class Sleep:
    def __init__(self, t):
        self.t = t

    def __await__(self):
        yield ("sleep", self.t)


class Recv:
    def __await__(self):
        msg = yield ("recv",)
        return msg


class Send:
    def __init__(self, to, msg):
        self.to = to
        self.msg = msg

    def __await__(self):
        yield ("send", self.to, self.msg)


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.waiting = {}
        self.mailboxes = {}
        self.now = 0
        self.seq = 0
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro, None, None))
        self.mailboxes[name] = []

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.now, _, name, coro = heapq.heappop(self.sleeping)
                self.ready.append((name, coro, None, None))
                continue
            name, coro, value, exc = self.ready.pop(0)
            try:
                req = coro.throw(exc) if exc else coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"[t={self.now}] {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"[t={self.now}] {name} crashed: {e!r}")
                continue
            kind = req[0]
            if kind == "yield":
                self.ready.append((name, coro, None, None))
            elif kind == "sleep":
                self.seq += 1
                heapq.heappush(self.sleeping, (self.now + req[1], self.seq, name, coro))
            elif kind == "recv":
                box = self.mailboxes[name]
                if box:
                    self.ready.append((name, coro, box.pop(0), None))
                else:
                    self.waiting[name] = coro
            elif kind == "send":
                _, to, msg = req
                if to not in self.mailboxes:
                    self.ready.append((name, coro, None, KeyError(to)))
                    continue
                if to in self.waiting:
                    self.ready.append((to, self.waiting.pop(to), msg, None))
                else:
                    self.mailboxes[to].append(msg)
                self.ready.append((name, coro, None, None))


async def pinger(n):
    for i in range(n):
        await Send("ponger", ("ping", i))
        reply = await Recv()
        print(f"  pinger got {reply}")
    await Send("ponger", ("stop", None))
    return "pinger done"


async def ponger():
    count = 0
    while True:
        kind, i = await Recv()
        if kind == "stop":
            return count
        count += 1
        await Send("pinger", ("pong", i))


async def sleeper(name, delays):
    for d in delays:
        await Sleep(d)
        print(f"  {name} woke")
    return sum(delays)


async def spinner(n):
    for i in range(n):
        await Yield()
    return n


async def bad_sender():
    try:
        await Send("nobody", "hello")
    except KeyError as e:
        print("  bad_sender: no mailbox", e)
    raise RuntimeError("giving up")


s = Scheduler()
s.spawn("pinger", pinger(3))
s.spawn("ponger", ponger())
s.spawn("sleepy", sleeper("sleepy", [5, 1, 2]))
s.spawn("dozy", sleeper("dozy", [3, 3]))
s.spawn("spin", spinner(4))
s.spawn("bad", bad_sender())
s.run()
print(sorted((k, repr(v)) for k, v in s.results.items()))
print("final clock", s.now)
