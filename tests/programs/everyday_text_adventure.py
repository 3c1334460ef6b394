# A small text adventure driven by a state machine and scripted commands.
from enum import Enum, auto


class State(Enum):
    HALL = auto()
    LIBRARY = auto()
    VAULT = auto()
    ESCAPED = auto()


class Player:
    def __init__(self, name):
        self.name = name
        self.inventory = []
        self.moves = 0

    def has(self, item):
        return item in self.inventory

    def __repr__(self):
        return f"Player({self.name!r}, items={self.inventory})"


ROOMS = {
    State.HALL: {"desc": "A dusty hall.", "exits": {"north": State.LIBRARY}, "items": ["lamp"]},
    State.LIBRARY: {"desc": "Shelves of books.", "exits": {"south": State.HALL, "east": State.VAULT},
                    "items": ["key", "book"]},
    State.VAULT: {"desc": "A locked vault.", "exits": {"west": State.LIBRARY, "up": State.ESCAPED},
                  "items": []},
}


class Game:
    def __init__(self, player):
        self.player = player
        self.state = State.HALL
        self.log = []

    def say(self, msg):
        self.log.append(msg)
        print(f"[{self.player.moves:02d}] {msg}")

    def handle(self, command):
        verb, _, arg = command.partition(" ")
        self.player.moves += 1
        handler = getattr(self, f"do_{verb}", None)
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        handler(arg)

    def do_look(self, _):
        room = ROOMS[self.state]
        items = ", ".join(room["items"]) or "nothing"
        exits = "/".join(sorted(room["exits"]))
        self.say(f"{room['desc']} You see: {items}. Exits: {exits}")

    def do_take(self, item):
        room = ROOMS[self.state]
        if item in room["items"]:
            room["items"].remove(item)
            self.player.inventory.append(item)
            self.say(f"Taken {item}.")
        else:
            self.say(f"No {item} here.")

    def do_go(self, direction):
        room = ROOMS[self.state]
        target = room["exits"].get(direction)
        match target:
            case None:
                self.say("You can't go that way.")
            case State.VAULT if not self.player.has("key"):
                self.say("The vault is locked.")
            case State.ESCAPED if not self.player.has("lamp"):
                self.say("It's too dark to climb.")
            case State.ESCAPED:
                self.state = target
                self.say("You climb out into the daylight!")
            case _:
                self.state = target
                self.say(f"You walk {direction} to the {target.name.lower()}.")

    def do_inventory(self, _):
        self.say(f"You carry: {sorted(self.player.inventory)}")


game = Game(Player("Ada"))
script = ["look", "go east", "go north", "look", "go east", "take key", "take book",
          "go east", "look", "go up", "dance", "go west", "go south", "take lamp",
          "inventory", "go north", "go east", "go up"]
for cmd in script:
    if game.state is State.ESCAPED:
        break
    game.handle(cmd)
print(game.state, game.player, len(game.log))
print(State.ESCAPED.value, list(State)[:2], State["VAULT"])
