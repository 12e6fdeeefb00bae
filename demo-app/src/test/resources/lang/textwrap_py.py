import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Hello there -- you goof-ball, "
        "use the -b option! A well-known, state-of-the-art, self-contained example "
        "of text wrapping.  Supercalifragilisticexpialidocious is a long word.")

for width in (10, 20, 35, 70):
    print("width", width)
    for line in textwrap.wrap(text, width):
        print(repr(line))

print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))

w = TextWrapper(width=12)
print(w._split("Hello there -- you goof-ball, use the -b option!"))
w.break_on_hyphens = False
print(w._split("Hello there -- you goof-ball, use the -b option!"))
print(TextWrapper()._split("a--b---c well--known x-y ab-cd-ef 123-456 --opt"))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", 6))
print(textwrap.wrap("well-known well-known well-known", 12, break_on_hyphens=False))

# long words
print(textwrap.wrap("Supercalifragilisticexpialidocious", 10))
print(textwrap.wrap("short Supercalifragilisticexpialidocious end", 10, break_long_words=False))
print(textwrap.wrap("abc-defghijklmnop", 8))

# whitespace handling
print(textwrap.wrap("  leading and   trailing   ", 10))
print(textwrap.wrap("  leading and   trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("tab\there\tand\tthere", 40))
print(textwrap.wrap("tab\there\tand\tthere", 40, tabsize=4))
print(textwrap.wrap("tab\there\tand\tthere", 40, expand_tabs=False))
print(textwrap.wrap("line one\nline two\r\nline three", 80))
print(textwrap.wrap("line one\nline two", 80, replace_whitespace=False))
print(textwrap.wrap("", 10))
print(textwrap.wrap("   ", 10))
print(textwrap.fill("x", 1))

# sentence endings
s = "This is one. And this is two! Is this three? \"Quoted.\" Mr. Smith went."
print(textwrap.fill(s.replace(". ", ".\n"), 80, fix_sentence_endings=True))
print(TextWrapper(fix_sentence_endings=True).wrap("end. Start\nagain? yes"))

# max_lines and placeholder
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder=" ..."))
print(textwrap.wrap(text, 30, max_lines=1))
print(textwrap.fill("Hello world and all the rest", 12, max_lines=2, placeholder="~"))
try:
    textwrap.wrap(text, 5, max_lines=2, placeholder=" [truncated...]")
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap(text, 0)
except ValueError as e:
    print("ValueError:", e)

# shorten
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.shorten(text, 50))
print(textwrap.shorten("  lots   of\n\twhitespace  here ", 100))

# dedent
print(repr(textwrap.dedent("""\
    def f():
        return 1

    x = f()
""")))
print(repr(textwrap.dedent("  hello\n\tworld")))
print(repr(textwrap.dedent("  \thello\n  \t  there\n  \n")))
print(repr(textwrap.dedent("    a\n      b\n   \n  c\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("\t\ta\n\t\tb\n")))
print(repr(textwrap.dedent("")))

# indent
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n\nc\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("one\r\ntwo\rthree\n", "  ")))
print(repr(textwrap.indent("keep\nskip\nkeep", "# ", lambda l: l.startswith("k"))))

# subclassing
class Upper(TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()

print(Upper(width=15).fill("a subclass can tweak the munging of text"))
print(sorted(textwrap.__all__))
