# A small command interpreter driven by match on split command lines.
inventory = {}
history = []


def run(line):
    match line.split():
        case []:
            return "empty command"
        case ["add", name, count] if count.isdigit():
            inventory[name] = inventory.get(name, 0) + int(count)
            return f"added {count} {name}"
        case ["add", name]:
            return run(f"add {name} 1")
        case ["remove", name, *_] if name not in inventory:
            return f"no {name} to remove"
        case ["remove", name]:
            del inventory[name]
            return f"removed all {name}"
        case ["remove", name, count] if count.isdigit():
            left = max(0, inventory[name] - int(count))
            inventory[name] = left
            return f"{name}: {left} left"
        case ["list"]:
            return ", ".join(f"{k}={v}" for k, v in sorted(inventory.items())) or "(nothing)"
        case ["list", ("asc" | "desc") as order]:
            items = sorted(inventory.items(), key=lambda kv: kv[1], reverse=order == "desc")
            return " ".join(k for k, _ in items)
        case ["rename", old, "to", new] if old in inventory:
            inventory[new] = inventory.pop(old)
            return f"{old} is now {new}"
        case ["history", *args]:
            match args:
                case []:
                    return f"{len(history)} commands"
                case [n] if n.isdigit():
                    return " | ".join(history[-int(n):])
                case _:
                    return "usage: history [N]"
        case ["help" | "?", *topics]:
            return "topics: " + (", ".join(topics) if topics else "all")
        case [("quit" | "exit")]:
            return "bye"
        case [cmd, *_]:
            return f"unknown command {cmd!r}"


script = """
add apple 3
add pear
add apple 2
add fig x
list
remove kiwi
remove pear 5
list desc
rename apple to malus
list asc
history
history 2
history a b
help
? add remove

remove fig
dance now
quit
"""
for line in script.splitlines()[1:]:
    out = run(line)
    history.append(line)
    print(f"> {line:24} {out}")
