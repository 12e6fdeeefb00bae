import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;

/**
 * A real pool and real row locks: 16 threads share 4 HikariCP connections to an in-memory H2 database and
 * update the same row, holding its lock 10 ms each time. Recorded with JFR's contention events at
 * threshold 0 and dumped to args[0]; run with the source launcher and H2, HikariCP and SLF4J on the class path.
 */
public class Pool {
    public static void main(String[] args) throws Exception {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:mem:pool;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        c.setMaximumPoolSize(4);
        c.setConnectionTimeout(30_000);
        try (HikariDataSource ds = new HikariDataSource(c); Recording r = new Recording()) {
            try (Connection conn = ds.getConnection(); Statement s = conn.createStatement()) {
                s.execute("create table account(id int primary key, balance int)");
                s.execute("insert into account values (1, 0)");
            }
            for (String e : new String[] {"jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark"}) {
                r.enable(e).withThreshold(Duration.ZERO).withStackTrace();
            }
            r.start();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Thread t = new Thread(() -> {
                    for (int k = 0; k < 6; k++) updateSlowly(ds);
                }, "worker-" + i);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) t.join();
            r.stop();
            r.dump(Path.of(args[0]));
        }
    }

    /** Borrows a connection (16 threads, 4 connections) and updates the one row, holding its lock a while. */
    static void updateSlowly(HikariDataSource ds) {
        try (Connection conn = ds.getConnection()) {
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                s.executeUpdate("update account set balance = balance + 1 where id = 1");
                Thread.sleep(10);
            }
            conn.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
