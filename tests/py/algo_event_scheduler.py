class Event:
    def __init__(self, time, name, action):
        self.time, self.name, self.action = time, name, action
    def __lt__(self, other):
        return (self.time, self.name) < (other.time, other.name)
class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
    def at(self, time, name, action=None):
        self.queue.append(Event(time, name, action))
        self.queue.sort()
    def run(self):
        while self.queue:
            ev = self.queue.pop(0)
            self.now = ev.time
            print(f'[t={self.now:>3}] {ev.name}')
            if ev.action:
                ev.action(self)
def ping(s):
    if s.now < 40:
        s.at(s.now + 15, 'ping', ping)
s = Scheduler()
s.at(10, 'start')
s.at(5, 'boot')
s.at(10, 'alpha')
s.at(0, 'ping', ping)
s.at(100, 'shutdown')
s.run()
