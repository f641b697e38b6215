# Bowling and tennis scoring katas.

class BowlingError(ValueError):
    pass


def bowling_score(rolls):
    for r in rolls:
        if not 0 <= r <= 10:
            raise BowlingError(f"invalid roll {r}")
    score = 0
    i = 0
    frames = []
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            bonus = rolls[i + 1:i + 3]
            if len(bonus) < 2:
                raise BowlingError("strike bonus rolls missing")
            score += 10 + sum(bonus)
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) < 2:
                raise BowlingError(f"frame {frame + 1} incomplete")
            if sum(pair) > 10:
                raise BowlingError(f"frame {frame + 1} has {sum(pair)} pins")
            if sum(pair) == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("spare bonus roll missing")
                score += 10 + rolls[i + 2]
            else:
                score += sum(pair)
            i += 2
        frames.append(score)
    extra = len(rolls) - i
    expected_extra = 2 if rolls[i - 1] == 10 and len(rolls) >= 2 and frames and rolls[i - 1:i] == [10] else 0
    if extra > 2:
        raise BowlingError(f"{extra} rolls after the last frame")
    return score, frames


games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "typical": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [7, 5] + [0] * 18,
    "short": [10, 10],
    "bad roll": [11] + [0] * 19,
}
for name, rolls in games.items():
    try:
        total, frames = bowling_score(rolls)
        print(f"{name:<14} {total:>3} {frames}")
    except BowlingError as e:
        print(f"{name:<14} error: {e}")


class TennisGame:
    NAMES = ["Love", "Fifteen", "Thirty", "Forty"]

    def __init__(self, p1, p2):
        self.players = (p1, p2)
        self.points = [0, 0]

    def won_point(self, player):
        if self.winner():
            raise RuntimeError("game already over")
        self.points[self.players.index(player)] += 1

    def winner(self):
        a, b = self.points
        if max(a, b) >= 4 and abs(a - b) >= 2:
            return self.players[0 if a > b else 1]
        return None

    def score(self):
        a, b = self.points
        w = self.winner()
        if w:
            return f"Win for {w}"
        if a >= 3 and b >= 3:
            if a == b:
                return "Deuce"
            leader = self.players[0 if a > b else 1]
            return f"Advantage {leader}"
        if a == b:
            return f"{self.NAMES[a]}-All"
        return f"{self.NAMES[a]}-{self.NAMES[b]}"


game = TennisGame("serena", "venus")
sequence = "s s v s v v s v v s v v".split()
print(game.score())
for p in sequence:
    game.won_point("serena" if p == "s" else "venus")
    print(f"{p} -> {game.score()}")
try:
    game.won_point("serena")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    TennisGame("a", "b").won_point("c")
except ValueError as e:
    print("ValueError:", e)
