s = 'hello World 42'
print(s.upper(), s.lower(), s.title(), s.capitalize())
print('HELLO'.isupper(), 'hello'.islower(), 'Hello'.isupper(), '123'.isdigit(), 'abc'.isalpha(), 'ab1'.isalpha())
print('   '.isspace(), ''.isspace(), '\t\n'.isspace(), ''.isdigit(), 'ABC1'.isupper())
print('they\'re bill\'s'.title(), 'mIxEd CaSe'.capitalize())
print('ß'.upper(), 'ÉCOLE'.lower())
