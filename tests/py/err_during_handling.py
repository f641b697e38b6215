def parse(s):
    try:
        return int(s)
    except ValueError:
        return undefined_fallback_value
print(parse('12'))
print(parse('twelve'))
