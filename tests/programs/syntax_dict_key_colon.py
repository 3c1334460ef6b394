# A dict display item without ':': the caret is under the key's last character.
scores = {'ann': 1, 'bob'}
