# A turn-based RPG battle: class hierarchy, super(), __init_subclass__
# registry, properties, class methods and a seeded random generator.
import random


class Unit:
    registry = {}

    def __init_subclass__(cls, role=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if role:
            Unit.registry[role] = cls

    def __init__(self, name, hp, attack, defense, rng):
        self.name = name
        self.max_hp = hp
        self._hp = hp
        self.attack = attack
        self.defense = defense
        self.rng = rng
        self.effects = {}

    @property
    def hp(self):
        return self._hp

    @hp.setter
    def hp(self, value):
        self._hp = max(0, min(self.max_hp, value))

    @property
    def alive(self):
        return self._hp > 0

    @classmethod
    def create(cls, role, name, rng):
        try:
            klass = cls.registry[role]
        except KeyError:
            raise ValueError(f"unknown role {role!r}") from None
        return klass(name, rng)

    def damage_to(self, other, power=1.0):
        base = self.attack * power - other.defense
        roll = self.rng.randint(-2, 3)
        return max(1, int(base + roll))

    def act(self, allies, enemies):
        target = min((e for e in enemies if e.alive), key=lambda e: (e.hp, e.name))
        dmg = self.damage_to(target)
        target.hp -= dmg
        return f"{self.name} hits {target.name} for {dmg}"

    def tick(self):
        msgs = []
        if "poison" in self.effects:
            self.hp -= 3
            self.effects["poison"] -= 1
            msgs.append(f"{self.name} takes 3 poison")
            if not self.effects["poison"]:
                del self.effects["poison"]
        return msgs

    def __str__(self):
        bar = "#" * (10 * self.hp // self.max_hp)
        return f"{self.name:<8}{type(self).__name__:<8}{self.hp:>3}/{self.max_hp:<3} [{bar:<10}]"


class Warrior(Unit, role="warrior"):
    def __init__(self, name, rng):
        super().__init__(name, 40, 9, 4, rng)

    def act(self, allies, enemies):
        if self.rng.random() < 0.25:
            target = max((e for e in enemies if e.alive), key=lambda e: (e.attack, e.name))
            dmg = self.damage_to(target, 1.6)
            target.hp -= dmg
            return f"{self.name} CLEAVES {target.name} for {dmg}"
        return super().act(allies, enemies)


class Healer(Unit, role="healer"):
    def __init__(self, name, rng):
        super().__init__(name, 26, 4, 2, rng)

    def act(self, allies, enemies):
        hurt = [a for a in allies if a.alive and a.hp < a.max_hp * 0.6]
        if hurt:
            target = min(hurt, key=lambda a: a.hp / a.max_hp)
            amount = 8 + self.rng.randint(0, 4)
            target.hp += amount
            return f"{self.name} heals {target.name} for {amount}"
        return super().act(allies, enemies)


class Rogue(Unit, role="rogue"):
    def __init__(self, name, rng):
        super().__init__(name, 30, 7, 3, rng)

    def act(self, allies, enemies):
        target = self.rng.choice([e for e in enemies if e.alive])
        target.effects["poison"] = 3
        dmg = self.damage_to(target)
        target.hp -= dmg
        return f"{self.name} stabs {target.name} for {dmg} (poisoned)"


def battle(seed):
    rng = random.Random(seed)
    heroes = [Unit.create(r, n, rng) for r, n in [("warrior", "Brom"), ("healer", "Ilsa"), ("rogue", "Vex")]]
    foes = [Unit.create(r, n, rng) for r, n in [("warrior", "Orc"), ("rogue", "Goblin"), ("warrior", "Troll")]]
    for rnd in range(1, 30):
        order = sorted((u for u in heroes + foes if u.alive), key=lambda u: (-u.attack, u.name))
        for unit in order:
            if not unit.alive:
                continue
            allies, enemies = (heroes, foes) if unit in heroes else (foes, heroes)
            if not any(e.alive for e in enemies):
                break
            print(f"  r{rnd}: {unit.act(allies, enemies)}")
        for u in heroes + foes:
            if u.alive:
                for m in u.tick():
                    print(f"  r{rnd}: {m}")
        if not all(any(u.alive for u in side) for side in (heroes, foes)):
            break
    winner = "heroes" if any(u.alive for u in heroes) else "foes"
    print(f"seed {seed}: {winner} win after {rnd} rounds")
    for u in heroes + foes:
        print("   ", u)


print(sorted(Unit.registry), Warrior.__mro__[1].__name__, Healer.__bases__)
battle(1)
battle(7)
try:
    Unit.create("wizard", "Zed", random.Random(0))
except ValueError as e:
    print("ValueError:", e)
