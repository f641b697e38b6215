# Deeply nested patterns over JSON-like data.

documents = [
    {"kind": "user", "id": 1, "profile": {"name": "Ann", "langs": ["py", "rs"]}},
    {"kind": "user", "id": 2, "profile": {"name": "Bob", "langs": []}},
    {"kind": "group", "members": [{"id": 1}, {"id": 2}, {"id": 3}]},
    {"kind": "group", "members": []},
    {"kind": "edge", "from": {"id": 1}, "to": {"id": 2}, "weight": 0.5},
    {"kind": "edge", "from": {"id": 1}, "to": {"id": 1}},
    {"kind": "user", "profile": None},
    ["not", "a", "document"],
]

for doc in documents:
    match doc:
        case {"kind": "user", "id": int(uid), "profile": {"name": name, "langs": [first, *others]}}:
            print(f"user {uid} {name} prefers {first} (+{len(others)})")
        case {"kind": "user", "id": int(uid), "profile": {"name": name, "langs": []}}:
            print(f"user {uid} {name} knows no languages")
        case {"kind": "group", "members": [{"id": first}, *_, {"id": last}]}:
            print(f"group from {first} to {last}")
        case {"kind": "group", "members": []}:
            print("empty group")
        case {"kind": "edge", "from": {"id": a}, "to": {"id": b}} if a == b:
            print(f"self loop on {a}")
        case {"kind": "edge", "from": {"id": a}, "to": {"id": b}, "weight": float(w)}:
            print(f"edge {a}->{b} weight {w}")
        case {"kind": kind}:
            print(f"malformed {kind}")
        case [*words]:
            print("list of", len(words))


tree = (1, ((2, (3, 4)), 5))
match tree:
    case (a, ((b, (c, d)), e)):
        print(a + b + c + d + e)


def flatten(t):
    match t:
        case []:
            return []
        case [[*inner], *rest]:
            return flatten(inner) + flatten(rest)
        case [x, *rest]:
            return [x] + flatten(rest)


print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
