# Octal escapes in str and bytes literals.
print(len("\1"), repr("\0"), repr("\012"), repr("a\1234"), repr(b"\377\0x"), "\101\102")
