print('about to raise')
raise Exception
