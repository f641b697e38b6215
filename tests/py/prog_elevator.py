# An elevator controller simulation: a state machine with class constants,
# a request queue and a deterministic event script.


class State:
    IDLE = "idle"
    MOVING_UP = "up"
    MOVING_DOWN = "down"
    DOORS_OPEN = "doors"


class Elevator:
    def __init__(self, name, floors, start=0):
        self.name = name
        self.floors = floors
        self.floor = start
        self.state = State.IDLE
        self.stops = set()
        self.door_timer = 0
        self.travelled = 0
        self.log = []

    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"{self.name}: no floor {floor}")
        if floor == self.floor and self.state in (State.IDLE, State.DOORS_OPEN):
            self.open_doors()
            return
        self.stops.add(floor)

    def open_doors(self):
        self.state = State.DOORS_OPEN
        self.door_timer = 2
        self.stops.discard(self.floor)
        self.log.append(f"{self.name} opens at {self.floor}")

    def choose_direction(self):
        if not self.stops:
            return State.IDLE
        above = [f for f in self.stops if f > self.floor]
        below = [f for f in self.stops if f < self.floor]
        if self.state == State.MOVING_DOWN and below:
            return State.MOVING_DOWN
        if above and (self.state != State.MOVING_DOWN or not below):
            return State.MOVING_UP
        return State.MOVING_DOWN if below else State.MOVING_UP

    def step(self):
        if self.state == State.DOORS_OPEN:
            self.door_timer -= 1
            if self.door_timer == 0:
                self.state = State.IDLE
                self.log.append(f"{self.name} closes at {self.floor}")
            return
        direction = self.choose_direction()
        if direction == State.IDLE:
            self.state = State.IDLE
            return
        self.state = direction
        self.floor += 1 if direction == State.MOVING_UP else -1
        self.travelled += 1
        if self.floor in self.stops:
            self.open_doors()

    def cost(self, floor):
        distance = abs(self.floor - floor)
        penalty = 0 if self.state == State.IDLE else 2
        return distance + penalty + len(self.stops)

    def __repr__(self):
        stops = ",".join(map(str, sorted(self.stops))) or "-"
        return f"{self.name}@{self.floor}[{self.state}] stops={stops}"


class Building:
    def __init__(self, floors, n):
        self.elevators = [Elevator(chr(ord("A") + i), floors, start=i * (floors - 1)) for i in range(n)]

    def call(self, floor):
        best = min(self.elevators, key=lambda e: (e.cost(floor), e.name))
        best.request(floor)
        return best.name

    def tick(self):
        for e in self.elevators:
            e.step()


building = Building(10, 2)
script = {0: [("call", 5)], 1: [("call", 2)], 2: [("go", "A", 9)], 4: [("call", 8), ("call", 0)],
          6: [("go", "B", 3)], 9: [("call", 7)], 12: [("go", "A", 12)], 13: [("call", 4)]}
for t in range(26):
    for action in script.get(t, []):
        try:
            if action[0] == "call":
                who = building.call(action[1])
                print(f"t={t:>2} call floor {action[1]} -> {who}")
            else:
                _, name, floor = action
                elevator = next(e for e in building.elevators if e.name == name)
                elevator.request(floor)
                print(f"t={t:>2} {name} inside request {floor}")
        except ValueError as e:
            print(f"t={t:>2} error: {e}")
    building.tick()
    if t % 5 == 4:
        print(f"t={t:>2}", building.elevators)
for e in building.elevators:
    print(e.name, "travelled", e.travelled, "floors")
    print("  " + "; ".join(e.log))
