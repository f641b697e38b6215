# A library lending system: composition of classes, __eq__/__hash__ for
# identity, dict-of-sets indexes, fines computed with day numbers, and an
# audit trail printed as a table.
from collections import defaultdict, deque


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn

    def __hash__(self):
        return hash(self.isbn)

    def __repr__(self):
        return f"Book({self.title!r}, {self.year})"


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}
        self.fines = 0

    def __repr__(self):
        return f"Member({self.name!r}, loans={len(self.loans)}, fines={self.fines})"


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25

    def __init__(self):
        self.copies = defaultdict(int)
        self.available = defaultdict(int)
        self.books = {}
        self.by_author = defaultdict(set)
        self.waitlist = defaultdict(deque)
        self.trail = []

    def add(self, book, copies=1):
        self.books[book.isbn] = book
        self.copies[book] += copies
        self.available[book] += copies
        self.by_author[book.author].add(book)

    def checkout(self, member, isbn, day):
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"unknown isbn {isbn}")
        if member.fines > 100:
            raise LibraryError(f"{member.name} owes {member.fines} cents")
        if len(member.loans) >= member.LIMIT:
            raise LimitReached(f"{member.name} already has {len(member.loans)} books")
        if self.available[book] == 0:
            queue = self.waitlist[book]
            if member not in queue:
                queue.append(member)
            raise NotAvailable(f"{book.title!r} is out; {member.name} is #{list(queue).index(member) + 1} in line")
        waiting = self.waitlist[book]
        if waiting and waiting[0] is not member:
            raise NotAvailable(f"{book.title!r} is held for {waiting[0].name}")
        if waiting:
            waiting.popleft()
        self.available[book] -= 1
        member.loans[book] = day + self.LOAN_DAYS
        self.trail.append((day, "out", member.name, book.title))

    def checkin(self, member, isbn, day):
        book = self.books[isbn]
        due = member.loans.pop(book)
        late = max(0, day - due)
        fine = late * self.FINE_PER_DAY
        member.fines += fine
        self.available[book] += 1
        self.trail.append((day, "in" + (f" late {late}d" if late else ""), member.name, book.title))
        return fine


lib = Library()
books = [
    Book("111", "Dune", "Herbert", 1965),
    Book("222", "Emma", "Austen", 1815),
    Book("333", "Persuasion", "Austen", 1817),
    Book("444", "Neuromancer", "Gibson", 1984),
]
for b, n in zip(books, [1, 2, 1, 1]):
    lib.add(b, n)
ann, ben, cat = Member("ann"), Member("ben"), Member("cat")
events = [
    (1, "out", ann, "111"), (1, "out", ben, "111"), (2, "out", ann, "222"), (3, "out", ann, "333"),
    (4, "out", cat, "111"), (5, "out", ben, "999"), (20, "in", ann, "111"), (21, "out", cat, "111"),
    (21, "out", ben, "111"), (22, "out", ben, "111"), (40, "in", ann, "222"), (41, "out", ann, "444"),
    (50, "in", ben, "111"), (60, "in", ann, "444"), (61, "out", ann, "333"),
]
for day, kind, member, isbn in events:
    try:
        if kind == "out":
            lib.checkout(member, isbn, day)
            print(f"day {day:>2}: {member.name} borrows {lib.books[isbn].title}")
        else:
            fine = lib.checkin(member, isbn, day)
            print(f"day {day:>2}: {member.name} returns {lib.books[isbn].title}" + (f", fine {fine}" if fine else ""))
    except LibraryError as e:
        print(f"day {day:>2}: {type(e).__name__}: {e}")
print()
print(f"{'day':>3}  {'event':<12}{'who':<5}title")
for day, event, who, title in lib.trail:
    print(f"{day:>3}  {event:<12}{who:<5}{title}")
print(sorted(lib.by_author["Austen"], key=lambda b: b.year), len(set(books + [Book("111", "Dune (2nd)", "Herbert", 1966)])))
print([ann, ben, cat])
print({b.title: (lib.available[b], lib.copies[b]) for b in books})
print({b.title: [m.name for m in q] for b, q in lib.waitlist.items() if q})
