import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
for w in ['if', 'def', 'None', 'none', 'match', 'case', '_', 'print', 'async', 'await', 'type', '', 'True', 'nonlocal']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
def safe_identifier(name):
    if keyword.iskeyword(name):
        return name + '_'
    return name
print([safe_identifier(n) for n in ['class', 'lambda', 'value', 'from', 'match']])
print([k for k in keyword.kwlist if k[0].isupper()])
print(list(filter(keyword.iskeyword, 'for x in y if not z else w'.split())))
