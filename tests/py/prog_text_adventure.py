# A small text adventure driven by a fixed list of commands.

ROOMS = {
    "hall": {
        "desc": "a dusty hall",
        "exits": {"north": "library", "east": "kitchen"},
        "items": ["lamp"],
    },
    "library": {
        "desc": "a quiet library full of books",
        "exits": {"south": "hall", "up": "attic"},
        "items": ["book", "key"],
    },
    "kitchen": {
        "desc": "a kitchen smelling of bread",
        "exits": {"west": "hall", "down": "cellar"},
        "items": ["bread"],
    },
    "attic": {"desc": "a dark attic", "exits": {"down": "library"}, "items": ["chest"]},
    "cellar": {"desc": "a cold cellar", "exits": {"up": "kitchen"}, "items": []},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.chest_open = False
        self.score = 0

    def look(self):
        room = ROOMS[self.room]
        exits = ", ".join(sorted(room["exits"]))
        items = ", ".join(room["items"]) or "nothing"
        return f"You are in {room['desc']}. Exits: {exits}. You see: {items}."

    def do(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(*rest)

    def cmd_look(self):
        return self.look()

    def cmd_go(self, direction=None):
        if direction is None:
            return "Go where?"
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return f"You can't go {direction}."
        target = exits[direction]
        if target == "attic" and "lamp" not in self.inventory:
            return "It is too dark to climb up there without a lamp."
        self.room = target
        return self.look()

    def cmd_take(self, item=None):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        if item == "chest":
            return "The chest is far too heavy."
        items.remove(item)
        self.inventory.append(item)
        self.score += 5
        return f"Taken: {item}."

    def cmd_drop(self, item=None):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return f"Dropped: {item}."

    def cmd_inventory(self):
        if not self.inventory:
            return "You carry nothing."
        return "You carry: " + ", ".join(sorted(self.inventory))

    def cmd_open(self, what=None):
        if what != "chest" or "chest" not in ROOMS[self.room]["items"]:
            return "Nothing to open."
        if "key" not in self.inventory:
            return "The chest is locked."
        if self.chest_open:
            return "It is already open."
        self.chest_open = True
        self.score += 50
        self.state = "won"
        return "The chest creaks open: gold! You win."

    def cmd_eat(self, what=None):
        if what not in self.inventory:
            return f"You have no {what}."
        self.inventory.remove(what)
        if what == "bread":
            self.score += 1
            return "Delicious."
        return f"You can't eat the {what}!"


COMMANDS = [
    "look", "dance", "go west", "go north", "take book", "take key",
    "go up", "go south", "take lamp", "take sofa", "inventory",
    "go east", "take bread", "eat bread", "eat lamp", "go down", "go up",
    "go west", "go north", "go up", "open chest", "open chest", "",
]

game = Game()
for cmd in COMMANDS:
    if game.state != "playing" and cmd:
        print(f"> {cmd}\n  (the game is over)")
        continue
    print(f"> {cmd}")
    print("  " + game.do(cmd))
print(f"state={game.state} moves={game.moves} score={game.score} room={game.room}")
print("inventory:", game.inventory)
