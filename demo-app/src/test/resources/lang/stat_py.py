"""stat: modes as os.stat() gives them (literal values here: the interpreter has no os.stat)."""
import stat
from stat import S_ISDIR, S_ISREG, filemode

modes = {
    'file': 0o100644, 'exe': 0o100755, 'dir': 0o40755, 'link': 0o120777, 'chr': 0o20666,
    'blk': 0o60660, 'fifo': 0o10644, 'sock': 0o140755, 'setuid': 0o104755, 'sticky': 0o41777,
    'setgid': 0o102755, 'bare': 0o644, 'odd': 0o170000, 'nothing': 0,
}
for name, mode in modes.items():
    checks = [f(mode) for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO,
                                stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT)]
    print(f'{name:8} {oct(mode):>9} {filemode(mode)} {oct(stat.S_IMODE(mode)):>7} {oct(stat.S_IFMT(mode)):>9}',
          ''.join('1' if c else '0' for c in checks))

print(stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK, stat.S_IFSOCK)
print(stat.S_IFDOOR, stat.S_IFPORT, stat.S_IFWHT)
print(stat.S_ISUID, stat.S_ISGID, stat.S_ENFMT, stat.S_ISVTX, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)
print(stat.S_IRWXU, stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR, stat.S_IRWXG, stat.S_IRGRP, stat.S_IWGRP,
      stat.S_IXGRP, stat.S_IRWXO, stat.S_IROTH, stat.S_IWOTH, stat.S_IXOTH)
print(stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID, stat.ST_SIZE,
      stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME)
print(stat.UF_NODUMP, stat.UF_IMMUTABLE, stat.UF_APPEND, stat.UF_OPAQUE, stat.UF_NOUNLINK, stat.UF_COMPRESSED,
      stat.UF_HIDDEN, stat.SF_ARCHIVED, stat.SF_IMMUTABLE, stat.SF_APPEND, stat.SF_NOUNLINK, stat.SF_SNAPSHOT)
print(stat.FILE_ATTRIBUTE_DIRECTORY, stat.FILE_ATTRIBUTE_HIDDEN, stat.FILE_ATTRIBUTE_READONLY)

# permission arithmetic as programs do it
mode = 0o100600
mode |= stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP
print(oct(mode), filemode(mode), bool(mode & stat.S_IWUSR), bool(mode & stat.S_IWOTH))
mode &= ~stat.S_IWUSR
print(oct(mode), filemode(mode), oct(stat.S_IMODE(mode)))
executable = stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH
print([name for name, m in modes.items() if S_ISREG(m) and m & executable])
print([name for name, m in modes.items() if S_ISDIR(m)])
print(sorted(set(filemode(m)[0] for m in range(0, 0o200000, 0o10000))))
print(len([n for n in dir(stat) if n.startswith('S_IS')]), 'filemode' in dir(stat))
