// The build failed because the budget was exceeded, with the blocking site and a report.
def log = new File(basedir, 'build.log').text
assert log.contains('Lock budget exceeded in holdsTheLockTooLong()')
assert log.contains('locks.monitorEnter.totalMillis')
assert log.contains('> maxMonitorBlockedMillis = 50 ms')
assert log.contains('hottest site: example.HotLockTest.blockOnTheLock()')
assert new File(basedir, 'target/gilscope/HotLockTest.holdsTheLockTooLong.html').isFile()
assert new File(basedir, 'target/gilscope/HotLockTest.holdsTheLockTooLong.jfr').isFile()
return true
