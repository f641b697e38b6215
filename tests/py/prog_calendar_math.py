# Date-free calendar math: leap years, day of week, day counts, a month
# calendar printer and business-day arithmetic.

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if not 1 <= m <= 12:
        raise ValueError(f"month must be in 1..12, not {m}")
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def to_ordinal(y, m, d):
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"day is out of range for month: {y}-{m:02d}-{d:02d}")
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d


def from_ordinal(n):
    y = (n - 1) * 400 // 146097 + 1
    while to_ordinal(y, 1, 1) > n:
        y -= 1
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    n -= to_ordinal(y, 1, 1) - 1
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n


def weekday(y, m, d):
    return (to_ordinal(y, m, d) - 1) % 7


def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), " ".join(d[:2] for d in DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)


def add_business_days(date, n, holidays=()):
    o = to_ordinal(*date)
    hol = {to_ordinal(*h) for h in holidays}
    while n > 0:
        o += 1
        if (o - 1) % 7 < 5 and o not in hol:
            n -= 1
    return from_ordinal(o)


def fmt(date):
    y, m, d = date
    return f"{y:04d}-{m:02d}-{d:02d} ({DAYS[weekday(y, m, d)]})"


print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1, 1, 1), (9999, 12, 31)]:
    o = to_ordinal(*date)
    print(fmt(date), o, from_ordinal(o) == date)
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
print("days between:", to_ordinal(2024, 12, 25) - to_ordinal(2024, 1, 1))
start = (2024, 12, 20)
print("10 business days after", fmt(start), "->",
      fmt(add_business_days(start, 10, holidays=[(2024, 12, 25), (2025, 1, 1)])))
fridays_13 = [(y, m) for y in range(2023, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13th:", fridays_13)
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        to_ordinal(*bad)
    except ValueError as e:
        print("ValueError:", e)
age_days = to_ordinal(2024, 6, 1) - to_ordinal(1990, 6, 15)
years, rem = divmod(age_days, 365.2425)
print(age_days, int(years), round(rem, 2))
print([MONTHS[m - 1][:3] for m in range(1, 13) if days_in_month(2024, m) == 31])
