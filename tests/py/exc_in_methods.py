class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def expect(self, ch):
        if self.pos >= len(self.text) or self.text[self.pos] != ch:
            raise SyntaxError('expected ' + repr(ch) + ' at ' + str(self.pos))
        self.pos += 1
    def parse_number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        if start == self.pos:
            raise ValueError('number expected at ' + str(start))
        return int(self.text[start:self.pos])
    def parse_pair(self):
        self.expect('(')
        a = self.parse_number()
        self.expect(',')
        b = self.parse_number()
        self.expect(')')
        return (a, b)
for src in ['(1,2)', '(12,345)', '(1;2)', '(,2)', '(1,2']:
    try:
        print(src, '->', Parser(src).parse_pair())
    except (SyntaxError, ValueError) as e:
        print(src, '->', type(e).__name__, e)
