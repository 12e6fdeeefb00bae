s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), " a b  c ".split(), "a,b,,c".split(","))
print("-".join(["x", "y", "z"]), s.replace("l", "L"), s.find("o"), s.rfind("o"), s.find("zz"))
print(s.startswith("Hell"), s.endswith("ld"), "  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip())
print(s[0], s[-1], s[1:5], s[::-1], s[::2], s[7:], s[:-7], len(s))
print("abc" * 3, "a" + "b", "b" in "abc", "z" not in "abc", "Abc".isalpha(), "123".isdigit())
print("{} and {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"), "{:>5}|{:<5}|{:^5}|".format("a", "b", "c"))
print(f"{3.14159:.2f} {1234567:,} {'s':>10}| {42:05d} {0.25:.1%} {1e-7:.3e} {255:x} {255:#X}")
x = 7
print(f"{x!r} {x=} {'q'!r} {x * 2} {x:{3}} {[1, 2][0]} {'nested {braces}'}")
print(f"{{literal}} {x:>{x}}|")
print(repr("it's"), repr('say "hi"'), repr("a\nb\t\\"), str(12), str(1.5), str(None), str([1, "a"]))
print("%s is %d years, %.2f%%" % ("Bob", 30, 99.5), "%5s|%-5s|%03d" % ("a", "b", 7), "%r" % "x")
print("a-b-c".partition("-"), "title case here".title(), "Cap".capitalize(), "abc".center(9, "*"), "7".zfill(3))
print("line1\nline2\n".splitlines(), "ab".count("a"), "aaa".count("aa"), "x".ljust(3) + "|", "x".rjust(3))
print(sorted("hello"), list("abc"), "a b".split(" "), ",".join(str(i) for i in range(5)))
print("""triple
quoted""", 'single', "esc\x41\u00e9", r"raw\n")
print("abc" < "abd", "a" * 0, "é".upper(), len("日本"))
